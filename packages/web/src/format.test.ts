import { describe, expect, it } from "vitest";
import { dmy, isoFromTyped } from "./format";

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
