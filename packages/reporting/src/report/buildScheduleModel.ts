import {
  addCalendarDays,
  type DocumentMetaInput,
  findRuleSetAt,
  formatCitation,
  getDaysOffYear,
  getWeekday,
  type IsoDate,
  type IsoMonth,
  type OrgUnit,
  type ProposedSession,
  proposeSchedule,
  type SessionFrequencyRule,
  VIETNAM_CALENDAR,
  type WorkingDayCalendar,
} from "@tiepdan/core";
import {
  formatWeekdayDate,
  renderReceptionSchedule,
  type ScheduleDay,
  type ScheduleModel,
  type ScheduleRequirement,
  type ScheduleUnit,
} from "@tiepdan/templates";
import { buildDocument, type ProfileName } from "../document/buildDocument.js";
import type { DocumentNode } from "../document/ir.js";
import { parseMarkup } from "../document/parseMarkup.js";
import { bodyKeyOf, boundUnits, committeesOf, findScheduleBodies, unboundStateUnits } from "./_scheduleBodies.js";
import { documentMetaFor, type OrgFile, reportingUnitOf, settingsFor } from "./orgFile.js";
import { reportingUnitFor } from "./profileSide.js";

/** Input of {@link buildScheduleModel}. */
export interface BuildScheduleModelInput {
  /** The org file: every unit of the profile's side gets its head's schedule, the reporting unit first. */
  org: OrgFile;
  /** Whose heads: the profile's side (the reporting unit's side when absent). */
  profile?: ProfileName;
  /** The calendar year. */
  year: number;
  /**
   * Fixed weekday in core's convention: 1 = Monday (Thứ Hai) … 5 = Friday (Thứ Sáu). The CLI's `--weekday` takes the
   * Vietnamese numbering 2 … 6 and subtracts one.
   */
  weekday?: number | undefined;
  /** Fixed day of the month (1 … 28), used where the minimum is one day a month. */
  dayOfMonth?: number | undefined;
  /** Where the heads receive citizens: `default` for every unit, `byUnit` by unit id; a placeholder otherwise. */
  places?: { default?: string | undefined; byUnit?: Readonly<Record<string, string>> } | undefined;
  /** Who announces the schedule, e.g. "Ban Thường vụ Tỉnh ủy Minh Sơn". */
  announcer: string;
  /** What the appendix is attached to, e.g. "Thông báo số 15-TB/TU ngày 25/12/2025 của Tỉnh ủy Minh Sơn". */
  attachedTo: string;
  /** Draft warnings already known (e.g. from `loadOrg`); one is added when a place is missing. */
  draftNotes?: string[] | undefined;
  /** Working-day calendar; the Vietnamese civil-service calendar by default. */
  calendar?: WorkingDayCalendar | undefined;
}

/** The text printed where no place was given: the office fills it in before signing. */
export const PLACE_PLACEHOLDER = "[Trụ sở Tiếp công dân hoặc trụ sở cơ quan — ghi rõ địa chỉ]";

const ORDINALS = ["thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm"] as const;
const WEEKDAY_WORDS = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"] as const;

/** The frequency rule for a unit in a month, judged on the month's first day as `proposeSchedule` does. */
function ruleFor(unit: OrgUnit, month: IsoMonth): { rule: SessionFrequencyRule; ruleSetId: string } | undefined {
  const ruleSet = findRuleSetAt(`${month}-01`, { side: unit.side });
  const rule = ruleSet?.sessionFrequency.find((f) => f.level === unit.level);
  return ruleSet && rule ? { rule, ruleSetId: ruleSet.id } : undefined;
}

/** The day a moved session was meant for: the nearest day off on the fixed weekday or the fixed day of the month. */
function intendedDay(
  s: ProposedSession,
  weekday: number | undefined,
  dayOfMonth: number | undefined,
  calendar: WorkingDayCalendar,
): IsoDate | undefined {
  if (weekday === undefined)
    return dayOfMonth === undefined ? undefined : `${s.month}-${String(dayOfMonth).padStart(2, "0")}`;
  for (let k = 1; k <= 31; k++) {
    for (const d of [addCalendarDays(s.date, -k), addCalendarDays(s.date, k)]) {
      if (getWeekday(d) === weekday && !calendar.isWorkingDay(d)) return d;
    }
  }
  return undefined;
}

