import pdfmake from "pdfmake";
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { LONGEST_WHOLE_WORD, rowMayOutgrowPage } from "../document/_cells.js";
import { estimatedHeightPt } from "../document/_metrics.js";
import type { Block, DocumentNode, Inline, ParagraphNode, RuleNode, TableNode } from "../document/ir.js";
import { A4_MM } from "../document/ir.js";
import { hashDocument, mmToPt, TOOL_VERSION } from "../document/provenance.js";
import {
  LONG_CELL_CHARS,
  LONG_TABLE_ROWS,
  LongTableWriter,
  longTableTailStart,
  type PdfKitLike,
} from "./_longTables.js";
import { keepWhole, pieces } from "./_words.js";

/** The four faces of the font embedded in the PDF. */
export interface PdfFonts {
  normal: Uint8Array;
  bold: Uint8Array;
  italics: Uint8Array;
  bolditalics: Uint8Array;
}

/** Options of {@link renderPdf}. */
export interface RenderPdfOptions {
  /** Font files: Tinos (Times-metric, every Vietnamese glyph) from the Node entry, or real Times New Roman. */
  fonts: PdfFonts;
  /** Extra provenance written into the metadata (e.g. `{ revealIdentities: "yes" }`). */
  provenance?: Record<string, string>;
  /**
   * Tables of at least this many rows (400 by default), in the landscape sections that end a document (the
   * register appendices), are drawn directly page by page instead of through pdfmake's layout: the same look, in
   * memory that does not grow with the rows.
   */
  longTableRows?: number;
  /**
   * A table with a cell of at least this many characters (10,000 by default) is drawn the same direct way, whatever
   * its length: pdfmake's layout of one paragraph grows with the square of its break opportunities.
   */
  longCellChars?: number;
}

/** What a handler returns and the state it gets: the text width of the current page orientation. */
interface PdfState {
  contentWidthPt: number;
  bodySize: number;
}

type Handler<T extends Block> = (node: T, state: PdfState) => Content;

function runs(children: readonly Inline[], base: { size?: number | undefined }): Content[] {
  return children.flatMap((c): Content[] => {
    if (c.type === "break") return [{ text: "\n" }];
    const style = {
      ...(c.bold ? { bold: true } : {}),
      ...(c.italic ? { italics: true } : {}),
      ...(c.underline ? { decoration: "underline" as const } : {}),
      ...((c.size ?? base.size) ? { fontSize: c.size ?? base.size } : {}),
    };
    const value = c.value.normalize("NFC");
    // Unbreakable codes in every paragraph, not only justified ones: "11-QĐi/TW" stays whole in a table cell too.
    return keepWhole(value).flatMap((part) =>
      part.noWrap ? [{ ...part, ...style }] : pieces(part.text).map((piece) => ({ text: piece, ...style })),
    );
  });
}

/**
 * The paragraphs kept with the signature block (the last paragraph and its heading) stay on its page when they take
 * at most this height, in points: about half of a portrait page's text. Longer ones flow, and the block follows.
 */
const KEPT_HEIGHT_PT = 360;

/** A run without a space longer than a word kept whole: a pasted link or blob. */
const LONG_WORD = new RegExp(`\\S{${LONGEST_WHOLE_WORD + 1}}`);

/**
 * A paragraph of at least {@link LONG_CELL_CHARS} characters (a pasted document) is given to pdfmake as a stack of
 * paragraphs of about this many characters, each starting on a new line: pdfmake lays out one paragraph in a time
 * that grows with the square of its break opportunities (200,000 characters of "a/" took 40 s).
 */
const CHUNK_CHARS = 8_000;

