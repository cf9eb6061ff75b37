import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { fixZipTimes } from "../document/_zipTimes.js";
import type { Align, Block, DocumentNode, Inline, ParagraphNode, RuleNode, TableNode } from "../document/ir.js";
import { A4_MM } from "../document/ir.js";
import { hashDocument, mmToTwip, TOOL_VERSION } from "../document/provenance.js";
import {
  isLongTable,
  keepRowWhole,
  LONG_TABLE_ROWS,
  type LongTable,
  longTableMarker,
  spliceLongTables,
  tableGrid,
} from "./_longTables.js";

/** Options of {@link renderDocx}. */
export interface RenderDocxOptions {
  /** Extra provenance written as custom document properties (e.g. `{ revealIdentities: "yes" }`). */
  provenance?: Record<string, string>;
  /**
   * Tables of at least this many rows (400 by default) are written as XML streamed into the package, row by row,
   * instead of through docx's objects: the same table, in memory that does not grow with the rows.
   */
  longTableRows?: number;
}

interface DocxState {
  /** Text width of the current orientation, in twips. */
  contentWidth: number;
  /** The document's type size, in points (a table without its own size is set in it). */
  bodySize: number;
  /** Counter for restarting numbered lists. */
  lists: { next: number };
  /** Long tables set aside for the fast path (docx/_longTables.ts), and from how many rows a table is long. */
  long: { tables: LongTable[]; minRows: number };
}

type Child = Paragraph | Table;
type Handler<T extends Block> = (node: T, state: DocxState) => Child[];

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const FONT = "Times New Roman";

function runs(
  children: readonly Inline[],
  base: { size?: number | undefined; bold?: boolean | undefined; italic?: boolean | undefined },
): TextRun[] {
  return children.map((c) =>
    c.type === "break"
      ? new TextRun({ break: 1, ...(base.size ? { size: Math.round(base.size * 2) } : {}) })
      : new TextRun({
          text: c.value.normalize("NFC"),
          ...((c.bold ?? base.bold) ? { bold: true } : {}),
          ...((c.italic ?? base.italic) ? { italics: true } : {}),
          ...(c.underline ? { underline: {} } : {}),
          ...((c.size ?? base.size) ? { size: Math.round((c.size ?? base.size ?? 14) * 2) } : {}),
        }),
  );
}

function paragraphOf(p: ParagraphNode, extra: { align?: Align | undefined } = {}): Paragraph {
  const align = p.align ?? extra.align;
  return new Paragraph({
    children: runs(p.children, { size: p.size, bold: p.bold, italic: p.italic }) as ParagraphChild[],
    ...(align ? { alignment: ALIGN[align] } : {}),
    // The paragraph mark at the paragraph's size: an empty cell of a 6 pt table is otherwise a 14 pt line.
    ...(p.size ? { run: { size: Math.round(p.size * 2) } } : {}),
    ...(p.indentMm ? { indent: { firstLine: mmToTwip(p.indentMm) } } : {}),
    ...(p.keepWithNext ? { keepNext: true, keepLines: true } : {}),
    ...(p.spaceBeforePt || p.spaceAfterPt
      ? { spacing: { before: Math.round((p.spaceBeforePt ?? 0) * 20), after: Math.round((p.spaceAfterPt ?? 0) * 20) } }
      : {}),
  });
}

function ruleOf(r: RuleNode, widthTwips: number): Paragraph {
  const w = mmToTwip(r.widthMm);
  const side = Math.max(0, Math.round((widthTwips - w) / 2));
  return new Paragraph({
    children: [],
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    indent: r.align === "center" ? { left: side, right: side } : { right: Math.max(0, widthTwips - w) },
    spacing: { before: 0, after: 80, line: 120 },
  });
}

