// The fast path for long tables (a case register of 100,000 rows): pdfmake measures and lays out every cell of the
// whole document before it writes a byte, which costs minutes and gigabytes on a register. Here the document's
// tail — from the first section holding a long table to the end (the register appendices come last) — is drawn
// straight onto the pdfkit document pdfmake has just filled: words measured once each (a width cache per face and
// size), rows placed page by page, each page written out as soon as the next one starts. Same IR, same look as
// pdfmake's tables (padding 4/2 pt, 0.5 pt rules, the header row repeated, a row never split, page numbers).

import { concatBytes, type NodeZlib, nodeZlib } from "../document/_platform.js";
import type { Block, DocumentNode, Inline, ParagraphNode, TableNode } from "../document/ir.js";
import { A4_MM } from "../document/ir.js";
import { mmToPt } from "../document/provenance.js";

/** Tables with at least this many rows are drawn by the fast path (by default). */
export const LONG_TABLE_ROWS = 400;

/** The pdfkit font object, as pdfmake's `provideFont` returns it (only what is used here). */
interface PdfKitFont {
  /** The font's resource name on a page (`F1`…). */
  id: string;
  ascender: number;
  widthOfString(text: string, size: number): number;
  lineHeight(size: number, includeGap?: boolean): number;
  /**
   * The glyphs of a text, as hexadecimal glyph ids of the embedded subset (the glyphs are added to it), and their
   * positions in thousandths of the font size (an embedded font's `encode`; a standard font has none).
   */
  encode?(text: string): [string[], { xAdvance: number; advanceWidth?: number; xOffset: number; yOffset: number }[]];
  /** The font's indirect object, for the page's resources. */
  ref(): unknown;
  /** The width of each glyph of the subset as the PDF records it (thousandths of the size), by glyph id. */
  widths?: number[];
}

/** The pdfkit document pdfmake fills (only what is used here). */
export interface PdfKitLike {
  _font: PdfKitFont;
  provideFont(family: string, bold: boolean, italics: boolean): PdfKitFont;
  addPage(options: { size: [number, number]; margins: object }): unknown;
  /** Ends the buffered pages: their content streams are compressed and written to the output. */
  flushPages(): void;
  /** `bufferPages`: whether `addPage` leaves the pages before it buffered (pdfmake's default: no, it ends them). */
  options: { bufferPages?: boolean };
  bufferedPageRange(): { start: number; count: number };
  fontSize(size: number): unknown;
  fillColor(color: string): unknown;
  text(text: string, x: number, y: number, options: object): unknown;
  /** Appends operators to the current page's content stream. */
  addContent(data: string): unknown;
  /** The current page: its height, its font resources and its content stream (pdfkit's reference object). */
  page: { height: number; fonts: Record<string, unknown>; content: unknown };
  lineWidth(w: number): unknown;
  strokeColor(color: string): unknown;
}

/**
 * A table cell of at least this many characters (a pasted document, a blob) is drawn by the fast path whatever the
 * table's length: pdfmake lays a paragraph out in a time that grows with the square of its break opportunities
 * (200,000 characters of "a/" or emoji took a minute).
 */
export const LONG_CELL_CHARS = 10_000;

/** Whether a table has a cell of at least `minChars` characters. */
function hasLongCell(table: TableNode, minChars: number): boolean {
  for (const row of table.rows) {
    for (const cell of row.cells) {
      let chars = 0;
      for (const p of cell.children) {
        if (p.type !== "paragraph") continue;
        for (const n of p.children) if (n.type === "text") chars += n.value.length;
      }
      if (chars >= minChars) return true;
    }
  }
  return false;
}

/**
 * Where the directly drawn tail of a document starts: the index of the first top-level section that holds a
 * table of `minRows` rows or more (or a cell of `minCellChars` characters or more), when everything from there on is
 * sections of paragraphs, headings and tables the fast path draws; otherwise -1 (pdfmake renders the whole document).
 */