/** The fixed time of a unit in words, from its days (only those kept on the fixed day). */
function describeTime(
  days: ScheduleDay[],
  rules: SessionFrequencyRule[],
  weekday: number | undefined,
  dayOfMonth: number | undefined,
): string {
  if (weekday !== undefined) {
    const name = WEEKDAY_WORDS[weekday] as string;
    if (rules.every((r) => r.per === "week")) return `${name} hằng tuần`;
    // The occurrence of the weekday in the month (2nd Thursday …), when it is the same every month.
    const byMonth = new Map<IsoMonth, number[]>();
    for (const d of days) {
      if (d.moved) continue;
      byMonth.set(d.month, [...(byMonth.get(d.month) ?? []), Math.ceil(Number(d.date.slice(8)) / 7)]);
    }
    const patterns = new Set([...byMonth.values()].map((o) => o.join(",")));
    const [only] = [...patterns];
    if (patterns.size === 1 && only !== undefined) {
      // "thứ Năm của tuần thứ ba hằng tháng" (review s17s F18: "thứ Năm thứ ba" read awkwardly).
      const list = only.split(",").map((o) => `${name} của tuần ${ORDINALS[Number(o) - 1] ?? `thứ ${o}`}`);
      return `${list.join(" và ")} hằng tháng`;
    }
    return `${name} (ngày cụ thể theo Phụ lục)`;
  }
  if (dayOfMonth !== undefined && rules.every((r) => r.per === "month" && r.minDays === 1)) {
    return `ngày ${String(dayOfMonth).padStart(2, "0")} hằng tháng`;
  }
  return "các ngày làm việc chia đều trong tháng, cụ thể theo Phụ lục";
}

/** "từ tháng 12/2025", "đến hết tháng 11/2025", "từ tháng 3 đến tháng 8/2026"; `null` for the whole year. */
function spanOf(months: number[], year: number): string | null {
  if (months.length === 12) return null;
  const first = Math.min(...months);
  const last = Math.max(...months);
  if (first === 1) return `đến hết tháng ${last}/${year}`;
  if (last === 12) return `từ tháng ${first}/${year}`;
  return `từ tháng ${first} đến tháng ${last}/${year}`;
}

/** Groups core's notes ("Tháng 3/2026: …") across months and units: "Đảng ủy … (cả năm): …". */
function groupNotes(notes: { unit: string; text: string }[], year: number): string[] {
  const groups = new Map<string, { units: string[]; months: Set<number> }>();
  for (const n of notes) {
    const m = /^Tháng (\d{1,2})\/\d{4}: (.*)$/s.exec(n.text);
    const text = m ? (m[2] as string) : n.text;
    const g = groups.get(text) ?? { units: [], months: new Set<number>() };
    if (!g.units.includes(n.unit)) g.units.push(n.unit);
    if (m) g.months.add(Number(m[1]));
    groups.set(text, g);
  }
  return [...groups].map(([text, g]) => {
    const months = [...g.months].sort((a, b) => a - b);
    const when =
      months.length === 0 ? "" : months.length === 12 ? " (cả năm)" : ` (tháng ${months.join(", ")}/${year})`;
    return `${g.units.join(", ")}${when}: ${text}`;
  });
}

/**
 * Whose schedule it is, for the summary and the appendix title: the reporting unit's head, and those of the units
 * under it.
 *
 * @param org - the org file
 * @param profile - whose heads: the profile's side (the reporting unit's side when absent)
 * @returns the phrase after "Lịch tiếp dân năm 2026"
 * @example
 * receptionScheduleSubject(org) //=> "của người đứng đầu Tỉnh ủy Minh Sơn và các cấp ủy trực thuộc"
 */
export function receptionScheduleSubject(org: OrgFile, profile?: ProfileName): string {
  const head = profile ? reportingUnitFor(org, profile) : reportingUnitOf(org);
  // Each profile schedules its own side's heads (DESIGN.md rule 1); the State only the People's Committees' chairs.
  const others = boundUnits(head, org.units);
  // The State schedules the chairs (Luật Tiếp công dân 2013 Điều 12), the Party the heads of the committees.
  const state = head.side === "state";
  if (others.length === 0) return state ? `của Chủ tịch ${head.name}` : `của người đứng đầu ${head.name}`;
  if (state) {
    const below = others.every((u) => u.parentId === head.id) ? "trực thuộc" : "cấp dưới";
    return `của Chủ tịch ${head.name} và Chủ tịch Ủy ban nhân dân ${below}`;
  }
  const noun = "cấp ủy";
  const parentOf = new Map(org.units.map((u) => [u.id, u.parentId]));
  const descends = (id: string) => {
    const seen = new Set<string>();
    for (let p = parentOf.get(id); p !== undefined && !seen.has(p); p = parentOf.get(p)) {
      if (p === head.id) return true;
      seen.add(p);
    }
    return false;
  };
  if (others.every((u) => u.parentId === head.id)) return `của người đứng đầu ${head.name} và các ${noun} trực thuộc`;
  if (others.every((u) => descends(u.id))) return `của người đứng đầu ${head.name} và các ${noun} cấp dưới`;
  return `của người đứng đầu các ${noun}`;
}