function tableOf(t: TableNode, state: DocxState): Table {
  const { widths, gridWidth, textPt } = tableGrid(t, state.contentWidth, t.borders === false ? 0 : 80);
  return new Table({
    width: { size: gridWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: t.borders === false ? { left: 0, right: 0 } : { left: 80, right: 80 },
    ...(t.borders === false ? { borders: TableBorders.NONE } : {}),
    rows: t.rows.map((row, r) => {
      let col = 0;
      return new TableRow({
        tableHeader: r < t.headerRows,
        cantSplit: keepRowWhole(t, r, textPt, t.size ?? state.bodySize),
        children: row.cells.map((c) => {
          // Cells covered by a rowspan from above are not listed in the IR; docx inserts the continuation cells.
          const span = c.colSpan ?? 1;
          const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
          col += span;
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            ...(span > 1 ? { columnSpan: span } : {}),
            ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
            verticalAlign:
              c.verticalAlign === "top"
                ? VerticalAlign.TOP
                : c.verticalAlign === "bottom"
                  ? VerticalAlign.BOTTOM
                  : VerticalAlign.CENTER,
            margins: t.borders === false ? { left: 0, right: 0 } : { left: 80, right: 80 },
            children: c.children.map((p) =>
              p.type === "rule"
                ? ruleOf(p, width)
                : paragraphOf({ ...p, ...(t.size && !p.size ? { size: t.size } : {}) }, { align: c.align }),
            ),
          });
        }),
      });
    }),
  });
}

const HANDLERS: { [K in Block["type"]]: Handler<Extract<Block, { type: K }>> } = {
  paragraph: (p) => [paragraphOf(p)],
  heading: (h) => [
    new Paragraph({
      heading: h.level === 1 ? HeadingLevel.HEADING_1 : h.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
      children: runs(h.children, {}) as ParagraphChild[],
      // A heading stays on the page of what follows it.
      keepNext: true,
      ...(h.align ? { alignment: ALIGN[h.align] } : {}),
    }),
  ],
  list: (l, state) => {
    const instance = state.lists.next++;
    return l.items.map(
      (i) =>
        new Paragraph({
          children: runs(i.children, {}) as ParagraphChild[],
          ...(l.ordered
            ? { numbering: { reference: "tiepdan-ordered", level: 0, instance } }
            : { bullet: { level: 0 } }),
          spacing: { after: 60 },
        }),
    );
  },
  table: (t, state) => [
    // Dispatch: a long table leaves a marker paragraph that spliceLongTables replaces by the streamed table.
    isLongTable(t, state.long.minRows)
      ? new Paragraph({
          children: [
            new TextRun(
              longTableMarker(
                state.long.tables.push({ table: t, contentWidth: state.contentWidth, bodySize: state.bodySize }) - 1,
              ),
            ),
          ],
        })
      : tableOf(t, state),
    new Paragraph({ children: [], spacing: { after: 0 } }),
  ],
  pageBreak: () => [new Paragraph({ children: [new PageBreak()] })],
  rule: (r, state) => [ruleOf(r, state.contentWidth)],
  section: () => {
    throw new TypeError("renderDocx: sections are handled at the top level only");
  },
};

function renderBlocks(blocks: readonly Block[], state: DocxState): Child[] {
  return blocks.flatMap((b) => {
    const handler = HANDLERS[b.type] as Handler<Block> | undefined;
    if (!handler)
      throw new TypeError(`renderDocx: no handler for IR node type ${JSON.stringify((b as { type: unknown }).type)}`);
    return handler(b, state);
  });
}