export function longTableTailStart(doc: DocumentNode, minRows: number, minCellChars = Infinity): number {
  const blocks = doc.children;
  const isLong = (b: Block) =>
    b.type === "section" &&
    b.children.some((c) => c.type === "table" && (c.rows.length >= minRows || hasLongCell(c, minCellChars)));
  const start = blocks.findIndex(isLong);
  if (start < 0) return -1;
  const simple = (b: Block): boolean =>
    b.type === "paragraph" ||
    b.type === "heading" ||
    b.type === "pageBreak" ||
    (b.type === "table" && b.rows.every((r) => r.cells.every((c) => !c.rowSpan || c.rowSpan === 1)));
  for (const b of blocks.slice(start)) {
    if (b.type === "pageBreak") continue;
    if (b.type !== "section" || !b.children.every(simple)) return -1;
  }
  return start;
}

interface Face {
  font: PdfKitFont;
  /** Words shaped once each: their width at 1 pt and their glyphs. */
  words: Map<string, Shaped>;
  /** Characters and pairs of characters shaped alone, for words composed from them (see `composed`). */
  pieces: Map<string, Glyphs | null>;
  /** Composed words still checked against fontkit's own shaping; composing stops at the first difference. */
  checks: number;
}

/** Glyphs of a text as `encode` gives them: hexadecimal glyph ids and advances (thousandths of the size). */
export interface Glyphs {
  hex: string[];
  /** Advance of each glyph, kerning included. */
  advance: number[];
  /** Advance of each glyph without kerning (the font's width of the glyph). */
  width: number[];
}

/** A word shaped by the font: what a `TJ` operator draws. */
interface Shaped {
  /** Width at 1 pt. */
  width: number;
  /**
   * The elements of a `TJ` array drawing the word (glyph runs and kerning adjustments), or null when a glyph is
   * moved off its line (a mark placed by the font): such a word is drawn by pdfkit's `text`.
   */
  tj: string | null;
}

interface Segment {
  text: string;
  face: Face;
  size: number;
  width: number;
  /** The `TJ` elements of the text, word by word; null when pdfkit's `text` draws it. */
  tj: string[] | null;
  /** The elements joined, once the segment is drawn (a long table's equal cells are laid out once, drawn often). */
  tjText?: string;
}

/** Words composed from their characters' glyphs (see {@link composeGlyphs}): printable ASCII without the space. */
const COMPOSABLE = /^[!-~]+$/;

/**
 * A word of printable ASCII characters (a register's Mã số, its row numbers, its dates) composed from its characters
 * and their pairs, each shaped once: a register has tens of thousands of distinct such words, and fontkit's shaping
 * costs about 70 µs a word. The glyph of each character and the kerning of each neighbouring pair come from the
 * font's shaping (`shape`); a pair it turns into anything but the two characters' own glyphs (a ligature, a mark)
 * is not composed (null: the word is shaped whole). A rule over three or more characters would be missed, which is
 * why the writer checks its first composed words against the whole word's shaping and stops composing at the first
 * difference; a test checks Tinos' four faces.
 *
 * @param word - the word
 * @param shape - the font's shaping of a character or a pair (remembered by the caller)
 * @returns the word's glyphs, or null when it is not composed
 */
export function composeGlyphs(word: string, shape: (text: string) => Glyphs | null): Glyphs | null {
  if (word.length < 2 || !COMPOSABLE.test(word)) return null;
  const out: Glyphs = { hex: [], advance: [], width: [] };
  for (let i = 0; i < word.length; i++) {
    const one = shape(word[i] as string);
    if (one === null || one.hex.length !== 1) return null;
    let advance = one.advance[0] as number;
    if (i + 1 < word.length) {
      const next = shape(word[i + 1] as string);
      const pair = shape(word.slice(i, i + 2));
      if (next === null || pair === null || pair.hex.length !== 2) return null;
      if (pair.hex[0] !== one.hex[0] || pair.hex[1] !== next.hex[0] || pair.width[1] !== next.width[0]) return null;
      advance += (pair.advance[0] as number) - (one.advance[0] as number);
    }
    out.hex.push(one.hex[0] as string);
    out.advance.push(advance);
    out.width.push(one.width[0] as number);
  }
  return out;
}

