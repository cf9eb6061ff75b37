// Pictures of each step of the page for the clerks' guide: docs/guide/web-*.png at 1366×768, taken with Debian's
// chromium on the built page (run `pnpm web:build` first) and the Minh Sơn example, plus one register with a bad row.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launchChromium } from "./chromium.mjs";

const PAGE = fileURLToPath(new URL("../dist/tiep-dan.html", import.meta.url));
const EXAMPLE = fileURLToPath(new URL("../../../examples/minh-son/", import.meta.url));
const OUT = fileURLToPath(new URL("../../../docs/guide/", import.meta.url));
mkdirSync(OUT, { recursive: true });
const pick = (prefix) =>
  readdirSync(EXAMPLE)
    .filter((f) => f.startsWith(prefix) && f.endsWith(".csv"))
    .map((f) => join(EXAMPLE, f));
const work = mkdtempSync(join(tmpdir(), "tiepdan-shots-"));
const bad = join(work, "so-theo-doi-don-xa-moi.csv");
writeFileSync(
  bad,
  "\uFEFFMã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Số người\n" +
    "XM-2026-0001;05/03/2026;Đơn thư;Phản ánh;Đất đai;1\n" +
    "XM-2026-0002;31/02/2026;Đơn thư;Kiến nghị;Đất đai;1\n" +
    "XM-2026-0003;12/03/2026;Gửi thư;Khiếu nại;Đất đai;hai\n",
);

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: "vi-VN" });
await page.goto(pathToFileURL(PAGE).href);
await page.waitForFunction(() => globalThis.__tiepdanReady === true);
const shot = async (name) => {
  await page.screenshot({ path: join(OUT, name) });
  console.log(join(OUT, name));
};

await shot("web-0-mo-trang.png");
await page.setInputFiles("#file", [
  ...pick("so-theo-doi-don-"),
  ...pick("so-buoi-tiep-"),
  bad,
  join(EXAMPLE, "don-vi.json"),
]);
await page.waitForSelector("#files-summary");
await shot("web-1-so.png");
await page.click("#step-check");
await page.locator("#problems").scrollIntoViewIfNeeded();
await shot("web-2-kiem-tra.png");
const row = page.locator("#problems tbody tr", { hasText: "31/02" }).first();
if ((await row.count()) === 0)
  await page.locator("#problems tbody tr").first().locator("input[type=text]").fill("28/02/2026");
await page.click("#step-report");
await page.fill("#period-year", "2026");
await page.check("#allow-partial");
await page.evaluate(() => window.scrollTo(0, 0));
await shot("web-3-lap-bao-cao.png");
await page.click("#generate");
await page.waitForSelector("#result", { timeout: 60_000 });
await page.evaluate(() => window.scrollTo(0, 0));
await shot("web-4-ket-qua.png");
await browser.close();
