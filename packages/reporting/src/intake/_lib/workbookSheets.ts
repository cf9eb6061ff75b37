// Which sheets of a workbook hold a register (review s14 F1, s14b F1, F2, F4): a register kept one sheet per month,
// an instruction sheet in front of it, a sheet of drop-down lists or a summary beside it, a month already reported
// hidden, both registers in one workbook. Each sheet that holds a register is read as a register of its own, named
// after the file and the sheet, so that its problems say which sheet their rows are on; the sheets left are named.

import type { XlsxReader, XlsxWorkbookResult } from "../types.js";
import { REGISTER_NAMES, REGISTERS, type RegisterKind } from "./columns.js";
import { headerFields, resolveColumnMap } from "./validateTable.js";
import { cellToText } from "./values.js";

/** How many non-blank rows at the top of a sheet are searched for a register's header (as intake does). */
const HEADER_SEARCH_ROWS = 20;

/** A sheet to read: its name, whether Excel hides it, and a reader of its rows (the workbook opened once). */
export interface RegisterSheet {
  name: string;
  hidden: boolean;
  reader: XlsxReader;
}

/** A sheet left, and why. */
export interface LeftSheet {
  name: string;
  /** Excel hides it. */
  hidden: boolean;
  /** It holds the other register (the sessions register in a cases reading, or the other way round). */
  otherKind: boolean;
  /**
   * It may have been meant as a register: the other register, a header naming two of the register's columns (a sheet
   * of lists, a summary), or a row of dates (a month whose header is missing or too far down). Only such sheets are
   * named in the warning; an instruction sheet is left in silence.
   */
  mayBeRegister: boolean;
  /**
   * The register sheet every code of this one is on, when this one names fewer of the register's columns: a list
   * copied from the register (the overdue list pasted into the workbook), not a register of its own.
   */
  extractOf?: string;
}

/** A cell holding a date: a date cell, or a text written dd/mm/yyyy or yyyy-mm-dd. */
const isDateCell = (c: unknown) =>
  c instanceof Date ||
  (typeof c === "string" && /^\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2})\s*$/.test(c));

/** Whether a row of a sheet holds a date: a table of cases or sessions, whatever its header. */
const hasDatedRows = (rows: ReadonlyArray<{ cells: unknown[] }>) => rows.some((r) => r.cells.some(isDateCell));

/** The sheets of a workbook to read as registers, and those left. */
export interface WorkbookSheets {
  /**
   * The sheets whose header names the register's code and date columns, hidden or not (a month already reported and
   * hidden is still part of the register); the first sheet not hidden when none does (reading it says what is missing).
   */
  read: RegisterSheet[];
  /** The other sheets: instructions, lists, summaries, the other register. */
  left: LeftSheet[];
  /** A reader of any sheet of the workbook by its name, without opening the workbook again. */
  readerOf(sheet: string): XlsxReader | undefined;
  /**
   * No sheet holds a register and the one that would be read is a form of statistics (a title "TỔNG HỢP …" or "Biểu
   * số …" above a row numbering its columns "1=2+3"): the forms of a report, not a register (`FILE_NOT_REGISTER`).
   */
  statistics?: { sheet: string; title: string };
}

/** The title of a form of statistics: "TỔNG HỢP KẾT QUẢ …", "Biểu số: 01/TCD", "BÁO CÁO …". */
const STATISTICS_TITLE = /^\s*(?:TỔNG HỢP|BÁO CÁO|BIỂU SỐ|Biểu số|Biểu mẫu|Tổng hợp kết quả)/u;

/** A cell numbering a form's columns by how they add up: "1=2+3", "1=5+11+17". */
const COLUMN_SUM = /^\s*\(?\d+\)?\s*=\s*\(?\d+\)?(?:\s*[+-]\s*\(?\d+\)?)+\s*$/u;

/**
 * The title of a sheet that is a form of statistics (a title among its first rows, a row numbering its columns by
 * their sums below it), or `undefined`.
 */