/** Whether two shapings give the same glyphs at the same advances. */
export function sameGlyphs(a: Glyphs, b: Glyphs): boolean {
  return (
    a.hex.length === b.hex.length &&
    a.hex.every((h, i) => h === b.hex[i]) &&
    a.advance.every((x, i) => Math.abs(x - (b.advance[i] as number)) < 1e-9) &&
    a.width.every((w, i) => w === b.width[i])
  );
}

/**
 * How many leading characters of a word wider than its cell fit in the cell's width: the longest prefix that fits
 * (at least one character; a piece never ends inside a character written as two code units). Found by doubling a
 * prefix until it is too wide, then halving between the two, so only prefixes up to twice the answer are measured:
 * cutting a pasted blob of 200,000 characters without a space into lines costs time that grows with its length
 * (measuring all that remained after each cut grew with its square, and ran out of memory).
 *
 * @param text - the word, or what remains of it
 * @param width - the cell's width
 * @param widthOf - the printed width of a text
 * @returns the number of UTF-16 code units of the prefix (the whole text when it fits)
 * @example
 * fittingPrefix("x".repeat(100), 30, (t) => t.length); // 30
 */
export function fittingPrefix(text: string, width: number, widthOf: (text: string) => number): number {
  const fits = (n: number) => widthOf(text.slice(0, n)) <= width;
  let cut = 1;
  let over = 2;
  while (over <= text.length && fits(over)) {
    cut = over;
    over *= 2;
  }
  if (over > text.length) {
    if (fits(text.length)) return text.length;
    over = text.length;
  }
  while (over - cut > 1) {
    const mid = (cut + over) >> 1;
    if (fits(mid)) cut = mid;
    else over = mid;
  }
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) return cut > 1 ? cut - 1 : Math.min(2, text.length);
  return cut;
}

/** A number in a content stream, as pdfkit writes it (six decimals at most). */
const pdfNumber = (n: number): number => Math.round(n * 1e6) / 1e6;

interface Line {
  segments: Segment[];
  width: number;
  height: number;
}

/** Draws the tail of a document onto the pdfkit document pdfmake made. */
export class LongTableWriter {
  private readonly faces = new Map<string, Face>();
  private readonly lineHeightFactor = 1.1;
  private page = { width: 0, height: 0 };
  private y = 0;
  private readonly margins: { top: number; right: number; bottom: number; left: number };
  /** Node's zlib, when the code runs in Node: each page's content is then compressed as the page ends. */
  private readonly zlib = nodeZlib();
  /** Whether the current page is one this writer started (not pdfmake's last page). */
  private ownPage = false;

  constructor(
    private readonly pdf: PdfKitLike,
    private readonly doc: DocumentNode,
    private readonly family: string,
  ) {
    const m = doc.page.marginsMm;
    this.margins = { top: mmToPt(m.top), right: mmToPt(m.right), bottom: mmToPt(m.bottom), left: mmToPt(m.left) };
  }

  private face(bold: boolean, italic: boolean): Face {
    const key = `${bold ? "b" : ""}${italic ? "i" : ""}`;
    let f = this.faces.get(key);
    if (!f) {
      f = { font: this.pdf.provideFont(this.family, bold, italic), words: new Map(), pieces: new Map(), checks: 64 };
      this.faces.set(key, f);
    }
    return f;
  }

  /**
   * A text shaped by fontkit (through pdfkit's `encode`, which adds its glyphs to the subset); null when the font
   * moves a glyph off the line (a mark), which only pdfkit's `text` draws.
   */
  private glyphs(face: Face, text: string): Glyphs | null {
    const [hex, positions] = (face.font.encode as NonNullable<PdfKitFont["encode"]>)(text);
    if (positions.some((p) => p.xOffset || p.yOffset)) return null;
    // The width a viewer gives each glyph is the one in the font's widths array (the PDF's /W), which pdfkit writes
    // unscaled for the missing glyph (an emoji, a CJK character): the TJ adjustment makes up the difference, so the
    // next words stay where they were measured.
    const written = face.font.widths;
    return {
      hex,
      advance: positions.map((p) => p.xAdvance),
      width: positions.map((p, i) => written?.[Number.parseInt(hex[i] as string, 16)] ?? p.advanceWidth ?? p.xAdvance),
    };
  }

