/**
 * Plain calendar dates (`YYYY-MM-DD`). Every rule in this library works on these strings, never on a
 * JavaScript `Date` at local midnight, so that a date means the same day in every time zone.
 * Arithmetic goes through a day number (days since 1970-01-01) computed with `Date.UTC`, which has no
 * time-zone dependency.
 */

/** A calendar date written `YYYY-MM-DD` (ISO 8601, proleptic Gregorian). */
export type IsoDate = string;

/** A calendar month written `YYYY-MM`. */
export type IsoMonth = string;

/** The parts of a plain date; `month` is 1–12. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

import { isoOfDayNumber, monthLength, parseDayNumber, partsOfDayNumber } from "./_dayNumber.js";

/**
 * Tells whether a string is a real calendar date written `YYYY-MM-DD`.
 *
 * @param value - the string to test
 * @returns `true` for an existing date such as `2024-02-29`, `false` for `2026-02-31` or `5/1/2026`
 * @example
 * isIsoDate("2024-02-29") //=> true
 * isIsoDate("2026-02-31") //=> false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && !Number.isNaN(parseDayNumber(value));
}

/**
 * Splits a plain date into year, month and day.
 *
 * @param date - a date written `YYYY-MM-DD`
 * @returns its parts, month 1–12
 * @throws {RangeError} when `date` is not a real `YYYY-MM-DD` date (a programming error: validate input first)
 * @example
 * parseIsoDate("2026-01-05") //=> { year: 2026, month: 1, day: 5 }
 */
export function parseIsoDate(date: IsoDate): DateParts {
  if (!isIsoDate(date)) {
    throw new RangeError(`parseIsoDate: expected a YYYY-MM-DD calendar date, got ${JSON.stringify(date)}`);
  }
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * Writes date parts as `YYYY-MM-DD`.
 *
 * @param parts - year (0–9999), month 1–12, day of the month
 * @returns the plain date
 * @throws {RangeError} when the parts do not name an existing date
 * @example
 * formatIsoDate({ year: 2026, month: 3, day: 1 }) //=> "2026-03-01"
 */
export function formatIsoDate(parts: DateParts): IsoDate {
  const s = `${String(parts.year).padStart(4, "0")}-${String(parts.month).padStart(2, "0")}-${String(parts.day).padStart(2, "0")}`;
  if (!isIsoDate(s)) throw new RangeError(`formatIsoDate: ${JSON.stringify(parts)} is not a calendar date`);
  return s;
}

/**
 * Number of days in a month of the Gregorian calendar.
 *
 * @param year - the year
 * @param month - the month, 1–12
 * @returns 28–31
 * @example
 * getDaysInMonth(2024, 2) //=> 29
 */
export function getDaysInMonth(year: number, month: number): number {
  if (Number.isInteger(year) && Number.isInteger(month) && month >= 1 && month <= 12) return monthLength(year, month);
  // Other months roll over as `Date` does. Not Date.UTC: it reads years 0–99 as 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/**
 * Converts a plain date to a day number: days since 1970-01-01 (negative before).
 *
 * @param date - a date written `YYYY-MM-DD`
 * @returns the day number
 * @example
 * toDayNumber("1970-01-02") //=> 1
 */
export function toDayNumber(date: IsoDate): number {
  const n = typeof date === "string" ? parseDayNumber(date) : Number.NaN;
  if (Number.isNaN(n)) {
    throw new RangeError(`parseIsoDate: expected a YYYY-MM-DD calendar date, got ${JSON.stringify(date)}`);
  }
  return n;
}

/**
 * Converts a day number (days since 1970-01-01) back to a plain date.
 *
 * @param dayNumber - an integer day number
 * @returns the date written `YYYY-MM-DD`
 * @example
 * fromDayNumber(20454) //=> "2026-01-01"
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`fromDayNumber: expected an integer, got ${dayNumber}`);
  const iso = isoOfDayNumber(dayNumber);
  if (iso === undefined) {
    const parts = { year: 0, month: 0, day: 0 };
    partsOfDayNumber(dayNumber, parts);
    throw new RangeError(`formatIsoDate: ${JSON.stringify(parts)} is not a calendar date`);
  }
  return iso;
}

/**
 * Adds calendar days to a plain date.
 *
 * @param date - the start date
 * @param days - days to add (negative to go back)
 * @returns the resulting date
 * @example
 * addCalendarDays("2026-02-27", 2) //=> "2026-03-01"
 */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Calendar days from one date to another (`to − from`).
 *
 * @param from - the earlier date
 * @param to - the later date
 * @returns the difference in days, negative when `to` is earlier
 * @example
 * differenceInCalendarDays("2026-01-01", "2026-03-01") //=> 59
 */
export function differenceInCalendarDays(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Day of the week of a plain date, 0 = Sunday … 6 = Saturday (as `Date#getDay`).
 *
 * @param date - the date
 * @returns 0–6
 * @example
 * getWeekday("2026-01-01") //=> 4 (Thursday)
 */
export function getWeekday(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * The month (`YYYY-MM`) a date belongs to.
 *
 * @param date - the date
 * @returns its month
 * @example
 * getIsoMonth("2026-03-15") //=> "2026-03"
 */
export function getIsoMonth(date: IsoDate): IsoMonth {
  parseIsoDate(date);
  return date.slice(0, 7);
}

/**
 * First and last day of a month.
 *
 * @param month - the month, `YYYY-MM`
 * @returns `{ from, to }`, both inclusive
 * @example
 * getMonthRange("2026-02") //=> { from: "2026-02-01", to: "2026-02-28" }
 */
export function getMonthRange(month: IsoMonth): { from: IsoDate; to: IsoDate } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const year = Number(m?.[1]);
  const mon = Number(m?.[2]);
  if (!m || mon < 1 || mon > 12) throw new RangeError(`getMonthRange: expected YYYY-MM, got ${JSON.stringify(month)}`);
  return {
    from: formatIsoDate({ year, month: mon, day: 1 }),
    to: formatIsoDate({ year, month: mon, day: getDaysInMonth(year, mon) }),
  };
}

/**
 * The calendar months that a date range touches, in order.
 *
 * @param from - first day (inclusive)
 * @param to - last day (inclusive)
 * @returns the months `YYYY-MM`; empty when `to` is before `from`
 * @example
 * listMonthsBetween("2025-12-15", "2026-03-14") //=> ["2025-12", "2026-01", "2026-02", "2026-03"]
 */
export function listMonthsBetween(from: IsoDate, to: IsoDate): IsoMonth[] {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  const out: IsoMonth[] = [];
  if (to < from) return out;
  let y = a.year;
  let m = a.month;
  while (y < b.year || (y === b.year && m <= b.month)) {
    out.push(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
