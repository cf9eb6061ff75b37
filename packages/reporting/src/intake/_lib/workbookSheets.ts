// Which sheets of a workbook hold a register (review s14 F1): a register kept one sheet per month, an instruction
// sheet in front of it, a hidden sheet of drop-down lists. Each sheet that holds a register is read as a register of
// its own, named after the file and the sheet, so that its problems say which sheet their rows are on.

import type { XlsxReader } from "../types.js";
import type { RegisterKind } from "./columns.js";
import { headerFields, resolveColumnMap } from "./validateTable.js";

/** How many non-blank rows at the top of a sheet are searched for a register's header (as intake does). */
const HEADER_SEARCH_ROWS = 20;

/** A sheet to read: its name, and a reader that gives its rows without opening the workbook again. */
export interface RegisterSheet {
  name: string;
  reader: XlsxReader;
}

/** The sheets of a workbook to read as registers, and the names of those left. */
export interface WorkbookSheets {
  /** The sheets holding a register's header, not hidden; the first sheet not hidden when none does. */
  read: RegisterSheet[];
  /** The other sheets: instructions, lists, summaries, hidden sheets. */
  left: string[];
}

/** How many of the register's columns the best of the first non-blank rows of a sheet names. */
function headerScore(
  kind: RegisterKind,
  rows: ReadonlyArray<{ cells: unknown[] }>,
  map: ReturnType<typeof resolveColumnMap>,
): number {
  let seen = 0;
  let best = 0;
  for (const r of rows) {
    if (r.cells.every((c) => c === null || c === undefined || (typeof c === "string" && c.trim() === ""))) continue;
    const cells = r.cells.map((c) => (typeof c === "string" ? c.normalize("NFC") : c));
    best = Math.max(best, headerFields(kind, cells, map).length);
    if (++seen >= HEADER_SEARCH_ROWS) break;
  }
  return best;
}

/** Whether some of the first non-blank rows of a sheet is a header of the register (two of its columns at least). */
function holdsRegister(
  kind: RegisterKind,
  rows: ReadonlyArray<{ cells: unknown[] }>,
  map: ReturnType<typeof resolveColumnMap>,
): boolean {
  return headerScore(kind, rows, map) >= 2;
}

/**
 * The sheets of a workbook that hold a register of `kind`, each with a reader of its rows (the workbook is opened
 * once); `undefined` when the reader cannot read whole workbooks or the workbook does not open (the sheet reader then
 * says why).
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
  const holding = workbook.sheets.filter((s) => !s.hidden && holdsRegister(kind, s.rows, map));
  const chosen =
    holding.length > 0 ? holding : [workbook.sheets.find((s) => !s.hidden) ?? (workbook.sheets[0] as never)];
  const read = chosen.map((s) => ({
    name: s.name,
    reader: {
      readSheet: async () => ({ ok: true as const, sheetName: s.name, date1904: workbook.date1904, rows: s.rows }),
    },
  }));
  const names = new Set(chosen.map((s) => s.name));
  return { read, left: workbook.sheets.filter((s) => !names.has(s.name)).map((s) => s.name) };
}

/** Whether bytes are a zip archive (an `.xlsx` workbook, whatever its name). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The name a sheet's register goes by: the file's, and the sheet's when the workbook has several registers. */
export function sheetRegisterName(file: string, sheet: string): string {
  return `${file} (trang ${sheet})`;
}

/** A sheet of a workbook that holds a register, as {@link workbookRegisters} gives it. */
export interface WorkbookRegister {
  /** The name its problems and counts go by: `so.xlsx (trang Tháng 02)`. */
  name: string;
  /** The sheet's name, for the `sheet` option. */
  sheet: string;
  /** Which register its header is of. */
  kind: RegisterKind;
}

/**
 * The sheets of a workbook that hold a register of either kind (a header naming two of its columns at least), not
 * hidden, in the workbook's order: a page that takes workbooks reads each as a register of its own (the `sheet`
 * option), as the CLI does, when there are several.
 *
 * @param fileName - the workbook's name, for the registers' names
 * @param bytes - the `.xlsx` file
 * @param xlsx - the XLSX reader (`xlsx` from `@tiepdan/reporting/xlsx`)
 * @returns each sheet holding a register, with its name and kind; none when the workbook does not open (reading it
 *   then says why)
 * @example
 * const sheets = await workbookRegisters("so.xlsx", bytes, xlsx);
 * sheets.map((s) => s.name); //=> ["so.xlsx (trang Tháng 01)", "so.xlsx (trang Tháng 02)"]
 */
export async function workbookRegisters(
  fileName: string,
  bytes: Uint8Array,
  xlsx: XlsxReader,
): Promise<WorkbookRegister[]> {
  if (!xlsx.readWorkbook) return [];
  const workbook = await xlsx.readWorkbook(bytes);
  if (!workbook.ok) return [];
  const maps = { cases: resolveColumnMap("cases", undefined), sessions: resolveColumnMap("sessions", undefined) };
  const out: WorkbookRegister[] = [];
  for (const s of workbook.sheets) {
    if (s.hidden) continue;
    const cases = headerScore("cases", s.rows, maps.cases);
    const sessions = headerScore("sessions", s.rows, maps.sessions);
    if (Math.max(cases, sessions) < 2) continue;
    out.push({
      name: sheetRegisterName(fileName, s.name),
      sheet: s.name,
      kind: sessions > cases ? "sessions" : "cases",
    });
  }
  return out;
}