  /** {@link composeGlyphs} for a face, its first words checked against fontkit's shaping of the whole word. */
  private composed(face: Face, word: string): Glyphs | null {
    if (face.checks < 0) return null;
    const out = composeGlyphs(word, (text) => {
      let g = face.pieces.get(text);
      if (g === undefined) {
        g = this.glyphs(face, text);
        face.pieces.set(text, g);
      }
      return g;
    });
    if (out === null || face.checks === 0) return out;
    face.checks--;
    const whole = this.glyphs(face, word);
    if (whole === null || !sameGlyphs(whole, out)) {
      face.checks = -1;
      return whole;
    }
    return out;
  }

  private widthOf(face: Face, word: string, size: number): number {
    return this.shaped(face, word).width * size;
  }

  /**
   * A word shaped once (fontkit's shaping is the largest cost of drawing a register): its glyphs are added to the
   * font's subset and its `TJ` elements kept, the way pdfkit's `text` writes them, so that drawing it again is a
   * string copy. Words are shaped one by one, as pdfkit does (it shapes a line word by word, at spaces).
   */
  private shaped(face: Face, word: string): Shaped {
    let s = face.words.get(word);
    if (s !== undefined) return s;
    const glyphs = face.font.encode ? (this.composed(face, word) ?? this.glyphs(face, word)) : null;
    if (glyphs === null) s = { width: face.font.widthOfString(word, 1), tj: null };
    else {
      let width = 0;
      let tj = "";
      let run = "";
      for (let i = 0; i < glyphs.hex.length; i++) {
        const advance = glyphs.advance[i] as number;
        width += advance;
        run += glyphs.hex[i];
        const kern = advance - (glyphs.width[i] as number);
        if (kern !== 0) {
          tj += `<${run}> ${pdfNumber(-kern)} `;
          run = "";
        }
      }
      if (run !== "") tj += `<${run}> `;
      s = { width: width / 1000, tj };
    }
    // The distinct words of a register's appendix (its Mã số, its contents) are many: the cache starts afresh when
    // full; the glyphs stay in the subset.
    if (face.words.size >= 200_000) face.words.clear();
    face.words.set(word, s);
    return s;
  }

  private lineHeight(face: Face, size: number): number {
    return face.font.lineHeight(size) * this.lineHeightFactor;
  }

  /**
   * Lines of paragraphs laid out before, per paragraph node: a long table's equal cells are one node (its dates,
   * kinds, units, the same deadline missed), laid out once for a given width, size and weight (the last 20,000
   * paragraphs). Lines are only read once made.
   */
  private readonly laidOut = new Map<ParagraphNode, { key: string; lines: Line[] }>();

  private layoutParagraph(p: ParagraphNode, width: number, base: { size: number; bold?: boolean }): Line[] {
    const key = `${width}|${base.size}|${base.bold === true}`;
    const known = this.laidOut.get(p);
    if (known?.key === key) return known.lines;
    const lines = this.layoutLines(p, width, base);
    // Bounded, like the sharing of equal cells: a register's unique cells are not all kept laid out.
    if (this.laidOut.size >= 20_000) this.laidOut.clear();
    this.laidOut.set(p, { key, lines });
    return lines;
  }

