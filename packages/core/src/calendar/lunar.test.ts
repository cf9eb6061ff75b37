// Independent sources kept as test oracles only (devDependencies, never imported by the library):
// - @dqcai/vn-lunar: a Vietnamese lunar calendar driven by precomputed year tables (UTC+7);
// - lunar-javascript: the Chinese calendar (UTC+8), to name the years where Vietnam and China differ.
import { getLunarDate, getSolarDate } from "@dqcai/vn-lunar";
import { Lunar } from "lunar-javascript";
import { describe, expect, it } from "vitest";
import { addCalendarDays, parseIsoDate, toDayNumber } from "../date/plainDate.js";
import { jdeToJdUt, newMoonJde } from "./_astro/astronomy.js";
import { fromLunar, getLeapMonth, getLunarMonthLength, getYearCanChi, toLunar } from "./lunar.js";

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** Months (YYYY-MM of the Gregorian days) where our calendar and the oracle's disagree on some day. */
function disagreements(from: string, to: string, utcOffsetHours: 7 | 8): string[] {
  const months = new Set<string>();
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) {
    const ours = toLunar(d, { utcOffsetHours });
    const { year, month, day } = parseIsoDate(d);
    const theirs = getLunarDate(day, month, year);
    if (
      ours.day !== theirs.day ||
      ours.month !== theirs.month ||
      ours.year !== theirs.year ||
      ours.leap !== theirs.leap
    ) {
      months.add(d.slice(0, 7));
    }
  }
  return [...months];
}

/** Minutes from the nearest local midnight to the new moon closest to a date. */
function newMoonMinutesFromMidnight(date: string, utcOffsetHours: number): number {
  const jd = toDayNumber(date) + 2440587.5;
  const k = Math.round((jd - 2451550.09766) / 29.530588861);
  const localDays = jdeToJdUt(newMoonJde(k)) - 2440587.5 + utcOffsetHours / 24;
  return Math.abs(localDays - Math.round(localDays)) * 1440;
}

