import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  type DateParts,
  differenceInCalendarDays,
  formatIsoDate,
  fromDayNumber,
  getDaysInMonth,
  getIsoMonth,
  getMonthRange,
  getWeekday,
  isIsoDate,
  listMonthsBetween,
  parseIsoDate,
  toDayNumber,
} from "./plainDate.js";

/** Gregorian leap year rule, written out independently of the code under test. */
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number): number =>
  [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

describe("isIsoDate", () => {
  it.each([
    ["2024-02-29", "2024 is a leap year (divisible by 4)"],
    ["2000-02-29", "2000 is a leap year (divisible by 400)"],
    ["0000-02-29", "year 0 is a leap year in the proleptic Gregorian calendar"],
    ["0004-02-29", "year 4 is a leap year (not read as 1904)"],
    ["2026-01-31", "31 January"],
    ["2026-12-31", "last day of a year"],
    ["1900-01-01", "first supported year of reporting periods"],
    ["9999-12-31", "largest four-digit year"],
  ])("accepts %s (%s)", (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    ["1900-02-29", "1900 is not a leap year (divisible by 100, not by 400)"],
    ["2100-02-29", "2100 is not a leap year"],
    ["2026-02-29", "2026 is not a leap year"],
    ["2026-02-31", "February never has 31 days"],
    ["2026-04-31", "April has 30 days"],
    ["2026-00-10", "month 0"],
    ["2026-13-01", "month 13"],
    ["2026-01-00", "day 0"],
    ["2026-01-32", "day 32"],
    ["2026-1-5", "month and day not padded"],
    ["5/1/2026", "Vietnamese d/m/yyyy is not ISO"],
    ["05/01/2026", "dd/mm/yyyy is not ISO"],
    ["20260105", "basic ISO format without dashes"],
    ["2026-01-05T00:00:00Z", "a date-time"],
    [" 2026-01-05", "leading space"],
    ["2026-01-05 ", "trailing space"],
    ["+02026-01-05", "expanded year"],
    ["", "empty string"],
  ])("rejects %j (%s)", (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it.each([[20260105], [null], [undefined], [new Date(Date.UTC(2026, 0, 5))], [{ year: 2026, month: 1, day: 5 }]])(
    "rejects the non-string %j",
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
});

describe("getDaysInMonth", () => {
  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2024, 2, 29],
    [2000, 2, 29],
    [1900, 2, 28],
    [2100, 2, 28],
    [0, 2, 29],
    [4, 2, 29],
    [1, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])("%i-%i has %i days", (year, month, days) => {
    expect(getDaysInMonth(year, month)).toBe(days);
  });
});

describe("parseIsoDate / formatIsoDate", () => {
  it.each<[string, DateParts]>([
    ["2026-01-05", { year: 2026, month: 1, day: 5 }],
    ["2019-06-18", { year: 2019, month: 6, day: 18 }],
    ["2024-02-29", { year: 2024, month: 2, day: 29 }],
    ["0001-01-01", { year: 1, month: 1, day: 1 }],
    ["9999-12-31", { year: 9999, month: 12, day: 31 }],
  ])("%s ⇄ %j", (date, parts) => {
    expect(parseIsoDate(date)).toEqual(parts);
    expect(formatIsoDate(parts)).toBe(date);
    expect(formatIsoDate(parseIsoDate(date))).toBe(date);
  });

  it("throws a RangeError naming the call for a string that is not a calendar date", () => {
    expect(() => parseIsoDate("2026-02-31")).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: parseIsoDate: expected a YYYY-MM-DD calendar date, got "2026-02-31"]`,
    );
    expect(() => parseIsoDate("5/1/2026")).toThrow(RangeError);
  });

  it.each<[string, DateParts]>([
    ["an impossible day", { year: 2026, month: 2, day: 29 }],
    ["month 13", { year: 2026, month: 13, day: 1 }],
    ["day 0", { year: 2026, month: 1, day: 0 }],
    ["a negative year", { year: -1, month: 1, day: 1 }],
    ["a five-digit year", { year: 10000, month: 1, day: 1 }],
    ["a fractional day", { year: 2026, month: 1, day: 1.5 }],
  ])("formatIsoDate throws a RangeError for %s", (_, parts) => {
    expect(() => formatIsoDate(parts)).toThrow(RangeError);
  });

  it("names the call and the parts in formatIsoDate's error", () => {
    expect(() => formatIsoDate({ year: 2026, month: 2, day: 30 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: formatIsoDate: {"year":2026,"month":2,"day":30} is not a calendar date]`,
    );
  });
});

