// Scale benchmark of issue 18 (docs/performance.md): registers made by repeating the example province
// (make-registers.mjs), each measurement in its own child process (its peak memory is its own), every ratio
// measured in the same run and printed beside its goal. A benchmark, not a test: a shared machine is noisy.
// Usage: node bench/report.mjs [--rows 100000] [--anchor-rows 10000]   (needs `pnpm build` of core and reporting)
//        node bench/report.mjs --rows 2000 --anchor-rows 500            (the CI smoke: small and fast)
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { makeRegisters } from "./make-registers.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { rows: { type: "string", default: "100000" }, "anchor-rows": { type: "string", default: "10000" } },
});
const rows = Number(values.rows);
const anchorRows = Number(values["anchor-rows"]);
const dir = mkdtempSync(join(tmpdir(), "tiepdan-scale-"));
const node = (script, args) =>
  JSON.parse(
    execFileSync(process.execPath, [join(here, script), ...args], { encoding: "utf8", maxBuffer: 1 << 24 })
      .trim()
      .split("\n")
      .pop(),
  );
const cli = join(here, "../dist/cli/tiepdan.js");
/** The CLI's `validate`, timed from here (process start included, as for a clerk). */
const validate = (file) => {
  const t = performance.now();
  execFileSync(process.execPath, [cli, "validate", file], { encoding: "utf8", maxBuffer: 1 << 26 });
  return { ms: Math.round(performance.now() - t) };
};
/** The CLI's `report --register none --format pdf` of the year, timed from here like `validate`. */
const report = (folder) => {
  const out = mkdtempSync(join(tmpdir(), "tiepdan-report-"));
  try {
    const t = performance.now();
    execFileSync(
      process.execPath,
      [cli, "report", "--cases", join(folder, "so-theo-doi-don.csv"), "--org", join(folder, "don-vi.json")].concat([
        "--period",
        "2026",
        "--register",
        "none",
        "--format",
        "pdf",
        "--out",
        out,
      ]),
      { encoding: "utf8", maxBuffer: 1 << 26, stdio: ["ignore", "pipe", "pipe"] },
    );
    return { ms: Math.round(performance.now() - t) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
};
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const line = (label, value, goal, ok) =>
  console.log(`${label.padEnd(58)} ${value.padEnd(22)} mục tiêu ${goal}${ok ? "" : "  ← CHƯA ĐẠT"}`);

try {
  const big = join(dir, "big");
  const small = join(dir, "anchor");
  await makeRegisters({ rows, out: big });
  await makeRegisters({ rows: anchorRows, out: small });
  console.log(
    `Sổ thử: ${rows.toLocaleString("vi-VN")} và ${anchorRows.toLocaleString("vi-VN")} vụ việc (lặp sổ mẫu tỉnh Minh Sơn)`,
  );

  // Goal 1: the deadline engine.
  const d = node("deadlines-one.mjs", [join(big, "so-theo-doi-don.csv")]);
  line(`1. evaluateCaseDeadlines, ${d.cases} vụ việc`, s(d.evaluateMs), "< 1 s", d.evaluateMs < 1000);

  // Goal 2: report without the register appendix vs validate, same file, both commands timed from here (process
  // start and module loading included, as a clerk runs them); report-one.mjs gives the steps and the peak memory.
  const v = validate(join(big, "so-theo-doi-don.csv"));
  const cliNone = report(big);
  const none = node("report-one.mjs", [big, "none", "pdf"]);
  const r2 = cliNone.ms / v.ms;
  line(
    "2. tiepdan report --register none (PDF) / tiepdan validate",
    `${r2.toFixed(2)}× (${s(cliNone.ms)} / ${s(v.ms)})`,
    "≤ 2,0×",
    r2 <= 2,
  );

  // Goal 3: the default report, every format, full register appendix.
  const all = node("report-one.mjs", [big, "all", "pdf,docx,xlsx"]);
  line(
    "3. report mặc định PDF+DOCX+XLSX, phụ lục đầy đủ",
    `${s(all.ms)}, ${all.peakMB} MB`,
    "đỉnh < 1 536 MB",
    all.peakMB < 1536,
  );

  // Goal 4: the register appendix PDF vs one plain pdfmake table of the same register.
  const plain = node("register-anchor.mjs", [small]);
  const ours = node("report-one.mjs", [small, "all", "pdf"]);
  const r4 = ours.ms / plain.ms;
  line(
    `4. báo cáo PDF có phụ lục (${anchorRows}) / một bảng pdfmake`,
    `${r4.toFixed(2)}× (${s(ours.ms)} / ${s(plain.ms)})`,
    "≤ 1,0× (hướng tới 0,3×)",
    r4 <= 1,
  );

  console.log("\nChi tiết (ms, MB):");
  for (const [name, m] of Object.entries({ deadlines: d, validate: v, report: cliNone, none, all, plain, ours }))
    console.log(`  ${name.padEnd(10)} ${JSON.stringify(m)}`);
  console.log("Mục tiêu 5 (đọc sổ so với csv-parse trần): xem `node bench/bench.mjs`.");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
