// The fast path for long tables in DOCX (a case register of 100,000 rows): the docx library builds an object per
// run, paragraph, cell and row, then the whole document.xml as one string, then the zip — gigabytes on a register.
// Here the renderer leaves a marker paragraph where a long table goes; the package docx packs is then opened, and
// its document.xml is written again into a streaming zip with the table's XML generated row by row in chunks
// (the same elements docx writes for a table: fixed layout, explicit widths, header rows repeated, rows kept whole).
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate } from "fflate";
import { fixZipTimes } from "../document/_zipTimes.js";
import type { Align, ParagraphNode, TableNode } from "../document/ir.js";

/** Tables with at least this many rows take the fast path (by default). */
export const LONG_TABLE_ROWS = 400;

/** A long table set aside by the renderer: its IR and the text width it spreads over, in twips. */
export interface LongTable {
  table: TableNode;
  contentWidth: number;
}

/** The text of the marker paragraph of long table `i` (letters only, so no XML escaping touches it). */
export const longTableMarker = (i: number): string => `TIEPDANLONGTABLE${i}END`;

/** Whether the fast path writes this table: long enough, with borders, without row spans. */
export function isLongTable(t: TableNode, minRows: number): boolean {
  return (
    t.rows.length >= minRows &&
    t.borders !== false &&
    t.rows.every((r) => r.cells.every((c) => !c.rowSpan || c.rowSpan === 1))
  );
}

const escapeText = (v: string) => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const JC: Record<Align, string> = { left: "left", center: "center", right: "right", justify: "both" };
const MAR = '<w:tcMar><w:left w:type="dxa" w:w="80"/><w:right w:type="dxa" w:w="80"/></w:tcMar>';

function paragraphXml(p: ParagraphNode, align: Align | undefined, tableSize: number | undefined): string {
  const size = p.size ?? tableSize;
  const jc = p.align ?? align;
  const spacing =
    p.spaceBeforePt || p.spaceAfterPt
      ? `<w:spacing w:after="${Math.round((p.spaceAfterPt ?? 0) * 20)}" w:before="${Math.round((p.spaceBeforePt ?? 0) * 20)}"/>`
      : "";
  const ind = p.indentMm ? `<w:ind w:firstLine="${Math.round((p.indentMm * 1440) / 25.4)}"/>` : "";
  // The table's size also for the paragraph mark and the line breaks: at the document's 14 pt they made every row
  // with an empty cell or a break as tall as a line of body text.
  const sz = size
    ? `<w:rPr><w:sz w:val="${Math.round(size * 2)}"/><w:szCs w:val="${Math.round(size * 2)}"/></w:rPr>`
    : "";
  const pPr =
    spacing || ind || jc || sz ? `<w:pPr>${spacing}${ind}${jc ? `<w:jc w:val="${JC[jc]}"/>` : ""}${sz}</w:pPr>` : "";
  let runs = "";
  for (const c of p.children) {
    if (c.type === "break") {
      runs += `<w:r>${sz}<w:br/></w:r>`;
      continue;
    }
    const s = c.size ?? size;
    const rPr =
      ((c.bold ?? p.bold) ? "<w:b/><w:bCs/>" : "") +
      ((c.italic ?? p.italic) ? "<w:i/><w:iCs/>" : "") +
      (c.underline ? '<w:u w:val="single"/>' : "") +
      (s ? `<w:sz w:val="${Math.round(s * 2)}"/><w:szCs w:val="${Math.round(s * 2)}"/>` : "");
    runs += `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${escapeText(c.value.normalize("NFC"))}</w:t></w:r>`;
  }
  return `<w:p>${pPr}${runs}</w:p>`;
}

/** The XML of a table, in pieces of about `chunk` characters. */
function* tableXml(long: LongTable, chunk = 1 << 20): Generator<string> {
  const t = long.table;
  const total = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => Math.round((w / total) * long.contentWidth));
  const gridWidth = widths.reduce((a, b) => a + b, 0);
  const border = (side: string) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`;
  let out =
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${gridWidth}"/><w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:type="dxa" w:w="80"/><w:right w:type="dxa" w:w="80"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  for (let r = 0; r < t.rows.length; r++) {
    const row = t.rows[r] as TableNode["rows"][number];
    out += `<w:tr><w:trPr><w:cantSplit/>${r < t.headerRows ? "<w:tblHeader/>" : ""}</w:trPr>`;
    let col = 0;
    for (const c of row.cells) {
      const span = c.colSpan ?? 1;
      let width = 0;
      for (let k = col; k < col + span; k++) width += widths[k] ?? 0;
      col += span;
      const vAlign = c.verticalAlign === "top" ? "top" : c.verticalAlign === "bottom" ? "bottom" : "center";
      out += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}${MAR}<w:vAlign w:val="${vAlign}"/></w:tcPr>`;
      let paragraphs = 0;
      for (const p of c.children) {
        if (p.type !== "paragraph") continue;
        out += paragraphXml(p, c.align, t.size);
        paragraphs++;
      }
      if (paragraphs === 0) out += "<w:p/>";
      out += "</w:tc>";
    }
    out += "</w:tr>";
    if (out.length >= chunk) {
      yield out;
      out = "";
    }
  }
  yield `${out}</w:tbl>`;
}

/**
 * Writes the long tables into a package docx packed with marker paragraphs: every entry is copied, and
 * word/document.xml is streamed with each marker paragraph replaced by its table. Deterministic: entries keep
 * docx's order and get the document date.
 *
 * @param packed - the zip docx wrote, with markers
 * @param tables - the long tables, by marker number
 * @param date - the document date, `YYYY-MM-DD`
 * @returns the DOCX bytes
 */
export function spliceLongTables(packed: Uint8Array, tables: readonly LongTable[], date: string): Uint8Array {
  const entries = unzipSync(packed);
  const chunks: Uint8Array[] = [];
  let size = 0;
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    chunks.push(data);
    size += data.length;
  });
  for (const [name, data] of Object.entries(entries)) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    if (name !== "word/document.xml") {
      file.push(data, true);
      continue;
    }
    let xml = strFromU8(data);
    entries[name] = new Uint8Array(0);
    tables.forEach((long, i) => {
      const at = xml.indexOf(longTableMarker(i));
      if (at < 0) throw new Error(`renderDocx: marker of long table ${i} not found`);
      const start = xml.lastIndexOf("<w:p>", at);
      const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
      file.push(strToU8(xml.slice(0, start)));
      for (const piece of tableXml(long)) file.push(strToU8(piece));
      xml = xml.slice(end);
    });
    file.push(strToU8(xml), true);
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return fixZipTimes(out, date);
}
