// @ts-check
// Second part of `pnpm demo`: the clerk's job on the Minh Sơn example, with the real command line — the year report
// and the Q1 report of 2026, Party and State format, PDF, DOCX and the statistical tables as Excel, each with its
// summary JSON; the year's compliance report; the per-case documents of March 2026 — written to examples/out/.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
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
      join(example, profile === "state" ? "tuong-thuat-2026-nha-nuoc.txt" : "tuong-thuat-2026.txt"),
      "--format",
      "pdf,docx,xlsx",
      "--out",
      out,
      "--summary-json",
      join(out, `tom-tat-${period}-${name}.json`),
      // The People's Committee's reports count deadlines with the province's own day off (15/10/2026).
      ...(profile === "state" ? ["--days-off", join(example, "ngay-nghi.csv")] : []),
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
/** Runs the built CLI, echoing its command line and what it prints. */
function tiepdan(/** @type {string[]} */ args, /** @type {string} */ shown) {
  process.stdout.write(`\n$ tiepdan ${shown}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
  process.stdout.write(r.stdout);
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    throw new Error(`tiepdan ${args[0]} exited with ${r.status}`);
  }
}
const registers = ["--cases", ...cases, "--sessions", ...sessions, "--org", join(example, "don-vi.json")];

process.stdout.write("\n━━ 8. Rà soát việc thực hiện quy định năm 2026 (tiepdan compliance) ━━\n");
for (const profile of ["party", "state"]) {
  tiepdan(
    ["compliance", ...registers, "--period", "2026", "--profile", profile, "--out", out],
    `compliance --period 2026 --profile ${profile} … --out examples/out`,
  );
}

process.stdout.write("\n━━ 9. Văn bản cho từng vụ việc tháng 3/2026 (tiepdan notices) ━━\n");
// Party format for the whole month; State format for its first three weeks (a date range).
for (const [profile, period] of /** @type {const} */ ([
  ["party", "2026-03"],
  ["state", "2026-03-02..2026-03-20"],
])) {
  for (const kind of ["receipt", "guidance", "transfer"]) {
    const to = join(out, `van-ban-vu-viec-${profile === "party" ? "dang" : "nha-nuoc"}`);
    tiepdan(
      ["notices", "--kind", kind, ...registers, "--period", period, "--profile", profile, "--out", to],
      `notices --kind ${kind} --period ${period} --profile ${profile} … --out examples/out/${basename(to)}`,
    );
  }
}

process.stdout.write("\n━━ 10. Lịch tiếp dân năm 2027 để công bố (tiepdan schedule) ━━\n");
for (const profile of ["party", "state"]) {
  tiepdan(
    [
      "schedule",
      "--year",
      "2027",
      "--org",
      join(example, "don-vi.json"),
      "--weekday",
      "5",
      "--place",
      "Trụ sở Tiếp công dân tỉnh Minh Sơn",
      "--profile",
      profile,
      "--out",
      out,
    ],
    `schedule --year 2027 --weekday 5 --place "Trụ sở Tiếp công dân tỉnh Minh Sơn" --profile ${profile} … --out examples/out`,
  );
}

process.stdout.write(
  "\n━━ 11. Tổng hợp từ tệp số liệu của các đơn vị (tiepdan report --stats-out, tiepdan rollup) ━━\n",
);
// Each Party committee makes its own report for 2026-Q1 and sends so-lieu.json (no name, address or content); the
// province adds the six files up: the numbers must be those of the report from all the registers (the People's
// Committee's register is the State side's, left out of a Party report either way).
const statsDir = join(out, "so-lieu");
mkdirSync(statsDir, { recursive: true });
const org = JSON.parse(readFileSync(join(example, "don-vi.json"), "utf8"));
const statsFiles = [];
for (const unit of org.units.filter((/** @type {{ side?: string }} */ u) => u.side !== "state")) {
  const unitOrg = join(statsDir, `don-vi-${unit.id}.json`);
  writeFileSync(unitOrg, `${JSON.stringify({ ...org, reportingUnit: unit.id }, null, 2)}\n`);
  const file = join(statsDir, `so-lieu-${unit.id}.json`);
  statsFiles.push(file);
  tiepdan(
    [
      "report",
      "--cases",
      join(example, `so-theo-doi-don-${unit.id}.csv`),
      "--sessions",
      join(example, `so-buoi-tiep-${unit.id}.csv`),
      "--org",
      unitOrg,
      "--period",
      "2026-Q1",
      "--format",
      "xlsx",
      "--out",
      join(statsDir, unit.id),
      "--stats-out",
      file,
    ],
    `report --cases so-theo-doi-don-${unit.id}.csv … --period 2026-Q1 --stats-out examples/out/so-lieu/so-lieu-${unit.id}.json`,
  );
}
const rolledUp = join(out, "tom-tat-tong-hop-2026-Q1-dang.json");
tiepdan(
  [
    "rollup",
    "--stats",
    ...statsFiles,
    "--org",
    join(example, "don-vi.json"),
    "--narrative",
    join(example, "tuong-thuat-2026.txt"),
    "--period",
    "2026-Q1",
    "--format",
    "pdf,xlsx",
    "--out",
    join(out, "tong-hop"),
    "--summary-json",
    rolledUp,
  ],
  "rollup --stats examples/out/so-lieu/so-lieu-*.json --org don-vi.json --narrative tuong-thuat-2026.txt --period 2026-Q1 … --out examples/out/tong-hop",
);
const numbers = (/** @type {string} */ path) => {
  const { period, sessions, cases } = JSON.parse(readFileSync(path, "utf8"));
  return JSON.stringify({ period, sessions, cases });
};
if (numbers(rolledUp) !== numbers(join(out, "tom-tat-2026-Q1-dang.json"))) {
  throw new Error("The roll-up of the six statistics files differs from the report of all the registers");
}
process.stdout.write("Số liệu tổng hợp trùng khớp với báo cáo lập từ tất cả các sổ.\n");

process.stdout.write("\n━━ 12. Thư mục để bắt đầu ghi sổ (tiepdan init) ━━\n");
tiepdan(["init", join(out, "bat-dau"), "--force"], "init examples/out/bat-dau --force");

process.stdout.write("\nTệp đã ghi:\n");
for (const f of readdirSync(out).sort()) {
  const st = statSync(join(out, f));
  process.stdout.write(
    st.isDirectory()
      ? `  • examples/out/${f}/ (${readdirSync(join(out, f), { recursive: true }).length.toLocaleString("vi-VN")} mục)\n`
      : `  • examples/out/${f} (${st.size.toLocaleString("vi-VN")} byte)\n`,
  );
}