  /** Lines of a paragraph broken to a width (greedy, at spaces; a word longer than the width is cut). */
  private layoutLines(p: ParagraphNode, width: number, base: { size: number; bold?: boolean }): Line[] {
    const size = p.size ?? base.size;
    const lines: Line[] = [];
    let line: Line = { segments: [], width: 0, height: 0 };
    const pushLine = (force: boolean) => {
      if (line.segments.length > 0 || force) {
        if (line.height === 0) line.height = this.lineHeight(this.face(false, false), size);
        lines.push(line);
      }
      line = { segments: [], width: 0, height: 0 };
    };
    const place = (word: string, face: Face, runSize: number, space: boolean) => {
      const spaceWidth = space && line.segments.length > 0 ? this.widthOf(face, " ", runSize) : 0;
      const w = this.widthOf(face, word, runSize);
      if (line.segments.length > 0 && line.width + spaceWidth + w > width + 0.01) pushLine(false);
      let text = word;
      // A word wider than the whole cell: cut into pieces that each fill a line (see `fittingPrefix`).
      if (w > width) {
        for (let cut = fittingPrefix(text, width, (t) => this.widthOf(face, t, runSize)); cut < text.length; ) {
          this.addSegment(line, text.slice(0, cut), face, runSize, false);
          pushLine(false);
          text = text.slice(cut);
          cut = fittingPrefix(text, width, (t) => this.widthOf(face, t, runSize));
        }
      }
      this.addSegment(line, text, face, runSize, line.segments.length > 0 && space);
    };
    const children: readonly Inline[] = p.children;
    for (const run of children) {
      if (run.type === "break") {
        pushLine(true);
        continue;
      }
      const face = this.face(Boolean(run.bold ?? p.bold ?? base.bold), Boolean(run.italic ?? p.italic));
      const runSize = run.size ?? size;
      const words = run.value.normalize("NFC").split(" ");
      for (let i = 0; i < words.length; i++) {
        const word = words[i] as string;
        if (word === "") continue;
        // A space before the word when the run had one, or when it is not the run's first word.
        place(word, face, runSize, i > 0 || (line.segments.length > 0 && run.value.startsWith(" ")));
      }
    }
    pushLine(lines.length === 0);
    return lines;
  }

  /** Adds a word to a line, after a space when `space`. */
  private addSegment(line: Line, word: string, face: Face, size: number, space: boolean): void {
    const last = line.segments[line.segments.length - 1];
    const shaped = this.shaped(face, word);
    const blank = space ? this.shaped(face, " ") : undefined;
    const width = (shaped.width + (blank?.width ?? 0)) * size;
    const tj = blank ? [blank.tj, shaped.tj] : [shaped.tj];
    const drawable = tj.every((t): t is string => t !== null);
    if (last && last.face === face && last.size === size) {
      last.text += space ? ` ${word}` : word;
      last.width += width;
      if (last.tj !== null && drawable) last.tj.push(...tj);
      else last.tj = null;
    } else line.segments.push({ text: space ? ` ${word}` : word, face, size, width, tj: drawable ? tj : null });
    line.width += width;
    line.height = Math.max(line.height, this.lineHeight(face, size));
  }

  /**
   * Draws laid-out lines. Segments whose words are shaped are written as text operators into the open text object
   * (see {@link endText}: the operators pdfkit's `text` writes, its flipped text space, the baseline an ascender below
   * the top, the glyphs from the words' cache; the font set only when it changes); a segment pdfkit must shape itself
   * goes through its `text`, after the text object is closed.
   */
  private drawLines(lines: Line[], x: number, y: number, width: number, align: string | undefined): number {
    const page = this.pdf.page;
    let top = y;
    for (const line of lines) {
      let left = x;
      if (align === "center") left = x + (width - line.width) / 2;
      else if (align === "right") left = x + width - line.width;
      for (const s of line.segments) {
        const font = s.face.font;
        if (s.tj !== null) {
          if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
          const baseline = page.height - top - (font.ascender / 1000) * s.size;
          let ops = `1 0 0 1 ${pdfNumber(left)} ${pdfNumber(baseline)} Tm\n`;
          if (this.textFont !== font.id || this.textSize !== s.size) {
            ops += `/${font.id} ${pdfNumber(s.size)} Tf\n`;
            this.textFont = font.id;
            this.textSize = s.size;
          }
          s.tjText ??= s.tj.join("");
          this.textOps += `${ops}[${s.tjText}] TJ\n`;
        } else {
          this.endText();
          this.flushOps();
          this.pdf._font = font;
          this.pdf.fontSize(s.size);
          this.pdf.text(s.text, left, top, { lineBreak: false, textWidth: s.width, wordCount: 1 });
        }
        left += s.width;
      }
      top += line.height;
    }
    return top - y;
  }

  /** Text operators drawn since the text object was opened (one per table row, paragraph or page number). */
  private textOps = "";
  /** The font and size the open text object has set (none set at its start). */
  private textFont: string | null = null;
  private textSize: number | null = null;

