// @ts-check
// Pictures for the clerks' guide (docs/huong-dan-can-bo.md), in docs/guide/: a page of each document the demo wrote,
// the Excel tables as LibreOffice shows them, and each kind of message a clerk may read, exactly as `tiepdan` prints
// it. Run after `pnpm demo` (needs poppler-utils and LibreOffice):  node examples/guide-pictures.mjs
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const example = join(here, "minh-son");
const demo = join(here, "out");
const guide = join(here, "..", "docs", "guide");
const cli = join(
  dirname(createRequire(import.meta.url).resolve("@tiepdan/reporting/package.json")),
  "dist/cli/tiepdan.js",
);
mkdirSync(guide, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), "tiepdan-guide-"));
const lo = [`-env:UserInstallation=file://${join(tmp, "lo")}`, "--headless", "--convert-to", "pdf", "--outdir", tmp];

/** A page of a PDF as a PNG (60 dpi); `height` crops it (pixels at 80 dpi) for a short text. */
function page(/** @type {string} */ pdf, /** @type {number} */ n, /** @type {string} */ name, height = 0) {
  const crop = height > 0 ? ["-r", "80", "-x", "0", "-y", "0", "-W", "661", "-H", String(height)] : ["-r", "60"];
  execFileSync("pdftoppm", ["-png", ...crop, "-f", String(n), "-l", String(n), "-singlefile", pdf, join(guide, name)]);
}

/** The first page of a PDF whose text matches. */
function pageWith(/** @type {string} */ pdf, /** @type {RegExp} */ marker) {
  const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
  const i = pages.findIndex((p) => marker.test(p));
  if (i < 0) throw new Error(`${marker} not found in ${pdf}`);
  return i + 1;
}

// 1. Documents (the periodic report's pages are in docs/reports/).
page(join(demo, "ra-soat-2026-dang.pdf"), 1, "ra-soat-trang-1");
page(
  join(demo, "ra-soat-2026-dang.pdf"),
  pageWith(join(demo, "ra-soat-2026-dang.pdf"), /3\. Thời hạn/),
  "ra-soat-thoi-han",
);
const notices = join(demo, "van-ban-vu-viec-dang");
for (const folder of readdirSync(notices).sort()) {
  const files = readdirSync(join(notices, folder))
    .filter((f) => f.endsWith(".pdf"))
    .sort();
  // For the transfer slip, show a denunciation's: the identity withheld.
  const pick =
    files.find(
      (f) =>
        folder.startsWith("phieu-chuyen-don") &&
        /Điều 56/.test(execFileSync("pdftotext", [join(notices, folder, f), "-"], { encoding: "utf8" })),
    ) ?? files[0];
  if (pick) page(join(notices, folder, pick), 1, folder.replace(/-\d{4}.*$/, ""));
}
page(join(demo, "lich-tiep-dan-2027-dang.pdf"), 1, "lich-tiep-dan-trang-1");
page(
  join(demo, "lich-tiep-dan-2027-dang.pdf"),
  pageWith(join(demo, "lich-tiep-dan-2027-dang.pdf"), /Tháng 1|Tháng 01|Cả năm/),
  "lich-tiep-dan-bang",
);
execFileSync("soffice", [...lo, join(demo, "bao-cao-2026-Q1-dang.xlsx")], { stdio: "ignore" });
page(
  join(tmp, "bao-cao-2026-Q1-dang.pdf"),
  pageWith(join(tmp, "bao-cao-2026-Q1-dang.pdf"), /XỬ LÝ ĐƠN/),
  "excel-xu-ly-don",
);

execFileSync("soffice", [...lo, join(demo, "bat-dau", "so-theo-doi-don.xlsx")], { stdio: "ignore" });
page(join(tmp, "so-theo-doi-don.pdf"), pageWith(join(tmp, "so-theo-doi-don.pdf"), /Bắt buộc/), "so-mau-excel");

// 2. Messages, exactly as printed (78 columns wide), set in a monospace font by LibreOffice.
const bad = join(tmp, "so-loi");
mkdirSync(bad, { recursive: true });
const lines = readFileSync(join(example, "so-theo-doi-don-xa-an-binh.csv"), "utf8").split("\r\n").slice(0, 8);
const cells = lines.map((l) => l.split(";"));
/** @type {(row: number, col: number, value: string) => void} */
const set = (row, col, value) => {
  const r = cells[row];
  if (r) r[col] = value;
};
set(2, 1, "31/02/2026"); // a date that does not exist
set(3, 3, "Tố giác"); // a kind that is not one of the four
set(4, 7, "năm"); // a number of people in words
set(5, 0, cells[1]?.[0] ?? ""); // a repeated Mã số
writeFileSync(join(bad, "so-theo-doi-don.csv"), `\uFEFF${cells.map((c) => c.join(";")).join("\r\n")}\r\n`);
writeFileSync(
  join(bad, "don-vi.json"),
  JSON.stringify({ reportingUnit: "tinh-uy", units: [{ id: "tu", name: "Tỉnh ủy", level: "province" }] }),
);

