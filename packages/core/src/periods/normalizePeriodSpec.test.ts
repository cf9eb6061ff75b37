import { describe, expect, it } from "vitest";
import { normalizePeriodSpec } from "./normalizePeriodSpec.js";
import { resolvePeriod } from "./resolvePeriod.js";

describe("periods as clerks type them (issue 16 point 12)", () => {
  it.each([
    ["Q1/2026", "2026-Q1", "quý I năm 2026"],
    ["q4-2025", "2025-Q4", "quý IV năm 2025"],
    ["quý I/2026", "2026-Q1", "quý I năm 2026"],
    ["Quý III năm 2026", "2026-Q3", "quý III năm 2026"],
    ["quy 2 nam 2026", "2026-Q2", "quý II năm 2026"],
    ["6 tháng 2026", "2026-H1", "6 tháng đầu năm 2026"],
    ["6 tháng đầu năm 2026", "2026-H1", "6 tháng đầu năm 2026"],
    ["9 tháng năm 2026", "2026-9M", "9 tháng năm 2026"],
    ["3/2026", "2026-03", "tháng 3 năm 2026"],
    ["03/2026", "2026-03", "tháng 3 năm 2026"],
    ["tháng 3/2026", "2026-03", "tháng 3 năm 2026"],
    ["Tháng 12 năm 2025", "2025-12", "tháng 12 năm 2025"],
    ["năm 2026", "2026", "năm 2026"],
    ["01/03/2026..20/03/2026", "2026-03-01..2026-03-20", "từ ngày 01/03/2026 đến ngày 20/03/2026"],
    ["từ 01/03/2026 đến 20/03/2026", "2026-03-01..2026-03-20", "từ ngày 01/03/2026 đến ngày 20/03/2026"],
  ])("%s → %s", (typed, spec, label) => {
    expect(normalizePeriodSpec(typed)).toBe(spec);
    expect(resolvePeriod(typed)).toMatchObject({ spec, label });
  });

  it.each(["2026-Q1", "2026-03", "2026-H1", "2026-9M", "2026", "2026-03-01..2026-03-20", "hôm qua"])(
    "leaves %s to resolvePeriod",
    (typed) => {
      expect(normalizePeriodSpec(typed)).toBe(typed);
    },
  );

  it("a month that does not exist is still explained", () => {
    expect(() => resolvePeriod("13/2026")).toThrowError(/Tháng 13 không có thật/);
  });
});
