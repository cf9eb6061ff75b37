import { fromDayNumber, type IsoDate, isIsoDate, toDayNumber } from "../date/plainDate.js";
import { jdeToJdUt, jdUtToJde, newMoonJde, sunApparentLongitude } from "./_astro/astronomy.js";
import { CALENDAR_YEARS } from "./_years.js";

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch). `year` is the Gregorian number of the lunar year
 * (Tết of lunar 2026 falls in February 2026); `leap` marks a leap month (tháng nhuận).
 */
export interface LunarDate {
  /** Day of the lunar month, 1–30. */
  day: number;
  /** Lunar month, 1–12. */
  month: number;
  /** Lunar year, named by the Gregorian year in which its first month begins. */
  year: number;
  /** `true` for a day of a leap month. */
  leap: boolean;
}

/** Options of the lunar calendar functions. */
export interface LunarOptions {
  /**
   * Offset from UTC, in hours, of the meridian the calendar is computed at: 7 (105°E, Vietnam's standard time,
   * the default). 8 gives the calendar computed at 120°E, which Vietnamese almanacs followed before 1968 and
   * China follows; use it only to compare with those.
   */
  utcOffsetHours?: 7 | 8;
}

/** Vietnam's standard time, UTC+7 (105°E): the calendar is computed at this meridian unless told otherwise. */
const DEFAULT_OFFSET = 7;
/** Julian Date of 1970-01-01 00:00 UT. */
const JD_UNIX_EPOCH = 2440587.5;
const SYNODIC_MONTH = 29.530588861;
const MIN_YEAR = CALENDAR_YEARS.first;
const MAX_YEAR = CALENDAR_YEARS.last;

/** Julian Date (UT) of local midnight at the start of a day number. */
function localMidnightJd(dayNumber: number, tz: number): number {
  return dayNumber + JD_UNIX_EPOCH - tz / 24;
}

/** The local day number holding a Julian Date (UT). */
function localDayOf(jdUt: number, tz: number): number {
  return Math.floor(jdUt - JD_UNIX_EPOCH + tz / 24);
}

/** Local day number of the new moon number `k`. */
function newMoonDay(k: number, tz: number): number {
  return localDayOf(jdeToJdUt(newMoonJde(k)), tz);
}

/** The Sun's apparent longitude at local midnight starting a day. */
function longitudeAtDayStart(dayNumber: number, tz: number): number {
  return sunApparentLongitude(jdUtToJde(localMidnightJd(dayNumber, tz)));
}

/** Which 30° sector (major solar term, trung khí) the Sun is in at the start of a day: 0–11. */
function sectorAtDayStart(dayNumber: number, tz: number): number {
  return Math.floor(longitudeAtDayStart(dayNumber, tz) / 30);
}

/** Local day of the December solstice of a Gregorian year (the Sun reaches 270° during that day). */
function winterSolsticeDay(year: number, tz: number): number {
  for (let d = toDayNumber(`${year}-12-18`); ; d++) {
    if (longitudeAtDayStart(d + 1, tz) >= 270 && longitudeAtDayStart(d, tz) < 270) return d;
  }
}

const month11Ks = new Map<string, number>();

/** The new-moon number `k` that starts month 11 of a Gregorian year: the lunar month holding the December solstice. */
function month11K(year: number, tz: number): number {
  const key = `${tz}:${year}`;
  const cached = month11Ks.get(key);
  if (cached !== undefined) return cached;
  const solstice = winterSolsticeDay(year, tz);
  let k = Math.floor((localMidnightJd(solstice, tz) - 2451550.09766) / SYNODIC_MONTH) + 1;
  while (newMoonDay(k, tz) > solstice) k--;
  while (newMoonDay(k + 1, tz) <= solstice) k++;
  month11Ks.set(key, k);
  return k;
}

/** The months from month 11 of `year − 1` up to (not including) month 11 of `year`. */
interface LunarSpan {
  /** First day (local day number) of each month, plus the first day of the next month 11 at the end. */
  starts: number[];
  /** Month numbers, one per month. */
  months: number[];
  /** Leap flags, one per month. */
  leap: boolean[];
  /** Index of month 1 (the months before it belong to the lunar year `year − 1`). */
  firstMonthIndex: number;
}

const spans = new Map<string, LunarSpan>();