/**
 * The summary (trích yếu) of the schedule notice.
 *
 * @param year - the calendar year
 * @param subject - from {@link receptionScheduleSubject}
 * @param profile - `state`: "Lịch tiếp công dân" (Luật Tiếp công dân); else "Lịch tiếp dân"
 * @returns the summary line
 * @example
 * receptionScheduleSummary(2026, "của người đứng đầu Tỉnh ủy Minh Sơn")
 * //=> "Lịch tiếp dân năm 2026 của người đứng đầu Tỉnh ủy Minh Sơn"
 */
export function receptionScheduleSummary(year: number, subject: string, profile?: ProfileName): string {
  return `Lịch ${profile === "state" ? "tiếp công dân" : "tiếp dân"} năm ${year} ${subject}`;
}

/** Input of {@link scheduleNoticeMeta}. */
export interface ScheduleNoticeMetaInput {
  /** The org file. */
  org: OrgFile;
  /** Profile. */
  profile: ProfileName;
  /** Document number; without it a blank is left for the office. */
  number?: string | undefined;
  /** Document date. */
  date: IsoDate;
  /** The calendar year of the schedule. */
  year: number;
}

/**
 * The recipients of a State schedule in a bracketed placeholder ("[Ban Tiếp công dân tỉnh]"): the bodies that carry
 * it out or publish it which the org file does not name; the clerk writes them in before signing.
 *
 * @param meta - the notice's metadata, from {@link scheduleNoticeMeta}
 * @returns the placeholders, in the order printed (none for a Party notice)
 * @example
 * scheduleRecipientPlaceholders(scheduleNoticeMeta({ org, profile: "state", date: "2026-12-31", year: 2027 }))
 * //=> ["[Ban Tiếp công dân tỉnh]", "[Thanh tra tỉnh]", "[Cổng Thông tin điện tử tỉnh]"]
 */
export function scheduleRecipientPlaceholders(meta: Pick<DocumentMetaInput, "recipients">): string[] {
  return (meta.recipients ?? []).map((r) => r.name).filter((name) => /^\[[^\]]+\]$/.test(name));
}

/**
 * The bodies a State schedule's notice prints as bracketed placeholders, with the name the org file should give each
 * for the tool to print it: the area's own body named in full, e.g. "Thanh tra tỉnh Minh Sơn" (review R7: the clerk
 * was told to add to the recipients a body they already held under another name).
 *
 * @param input - the org file and the profile
 * @returns the placeholders and the names expected, in the order printed (none for a Party notice)
 * @example
 * listUnnamedScheduleBodies({ org, profile: "state" })[0]
 * //=> { placeholder: "[Ban Tiếp công dân tỉnh]", expected: "Ban Tiếp công dân tỉnh Minh Sơn" }
 */
export function listUnnamedScheduleBodies(
  input: Pick<ScheduleNoticeMetaInput, "org" | "profile">,
): { placeholder: string; expected: string }[] {
  const head = reportingUnitFor(input.org, input.profile);
  if (head.side !== "state") return [];
  const recipients = settingsFor(input.org, input.profile, undefined)?.recipients ?? [];
  return findScheduleBodies(head, input.org.units, recipients)
    .filter((b) => b.placeholder)
    .map((b) => ({ placeholder: b.name, expected: b.expected }));
}

/**
 * The State units of the org file that a State schedule leaves out: not People's Committees (the inspectorate, the
 * reception board, a central body …), so without a chair's schedule, and not named as one of the bodies of "Nơi nhận"
 * (review s20b S1).
 *
 * @param input - the org file and the profile
 * @returns their names (none for a Party notice)
 * @example
 * listUnboundStateUnits({ org, profile: "state" }) //=> ["Thanh tra Chính phủ"]
 */
