// The rows of the periodic report's two long tables — the overdue list and the case register — built straight into
// IR (issue 18): a province's year has tens of thousands of them, and the round trip through Handlebars and the
// XML parser was the largest cost of the report's document. The template (`@tiepdan/templates`,
// PERIODIC_REPORT_APPENDICES) still writes each table and its header row; these builders write the rows exactly as
// the template's row markup parses, which a test checks on the example province and on hostile values.
import { formatVietnameseDate, formatVietnameseNumber } from "@tiepdan/core";
import type { OverdueItem, RegisterRow } from "@tiepdan/templates";
import { finishCell, own, SharedCells, textRun } from "../document/_cells.js";
import type { Align, Inline, TableCellNode, TableRowNode } from "../document/ir.js";

const BREAK: Inline = { type: "break" };

/** A text finishCell leaves as it is: printable ASCII without spaces. */
const PLAIN = /^[!-~]+$/;

/** Builds cells the way the markup parser finishes a `<td>`. */
class RowBuilder {
  private readonly shared = new SharedCells();

  /** A `<td>` (with `align` when given) holding the inlines. */
  cell(inlines: Inline[], align?: Align): TableCellNode {
    const node: TableCellNode = { type: "cell", children: [], ...(align ? { align } : {}) };
    finishCell(node, inlines);
    return this.shared.share(node);
  }

  private readonly texts = new Map<string, TableCellNode>();

  /** A `<td>` holding a text no other cell holds (a row's number, its Mã số): not looked for among the others. */
  unique(value: string, align?: Align): TableCellNode {
    // A code or a number (printable ASCII, no space) is already what finishCell would make of it.
    if (PLAIN.test(value))
      return {
        type: "cell",
        children: [{ type: "paragraph", children: [{ type: "text", value: own(value) }] }],
        ...(align ? { align } : {}),
      };
    const node: TableCellNode = { type: "cell", children: [], ...(align ? { align } : {}) };
    finishCell(node, value === "" ? [] : [textRun(value)]);
    return node;
  }

  /**
   * A `<td>` holding one text: the same text and alignment, the same cell. Found by its text, not by `SharedCells`
   * (which serialises each cell to find its equal): most texts of a long list (its Mã số) are unique.
   */
  text(value: string, align?: Align): TableCellNode {
    const key = `${align ?? ""}|${value}`;
    let node = this.texts.get(key);
    if (node === undefined) {
      node = this.unique(value, align);
      if (this.texts.size >= 20_000) this.texts.clear();
      this.texts.set(key, node);
    }
    return node;
  }
}

const numeric = (d: string) => formatVietnameseDate(d, { style: "numeric" });

/**
 * The overdue list's rows, as the template's row markup gives them: STT, Mã số, Ngày tiếp nhận, Loại,
 * Lĩnh vực, Đơn vị, and the deadlines missed one per line.
 */
export function overdueRows(items: readonly OverdueItem[]): TableRowNode[] {
  const b = new RowBuilder();
  // Many cases miss the same deadline on the same day: their cells are one node, found by their texts.
  const missedCells = new Map<string, TableCellNode>();
  return items.map((item, i) => {
    const key = item.missed.join("\u0000");
    let missedCell = missedCells.get(key);
    if (missedCell === undefined) {
      const missed: Inline[] = [];
      item.missed.forEach((m, k) => {
        if (k > 0) missed.push(BREAK);
        if (m !== "") missed.push(textRun(m));
      });
      missedCell = b.cell(missed);
      if (missedCells.size >= 20_000) missedCells.clear();
      missedCells.set(key, missedCell);
    }
    return {
      type: "row",
      cells: [
        b.unique(String(i + 1), "center"),
        b.unique(item.id),
        b.text(numeric(item.receivedOn), "center"),
        b.text(item.kinds),
        b.text(item.field),
        b.text(item.unit),
        missedCell,
      ],
    };
  });
}

/** Text, then a line break and a second text when that one is not empty (`a{{#if b}}<br/>{{b}}{{/if}}`). */
function withSecondLine(first: string, second: string): Inline[] {
  const out: Inline[] = first === "" ? [] : [textRun(first)];
  if (second !== "") out.push(BREAK, textRun(second));
  return out;
}

/**
 * The case register's rows, as the template's row markup gives them: STT, Mã số, Ngày tiếp nhận, kinds and field,
 * sender and address (the withheld marker in italics), people, content, route and handling body, result, unit.
 */
export function registerRows(rows: readonly RegisterRow[]): TableRowNode[] {
  const b = new RowBuilder();
  return rows.map((r, i) => ({
    type: "row",
    cells: [
      b.unique(String(i + 1), "center"),
      b.unique(r.id),
      b.text(numeric(r.receivedOn), "center"),
      b.cell(withSecondLine(r.kinds, r.field)),
      b.cell(
        r.withheld
          ? r.sender === ""
            ? []
            : [textRun(r.sender, { italic: true })]
          : withSecondLine(r.sender, r.address),
      ),
      b.text(formatVietnameseNumber(r.people), "center"),
      b.text(r.content),
      b.cell(withSecondLine(r.route, r.handlingBody)),
      b.text(r.result),
      b.text(r.unit),
    ],
  }));
}
