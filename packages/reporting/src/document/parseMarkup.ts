import { SaxesParser, type SaxesTagPlain } from "saxes";
import { compact, finishCell, SharedCells, textRun, tidy } from "./_cells.js";
import type {
  Align,
  Block,
  Inline,
  ListItemNode,
  ParagraphNode,
  TableCellNode,
  TableNode,
  TableRowNode,
} from "./ir.js";

/** Stable codes of markup errors. */
export type MarkupErrorCode =
  | "MARKUP_SYNTAX"
  | "MARKUP_UNKNOWN_ELEMENT"
  | "MARKUP_UNKNOWN_ATTRIBUTE"
  | "MARKUP_BAD_ATTRIBUTE"
  | "MARKUP_MISPLACED"
  | "MARKUP_TEXT_MISPLACED"
  | "MARKUP_TABLE_SHAPE";

/**
 * An error in template markup, with the line and column it is on (1-based line) and a Vietnamese message.
 *
 * @example
 * try { parseMarkup("<body><blink/></body>") } catch (e) { (e as MarkupError).code } //=> "MARKUP_UNKNOWN_ELEMENT"
 */
export class MarkupError extends Error {
  /** Stable code. */
  readonly code: MarkupErrorCode;
  /** Line of the markup, 1-based. */
  readonly line: number;
  /** Column, 1-based. */
  readonly column: number;

  /**
   * @param code - stable code
   * @param line - 1-based line
   * @param column - 1-based column
   * @param message - Vietnamese message
   */
  constructor(code: MarkupErrorCode, line: number, column: number, message: string) {
    super(`Dòng ${line}, cột ${column}: ${message}`);
    this.name = "MarkupError";
    this.code = code;
    this.line = line;
    this.column = column;
  }
}

const INLINE = new Set(["b", "i", "u", "br"]);
const BLOCK = new Set(["h1", "h2", "h3", "p", "ul", "ol", "table", "page-break"]);
const ATTRIBUTES: Record<string, readonly string[]> = {
  body: [],
  section: ["orientation"],
  h1: ["align"],
  h2: ["align"],
  h3: ["align"],
  p: ["align", "indent", "size"],
  b: [],
  i: [],
  u: [],
  br: [],
  ul: [],
  ol: [],
  li: [],
  table: ["widths", "header-rows", "size", "borders"],
  tr: [],
  th: ["colspan", "rowspan", "align", "valign"],
  td: ["colspan", "rowspan", "align", "valign"],
  "page-break": [],
};
const ALIGNS = new Set(["left", "center", "right", "justify"]);

interface Frame {
  name: string;
  /** Block children, for body, section, cells that hold paragraphs. */
  blocks?: Block[];
  /** Inline children, for paragraphs, headings, list items, cells with direct text, marks. */
  inlines?: Inline[];
  marks?: { bold?: boolean; italic?: boolean; underline?: boolean };
  node?: unknown;
}

/**
 * Parses the XHTML-like markup templates produce into IR blocks, with a strict XML parser (saxes): a document
 * that is not well-formed (an unquoted attribute, an unclosed tag, an HTML entity such as `&nbsp;`), an unknown
 * element or attribute, or content in the wrong place is an error that names its line.
 *
 * Elements: `<body>` (root); blocks `<h1>`–`<h3>` (`align`), `<p>` (`align`, `indent="no"`, `size`), `<ul>`/`<ol>`
 * with `<li>`, `<table widths="1,3,2" header-rows="2" size="12" borders="no">` with `<tr>` and `<th>`/`<td>`
 * (`colspan`, `rowspan`, `align`, `valign`), `<page-break/>`, `<section orientation="landscape">` (top level);
 * inline `<b>`, `<i>`, `<u>`, `<br/>`. Whitespace collapses as in HTML. Every row of a table must fill exactly the
 * columns of `widths`, counting spans.
 *
 * @param markup - the markup, `<body>…</body>`
 * @returns the blocks
 * @throws {MarkupError} with a stable code, line and column
 * @example
 * parseMarkup('<body><p align="center"><b>BÁO CÁO</b></p></body>')
 * //=> [{ type: "paragraph", align: "center", children: [{ type: "text", value: "BÁO CÁO", bold: true }] }]
 */
