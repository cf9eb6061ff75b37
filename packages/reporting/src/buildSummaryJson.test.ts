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

  it("has the keys of DESIGN.md, in order, then the months judged, and no identity", () => {
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
        "judged": {
          "days": 1,
          "from": "2026-01-01",
          "months": [
            "2026-01",
            "2026-02",
          ],
          "required": 2,
          "to": "2026-02-28",
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
    expect(Object.keys(json)).toEqual(["period", "rows", "sessions", "cases", "judged"]);
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

  it("review s18b F8: `judged` gives the minimum of the months ended by the as-of date, as the document's sentence does", () => {
    const summary = summarizeStats(stats);
    const json = buildSummaryJson({ period, asOf: "2026-03-14", rows: { read: 1, accepted: 1, rejected: 0 }, summary });
    // The State quarter ends on 14/03: March is not ended, so two months are judged (minimum 2 days, not 3).
    expect(json.judged).toEqual({
      months: ["2026-01", "2026-02"],
      from: "2026-01-01",
      to: "2026-02-28",
      required: 2,
      days: 1,
    });
    expect(summary.sessions.required).toBe(3);
    // Without a unit (or a sessions register) nothing is judged: no `judged`, as `required` is null.
    const unitless = createStats({ period });
    const none = buildSummaryJson({
      period,
      asOf: "2026-03-14",
      rows: { read: 0, accepted: 0, rejected: 0 },
      summary: summarizeStats(unitless),
    });
    expect(none.sessions.required).toBeNull();
    expect(none).not.toHaveProperty("judged");
  });

  it("review s20 R9: `judged` says the days it counts (whole calendar months), which may reach outside the period", () => {
    // 20/01–28/02: January and February are judged whole, so a session of 15/01 counts in `judged.days` and not in
    // `sessions.scheduled`; the JSON says so by its dates.
    const adHoc = resolvePeriod("2026-01-20..2026-02-28");
    const s = createStats({ period: adHoc, unit: { id: "u", name: "Đảng ủy xã An Bình", level: "commune" } });
    addSession(s, { id: "B1", date: "2026-01-15", kind: "scheduled", host: "Bí thư" });
    addSession(s, { id: "B2", date: "2026-02-10", kind: "scheduled", host: "Bí thư" });
    const json = buildSummaryJson({
      period: adHoc,
      asOf: "2026-02-28",
      rows: { read: 2, accepted: 2, rejected: 0 },
      summary: summarizeStats(s),
    });
    expect(json.sessions.scheduled).toBe(1);
    expect(json.judged).toMatchObject({
      months: ["2026-01", "2026-02"],
      from: "2026-01-01",
      to: "2026-02-28",
      days: 2,
    });
    expect(json.period).toMatchObject({ from: "2026-01-20", to: "2026-02-28" });
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
