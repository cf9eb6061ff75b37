// `--fix`: the clerk's register written back corrected, as a CSV Excel opens directly (UTF-8 with BOM,
// `;`-separated, CRLF): every column and every row they gave is kept; rows without errors get canonical
// values (dates dd/mm/yyyy, Vietnamese labels, Có/Không), rows with errors are written as they were.
// Browser-safe: it only turns events into text; the CLI streams it to a file, `correctRegister` to a string.
// A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is written with a leading apostrophe.
// With the `columns` option, a mapped column's header is written as its field's label, so that the corrected
// file reads without the mapping.
import { neutraliseFormula } from "./hostileText.js";
import type { TableEvent } from "./validateTable.js";
import { cellToText } from "./values.js";

const NEEDS_QUOTES = /[";,\r\n]|^\s|\s$/;

/**
 * One cell of the CSV: a text a spreadsheet would run as a formula gets a leading apostrophe (intake removes it
 * when it reads the file back), and quotes when it holds the delimiter, a quote or a line break.
 */
export function csvCell(text: string): string {
  const t = neutraliseFormula(text.normalize("NFC"));
  return NEEDS_QUOTES.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(";")}\r\n`;
}

/** Counts of what `--fix` wrote. */
export interface FixCounts {
  /** Rows written with canonical values. */
  normalised: number;
  /** Rows written as they were, because they have errors. */
  keptAsIs: number;
}

const LINE_BREAK = /\r\n|\n|\r/g;

/**
 * Turns table events into the lines of the corrected file (the BOM first). `lines` gives, for each row a problem may
 * name (a title row, a data row with problems or written as it was), the line of the written file where it begins
 * (line breaks CR LF, LF or CR, as intake counts a CSV's lines): the source's row numbers (a JSON element's line, a
 * sheet's row) are not the written file's lines once rows are renumbered (review s20 R11).
 */
export function createFixWriter(write: (text: string) => void): {
  onEvent(e: TableEvent): void;
  counts: FixCounts;
  lines: Map<number, number>;
} {
  const counts: FixCounts = { normalised: 0, keptAsIs: 0 };
  const lines = new Map<number, number>();
  let header: readonly unknown[] | undefined;
  /** The line the next record begins on. */
  let line = 1;
  const emit = (text: string, row?: number): void => {
    if (row !== undefined) lines.set(row, line);
    write(text);
    // A record is one line but when a cell holds a line break (it then ends "\r\n" like any other).
    const simple = text.indexOf("\r") === text.length - 2 && text.indexOf("\n") === text.length - 1;
    line += simple ? 1 : (text.match(LINE_BREAK)?.length ?? 0);
  };
  write("\uFEFF");
  return {
    counts,
    lines,
    onEvent(e: TableEvent): void {
      if (e.type === "problem") return;
      if (e.type === "title") {
        emit(csvLine(e.cells.map(cellToText)), e.row);
        return;
      }
      if (e.type === "header") {
        // Written with the layout that follows it, which tells the mapped columns.
        header = e.cells;
        return;
      }
      if (e.type === "layout") {
        if (header === undefined) return;
        const labels = new Map(e.layout.columns.filter((c) => c.by === "option").map((c) => [c.index, c.label]));
        emit(csvLine(header.map((c, i) => labels.get(i) ?? cellToText(c))));
        header = undefined;
        return;
      }
      if (e.cells.length === 0 && e.rawText !== undefined) {
        // A row whose cells could not be read (a quote never closed): its text, untouched.
        // One quoted cell: parts of it could start with a formula, and it cannot be split into cells.
        emit(csvLine([e.rawText.replace(/(\r\n|\n|\r)$/, "")]), e.row);
        counts.keptAsIs += 1;
        return;
      }
      if (e.record && e.canonical) {
        const canonical = e.canonical;
        emit(csvLine(e.cells.map((c, i) => canonical[i] ?? cellToText(c))), e.problems.length > 0 ? e.row : undefined);
        counts.normalised += 1;
      } else {
        emit(csvLine(e.cells.map(cellToText)), e.row);
        counts.keptAsIs += 1;
      }
    },
  };
}
