// The working-day index of a calendar: for each year asked about, built once from the calendar's own
// `isWorkingDay` (one call per day of the year), a byte per day and prefix counts of working days. Adding
// working days, counting them and testing a day then cost a few array reads, whatever the period.
// The index is keyed by the calendar object (a WeakMap), so a calendar's answers must not change once asked.
// Internal: not exported from the package.
import { dayNumberFromParts, isLeapYear, isoOfDayNumber, yearOfDayNumber } from "../date/_dayNumber.js";
import type { WorkingDayCalendar } from "./workingDays.js";

interface YearIndex {
  year: number;
  /** Day number of 1 January. */
  first: number;
  /** Days in the year. */
  length: number;
  /** 1 on a working day. */
  work: Uint8Array;
  /** `prefix[k]`: working days among the first `k` days of the year. */
  prefix: Int32Array;
  /** Offsets (from 1 January) of the working days, in order. */
  nth: Int32Array;
}

interface CalendarIndex {
  years: Map<number, YearIndex>;
  /** The last year used: most lookups stay in it. */
  last: YearIndex | undefined;
}

const INDEXES = new WeakMap<WorkingDayCalendar, CalendarIndex>();

function build(calendar: WorkingDayCalendar, year: number): YearIndex {
  const first = dayNumberFromParts(year, 1, 1);
  const length = isLeapYear(year) ? 366 : 365;
  const work = new Uint8Array(length);
  const prefix = new Int32Array(length + 1);
  const nth: number[] = [];
  for (let k = 0; k < length; k++) {
    const iso = isoOfDayNumber(first + k);
    if (iso === undefined) throw new RangeError(`working-day calendar: year ${year} is outside 0–9999`);
    const w = calendar.isWorkingDay(iso);
    work[k] = w ? 1 : 0;
    prefix[k + 1] = (prefix[k] as number) + (w ? 1 : 0);
    if (w) nth.push(k);
  }
  return { year, first, length, work, prefix, nth: Int32Array.from(nth) };
}

function indexOf(calendar: WorkingDayCalendar): CalendarIndex {
  let index = INDEXES.get(calendar);
  if (!index) {
    index = { years: new Map(), last: undefined };
    INDEXES.set(calendar, index);
  }
  return index;
}

function yearIndex(index: CalendarIndex, calendar: WorkingDayCalendar, year: number): YearIndex {
  const last = index.last;
  if (last && last.year === year) return last;
  let y = index.years.get(year);
  if (!y) {
    y = build(calendar, year);
    index.years.set(year, y);
  }
  index.last = y;
  return y;
}

function yearOf(index: CalendarIndex, calendar: WorkingDayCalendar, dayNumber: number): YearIndex {
  const last = index.last;
  if (last && dayNumber >= last.first && dayNumber < last.first + last.length) return last;
  return yearIndex(index, calendar, yearOfDayNumber(dayNumber));
}

/** Whether the day with this day number is a working day of the calendar. */
export function isWorkingDayNumber(calendar: WorkingDayCalendar, dayNumber: number): boolean {
  const y = yearOf(indexOf(calendar), calendar, dayNumber);
  return y.work[dayNumber - y.first] === 1;
}

/**
 * The `n`-th working day after `dayNumber` (the day itself not counted); with `n` = 0 the day itself when it is a
 * working day, else the next working day. A year without any working day is skipped over, at most 20 of them.
 */
export function addWorkingDayNumbers(calendar: WorkingDayCalendar, dayNumber: number, n: number): number {
  const index = indexOf(calendar);
  let y = yearOf(index, calendar, dayNumber);
  const k = dayNumber - y.first;
  // Working days wanted, counted from 1 January of year `y`: those up to the day (or before it, for n = 0) plus n.
  let wanted = n === 0 ? (y.prefix[k] as number) + 1 : (y.prefix[k + 1] as number) + n;
  for (let empty = 0; wanted > y.nth.length; ) {
    wanted -= y.nth.length;
    if (y.nth.length === 0 && ++empty > 20)
      throw new RangeError(`working-day calendar ${calendar.id}: no working day in 20 years after ${y.year}`);
    y = yearIndex(index, calendar, y.year + 1);
  }
  return y.first + (y.nth[wanted - 1] as number);
}

/** Working days from one day number to another, both included; 0 when `to` is before `from`. */
export function countWorkingDayNumbers(calendar: WorkingDayCalendar, from: number, to: number): number {
  if (to < from) return 0;
  const index = indexOf(calendar);
  const a = yearOf(index, calendar, from);
  const startYear = a.year;
  const before = a.prefix[from - a.first] as number;
  const b = yearOf(index, calendar, to);
  let n = (b.prefix[to - b.first + 1] as number) - before;
  for (let year = startYear; year < b.year; year++) n += yearIndex(index, calendar, year).nth.length;
  return n;
}
