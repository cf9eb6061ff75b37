import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Case, type Cutoff, type ReceptionSession, resolvePeriod } from "@tiepdan/core";
import { describe, expect, it } from "vitest";
import { EXAMPLE_DIR } from "../../../../examples/generate-minh-son.mjs";
import { readRegisterFiles } from "../intake/registers.js";
import { buildReportModel } from "./buildReportModel.js";
import { parseOrgFile } from "./orgFile.js";
import {
  collectReportStatistics,
  mergeReportStatistics,
  totalFormMeasures,
  totalStatistics,
} from "./reportStatistics.js";

const parsed = parseOrgFile(readFileSync(join(EXAMPLE_DIR, "don-vi.json"), "utf8"));
if (!parsed.ok) throw new Error("example org file");
const org = parsed.org;
const head = org.units.find((u) => u.id === org.reportingUnit);
if (!head) throw new Error("example reporting unit");
const file = (name: string) => ({ name, data: new Uint8Array(readFileSync(join(EXAMPLE_DIR, name))) });

/** Each unit's registers, read as the unit reads them. */
const perUnit = await Promise.all(
  org.units.map(async (u) => {
    const sessions = await readRegisterFiles<ReceptionSession>("sessions", [file(`so-buoi-tiep-${u.id}.csv`)]);
    // Every unit keeps a cases register (the People's Committee's since review s17s F2); read when present.
    const casesFile = `so-theo-doi-don-${u.id}.csv`;
    const cases = existsSync(join(EXAMPLE_DIR, casesFile))
      ? await readRegisterFiles<Case>("cases", [file(casesFile)], { sessionIds: sessions.records.map((s) => s.id) })
      : { records: [] as Case[], recordedFields: undefined };
    return {
      unit: u,
      cases: cases.records,
      sessions: sessions.records,
      fields: (cases.recordedFields ?? []) as (keyof Case)[],
    };
  }),
);
const allCases = perUnit.flatMap((p) => p.cases);
const allSessions = perUnit.flatMap((p) => p.sessions);
const fields = perUnit.find((p) => p.cases.length > 0)?.fields ?? [];

describe("statistics of units add up to the statistics of all their registers (DESIGN.md: a statistics file's roll-up gives the same numbers)", () => {
  it.each([
    ["2026", "calendar"],
    ["2026-03", "calendar"],
    ["2026-Q1", "mid-month"],
    ["2025-H1", "mid-month"],
    ["2025-Q4", "mid-month"],
  ] as const)("%s, %s cutoff", (spec, cutoff) => {
    const period = resolvePeriod(spec, { cutoff: cutoff as Cutoff });
    const all = collectReportStatistics({
      period,
      cases: allCases,
      sessions: allSessions,
      units: org.units,
      reportingUnit: head.id,
      recordedFields: fields,
    });
    const parts = perUnit.map((p) =>
      collectReportStatistics({
        period,
        cases: p.cases,
        sessions: p.sessions,
        units: org.units,
        reportingUnit: p.unit.id,
        recordedFields: p.fields,
      }),
    );
    // Through JSON, as the statistics files travel.
    const merged = mergeReportStatistics(
      parts.map((s) => JSON.parse(JSON.stringify(s))),
      org.units,
    );
    const a = totalStatistics(all, head).summary;
    const b = totalStatistics(merged, head).summary;
    expect(b).toEqual(a);
    expect(a.cases.total + a.sessions.held).toBeGreaterThan(0);
    expect(totalFormMeasures(merged)).toEqual(totalFormMeasures(all));
    // The settlement measures (judged on the result date and the statutory periods) add up too.
    const forms = totalFormMeasures(all);
    expect(forms["settlement.complaint.onTime"] + forms["settlement.denunciation.settled"]).toBeGreaterThan(0);
    expect(merged.units.map((u) => [u.name, u.stats.cases, u.forms, u.months])).toEqual(
      all.units.map((u) => [u.name, u.stats.cases, u.forms, u.months]),
    );
    expect(merged.fields.map((f) => [f.field, f.stats.cases])).toEqual(all.fields.map((f) => [f.field, f.stats.cases]));
    expect(merged.previousYear.stats.cases).toEqual(all.previousYear.stats.cases);
  });
});

describe("the same period of the previous year is compared only when the registers reach back to its first days", () => {
  // The example's registers begin on 02/01/2025 (review s17s F3: the State Q1 2026 report compared itself with
  // 15/12/2024–14/03/2025, a fifth of which the registers do not hold).
  it.each([
    ["2026-Q1", "calendar", true],
    ["2026-03", "calendar", true],
    ["2026-Q1", "mid-month", false],
    ["2026", "mid-month", false],
  ] as const)("%s, %s cutoff: covered %s", (spec, cutoff, covered) => {
    const period = resolvePeriod(spec, { cutoff: cutoff as Cutoff });
    const st = collectReportStatistics({
      period,
      cases: allCases,
      sessions: allSessions,
      units: org.units,
      reportingUnit: org.reportingUnit,
    });
    expect(st.previousYear.covered).toBe(covered);
  });
});

describe("each figure is compared with the previous year of its own register (review s18h F8)", () => {
  it("a cases register of this year only, a sessions register reaching back: the sessions compared, not the cases", () => {
    const registers = {
      period: resolvePeriod("2026-03", { cutoff: "calendar" }),
      cases: allCases.filter((c) => c.receivedOn >= "2026-03-01"),
      sessions: allSessions,
      units: org.units,
      reportingUnit: org.reportingUnit,
    };
    const st = collectReportStatistics(registers);
    expect(st.previousYear).toMatchObject({ covered: true, casesCovered: false, sessionsCovered: true });
    const model = buildReportModel({
      ...registers,
      rows: { read: 0, accepted: 0, rejected: 0, files: 1 },
      register: "none",
    });
    expect(model.comparison).toBeNull();
    expect(model.sessionsComparison?.label).toBe("tháng 3 năm 2025");
    expect(model.comparisonNote).toContain("không có đủ số liệu của cùng kỳ năm trước (tháng 3 năm 2025");
  });
});
