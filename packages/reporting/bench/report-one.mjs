// One measured report run in its own process (the CLI's steps, from the built package), with the heap and resident
// memory after each step: reading, model and document IR, PDF, DOCX, XLSX. Usage:
//   node bench/report-one.mjs <folder made by make-registers.mjs> <register all|open|none> <formats> [--phases]
// Prints a JSON line: time of each step, peak resident memory (maxRSS) and, with --phases, memory after each step.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderDocx } from "../dist/docx/index.js";
import { parseOrgFile, preparePeriodicReport } from "../dist/index.js";
import { readDefaultFonts, readSessionsFile } from "../dist/node/index.js";
import { renderPdf } from "../dist/pdf/index.js";
import { writeStatWorkbook } from "../dist/xlsx/index.js";
import { benchReportInput, readBenchCases } from "./_input.mjs";

const [dir, register = "all", formatList = "pdf,docx,xlsx", ...flags] = process.argv.slice(2);
const formats = formatList.split(",");
const phases = {};
const memory = {};
const mb = (n) => Math.round(n / 1048576);
let last = performance.now();
const step = (name) => {
  const now = performance.now();
  phases[name] = Math.round(now - last);
  last = now;
  if (flags.includes("--phases")) {
    globalThis.gc?.();
    const m = process.memoryUsage();
    memory[name] = { heapMB: mb(m.heapUsed), rssMB: mb(m.rss), externalMB: mb(m.external + m.arrayBuffers) };
  }
};
const t0 = performance.now();
const { cases, rows } = await readBenchCases(dir);
const sessions = [];
for (const f of ["phuong-dong-thanh", "tu-minh-son", "xa-an-binh", "xa-hoa-lac", "xa-ngoc-linh", "xa-suoi-da"]) {
  const r = readSessionsFile(join(dir, `so-buoi-tiep-${f}.csv`));
  for await (const s of r) sessions.push(s);
}
step("read");
const org = parseOrgFile(readFileSync(join(dir, "don-vi.json"), "utf8")).org;
const prepared = preparePeriodicReport(benchReportInput({ org, cases, sessions, rows, register }));
step("model+document");
const sizes = {};
if (formats.includes("pdf")) {
  sizes.pdf = (
    await renderPdf(prepared.doc, { fonts: await readDefaultFonts(), provenance: prepared.provenance })
  ).length;
  step("pdf");
}
if (formats.includes("docx")) {
  sizes.docx = (await renderDocx(prepared.doc, { provenance: prepared.provenance })).length;
  step("docx");
}
if (formats.includes("xlsx")) {
  sizes.xlsx = (await writeStatWorkbook(prepared.model.tables, prepared.workbook)).length;
  step("xlsx");
}
process.stdout.write(
  `${JSON.stringify({ cases: cases.length, register, formats, ms: Math.round(performance.now() - t0), peakMB: Math.round(process.resourceUsage().maxRSS / 1024), phases, memory, sizes })}\n`,
);