function statisticsTitle(rows: ReadonlyArray<{ cells: unknown[] }>): string | undefined {
  let title: string | undefined;
  for (const r of rows.slice(0, HEADER_SEARCH_ROWS)) {
    for (const c of r.cells) {
      if (typeof c !== "string") continue;
      if (title === undefined && STATISTICS_TITLE.test(c)) title = c.trim().normalize("NFC");
      else if (title !== undefined && COLUMN_SUM.test(c)) return title;
    }
  }
  return undefined;
}

/** The two columns every register sheet names and no sheet of lists or summary has: its code and its date. */
const KEY_FIELDS: Record<RegisterKind, readonly [string, string]> = {
  cases: ["id", "receivedOn"],
  sessions: ["id", "date"],
};

/** The fields the best of the first non-blank rows of a sheet names as headers of the register. */
function headerOf(
  kind: RegisterKind,
  rows: ReadonlyArray<{ cells: unknown[] }>,
  map: ReturnType<typeof resolveColumnMap>,
): string[] {
  return headerRowOf(kind, rows, map).fields;
}

/** The best of the first non-blank rows of a sheet as a header of the register: its fields and its position. */
function headerRowOf(
  kind: RegisterKind,
  rows: ReadonlyArray<{ cells: unknown[] }>,
  map: ReturnType<typeof resolveColumnMap>,
): { fields: string[]; at: number } {
  let seen = 0;
  let best: { fields: string[]; at: number } = { fields: [], at: -1 };
  for (const [at, r] of rows.entries()) {
    if (r.cells.every((c) => c === null || c === undefined || (typeof c === "string" && c.trim() === ""))) continue;
    const cells = r.cells.map((c) => (typeof c === "string" ? c.normalize("NFC") : c));
    const fields = headerFields(kind, cells, map);
    if (fields.length > best.fields.length) best = { fields, at };
    if (++seen >= HEADER_SEARCH_ROWS) break;
  }
  return best;
}

/** The codes (Mã số, Mã buổi) written under a sheet's header (found at `at`). */
function codesOf(
  kind: RegisterKind,
  rows: ReadonlyArray<{ cells: unknown[] }>,
  map: ReturnType<typeof resolveColumnMap>,
  at: number,
): Set<string> {
  const codes = new Set<string>();
  const header = rows[at]?.cells ?? [];
  const column = header.findIndex((c) => headerFields(kind, [c], map)[0] === KEY_FIELDS[kind][0]);
  if (column < 0) return codes;
  for (const r of rows.slice(at + 1)) {
    const code = cellToText(r.cells[column]).trim();
    if (code !== "") codes.add(code);
  }
  return codes;
}

/**
 * Whether a sheet holds a register of `kind`: a header, among the first rows, naming its code and date columns — or
 * naming four of its columns at least, with its date column or rows of dates (a register numbered by "STT", or whose
 * code column intake does not know yet: read, so that the missing column is an error, not a month left out). A sheet
 * of drop-down lists (no dates) or a summary (two or three columns) is none.
 */
function holdsRegister(
  kind: RegisterKind,
  fields: readonly string[],
  rows: ReadonlyArray<{ cells: unknown[] }>,
  otherFields: readonly string[],
): boolean {
  // The two registers share columns (Mã số, Đơn vị, Số người, Nội dung…): a sheet either could hold is the one of
  // whichever it names more columns of, both on a tie. A month of cases headed "Mã số", "Ngày tiếp" (the date column
  // of the Sổ tiếp công dân) is a cases register whose "Ngày tiếp nhận" is missing, not a sessions register (review
  // s15 F1); the cases sheet of a workbook holding both registers is not read as sessions.
  if (!mayHold(kind, fields, rows)) return false;
  const other: RegisterKind = kind === "cases" ? "sessions" : "cases";
  return !(mayHold(other, otherFields, rows) && otherFields.length > fields.length);
}

