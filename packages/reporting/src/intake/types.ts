import type { Problem } from "@tiepdan/core";
import type { RowCounts } from "../buildSummaryJson.js";

/** The formats a register may come in. */
export type RegisterFormat = "csv" | "json" | "ndjson" | "xlsx";

/** What intake reads: the bytes of a file (any encoding it recognises) or text already decoded. */
export type RegisterInput = Uint8Array | ArrayBuffer | string;

/** One sheet of a workbook as rows of cells, as an {@link XlsxReader} returns it. */
export type XlsxSheetResult =
  | {
      ok: true;
      /** The name of the sheet read. */
      sheetName: string;
      /** The workbook counts dates from 1904 (old Mac Excel) instead of 1900. */
      date1904: boolean;
      /** The sheet's non-empty rows with their sheet row numbers; cells are strings, numbers, booleans, dates or null. */
      rows: Array<{ row: number; cells: unknown[] }>;
    }
  | {
      ok: false;
      code: "XLSX_INVALID" | "XLSX_SHEET_NOT_FOUND";
      /** What is wrong, in Vietnamese. */
      message: string;
      /** What would be accepted (for a missing sheet: the sheet names). */
      allowed?: string;
    };

/**
 * Reads XLSX workbooks for intake. It lives in its own entry, `@tiepdan/reporting/xlsx`, so that the XLSX
 * library is loaded only by those who read workbooks; pass it as the `xlsx` option.
 */
export interface XlsxReader {
  /**
   * Reads one sheet of a workbook.
   *
   * @param bytes - the `.xlsx` file
   * @param sheet - the sheet's name or 1-based position; the first sheet when absent
   */
  readSheet(bytes: Uint8Array, sheet: string | number | undefined): Promise<XlsxSheetResult>;
}

/** Options of {@link readCases} and {@link readSessions}. */
export interface ReadRegisterOptions {
  /** The file's name; its extension gives the format (`.csv`, `.tsv`, `.txt`, `.json`, `.ndjson`, `.jsonl`, `.xlsx`). */
  fileName?: string;
  /** The format, when the name does not tell it; otherwise it is recognised from the content. */
  format?: RegisterFormat;
  /** CSV: the delimiter, when it should not be detected from the header line. */
  delimiter?: "," | ";" | "\t";
  /** XLSX: the sheet to read, by name or 1-based position (default: the first sheet). */
  sheet?: string | number;
  /** XLSX: the reader, `xlsx` from `@tiepdan/reporting/xlsx`. Required to read workbooks. */
  xlsx?: XlsxReader;
  /** Called with each problem as soon as it is found (they are collected as well). */
  onProblem?: (problem: Problem) => void;
  /**
   * Also run the core zod schema (`CaseSchema`, `ReceptionSessionSchema`) on every accepted record. The cell
   * readers already enforce the same rules — the property tests prove both ways give the same records and
   * problems — so this only doubles the cost; `false` by default.
   */
  verifySchema?: boolean;
}

/** Options of {@link readCases}. */
export interface ReadCasesOptions extends ReadRegisterOptions {
  /** The ids (`Mã buổi`) of the known sessions: a case whose `Buổi tiếp` names another gets `SESSION_UNKNOWN`. */
  sessionIds?: Iterable<string>;
}

/** Options of {@link readSessions}. */
export interface ReadSessionsOptions extends ReadRegisterOptions {}

/** The outcome of reading a register: row counts (read = accepted + rejected) and every problem found. */
export interface IntakeResult {
  /** Rows read (fully blank lines and title rows excluded), accepted and rejected. */
  rows: RowCounts;
  /** Every problem, in file order. */
  problems: Problem[];
}

/** A register read whole: the accepted records with the outcome. */
export interface IntakeCollected<T> extends IntakeResult {
  /** The accepted records, in file order. */
  records: T[];
}

/**
 * A register being read: an async iterable of the accepted records, in file order, that can be iterated
 * once. `rows` and `problems` grow as rows are read and are final when iteration ends.
 */
export interface IntakeReading<T> extends AsyncIterable<T> {
  /** Row counts so far. */
  readonly rows: Readonly<RowCounts>;
  /** Problems so far, in file order. */
  readonly problems: readonly Problem[];
  /** Whether every row has been read. */
  readonly done: boolean;
  /**
   * The final outcome. Reads the rest of the register first when it was not iterated at all.
   *
   * @throws {TypeError} when called while an iteration is under way or was abandoned before the end
   */
  result(): Promise<IntakeResult>;
}
