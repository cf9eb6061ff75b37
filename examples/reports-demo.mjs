// @ts-check
// Second part of `pnpm demo`: the clerk's job on the Minh Sơn example, with the real command line — the year report
// and the Q1 report of 2026, Party and State format, PDF, DOCX and the statistical tables as Excel, each with its
// summary JSON, written to examples/out/.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const example = join(here, "minh-son");
const out = join(here, "out");
const cli = join(
  dirname(createRequire(import.meta.url).resolve("@tiepdan/reporting/package.json")),
  "dist/cli/tiepdan.js",
);
const files = readdirSync(example);
const cases = files.filter((f) => f.startsWith("so-theo-doi-don-")).map((f) => join(example, f));
const sessions = files.filter((f) => f.startsWith("so-buoi-tiep-")).map((f) => join(example, f));
mkdirSync(out, { recursive: true });

process.stdout.write("\n━━ 7. Báo cáo định kỳ của Tỉnh ủy Minh Sơn (tiepdan report) ━━\n");
for (const period of ["2026", "2026-Q1"]) {
  for (const profile of ["party", "state"]) {
    const name = profile === "party" ? "dang" : "nha-nuoc";
    const args = [
      cli,
      "report",
      "--cases",
      ...cases,
      "--sessions",
      ...sessions,
      "--period",
      period,
      "--profile",
      profile,
      "--org",
      join(example, "don-vi.json"),
      "--narrative",
      join(example, "tuong-thuat-2026.txt"),
      "--format",
      "pdf,docx,xlsx",
      "--out",
      out,
      "--summary-json",
      join(out, `tom-tat-${period}-${name}.json`),
    ];
    process.stdout.write(`\n$ tiepdan report --period ${period} --profile ${profile} … --out examples/out\n`);
    const run = spawnSync(process.execPath, args, { encoding: "utf8" });
    process.stdout.write(run.stdout);
    if (run.status !== 0) {
      process.stderr.write(run.stderr);
      throw new Error(`tiepdan report exited with ${run.status}`);
    }
  }
}
process.stdout.write("\nTệp đã ghi:\n");
for (const f of readdirSync(out).sort()) {
  process.stdout.write(`  • examples/out/${f} (${statSync(join(out, f)).size.toLocaleString("vi-VN")} byte)\n`);
}
