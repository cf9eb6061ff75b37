import { addCalendarDays, getWeekday, type IsoDate, isIsoDate } from "../date/plainDate.js";

/**
 * A working-day calendar: which days count as working days for the deadlines and schedules.
 * The bundled {@link WEEKENDS_ONLY_CALENDAR} knows only the weekly rest days; a calendar with the
 * Vietnamese public holidays and the yearly days-off tables plugs in through this interface.
 */
export interface WorkingDayCalendar {
  /** Stable id, e.g. `weekends-only`. */
  id: string;
  /** Vietnamese description printed in explanations. */
  label: string;
  /** `false` when the calendar knows no public holidays, so results must be read with care. */
  includesHolidays: boolean;
  /** Whether a date is a working day. */
  isWorkingDay(date: IsoDate): boolean;
}

/**
 * Saturdays and Sundays off, no public holidays. Used until the holiday calendar is given; every result
 * computed with it says so.
 */
export const WEEKENDS_ONLY_CALENDAR: WorkingDayCalendar = {
  id: "weekends-only",
  label: "Chỉ trừ thứ Bảy, Chủ nhật; chưa trừ ngày nghỉ lễ, Tết",
  includesHolidays: false,
  isWorkingDay(date) {
    const wd = getWeekday(date);
    return wd !== 0 && wd !== 6;
  },
};

/**
 * Adds working days to a date: the result is the `n`-th working day after `date` (the start day itself is
 * not counted, Bộ luật Dân sự 2015 Điều 147).
 *
 * @param date - the start date
 * @param n - working days to add, ≥ 0; with 0 the result is `date` itself when it is a working day,
 *   otherwise the next working day
 * @param calendar - which days are working days (weekends only by default)
 * @returns the date
 * @throws {RangeError} on a bad date or a negative or fractional `n`
 * @example
 * addWorkingDays("2026-03-06", 1) //=> "2026-03-09" (Friday → Monday)
 */
export function addWorkingDays(
  date: IsoDate,
  n: number,
  calendar: WorkingDayCalendar = WEEKENDS_ONLY_CALENDAR,
): IsoDate {
  if (!isIsoDate(date)) throw new RangeError(`addWorkingDays: expected a YYYY-MM-DD date, got ${JSON.stringify(date)}`);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a whole number ≥ 0, got ${n}`);
  let d = date;
  if (n === 0) {
    while (!calendar.isWorkingDay(d)) d = addCalendarDays(d, 1);
    return d;
  }
  let left = n;
  while (left > 0) {
    d = addCalendarDays(d, 1);
    if (calendar.isWorkingDay(d)) left -= 1;
  }
  return d;
}