  /**
   * Closes the open text object: its operators written inside pdfkit's flipped text space, as one `BT … ET` (the
   * cells of a row share one, where each cell had its own, and their font is set once: a year's overdue list was
   * about 40 % smaller before compression).
   */
  private endText(): void {
    if (this.textOps === "") return;
    this.emit(`q\n1 0 0 -1 0 ${pdfNumber(this.pdf.page.height)} cm\nBT\n${this.textOps}ET\nQ`);
    this.textOps = "";
    this.textFont = null;
    this.textSize = null;
  }

  /**
   * Operators of the current page not yet handed to pdfkit: pdfkit turns each `addContent` into a buffer of its own
   * (a line feed after it), so a page's operators are handed over at once, joined by line feeds — the same bytes.
   */
  private pending: string[] = [];

  private emit(op: string): void {
    this.pending.push(op);
  }

  /** Hands the pending operators to the page, before pdfkit writes to it itself or the page ends. */
  private flushOps(): void {
    this.endText();
    if (this.pending.length === 0) return;
    this.pdf.addContent(this.pending.join("\n"));
    this.pending = [];
  }

  private pages = 0;

  private async newPage(orientation: "portrait" | "landscape"): Promise<void> {
    this.flushOps();
    // pdfkit keeps the shaped glyphs of every distinct text it drew (its layout cache): emptied every 40 pages so
    // that a register's memory does not grow with its rows, while the texts repeated on nearby pages stay cached.
    if (++this.pages % 40 === 0)
      for (const f of this.faces.values()) (f.font as { layoutCache?: object }).layoutCache = Object.create(null);
    // The pages so far are written out as the next ones are drawn, else a register's content streams (hundreds of MB
    // uncompressed) wait for the end. pdfmake has drawn all of its own pages by now. In Node a finished page of ours
    // is compressed here, at zlib's fastest level (see compressContent); elsewhere pdfkit compresses it as it ends it.
    if (this.zlib && this.ownPage) compressContent(this.zlib, this.pdf.page.content);
    this.pdf.flushPages();
    // pdfkit's addPage leaves the page before it alone: each page is ended here, once its content is complete.
    this.pdf.options.bufferPages = true;
    const w = mmToPt(A4_MM.width);
    const h = mmToPt(A4_MM.height);
    this.page = orientation === "landscape" ? { width: h, height: w } : { width: w, height: h };
    this.pdf.addPage({ size: [this.page.width, this.page.height], margins: this.margins });
    this.ownPage = true;
    this.y = this.margins.top;
    if (this.doc.page.pageNumbers === "topFromSecondPage") {
      const range = this.pdf.bufferedPageRange();
      const number = range.start + range.count;
      if (number > 1) {
        const line: Line = { segments: [], width: 0, height: 0 };
        this.addSegment(line, String(number), this.face(false, false), 13, false);
        this.pdf.fillColor("black");
        this.drawLines([line], 0, mmToPt(10), this.page.width, "center");
        this.endText();
      }
    }
  }

  private get contentWidth(): number {
    return this.page.width - this.margins.left - this.margins.right;
  }

  private get bottom(): number {
    return this.page.height - this.margins.bottom;
  }

  /** Draws the blocks (sections, page breaks) of the tail, each section from a new page. */
  async draw(blocks: readonly Block[]): Promise<void> {
    this.pdf.fillColor("black");
    for (const b of blocks) {
      if (b.type !== "section") continue; // a page break between sections: a section starts a page anyway
      await this.newPage(b.orientation);
      for (const c of b.children) {
        if (c.type === "table") await this.drawTable(c);
        else if (c.type === "pageBreak") await this.newPage(b.orientation);
        else if (c.type === "paragraph") await this.drawParagraph(c);
        else if (c.type === "heading")
          await this.drawParagraph({
            type: "paragraph",
            children: c.children,
            align: c.align ?? "left",
            bold: c.level <= 2,
            italic: c.level >= 2,
            spaceBeforePt: 6,
            spaceAfterPt: 6,
          });
      }
    }
    // The last page stays buffered: pdfkit compresses and writes it when the document ends.
    this.flushOps();
  }