describe("toDayNumber / fromDayNumber", () => {
  it.each([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["1969-12-31", -1],
    ["2000-03-01", 11_017],
    ["2026-01-01", 20_454],
    ["1900-01-01", -25_567],
    ["0000-03-01", -719_468],
  ])("%s is day %i", (date, n) => {
    expect(toDayNumber(date)).toBe(n);
    expect(fromDayNumber(n)).toBe(date);
  });

  it("round-trips every day of 1900–2199, one day apart, against an independent calendar", () => {
    let n = toDayNumber("1900-01-01");
    let checked = 0;
    for (let y = 1900; y <= 2199; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= daysIn(y, m); d++) {
          const date = iso(y, m, d);
          if (fromDayNumber(n) !== date || toDayNumber(date) !== n) {
            throw new Error(
              `mismatch at ${date}: fromDayNumber(${n}) = ${fromDayNumber(n)}, toDayNumber = ${toDayNumber(date)}`,
            );
          }
          n += 1;
          checked += 1;
        }
      }
    }
    expect(checked).toBe(109_573);
    expect(fromDayNumber(n)).toBe("2200-01-01");
  });

  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])("fromDayNumber(%s) throws a RangeError", (n) => {
    expect(() => fromDayNumber(n)).toThrow(RangeError);
  });

  it("names the call in fromDayNumber's error", () => {
    expect(() => fromDayNumber(0.5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: fromDayNumber: expected an integer, got 0.5]`,
    );
  });

  it("toDayNumber throws a RangeError for an impossible date", () => {
    expect(() => toDayNumber("2026-02-31")).toThrow(RangeError);
  });
});

describe("addCalendarDays", () => {
  it.each([
    ["2026-02-27", 2, "2026-03-01", "end of February in a common year"],
    ["2024-02-27", 2, "2024-02-29", "end of February in a leap year"],
    ["2024-02-28", 2, "2024-03-01", "past 29 February"],
    ["2026-01-31", 1, "2026-02-01", "end of January"],
    ["2026-04-30", 1, "2026-05-01", "end of a 30-day month"],
    ["2025-12-31", 1, "2026-01-01", "end of the year"],
    ["2026-01-01", -1, "2025-12-31", "back over the year end"],
    ["2026-03-01", -1, "2026-02-28", "back into February"],
    ["2025-12-15", 89, "2026-03-14", "mid-month Q1 span (15/12 → 14/3)"],
    ["2026-01-15", 0, "2026-01-15", "zero days"],
    ["2024-01-01", 366, "2025-01-01", "a whole leap year"],
    ["1899-12-31", 1, "1900-01-01", "into 1900"],
    ["1900-02-28", 1, "1900-03-01", "1900 has no 29 February"],
    ["2000-02-28", 1, "2000-02-29", "2000 has a 29 February"],
  ])("%s + %i = %s (%s)", (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });

  it("throws a RangeError for a fractional number of days", () => {
    expect(() => addCalendarDays("2026-01-01", 0.5)).toThrow(RangeError);
  });
});

describe("differenceInCalendarDays", () => {
  it.each([
    ["2026-01-01", "2026-03-01", 59],
    ["2024-01-01", "2024-03-01", 60],
    ["2026-03-01", "2026-01-01", -59],
    ["2026-01-15", "2026-01-15", 0],
    ["2025-12-15", "2026-03-14", 89],
    ["2025-01-01", "2026-01-01", 365],
    ["2024-01-01", "2025-01-01", 366],
    ["1900-01-01", "2000-01-01", 36_524],
  ])("from %s to %s is %i days", (from, to, days) => {
    expect(differenceInCalendarDays(from, to)).toBe(days);
    expect(addCalendarDays(from, days)).toBe(to);
  });
});

describe("getWeekday", () => {
  it.each([
    ["2026-01-01", 4, "Thursday"],
    ["1900-01-01", 1, "Monday"],
    ["1970-01-01", 4, "Thursday"],
    ["1969-12-31", 3, "Wednesday"],
    ["2000-01-01", 6, "Saturday"],
    ["2019-02-18", 1, "Monday (Quy định 11-QĐi/TW issued)"],
    ["2019-06-18", 2, "Tuesday (Kế hoạch 97-KH/TU issued)"],
    ["2025-07-01", 2, "Tuesday (two-tier local government)"],
    ["2025-11-23", 0, "Sunday (Kết luận 215-KL/TW)"],
    ["2026-02-17", 2, "Tuesday"],
  ])("%s is day %i, %s", (date, weekday) => {
    expect(getWeekday(date)).toBe(weekday);
  });

  it("agrees with Date#getUTCDay on the first day of every month 1900–2199", () => {
    const wrong: string[] = [];
    for (let y = 1900; y <= 2199; y++) {
      for (let m = 1; m <= 12; m++) {
        const date = iso(y, m, 1);
        if (getWeekday(date) !== new Date(Date.UTC(y, m - 1, 1)).getUTCDay()) wrong.push(date);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("getIsoMonth", () => {
  it.each([
    ["2026-03-15", "2026-03"],
    ["2024-02-29", "2024-02"],
  ])("%s is in %s", (date, month) => {
    expect(getIsoMonth(date)).toBe(month);
  });

  it("throws a RangeError for an impossible date", () => {
    expect(() => getIsoMonth("2026-02-30")).toThrow(RangeError);
  });
});

describe("getMonthRange", () => {
  it.each([
    ["2026-02", { from: "2026-02-01", to: "2026-02-28" }],
    ["2024-02", { from: "2024-02-01", to: "2024-02-29" }],
    ["2000-02", { from: "2000-02-01", to: "2000-02-29" }],
    ["1900-02", { from: "1900-02-01", to: "1900-02-28" }],
    ["2026-01", { from: "2026-01-01", to: "2026-01-31" }],
    ["2026-04", { from: "2026-04-01", to: "2026-04-30" }],
    ["2026-12", { from: "2026-12-01", to: "2026-12-31" }],
  ])("%s runs %j", (month, range) => {
    expect(getMonthRange(month)).toEqual(range);
  });

  it.each([["2026-13"], ["2026-00"], ["2026-2"], ["2026"], ["2026-02-01"], [""]])(
    "throws a RangeError for %j",
    (month) => {
      expect(() => getMonthRange(month)).toThrow(RangeError);
    },
  );

  it("names the call in its error", () => {
    expect(() => getMonthRange("2026-13")).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getMonthRange: expected YYYY-MM, got "2026-13"]`,
    );
  });
});

