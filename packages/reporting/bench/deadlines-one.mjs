// One measurement of the deadline engine: reads a cases register (readCasesFile from the built package), then
// times core's evaluateCaseDeadlines over every case (with their explanations) and isCaseOverdue (the statistics'
// question). Usage: node deadlines-one.mjs <cases.csv> <asOf>. Prints a JSON line.
import { evaluateCaseDeadlines, isCaseOverdue } from "@tiepdan/core";
import { readCasesFile } from "../dist/node/index.js";

const [file, asOf = "2026-12-31"] = process.argv.slice(2);
const cases = [];
const reading = readCasesFile(file);
for await (const c of reading) cases.push(c);
const time = (f) => {
  const t = performance.now();
  const r = f();
  return { ms: Math.round(performance.now() - t), r };
};
// The first pass builds the working-day index of each year; the second is the steady state.
const first = time(() => {
  let n = 0;
  for (const c of cases) n += evaluateCaseDeadlines(c, asOf).length;
  return n;
});
const evaluate = time(() => {
  let n = 0;
  for (const c of cases) n += evaluateCaseDeadlines(c, asOf).length;
  return n;
});
const overdue = time(() => {
  let n = 0;
  for (const c of cases) if (isCaseOverdue(c, asOf)) n += 1;
  return n;
});
process.stdout.write(
  `${JSON.stringify({ cases: cases.length, deadlines: evaluate.r, overdue: overdue.r, firstMs: first.ms, evaluateMs: evaluate.ms, overdueMs: overdue.ms, peakMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
);
