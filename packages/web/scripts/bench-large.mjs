// Issue 18 goal 6, measured: the built page (run `pnpm web:build` first) in Debian's chromium with a generated
// province register of N rows (60,000 by default; reporting/bench/make-registers.mjs), year 2026, register
// appendix "all cases": the time to read the files, to make the documents, and to make each download (report PDF,
// DOCX, XLSX), the worker's reported progress labels, and whether the tab survived. A benchmark, not a test.
// Usage: node scripts/bench-large.mjs [--rows 60000]
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { makeRegisters } from "../../reporting/bench/make-registers.mjs";
import { launchChromium } from "./chromium.mjs";

const { values } = parseArgs({ options: { rows: { type: "string", default: "60000" } } });
const rows = Number(values.rows);
const PAGE = fileURLToPath(new URL("../dist/tiep-dan.html", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "tiepdan-web-large-"));
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
let browser;
try {
  await makeRegisters({ rows, out: dir });
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".csv") || f === "don-vi.json")
    .map((f) => join(dir, f));
  browser = await launchChromium();
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
  let crashed = false;
  page.on("crash", () => {
    crashed = true;
  });
  const labels = new Set();
  await page.goto(pathToFileURL(PAGE).href);
  await page.waitForFunction(() => globalThis.__tiepdanReady === true);

  let t = performance.now();
  await page.setInputFiles("#file", files);
  await page.waitForSelector("#files-summary", { timeout: 600_000 });
  const read = performance.now() - t;

  await page.click("#step-report");
  await page.selectOption("#period-kind", "year");
  await page.fill("#period-year", "2026");
  await page.selectOption("#register", "all");
  const warning = (await page.locator("#memory-warning").count()) > 0;
  t = performance.now();
  await page.click("#generate");
  // The progress label, read without waiting for it (it is absent between stages); a failed read is reported.
  const watchErrors = [];
  const watch = setInterval(() => {
    page
      .evaluate(() => document.querySelector("#progress-card label")?.textContent ?? null)
      .then((l) => l && labels.add(l.trim()))
      .catch((e) => watchErrors.push(e.message));
  }, 500);
  await page.waitForSelector("#result, #message.error", { timeout: 1_200_000 });
  const generate = performance.now() - t;
  const error = (await page.locator("#message.error").count()) > 0 ? await page.textContent("#message.error") : null;

  const downloads = {};
  if (!error) {
    for (const id of ["report-pdf", "report-docx", "report-xlsx"]) {
      t = performance.now();
      const [d] = await Promise.all([page.waitForEvent("download", { timeout: 1_200_000 }), page.click(`#dl-${id}`)]);
      const path = await d.path();
      downloads[id] = { ms: Math.round(performance.now() - t), bytes: statSync(path).size };
    }
  }
  clearInterval(watch);
  console.log(`Trang web, ${rows.toLocaleString("vi-VN")} vụ việc, phụ lục tất cả vụ việc:`);
  console.log(`  đọc tệp: ${s(read)}; lập báo cáo: ${s(generate)}${warning ? " (trang đã cảnh báo bộ nhớ)" : ""}`);
  if (error) console.log(`  lỗi: ${error}`);
  for (const [id, d] of Object.entries(downloads))
    console.log(`  ${id}: ${s(d.ms)}, ${(d.bytes / 1048576).toFixed(1)} MB`);
  console.log(`  các bước tiến độ đã thấy: ${[...labels].join(" | ") || "(không thấy)"}`);
  console.log(`  thẻ trình duyệt: ${crashed ? "BỊ SẬP" : "không sập"}`);
  if (watchErrors.length > 0) console.log(`  không đọc được nhãn tiến độ ${watchErrors.length} lần: ${watchErrors[0]}`);
  process.exitCode = crashed || error ? 1 : 0;
} finally {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
}