/** A header naming the register's code and date, or four of its columns with its date column or rows of dates. */
function mayHold(kind: RegisterKind, fields: readonly string[], rows: ReadonlyArray<{ cells: unknown[] }>): boolean {
  const [, date] = KEY_FIELDS[kind];
  if (namesKeys(kind, fields)) return true;
  return fields.length >= 4 && (fields.includes(date) || hasDatedRows(rows));
}

/** Whether a header names a register's code and date columns. */
const namesKeys = (kind: RegisterKind, fields: readonly string[]) => KEY_FIELDS[kind].every((f) => fields.includes(f));

/** Readers made here: they give a sheet already read (and its workbook) without opening the workbook again. */
const preRead = new WeakSet<XlsxReader>();

/** Whether a reader gives sheets already read (a sheet of a workbook this module opened). */
export function isPreRead(reader: XlsxReader): boolean {
  return preRead.has(reader);
}

/**
 * The sheets of a workbook that hold a register of `kind`, each with a reader of its rows (the workbook is opened
 * once), and those left; `undefined` when the reader cannot read whole workbooks or the workbook does not open (the
 * sheet reader then says why).
 *
 * @param kind - the register
 * @param bytes - the `.xlsx` file
 * @param xlsx - the XLSX reader
 * @param columns - the file's column mapping, if any (a header it maps is a register's header too)
 * @returns the sheets to read and those left
 */
export async function workbookSheets(
  kind: RegisterKind,
  bytes: Uint8Array,
  xlsx: XlsxReader,
  columns?: Readonly<Record<string, string>>,
): Promise<WorkbookSheets | undefined> {
  if (!xlsx.readWorkbook) return undefined;
  const workbook = await xlsx.readWorkbook(bytes);
  if (!workbook.ok) return undefined;
  const map = resolveColumnMap(kind, columns);
  const other: RegisterKind = kind === "cases" ? "sessions" : "cases";
  const otherMap = resolveColumnMap(other, undefined);
  // The register's header of each sheet (its columns and its row), found once per sheet.
  const headers = new Map(workbook.sheets.map((s) => [s, headerRowOf(kind, s.rows, map)]));
  const fields = new Map(workbook.sheets.map((s) => [s, (headers.get(s) as { fields: string[] }).fields]));
  const otherFields = new Map(workbook.sheets.map((s) => [s, headerOf(other, s.rows, otherMap)]));
  const count = (s: (typeof workbook.sheets)[number]) => (fields.get(s) as string[]).length;
  const registers = workbook.sheets.filter((s) =>
    holdsRegister(kind, fields.get(s) as string[], s.rows, otherFields.get(s) as string[]),
  );
  // A list copied from a register sheet (the overdue list pasted beside it, review s14c): every code of it is on a
  // sheet that names more of the register's columns. Read, each row would be rejected for the columns it lacks.
  const extractOf = new Map<(typeof workbook.sheets)[number], string>();
  if (registers.length > 1) {
    // A sheet's codes, read only for the sheets compared (a workbook of complete months reads none).
    const codes = new Map<(typeof registers)[number], Set<string>>();
    const codesOfSheet = (s: (typeof registers)[number]) => {
      let found = codes.get(s);
      if (!found) {
        found = codesOf(kind, s.rows, map, (headers.get(s) as { at: number }).at);
        codes.set(s, found);
      }
      return found;
    };
    // Only a sheet that lacks a required column the other has: a month whose codes start again at 1 and that has one
    // column fewer is still a register, its repeated codes errors (review s16r #7).
    const required = REGISTERS[kind].columns.filter((c) => c.required).map((c) => c.field);
    const lacks = (a: (typeof registers)[number], b: (typeof registers)[number]) =>
      required.some((f) => !(fields.get(a) as string[]).includes(f) && (fields.get(b) as string[]).includes(f));
    for (const a of registers) {
      const full = registers.find((b) => {
        if (b === a || count(b) <= count(a) || !lacks(a, b)) return false;
        const own = codesOfSheet(a);
        return own.size > 0 && [...own].every((c) => codesOfSheet(b).has(c));
      });
      if (full) extractOf.set(a, full.name);
    }
  }
  const holding = registers.filter((s) => !extractOf.has(s));
  // None holds the register: the sheet that comes nearest (most of its columns), not an instruction sheet in front;
  // reading it says what is missing.
  const visible = workbook.sheets.filter((s) => !s.hidden);
  const candidates = visible.length > 0 ? visible : workbook.sheets;
  const nearest = candidates.reduce((best, s) => (count(s) > count(best) ? s : best));
  const chosen = holding.length > 0 ? holding : [nearest];
  const readWorkbook = async (): Promise<XlsxWorkbookResult> => workbook;
  const readers = new Map<string, XlsxReader>();
  const readerOf = (sheet: string): XlsxReader | undefined => {
    const s = workbook.sheets.find((x) => x.name === sheet);
    if (!s) return undefined;
    let reader = readers.get(s.name);
    if (!reader) {
      reader = {
        readSheet: async () => ({ ok: true as const, sheetName: s.name, date1904: workbook.date1904, rows: s.rows }),
        readWorkbook,
      };
      preRead.add(reader);
      readers.set(s.name, reader);
    }
    return reader;
  };
  const read = chosen.map((s) => ({ name: s.name, hidden: s.hidden, reader: readerOf(s.name) as XlsxReader }));
  const names = new Set(chosen.map((s) => s.name));
  const title = holding.length === 0 ? statisticsTitle(nearest.rows) : undefined;
  return {
    read,
    readerOf,
    ...(title === undefined ? {} : { statistics: { sheet: nearest.name, title } }),
    left: workbook.sheets
      .filter((s) => !names.has(s.name))
      .map((s) => {
        const otherKind = holdsRegister(other, otherFields.get(s) as string[], s.rows, fields.get(s) as string[]);
        // A hidden sheet of lists is Excel's way of making drop-downs: named only when it holds dates or a register.
        const header = !s.hidden && count(s) >= 2;
        const extract = extractOf.get(s);
        const mayBeRegister = otherKind || header || extract !== undefined || hasDatedRows(s.rows);
        return { name: s.name, hidden: s.hidden, otherKind, mayBeRegister, ...(extract ? { extractOf: extract } : {}) };
      }),
  };
}

