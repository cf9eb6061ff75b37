// Renderer benchmark: a table of N rows (10,000 by default) through our PDF and DOCX paths beside plain pdfmake
// and plain docx on the same table, each in its own process, measured in the same run. Prints time, peak memory
// and the ratio ours / plain, and where our time goes. A benchmark, not a test: machines are noisy.
// Usage: node bench/render.mjs [--rows N]   (needs `pnpm build`)
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const i = process.argv.indexOf("--rows");
const rows = i > 0 ? Number(process.argv[i + 1]) : 10_000;
const measure = (mode) =>
  JSON.parse(
    execFileSync(process.execPath, [join(here, "render-one.mjs"), mode, String(rows)], {
      encoding: "utf8",
      maxBuffer: 1 << 24,
    }),
  );

console.log(`Bảng ${rows.toLocaleString("vi-VN")} dòng — renderer benchmark`);
for (const [plain, ours] of [
  ["plain-pdfmake", "ours-pdf"],
  ["plain-docx", "ours-docx"],
]) {
  const a = measure(plain);
  const b = measure(ours);
  console.log(
    `${plain.padEnd(14)} ${String(a.ms).padStart(7)} ms  ${String(a.peakMB).padStart(5)} MB  ${a.bytes} bytes`,
  );
  console.log(
    `${ours.padEnd(14)} ${String(b.ms).padStart(7)} ms  ${String(b.peakMB).padStart(5)} MB  ${b.bytes} bytes  phases ${JSON.stringify(b.phases)}`,
  );
  console.log(
    `ratio ${ours}/${plain}: time ${(b.ms / a.ms).toFixed(2)}×, peak memory ${(b.peakMB / a.peakMB).toFixed(2)}× (goal ≤ 1.2× time)\n`,
  );
}