export function parseMarkup(markup: string): Block[] {
  if (typeof markup !== "string") throw new TypeError("parseMarkup: markup must be a string");
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: Frame[] = [];
  let result: Block[] | undefined;
  let failure: MarkupError | undefined;
  const fail = (code: MarkupErrorCode, message: string): never => {
    throw new MarkupError(code, parser.line, parser.column + 1, message);
  };
  const top = () => stack[stack.length - 1];
  const rowPositions = new WeakMap<TableRowNode, { line: number; column: number }>();

  const attr = (tag: SaxesTagPlain, name: string): string | undefined => tag.attributes[name];
  const alignOf = (tag: SaxesTagPlain): Align | undefined => {
    const a = attr(tag, "align");
    if (a === undefined) return undefined;
    if (!ALIGNS.has(a))
      fail("MARKUP_BAD_ATTRIBUTE", `Thuộc tính align="${a}" không hợp lệ; chỉ dùng left, center, right, justify.`);
    return a as Align;
  };
  const intOf = (tag: SaxesTagPlain, name: string, min: number): number | undefined => {
    const v = attr(tag, name);
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v) || Number(v) < min)
      fail("MARKUP_BAD_ATTRIBUTE", `Thuộc tính ${name}="${v}" phải là số nguyên từ ${min} trở lên.`);
    return Number(v);
  };

  parser.on("opentag", (tag) => {
    const name = tag.name;
    const allowed = ATTRIBUTES[name];
    if (allowed === undefined) fail("MARKUP_UNKNOWN_ELEMENT", `Thẻ <${name}> không được hỗ trợ.`);
    for (const a of Object.keys(tag.attributes)) {
      if (!allowed?.includes(a)) fail("MARKUP_UNKNOWN_ATTRIBUTE", `Thẻ <${name}> không có thuộc tính "${a}".`);
    }
    const parent = top();
    const parentName = parent?.name;
    const misplaced = () =>
      fail("MARKUP_MISPLACED", `Thẻ <${name}> không được đặt trong ${parentName ? `<${parentName}>` : "gốc văn bản"}.`);

    if (name === "body") {
      if (parent) misplaced();
      stack.push({ name, blocks: [] });
      return;
    }
    if (!parent) return fail("MARKUP_MISPLACED", `Văn bản phải bắt đầu bằng <body>, gặp <${name}>.`);

    if (INLINE.has(name)) {
      if (!parent.inlines) misplaced();
      if (name === "br") {
        parent.inlines?.push({ type: "break" });
        stack.push({ name });
        return;
      }
      const marks = {
        ...parent.marks,
        ...(name === "b" ? { bold: true } : name === "i" ? { italic: true } : { underline: true }),
      };
      stack.push({ name, inlines: parent.inlines as Inline[], marks });
      return;
    }
    if (name === "section") {
      if (parentName !== "body") misplaced();
      const o = attr(tag, "orientation");
      if (o !== "portrait" && o !== "landscape")
        fail("MARKUP_BAD_ATTRIBUTE", `<section> cần orientation="portrait" hoặc "landscape".`);
      const node = { type: "section" as const, orientation: o as "portrait" | "landscape", children: [] as Block[] };
      parent.blocks?.push(node);
      stack.push({ name, blocks: node.children, node });
      return;
    }
    if (BLOCK.has(name)) {
      const holdsBlocks =
        parentName === "body" ||
        parentName === "section" ||
        ((parentName === "td" || parentName === "th") && name === "p");
      if (!holdsBlocks || !parent.blocks) misplaced();
      if ((parentName === "td" || parentName === "th") && (parent.inlines?.length ?? 0) > 0) {
        fail(
          "MARKUP_MISPLACED",
          `Ô bảng đã có chữ trực tiếp thì không đặt thêm <p>; hãy bọc toàn bộ nội dung trong <p>.`,
        );
      }
      const blocks = parent.blocks as Block[];
      switch (name) {
        case "p": {
          const size = intOf(tag, "size", 6);
          const indent = attr(tag, "indent");
          if (indent !== undefined && indent !== "yes" && indent !== "no")
            fail("MARKUP_BAD_ATTRIBUTE", `indent chỉ nhận "yes" hoặc "no".`);
          const align = alignOf(tag);
          const node: ParagraphNode = {
            type: "paragraph",
            children: [],
            ...(align ? { align } : {}),
            ...(size ? { size } : {}),
            ...(indent === "no" ? { indentMm: 0 } : {}),
          };
          blocks.push(node);
          stack.push({ name, inlines: node.children, node });
          return;
        }
        case "h1":
        case "h2":
        case "h3": {
          const align = alignOf(tag);
          const node = {
            type: "heading" as const,
            level: Number(name[1]) as 1 | 2 | 3,
            children: [] as Inline[],
            ...(align ? { align } : {}),
          };
          blocks.push(node);
          stack.push({ name, inlines: node.children, node });
          return;
        }
        case "ul":
        case "ol": {
          const node = { type: "list" as const, ordered: name === "ol", items: [] as ListItemNode[] };
          blocks.push(node);
          stack.push({ name, node });
          return;
        }
        case "table": {
          const w = attr(tag, "widths");
          if (w === undefined || !/^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*$/.test(w)) {
            fail("MARKUP_BAD_ATTRIBUTE", `<table> cần widths="1,3,2" (độ rộng tương đối của từng cột, số dương).`);
          }
          const widths = (w as string).split(",").map((x) => Number(x.trim()));
          if (widths.some((x) => x <= 0)) fail("MARKUP_BAD_ATTRIBUTE", "Độ rộng cột phải lớn hơn 0.");
          const borders = attr(tag, "borders");
          if (borders !== undefined && borders !== "yes" && borders !== "no")
            fail("MARKUP_BAD_ATTRIBUTE", `borders chỉ nhận "yes" hoặc "no".`);
          const size = intOf(tag, "size", 6);
          const node: TableNode = {
            type: "table",
            widths,
            headerRows: intOf(tag, "header-rows", 0) ?? 0,
            rows: [],
            ...(borders === "no" ? { borders: false } : {}),
            ...(size ? { size } : {}),
          };
          blocks.push(node);
          stack.push({ name, node });
          return;
        }
        case "page-break":
          blocks.push({ type: "pageBreak" });
          stack.push({ name });
          return;
      }
    }
    if (name === "li") {
      if (parentName !== "ul" && parentName !== "ol") misplaced();
      const node: ListItemNode = { type: "listItem", children: [] };
      (parent.node as { items: ListItemNode[] }).items.push(node);
      stack.push({ name, inlines: node.children, node });
      return;
    }
    if (name === "tr") {
      if (parentName !== "table") misplaced();
      const node: TableRowNode = { type: "row", cells: [] };
      rowPositions.set(node, { line: parser.line, column: parser.column + 1 });
      (parent.node as TableNode).rows.push(node);
      stack.push({ name, node });
      return;
    }
    if (name === "th" || name === "td") {
      if (parentName !== "tr") misplaced();
      const align = alignOf(tag);
      const valign = attr(tag, "valign");
      if (valign !== undefined && !["top", "middle", "bottom"].includes(valign))
        fail("MARKUP_BAD_ATTRIBUTE", `valign chỉ nhận top, middle, bottom.`);
      const colSpan = intOf(tag, "colspan", 1);
      const rowSpan = intOf(tag, "rowspan", 1);
      const node: TableCellNode = {
        type: "cell",
        children: [],
        ...(colSpan && colSpan > 1 ? { colSpan } : {}),
        ...(rowSpan && rowSpan > 1 ? { rowSpan } : {}),
        ...(align ? { align } : name === "th" ? { align: "center" as const } : {}),
        ...(valign ? { verticalAlign: valign as "top" | "middle" | "bottom" } : {}),
      };
      (parent.node as TableRowNode).cells.push(node);
      stack.push({
        name,
        node,
        blocks: node.children as Block[],
        inlines: [],
        ...(name === "th" ? { marks: { bold: true } } : {}),
      });
      return;
    }
    misplaced();
  });

  parser.on("text", (value) => {
    const frame = top();
    if (!frame) {
      if (value.trim()) fail("MARKUP_TEXT_MISPLACED", "Có chữ nằm ngoài <body>.");
      return;
    }
    if (frame.inlines) {
      if ((frame.name === "td" || frame.name === "th") && (frame.blocks?.length ?? 0) > 0) {
        if (value.trim()) fail("MARKUP_TEXT_MISPLACED", "Ô bảng đã có <p> thì chữ phải nằm trong <p>.");
        return;
      }
      frame.inlines.push(textRun(value, frame.marks));
      return;
    }
    if (value.trim())
      fail(
        "MARKUP_TEXT_MISPLACED",
        `Chữ "${value.trim().slice(0, 30)}" không được đặt trực tiếp trong <${frame.name}>.`,
      );
  });

  const sharedCells = new SharedCells();
  parser.on("closetag", () => {
    const frame = stack.pop();
    if (!frame) return;
    if (frame.name === "th" || frame.name === "td") {
      const cell = frame.node as TableCellNode;
      finishCell(cell, frame.inlines ?? []);
      const same = sharedCells.share(cell);
      const row = stack[stack.length - 1]?.node as TableRowNode | undefined;
      if (same !== cell && row?.cells[row.cells.length - 1] === cell) row.cells[row.cells.length - 1] = same;
    } else if (frame.node && "children" in (frame.node as object) && frame.inlines) {
      (frame.node as { children: Inline[] }).children = tidy(frame.inlines);
    } else if (frame.name === "tr") {
      const row = frame.node as TableRowNode;
      row.cells = compact(row.cells);
    } else if (frame.name === "table") {
      checkTableShape(frame.node as TableNode, (row, code, message) => {
        const at = row ? rowPositions.get(row) : undefined;
        throw new MarkupError(code, at?.line ?? parser.line, at?.column ?? parser.column + 1, message);
      });
    }
    if (frame.name === "body") result = frame.blocks;
  });

  parser.on("error", (err) => {
    failure ??= new MarkupError(
      "MARKUP_SYNTAX",
      parser.line,
      parser.column + 1,
      `Markup không đúng cú pháp XML: ${err.message.replace(/^.*?:\d+:\d+: /, "")}`,
    );
  });

  try {
    parser.write(markup).close();
  } catch (e) {
    if (e instanceof MarkupError) throw e;
    throw failure ?? e;
  }
  if (failure) throw failure;
  if (!result) throw new MarkupError("MARKUP_MISPLACED", 1, 1, "Văn bản phải nằm trong <body>…</body>.");
  return result;
}

