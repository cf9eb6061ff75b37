// Integer day arithmetic behind plainDate.ts and the working-day index: days since 1970-01-01 of the proleptic
// Gregorian calendar, computed with integer formulas (H. Hinnant's days_from_civil / civil_from_days) instead of
// `Date` objects, and `YYYY-MM-DD` read and written character by character instead of with a regular expression.
// Internal: not exported from the package.

/** Whether a year of the proleptic Gregorian calendar is a leap year. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month 1–12 of a year (no checks: the caller passes a month 1–12). */
export function monthLength(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] as number);
}

/** Day number of year, month 1–12, day (no checks). */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year of a day number. */
export function yearOfDayNumber(dayNumber: number): number {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/** Year, month 1–12 and day of a day number, written into `out` (no allocation in loops). */
export function partsOfDayNumber(dayNumber: number, out: { year: number; month: number; day: number }): void {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  out.day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  out.month = mp < 10 ? mp + 3 : mp - 9;
  out.year = yoe + era * 400 + (out.month <= 2 ? 1 : 0);
}

const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000_000;
};

/**
 * The day number of a real `YYYY-MM-DD` date, or `NaN` when the string is not one (wrong shape, month 13,
 * 31 February …). One pass over ten characters, no regular expression, no `Date`.
 */
export function parseDayNumber(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return Number.NaN;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return Number.NaN;
  return dayNumberFromParts(year, month, day);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const scratch = { year: 0, month: 0, day: 0 };

/** `YYYY-MM-DD` of a day number whose year is 0–9999, else `undefined`. */
export function isoOfDayNumber(dayNumber: number): string | undefined {
  partsOfDayNumber(dayNumber, scratch);
  const { year, month, day } = scratch;
  if (year < 0 || year > 9999) return undefined;
  const y = year >= 1000 ? String(year) : String(year).padStart(4, "0");
  return `${y}-${pad2(month)}-${pad2(day)}`;
}