  private async drawParagraph(p: ParagraphNode): Promise<void> {
    const lines = this.layoutParagraph(p, this.contentWidth - (p.indentMm ? mmToPt(p.indentMm) : 0), {
      size: this.doc.font.sizePt,
    });
    const height = lines.reduce((a, l) => a + l.height, 0) + (p.spaceBeforePt ?? 0);
    if (this.y + height > this.bottom && this.y > this.margins.top) await this.newPage(this.orientation());
    this.y += p.spaceBeforePt ?? 0;
    this.y += this.drawLines(
      lines,
      this.margins.left + (p.indentMm ? mmToPt(p.indentMm) : 0),
      this.y,
      this.contentWidth,
      p.align === "justify" ? "left" : p.align,
    );
    this.endText();
    this.y += p.spaceAfterPt ?? 0;
  }

  private orientation(): "portrait" | "landscape" {
    return this.page.width > this.page.height ? "landscape" : "portrait";
  }

  private async drawTable(t: TableNode): Promise<void> {
    const total = t.widths.reduce((a, b) => a + b, 0);
    const bordered = t.borders !== false;
    const padX = bordered ? 4 : 0;
    const padY = 2;
    const widths = t.widths.map((w) => (w / total) * this.contentWidth);
    const lefts: number[] = [];
    let x = this.margins.left;
    for (const w of widths) {
      lefts.push(x);
      x += w;
    }
    const right = x;
    const size = t.size ?? this.doc.font.sizePt;
    type Laid = {
      cells: { lines: Line[]; left: number; width: number; align: string | undefined; valign: string }[];
      height: number;
    };
    const layRow = (r: number): Laid => {
      const row = t.rows[r] as TableNode["rows"][number];
      let col = 0;
      let height = 0;
      const cells: Laid["cells"] = [];
      for (const c of row.cells) {
        const span = c.colSpan ?? 1;
        const left = lefts[col] as number;
        const width = span === 1 ? (widths[col] as number) : widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        col += span;
        // A cell of one paragraph (nearly all) draws the paragraph's laid-out lines themselves; they are only read.
        const only = c.children.length === 1 ? c.children[0] : undefined;
        const lines: Line[] = only?.type === "paragraph" ? this.layoutParagraph(only, width - 2 * padX, { size }) : [];
        if (only === undefined) {
          for (const p of c.children) {
            if (p.type !== "paragraph") continue;
            lines.push(...this.layoutParagraph(p, width - 2 * padX, { size }));
          }
        }
        const h = lines.reduce((a, l) => a + l.height, 0) + 2 * padY;
        height = Math.max(height, h);
        const header = r < t.headerRows;
        cells.push({
          lines,
          left,
          width,
          align: c.children.find((p) => p.type === "paragraph")?.align ?? c.align,
          valign: c.verticalAlign ?? (header ? "middle" : "top"),
        });
      }
      return { cells, height };
    };
    const drawRow = (laid: Laid) => {
      const top = this.y;
      for (const c of laid.cells) {
        const textHeight = c.lines.reduce((a, l) => a + l.height, 0);
        const free = laid.height - 2 * padY - textHeight;
        const offset = c.valign === "middle" ? free / 2 : c.valign === "bottom" ? free : 0;
        this.drawLines(c.lines, c.left + padX, top + padY + offset, c.width - 2 * padX, c.align);
      }
      this.endText();
      if (bordered) {
        // What pdfkit's lineWidth(0.5) and strokeColor("black") write, then the rules of the row as one path (what
        // its moveTo, lineTo and stroke write).
        this.emit(STROKE_STYLE);
        const y0 = pdfNumber(top);
        const y1 = pdfNumber(top + laid.height);
        const x0 = pdfNumber(lefts[0] as number);
        const x1 = pdfNumber(right);
        let path = `${x0} ${y0} m\n${x1} ${y0} l\n${x0} ${y1} m\n${x1} ${y1} l\n`;
        for (const c of laid.cells) path += `${pdfNumber(c.left)} ${y0} m\n${pdfNumber(c.left)} ${y1} l\n`;
        this.emit(`${path}${x1} ${y0} m\n${x1} ${y1} l\nS`);
      }
      this.y += laid.height;
    };
    const headers: Laid[] = [];
    for (let r = 0; r < Math.min(t.headerRows, t.rows.length); r++) headers.push(layRow(r));
    const headerHeight = headers.reduce((a, h) => a + h.height, 0);
    const drawHeaders = () => {
      for (const h of headers) drawRow(h);
    };
    // The header stays with the first row (pdfmake's keepWithHeaderRows).
    const first = t.rows.length > t.headerRows ? layRow(t.headerRows) : undefined;
    if (this.y + headerHeight + (first?.height ?? 0) > this.bottom && this.y > this.margins.top)
      await this.newPage(this.orientation());
    drawHeaders();
    // A row taller than a page (a long content pasted in a cell) is split across pages, its cells' lines continued
    // under the repeated header, rather than run off the page's foot.
    const room = () => this.bottom - this.margins.top - headerHeight;
    const drawTall = async (laid: Laid) => {
      const left = laid.cells.map((c) => [...c.lines]);
      while (left.some((lines) => lines.length > 0)) {
        const avail = this.bottom - this.y - 2 * padY;
        const part = left.map((lines) => {
          let h = 0;
          let k = 0;
          while (k < lines.length && h + (lines[k] as Line).height <= avail) h += (lines[k++] as Line).height;
          return lines.splice(0, Math.max(k, Math.min(1, lines.length)));
        });
        const height = Math.max(...part.map((lines) => lines.reduce((a, l) => a + l.height, 0))) + 2 * padY;
        drawRow({ cells: laid.cells.map((c, i) => ({ ...c, lines: part[i] as Line[], valign: "top" })), height });
        if (left.some((lines) => lines.length > 0)) {
          await this.newPage(this.orientation());
          drawHeaders();
        }
      }
    };
    for (let r = t.headerRows; r < t.rows.length; r++) {
      const laid = r === t.headerRows && first ? first : layRow(r);
      if (laid.height > room()) {
        // Started on this page when a few lines fit, else on the next.
        if (this.bottom - this.y < 6 * this.lineHeight(this.face(false, false), size)) {
          await this.newPage(this.orientation());
          drawHeaders();
        }
        await drawTall(laid);
        continue;
      }
      if (this.y + laid.height > this.bottom && this.y > this.margins.top + headerHeight) {
        await this.newPage(this.orientation());
        drawHeaders();
      }
      drawRow(laid);
    }
    this.y += 6;
  }
}