/** Every row must fill exactly the table's columns, counting colspan and rowspan. */
function checkTableShape(
  table: TableNode,
  fail: (row: TableRowNode | undefined, code: MarkupErrorCode, message: string) => never,
): void {
  const columns = table.widths.length;
  const carried: number[] = new Array(columns).fill(0);
  table.rows.forEach((row, r) => {
    let col = 0;
    const next = () => {
      while (col < columns && (carried[col] ?? 0) > 0) col++;
    };
    for (const cell of row.cells) {
      next();
      const span = cell.colSpan ?? 1;
      if (col + span > columns)
        fail(row, "MARKUP_TABLE_SHAPE", `Hàng ${r + 1} của bảng có nhiều ô hơn số cột (${columns}).`);
      for (let k = 0; k < span; k++) carried[col + k] = cell.rowSpan ?? 1;
      col += span;
    }
    next();
    const filled = carried.filter((c) => c > 0).length;
    if (filled !== columns)
      fail(row, "MARKUP_TABLE_SHAPE", `Hàng ${r + 1} của bảng có ${filled} ô, cần đủ ${columns} cột.`);
    for (let k = 0; k < columns; k++) carried[k] = Math.max(0, (carried[k] ?? 0) - 1);
  });
  if (table.headerRows > table.rows.length)
    fail(undefined, "MARKUP_TABLE_SHAPE", `header-rows=${table.headerRows} nhiều hơn số hàng của bảng.`);
}
