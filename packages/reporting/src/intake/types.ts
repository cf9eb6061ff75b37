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
      /**
       * The sheet's non-empty rows with their sheet row numbers; cells are strings, numbers, booleans, dates or null;
       * `mergedFromAbove`: the cells (0-based) that hold the value of a cell merged with them from a row above.
       */
      rows: Array<{ row: number; cells: unknown[]; mergedFromAbove?: number[] }>;
    }
  | {
      ok: false;
      code: "XLSX_INVALID" | "XLSX_SHEET_NOT_FOUND" | "XLSX_TOO_LARGE";
      /** What is wrong, in Vietnamese. */
      message: string;
      /** What would be accepted (for a missing sheet: the sheet names). */
      allowed?: string;
    };

/** Every sheet of a workbook as rows of cells, as {@link XlsxReader.readWorkbook} returns them. */
export type XlsxWorkbookResult =
  | {
      ok: true;
      /** The workbook counts dates from 1904 (old Mac Excel) instead of 1900. */
      date1904: boolean;
      /** The sheets in the workbook's order: name, whether Excel hides it, and its non-empty rows. */
      sheets: Array<{
        name: string;
        hidden: boolean;
        rows: Array<{ row: number; cells: unknown[]; mergedFromAbove?: number[] }>;
      }>;
    }
  | Extract<XlsxSheetResult, { ok: false }>;

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
  /**
   * Reads every sheet of a workbook at once (a register kept one sheet per month; a hidden sheet of drop-down lists):
   * intake then reads each sheet that holds a register. Without it, only the first sheet is read.
   *
   * @param bytes - the `.xlsx` file
   */
  readWorkbook?(bytes: Uint8Array): Promise<XlsxWorkbookResult>;
}

/** Options of {@link readCases} and {@link readSessions}. */
export interface ReadRegisterOptions {
  /** The file's name; its extension gives the format (`.csv`, `.tsv`, `.txt`, `.json`, `.ndjson`, `.jsonl`, `.xlsx`). */
  fileName?: string;
  /** The format, when the name does not tell it; otherwise it is recognised from the content. */
  format?: RegisterFormat;
  /** CSV: the delimiter, when it should not be detected from the header line. */
  delimiter?: "," | ";" | "\t";
  /**
   * XLSX: the sheet to read, by name or 1-based position (default: the sheet that holds the register — the first one
   * not hidden when none or several do).
   */
  sheet?: string | number;
  /** XLSX: the reader, `xlsx` from `@tiepdan/reporting/xlsx`. Required to read workbooks. */
  xlsx?: XlsxReader;
  /**
   * XLSX: the same workbook is read as the other kind of register too (given to both `--cases` and `--sessions`):
   * its sheets of that kind are then not named in `XLSX_SHEETS_SKIPPED`.
   */
  otherKindRead?: boolean;
  /** Called with each problem as soon as it is found (they are collected as well). */
  onProblem?: (problem: Problem) => void;
  /**
   * Also run the core zod schema (`CaseSchema`, `ReceptionSessionSchema`) on every accepted record. The cell
   * readers already enforce the same rules — the property tests prove both ways give the same records and
   * problems — so this only doubles the cost; `false` by default.
   */
  verifySchema?: boolean;
  /**
   * Which field a column holds, for headers intake does not recognise (or to override one it does): the
   * header text as written in the file → the field, given as its schema name (`receivedOn`), its Vietnamese
   * label (`Ngày tiếp nhận`) or any header intake recognises for it. Both sides are matched like headers are
   * (case, diacritics, spacing and punctuation ignored). A mapped column takes its field before the
   * recognised headers do, so another column recognised as the same field is reported as `COLUMN_DUPLICATE`.
   * Headers not present in the file are ignored. A target that names no field of the register is misuse:
   * {@link readCases} and {@link readSessions} throw a `RangeError` (the page offers the targets of
   * {@link registerColumns}).
   */
  columns?: Readonly<Record<string, string>>;
  /**
   * Corrections typed by a clerk, applied to the row's cell before it is validated (the row is validated
   * with the new text). `row` is a `Problem`'s `row` (the row number a person sees in the
   * spreadsheet), `column` a `Problem`'s `column` (the header text as written in the file). An edit
   * that names no data row or no column of the file is not applied and is reported as `EDIT_NOT_APPLIED`
   * (a warning) at the end of the problems.
   */
  edits?: ReadonlyArray<CellEdit>;
}

/** A correction of one cell (see {@link ReadRegisterOptions.edits}). */
export interface CellEdit {
  /** The row number as in `Problem.row`. */
  row: number;
  /** The header text as in `Problem.column`. */
  column: string;
  /** The new text of the cell (an empty string clears it). */
  value: string;
}

/** One column of a register as intake understood it (see {@link RegisterLayout}). */
export interface RegisterLayoutColumn {
  /** 0-based position of the column in the header row. */
  index: number;
  /** The header text as written in the file (spacing collapsed). */
  header: string;
  /** The schema field the column is read as; absent when it is not used (unknown, clerk's own, duplicate). */
  field?: string;
  /** The field's Vietnamese label (the header a corrected file gets). */
  label?: string;
  /** How the field was found: recognised from the header, or given by the `columns` option. */
  by?: "header" | "option";
}

