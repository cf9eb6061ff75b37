import { describe, expect, it } from "vitest";
import { findStateReportingRegimeAt, getStateReportingRegimeAt } from "./getStateReportingRegimeAt.js";

describe("Thông tư 06/2025/TT-TTCP (signed 29/09/2025, in force 30/09/2025) replaced Thông tư 01/2024/TT-TTCP", () => {
  it.each([
    ["2024-03-05", "tt-01-2024", "the first day of TT 01/2024"],
    ["2025-03-14", "tt-01-2024", "the end of a 2025-Q1 State data range"],
    ["2025-09-14", "tt-01-2024", "the end of a 2025-Q3 State data range"],
    ["2025-09-29", "tt-01-2024", "the day TT 06/2025 was signed"],
    ["2025-09-30", "tt-06-2025", "the day TT 06/2025 took effect"],
    ["2025-12-14", "tt-06-2025", "the end of the 2025 year data range"],
    ["2026-03-14", "tt-06-2025", "the end of a 2026-Q1 State data range"],
    ["2026-12-14", "tt-06-2025", "the end of the 2026 year data range"],
  ])("on %s → %s (%s)", (date, id) => {
    expect(getStateReportingRegimeAt(date).id).toBe(id);
  });

  it("Thông tư 01/2024/TT-TTCP: quarterly, 6-month, 9-month and yearly reports, mid-month cut-off, no monthly report", () => {
    const r = getStateReportingRegimeAt("2025-03-14");
    expect(r.periods).toEqual(["quarter", "h1", "m9", "year"]);
    expect(r.cutoff).toBe("mid-month");
    expect(r.citedAs).toBe("Thông tư số 01/2024/TT-TTCP ngày 20/01/2024 của Thanh tra Chính phủ");
  });

  it("Thông tư 06/2025/TT-TTCP Điều 7 khoản 1 điểm a: the same mid-month cut-off, read in the circular's text", () => {
    const r = getStateReportingRegimeAt("2026-03-14");
    expect(r.citedAs).toBe("Thông tư số 06/2025/TT-TTCP ngày 29/9/2025 của Thanh tra Chính phủ");
    expect(r.cutoff).toBe("mid-month");
    expect(r.source.verified).toBe(true);
    expect(r.source.quote).toContain("Báo cáo Quý I từ ngày 15 của tháng 12 năm trước đến ngày 14 tháng 3");
    expect(r.forms).toEqual(["01/TCD", "02/XLD", "03/GQKN", "04/GQTC", "05/KQTH", "06/QLKNTC"]);
  });

  it("knows no regime before 05/03/2024 and rejects a non-date", () => {
    expect(findStateReportingRegimeAt("2024-03-04")).toBeUndefined();
    expect(() => getStateReportingRegimeAt("2023-12-31")).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getStateReportingRegimeAt: no bundled State reporting regime on 2023-12-31]`,
    );
    expect(() => findStateReportingRegimeAt("2026-13-01")).toThrow(RangeError);
  });
});
