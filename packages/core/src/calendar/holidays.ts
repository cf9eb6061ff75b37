import { addCalendarDays, formatIsoDate, getWeekday, type IsoDate } from "../date/plainDate.js";
import { formatVietnameseDate } from "../format/formatVietnameseDate.js";
import type { Citation } from "../schemas/ruleSet.js";
import { CALENDAR_YEARS } from "./_years.js";
import { DAYS_OFF_NOTICES } from "./daysOffNotices.js";
import { fromLunar, getLunarMonthLength } from "./lunar.js";

/** Why a day is off. */
export type DayOffKind = "holiday" | "compensatory" | "swapped" | "local";

/** A day off for civil servants. */
export interface DayOff {
  /** The date. */
  date: IsoDate;
  /** Vietnamese name, e.g. "Tết Nguyên đán", "Nghỉ bù Quốc khánh". */
  name: string;
  /** `holiday` (ngày nghỉ lễ, tết), `compensatory` (nghỉ bù, the holiday fell on a weekly rest day),
   * `swapped` (nghỉ hoán đổi, a working day given off in exchange for a weekly rest day worked) or `local`
   * (a day off decided by a province or unit for its own civil servants, added from a days-off file). */
  kind: DayOffKind;
}

/** A weekly rest day worked in exchange for a day off (ngày làm bù). */
export interface WorkedRestDay {
  /** The date, usually a Saturday. */
  date: IsoDate;
  /** Vietnamese explanation, e.g. "Làm bù cho ngày 02/01/2026". */
  name: string;
}

/** The days off of one year and where they come from. */
export interface DaysOffYear {
  /** The year. */
  year: number;
  /** Days off, in date order; weekly rest days are not listed unless they are holidays. */
  daysOff: DayOff[];
  /** Weekly rest days worked in exchange. */
  workedRestDays: WorkedRestDay[];
  /** `notice`: the yearly notice for civil servants; `statute`: computed from the Labour Code for lack of one. */
  basis: "notice" | "statute";
  /** The notices or articles applied. */
  sources: Citation[];
  /** Vietnamese remark for the reader, e.g. that days were computed from the statute. */
  note?: string;
}

/**
 * A yearly table of days off, as a notice for civil servants gives it. The bundled tables are in
 * {@link DAYS_OFF_NOTICES}; pass your own (e.g. a province's decision) in `tables`.
 */
export interface DaysOffTable {
  /** The year. */
  year: number;
  /** The notices it comes from. */
  sources: Citation[];
  /** Days off. */
  daysOff: DayOff[];
  /** Rest days worked. */
  workedRestDays: WorkedRestDay[];
}

/** Options of {@link listHolidays} and {@link getDaysOffYear}. */
export interface ListHolidaysOptions {
  /** Tables to use before the bundled notices (same year: yours wins). */
  tables?: readonly DaysOffTable[];
  /** Ignore the yearly notices and compute from the Labour Code only. */
  statuteOnly?: boolean;
  /**
   * Weekly rest days, 0 = Sunday … 6 = Saturday; Saturday and Sunday by default. For another week the bundled
   * notices give their holidays only: their swaps (nghỉ hoán đổi, làm bù) are for a Saturday–Sunday week, and the
   * compensatory days are those of Bộ luật Lao động 2019 khoản 3 Điều 111 for these rest days. Your own `tables` are
   * taken as written.
   */
  weeklyRestDays?: readonly number[];
  /**
   * Days off added on top of a year's notice or statute days (a province's or unit's own day off, kind `local`),
   * e.g. from a days-off file read with `parseDaysOffFile`.
   */
  localDaysOff?: readonly DayOff[];
}

const BLLD_2019: Citation = {
  document: "Bộ luật Lao động 2019 (45/2019/QH14)",
  clause: "khoản 1 Điều 112; khoản 3 Điều 111",
  issuedOn: "2019-11-20",
  effectiveFrom: "2021-01-01",
  quote:
    "Tết Dương lịch: 01 ngày; Tết Âm lịch: 05 ngày; Ngày Chiến thắng: 01 ngày (30/4); Ngày Quốc tế lao động: 01 ngày (01/5); Quốc khánh: 02 ngày (02/9 và 01 ngày liền kề trước hoặc sau); Ngày Giỗ Tổ Hùng Vương: 01 ngày (10/3 âm lịch). … Trường hợp ngày nghỉ lễ, tết trùng vào ngày nghỉ hằng tuần thì được nghỉ bù vào ngày làm việc kế tiếp.",
  verified: false,
  note: "Những ngày cụ thể của Tết Âm lịch và ngày liền kề Quốc khánh do Thủ tướng quyết định hằng năm; khi chưa có thông báo, công cụ chọn 1 ngày cuối năm và 4 ngày đầu năm âm lịch, ngày liền kề Quốc khánh gần ngày nghỉ cuối tuần.",
};

