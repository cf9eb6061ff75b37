import { formatVietnameseDate, getWeekday, type IsoDate, type IsoMonth } from "@tiepdan/core";
import { createTemplateEngine, type TemplateEngine } from "../createTemplateEngine.js";

/** One scheduled reception day of a unit's head. */
export interface ScheduleDay {
  /** The date, a working day. */
  date: IsoDate;
  /** The month it serves (`YYYY-MM`); usually the date's month. */
  month: IsoMonth;
  /** The fixed day (weekday or day of the month) was a day off and the session was moved to this date. */
  moved: boolean;
  /** The fixed day it replaces, printed under the date ("thay ngày 19/02/2026"); `null` when not moved or not known. */
  movedFrom: IsoDate | null;
}

/** A minimum number of reception days, as a rule set states it for one level. */
export interface ScheduleRequirement {
  /** Whose minimum, from the rule set, e.g. "Người đứng đầu cấp ủy cấp tỉnh". */
  headLabel: string;
  /** Minimum days. */
  minDays: number;
  /** Per calendar month or per week. */
  per: "month" | "week";
  /** Where it comes from, e.g. "khoản 1 Điều 4 Quy định 11-QĐi/TW, sửa đổi theo Kết luận 215-KL/TW". */
  citation: string;
  /** The months of the year it applies to when not all of them, e.g. "từ tháng 12/2025"; `null` for the whole year. */
  span: string | null;
}

/** One unit whose head's reception days are announced. */
export interface ScheduleUnit {
  /** Unit id from the org file. */
  id: string;
  /** Name, e.g. "Đảng ủy xã An Bình"; heads a column of the table. */
  name: string;
  /** The fixed time in words, e.g. "thứ Năm của tuần thứ hai và thứ Năm của tuần thứ tư hằng tháng". */
  timeText: string;
  /** Where the head receives citizens (a bracketed placeholder when not given). */
  place: string;
  /** The days, in date order; empty when no rule sets a minimum for the unit's level. */
  days: ScheduleDay[];
}

/**
 * Everything the notice of the year's reception schedule prints, built by `buildScheduleModel` of
 * `@tiepdan/reporting` from core's `proposeSchedule`: plain JSON, dates as `YYYY-MM-DD`; the template writes them
 * the Vietnamese way ("Thứ Năm, 08/01/2026").
 */
export interface ScheduleModel {
  /** Format marker. */
  format: "tiepdan-schedule@1";
  /** The calendar year. */
  year: number;
  /**
   * The profile's word for reception: "tiếp dân" (Party, Quy định 11-QĐi/TW) or "tiếp công dân" (State, Luật Tiếp
   * công dân).
   */
  reception: string;
  /** Whose fixed days: "người đứng đầu" (Party) or "Chủ tịch Ủy ban nhân dân" (State). */
  heads: string;
  /** Whose schedule, after "Lịch tiếp dân năm 2026", e.g. "của người đứng đầu Tỉnh ủy Minh Sơn và các cấp ủy trực thuộc". */
  subject: string;
  /** Who announces it, e.g. "Ban Thường vụ Tỉnh ủy Minh Sơn". */
  announcer: string;
  /** The texts the schedule rests on, from core's rule sets (`formatCitation`), without repeats. */
  basis: string[];
  /** The minimums that apply, one per level and rule set. */
  requirements: ScheduleRequirement[];
  /** The working-day calendar. */
  calendar: {
    /** What it excludes, e.g. "Trừ ngày nghỉ hằng tuần (chủ nhật, thứ bảy) và ngày nghỉ lễ, Tết của cán bộ, công chức". */
    label: string;
    /** The notices the year's days off come from (empty when computed from the Labour Code). */
    sources: string[];
  };
  /** The place shared by every unit, or `null` when units differ (each unit's `place` is printed then). */
  commonPlace: string | null;
  /** The units, the reporting unit first. */
  units: ScheduleUnit[];
  /** Notes for the reader: days moved off a holiday, units without a minimum. */
  notes: string[];
  /**
   * Notes for the clerk, not printed: what the tool assumed (e.g. the days off of a year without a published
   * notice). For stderr and the web page (an official document holds only what an official would write).
   */
  clerkNotes?: string[];
  /** What the schedule is attached to, e.g. "Thông báo số 15-TB/TU ngày 25/12/2025 của Tỉnh ủy Minh Sơn". */
  attachedTo: string;
  /** Warnings printed at the top of a draft (placeholder org file, no place given). */
  draftNotes: string[];
}

