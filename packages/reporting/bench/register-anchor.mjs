// The anchor of goal 4: one plain pdfmake table of the same register (the register appendix's ten columns, the
// same texts, 9 pt, header row repeated), nothing else — what "just use pdfmake" costs. Prints a JSON line.
// Usage: node bench/register-anchor.mjs <folder made by make-registers.mjs>
import { join } from "node:path";
import pdfmake from "pdfmake";
import { readCasesFile, readDefaultFonts } from "../dist/node/index.js";

const [dir] = process.argv.slice(2);
const t0 = performance.now();
const cases = [];
const reading = readCasesFile(join(dir, "so-theo-doi-don.csv"));
for await (const c of reading) cases.push(c);
const fonts = await readDefaultFonts();
for (const [k, v] of Object.entries(fonts)) pdfmake.virtualfs.writeFileSync(`${k}.ttf`, v);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);
pdfmake.setFonts({
  T: { normal: "normal.ttf", bold: "bold.ttf", italics: "italics.ttf", bolditalics: "bolditalics.ttf" },
});
const weights = [2, 5, 3, 4, 7, 2, 10, 5, 5, 5];
const total = weights.reduce((a, b) => a + b, 0);
const width = ((297 - 30 - 20) * 72) / 25.4;
const header = [
  "STT",
  "Mã số",
  "Ngày tiếp nhận",
  "Loại, lĩnh vực",
  "Người gửi, địa chỉ",
  "Số người",
  "Nội dung",
  "Hướng xử lý, cơ quan xử lý",
  "Kết quả",
  "Đơn vị",
];
const d = (iso) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : "");
const body = [
  header.map((h) => ({ text: h, bold: true, alignment: "center" })),
  ...cases.map((c, i) => [
    String(i + 1),
    c.id,
    d(c.receivedOn),
    `${c.kinds.join(", ")}\n${c.field ?? ""}`,
    `${c.senderName ?? ""}\n${c.senderAddress ?? ""}`,
    String(c.people ?? 1),
    c.content ?? "",
    `${c.route ?? ""}\n${c.handlingBody ?? ""}`,
    c.resultOn ? `Có kết quả ngày ${d(c.resultOn)}` : "Chưa có kết quả",
    c.unit ?? "",
  ]),
];
const start = performance.now();
const bytes = await pdfmake
  .createPdf({
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [85, 57, 57, 57],
    defaultStyle: { font: "T", fontSize: 9 },
    content: [
      { table: { headerRows: 1, dontBreakRows: true, widths: weights.map((w) => (w / total) * width - 9), body } },
    ],
  })
  .getBuffer();
const ms = Math.round(performance.now() - t0);
process.stdout.write(
  `${JSON.stringify({ cases: cases.length, ms, pdfmakeMs: Math.round(performance.now() - start), bytes: bytes.length, peakMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
);
