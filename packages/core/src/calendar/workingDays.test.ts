import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  countWorkingDays,
  createWorkingDayCalendar,
  isWorkingDay,
  VIETNAM_CALENDAR,
  WEEKENDS_ONLY_CALENDAR,
} from "./workingDays.js";

describe("working days of civil servants (DESIGN.md rule 6)", () => {
  it.each([
    ["2026-03-09", true, "an ordinary Monday"],
    ["2026-03-07", false, "a Saturday"],
    ["2026-03-08", false, "a Sunday"],
    ["2026-02-17", false, "Tết Nguyên đán"],
    ["2026-01-02", false, "swapped day off (nghỉ hoán đổi)"],
    ["2026-01-10", true, "Saturday worked in exchange (làm bù)"],
    ["2026-04-27", false, "compensatory day for Giỗ Tổ on a Sunday"],
    ["2026-09-01", false, "Quốc khánh, adjacent day"],
    ["2026-08-22", true, "Saturday worked in exchange for 31/08"],
  ])("%s is a working day: %s (%s)", (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ["2026-02-17", "Tết Nguyên đán"],
    ["2026-03-08", "Chủ nhật"],
    ["2026-01-02", "Nghỉ hoán đổi (làm bù ngày 10/01/2026)"],
    ["2027-02-08", "Tết Nguyên đán (tính theo Bộ luật Lao động)"],
  ])("%s is off because: %s", (date, reason) => {
    expect(VIETNAM_CALENDAR.describeDayOff?.(date)).toBe(reason);
  });

  it("says nothing on a working day", () => {
    expect(VIETNAM_CALENDAR.describeDayOff?.("2026-01-10")).toBeUndefined();
  });

  it.each([
    ["2026-03-06", 1, "2026-03-09"],
    ["2026-02-12", 3, "2026-02-24"],
    ["2026-01-09", 1, "2026-01-10"],
    ["2026-02-14", 0, "2026-02-23"],
    ["2026-03-09", 0, "2026-03-09"],
  ])("addWorkingDays(%s, %i) = %s", (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });

  it.each([
    ["2026-03-01", "2026-03-31", 22],
    ["2026-02-01", "2026-02-28", 15],
    ["2026-01-01", "2026-01-31", 21],
    ["2026-03-10", "2026-03-01", 0],
  ])("countWorkingDays(%s, %s) = %i", (from, to, n) => {
    expect(countWorkingDays(from, to)).toBe(n);
  });

  it("weekly rest days are configurable", () => {
    const sundaysOnly = createWorkingDayCalendar({ weeklyRestDays: [0] });
    expect(sundaysOnly.isWorkingDay("2026-03-07")).toBe(true);
    expect(sundaysOnly.isWorkingDay("2026-02-17")).toBe(false);
    expect(sundaysOnly.label).toBe("Trừ ngày nghỉ hằng tuần (chủ nhật) và ngày nghỉ lễ, Tết của cán bộ, công chức");
    expect(() => createWorkingDayCalendar({ weeklyRestDays: [7] })).toThrow(RangeError);
  });

  it.each([
    ["2026-01-02", true, "the notice's swap (Friday off, Saturday 10/01 worked) is for a Saturday–Sunday week"],
    ["2026-01-10", true, "Saturday 10/01, a working day anyway"],
    ["2023-09-04", true, "no compensatory day for Quốc khánh on Saturday 02/09/2023, not this week's rest day"],
    ["2023-09-02", false, "the holiday itself"],
    ["2026-02-17", false, "Tết as the notice sets it"],
    [
      "2026-04-27",
      false,
      "Giỗ Tổ on Sunday 26/04/2026: compensated on Monday (Bộ luật Lao động 2019 khoản 3 Điều 111)",
    ],
    ["2026-08-31", true, "the notice's swap of Monday 31/08 for Saturday 22/08"],
  ])("a Sunday-only week: %s is a working day: %s — %s (review s21 C9)", (date, working) => {
    expect(createWorkingDayCalendar({ weeklyRestDays: [0] }).isWorkingDay(date)).toBe(working);
  });

  it("a Sunday-only week: January 2026 has 26 working days (31 days, 4 Sundays, New Year's Day) (review s21 C9)", () => {
    expect(countWorkingDays("2026-01-01", "2026-01-31", createWorkingDayCalendar({ weeklyRestDays: [0] }))).toBe(26);
    // The Saturday–Sunday week keeps the notice's swaps.
    expect(VIETNAM_CALENDAR.isWorkingDay("2026-01-02")).toBe(false);
    expect(VIETNAM_CALENDAR.isWorkingDay("2026-01-10")).toBe(true);
    expect(createWorkingDayCalendar({ weeklyRestDays: [6, 0] }).isWorkingDay("2026-01-02")).toBe(false);
  });

  it("the weekends-only calendar knows no holidays and says so", () => {
    expect(WEEKENDS_ONLY_CALENDAR.isWorkingDay("2026-02-17")).toBe(true);
    expect(WEEKENDS_ONLY_CALENDAR.includesHolidays).toBe(false);
    expect(WEEKENDS_ONLY_CALENDAR.describeDayOff?.("2026-03-07")).toBe("Thứ Bảy");
  });

  it.each([
    () => isWorkingDay("07/03/2026"),
    () => addWorkingDays("2026-03-06", -1),
    () => addWorkingDays("2026-03-06", 1.5),
    () => countWorkingDays("2026-03-01", "31/03/2026"),
  ])("misuse %# throws a RangeError", (fn) => {
    expect(fn).toThrow(RangeError);
  });
});

describe("the bundled calendars are frozen like the bundled rule sets (review s23 D23-9)", () => {
  it.each([
    ["VIETNAM_CALENDAR", VIETNAM_CALENDAR],
    ["WEEKENDS_ONLY_CALENDAR", WEEKENDS_ONLY_CALENDAR],
  ])("%s cannot be changed by one module of an app", (_name, calendar) => {
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(() => {
      (calendar as { label: string }).label = "changed";
    }).toThrow(TypeError);
    expect(calendar.label).not.toBe("changed");
  });
});
