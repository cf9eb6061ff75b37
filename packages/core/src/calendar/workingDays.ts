import { parseDayNumber } from "../date/_dayNumber.js";
import { fromDayNumber, getWeekday, type IsoDate, isIsoDate } from "../date/plainDate.js";
import { WEEKDAY_NAMES } from "./_weekdays.js";
import { addWorkingDayNumbers, countWorkingDayNumbers } from "./_workingDayIndex.js";
import { type DaysOffYear, getDaysOffYear, type ListHolidaysOptions } from "./holidays.js";

/**
 * A working-day calendar: which days count as working days for deadlines and schedules.
 * {@link VIETNAM_CALENDAR} (the default everywhere) knows the weekly rest days and the days off of
 * Vietnamese civil servants; {@link WEEKENDS_ONLY_CALENDAR} knows only weekends.
 *
 * The deadline functions ask `isWorkingDay` once for each day of a year they need and keep the answers (a
 * working-day index per calendar object and year), so a calendar must give the same answer for a date every time.
 */
export interface WorkingDayCalendar {
  /** Stable id, e.g. `vn-civil-service`. */
  id: string;
  /** Vietnamese description printed in explanations. */
  label: string;
  /** `false` when the calendar knows no public holidays, so results must be read with care. */
  includesHolidays: boolean;
  /** Whether a date is a working day. */
  isWorkingDay(date: IsoDate): boolean;
  /** Why a date is not a working day, in Vietnamese ("Chủ nhật", "Tết Nguyên đán"); `undefined` on a working day. */
  describeDayOff?(date: IsoDate): string | undefined;
  /**
   * Where a year's days off come from: `notice` (a yearly notice, bundled or given) or `statute` (computed from
   * the Labour Code for lack of one — the fallback that results must mention).
   */
  daysOffBasis?(year: number): "notice" | "statute";
}

/**
 * Saturdays and Sundays off, no public holidays: for comparison, or for a unit that keeps its own holidays.
 * Results computed with it say that holidays were not excluded. Frozen, as {@link VIETNAM_CALENDAR}.
 */
export const WEEKENDS_ONLY_CALENDAR: WorkingDayCalendar = Object.freeze({
  id: "weekends-only",
  label: "Chỉ trừ thứ Bảy, Chủ nhật; chưa trừ ngày nghỉ lễ, Tết",
  includesHolidays: false,
  isWorkingDay(date) {
    const wd = getWeekday(date);
    return wd !== 0 && wd !== 6;
  },
  describeDayOff(date) {
    const wd = getWeekday(date);
    return wd === 0 || wd === 6 ? WEEKDAY_NAMES[wd] : undefined;
  },
} satisfies WorkingDayCalendar);

/** Options of {@link createWorkingDayCalendar}. */
export interface CreateWorkingDayCalendarOptions extends ListHolidaysOptions {
  /** Stable id of the calendar; `vn-civil-service` by default. */
  id?: string;
}

/**
 * Creates the working-day calendar of Vietnamese civil servants: weekly rest days (Saturday and Sunday by
 * default) and the days off of each year — from the yearly notice when there is one, otherwise from
 * Bộ luật Lao động 2019 Điều 112 and Điều 111 k3 — with the weekly rest days worked in exchange.
 *
 * @param options - weekly rest days, your own yearly tables, statute only
 * @returns the calendar
 * @example
 * const cal = createWorkingDayCalendar({ weeklyRestDays: [0] }); // Sundays only
 * cal.isWorkingDay("2026-03-07") //=> true (a Saturday)
 */
export function createWorkingDayCalendar(options: CreateWorkingDayCalendarOptions = {}): WorkingDayCalendar {
  const restDays = options.weeklyRestDays ?? [0, 6];
  if (restDays.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) {
    throw new RangeError(
      `createWorkingDayCalendar: weekly rest days must be 0 (Sunday) … 6 (Saturday), got ${JSON.stringify(restDays)}`,
    );
  }
  const years = new Map<number, { off: Map<IsoDate, string>; worked: Set<IsoDate>; info: DaysOffYear }>();
  const yearOf = (date: IsoDate) => {
    if (!isIsoDate(date))
      throw new RangeError(`working-day calendar: expected a YYYY-MM-DD date, got ${JSON.stringify(date)}`);
    const year = Number(date.slice(0, 4));
    let entry = years.get(year);
    if (!entry) {
      const info = getDaysOffYear(year, options);
      entry = {
        off: new Map(info.daysOff.map((d) => [d.date, d.name])),
        worked: new Set(info.workedRestDays.map((d) => d.date)),
        info,
      };
      years.set(year, entry);
    }
    return entry;
  };
  const restNames = restDays.map((d) => WEEKDAY_NAMES[d]?.toLowerCase()).join(", ");
  return {
    id: options.id ?? "vn-civil-service",
    label: `Trừ ngày nghỉ hằng tuần (${restNames}) và ngày nghỉ lễ, Tết của cán bộ, công chức`,
    includesHolidays: true,
    isWorkingDay(date) {
      const y = yearOf(date);
      if (y.off.has(date)) return false;
      if (y.worked.has(date)) return true;
      return !restDays.includes(getWeekday(date));
    },
    describeDayOff(date) {
      const y = yearOf(date);
      const holiday = y.off.get(date);
      if (holiday !== undefined)
        return y.info.basis === "statute" ? `${holiday} (tính theo Bộ luật Lao động)` : holiday;
      if (y.worked.has(date)) return undefined;
      const wd = getWeekday(date);
      return restDays.includes(wd) ? WEEKDAY_NAMES[wd] : undefined;
    },
    daysOffBasis(year) {
      return yearOf(`${String(year).padStart(4, "0")}-01-01`).info.basis;
    },
  };
}