/** The notice's body: basis, the minimums and the fixed days of each head, the place, notes, publication. */
export const RECEPTION_SCHEDULE_BODY = `<body>
{{#each draftNotes}}
<p align="center" indent="no"><b>[DỰ THẢO] {{this}}</b></p>
{{/each}}
<p>Thực hiện {{#each basis}}{{this}}{{#unless @last}}; {{/unless}}{{/each}}, {{announcer}} thông báo lịch {{@root.reception}} năm {{year}} {{subject}} như sau:</p>
<h2>1. Thời gian {{@root.reception}}</h2>
{{#each requirements}}
<p>- {{headLabel}} {{@root.reception}} ít nhất {{minDays}} ngày trong 1 {{#if (eq per "week")}}tuần{{else}}tháng{{/if}}{{#if span}} ({{span}}){{/if}}.</p>
{{/each}}
<p>Ngày {{@root.reception}} cố định của {{@root.heads}}:</p>
{{#each (byTime units)}}
<p>- {{#each names}}{{this}}{{#unless @last}}, {{/unless}}{{/each}}: {{timeText}}.</p>
{{/each}}
<p>Các ngày {{@root.reception}} đều là ngày làm việc, đã {{lowerFirst calendar.label}}{{#if calendar.sources.length}} năm {{year}} theo {{#each calendar.sources}}{{this}}{{#unless @last}} và {{/unless}}{{/each}}{{/if}}. Lịch cụ thể tại Phụ lục kèm theo Thông báo này.</p>
<h2>2. Địa điểm {{@root.reception}}</h2>
{{#if commonPlace}}
<p>{{commonPlace}}.</p>
{{else}}
{{#each units}}
<p>- {{name}}: {{place}}.</p>
{{/each}}
{{/if}}
{{#if notes.length}}
<h2>3. Ghi chú</h2>
{{#each notes}}
<p>- {{this}}</p>
{{/each}}
{{/if}}
<h2>{{#if notes.length}}4{{else}}3{{/if}}. Công khai lịch {{@root.reception}}</h2>
<p>Lịch {{@root.reception}} này được niêm yết công khai tại nơi {{@root.reception}}, tại trụ sở các cơ quan, đơn vị và đăng trên trang thông tin điện tử của cơ quan. Trường hợp thay đổi thời gian hoặc địa điểm {{@root.reception}}, {{announcer}} sẽ thông báo công khai trước ngày {{@root.reception}} để nhân dân biết.</p>
</body>`;

/**
 * The `scheduleTable` partial of the reception schedule: a month per row, a unit per column, the year's count and,
 * when units differ, the place.
 *
 * @example
 * createTemplateEngine().registerPartial("scheduleTable", SCHEDULE_TABLE)
 */
export const SCHEDULE_TABLE = `<table widths="{{widths}}" header-rows="1" size="{{size}}">
<tr><th>Tháng</th>{{#each units}}<th>{{name}}</th>{{/each}}</tr>
{{#each rows}}<tr><td align="center" valign="middle">{{label}}</td>{{#each cells}}<td align="center" valign="middle">{{#each this}}{{weekdayDate date}}{{#if movedFrom}}<br/><i>(thay ngày {{dateNumeric movedFrom}})</i>{{else if moved}}<br/><i>(đã chuyển ngày)</i>{{/if}}{{#unless @last}}<br/>{{/unless}}{{/each}}</td>{{/each}}</tr>
{{/each}}<tr><td align="center"><b>Cả năm</b></td>{{#each units}}<td align="center"><b>{{days.length}} ngày</b></td>{{/each}}</tr>
{{#unless commonPlace}}<tr><td align="center">Địa điểm</td>{{#each units}}<td align="center">{{place}}</td>{{/each}}</tr>
{{/unless}}</table>`;

/** The appendix: the schedule month by month on landscape pages, ready to be posted. */
export const RECEPTION_SCHEDULE_APPENDIX = `<body>
<section orientation="landscape">
<p align="center" indent="no"><b>Phụ lục<br/>LỊCH {{upper @root.reception}} NĂM {{year}} {{upper subject}}</b></p>
<p align="center" indent="no"><i>(Kèm theo {{attachedTo}})</i>{{#if commonPlace}}<br/>Địa điểm {{@root.reception}}: {{commonPlace}}{{/if}}</p>
{{#each (scheduleTables this)}}
{{> scheduleTable}}
{{/each}}
</section>
</body>`;

/** At most this many unit columns in one landscape table; more units are split into several tables. */
const MAX_UNITS_PER_TABLE = 6;

const WEEKDAY_NAMES = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"] as const;

/**
 * Writes a date with its weekday as a published schedule does, the weekday capitalised ("Thứ Năm", "Chủ nhật").
 *
 * @param date - a plain date `YYYY-MM-DD`
 * @returns e.g. "Thứ Năm, 08/01/2026"
 * @throws {RangeError} when `date` is not a real `YYYY-MM-DD` date
 * @example
 * formatWeekdayDate("2026-01-08") //=> "Thứ Năm, 08/01/2026"
 * formatWeekdayDate("2026-03-15") //=> "Chủ nhật, 15/03/2026"
 */
