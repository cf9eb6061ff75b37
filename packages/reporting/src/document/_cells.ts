// How a table cell of the IR is finished, shared by the markup parser and by the builders that make the rows of a
// long table directly (report/_appendixRows.ts): the same whitespace rules, the same paragraph, the same sharing of
// equal cells — so that both give the same IR, as a test checks.
import { estimatedHeightPt } from "./_metrics.js";
import type { Inline, TableCellNode, TableRowNode, TextRun } from "./ir.js";

/**
 * A word of more characters than this (a pasted link, an encoded blob) is not a word an official keeps on one line:
 * column fitting does not widen its column for it, and the renderers cut it at the cell's edge. Shorter words
 * ("11-QĐi/TW", a Mã số, a date) are kept whole.
 */
export const LONGEST_WHOLE_WORD = 30;

/**
 * Whether a table row may be taller than the text of a landscape page (about 480 pt): a generous estimate
 * ({@link estimatedHeightPt}) of each cell from its text and column width. A long content pasted into a
 * register's cell is the case. Such a row is allowed to break across pages: a row kept whole that outgrows a page
 * is left out by pdfmake, and Word cuts it off at the page's foot.
 *
 * @param row - the row
 * @param widthsPt - the width of the text of each column, in points
 * @param sizePt - the table's type size
 */
export function rowMayOutgrowPage(row: TableRowNode, widthsPt: readonly number[], sizePt: number): boolean {
  let col = 0;
  return row.cells.some((c) => {
    const span = c.colSpan ?? 1;
    let width = 0;
    for (let k = col; k < col + span; k++) width += widthsPt[k] ?? 0;
    col += span;
    let height = 0;
    for (const p of c.children) if (p.type === "paragraph") height += estimatedHeightPt(p, width, sizePt);
    return height > 400;
  });
}

/** Whitespace that collapses: every kind but the no-break spaces. */
const COLLAPSED = /[^\S\u00a0\u202f\u2007]+/g;

/**
 * Collapses whitespace like HTML: runs become one space; leading and trailing spaces of a line go. A no-break space
 * (U+00A0, U+202F, U+2007) is kept, as HTML keeps `&nbsp;`: it holds words together at a line's end ("Ông (Bà)").
 */
export function tidy(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const n of inlines) {
    if (n.type === "break") {
      const last = out[out.length - 1];
      if (last?.type === "text") last.value = last.value.replace(/ +$/, "");
      out.push(n);
      continue;
    }
    const prev = out[out.length - 1];
    let value = n.value.replace(COLLAPSED, " ");
    if (prev === undefined || prev.type === "break" || (prev.type === "text" && prev.value.endsWith(" ")))
      value = value.replace(/^ /, "");
    if (value) out.push({ ...n, value });
  }
  const last = out[out.length - 1];
  if (last?.type === "text") last.value = last.value.replace(/ +$/, "");
  return compact(out.filter((n) => n.type === "break" || n.value !== ""));
}

/**
 * An array of exactly its length. V8 gives an array grown by `push` (or made by `filter`) room for 16 more
 * elements; a register of 100,000 rows has about 1.6 million small arrays of cells and runs, so the room was
 * 200 MB.
 */
export function compact<T>(items: T[]): T[] {
  return items.slice();
}

/**
 * A text of its own: the parser's texts are slices of the markup (V8 keeps a slice's whole parent alive), and the
 * markup of a long register is tens of MB.
 */
export function own(value: string): string {
  return value.length < 13 ? value : ` ${value}`.slice(1);
}

/** A text run as the parser makes it from a text between tags: NFC, its own copy, the marks it is inside. */
export function textRun(value: string, marks?: { bold?: boolean; italic?: boolean; underline?: boolean }): TextRun {
  return { type: "text", value: own(value.normalize("NFC")), ...marks };
}

/** Gives a cell its content: its direct text as one paragraph (or its paragraphs), whitespace tidied. */
export function finishCell(cell: TableCellNode, inlines: Inline[]): void {
  cell.children =
    cell.children.length === 0 ? [{ type: "paragraph", children: tidy(inlines) }] : compact(cell.children);
  for (const p of cell.children) if (p.type === "paragraph") p.children = tidy(p.children);
}

/**
 * Equal cells share one node (the IR is never mutated once built): a long register repeats its dates, kinds,
 * fields and units, so a table's memory grows with its distinct cells rather than all of them. Names and contents
 * are mostly unique: the map starts afresh when full, so the values that do repeat (a year's dates, the units) are
 * shared all along the register, not only in its first rows.
 */
export class SharedCells {
  private readonly cells = new Map<string, TableCellNode>();

  /** The node equal to `cell` seen before, or `cell` itself (remembered). */
  share(cell: TableCellNode): TableCellNode {
    const key = JSON.stringify(cell);
    const same = this.cells.get(key);
    if (same) return same;
    if (this.cells.size >= 20_000) this.cells.clear();
    this.cells.set(key, cell);
    return cell;
  }
}
