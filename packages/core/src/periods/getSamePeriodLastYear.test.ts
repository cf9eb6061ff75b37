import { describe, expect, it } from "vitest";
import { getSamePeriodLastYear } from "./getSamePeriodLastYear.js";
import { resolvePeriod } from "./resolvePeriod.js";

describe("getSamePeriodLastYear: “cùng kỳ năm trước” keeps the kind and the cutoff", () => {
  it.each([
    ["2026-Q1", "calendar", "2025-Q1", "2025-01-01", "2025-03-31"],
    ["2026-Q1", "mid-month", "2025-Q1", "2024-12-15", "2025-03-14"],
    ["2026", "calendar", "2025", "2025-01-01", "2025-12-31"],
    ["2026-03", "mid-month", "2025-03", "2025-02-15", "2025-03-14"],
    ["2026-H1", "calendar", "2025-H1", "2025-01-01", "2025-06-30"],
    ["2026-9M", "mid-month", "2025-9M", "2024-12-15", "2025-09-14"],
    ["2024-02-01..2024-02-29", "calendar", "2023-02-01..2023-02-28", "2023-02-01", "2023-02-28"],
  ] as const)("%s (%s) → %s", (spec, cutoff, prevSpec, from, to) => {
    const prev = getSamePeriodLastYear(resolvePeriod(spec, { cutoff }));
    expect({ spec: prev.spec, from: prev.from, to: prev.to, cutoff: prev.cutoff }).toEqual({
      spec: prevSpec,
      from,
      to,
      cutoff,
    });
  });
});