export function listUnboundStateUnits(input: Pick<ScheduleNoticeMetaInput, "org" | "profile">): string[] {
  const head = reportingUnitFor(input.org, input.profile);
  if (head.side !== "state") return [];
  const recipients = settingsFor(input.org, input.profile, undefined)?.recipients ?? [];
  const taken = new Set(
    findScheduleBodies(head, input.org.units, recipients).flatMap((b) => (b.unitId === undefined ? [] : [b.unitId])),
  );
  return unboundStateUnits(head, input.org.units, taken).map((u) => u.name);
}

/**
 * The metadata of the schedule notice: document type "Thông báo" (a type both Hướng dẫn 36-HD/VPTW and
 * Nghị định 30/2020 list; "lịch" is not a document type in either), the org file's symbol with the type
 * abbreviation "TB" ("BC/TU" → "TB/TU", "BC-UBND" → "TB-UBND"), and the summary
 * "Lịch tiếp dân năm … của người đứng đầu …". "Nơi nhận" is the units whose heads the schedule binds ("để thực
 * hiện") and the org file's filing line ("Lưu …"), not the report's recipients (review s17s F16: the yearly notice
 * went to the Politburo "báo cáo" and not to the communes it binds). A State notice goes also to the bodies that
 * carry out and publish the chair's schedule — at a province the Ban Tiếp công dân ("thực hiện"), the inspectorate
 * ("phối hợp") and the portal ("đăng tải") — by the name the org file gives them when it is surely the area's own
 * body (one of its State units, or a recipient of its State documents named with the committee's own area word and
 * not sent them "báo cáo"; never a central body: review R1), else as a bracketed placeholder the clerk fills in, which makes the
 * notice a draft (review F11: the State notice went to its own files only). Each body is listed once: a unit taken as
 * one of them is not also listed "thực hiện", and only People's Committees are one line by level past six (review R5).
 *
 * @param input - org file, profile, number, date and year
 * @returns metadata for `buildDocument`
 * @example
 * scheduleNoticeMeta({ org, profile: "party", number: "15", date: "2025-12-25", year: 2026 }).number //=> "15-TB/TU"
 */
export function scheduleNoticeMeta(input: ScheduleNoticeMetaInput): DocumentMetaInput {
  const meta = documentMetaFor({
    org: input.org,
    typeCode: "TB",
    profile: input.profile,
    number: input.number,
    date: input.date,
    documentType: "Thông báo",
    summary: receptionScheduleSummary(input.year, receptionScheduleSubject(input.org, input.profile), input.profile),
  });
  const head = reportingUnitFor(input.org, input.profile);
  const filing = (meta.recipients ?? []).filter((r) => /^lưu\b/iu.test(r.name.trim()));
  const bodies = head.side === "state" ? findScheduleBodies(head, input.org.units, meta.recipients ?? []) : [];
  // A unit named as one of those bodies is listed once, for what it does there (review R5).
  const taken = new Set(bodies.map((b) => b.unitId));
  // Of the State side only People's Committees are bound (review s20b S1): another State unit is at most one of the
  // bodies above, never "thực hiện" as a committee.
  const bound = boundUnits(head, input.org.units).filter((u) => !taken.has(u.id));
  let units: { name: string }[] = bound;
  if (bound.length > 6) {
    units = [{ name: head.side === "state" ? committeesOf(bound) : "Các cấp ủy trực thuộc" }];
  }
  const listed = [
    ...bodies.filter((b) => !b.after),
    ...units.map((u) => ({ name: u.name, purpose: "thực hiện" })),
    ...bodies.filter((b) => b.after),
  ];
  // Each body once (review R5), however the org file spells it again — with or without the area word (review s20b S2).
  const keyOf = head.side === "state" ? bodyKeyOf(head) : (name: string) => name;
  const seen = new Set<string>();
  const recipients = [
    ...listed.flatMap(({ name, purpose }) => {
      const key = keyOf(name.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim());
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ name, purpose }];
    }),
    ...filing,
  ];
  return { ...meta, recipients: recipients.length > 0 ? recipients : meta.recipients };
}

