// CSV text in memory → table rows (browser-capable: csv-parse's browser build, no Node APIs).
import { parse } from "csv-parse/browser/esm/sync";
import { csvParseOptions, LineCounter, skippedRow } from "./csvRows.js";
import { type CsvDelimiter, detectDelimiter } from "./detectDelimiter.js";
import type { PendingProblem, SourceRow, SourceTable } from "./types.js";

/** Reads a whole CSV text as a table. */
export function readCsvTable(
  text: string,
  problems: PendingProblem[],
  delimiter?: CsvDelimiter,
  mapped?: ReadonlySet<string>,
): SourceTable {
  const d = delimiter ?? detectDelimiter(text, mapped);
  const skipped: Array<{ error: { code?: unknown; message: string } | undefined; raw: string | undefined }> = [];
  const records = parse(text, {
    ...csvParseOptions(d),
    raw: true,
    on_skip: (error: { code?: unknown; message: string } | undefined, raw: string | undefined) => {
      skipped.push({ error, raw });
      return undefined;
    },
  }) as unknown as Array<{ record: string[]; raw: string }>;
  function* rows(): Generator<SourceRow> {
    const counter = new LineCounter();
    for (const { record } of records) {
      const { row, problems: rowProblems } = counter.advance(record, d);
      yield rowProblems ? { row, cells: record, problems: rowProblems } : { row, cells: record };
    }
    for (const s of skipped) yield skippedRow(counter.line, s.error, s.raw);
  }
  return {
    header: "detect",
    serialDates: false,
    problems,
    rows: rows(),
    csv: true,
    info: { format: "csv", delimiter: d },
  };
}