/** What intake understood of a file: its format, encoding, delimiter, sheet, header row and columns. */
export interface RegisterLayout {
  /** The format read; `undefined` when the file could not be read as any. */
  format: RegisterFormat | undefined;
  /**
   * The encoding of the bytes as detected: `utf-8`, `utf-16le`, `utf-16be`, `windows-1258`, `tcvn3`, `vni`
   * (absent for text given as a string, and for workbooks).
   */
  encoding?: string;
  /** Text stored as Unicode but typed in a legacy font (`tcvn3`, `vni`), converted. */
  fontEncoding?: string;
  /** CSV: the delimiter used. */
  delimiter?: "," | ";" | "\t";
  /** XLSX: the name of the sheet read. */
  sheet?: string;
  /** The row number of the header row (as in `Problem.row`); absent when none was found. */
  headerRow?: number;
  /** Every named column of the header row, in order. */
  columns: RegisterLayoutColumn[];
  /** Required columns not found (every row is rejected while one is missing). */
  missing: Array<{ field: string; label: string }>;
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
  /** What was understood of the file: format, encoding, header row and columns. */
  layout: RegisterLayout;
  /**
   * The senders' names and addresses, as written, of rejected rows that are or may be denunciations, and what columns
   * not read that name the sender hold on any denunciation's row: give them to the report (`withheldIdentities` of its
   * input) with the accepted cases (DESIGN.md "Confidentiality").
   */
  withheldIdentities: string[];
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

/** A register given to {@link readRegisterFiles}: its name (for problems and the extension), bytes and options. */
export interface RegisterFileInput {
  /** The file's name: shown with its problems; its extension gives the format. */
  name: string;
  /** The file's bytes or text. */
  data: RegisterInput;
  /** This file's options: format, delimiter, sheet, column mapping, cell edits. */
  options?: Omit<ReadRegisterOptions, "fileName" | "xlsx" | "onProblem">;
}

/** Options of {@link readRegisterFiles}. */
export interface ReadRegisterFilesOptions {
  /** The XLSX reader (`xlsx` from `@tiepdan/reporting/xlsx`), needed when a file is a workbook. */
  xlsx?: XlsxReader;
  /** Cases: the ids of the known sessions (`SESSION_UNKNOWN` for a case naming another). */
  sessionIds?: Iterable<string>;
  /** Called after each batch of rows of a file (at most 64 rows apart) with the rows of that file read so far. */
  onProgress?: (progress: { file: string; rows: number }) => void;
}

/** A problem of one of several registers, with its two halves kept apart (what is wrong / what is allowed). */
export interface RegisterFileProblem {
  /** The name of the file the problem is in. */
  file: string;
  problem: Problem;
  /** What is wrong (the message without its “Cho phép: …” part). */
  what: string;
  /** What is allowed, when the problem says so. */
  allowed?: string;
  /**
   * The Mã số (Mã buổi) of the row the problem is in, as written, when the row has one that may be shown: never for
   * a denunciation row or a row whose kinds cannot be read (DESIGN.md "Problems"), nor for a whole-file problem.
   */
  id?: string;
}

/** What one of several registers gave. */
export interface RegisterFileSummary {
  /** The file's name. */
  file: string;
  /** Its rows (read = accepted + rejected; a row whose id an earlier file has is rejected). */
  rows: RowCounts;
  /** What was understood of it. */
  layout: RegisterLayout;
  /** The schema fields it has a column for. */
  fields: string[];
}

/** Several registers of one kind read as one (see {@link readRegisterFiles}). */
export interface RegisterFiles<T> {
  /** The accepted records of every file, in file order. */
  records: T[];
  /** Rows of all the files together. */
  rows: RowCounts;
  /** Every problem, file by file, in file order. */
  problems: RegisterFileProblem[];
  /** The fields every file has a column for (rules needing another field lack data). */
  recordedFields: string[];
  /** Each file's rows, layout and fields. */
  perFile: RegisterFileSummary[];
  /**
   * The senders' names and addresses, as written, of denunciation rows that are not among `records` (rejected, or
   * a Mã số already used), and what columns not read that name the sender hold on any denunciation's row: give them
   * to the report (`withheldIdentities` of its input), which withholds them wherever
   * else the registers write them (DESIGN.md "Confidentiality").
   */
  withheldIdentities: string[];
}

/** One column of a register, for a column-mapping drop-down (see {@link registerColumns}). */
export interface RegisterColumnInfo {
  /** The schema field (`receivedOn`). */
  field: string;
  /** The Vietnamese header (`Ngày tiếp nhận`). */
  label: string;
  /** Whether every row is rejected while the register lacks the column. */
  required: boolean;
  /** Other headers recognised for it. */
  aliases: string[];
  /** What a cell may hold, in Vietnamese (the allowed values of a list column). */
  allowed?: string;
  /** The closed set of values a cell may hold (a list column's labels, Có/Không), for a correction to choose from. */
  values?: string[];
}

/** Counts of what {@link correctRegister} wrote. */
export interface CorrectionCounts {
  /** Rows written with canonical values (dates dd/mm/yyyy, Vietnamese labels, Có/Không). */
  normalised: number;
  /** Rows written as they were (after the edits), because they have errors. */
  keptAsIs: number;
}

/** The corrected register of {@link correctRegister}. */
export interface CorrectedRegister {
  /** The corrected file as CSV text: a UTF-8 BOM first, `;`-separated, CRLF lines (Excel opens it directly). */
  text: string;
  counts: CorrectionCounts;
  /** The outcome of reading the register (as {@link IntakeReading.result}). */
  result: IntakeResult;
}

/** Options of {@link correctRegister}: those of a read, with the known session ids for cases. */
export interface CorrectRegisterOptions extends ReadRegisterOptions {
  /** Cases: the ids of the known sessions. */
  sessionIds?: Iterable<string>;
}