/**
 * What a warning says of the sheets left that may have been meant as registers (`XLSX_SHEETS_SKIPPED`): each sheet,
 * and why — no header naming the register's code and date columns, or the other register's.
 *
 * @param kind - the register read
 * @param all - the sheets left
 * @returns the Vietnamese sentence, or undefined when no sheet was left
 */
export function leftSheetsMessage(kind: RegisterKind, all: readonly LeftSheet[]): string | undefined {
  const left = all.filter((s) => s.mayBeRegister);
  if (left.length === 0) return undefined;
  const [id, date] = KEY_FIELDS[kind].map((f) => REGISTERS[kind].columns.find((c) => c.field === f)?.label ?? f);
  const name = (s: LeftSheet) => `“${s.name}”${s.hidden ? " (đang ẩn)" : ""}`;
  const extracts = left.filter((s) => s.extractOf !== undefined);
  const none = left.filter((s) => !s.otherKind && s.extractOf === undefined);
  const others = left.filter((s) => s.otherKind);
  const parts = [
    ...extracts.map(
      (s) =>
        `${name(s)}: là danh sách trích từ sổ (mọi ${id} của trang đều có ở trang “${s.extractOf}”, trang ít cột hơn)`,
    ),
    ...(none.length > 0
      ? [
          `${none.map(name).join(", ")}: trong ${HEADER_SEARCH_ROWS} dòng đầu không có dòng tiêu đề của ${REGISTER_NAMES[kind]} (có cột “${id}”, “${date}”)`,
        ]
      : []),
    ...(others.length > 0
      ? [
          `${others.map(name).join(", ")}: là ${REGISTER_NAMES[kind === "cases" ? "sessions" : "cases"]}, đọc bằng tùy chọn ${kind === "cases" ? "--sessions (hoặc validate --kind sessions)" : "--cases"}`,
        ]
      : []),
  ];
  const advice = none.length > 0 ? " Nếu trang nào là sổ, thêm dòng tiêu đề có các cột đó." : "";
  return `Không đọc ${left.length} trang tính của tệp Excel như ${REGISTER_NAMES[kind]}: ${parts.join("; ")}.${advice}`;
}

