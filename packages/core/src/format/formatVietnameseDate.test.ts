import { describe, expect, it } from "vitest";
import { formatPlaceAndDate, formatVietnameseDate } from "./formatVietnameseDate.js";

describe("NĐ 30/2020 Phụ lục I: days below 10 and months 1–2 take a leading zero", () => {
  it.each([
    ["2026-01-05", "ngày 05 tháng 01 năm 2026"],
    ["2020-01-05", "ngày 05 tháng 01 năm 2020"],
    ["2026-02-28", "ngày 28 tháng 02 năm 2026"],
    ["2019-02-18", "ngày 18 tháng 02 năm 2019"],
    ["2026-01-10", "ngày 10 tháng 01 năm 2026"],
    ["2026-03-01", "ngày 01 tháng 3 năm 2026"],
    ["2026-09-09", "ngày 09 tháng 9 năm 2026"],
    ["2025-10-01", "ngày 01 tháng 10 năm 2025"],
    ["2025-11-23", "ngày 23 tháng 11 năm 2025"],
    ["2026-12-31", "ngày 31 tháng 12 năm 2026"],
  ])("%s → %s", (date, text) => {
    expect(formatVietnameseDate(date)).toBe(text);
    expect(formatVietnameseDate(date, { style: "long" })).toBe(text);
  });

  it.each([
    [1, "01"],
    [2, "02"],
    [3, "3"],
    [4, "4"],
    [5, "5"],
    [6, "6"],
    [7, "7"],
    [8, "8"],
    [9, "9"],
    [10, "10"],
    [11, "11"],
    [12, "12"],
  ])("month %i is written %j", (month, written) => {
    const date = `2026-${String(month).padStart(2, "0")}-15`;
    expect(formatVietnameseDate(date)).toBe(`ngày 15 tháng ${written} năm 2026`);
  });

  it.each([
    [1, "01"],
    [9, "09"],
    [10, "10"],
    [31, "31"],
  ])("day %i is written %j", (day, written) => {
    expect(formatVietnameseDate(`2026-07-${String(day).padStart(2, "0")}`)).toBe(`ngày ${written} tháng 7 năm 2026`);
  });
});

describe("numeric style pads day and month (tables and date ranges)", () => {
  it.each([
    ["2026-03-01", "01/03/2026"],
    ["2026-01-05", "05/01/2026"],
    ["2019-06-18", "18/06/2019"],
    ["2025-12-15", "15/12/2025"],
    ["2024-02-29", "29/02/2024"],
  ])("%s → %s", (date, text) => {
    expect(formatVietnameseDate(date, { style: "numeric" })).toBe(text);
  });
});

describe("Hướng dẫn 36-HD/VPTW: place and date line of the heading", () => {
  it.each([
    ["Kon Tum", "2019-06-18", "Kon Tum, ngày 18 tháng 6 năm 2019"],
    ["Minh Sơn", "2026-01-05", "Minh Sơn, ngày 05 tháng 01 năm 2026"],
    ["  Minh Sơn \t", "2026-02-02", "Minh Sơn, ngày 02 tháng 02 năm 2026"],
    ["Xã Hòa Bình".normalize("NFD"), "2026-03-09", "Xã Hòa Bình, ngày 09 tháng 3 năm 2026"],
  ])("%j on %s → %s", (place, date, line) => {
    expect(formatPlaceAndDate(place, date)).toBe(line);
  });
});

describe("output is Unicode NFC (TCVN 6909:2001)", () => {
  it.each([
    formatVietnameseDate("2026-01-05"),
    formatVietnameseDate("2019-06-18"),
    formatPlaceAndDate("Đắk Lắk".normalize("NFD"), "2026-06-18"),
    formatPlaceAndDate("Thừa Thiên Huế", "2026-11-30"),
  ])("%s", (s) => {
    expect(s).toBe(s.normalize("NFC"));
    expect(s).not.toBe(s.normalize("NFD"));
  });
});

describe("misuse", () => {
  it.each([["2026-02-31"], ["5/1/2026"], ["2026-1-5"], [""]])("throws a RangeError for %j", (date) => {
    expect(() => formatVietnameseDate(date)).toThrow(RangeError);
    expect(() => formatPlaceAndDate("Kon Tum", date)).toThrow(RangeError);
  });

  it("names the call that rejected the date", () => {
    expect(() => formatVietnameseDate("2026-02-31")).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: parseIsoDate: expected a YYYY-MM-DD calendar date, got "2026-02-31"]`,
    );
  });
});