export function formatWeekdayDate(date: IsoDate): string {
  return `${WEEKDAY_NAMES[getWeekday(date)]}, ${formatVietnameseDate(date, { style: "numeric" })}`;
}

interface ScheduleTableLayout {
  widths: string;
  size: number;
  units: ScheduleUnit[];
  rows: { label: string; cells: ScheduleDay[][] }[];
  commonPlace: string | null;
}

/** Units that share a fixed time, listed once: "Đảng ủy xã A, Đảng ủy xã B: thứ Năm của tuần thứ hai … hằng tháng". */
function groupByTime(units: ScheduleUnit[]): { names: string[]; timeText: string }[] {
  const groups = new Map<string, string[]>();
  for (const u of units) groups.set(u.timeText, [...(groups.get(u.timeText) ?? []), u.name]);
  return [...groups].map(([timeText, names]) => ({ names, timeText }));
}

/** The tables of the appendix: units with at least one day, in balanced groups of at most six columns. */
function scheduleTables(model: ScheduleModel): ScheduleTableLayout[] {
  const units = model.units.filter((u) => u.days.length > 0);
  const count = Math.ceil(units.length / MAX_UNITS_PER_TABLE);
  const per = Math.ceil(units.length / Math.max(count, 1));
  const tables: ScheduleTableLayout[] = [];
  for (let i = 0; i < units.length; i += per) {
    const group = units.slice(i, i + per);
    const rows = Array.from({ length: 12 }, (_, m) => {
      const month = `${model.year}-${String(m + 1).padStart(2, "0")}`;
      return { label: `Tháng ${m + 1}`, cells: group.map((u) => u.days.filter((d) => d.month === month)) };
    });
    tables.push({
      widths: [3, ...group.map(() => 6)].join(","),
      // Twelve two-line rows of six columns fit one landscape page at 9 pt; fewer columns leave room for more.
      size: group.length > 4 ? 9 : group.length > 2 ? 10 : 11,
      units: group,
      rows,
      commonPlace: model.commonPlace,
    });
  }
  return tables;
}

/** The markup of the reception schedule notice: the body, and the appendix with the tables (after the signature). */
export interface ReceptionScheduleMarkup {
  /** Markup of the body. */
  body: string;
  /** Markup of the appendix. */
  appendix: string;
}

/** Options of {@link renderReceptionSchedule}. */
export interface RenderReceptionScheduleOptions {
  /** A template engine from {@link createTemplateEngine} (a new one by default). */
  engine?: TemplateEngine;
  /** Replace the body template (same model, same helpers). */
  bodyTemplate?: string;
  /** Replace the appendix template. */
  appendixTemplate?: string;
}

/**
 * Fills the reception schedule's templates with a schedule model: the notice's body (basis, each head's fixed
 * days, place, notes, publication) and an appendix with the days month by month, one column per unit, each date
 * written "Thứ Năm, 08/01/2026". Handlebars runs in strict mode (a missing value is an error) and escapes every
 * value; the result is markup for `parseMarkup` of `@tiepdan/reporting`.
 *
 * @param model - the schedule model, from `buildScheduleModel` of `@tiepdan/reporting`
 * @param options - a template engine or replacement templates
 * @returns the markup of the body and of the appendix
 * @throws {Error} when a template refers to a value the model lacks (Handlebars strict mode)
 * @example
 * const { body, appendix } = renderReceptionSchedule(model);
 * const doc = buildDocument({ meta, profile: "party", body: parseMarkup(body), appendices: parseMarkup(appendix) });
 */
export function renderReceptionSchedule(
  model: ScheduleModel,
  options: RenderReceptionScheduleOptions = {},
): ReceptionScheduleMarkup {
  const env = options.engine ?? createTemplateEngine();
  env.registerHelper("weekdayDate", (d: unknown) => {
    if (typeof d !== "string") throw new TypeError(`{{weekdayDate}}: expected a date, got ${JSON.stringify(d)}`);
    return formatWeekdayDate(d);
  });
  env.registerHelper("lowerFirst", (v: unknown) => {
    if (typeof v !== "string") throw new TypeError(`{{lowerFirst}}: expected a string, got ${JSON.stringify(v)}`);
    const s = v.normalize("NFC");
    return s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);
  });
  env.registerHelper("byTime", (units: ScheduleUnit[]) => groupByTime(units));
  env.registerHelper("scheduleTables", (m: ScheduleModel) => scheduleTables(m));
  env.registerPartial("scheduleTable", SCHEDULE_TABLE);
  const compile = (t: string) => env.compile(t, { strict: true, noEscape: false });
  return {
    body: compile(options.bodyTemplate ?? RECEPTION_SCHEDULE_BODY)(model),
    appendix: compile(options.appendixTemplate ?? RECEPTION_SCHEDULE_APPENDIX)(model),
  };
}