/** pdfkit's `lineWidth(0.5)` and `strokeColor("black")`, as it writes them. */
const STROKE_STYLE = "0.5 w\n/DeviceRGB CS\n0 0 0 SCN";

/** pdfkit's reference object of a stream: its chunks, and whether pdfkit compresses them when it ends. */
interface StreamRef {
  buffer: Uint8Array[];
  compress: boolean;
  data: { Filter?: string };
}

/**
 * The deflate level of the fast path's pages in Node: zlib's fastest. A year's overdue list (1,700 pages) was drawn in
 * 1.0–1.3 s with pdfkit's default level 6 on zlib's thread pool (which competed with the drawing for the machine's two
 * cores), in 0.75–1.0 s with level 1 here, for a file 12 % larger (docs/performance.md, session 20).
 */
const PAGE_DEFLATE_LEVEL = 1;

/**
 * Compresses a finished page's content stream and puts the result where pdfkit takes it when the page is written out,
 * marked as already compressed (pdfkit would compress it again at level 6). Same content, other bytes than a
 * browser's pdfkit gives (the web page's PDF already differs from the CLI's in its bytes, packages/web/README.md).
 */
function compressContent(zlib: NodeZlib, content: unknown): void {
  const ref = content as StreamRef;
  if (!ref.compress || ref.buffer.length === 0) return;
  ref.buffer = [zlib.deflateSync(concatBytes(ref.buffer), { level: PAGE_DEFLATE_LEVEL })];
  ref.compress = false;
  ref.data.Filter = "FlateDecode";
}