const BLLD_2012: Citation = {
  document: "Bộ luật Lao động 2012 (10/2012/QH13)",
  clause: "khoản 1 Điều 115; khoản 3 Điều 115",
  issuedOn: "2012-06-18",
  effectiveFrom: "2013-05-01",
  quote:
    "Tết Dương lịch 01 ngày; Tết Âm lịch 05 ngày; Ngày Chiến thắng 01 ngày; Ngày Quốc tế lao động 01 ngày; Ngày Quốc khánh 01 ngày; Ngày Giỗ Tổ Hùng Vương 01 ngày.",
  verified: false,
  note: "Áp dụng cho các năm trước 2021 khi không có bảng thông báo; trước năm 2013 là ước tính.",
};

const DEFAULT_REST_DAYS: readonly number[] = [0, 6];

function isoOf(year: number, month: number, day: number): IsoDate {
  return formatIsoDate({ year, month, day });
}

/** Điều 111 k3: a holiday on a weekly rest day gives a compensatory day on the next working day. */
function compensatoryDays(holidays: readonly DayOff[], restDays: readonly number[]): DayOff[] {
  const taken = new Set(holidays.map((h) => h.date));
  const out: DayOff[] = [];
  for (const h of [...holidays].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    if (!restDays.includes(getWeekday(h.date))) continue;
    let d = addCalendarDays(h.date, 1);
    while (restDays.includes(getWeekday(d)) || taken.has(d)) d = addCalendarDays(d, 1);
    taken.add(d);
    out.push({ date: d, name: `Nghỉ bù ${h.name}`, kind: "compensatory" });
  }
  return out;
}

/** Whether a week's rest days are Saturday and Sunday, the week the yearly notices are written for. */
const isSaturdaySunday = (restDays: readonly number[]): boolean =>
  restDays.length === 2 && restDays.includes(0) && restDays.includes(6);

/**
 * A bundled notice's table for a unit whose week is not Saturday–Sunday (review s21 C9): the holidays as the notice
 * sets them, without its swaps (nghỉ hoán đổi, làm bù: written for a Saturday–Sunday week) and with the compensatory
 * days of Điều 111 k3 counted for the unit's own rest days instead of the notice's.
 */
function forOtherWeek(table: DaysOffTable, restDays: readonly number[]): DaysOffTable {
  const holidays = table.daysOff.filter((d) => d.kind === "holiday");
  return {
    ...table,
    daysOff: [...holidays, ...compensatoryDays(holidays, restDays)],
    workedRestDays: [],
    sources: [...table.sources, BLLD_2019],
  };
}

/** Days off computed from the Labour Code for a year without a notice (Điều 112 and Điều 111 k3). */
function statuteDaysOff(year: number, restDays: readonly number[]): DaysOffYear {
  const modern = year >= 2021;
  const source = modern ? BLLD_2019 : BLLD_2012;
  const holidays: DayOff[] = [];
  const add = (date: IsoDate, name: string) => holidays.push({ date, name, kind: "holiday" });
  add(isoOf(year, 1, 1), "Tết Dương lịch");
  // Tết: the last day of the lunar year before and the first four days of lunar `year`.
  const tet = fromLunar({ day: 1, month: 1, year, leap: false });
  add(addCalendarDays(tet, -1), "Tết Nguyên đán");
  for (let i = 0; i < 4; i++) add(addCalendarDays(tet, i), "Tết Nguyên đán");
  add(fromLunar({ day: 10, month: 3, year, leap: false }), "Giỗ Tổ Hùng Vương");
  add(isoOf(year, 4, 30), "Ngày Chiến thắng");
  add(isoOf(year, 5, 1), "Ngày Quốc tế lao động");
  add(isoOf(year, 9, 2), "Quốc khánh");
  if (modern) {
    // The adjacent day that joins the holiday to a weekend: Monday 2/9 → 3/9; Tuesday → 1/9; Thursday → 3/9;
    // Friday or Saturday → 1/9; otherwise the day after.
    const wd = getWeekday(isoOf(year, 9, 2));
    const before = wd === 2 || wd === 5 || wd === 6;
    add(isoOf(year, 9, before ? 1 : 3), "Quốc khánh");
  }
  const compensatory = compensatoryDays(holidays, restDays);
  const lunarYearEnd = getLunarMonthLength(12, year - 1) === 29 ? "29 tháng Chạp" : "30 tháng Chạp";
  return {
    year,
    daysOff: [...holidays, ...compensatory].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    workedRestDays: [],
    basis: "statute",
    sources: [source],
    note:
      `Chưa có thông báo nghỉ lễ, Tết năm ${year} cho cán bộ, công chức trong bảng của công cụ: các ngày nghỉ được tính theo ` +
      `${source.document}, Tết Âm lịch gồm ngày ${lunarYearEnd} (${formatVietnameseDate(addCalendarDays(tet, -1), { style: "numeric" })}) và mùng 1 đến mùng 4 Tết.`,
  };
}