/** The inlines of a long paragraph in groups of about {@link CHUNK_CHARS} characters (an inline is never cut). */
function chunks(inlines: readonly Content[]): Content[][] {
  const out: Content[][] = [];
  let current: Content[] = [];
  let chars = 0;
  for (const inline of inlines) {
    const text = (inline as { text?: unknown }).text;
    const length = typeof text === "string" ? text.length : 0;
    if (chars + length > CHUNK_CHARS && current.length > 0) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(inline);
    chars += length;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function paragraphContent(p: ParagraphNode): Content {
  const children = p.children.length > 0 ? runs(p.children, { size: p.size }) : [{ text: " " }];
  // A justified paragraph holding a pasted link or blob is set flush left: justification would open gaps inside it,
  // at its "-" and "/" and between the pieces pdfmake is given.
  const blob = p.align === "justify" && p.children.some((c) => c.type === "text" && LONG_WORD.test(c.value));
  const style = {
    alignment: blob ? "left" : (p.align ?? "left"),
    ...(p.size ? { fontSize: p.size } : {}),
    ...(p.bold ? { bold: true } : {}),
    ...(p.italic ? { italics: true } : {}),
  };
  const indent = p.indentMm ? { leadingIndent: mmToPt(p.indentMm) } : {};
  const margin = [0, p.spaceBeforePt ?? 0, 0, p.spaceAfterPt ?? 0];
  let chars = 0;
  for (const c of p.children) if (c.type === "text") chars += c.value.length;
  if (chars >= LONG_CELL_CHARS) {
    const stack = chunks(children).map((text, i) => ({ text, ...style, ...(i === 0 ? indent : {}) }));
    return { stack, margin } as Content;
  }
  return { text: children, ...style, ...indent, margin } as Content;
}

function ruleContent(r: RuleNode): Content {
  const w = mmToPt(r.widthMm);
  const line = { canvas: [{ type: "line", x1: 0, y1: 2, x2: w, y2: 2, lineWidth: 0.6 }], width: w };
  return (
    r.align === "center"
      ? { columns: [{ text: "", width: "*" }, line, { text: "", width: "*" }], margin: [0, 0, 0, 4] }
      : line
  ) as Content;
}

function tableContent(t: TableNode, state: PdfState): Content {
  const total = t.widths.reduce((a, b) => a + b, 0);
  // pdfmake adds cell padding (4 pt each side by default) to the given widths.
  const padding = t.borders === false ? 0 : 8;
  const widths = t.widths.map((w) => (w / total) * state.contentWidthPt - padding - (t.borders === false ? 0 : 1));
  const columns = t.widths.length;
  const tall = t.rows.some((row) => rowMayOutgrowPage(row, widths, t.size ?? state.bodySize));
  // pdfmake wants a full grid: spanned positions hold empty placeholders.
  const covered = new Map<string, true>();
  const body: TableCell[][] = t.rows.map((row, r) => {
    const out: TableCell[] = [];
    let col = 0;
    const skip = () => {
      while (covered.has(`${r}:${col}`)) {
        out.push({});
        col++;
      }
    };
    for (const c of row.cells) {
      skip();
      const colSpan = c.colSpan ?? 1;
      const rowSpan = c.rowSpan ?? 1;
      for (let dr = 0; dr < rowSpan; dr++)
        for (let dc = 0; dc < colSpan; dc++) if (dr || dc) covered.set(`${r + dr}:${col + dc}`, true);
      out.push({
        stack: c.children.map((p) =>
          p.type === "rule"
            ? ruleContent(p)
            : paragraphContent({ ...p, ...(p.align || !c.align ? {} : { align: c.align }) }),
        ),
        ...(colSpan > 1 ? { colSpan } : {}),
        ...(rowSpan > 1 ? { rowSpan } : {}),
        // Header cells are centred vertically, as in the DOCX renderer. A cell spanning rows is not: pdfmake centres
        // it over one row too many, and its last line then crosses the rule under it (review s14 F4).
        ...(rowSpan === 1 && (c.verticalAlign ?? (r < t.headerRows ? "middle" : undefined))
          ? { verticalAlignment: c.verticalAlign ?? "middle" }
          : {}),
      } as TableCell);
      col++;
      for (let k = 1; k < colSpan; k++) {
        out.push({});
        col++;
      }
    }
    skip();
    while (out.length < columns) out.push({});
    return out;
  });
  return {
    // keepWithHeaderRows: a header is never left alone at the foot of a page.
    table: {
      headerRows: t.headerRows,
      widths,
      body,
      // Rows are kept whole, and the header with the first row, unless a row may be taller than a page: pdfmake
      // would leave it out altogether (with the header, when it is the first).
      dontBreakRows: !tall,
      ...(t.headerRows > 0 && !tall ? { keepWithHeaderRows: 1 } : {}),
    },
    layout:
      t.borders === false
        ? "noBorders"
        : { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingLeft: () => 4, paddingRight: () => 4 },
    ...(t.size ? { fontSize: t.size } : {}),
    margin: [0, 0, 0, 6],
  } as Content;
}

const HANDLERS: { [K in Block["type"]]: Handler<Extract<Block, { type: K }>> } = {
  paragraph: (p) => paragraphContent(p),
  heading: (h) =>
    ({
      ...(paragraphContent({
        type: "paragraph",
        children: h.children,
        align: h.align ?? "left",
        bold: h.level <= 2,
        italic: h.level >= 2,
        spaceBeforePt: 6,
        spaceAfterPt: 6,
      }) as object),
      headlineLevel: h.level,
    }) as Content,
  list: (l) => {
    const items = l.items.map((i) => ({ text: runs(i.children, {}), margin: [0, 0, 0, 3] }));
    return (l.ordered ? { ol: items, margin: [18, 0, 0, 6] } : { ul: items, margin: [18, 0, 0, 6] }) as Content;
  },
  table: (t, state) => tableContent(t, state),
  pageBreak: () => ({ text: "", pageBreak: "after" }),
  rule: (r) => ruleContent(r),
  section: () => {
    throw new TypeError("renderPdf: sections are handled at the top level only");
  },
};

function renderBlocks(blocks: readonly Block[], state: PdfState): Content[] {
  return blocks.map((b) => {
    const handler = HANDLERS[b.type] as Handler<Block> | undefined;
    if (!handler)
      throw new TypeError(`renderPdf: no handler for IR node type ${JSON.stringify((b as { type: unknown }).type)}`);
    return handler(b, state);
  });
}

/**
 * Renders a document IR to PDF bytes with pdfmake: A4, the profile's margins, the given font embedded (every
 * Vietnamese glyph; text NFC), tables with repeating header rows, landscape sections on pages of their own, page
 * numbers at the top centre from page 2. Deterministic: the file's dates are the document date and the
 * metadata carries the tool version and a hash of the IR (`TiepdanInputHash`). Runs in Node and browsers.
 *
 * @param doc - the document IR (from `buildDocument`)
 * @param options - font bytes and extra provenance
 * @returns the PDF bytes
 * @example
 * const pdf = await renderPdf(doc, { fonts: await readDefaultFonts() });
 */
export async function renderPdf(doc: DocumentNode, options: RenderPdfOptions): Promise<Uint8Array> {
  const { marginsMm } = doc.page;
  const portrait = mmToPt(A4_MM.width - marginsMm.left - marginsMm.right);
  const landscape = mmToPt(A4_MM.height - marginsMm.left - marginsMm.right);
  const content: Content[] = [];
  let lastLandscape = false;
  // Dispatch: a tail of long tables goes to the fast path (pdf/_longTables.ts), the rest to pdfmake.
  const tail = longTableTailStart(
    doc,
    options.longTableRows ?? LONG_TABLE_ROWS,
    options.longCellChars ?? LONG_CELL_CHARS,
  );
  const kept: Content[] = [];
  let keptHeight = 0;
  for (const b of tail > 0 ? doc.children.slice(0, tail) : doc.children) {
    if (b.type === "section") {
      content.push(...kept.splice(0));
      keptHeight = 0;
      const isLandscape = b.orientation === "landscape";
      const inner = renderBlocks(b.children, {
        contentWidthPt: isLandscape ? landscape : portrait,
        bodySize: doc.font.sizePt,
      });
      if (inner.length > 0) {
        inner[0] = { stack: [inner[0] as Content], pageBreak: "before", pageOrientation: b.orientation } as Content;
        content.push(...inner);
        lastLandscape = isLandscape;
      }
      continue;
    }
    if (lastLandscape && b.type === "pageBreak") continue; // leaving a landscape section already starts a page
    let [rendered] = renderBlocks([b], { contentWidthPt: portrait, bodySize: doc.font.sizePt });
    // A paragraph kept with the next block: both go into one unbreakable stack (pdfmake has no keep-with-next).
    if ((b.type === "paragraph" || b.type === "heading") && b.keepWithNext) {
      kept.push(rendered as Content);
      const node: ParagraphNode = b.type === "paragraph" ? b : { type: "paragraph", children: b.children };
      keptHeight += estimatedHeightPt(node, portrait, doc.font.sizePt);
      continue;
    }
    if (kept.length > 0) {
      // Unless the paragraphs kept with it may take most of a page: pdfmake leaves out an unbreakable stack taller
      // than a page, the signature block with it.
      rendered =
        keptHeight > KEPT_HEIGHT_PT
          ? ({ stack: [...kept, { stack: [rendered as Content], unbreakable: true }] } as Content)
          : ({ stack: [...kept, rendered as Content], unbreakable: true } as Content);
      kept.length = 0;
      keptHeight = 0;
    }
    if (lastLandscape) {
      content.push({ stack: [rendered as Content], pageBreak: "before", pageOrientation: "portrait" } as Content);
      lastLandscape = false;
    } else content.push(rendered as Content);
  }
  content.push(...kept.splice(0));

  const date = new Date(`${doc.info.date}T00:00:00Z`);
  const hash = await hashDocument(doc);
  const definition: TDocumentDefinitions = {
    pageSize: "A4",
    pageOrientation: "portrait",
    pageMargins: [mmToPt(marginsMm.left), mmToPt(marginsMm.top), mmToPt(marginsMm.right), mmToPt(marginsMm.bottom)],
    defaultStyle: { font: "TiepdanSerif", fontSize: doc.font.sizePt, lineHeight: 1.1 },
    content,
    // A heading never ends a page: when nothing follows it on its page, it moves to the next one.
    pageBreakBefore: (node, query) => node.headlineLevel !== undefined && query.getFollowingNodesOnPage().length === 0,
    ...(doc.page.pageNumbers === "topFromSecondPage"
      ? {
          header: (currentPage: number) =>
            currentPage > 1
              ? { text: String(currentPage), alignment: "center", fontSize: 13, margin: [0, mmToPt(10), 0, 0] }
              : null,
        }
      : {}),
    info: {
      title: doc.info.title,
      ...(doc.info.subject ? { subject: doc.info.subject } : {}),
      ...(doc.info.author ? { author: doc.info.author } : {}),
      creator: TOOL_VERSION,
      producer: TOOL_VERSION,
      creationDate: date,
      modDate: date,
      TiepdanInputHash: hash,
      ...options.provenance,
    } as TDocumentDefinitions["info"],
  } as TDocumentDefinitions;

  // pdfmake 0.3 keeps fonts in its virtual file system (typed only for browsers in @types/pdfmake).
  const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, content: Uint8Array): void } })
    .virtualfs;
  vfs.writeFileSync("tiepdan-serif-normal.ttf", options.fonts.normal);
  vfs.writeFileSync("tiepdan-serif-bold.ttf", options.fonts.bold);
  vfs.writeFileSync("tiepdan-serif-italics.ttf", options.fonts.italics);
  vfs.writeFileSync("tiepdan-serif-bolditalics.ttf", options.fonts.bolditalics);
  pdfmake.setUrlAccessPolicy(DENY);
  pdfmake.setLocalAccessPolicy?.(DENY);
  pdfmake.setFonts({
    TiepdanSerif: {
      normal: "tiepdan-serif-normal.ttf",
      bold: "tiepdan-serif-bold.ttf",
      italics: "tiepdan-serif-italics.ttf",
      bolditalics: "tiepdan-serif-bolditalics.ttf",
    },
  });
  if (tail <= 0) return new Uint8Array(await pdfmake.createPdf(definition).getBuffer());
  const pdf = (await pdfmake.createPdf(definition).getStream()) as unknown as PdfKitLike & {
    on(event: "data", listener: (chunk: Uint8Array) => void): unknown;
    once(event: "end", listener: () => void): unknown;
    end(): void;
  };
  const out = new GrowingBytes();
  pdf.on("data", (chunk) => out.push(chunk));
  const ended = new Promise<void>((resolve) => pdf.once("end", resolve));
  await new LongTableWriter(pdf, doc, "TiepdanSerif").draw(doc.children.slice(tail));
  pdf.end();
  await ended;
  return out.bytes();
}

// pdfmake keeps its access policies in module state: a closure made inside renderPdf would keep the last document
// (its pages, fonts and output) alive after it returns.
const DENY = () => false;

/**
 * The PDF's bytes as they come: each chunk copied at once. pdfkit's chunks are small views of larger buffers
 * (zlib's output, Buffer's pool), so keeping the chunks themselves held about ten times the file's size.
 */
class GrowingBytes {
  private buffer = new Uint8Array(1 << 20);
  private length = 0;

  push(chunk: Uint8Array): void {
    if (this.length + chunk.length > this.buffer.length) {
      const bigger = new Uint8Array(Math.max(this.buffer.length * 2, this.length + chunk.length));
      bigger.set(this.buffer.subarray(0, this.length));
      this.buffer = bigger;
    }
    this.buffer.set(chunk, this.length);
    this.length += chunk.length;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