/** @type {[string, string[]][]} */
const messages = [
  ["loi-kiem-tra-so", ["validate", join(bad, "so-theo-doi-don.csv")]],
  [
    "loi-khong-lap-bao-cao",
    ["report", "--cases", join(bad, "so-theo-doi-don.csv"), "--period", "2026-Q1", "--out", join(bad, "out")],
  ],
  [
    "loi-ky-bao-cao",
    ["report", "--cases", join(bad, "so-theo-doi-don.csv"), "--period", "2026-Q5", "--out", join(bad, "out")],
  ],
  [
    "loi-tep-don-vi",
    [
      "report",
      "--cases",
      join(example, "so-theo-doi-don-xa-an-binh.csv"),
      "--period",
      "2026-Q1",
      "--org",
      join(bad, "don-vi.json"),
      "--out",
      join(bad, "out"),
    ],
  ],
];
for (const [name, args] of messages) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", env: { ...process.env, COLUMNS: "78" } });
  const shown = args.map((a) => (a.startsWith(tmp) || a.startsWith(example) ? a.slice(a.lastIndexOf("/") + 1) : a));
  const text = `$ tiepdan ${shown.join(" ")}\n${r.stdout}${r.stderr}(mã thoát ${r.status})\n`.replaceAll(tmp, "…");
  writeFileSync(join(tmp, `${name}.txt`), text);
  execFileSync("soffice", [...lo, join(tmp, `${name}.txt`)], { stdio: "ignore" });
  const rows = text.split("\n").length;
  page(join(tmp, `${name}.pdf`), 1, name, Math.min(930, 80 + rows * 16));
}

// 3. The walk-through of the clerks' guide ("Từ sổ điền tay đến văn bản trình ký"): the register of
// examples/so-tay-can-bo as first filled by hand, the messages of the first run, then the documents once the clerk
// has made the three corrections the messages asked for — nothing edited in the documents themselves.
const hand = join(here, "so-tay-can-bo");
const fixed = join(tmp, "so-tay");
mkdirSync(fixed, { recursive: true });
for (const f of readdirSync(hand)) writeFileSync(join(fixed, f), readFileSync(join(hand, f)));
/** Runs tiepdan in a folder and pictures what it printed, as a clerk reads it. */
function said(/** @type {string} */ name, /** @type {string} */ cwd, /** @type {string[]} */ args) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, COLUMNS: "78" },
  });
  const shown = args.map((a) => (/\s/.test(a) ? `"${a}"` : a));
  const text = `$ tiepdan ${shown.join(" ")}\n${r.stdout}${r.stderr}(mã thoát ${r.status})\n`.replaceAll(tmp, "…");
  writeFileSync(join(tmp, `${name}.txt`), text);
  execFileSync("soffice", [...lo, join(tmp, `${name}.txt`)], { stdio: "ignore" });
  const rows = text.split("\n").reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 74)), 0);
  page(join(tmp, `${name}.pdf`), 1, name, Math.min(1100, 80 + rows * 17));
}
const org = ["--org", "don-vi.json"];
said("so-tay-lan-dau", hand, [
  "report",
  "--cases",
  "so-theo-doi-don.csv",
  ...org,
  "--narrative",
  "tuong-thuat.txt",
  "--period",
  "quý I/2026",
  "--out",
  join(tmp, "nhap"),
]);
// The three corrections: the typo in TD-002's “Đơn vị”, the narrative's placeholder, and --sessions added.
const cases = join(fixed, "so-theo-doi-don.csv");
writeFileSync(cases, readFileSync(cases, "utf8").replace(";Xã An Bìn;", ";Xã An Bình;"));
const narrative = join(fixed, "tuong-thuat.txt");
writeFileSync(
  narrative,
  readFileSync(narrative, "utf8").replace(
    /\[Nêu ưu điểm[^\]]*\]/,
    "Việc tiếp dân định kỳ của Bí thư Tỉnh ủy được duy trì hằng tháng; vụ việc về bồi thường, hỗ trợ, tái định cư còn kéo dài, cần tập trung giải quyết.",
  ),
);
const run = ["--cases", "so-theo-doi-don.csv", "--sessions", "so-buoi-tiep-dan.csv", ...org, "--period", "quý I/2026"];
said("so-tay-lan-hai", fixed, ["report", ...run, "--narrative", "tuong-thuat.txt", "--out", "bao-cao"]);
spawnSync(
  process.execPath,
  [cli, "report", ...run, "--narrative", "tuong-thuat.txt", "--profile", "state", "--out", "bao-cao"],
  { cwd: fixed },
);
said("so-tay-thong-bao", fixed, ["notices", "--kind", "receipt", ...run, "--out", "bao-cao"]);
const dang = join(fixed, "bao-cao", "bao-cao-2026-Q1-dang.pdf");
page(dang, pageWith(dang, /Nơi nhận/), "so-tay-dang-ky-ten");
page(join(fixed, "bao-cao", "bao-cao-2026-Q1-nha-nuoc.pdf"), 1, "so-tay-nha-nuoc-trang-1");
page(join(fixed, "bao-cao", "thong-bao-tiep-nhan-2026-Q1", "thong-bao-tiep-nhan-TD-001.pdf"), 1, "so-tay-thong-bao-xa");
page(
  join(fixed, "bao-cao", "thong-bao-tiep-nhan-2026-Q1", "thong-bao-tiep-nhan-TD-004.pdf"),
  1,
  "so-tay-thong-bao-du-thao",
);
execFileSync("soffice", [...lo, join(fixed, "bao-cao", "bao-cao-2026-Q1-dang.docx")], { stdio: "ignore" });
page(join(tmp, "bao-cao-2026-Q1-dang.pdf"), 1, "so-tay-dang-docx-trang-1");

rmSync(tmp, { recursive: true, force: true });
process.stdout.write(`Pictures written to ${guide}\n`);
