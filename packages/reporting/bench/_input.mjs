// What the one-step benchmarks share: the cases register of a folder made by make-registers.mjs, read as the CLI
// reads it, and the periodic report's input for the year 2026, Party profile.
import { join } from "node:path";
import { resolvePeriod } from "@tiepdan/core";
import { readCasesFile } from "../dist/node/index.js";

/** The cases of `<dir>/so-theo-doi-don.csv` and the reading's row counts. */
export async function readBenchCases(dir) {
  const cases = [];
  const reading = readCasesFile(join(dir, "so-theo-doi-don.csv"));
  for await (const c of reading) cases.push(c);
  const { rows } = await reading.result();
  return { cases, rows };
}

/** The input of `preparePeriodicReport` for the benchmark's year. */
export function benchReportInput({ org, cases, sessions, rows, register }) {
  const period = resolvePeriod("2026");
  return {
    period,
    asOf: period.to,
    date: period.to,
    profile: "party",
    org,
    draftNotes: [],
    cases,
    sessions,
    rows: { ...rows, files: 1 },
    recordedFields: ["notifiedOn", "acceptedOn", "resultOn"],
    register,
  };
}
