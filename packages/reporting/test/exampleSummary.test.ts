// DESIGN.md "Report semantics" on the Minh Sơn example: the numbers the pipeline computes (intake → core
// statistics → summary JSON) against a count written here independently, from the raw CSV rows read by csv-parse,
// for several periods and both cutoffs. (`overdue` needs the deadline rules and is tested with them in core.)
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { addCase, addSession, createStats, resolvePeriod, summarizeStats } from "@tiepdan/core";
import { describe, expect, it } from "vitest";
import { EXAMPLE_DIR } from "../../../examples/generate-minh-son.mjs";
import { buildSummaryJson } from "../src/buildSummaryJson.js";
import { collectReading, readCasesFile, readSessionsFile } from "../src/node/index.js";
import { countByHand, province } from "./exampleCount.js";

const files = readdirSync(EXAMPLE_DIR);

const cases = (
  await Promise.all(
    files
      // The Party committees' cases: the People's Committee's register is the State profile's (review s17s F2).
      .filter((f) => f.startsWith("so-theo-doi-don-") && !f.includes("ubnd"))
      .map((f) => collectReading(readCasesFile(join(EXAMPLE_DIR, f)))),
  )
).flatMap((r) => r.records);
const sessions = (
  await Promise.all(
    files
      // The Party committees' sessions: the People's Committee's are the State profile's (DESIGN.md rule 1).
      .filter((f) => f.startsWith("so-buoi-tiep-") && !f.includes("ubnd"))
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
