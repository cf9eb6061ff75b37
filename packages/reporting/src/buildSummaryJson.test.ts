import { addCase, addSession, CaseSchema, createStats, resolvePeriod, summarizeStats } from "@tiepdan/core";
import { describe, expect, it } from "vitest";
import { buildSummaryJson } from "./buildSummaryJson.js";

describe("DESIGN.md “Report semantics”: the --summary-json object", () => {
  const period = resolvePeriod("2026-Q1", { cutoff: "mid-month" });
  const stats = createStats({ period, unit: { id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province" } });
  addCase(
    stats,
    CaseSchema.parse({
      id: "1",
      receivedOn: "2026-01-05",
      channel: "letter",
      kinds: ["denunciation"],
      people: 6,
      route: "direct",
      senderName: "Trần Thị B",
    }),
  );
  addSession(stats, { id: "B1", date: "2026-01-15", kind: "scheduled", people: 10 });

  it("has exactly the keys of DESIGN.md, in order, and no identity", () => {
    const json = buildSummaryJson({
      period,
      asOf: "2026-03-14",
      rows: { read: 3, accepted: 2, rejected: 1 },
      summary: summarizeStats(stats),
    });
    expect(json).toMatchInlineSnapshot(`
      {
        "cases": {
          "byKind": {
            "complaint": 0,
            "denunciation": 1,
            "petition": 0,
            "reflection": 0,
          },
          "byRoute": {
            "archive": 0,
            "direct": 1,
            "guide": 0,
            "handle": 0,
          },
          "carriedOver": 0,
          "group": 1,
          "overdue": 1,
          "people": 6,
          "resolved": 0,
          "total": 1,
        },
        "period": {
          "asOf": "2026-03-14",
          "cutoff": "mid-month",
          "from": "2025-12-15",
          "label": "quý I năm 2026",
          "spec": "2026-Q1",
          "to": "2026-03-14",
        },
        "rows": {
          "accepted": 2,
          "read": 3,
          "rejected": 1,
        },
        "sessions": {
          "adHoc": 0,
          "held": 1,
          "monthsShort": [
            "2026-02",
          ],
          "people": 10,
          "required": 3,
          "scheduled": 1,
        },
      }
    `);
    expect(Object.keys(json)).toEqual(["period", "rows", "sessions", "cases"]);
    expect(Object.keys(json.cases)).toEqual([
      "total",
      "byKind",
      "group",
      "people",
      "byRoute",
      "resolved",
      "carriedOver",
      "overdue",
    ]);
    expect(JSON.stringify(json)).not.toContain("Trần Thị B");
  });

  it("refuses row counts that lose a row", () => {
    expect(() =>
      buildSummaryJson({
        period,
        asOf: "2026-03-14",
        rows: { read: 3, accepted: 2, rejected: 0 },
        summary: summarizeStats(stats),
      }),
    ).toThrow(/rows do not add up/);
  });
});