function spanEndingIn(year: number, tz: number): LunarSpan {
  const key = `${tz}:${year}`;
  const cached = spans.get(key);
  if (cached) return cached;
  const k0 = month11K(year - 1, tz);
  const k1 = month11K(year, tz);
  const starts: number[] = [];
  for (let k = k0; k <= k1; k++) starts.push(newMoonDay(k, tz));
  const count = k1 - k0; // 12, or 13 in a year with a leap month
  let leapIndex = -1;
  if (count === 13) {
    // The first month after month 11 that holds no major solar term is the leap month.
    for (let i = 1; i < count; i++) {
      if (sectorAtDayStart(starts[i] as number, tz) === sectorAtDayStart(starts[i + 1] as number, tz)) {
        leapIndex = i;
        break;
      }
    }
  }
  const months: number[] = [];
  const leap: boolean[] = [];
  let month = 11;
  for (let i = 0; i < count; i++) {
    if (i > 0 && i !== leapIndex) month = month === 12 ? 1 : month + 1;
    months.push(month);
    leap.push(i === leapIndex);
  }
  const span = { starts, months, leap, firstMonthIndex: months.indexOf(1) };
  spans.set(key, span);
  return span;
}

/**
 * Converts a Gregorian date to the Vietnamese lunar calendar, computed from the astronomy at UTC+7
 * (Meeus, "Astronomical Algorithms"): a lunar month starts on the local day holding the new moon, month 11
 * holds the December solstice, and in a year of 13 months the first month after month 11 without a major
 * solar term is the leap month.
 *
 * UTC+7 is applied throughout, also before 1968 when the calendar in use in Vietnam followed UTC+8; for those
 * years a few dates differ from the printed almanacs of the time.
 *
 * @param date - a Gregorian date from 1900-01-01 to 2199-12-31
 * @param options - the meridian (UTC+7 by default)
 * @returns the lunar date
 * @throws {RangeError} for a date outside 1900–2199 or not a date
 * @example
 * toLunar("2026-02-17") //=> { day: 1, month: 1, year: 2026, leap: false } (Tết Bính Ngọ)
 * toLunar("2023-03-22") //=> { day: 1, month: 2, year: 2023, leap: true } (tháng 2 nhuận)
 */
export function toLunar(date: IsoDate, options: LunarOptions = {}): LunarDate {
  const tz = offsetOf(options);
  if (!isIsoDate(date)) throw new RangeError(`toLunar: expected a YYYY-MM-DD date, got ${JSON.stringify(date)}`);
  const year = Number(date.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`toLunar: ${date} is outside 1900–2199`);
  const dn = toDayNumber(date);
  const spanYear = dn >= (spanEndingIn(year + 1, tz).starts[0] as number) ? year + 1 : year;
  const span = spanEndingIn(spanYear, tz);
  let i = span.months.length - 1;
  while ((span.starts[i] as number) > dn) i--;
  return {
    day: dn - (span.starts[i] as number) + 1,
    month: span.months[i] as number,
    year: i < span.firstMonthIndex ? spanYear - 1 : spanYear,
    leap: span.leap[i] as boolean,
  };
}

/** Where a lunar month lies: its span and index, or `undefined` when the month does not exist. */
function locateMonth(
  month: number,
  year: number,
  leap: boolean,
  tz: number,
): { span: LunarSpan; index: number } | undefined {
  for (const spanYear of [year, year + 1]) {
    const span = spanEndingIn(spanYear, tz);
    for (let i = 0; i < span.months.length; i++) {
      const lunarYear = i < span.firstMonthIndex ? spanYear - 1 : spanYear;
      if (lunarYear === year && span.months[i] === month && span.leap[i] === leap) return { span, index: i };
    }
  }
  return undefined;
}

/**
 * Number of days (29 or 30) of a lunar month.
 *
 * @param month - lunar month 1–12
 * @param year - lunar year 1899–2199
 * @param leap - the leap month of that number
 * @param options - the meridian (UTC+7 by default)
 * @returns 29 or 30
 * @throws {RangeError} when the month does not exist (e.g. a leap month in a year without one)
 * @example
 * getLunarMonthLength(12, 2025) //=> 29 (so 30 Tết falls on 29/12 in lunar 2025)
 */