/**
 * Builds the year's reception schedule of every unit's head in an org file: core's `proposeSchedule` per unit (the
 * minimum of the rule in force each month — QĐ 11-QĐi/TW khoản 1 Điều 4 as amended by KL 215-KL/TW: province 1 day,
 * commune 2 days a month — on working days of the civil-service calendar, at the fixed weekday or day when asked),
 * with the citations from core's rule sets, the place, and notes on every day moved off a day off.
 *
 * @param input - org file, year, fixed weekday or day, places, announcer
 * @returns the schedule model for `renderReceptionSchedule`
 * @throws {RangeError} on a bad year, weekday (1 … 5) or day of the month (1 … 28), from `proposeSchedule`
 * @example
 * const model = buildScheduleModel({ org, year: 2026, weekday: 4, announcer: "Ban Thường vụ Tỉnh ủy Minh Sơn",
 *   attachedTo: "Thông báo ngày 25/12/2025 của Tỉnh ủy Minh Sơn" });
 * model.units[1].days.length //=> 24 (a commune: 2 days a month)
 */
export function buildScheduleModel(input: BuildScheduleModelInput): ScheduleModel {
  const { org, year, weekday, dayOfMonth } = input;
  const calendar = input.calendar ?? VIETNAM_CALENDAR;
  const head = input.profile ? reportingUnitFor(org, input.profile) : reportingUnitOf(org);
  // Each profile schedules its own side's heads (DESIGN.md rule 1); the State only the People's Committees' chairs
  // (review s20b S1: the inspectorate and the portal were given a chair's schedule).
  const ordered = [head, ...boundUnits(head, org.units)];
  const draftNotes = [...(input.draftNotes ?? [])];

  const requirements = new Map<string, ScheduleRequirement & { months: number[] }>();
  const coreNotes: { unit: string; text: string }[] = [];
  const moves = new Map<string, { from: IsoDate; to: IsoDate; units: string[] }>();
  const units: ScheduleUnit[] = ordered.map((unit) => {
    const proposed = proposeSchedule({
      unit,
      year,
      calendar,
      ...(weekday === undefined ? {} : { weekday }),
      ...(dayOfMonth === undefined ? {} : { dayOfMonth }),
    });
    // The calendar's own caveat (a year without a bundled notice) is the clerk's, said once below (clerkNotes), not the
    // public notice's.
    for (const text of proposed.notes) if (text !== proposed.daysOffNote) coreNotes.push({ unit: unit.name, text });
    const rules: SessionFrequencyRule[] = [];
    for (let m = 1; m <= 12; m++) {
      const found = ruleFor(unit, `${year}-${String(m).padStart(2, "0")}`);
      if (!found) continue;
      // Texts in force one after the other with the same minimum are one requirement.
      const key = `${formatCitation(found.rule.source)}|${found.rule.minDays}|${found.rule.per}|${unit.level}`;
      const req = requirements.get(key) ?? {
        headLabel: found.rule.headLabel,
        minDays: found.rule.minDays,
        per: found.rule.per,
        citation: formatCitation(found.rule.source),
        span: null,
        months: [],
      };
      if (!req.months.includes(m)) req.months.push(m);
      requirements.set(key, req);
      if (!rules.includes(found.rule)) rules.push(found.rule);
    }
    const days: ScheduleDay[] = proposed.sessions.map((s) => {
      const rule = ruleFor(unit, s.month)?.rule;
      const moved =
        weekday !== undefined
          ? getWeekday(s.date) !== weekday
          : dayOfMonth !== undefined && rule?.per === "month" && rule.minDays === 1
            ? Number(s.date.slice(8)) !== dayOfMonth
            : false;
      const from = moved ? intendedDay(s, weekday, dayOfMonth, calendar) : undefined;
      if (from !== undefined) {
        const key = `${from}|${s.date}`;
        const move = moves.get(key) ?? { from, to: s.date, units: [] };
        move.units.push(unit.name);
        moves.set(key, move);
      }
      return { date: s.date, month: s.month, moved, movedFrom: from ?? null };
    });
    const place = input.places?.byUnit?.[unit.id] ?? input.places?.default ?? PLACE_PLACEHOLDER;
    return {
      id: unit.id,
      name: unit.name,
      timeText:
        days.length === 0
          ? "không lập lịch vì chưa có quy định số ngày tiếp dân tối thiểu cho cấp này (xem phần ghi chú)"
          : describeTime(days, rules, weekday, dayOfMonth),
      place: place.normalize("NFC").trim(),
      days,
    };
  });

  if (units.some((u) => u.place === PLACE_PLACEHOLDER)) {
    draftNotes.push(
      "Chưa ghi địa điểm tiếp dân: địa điểm trong ngoặc vuông là chỗ trống, phải ghi rõ trước khi trình ký.",
    );
  }
  const places = new Set(units.map((u) => u.place));
  // Earlier rule sets first (a year can straddle an amendment), units' order within each.
  const byTime = [...requirements.values()].sort((a, b) => Math.min(...a.months) - Math.min(...b.months));
  // The same minimum under an amended text is one line (review s18h F13: "ít nhất 1 ngày" printed twice, "đến hết
  // tháng 6" and "từ tháng 7"); both texts stay in the basis.
  const merged: typeof byTime = [];
  for (const r of byTime) {
    const same = merged.find((m) => m.headLabel === r.headLabel && m.minDays === r.minDays && m.per === r.per);
    if (same) same.months = [...same.months, ...r.months];
    else merged.push({ ...r, months: [...r.months] });
  }
  const requirementList = merged.map(({ months, ...r }) => ({ ...r, span: spanOf(months, year) }));

  const notes: string[] = [...moves.values()]
    .sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0))
    .map((m) => {
      // The calendar's own mark of a day computed from the Labour Code is a note on our source, not the notice's: the
      // notice's text already says which days off it follows, and the clerk is told on stderr (review s21 K10).
      const why = calendar.describeDayOff?.(m.from)?.replace(/ \(tính theo Bộ luật Lao động\)$/u, "");
      const weekly = why?.toLocaleLowerCase("vi") === WEEKDAY_WORDS[getWeekday(m.from)]?.toLocaleLowerCase("vi");
      // "Nghỉ bù Giỗ Tổ Hùng Vương", "Nghỉ hoán đổi (…)" already say "nghỉ"; "Tết Nguyên đán" does not.
      const what =
        why === undefined
          ? "là ngày nghỉ"
          : weekly
            ? "là ngày nghỉ hằng tuần"
            : /^nghỉ /i.test(why)
              ? `là ngày ${why.charAt(0).toLocaleLowerCase("vi")}${why.slice(1)}`
              : `là ngày nghỉ ${why}`;
      return `${m.units.join(", ")}: ${formatWeekdayDate(m.from)} ${what}, ngày tiếp dân chuyển sang ${formatWeekdayDate(m.to)}.`;
    });
  notes.push(...groupNotes(coreNotes, year));
  const daysOff = calendar === VIETNAM_CALENDAR ? getDaysOffYear(year) : undefined;
  const clerkNotes = daysOff?.note ? [daysOff.note] : [];

  return {
    format: "tiepdan-schedule@1",
    year,
    // Whose heads the profile schedules (review s17s F2: a State notice announced the Party committees' schedule).
    subject: receptionScheduleSubject(org, input.profile),
    reception: head.side === "state" ? "tiếp công dân" : "tiếp dân",
    heads: head.side === "state" ? "Chủ tịch Ủy ban nhân dân" : "người đứng đầu",
    announcer: input.announcer,
    basis: [...new Set(byTime.map((r) => r.citation))],
    requirements: requirementList,
    calendar: { label: calendar.label, sources: (daysOff?.sources ?? []).map((s) => s.document) },
    commonPlace: places.size === 1 ? (units[0]?.place ?? null) : null,
    units,
    notes,
    clerkNotes,
    attachedTo: input.attachedTo,
    draftNotes,
  };
}

