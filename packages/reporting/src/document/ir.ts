/**
 * The document IR: plain JSON nodes with a `type` field, the single input of both renderers (PDF and DOCX).
 * Templates produce markup that `parseMarkup` turns into blocks; a format profile (`buildDocument`) adds the
 * header, signature and "Nơi nhận" from `DocumentMeta` and fixes page size, margins and type sizes.
 */

/** Horizontal alignment. */
export type Align = "left" | "center" | "right" | "justify";

/** A run of text with its marks. */
export interface TextRun {
  type: "text";
  /** The text, NFC. */
  value: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Size in points; the paragraph's size otherwise. */
  size?: number;
}

/** A line break inside a paragraph. */
export interface LineBreak {
  type: "break";
}

/** Inline content. */
export type Inline = TextRun | LineBreak;

/** A paragraph. */
export interface ParagraphNode {
  type: "paragraph";
  children: Inline[];
  /** `justify` by default for body text. */
  align?: Align;
  /** First-line indent in millimetres. */
  indentMm?: number;
  /** Space before and after, in points. */
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Size in points for the whole paragraph. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** Keep on the same page as the block after it (the last paragraph with the signature block and "Nơi nhận"). */
  keepWithNext?: boolean;
}

/** A heading (level 1 is a section title such as "I. KẾT QUẢ"). */
export interface HeadingNode {
  type: "heading";
  level: 1 | 2 | 3;
  children: Inline[];
  align?: Align;
  /** Keep on the same page as the block after it (a heading always is in DOCX; this asks it of every renderer). */
  keepWithNext?: boolean;
}

/** A list. */
export interface ListNode {
  type: "list";
  ordered: boolean;
  items: ListItemNode[];
}

/** One item of a list. */
export interface ListItemNode {
  type: "listItem";
  children: Inline[];
}

/** A table cell. */
export interface TableCellNode {
  type: "cell";
  /** Paragraphs, and rules (the line under an agency name in a header). */
  children: (ParagraphNode | RuleNode)[];
  colSpan?: number;
  rowSpan?: number;
  align?: Align;
  /** Vertical alignment; `middle` by default in header rows. */
  verticalAlign?: "top" | "middle" | "bottom";
}

/** A table row. */
export interface TableRowNode {
  type: "row";
  cells: TableCellNode[];
}

/** A table. */
export interface TableNode {
  type: "table";
  /** Relative column widths (weights); the renderers spread them over the text width. */
  widths: number[];
  /** Rows repeated at the top of every page. */
  headerRows: number;
  rows: TableRowNode[];
  /** Cell borders; `true` by default (layout tables such as the document header have none). */
  borders?: boolean;
  /** Size in points of the table's text. */
  size?: number;
}

/** A page break. */
export interface PageBreakNode {
  type: "pageBreak";
}

/** A part of the document on pages of its own orientation (landscape for wide tables). */
export interface SectionNode {
  type: "section";
  orientation: "portrait" | "landscape";
  children: Block[];
}

/** A short horizontal line (the rule under an agency name or the motto). */
export interface RuleNode {
  type: "rule";
  /** Length in millimetres. */
  widthMm: number;
  align: "left" | "center";
}

/** Block content. */
export type Block = ParagraphNode | HeadingNode | ListNode | TableNode | PageBreakNode | SectionNode | RuleNode;

/** Page setup. */
export interface PageSetup {
  size: "A4";
  /** Margins in millimetres. */
  marginsMm: { top: number; right: number; bottom: number; left: number };
  /** Page numbers at the top centre from the second page (Nghị định 30/2020), or none. */
  pageNumbers: "none" | "topFromSecondPage";
}

/** A whole document, ready for a renderer. */
export interface DocumentNode {
  type: "document";
  page: PageSetup;
  /** Body font and size: Times New Roman, 14 pt by default. */
  font: { family: "Times New Roman"; sizePt: number };
  /** Metadata written into the file. */
  info: {
    title: string;
    subject?: string;
    author?: string;
    /** The document date: creation and modification dates of the file, so output is reproducible. */
    date: string;
  };
  children: Block[];
}

/** A4 in millimetres. */
export const A4_MM = { width: 210, height: 297 } as const;

/**
 * Collects the plain text of inline runs.
 *
 * @param children - inline nodes
 * @returns their text, line breaks as "\n"
 * @example
 * inlineText([{ type: "text", value: "Số " }, { type: "text", value: "97-KH/TU", bold: true }]) //=> "Số 97-KH/TU"
 */
export function inlineText(children: readonly Inline[]): string {
  return children.map((c) => (c.type === "text" ? c.value : "\n")).join("");
}

/**
 * Makes a text run, NFC-normalised.
 *
 * @param value - the text
 * @param marks - bold, italic, underline, size
 * @returns the run
 * @example
 * text("BÁO CÁO", { bold: true, size: 15 }) //=> { type: "text", value: "BÁO CÁO", bold: true, size: 15 }
 */
export function text(value: string, marks: Omit<TextRun, "type" | "value"> = {}): TextRun {
  return { type: "text", value: value.normalize("NFC"), ...marks };
}

/**
 * Makes a paragraph of one run.
 *
 * @param value - the text
 * @param options - paragraph options and marks for the run
 * @returns the paragraph
 * @example
 * paragraph("ĐẢNG CỘNG SẢN VIỆT NAM", { align: "center", bold: true, size: 15 })
 */
export function paragraph(
  value: string,
  options: Omit<ParagraphNode, "type" | "children"> & { underline?: boolean } = {},
): ParagraphNode {
  const { underline, ...rest } = options;
  return { type: "paragraph", ...rest, children: [text(value, underline ? { underline } : {})] };
}