const escapeXml = (v: string) =>
  v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** docProps/core.xml with the document date as creation and modification date (docx would write the clock's). */
function coreProperties(doc: DocumentNode): string {
  const stamp = `${doc.info.date}T00:00:00Z`;
  const el = (name: string, value: string | undefined) =>
    value ? `<${name}>${escapeXml(value.normalize("NFC"))}</${name}>` : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el("dc:title", doc.info.title) +
    el("dc:subject", doc.info.subject) +
    el("dc:creator", TOOL_VERSION) +
    el("dc:description", doc.info.subject ?? doc.info.title) +
    el("cp:lastModifiedBy", TOOL_VERSION) +
    "<cp:revision>1</cp:revision>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

/**
 * Renders a document IR to DOCX bytes with docx: Times New Roman named in the styles, A4 with the profile's margins
 * (millimetres to twips rounded, not floored), explicit table and cell widths, repeating header rows, landscape
 * sections, page numbers at the top centre from page 2, real heading and list styles so the file stays editable
 * in Word. Deterministic: the package's dates are the document date, and the custom properties carry the tool
 * version and a hash of the IR (`TiepdanInputHash`). Runs in Node and browsers.
 *
 * @param doc - the document IR (from `buildDocument`)
 * @param options - extra provenance
 * @returns the DOCX bytes
 * @example
 * const docx = await renderDocx(doc);
 */
export async function renderDocx(doc: DocumentNode, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  const m = doc.page.marginsMm;
  const margin = {
    top: mmToTwip(m.top),
    right: mmToTwip(m.right),
    bottom: mmToTwip(m.bottom),
    left: mmToTwip(m.left),
    header: mmToTwip(10),
  };
  const portraitWidth = mmToTwip(A4_MM.width) - margin.left - margin.right;
  const landscapeWidth = mmToTwip(A4_MM.height) - margin.left - margin.right;
  const lists = { next: 1 };
  const long = { tables: [] as LongTable[], minRows: options.longTableRows ?? LONG_TABLE_ROWS };

  // Word sections: each IR section, and each run of blocks between them (a new section starts a new page, so a
  // page break right after an IR section is dropped).
  const groups: { orientation: "portrait" | "landscape"; blocks: Block[]; fromSection: boolean }[] = [];
  for (const b of doc.children) {
    const last = groups[groups.length - 1];
    if (b.type === "section") groups.push({ orientation: b.orientation, blocks: b.children, fromSection: true });
    else if (last && !last.fromSection) last.blocks.push(b);
    else if (!(last?.fromSection && b.type === "pageBreak"))
      groups.push({ orientation: "portrait", blocks: [b], fromSection: false });
  }
  const pageNumberHeader = () =>
    new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })],
        }),
      ],
    });
  const numbered = doc.page.pageNumbers === "topFromSecondPage";
  const sections = groups.map((g, i) => ({
    properties: {
      page: {
        size: {
          width: mmToTwip(A4_MM.width),
          height: mmToTwip(A4_MM.height),
          orientation: g.orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin,
      },
      ...(i === 0 && numbered ? { titlePage: true } : {}),
    },
    ...(numbered
      ? {
          headers: {
            default: pageNumberHeader(),
            ...(i === 0 ? { first: new Header({ children: [new Paragraph({ children: [] })] }) } : {}),
          },
        }
      : {}),
    children: renderBlocks(g.blocks, {
      contentWidth: g.orientation === "landscape" ? landscapeWidth : portraitWidth,
      bodySize: doc.font.sizePt,
      lists,
      long,
    }),
  }));

  const hash = await hashDocument(doc);
  const size = Math.round(doc.font.sizePt * 2);
  const document = new Document({
    creator: TOOL_VERSION,
    lastModifiedBy: TOOL_VERSION,
    title: doc.info.title,
    ...(doc.info.subject ? { subject: doc.info.subject } : {}),
    description: doc.info.subject ?? doc.info.title,
    revision: 1,
    customProperties: [
      { name: "TiepdanInputHash", value: hash },
      { name: "TiepdanVersion", value: TOOL_VERSION },
      ...Object.entries(options.provenance ?? {}).map(([name, value]) => ({ name, value })),
    ],
    styles: {
      default: {
        // 1.2 lines, said as "auto": without the rule LibreOffice reads 288 twips as a minimum (14.4 pt), which
        // spread the 6 pt header rows of the forms over twice their height.
        document: { run: { font: FONT, size }, paragraph: { spacing: { line: 288, lineRule: LineRuleType.AUTO } } },
        heading1: {
          run: { font: FONT, size, bold: true, color: "000000" },
          paragraph: { spacing: { before: 120, after: 120 } },
        },
        heading2: {
          run: { font: FONT, size, bold: true, italics: true, color: "000000" },
          paragraph: { spacing: { before: 120, after: 120 } },
        },
        heading3: {
          run: { font: FONT, size, italics: true, color: "000000" },
          paragraph: { spacing: { before: 120, after: 60 } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: "tiepdan-ordered",
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: "%1.",
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections,
  });
  const bytes = new Uint8Array(
    await Packer.toArrayBuffer(document, false, [{ path: "docProps/core.xml", data: coreProperties(doc) }]),
  );
  return long.tables.length > 0
    ? await spliceLongTables(bytes, long.tables, doc.info.date)
    : fixZipTimes(bytes, doc.info.date);
}