/**
 * The working-day calendar of Vietnamese civil servants, used by default by every rule. Frozen, like the bundled
 * rule sets and notices (review s23 D23-9: changed by one module of an app, it gave mixed answers, its per-year index
 * built before the change); make your own with {@link createWorkingDayCalendar}.
 */
export const VIETNAM_CALENDAR: WorkingDayCalendar = Object.freeze(createWorkingDayCalendar());

/**
 * Tells whether a date is a working day.
 *
 * @param date - the date
 * @param calendar - the calendar ({@link VIETNAM_CALENDAR} by default)
 * @returns `true` on a working day
 * @example
 * isWorkingDay("2026-02-17") //=> false (Tết Nguyên đán)
 * isWorkingDay("2026-03-09") //=> true
 */
export function isWorkingDay(date: IsoDate, calendar: WorkingDayCalendar = VIETNAM_CALENDAR): boolean {
  if (!isIsoDate(date)) throw new RangeError(`isWorkingDay: expected a YYYY-MM-DD date, got ${JSON.stringify(date)}`);
  return calendar.isWorkingDay(date);
}

/**
 * Adds working days to a date: the result is the `n`-th working day after `date` (the start day itself is
 * not counted, Bộ luật Dân sự 2015 Điều 147).
 *
 * @param date - the start date
 * @param n - working days to add, ≥ 0; with 0 the result is `date` itself when it is a working day,
 *   otherwise the next working day
 * @param calendar - which days are working days ({@link VIETNAM_CALENDAR} by default)
 * @returns the date
 * @throws {RangeError} on a bad date or a negative or fractional `n`
 * @example
 * addWorkingDays("2026-03-06", 1) //=> "2026-03-09" (Friday → Monday)
 * addWorkingDays("2026-02-12", 3) //=> "2026-02-24" (over the Tết break)
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: WorkingDayCalendar = VIETNAM_CALENDAR): IsoDate {
  if (!isIsoDate(date)) throw new RangeError(`addWorkingDays: expected a YYYY-MM-DD date, got ${JSON.stringify(date)}`);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a whole number ≥ 0, got ${n}`);
  return fromDayNumber(addWorkingDayNumbers(calendar, parseDayNumber(date), n));
}

/**
 * Counts the working days from one date to another, both included.
 *
 * @param from - first day
 * @param to - last day
 * @param calendar - which days are working days ({@link VIETNAM_CALENDAR} by default)
 * @returns the number of working days; 0 when `to` is before `from`
 * @throws {RangeError} on a bad date
 * @example
 * countWorkingDays("2026-03-01", "2026-03-31") //=> 22
 */
export function countWorkingDays(from: IsoDate, to: IsoDate, calendar: WorkingDayCalendar = VIETNAM_CALENDAR): number {
  if (!isIsoDate(from) || !isIsoDate(to)) {
    throw new RangeError(
      `countWorkingDays: expected YYYY-MM-DD dates, got ${JSON.stringify(from)} and ${JSON.stringify(to)}`,
    );
  }
  return countWorkingDayNumbers(calendar, parseDayNumber(from), parseDayNumber(to));
}

/**
 * The calendar facts a result reports: id, label and whether holidays were excluded.
 *
 * @param calendar - the calendar
 * @returns `{ id, label, includesHolidays }`
 * @example
 * describeCalendar(WEEKENDS_ONLY_CALENDAR).includesHolidays //=> false
 */
export function describeCalendar(calendar: WorkingDayCalendar): {
  id: string;
  label: string;
  includesHolidays: boolean;
} {
  return { id: calendar.id, label: calendar.label, includesHolidays: calendar.includesHolidays };
}