/** Input of {@link buildReceptionSchedule}. */
export interface BuildReceptionScheduleInput {
  /** The schedule model, from {@link buildScheduleModel}. */
  model: ScheduleModel;
  /** Document metadata, e.g. from {@link scheduleNoticeMeta}. */
  meta: DocumentMetaInput;
  /** Format profile. */
  profile: ProfileName;
}

/**
 * Builds the schedule notice as a document: the model through the Handlebars templates of `@tiepdan/templates`
 * to markup, the strict markup parser to IR blocks, and the format profile for the header, title, signature,
 * "Nơi nhận" and the landscape appendix with the tables after them.
 *
 * @param input - model, metadata and profile
 * @returns the document IR for `renderPdf` and `renderDocx`
 * @throws {MarkupError} when the markup is malformed
 * @example
 * const doc = buildReceptionSchedule({ model, meta: scheduleNoticeMeta({ org, profile: "party", date, year }), profile: "party" });
 * const pdf = await renderPdf(doc, { fonts });
 */
export function buildReceptionSchedule(input: BuildReceptionScheduleInput): DocumentNode {
  const { body, appendix } = renderReceptionSchedule(input.model);
  return buildDocument({
    meta: input.meta,
    profile: input.profile,
    body: parseMarkup(body),
    appendices: parseMarkup(appendix),
  });
}
