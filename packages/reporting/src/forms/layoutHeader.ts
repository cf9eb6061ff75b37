import type { StatTable } from "@tiepdan/templates";
import type { FilledForm } from "./fillForm.js";
import type { FormHeaderNode } from "./types.js";

/** One merged cell of a form's header, in grid coordinates (0-based; column 0 is the row-label column). */
export interface HeaderCell {
  /** Text. */
  label: string;
  /** Top row. */
  row: number;
  /** Left column. */
  col: number;
  /** Rows spanned. */
  rowSpan: number;
  /** Columns spanned. */
  colSpan: number;
}

function depthOf(nodes: readonly FormHeaderNode[]): number {
  return Math.max(...nodes.map((n) => ("children" in n ? 1 + depthOf(n.children) : 1)));
}

function widthOf(node: FormHeaderNode): number {
  return "children" in node ? node.children.reduce((w, c) => w + widthOf(c), 0) : 1;
}

/**
 * The merged cells of a form's header: the row-label column spans every header row, a group spans its leaves,
 * a leaf spans down to the last header row.
 *
 * @param rowHeader - text of the row-label column, e.g. "Đơn vị"
 * @param header - the header tree
 * @returns the cells and the number of header rows
 * @example
 * layoutHeader("Đơn vị", TT06_2025_01_TCD.header).rows //=> 4
 */
export function layoutHeader(
  rowHeader: string,
  header: readonly FormHeaderNode[],
): { rows: number; cells: HeaderCell[] } {
  const rows = depthOf(header);
  const cells: HeaderCell[] = [{ label: rowHeader, row: 0, col: 0, rowSpan: rows, colSpan: 1 }];
  const place = (nodes: readonly FormHeaderNode[], row: number, col: number) => {
    let c = col;
    for (const n of nodes) {
      const w = widthOf(n);
      if ("children" in n) {
        cells.push({ label: n.label, row, col: c, rowSpan: 1, colSpan: w });
        place(n.children, row + 1, c);
      } else {
        cells.push({ label: n.label, row, col: c, rowSpan: rows - row, colSpan: 1 });
      }
      c += w;
    }
  };
  place(header, 0, 1);
  return { rows, cells };
}

/**
 * The text of a column in the numbered-column ("MS") row.
 *
 * @param column - the column's number and formula
 * @returns "1", or "1=2+3" when the column has a formula
 * @example
 * columnCode({ number: 1, formula: "2+3" }) //=> "1=2+3"
 */
export function columnCode(column: { number: number; formula?: string | undefined }): string {
  return column.formula ? `${column.number}=${column.formula}` : String(column.number);
}

/** The header cells row by row, as the appendix markup prints them. */
function headerGrid(filled: FilledForm): NonNullable<StatTable["headerGrid"]> {
  const { rows, cells } = layoutHeader(filled.form.rowHeader, filled.form.header);
  return Array.from({ length: rows }, (_, r) =>
    cells
      .filter((c) => c.row === r)
      .sort((a, b) => a.col - b.col)
      .map((c) => ({ label: c.label, colspan: c.colSpan, rowspan: c.rowSpan })),
  );
}

/**
 * A filled form as a table of the report's appendices (PDF, DOCX): the form's full header tree (`headerGrid`,
 * merged cells), the numbered-column row, then the rows. `columns` keeps a two-level outline of the same
 * header — each top group over its numbered columns, labelled with the groups between ("Số vụ việc: Tiếp lần
 * đầu") — for readers of the model that print only two levels.
 *
 * @param filled - the filled form
 * @returns the appendix table
 * @example
 * formToStatTable(filled).columnCodes?.[0] //=> "1=2+3=4+5" (01/XLD of TT 01/2024, as filled in fillForm's example)
 */
export function formToStatTable(filled: FilledForm): StatTable {
  const leafLabels = (n: FormHeaderNode, prefix: string[]): string[] =>
    "children" in n
      ? n.children.flatMap((c) => leafLabels(c, [...prefix, n.label]))
      : [[...prefix, n.label].join(": ")];
  return {
    id: filled.form.id.replace(/[^a-z0-9]+/gi, "-").toLowerCase(),
    title: `Biểu số ${filled.form.code}. ${filled.form.title}`,
    sheetName: filled.form.sheetName,
    rowHeader: filled.form.rowHeader,
    columns: filled.form.header.map((n) =>
      "children" in n
        ? { label: n.label, children: n.children.flatMap((c) => leafLabels(c, [])).map((label) => ({ label })) }
        : { label: n.label },
    ),
    columnCodes: filled.leaves.map(columnCode),
    headerGrid: headerGrid(filled),
    rows: filled.rows.map((r) => ({ label: r.label, values: [...r.values], ...(r.total ? { total: true } : {}) })),
    notes: [],
  };
}
