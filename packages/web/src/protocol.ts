// Messages between the page and the worker. Everything heavy (reading registers, building and rendering documents)
// happens in the worker; the page only shows what the worker sends back.
import type { SummaryJson } from "@tiepdan/reporting";

/** Which register a file is. */
export type RegisterKind = "cases" | "sessions";

/** A correction typed by the clerk: the row and column as in the problems table. */
export interface CellEditInput {
  row: number;
  column: string;
  value: string;
}

/** A register file as the page hands it to the worker. */
export interface RegisterFileInput {
  name: string;
  kind: RegisterKind;
  /** The clerk chose the kind; otherwise it is a guess from the name, which the worker corrects from the columns. */
  kindChosen: boolean;
  data: Uint8Array;
  /** Header text as written → field (schema name or Vietnamese label), for headers not recognised. */
  columns: Record<string, string>;
  /** Cell corrections. */
  edits: CellEditInput[];
  /** The sheet to read, for one sheet of a workbook that holds several registers (each read as a register). */
  sheet?: string | undefined;
}

/** One problem as the page shows it (identity values of denunciation rows already withheld by intake). */
export interface ProblemRow {
  file: string;
  row: number;
  column: string;
  /** The schema field of the column ("" for a row or file problem). */
  field: string;
  /** The row's Mã số (Mã buổi) when it may be shown; "" for a denunciation row, as the CLI withholds it. */
  id: string;
  code: string;
  severity: "error" | "warning";
  what: string;
  allowed: string;
}

/** One column of a file as intake understood it. */
export interface LayoutColumn {
  index: number;
  header: string;
  field?: string | undefined;
  label?: string | undefined;
  by?: "header" | "option" | undefined;
}

/** What was understood of one file. */
export interface FileSummary {
  file: string;
  kind: RegisterKind;
  rows: { read: number; accepted: number; rejected: number };
  format?: string | undefined;
  encoding?: string | undefined;
  /** Text typed in a legacy Vietnamese font (VNI, TCVN3) inside a Unicode file, converted by intake. */
  fontEncoding?: string | undefined;
  delimiter?: string | undefined;
  sheet?: string | undefined;
  headerRow?: number | undefined;
  columns: LayoutColumn[];
  missing: { field: string; label: string }[];
  /** Whether the page can offer a corrected copy of the file. */
  correctable: boolean;
}

/** The outcome of reading every register. */
export interface ReadSummary {
  files: FileSummary[];
  totals: { read: number; accepted: number; rejected: number };
  problems: ProblemRow[];
  /**
   * Register columns a header may be mapped to, per kind: field → Vietnamese label, and the values a cell may hold
   * when the column has a closed set (offered when a cell is corrected).
   */
  targets: Record<RegisterKind, { field: string; label: string; values?: string[] | undefined }[]>;
  /** The org file: its name and what it is, or its problems. */
  org: {
    file: string;
    ok: boolean;
    unit?: string;
    /** "[…]" placeholders still in what the documents print (from `tiepdan init`): the documents are drafts. */
    placeholders?: string[];
    problems: string[];
  } | null;
  /** The days-off file (ngay-nghi.json / .csv): the years it gives a notice for and its local days, or its problems. */
  daysOff: { file: string; ok: boolean; years: number[]; local: number; problems: string[] } | null;
  /** The units' statistics files (so-lieu.json): what each is, or why it cannot be used. */
  stats: { file: string; ok: boolean; unit?: string; period?: string; problem?: string }[];
  /** Document settings per profile from the org file (or the placeholder org), to prefill the form. */
  settings: Record<"party" | "state", DocumentSettingsForm>;
  /**
   * The cases read, the memory a report of them needs per register appendix (`estimateReportMemoryMB`, PDF and DOCX) and
   * what the browser lets the worker use, in MB: a report that does not fit is refused before it starts.
   */
  memory: { cases: number; limitMB: number; neededMB: Record<"all" | "open" | "none", number> };
  /**
   * The workbooks that hold several registers (one sheet per month): each sheet was read as a register of its own,
   * named after the file and the sheet; the page keeps them so (and their corrections) from then on.
   */
  sheets?: { file: string; registers: { name: string; sheet: string; kind: RegisterKind }[] }[];
}

/** The document metadata the clerk can edit (one profile). */
export interface DocumentSettingsForm {
  issuingBody: string;
  parentBody: string;
  numberPrefix: string;
  place: string;
  signerName: string;
  signerTitle: string;
  signerVariant: string;
  signerOnBehalfOf: string;
  /** One recipient per line; a purpose in brackets at the end: "Ban Nội chính Trung ương (báo cáo)". */
  recipients: string;
}

/** What the clerk chose on the "Lập báo cáo" step. */
export interface ReportSettings {
  period: string;
  /** Data range; "" = the profile's default (core's `defaultCutoff`). */
  cutoff: "" | "calendar" | "mid-month";
  profile: "party" | "state";
  asOf: string;
  date: string;
  number: string;
  meta: DocumentSettingsForm;
  narrative: string;
  register: "all" | "open" | "none";
  allowPartial: boolean;
}

/** Statistics and findings shown on the "Kết quả" step. */
export interface GeneratedSummary {
  periodLabel: string;
  from: string;
  to: string;
  asOf: string;
  unit: string;
  /** The profile the documents were made in: the page's titles speak its words. */
  profile: "party" | "state";
  /** The numbers of DESIGN.md "Report semantics", as `tiepdan report --summary-json` writes them. */
  summary: Pick<SummaryJson, "rows" | "sessions" | "cases">;
  /**
   * The reporting unit's head's scheduled days and minimum as the report states them: those of the `months` ended by
   * the as-of date (`open` months of the period not ended yet are not judged) — the report's own figures, not
   * `summary.sessions.required` (every month of the period). `null` when the report judges no minimum.
   */
  minimum: { head: string; days: number; required: number; months: number; open: number } | null;
  findings: { sessions: number; adHoc: number; deadline: number; route: number };
  notices: { receipt: number; guidance: number; transfer: number };
  notes: string[];
  files: { id: DownloadId; name: string }[];
}

/** The files the page offers. */
export type DownloadId =
  | "report-pdf"
  | "report-docx"
  | "report-xlsx"
  | "compliance-pdf"
  | "compliance-docx"
  | "notices-zip"
  | "stats-json";

/** Page → worker. */
export type Request =
  | {
      type: "read";
      seq: number;
      files: RegisterFileInput[];
      org: { name: string; text: string } | null;
      daysOff?: { name: string; text: string } | null;
      /** Statistics files (so-lieu.json) of the units, to roll up. */
      stats?: { name: string; text: string }[];
    }
  | { type: "generate"; seq: number; settings: ReportSettings }
  | { type: "download"; seq: number; id: DownloadId; noticesPdf: boolean }
  | { type: "corrected"; seq: number; file: string };

/** Worker → page. */
export type Response =
  /** `value` from 0 to 1, or null when how far along cannot be told. */
  | { type: "progress"; seq: number; value: number | null; label: string }
  | { type: "read"; seq: number; result: ReadSummary }
  | { type: "generated"; seq: number; result: GeneratedSummary }
  | { type: "file"; seq: number; name: string; mime: string; bytes: Uint8Array }
  | { type: "error"; seq: number; message: string }
  | { type: "csp"; directive: string };
