// Shared by the in-memory CSV reader (browser) and the streaming one (Node): csv-parse options, the row
// numbers of records (the physical line where a record starts) and the problems of broken quotes.
import type { PendingProblem, SourceRow } from "./types.js";

/** Options passed to csv-parse (csv-parse 7.0.3): tolerant, so that one broken row does not stop the file. */
export function csvParseOptions(delimiter: string) {
  return {
    delimiter,
    bom: true,
    // Mixed line endings are common in files edited by hand; csv-parse otherwise keeps the first one it sees.
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: true,
    // A stray quote inside an unquoted cell is read literally (reported as CSV_QUOTE_STRAY when it opens a cell);
    // without this, csv-parse loses the rows after it.
    relax_quotes: true,
    // Blank lines are read as records so that line numbers stay right; they are skipped afterwards.
    skip_empty_lines: false,
    skip_records_with_error: true,
  };
}

function countLineBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c === 10) n += 1;
    else if (c === 13) {
      n += 1;
      if (s.charCodeAt(i + 1) === 10) i += 1;
    }
  }
  return n;
}

/**
 * Follows the physical line numbers of records: a record starts on the line after the previous one ended,
 * and spans one line plus the line breaks inside its quoted cells.
 */
export class LineCounter {
  /** The line where the next record starts. */
  line = 1;

  /** Returns the start line of a record known to be one line, and advances past it. */
  nextLine(): number {
    const row = this.line;
    this.line = row + 1;
    return row;
  }

  /** Returns the start line of `record` and advances past it. */
  advance(record: readonly string[], delimiter: string): { row: number; problems?: PendingProblem[] } {
    const row = this.line;
    let breaks = 0;
    let problems: PendingProblem[] | undefined;
    for (let i = 0; i < record.length; i += 1) {
      const cell = record[i] as string;
      if (cell.indexOf("\n") === -1 && cell.indexOf("\r") === -1) continue;
      const inner = countLineBreaks(cell);
      breaks += inner;
      // A quote that opened a cell and closed only lines later swallowed whole rows: the cell holds lines
      // that look like rows (with delimiters) — two lines or more, or one line with the delimiters of a row
      // (every register has at least four columns).
      const delimiters = countOccurrences(cell, delimiter);
      if ((inner >= 2 && delimiters >= 2) || delimiters >= 3 * inner) {
        problems ??= [];
        problems.push({
          code: "CSV_QUOTE_NOT_CLOSED",
          row,
          cellIndex: i,
          what: `Dấu ngoặc kép mở ô ở dòng ${row} chỉ được đóng ${inner} dòng sau: ${inner === 1 ? `dòng ${row + 1} bị` : `các dòng ${row + 1}–${row + inner} bị`} gộp vào một ô.`,
          allowed: 'mỗi dấu ngoặc kép mở ô phải có dấu đóng ở cuối ô; dấu ngoặc kép trong ô viết đôi ("")',
        });
      }
    }
    this.line = row + 1 + breaks;
    return problems ? { row, problems } : { row };
  }
}

function countOccurrences(s: string, sub: string): number {
  let n = 0;
  for (let i = s.indexOf(sub); i !== -1; i = s.indexOf(sub, i + 1)) n += 1;
  return n;
}

/** The row of a record csv-parse had to skip (a quote opened and never closed before the end of the file). */
export function skippedRow(
  line: number,
  error: { code?: unknown; message: string } | undefined,
  raw: string | undefined,
): SourceRow {
  const notClosed = error?.code === "CSV_QUOTE_NOT_CLOSED";
  const row: SourceRow = {
    row: line,
    cells: [],
    problems: [
      {
        code: "CSV_QUOTE_NOT_CLOSED",
        row: line,
        what: notClosed
          ? `Dấu ngoặc kép mở ở dòng ${line} không bao giờ được đóng: từ dòng ${line} đến cuối tệp không đọc được.`
          : `Không đọc được dòng ${line}: ${error?.message ?? "lỗi cú pháp CSV"}.`,
        allowed: 'mỗi dấu ngoặc kép mở ô phải có dấu đóng ở cuối ô; dấu ngoặc kép trong ô viết đôi ("")',
      },
    ],
  };
  if (raw !== undefined) row.rawText = raw;
  return row;
}