/**
 * The days off of a year for civil servants, with their source: the yearly notice when the tool has one (the
 * primary source), otherwise computed from Bộ luật Lao động 2019 Điều 112 (Tết Dương lịch, Tết Âm lịch 5 days,
 * Giỗ Tổ Hùng Vương 10/3 lunar, 30/4, 1/5, 2/9 and an adjacent day) and Điều 111 k3 (a holiday on a weekly rest
 * day gives a compensatory day on the next working day).
 *
 * @param year - the year, 1900–2199
 * @param options - your own tables, statute only, weekly rest days
 * @returns the days off, the rest days worked in exchange, and the basis with its sources
 * @throws {RangeError} for a year outside 1900–2199
 * @example
 * getDaysOffYear(2026).basis //=> "notice"
 * getDaysOffYear(2031).basis //=> "statute"
 */
export function getDaysOffYear(year: number, options: ListHolidaysOptions = {}): DaysOffYear {
  if (!Number.isInteger(year) || year < CALENDAR_YEARS.first || year > CALENDAR_YEARS.last)
    throw new RangeError(`getDaysOffYear: year must be ${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last}, got ${year}`);
  const restDays = options.weeklyRestDays ?? DEFAULT_REST_DAYS;
  // The bundled notices' swaps and compensatory days are for a Saturday–Sunday week (review s21 C9); a caller's own
  // tables are taken as written.
  const notices = isSaturdaySunday(restDays)
    ? DAYS_OFF_NOTICES
    : DAYS_OFF_NOTICES.map((t) => forOtherWeek(t, restDays));
  const tables = options.statuteOnly ? [] : [...(options.tables ?? []), ...notices];
  const own = tables.find((t) => t.year === year);
  // A notice may reach into the next or previous year (the 2019 notice gives 31/12/2018 off): take those days too.
  const inYear = (d: { date: IsoDate }) => d.date.startsWith(`${year}-`);
  const neighbours = [year - 1, year + 1]
    .map((y) => tables.find((t) => t.year === y))
    .filter((t): t is DaysOffTable => t !== undefined && (t.daysOff.some(inYear) || t.workedRestDays.some(inYear)));
  const foreignOff = neighbours.flatMap((t) => t.daysOff.filter(inYear));
  const foreignWorked = neighbours.flatMap((t) => t.workedRestDays.filter(inYear));
  const base: DaysOffYear = own
    ? {
        year,
        daysOff: own.daysOff.filter(inYear),
        workedRestDays: own.workedRestDays.filter(inYear),
        basis: "notice",
        sources: [...own.sources],
      }
    : statuteDaysOff(year, restDays);
  const known = new Set(base.daysOff.map((d) => d.date));
  const daysOff = [...base.daysOff, ...foreignOff.filter((d) => !known.has(d.date))];
  for (const d of daysOff) known.add(d.date);
  daysOff.push(...(options.localDaysOff ?? []).filter((d) => inYear(d) && !known.has(d.date)));
  return {
    ...base,
    daysOff: daysOff.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    workedRestDays: [...base.workedRestDays, ...foreignWorked].sort((a, b) => (a.date < b.date ? -1 : 1)),
    sources: [...base.sources, ...neighbours.flatMap((t) => t.sources)],
  };
}

/**
 * Lists the days off of a year with their Vietnamese names (see {@link getDaysOffYear} for the sources).
 *
 * @param year - the year, 1900–2199
 * @param options - your own tables, statute only, weekly rest days
 * @returns the days off in date order
 * @example
 * listHolidays(2026).filter((d) => d.name === "Tết Nguyên đán").map((d) => d.date)
 * //=> ["2026-02-16", "2026-02-17", …]
 */
export function listHolidays(year: number, options: ListHolidaysOptions = {}): DayOff[] {
  return getDaysOffYear(year, options).daysOff;
}
