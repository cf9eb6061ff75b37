// Internal shapes shared by the sources (CSV, JSON, XLSX) and the table validator.
import type { Problem } from "@tiepdan/core";
import type { ProblemCode } from "../problemCodes.js";
import type { RegisterFormat } from "../types.js";

/** A problem found by a source or a decoder, before it is placed at a column. */
export interface PendingProblem {
  code: ProblemCode;
  row: number;
  /** Index of the cell concerned in the row, when there is one. */
  cellIndex?: number;
  what: string;
  allowed?: string;
  /** The value to report (omitted for identity columns of denunciation rows). */
  valueText?: string;
}

/** A problem with its two halves kept apart, for the CLI table ("what is wrong" / "what is allowed"). */
export interface DetailedProblem {
  /** The problem as a program reads it: code, severity, row, column, message. */
  problem: Problem;
  /** What is wrong (the message without its “Cho phép: …” part). */
  what: string;
  /** What is allowed, when the problem says so. */
  allowed?: string;
}

/** One row of a table as a source reads it. */
export interface SourceRow {
  /** Row number as the clerk sees it (1-based line where the row begins, or sheet row; see jsonSource.ts for JSON). */
  row: number;
  cells: readonly unknown[];
  /** Problems the source found in this row (a broken quote, an element that is not an object). */
  problems?: PendingProblem[];
  /** The row's original text when its cells could not be read (written back as is by `--fix`). */
  rawText?: string;
  /** A workbook row's cells (0-based) that hold the value of a cell merged with them from a row above. */
  mergedFromAbove?: readonly number[];
  /**
   * Every cell is a string holding no character XML forbids and no apostrophe, so intake has nothing to clean (set by
   * the streamed CSV reader for the rows of a piece of text it checked whole).
   */
  plain?: boolean;
}

/** A table read from a file: rows and the problems found before any row. */
export interface SourceTable {
  /** `header: "first"` — the first row is the header (JSON keys); `"detect"` — find it among the first rows. */
  header: "first" | "detect";
  /** Dates stored as numbers are Excel serial days (XLSX only). */
  serialDates: false | "1900" | "1904";
  /** Whole-file problems found while opening the file. */
  problems: PendingProblem[];
  /** The rows in order (the header among them): in memory, or streamed in batches. */
  rows: Iterable<SourceRow> | AsyncIterable<readonly SourceRow[]>;
  /** CSV only: values starting with a stray quote are reported. */
  csv: boolean;
  /** What the source found out about the file (for the layout intake reports). */
  info?: SourceInfo;
}

/** What a source found out about a file before its rows: format, encoding, delimiter, sheet. */
export interface SourceInfo {
  format?: RegisterFormat;
  encoding?: string;
  fontEncoding?: string;
  delimiter?: "," | ";" | "\t";
  sheet?: string;
}
