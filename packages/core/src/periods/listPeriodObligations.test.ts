import { describe, expect, it } from "vitest";
import { LUAT_TCD_2013_RULES, QD11_2019_RULES, QD11_KL215_RULES } from "../rules/ruleSets.js";
import { listPeriodObligations } from "./listPeriodObligations.js";
import { resolvePeriod } from "./resolvePeriod.js";

const ids = (spec: string, cutoff: "calendar" | "mid-month" = "calendar"): string[] =>
  listPeriodObligations(resolvePeriod(spec, { cutoff })).map((o) => o.id);

describe("QĐ 11-QĐi/TW Điều 3 k8 and Kế hoạch 97-KH/TU mục I.2(4)–(5): what each period serves", () => {
  it.each([
    ["2026-03", ["reportToCentral"], "monthly report; no working session"],
    ["2026-01", ["reportToCentral"], "monthly report"],
    ["2026-Q1", ["reportToCentral", "workingSessions"], "Q1 report and working sessions"],
    ["2026-Q2", [], "Q2 is covered by the 6-month report"],
    ["2026-Q3", [], "Q3 is covered by the 9-month report"],
    ["2026-Q4", [], "Q4 is covered by the yearly report"],
    ["2026-H1", ["reportToCentral", "workingSessions"], "6 months"],
    ["2026-9M", ["reportToCentral", "workingSessions"], "9 months"],
    ["2026", ["reportToCentral", "workingSessions"], "the year"],
    ["2026-03-01..2026-03-20", ["reportToCentral", "workingSessions"], "ad hoc (đột xuất)"],
  ])("%s → %j (%s)", (spec, expected) => {
    expect(ids(spec)).toEqual(expected);
    expect(ids(spec, "mid-month")).toEqual(expected);
  });

  it("the same slots under Quy định 11 as issued (2024)", () => {
    for (const [spec, expected] of [
      ["2024-03", ["reportToCentral"]],
      ["2024-Q1", ["reportToCentral", "workingSessions"]],
      ["2024-Q2", []],
      ["2024-H1", ["reportToCentral", "workingSessions"]],
      ["2024-9M", ["reportToCentral", "workingSessions"]],
      ["2024", ["reportToCentral", "workingSessions"]],
    ] as const) {
      expect(ids(spec)).toEqual(expected);
    }
  });
});

describe("the rule set is the Party one in force on the period's last day", () => {
  it.each([
    ["2025-11", "calendar", QD11_KL215_RULES.reporting[0]?.source.document, "30/11/2025 is after KL 215"],
    ["2025-11", "mid-month", QD11_2019_RULES.reporting[0]?.source.document, "14/11/2025 is before KL 215"],
    ["2025", "calendar", QD11_KL215_RULES.reporting[0]?.source.document, "31/12/2025"],
    ["2025", "mid-month", QD11_KL215_RULES.reporting[0]?.source.document, "14/12/2025"],
    ["2025-9M", "calendar", QD11_2019_RULES.reporting[0]?.source.document, "30/09/2025"],
    ["2025-10", "calendar", QD11_2019_RULES.reporting[0]?.source.document, "31/10/2025"],
    ["2025-11-01..2025-11-22", "calendar", QD11_2019_RULES.reporting[0]?.source.document, "ends 22/11/2025"],
    ["2025-11-01..2025-11-23", "calendar", QD11_KL215_RULES.reporting[0]?.source.document, "ends 23/11/2025"],
  ] as const)("%s (%s cutoff) cites %s (%s)", (spec, cutoff, document, _why) => {
    const [report] = listPeriodObligations(resolvePeriod(spec, { cutoff }));
    expect(report?.source.document).toBe(document);
  });

  it("cites the amended clause in 2026", () => {
    expect(
      listPeriodObligations(resolvePeriod("2026-Q1")).map((o) => [o.id, o.source.document, o.source.clause]),
    ).toMatchInlineSnapshot(`
        [
          [
            "reportToCentral",
            "Quy định 11-QĐi/TW, sửa đổi theo Kết luận 215-KL/TW",
            "khoản 8 Điều 3",
          ],
          [
            "workingSessions",
            "Kế hoạch 97-KH/TU (Kon Tum)",
            "mục I.2(4)",
          ],
        ]
      `);
  });

  it("lists no obligation for a period that ends before Quy định 11 (18/02/2019)", () => {
    expect(listPeriodObligations(resolvePeriod("2019-01"))).toEqual([]);
    expect(listPeriodObligations(resolvePeriod("2019-02-01..2019-02-17"))).toEqual([]);
    expect(listPeriodObligations(resolvePeriod("2019-02-01..2019-02-18")).map((o) => o.id)).toEqual([
      "reportToCentral",
      "workingSessions",
    ]);
  });
});

describe("listPeriodObligations: a forced rule set", () => {
  it("uses the rule set given instead of the one in force", () => {
    expect(listPeriodObligations(resolvePeriod("2026-Q1"), { ruleSet: LUAT_TCD_2013_RULES })).toEqual([]);
    expect(listPeriodObligations(resolvePeriod("2010"), { ruleSet: QD11_2019_RULES }).map((o) => o.id)).toEqual([
      "reportToCentral",
      "workingSessions",
    ]);
  });

  it("matches the quarter slot for Q2–Q4 and both Q1 and quarter for the first quarter", () => {
    const ruleSet = {
      ...QD11_2019_RULES,
      reporting: [
        {
          id: "quarterly",
          label: "Báo cáo quý",
          slots: ["quarter" as const],
          source: QD11_2019_RULES.scheduledOnlySource,
        },
        {
          id: "firstQuarter",
          label: "Báo cáo quý I",
          slots: ["Q1" as const],
          source: QD11_2019_RULES.scheduledOnlySource,
        },
      ],
    };
    expect(listPeriodObligations(resolvePeriod("2026-Q1"), { ruleSet }).map((o) => o.id)).toEqual([
      "quarterly",
      "firstQuarter",
    ]);
    for (const spec of ["2026-Q2", "2026-Q3", "2026-Q4"]) {
      expect(listPeriodObligations(resolvePeriod(spec), { ruleSet }).map((o) => o.id)).toEqual(["quarterly"]);
    }
    expect(listPeriodObligations(resolvePeriod("2026-H1"), { ruleSet })).toEqual([]);
  });
});