/**
 * The registers a workbook holds, for a reading: one per register sheet, each with its sheet and a reader of its rows
 * (the workbook opened once); named after the file and the sheet when there are several, after the file alone when
 * there is one.
 *
 * @param file - the workbook's name
 * @param book - its sheets, from {@link workbookSheets}
 * @returns the registers to read, in the workbook's order
 */
export function sheetRegisters(
  file: string,
  book: WorkbookSheets,
): { name: string; sheet: string; reader: XlsxReader }[] {
  return book.read.map((s) => ({
    name: book.read.length > 1 ? sheetRegisterName(file, s.name, s.hidden) : file,
    sheet: s.name,
    reader: s.reader,
  }));
}

/** Whether bytes are a zip archive (an `.xlsx` workbook, whatever its name). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The name a sheet's register goes by: the file's and the sheet's, and whether Excel hides the sheet. */
export function sheetRegisterName(file: string, sheet: string, hidden = false): string {
  return `${file} (trang ${sheet}${hidden ? ", đang ẩn" : ""})`;
}

/** A sheet of a workbook that holds a register, as {@link workbookRegisters} gives it. */
export interface WorkbookRegister {
  /** The name its problems and counts go by: `so.xlsx (trang Tháng 02)`. */
  name: string;
  /** The sheet's name, for the `sheet` option. */
  sheet: string;
  /** Which register it is. */
  kind: "cases" | "sessions";
}

/**
 * The sheets of a workbook that hold a register of either kind (a header naming its code and date columns: “Mã số”
 * and “Ngày tiếp nhận”, or “Mã buổi” and “Ngày tiếp”), hidden or not, in the workbook's order: a page that takes
 * workbooks reads each as a register of its own (the `sheet` option), as the CLI does, when there are several.
 *
 * @param fileName - the workbook's name, for the registers' names
 * @param bytes - the `.xlsx` file
 * @param xlsx - the XLSX reader (`xlsx` from `@tiepdan/reporting/xlsx`)
 * @returns each sheet holding a register, with its name and kind; none when the bytes are no workbook or it does
 *   not open (reading it then says why)
 * @example
 * const sheets = await workbookRegisters("so.xlsx", bytes, xlsx);
 * sheets.map((s) => s.name); //=> ["so.xlsx (trang Tháng 01)", "so.xlsx (trang Tháng 02)"]
 */
export async function workbookRegisters(
  fileName: string,
  bytes: Uint8Array,
  xlsx: XlsxReader,
): Promise<WorkbookRegister[]> {
  if (!xlsx.readWorkbook || !isZip(bytes)) return [];
  const workbook = await xlsx.readWorkbook(bytes);
  if (!workbook.ok) return [];
  const maps = { cases: resolveColumnMap("cases", undefined), sessions: resolveColumnMap("sessions", undefined) };
  const out: WorkbookRegister[] = [];
  for (const s of workbook.sheets) {
    const header = {
      cases: headerOf("cases", s.rows, maps.cases),
      sessions: headerOf("sessions", s.rows, maps.sessions),
    };
    const kind = (["cases", "sessions"] as const).find((k) =>
      holdsRegister(k, header[k], s.rows, header[k === "cases" ? "sessions" : "cases"]),
    );
    if (kind) out.push({ name: sheetRegisterName(fileName, s.name, s.hidden), sheet: s.name, kind });
  }
  return out;
}
