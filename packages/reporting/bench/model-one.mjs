// The model and document step alone, repeated (the fastest of N runs is printed: the machine's other work only adds
// time). Usage: node bench/model-one.mjs <folder made by make-registers.mjs> [runs] [register all|open|none]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { resolvePeriod } from "@tiepdan/core";
import { parseOrgFile, preparePeriodicReport } from "../dist/index.js";
import { readCasesFile } from "../dist/node/index.js";

const [dir, runs = "5", register = "none"] = process.argv.slice(2);
const cases = [];
const reading = readCasesFile(join(dir, "so-theo-doi-don.csv"));
for await (const c of reading) cases.push(c);
const { rows } = await reading.result();
const org = parseOrgFile(readFileSync(join(dir, "don-vi.json"), "utf8")).org;
const period = resolvePeriod("2026");
const times = [];
for (let i = 0; i < Number(runs); i++) {
  const t = performance.now();
  preparePeriodicReport({
    period,
    asOf: period.to,
    date: period.to,
    profile: "party",
    org,
    draftNotes: [],
    cases,
    sessions: [],
    rows: { ...rows, files: 1 },
    recordedFields: ["notifiedOn", "acceptedOn", "resultOn"],
    register,
  });
  times.push(Math.round(performance.now() - t));
}
console.log(JSON.stringify({ cases: cases.length, register, ms: times, best: Math.min(...times) }));
