// DESIGN.md "Report semantics" on the Minh Sơn example: the numbers the pipeline computes (intake → core
// statistics → summary JSON) against a count written here independently, from the raw CSV rows read by csv-parse,
// for several periods and both cutoffs. (`overdue` needs the deadline rules and is tested with them in core.)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { addCase, addSession, createStats, type OrgUnitInput, resolvePeriod, summarizeStats } from "@tiepdan/core";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { EXAMPLE_DIR } from "../../../examples/generate-minh-son.mjs";
import { buildSummaryJson } from "../src/buildSummaryJson.js";
import { collectReading, readCasesFile, readSessionsFile } from "../src/node/index.js";

type Row = Record<string, string>;
const readCsv = (file: string): Row[] =>
  parse(readFileSync(join(EXAMPLE_DIR, file)), { bom: true, delimiter: ";", columns: true });
const iso = (dmy: string) => (dmy ? `${dmy.slice(6, 10)}-${dmy.slice(3, 5)}-${dmy.slice(0, 2)}` : "");
const files = readdirSync(EXAMPLE_DIR);
const caseRows = files.filter((f) => f.startsWith("so-theo-doi-don-")).flatMap(readCsv);
const sessionRows = files.filter((f) => f.startsWith("so-buoi-tiep-")).flatMap(readCsv);
const org = JSON.parse(readFileSync(join(EXAMPLE_DIR, "don-vi.json"), "utf8")) as {
  reportingUnit: string;
  units: (OrgUnitInput & { id: string })[];
};
const province = org.units.find((u) => u.id === org.reportingUnit) as OrgUnitInput;

const KIND = {
  "Phản ánh": "reflection",
  "Kiến nghị": "petition",
  "Khiếu nại": "complaint",
  "Tố cáo": "denunciation",
} as const;
const ROUTE = { "Giải quyết": "handle", Chuyển: "direct", "Hướng dẫn": "guide", "Lưu đơn": "archive" } as const;

/** The DESIGN.md numbers, counted from the raw rows with nothing from the library but the period's dates. */
function countByHand(spec: string, cutoff: "calendar" | "mid-month") {
  const { from, to, nominalMonths } = resolvePeriod(spec, { cutoff });
  const asOf = to;
  const inPeriod = caseRows.filter(
    (r) => iso(r["Ngày tiếp nhận"] as string) >= from && iso(r["Ngày tiếp nhận"] as string) <= to,
  );
  const byKind = { reflection: 0, petition: 0, complaint: 0, denunciation: 0 };
  const byRoute = { handle: 0, direct: 0, guide: 0, archive: 0 };
  for (const r of inPeriod) {
    for (const k of new Set((r.Loại as string).split(";").map((x) => x.trim())))
      byKind[KIND[k as keyof typeof KIND]] += 1;
    const route = ROUTE[r["Hướng xử lý"] as keyof typeof ROUTE];
    if (route) byRoute[route] += 1;
  }
  const people = (r: Row) => Number(r["Số người"] || 1);
  const sessions = sessionRows.filter(
    (s) => iso(s["Ngày tiếp"] as string) >= from && iso(s["Ngày tiếp"] as string) <= to,
  );
  const provinceDays = (month: string) =>
    new Set(
      sessionRows
        .filter(
          (s) =>
            s["Đơn vị"] === "Tỉnh ủy Minh Sơn" &&
            s["Loại buổi"] === "Định kỳ" &&
            iso(s["Ngày tiếp"] as string).startsWith(month),
        )
        .map((s) => s["Ngày tiếp"]),
    ).size;
  return {
    sessions: {
      held: sessions.length,
      scheduled: sessions.filter((s) => s["Loại buổi"] === "Định kỳ").length,
      adHoc: sessions.filter((s) => s["Loại buổi"] === "Đột xuất").length,
      people: sessions.reduce((n, s) => n + Number(s["Số lượt người"]), 0),
      required: nominalMonths.length, // the province's head: 1 day a month (QĐ 11-QĐi/TW khoản 1 Điều 4)
      monthsShort: nominalMonths.filter((m) => provinceDays(m) < 1),
    },
    cases: {
      total: inPeriod.length,
      byKind,
      group: inPeriod.filter((r) => people(r) >= 5).length,
      people: inPeriod.reduce((n, r) => n + people(r), 0),
      byRoute,
      resolved: inPeriod.filter((r) => r["Ngày có kết quả"] && iso(r["Ngày có kết quả"] as string) <= asOf).length,
      carriedOver: caseRows.filter((r) => {
        const received = iso(r["Ngày tiếp nhận"] as string);
        const result = iso(r["Ngày có kết quả"] ?? "");
        return received < from && (!result || result >= from);
      }).length,
    },
  };
}

const cases = (
  await Promise.all(
    files
      .filter((f) => f.startsWith("so-theo-doi-don-"))
      .map((f) => collectReading(readCasesFile(join(EXAMPLE_DIR, f)))),
  )
).flatMap((r) => r.records);
const sessions = (
  await Promise.all(
    files
      .filter((f) => f.startsWith("so-buoi-tiep-"))
      .map((f) => collectReading(readSessionsFile(join(EXAMPLE_DIR, f)))),
  )
).flatMap((r) => r.records);

describe("DESIGN.md “Report semantics” on the Minh Sơn example, against an independent count", () => {
  it.each([
    ["2026", "calendar"],
    ["2026", "mid-month"],
    ["2026-Q1", "calendar"],
    ["2026-Q1", "mid-month"],
    ["2026-03", "calendar"],
    ["2026-03", "mid-month"],
    ["2025-H1", "calendar"],
    ["2026-9M", "mid-month"],
    ["2026-02-01..2026-02-28", "calendar"],
  ] as const)("%s, %s cutoff", (spec, cutoff) => {
    const period = resolvePeriod(spec, { cutoff });
    const stats = createStats({ period, unit: province });
    for (const c of cases) addCase(stats, c);
    for (const s of sessions) addSession(stats, s);
    const json = buildSummaryJson({
      period,
      asOf: period.to,
      rows: { read: cases.length, accepted: cases.length, rejected: 0 },
      summary: summarizeStats(stats),
    });
    const { overdue, ...casesWithoutOverdue } = json.cases;
    expect({ sessions: json.sessions, cases: casesWithoutOverdue }).toEqual(countByHand(spec, cutoff));
    expect(overdue).toBeGreaterThan(0);
    expect(json.cases.total).toBeGreaterThan(0);
  });
});
