// @ts-check
// Second part of `pnpm demo`: renders the sample document (every feature of the document engine) under both
// profiles to PDF and DOCX in examples/out/. The periodic report of the Minh Sơn province replaces it with the
// report issue.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSampleDocument } from "@tiepdan/reporting";
import { renderDocx } from "@tiepdan/reporting/docx";
import { readDefaultFonts } from "@tiepdan/reporting/node";
import { renderPdf } from "@tiepdan/reporting/pdf";

const out = join(dirname(fileURLToPath(import.meta.url)), "out");
mkdirSync(out, { recursive: true });
const fonts = await readDefaultFonts();
process.stdout.write("\n━━ 7. Văn bản mẫu (thể thức Đảng và Nhà nước), PDF và DOCX ━━\n");
for (const profile of /** @type {const} */ (["party", "state"])) {
  const doc = buildSampleDocument(profile);
  for (const [ext, bytes] of /** @type {const} */ ([
    ["pdf", await renderPdf(doc, { fonts })],
    ["docx", await renderDocx(doc)],
  ])) {
    const file = join(out, `van-ban-mau-${profile === "party" ? "dang" : "nha-nuoc"}.${ext}`);
    writeFileSync(file, bytes);
    process.stdout.write(`  • ${file} (${bytes.length.toLocaleString("vi-VN")} byte)\n`);
  }
}
