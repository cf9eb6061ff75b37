// The fast path for long tables in DOCX (a case register of 100,000 rows): the docx library builds an object per
// run, paragraph, cell and row, then the whole document.xml as one string, then the zip — gigabytes on a register.
// Here the renderer leaves a marker paragraph where a long table goes; the package docx packs is then opened, and
// its document.xml is written again into a streaming zip with the table's XML generated row by row in chunks
// (the same elements docx writes for a table: fixed layout, explicit widths, header rows repeated, rows kept whole).
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate } from "fflate";
import { rowMayOutgrowPage } from "../document/_cells.js";
import { concatBytes, type NodeZlib, nodeZlib } from "../document/_platform.js";
import { fixZipTimes } from "../document/_zipTimes.js";
import type { Align, ParagraphNode, TableNode } from "../document/ir.js";

/** Tables with at least this many rows take the fast path (by default). */
export const LONG_TABLE_ROWS = 400;

/** A long table set aside by the renderer: its IR and the text width it spreads over, in twips. */
export interface LongTable {
  table: TableNode;
  contentWidth: number;
  /** The document's type size, in points. */
  bodySize: number;
}

/**
 * A table's columns in a text width: each column's width and their sum in twips (the IR's widths are weights), and
 * each column's text width in points, less the cell margins.
 *
 * @param t - the table
 * @param contentWidth - the text width of the page, in twips
 * @param marginTwips - the cell margin on each side, in twips
 * @returns the columns' widths, their sum, and their text widths in points
 */
export function tableGrid(
  t: TableNode,
  contentWidth: number,
  marginTwips: number,
): { widths: number[]; gridWidth: number; textPt: number[] } {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => Math.round((w / total) * contentWidth));
  return {
    widths,
    gridWidth: widths.reduce((a, b) => a + b, 0),
    textPt: widths.map((w) => (w - 2 * marginTwips) / 20),
  };
}

/**
 * Whether row `r` of a table is kept on one page (`cantSplit`): a header row always; another unless it may be taller
 * than a page (Word cuts a row kept whole off at the page's foot).
 *
 * @param t - the table
 * @param r - the row's index
 * @param textPt - the text width of each column, in points ({@link tableGrid})
 * @param sizePt - the table's type size
 * @returns whether the row gets `cantSplit`
 */
export function keepRowWhole(t: TableNode, r: number, textPt: readonly number[], sizePt: number): boolean {
  return r < t.headerRows || !rowMayOutgrowPage(t.rows[r] as TableNode["rows"][number], textPt, sizePt);
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
  // Cell margins of 80 twips a side, as the table's properties below say.
  const { widths, gridWidth, textPt } = tableGrid(t, long.contentWidth, 80);
  const size = t.size ?? long.bodySize;
  const border = (side: string) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`;
  let out =
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${gridWidth}"/><w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:type="dxa" w:w="80"/><w:right w:type="dxa" w:w="80"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  for (let r = 0; r < t.rows.length; r++) {
    const row = t.rows[r] as TableNode["rows"][number];
    out += `<w:tr><w:trPr>${keepRowWhole(t, r, textPt, size) ? "<w:cantSplit/>" : ""}${r < t.headerRows ? "<w:tblHeader/>" : ""}</w:trPr>`;
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
 * docx's order and get the document date. In Node, document.xml is compressed by Node's zlib on its thread pool
 * (another core) and its checksum computed natively; in a browser, by fflate. Both give the same entries.
 *
 * @param packed - the zip docx wrote, with markers
 * @param tables - the long tables, by marker number
 * @param date - the document date, `YYYY-MM-DD`
 * @param native - Node's zlib, or undefined to compress with fflate (the default in a browser)
 * @returns the DOCX bytes
 */
export async function spliceLongTables(
  packed: Uint8Array,
  tables: readonly LongTable[],
  date: string,
  native: NodeZlib | undefined = nodeZlib(),
): Promise<Uint8Array> {
  const entries = unzipSync(packed);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  let finished: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finished = resolve;
  });
  const zip = new Zip((err, data, final) => {
    if (err) failure = err;
    else chunks.push(data);
    if (err || final) finished();
  });
  for (const [name, data] of Object.entries(entries)) {
    if (name !== "word/document.xml") {
      const file = new ZipDeflate(name, { level: 6 });
      zip.add(file);
      file.push(data, true);
      continue;
    }
    const file = native ? new NativeZipDeflate(native, name) : new FflateEntry(name);
    zip.add(file as unknown as ZipDeflate);
    let xml = strFromU8(data);
    entries[name] = new Uint8Array(0);
    for (const [i, long] of tables.entries()) {
      const at = xml.indexOf(longTableMarker(i));
      if (at < 0) throw new Error(`renderDocx: marker of long table ${i} not found`);
      const start = xml.lastIndexOf("<w:p>", at);
      const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
      await file.push(xml.slice(0, start));
      for (const piece of tableXml(long)) await file.push(piece);
      xml = xml.slice(end);
    }
    await file.push(xml, true);
  }
  zip.end();
  await done;
  if (failure) throw failure;
  return fixZipTimes(concatBytes(chunks), date);
}

/** The streamed entry as fflate compresses it (in a browser): its text pushed piece by piece. */
class FflateEntry extends ZipDeflate {
  constructor(name: string) {
    super(name, { level: 6 });
  }

  override push(text: string | Uint8Array, final = false): Promise<void> {
    super.push(typeof text === "string" ? strToU8(text) : text, final);
    return Promise.resolve();
  }
}

/**
 * A zip entry compressed by Node's zlib on its thread pool, for fflate's `Zip` (what its `ZipDeflate` offers: name,
 * method 8, size and CRC-32 of the data, and `ondata`): level 6 as fflate's, the text encoded and checksummed
 * natively. Pushing waits while zlib has more than its buffer to compress, so the memory stays bounded.
 */
class NativeZipDeflate {
  readonly compression = 8;
  /** General-purpose flag bits of the deflate level (0: normal, as fflate writes for level 6). */
  readonly flag = 0;
  size = 0;
  crc = 0;
  ondata: ((err: Error | null, data: Uint8Array, final: boolean) => void) | undefined;
  private readonly stream: import("node:zlib").DeflateRaw;
  private readonly ended: Promise<void>;

  constructor(
    private readonly zlib: NodeZlib,
    readonly filename: string,
  ) {
    this.stream = zlib.createDeflateRaw({ level: 6, chunkSize: 1 << 20 });
    this.stream.on("data", (chunk: Uint8Array) => this.ondata?.(null, chunk, false));
    this.ended = new Promise((resolve, reject) => {
      this.stream.once("end", () => {
        this.ondata?.(null, new Uint8Array(0), true);
        resolve();
      });
      this.stream.once("error", (error: Error) => {
        this.ondata?.(error, new Uint8Array(0), true);
        reject(error);
      });
    });
  }

  async push(text: string | Uint8Array, final = false): Promise<void> {
    this.crc = this.zlib.crc32(text, this.crc);
    this.size += typeof text === "string" ? Buffer.byteLength(text, "utf8") : text.length;
    const more = this.stream.write(text);
    if (final) {
      this.stream.end();
      await this.ended;
    } else if (!more) await Promise.race([new Promise((resolve) => this.stream.once("drain", resolve)), this.ended]);
  }
}
