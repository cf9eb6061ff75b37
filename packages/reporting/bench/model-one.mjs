// The model and document step alone, repeated (the fastest of N runs is printed: the machine's other work only adds
// time). Usage: node bench/model-one.mjs <folder made by make-registers.mjs> [runs] [register all|open|none]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseOrgFile, preparePeriodicReport } from "../dist/index.js";
import { benchReportInput, readBenchCases } from "./_input.mjs";

const [dir, runs = "5", register = "none"] = process.argv.slice(2);
const { cases, rows } = await readBenchCases(dir);
const org = parseOrgFile(readFileSync(join(dir, "don-vi.json"), "utf8")).org;
const input = benchReportInput({ org, cases, sessions: [], rows, register });
const times = [];
for (let i = 0; i < Number(runs); i++) {
  const t = performance.now();
  preparePeriodicReport(input);
  times.push(Math.round(performance.now() - t));
}
console.log(JSON.stringify({ cases: cases.length, register, ms: times, best: Math.min(...times) }));
