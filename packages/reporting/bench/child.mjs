// One measured pass, in its own process so that its peak memory is its own: `bare` (csv-parse alone) or
// `ours` (readCasesFile, streaming validation). Prints a JSON line.
import { createReadStream } from "node:fs";
import { parse } from "csv-parse";

const [mode, file] = process.argv.slice(2);
const start = performance.now();
let result;
if (mode === "bare") {
  let records = 0;
  const parser = createReadStream(file).pipe(parse({ delimiter: ";", bom: true }));
  for await (const _ of parser) records += 1;
  result = { records };
} else if (mode === "ours") {
  const { readCasesFile } = await import("../dist/node/index.js");
  const reading = readCasesFile(file);
  for await (const _ of reading) {
    // Records are only counted, from the reading's own row counts below.
  }
  const { rows } = await reading.result();
  result = { records: rows.read, ...rows };
} else {
  throw new RangeError(`bench child: unknown mode ${mode}`);
}
const ms = performance.now() - start;
process.stdout.write(`${JSON.stringify({ ...result, ms, maxRssKb: process.resourceUsage().maxRSS })}\n`);