describe("listMonthsBetween", () => {
  it.each([
    ["2025-12-15", "2026-03-14", ["2025-12", "2026-01", "2026-02", "2026-03"]],
    ["2026-03-01", "2026-03-20", ["2026-03"]],
    ["2026-03-31", "2026-04-01", ["2026-03", "2026-04"]],
    ["2026-01-01", "2026-01-01", ["2026-01"]],
    ["2026-03-20", "2026-03-01", []],
    ["2026-03-01", "2025-03-01", []],
  ])("from %s to %s: %j", (from, to, months) => {
    expect(listMonthsBetween(from, to)).toEqual(months);
  });

  it("lists the twelve months of a year and crosses year ends", () => {
    expect(listMonthsBetween("2025-01-01", "2025-12-31")).toHaveLength(12);
    expect(listMonthsBetween("2024-11-30", "2026-02-01")).toMatchInlineSnapshot(`
      [
        "2024-11",
        "2024-12",
        "2025-01",
        "2025-02",
        "2025-03",
        "2025-04",
        "2025-05",
        "2025-06",
        "2025-07",
        "2025-08",
        "2025-09",
        "2025-10",
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
      ]
    `);
  });

  it("throws a RangeError for an impossible date", () => {
    expect(() => listMonthsBetween("2026-02-30", "2026-03-01")).toThrow(RangeError);
    expect(() => listMonthsBetween("2026-01-01", "2026-13-01")).toThrow(RangeError);
  });
});