export function getLunarMonthLength(month: number, year: number, leap = false, options: LunarOptions = {}): number {
  checkLunarYear(year, "getLunarMonthLength");
  const found = locateMonth(month, year, leap, offsetOf(options));
  if (!found)
    throw new RangeError(`getLunarMonthLength: lunar ${leap ? "leap " : ""}month ${month}/${year} does not exist`);
  return (found.span.starts[found.index + 1] as number) - (found.span.starts[found.index] as number);
}

/**
 * The leap month of a lunar year, if it has one.
 *
 * @param year - lunar year 1899–2199
 * @param options - the meridian (UTC+7 by default)
 * @returns the number of the month that is repeated, or `undefined`
 * @example
 * getLeapMonth(2023) //=> 2
 * getLeapMonth(2026) //=> undefined
 */
export function getLeapMonth(year: number, options: LunarOptions = {}): number | undefined {
  checkLunarYear(year, "getLeapMonth");
  for (const spanYear of [year, year + 1]) {
    const span = spanEndingIn(spanYear, offsetOf(options));
    for (let i = 0; i < span.months.length; i++) {
      const lunarYear = i < span.firstMonthIndex ? spanYear - 1 : spanYear;
      if (lunarYear === year && span.leap[i]) return span.months[i];
    }
  }
  return undefined;
}

function offsetOf(options: LunarOptions): number {
  const tz = options.utcOffsetHours ?? DEFAULT_OFFSET;
  if (tz !== 7 && tz !== 8) throw new RangeError(`lunar calendar: utcOffsetHours must be 7 or 8, got ${String(tz)}`);
  return tz;
}

function checkLunarYear(year: number, fn: string): void {
  // Lunar 1899 ends in January–February 1900, inside the supported range.
  if (!Number.isInteger(year) || year < MIN_YEAR - 1 || year > MAX_YEAR) {
    throw new RangeError(`${fn}: lunar year must be an integer 1899–2199, got ${year}`);
  }
}

/**
 * Converts a Vietnamese lunar date to the Gregorian calendar (the inverse of {@link toLunar}).
 *
 * @param lunar - day, month, year (1899–2199, the result on or after 1900-01-01) and whether the month is the leap one
 * @param options - the meridian (UTC+7 by default)
 * @returns the Gregorian date `YYYY-MM-DD`
 * @throws {RangeError} when the lunar date does not exist (a leap month the year lacks, day 30 of a 29-day month)
 * @example
 * fromLunar({ day: 10, month: 3, year: 2026, leap: false }) //=> "2026-04-26" (Giỗ Tổ Hùng Vương)
 */
export function fromLunar(lunar: LunarDate, options: LunarOptions = {}): IsoDate {
  const { day, month, year, leap } = lunar;
  checkLunarYear(year, "fromLunar");
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`fromLunar: month must be 1–12, got ${month}`);
  const found = locateMonth(month, year, leap, offsetOf(options));
  if (!found) throw new RangeError(`fromLunar: lunar ${leap ? "leap " : ""}month ${month}/${year} does not exist`);
  const start = found.span.starts[found.index] as number;
  const length = (found.span.starts[found.index + 1] as number) - start;
  if (!Number.isInteger(day) || day < 1 || day > length) {
    throw new RangeError(
      `fromLunar: lunar month ${month}${leap ? " (leap)" : ""}/${year} has ${length} days, got day ${day}`,
    );
  }
  const date = fromDayNumber(start + day - 1);
  if (date < "1900-01-01") throw new RangeError(`fromLunar: lunar ${day}/${month}/${year} falls before 1900`);
  return date;
}

const STEMS = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"] as const;
const BRANCHES = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"] as const;

/**
 * The Can Chi name of a lunar year (heavenly stem and earthly branch), as Vietnamese write it.
 *
 * @param year - the lunar year
 * @returns e.g. "Bính Ngọ"
 * @throws {RangeError} for a non-integer year
 * @example
 * getYearCanChi(2026) //=> "Bính Ngọ"
 * getYearCanChi(1985) //=> "Ất Sửu"
 */
export function getYearCanChi(year: number): string {
  if (!Number.isInteger(year)) throw new RangeError(`getYearCanChi: expected an integer year, got ${year}`);
  return `${STEMS[(((year + 6) % 10) + 10) % 10]} ${BRANCHES[(((year + 8) % 12) + 12) % 12]}`;
}