describe("Vietnamese lunar calendar (DESIGN.md rule 6), against an independent table", () => {
  it("1968–2199 at UTC+7: the same lunar date as the oracle every day but one month, where the new moon is within a minute of midnight", () => {
    expect(disagreements("1968-01-01", "2199-12-31", 7)).toEqual(["2054-05", "2054-06"]);
    // 2054-05-07 17:00:22 UT = 00:00:22 on 8 May at UTC+7: the oracle's simpler formula lands before midnight.
    expect(newMoonMinutesFromMidnight("2054-05-07", 7)).toBeLessThan(1);
  }, 120_000);

  it("1900–1967: the oracle follows the UTC+8 calendar then in use; ours at UTC+8 agrees but for five months near midnight", () => {
    expect(disagreements("1900-01-01", "1967-12-31", 8)).toEqual([
      "1906-04",
      "1906-05",
      "1914-11",
      "1914-12",
      "1916-02",
      "1916-03",
      "1920-11",
      "1920-12",
      "1925-01",
      "1925-02",
    ]);
    // In 1906, 1914, 1916 and 1920 the new moon falls 1 to 7 minutes after midnight at UTC+8 (00:06, 00:01,
    // 00:05, 00:04): the oracle puts it on the day before. ΔT in those years is known to a few seconds only.
    for (const d of ["1906-04-24", "1914-11-18", "1916-02-04", "1920-11-11"])
      expect(newMoonMinutesFromMidnight(d, 8)).toBeLessThan(7);
    // In 1925 the new moon is at 22:44 on 24 January at UTC+8 (21:44 at UTC+7): the Chinese calendar agrees with
    // us that Tết was 24/01/1925; the oracle's 25/01/1925 matches neither.
    expect(Lunar.fromYmd(1925, 1, 1).getSolar().toYmd()).toBe("1925-01-24");
    expect(fromLunar({ day: 1, month: 1, year: 1925, leap: false })).toBe("1925-01-24");
  }, 120_000);

  it("round-trips every day of 1900–2199: fromLunar(toLunar(d)) = d", () => {
    const wrong: string[] = [];
    for (let d = "1900-01-01"; d <= "2199-12-31"; d = addCalendarDays(d, 1)) {
      if (fromLunar(toLunar(d)) !== d) wrong.push(d);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it("puts Tết (1/1) on the oracle's date for every lunar year 1900–2199 (UTC+8 before 1968, as the oracle), but two named years", () => {
    const wrong: string[] = [];
    for (let y = 1900; y <= 2199; y++) {
      const s = getSolarDate(1, 1, y);
      const ours = fromLunar({ day: 1, month: 1, year: y, leap: false }, { utcOffsetHours: y < 1968 ? 8 : 7 });
      if (ours !== iso(s.year, s.month, s.day)) wrong.push(`${y}: ${ours} ≠ ${iso(s.year, s.month, s.day)}`);
    }
    // 1916: new moon at 00:05 on 4 February at UTC+8 (above); 1925: see above.
    expect(wrong).toEqual(["1916: 1916-02-04 ≠ 1916-02-03", "1925: 1925-01-24 ≠ 1925-01-25"]);
  });

  it("applies UTC+7 throughout: before 1968 Tết differs from the UTC+8 calendar of the time in 1903, 1916, 1935 and 1965", () => {
    const differ: number[] = [];
    for (let y = 1900; y < 1968; y++) {
      if (
        fromLunar({ day: 1, month: 1, year: y, leap: false }) !==
        fromLunar({ day: 1, month: 1, year: y, leap: false }, { utcOffsetHours: 8 })
      ) {
        differ.push(y);
      }
    }
    expect(differ).toEqual([1903, 1916, 1935, 1965]);
    // Each time the new moon falls between 23:00 and midnight at UTC+7, past midnight at UTC+8.
    for (const d of ["1903-01-28", "1916-02-03", "1935-02-03", "1965-02-01"])
      expect(newMoonMinutesFromMidnight(d, 7)).toBeLessThan(60);
  });
});

describe("Tết in Vietnam (UTC+7) and China (UTC+8) differs in some years", () => {
  const chineseNewYear = (y: number) => Lunar.fromYmd(y, 1, 1).getSolar().toYmd();

  it.each([
    { year: 1985, vietnam: "1985-01-21", china: "1985-02-20" },
    { year: 2007, vietnam: "2007-02-17", china: "2007-02-18" },
  ])("$year: Vietnam $vietnam, China $china", ({ year, vietnam, china }) => {
    expect(fromLunar({ day: 1, month: 1, year, leap: false })).toBe(vietnam);
    expect(chineseNewYear(year)).toBe(china);
  });

  it("names every year 1900–2100 where they differ", () => {
    const differ: number[] = [];
    for (let y = 1901; y <= 2100; y++) {
      if (fromLunar({ day: 1, month: 1, year: y, leap: false }) !== chineseNewYear(y)) differ.push(y);
    }
    expect(differ).toMatchInlineSnapshot(`
      [
        1903,
        1935,
        1965,
        1968,
        1969,
        1985,
        2007,
        2030,
        2053,
      ]
    `);
  });
});

describe("lunar months, leap months and Can Chi", () => {
  it.each([
    { year: 2020, leap: 4 },
    { year: 2023, leap: 2 },
    { year: 2025, leap: 6 },
    { year: 2026, leap: undefined },
    { year: 2028, leap: 5 },
  ])("lunar $year has leap month $leap", ({ year, leap }) => {
    expect(getLeapMonth(year)).toBe(leap);
  });

  it.each([
    ["2026-02-17", { day: 1, month: 1, year: 2026, leap: false }, "Tết Bính Ngọ"],
    ["2026-02-16", { day: 29, month: 12, year: 2025, leap: false }, "Giao thừa 2026 (tháng Chạp thiếu)"],
    ["2023-03-22", { day: 1, month: 2, year: 2023, leap: true }, "tháng 2 nhuận Quý Mão"],
    ["2026-04-26", { day: 10, month: 3, year: 2026, leap: false }, "Giỗ Tổ Hùng Vương 2026"],
    ["1900-01-01", { day: 1, month: 12, year: 1899, leap: false }, "first supported day"],
    ["2199-12-31", { day: 14, month: 11, year: 2199, leap: false }, "last supported day"],
  ])("%s is %j (%s)", (date, lunar) => {
    expect(toLunar(date)).toEqual(lunar);
    expect(fromLunar(lunar)).toBe(date);
  });

  it.each([
    [12, 2025, false, 29],
    [1, 2026, false, 30],
    [2, 2023, true, 29],
  ] as const)("month %i/%i (leap %s) has %i days", (month, year, leap, length) => {
    expect(getLunarMonthLength(month, year, leap)).toBe(length);
  });

  it.each([
    [2026, "Bính Ngọ"],
    [2025, "Ất Tỵ"],
    [1985, "Ất Sửu"],
    [1900, "Canh Tý"],
    [2199, "Kỷ Hợi"],
  ] as const)("year %i is %s", (year, name) => {
    expect(getYearCanChi(year)).toBe(name);
  });

  it.each([
    [() => toLunar("1899-12-31"), /outside 1900–2199/],
    [() => toLunar("2026-02-30"), /expected a YYYY-MM-DD date/],
    [() => fromLunar({ day: 1, month: 3, year: 2026, leap: true }), /leap month 3\/2026 does not exist/],
    [() => fromLunar({ day: 30, month: 12, year: 2025, leap: false }), /has 29 days, got day 30/],
    [() => fromLunar({ day: 1, month: 13, year: 2025, leap: false }), /month must be 1–12/],
    [() => getLeapMonth(2200), /1899–2199/],
    [() => getLunarMonthLength(4, 2026, true), /does not exist/],
  ])("misuse %# throws a RangeError", (fn, message) => {
    expect(fn).toThrow(RangeError);
    expect(fn).toThrow(message);
  });
});
