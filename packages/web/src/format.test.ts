import { describe, expect, it } from "vitest";
import { dmy, isoFromTyped, typedDateProblem } from "./format";

describe("dates on the page: dd/mm/yyyy whatever the browser's locale (issue 16 point 11)", () => {
  it.each([
    ["05/03/2026", "2026-03-05"],
    ["5/3/2026", "2026-03-05"],
    ["05-03-2026", "2026-03-05"],
    ["2026-03-05", "2026-03-05"],
    [" 31/12/2025 ", "2025-12-31"],
    ["31/02/2026", null],
    ["03/2026", null],
    ["hôm nay", null],
  ])("%s → %s", (typed, iso) => {
    expect(isoFromTyped(typed)).toBe(iso);
  });
  it("shows an ISO date day first", () => {
    expect(dmy("2026-03-05")).toBe("05/03/2026");
  });
});

describe("review s23w W23-3: an impossible date is said under its field, dd/mm/yyyy, never in the CLI's period syntax", () => {
  it.each([
    ["31/04/2026", "Đến ngày", "Ngày 31/04/2026 ở ô “Đến ngày” không có thật (tháng 4 năm 2026 có 30 ngày)."],
    ["31/02/2026", "Từ ngày", "Ngày 31/02/2026 ở ô “Từ ngày” không có thật (tháng 2 năm 2026 có 28 ngày)."],
    ["30/2/2028", "Từ ngày", "Ngày 30/02/2028 ở ô “Từ ngày” không có thật (tháng 2 năm 2028 có 29 ngày)."],
    ["2026-13-01", "Đến ngày", "Ngày 01/13/2026 ở ô “Đến ngày” không có thật (không có tháng 13)."],
    ["00/00/0000", "Ngày văn bản", "Ngày 00/00/0000 ở ô “Ngày văn bản” không có thật (không có tháng 0)."],
    ["0/3/2026", "Từ ngày", "Ngày 00/03/2026 ở ô “Từ ngày” không có thật (tháng 3 năm 2026 có 31 ngày)."],
    ["01/01/0000", "Từ ngày", "Ngày 01/01/0000 ở ô “Từ ngày” không có thật (không có năm 0000)."],
    ["31/3", "Đến ngày", "Ô “Đến ngày” ghi “31/3”, không phải một ngày: viết ngày/tháng/năm, ví dụ 31/03/2026."],
  ])("%s in “%s” → %s", (typed, field, message) => {
    expect(typedDateProblem(typed, field)).toBe(message);
  });

  it.each(["", "  ", "30/04/2026", "2026-04-30", "29/2/2028"])("“%s”: nothing to say", (typed) => {
    expect(typedDateProblem(typed, "Đến ngày")).toBeNull();
  });
});
