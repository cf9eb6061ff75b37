// One measurement of the renderer benchmark, in its own process so that its peak memory is its own.
// Usage: node render-one.mjs <plain-pdfmake|ours-pdf|plain-docx|ours-docx> <rows>
import { performance } from "node:perf_hooks";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import pdfmake from "pdfmake";
import { renderDocx } from "../dist/docx/index.js";
import { buildDocument, SAMPLE_META } from "../dist/index.js";
import { readDefaultFonts } from "../dist/node/index.js";
import { renderPdf } from "../dist/pdf/index.js";

const [mode, rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg);
const fonts = await readDefaultFonts();
const cells = (i) => [String(i + 1), `Xã số ${i + 1}, tỉnh Minh Sơn`, "Đất đai", String(i % 7), String(i % 3)];
const header = ["STT", "Đơn vị", "Lĩnh vực", "Khiếu nại", "Tố cáo"];
const widths = [1, 5, 3, 2, 2];

const phases = {};
const time = async (name, f) => {
  const t = performance.now();
  const r = await f();
  phases[name] = Math.round(performance.now() - t);
  return r;
};

const start = performance.now();
let bytes;
if (mode === "plain-pdfmake") {
  const vfs = pdfmake.virtualfs;
  for (const [k, v] of Object.entries(fonts)) vfs.writeFileSync(`${k}.ttf`, v);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.setFonts({
    T: { normal: "normal.ttf", bold: "bold.ttf", italics: "italics.ttf", bolditalics: "bolditalics.ttf" },
  });
  const total = 451;
  const w = widths.map((x) => (x / 13) * total - 9);
  const body = [header.map((h) => ({ text: h, bold: true })), ...Array.from({ length: rows }, (_, i) => cells(i))];
  bytes = await time("pdfmake", () =>
    pdfmake
      .createPdf({
        pageSize: "A4",
        defaultStyle: { font: "T", fontSize: 12 },
        content: [{ table: { headerRows: 1, widths: w, body } }],
      })
      .getBuffer(),
  );
} else if (mode === "plain-docx") {
  const tw = widths.map((x) => Math.round((x / 13) * 9355));
  const row = (texts, bold) =>
    new TableRow({
      children: texts.map(
        (t, k) =>
          new TableCell({
            width: { size: tw[k], type: WidthType.DXA },
            children: [
              new Paragraph({ children: [new TextRun({ text: t, bold, font: "Times New Roman", size: 24 })] }),
            ],
          }),
      ),
    });
  const doc = new Document({
    sections: [
      {
        children: [
          new Table({
            columnWidths: tw,
            rows: [row(header, true), ...Array.from({ length: rows }, (_, i) => row(cells(i), false))],
          }),
        ],
      },
    ],
  });
  bytes = await time("docx", () => Packer.toBuffer(doc));
} else {
  const markup = `<body><table widths="${widths.join(",")}" header-rows="1" size="12"><tr>${header.map((h) => `<th>${h}</th>`).join("")}</tr>${Array.from(
    { length: rows },
    (_, i) =>
      `<tr>${cells(i)
        .map((c) => `<td>${c}</td>`)
        .join("")}</tr>`,
  ).join("")}</table></body>`;
  const { parseMarkup } = await import("../dist/index.js");
  const body = await time("parseMarkup", () => parseMarkup(markup));
  const doc = await time("buildDocument", () => buildDocument({ meta: SAMPLE_META, profile: "party", body }));
  bytes = await time(mode === "ours-pdf" ? "renderPdf" : "renderDocx", () =>
    mode === "ours-pdf" ? renderPdf(doc, { fonts }) : renderDocx(doc),
  );
}
const ms = Math.round(performance.now() - start);
process.stdout.write(
  `${JSON.stringify({ mode, rows, ms, peakMB: Math.round(process.resourceUsage().maxRSS / 1024), bytes: bytes.length, phases })}\n`,
);
