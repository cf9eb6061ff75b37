import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { monthFirstDate } from "../intake/_lib/values.js";
import type { XlsxReader, XlsxSheetResult, XlsxWorkbookResult } from "../intake/types.js";

/** A cell of exceljs reduced to what intake reads: text, number, boolean, date or null. */
function cellValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText))
    return (v.richText as Array<{ text?: unknown }>).map((r) => String(r.text ?? "")).join("");
  if ("result" in v || "formula" in v || "sharedFormula" in v) return cellValue(v.result);
  if ("text" in v && "hyperlink" in v) return cellValue(v.text);
  if ("error" in v) return String(v.error);
  return JSON.stringify(value);
}

const VALIDATIONS = /<dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidations>)/g;

/**
 * The workbook without the data validations of its sheets. Intake reads values only, and exceljs expands a
 * validation into one object per cell of its range: a drop-down list a clerk applies to a whole column
 * (`D2:D1048576`) costs about a million objects and seconds per column. Returns the bytes unchanged when no sheet
 * has validations, or when they are not a readable zip (exceljs then reports the file).
 */
export function withoutDataValidations(bytes: Uint8Array): Uint8Array {
  let sheets: Record<string, Uint8Array>;
  try {
    sheets = unzipSync(bytes, { filter: (f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f.name) });
  } catch (e) {
    if (e instanceof Error) return bytes;
    throw e;
  }
  const changed: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(sheets)) {
    const xml = strFromU8(data);
    if (!xml.includes("<dataValidations")) continue;
    changed[name] = strToU8(xml.replace(VALIDATIONS, ""));
  }
  if (Object.keys(changed).length === 0) return bytes;
  return zipSync({ ...unzipSync(bytes), ...changed });
}

/** The loaded workbook, or the result that says why it could not be opened. */
async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | Extract<XlsxSheetResult, { ok: false }>> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as a Node Buffer; an ArrayBuffer of the bytes is what it reads in both worlds.
    const copy = withoutDataValidations(bytes).slice().buffer;
    await workbook.xlsx.load(copy as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (_damaged) {
    // Whatever the zip and XML readers throw means a damaged workbook; their (English) words are not shown.
    return {
      ok: false,
      code: "XLSX_INVALID",
      message: "Không mở được tệp Excel: tệp hỏng hoặc không phải .xlsx.",
      allowed: "tệp .xlsx lưu từ Excel; hãy mở bằng Excel và lưu lại thành Excel (.xlsx) hoặc CSV UTF-8",
    };
  }
  return workbook;
}

/**
 * A sheet's non-empty rows with their sheet row numbers. A cell merged with the one above it holds that cell's value
 * (a unit written once for several rows); a cell merged with one to its left is empty (a title across the columns,
 * which exceljs copies into each of them).
 */
function sheetRows(ws: ExcelJS.Worksheet): Array<{ row: number; cells: unknown[]; mergedFromAbove?: number[] }> {
  const rows: Array<{ row: number; cells: unknown[]; mergedFromAbove?: number[] }> = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[];
    // exceljs rows are 1-based: index 0 is empty.
    const cells = values.slice(1).map(cellValue);
    const mergedFromAbove: number[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.isMerged && cell.master !== cell && cell.master.col !== cell.col && col - 1 < cells.length) {
        cells[col - 1] = null;
      } else if (cell.isMerged && cell.master !== cell && Number(cell.master.row) < rowNumber) {
        mergedFromAbove.push(col - 1);
      }
      // A date cell shown month first (an Excel set up for the United States turns a typed 5/3/2026 into 3 May):
      // marked, for intake to warn of it (review s19x F8).
      const value = cells[col - 1];
      if (value instanceof Date && isMonthFirst(cell.numFmt)) cells[col - 1] = monthFirstDate(value);
      // A whole number shown with leading zeros ("0000": 12 shown as 0012, a code) is read as shown (review s19x F17).
      else if (typeof value === "number" && Number.isInteger(value) && value >= 0 && /^0+$/.test(cell.numFmt ?? "")) {
        cells[col - 1] = String(value).padStart((cell.numFmt as string).length, "0");
      }
    });
    rows.push(mergedFromAbove.length > 0 ? { row: rowNumber, cells, mergedFromAbove } : { row: rowNumber, cells });
  });
  return rows;
}

/**
 * Whether a number format writes the month before the day ("m/d/yyyy", "[$-409]mm/dd/yy"): its quoted texts and
 * bracketed parts left out, an "m" comes before the first "d".
 */
function isMonthFirst(numFmt: string | undefined): boolean {
  // Excel's built-in short date (14) and date-time (22), which exceljs names "mm-dd-yy" and "m/d/yy h:mm", are shown in
  // the computer's own order (d/m/yyyy in Vietnam): not month first as such.
  if (!numFmt || numFmt === "mm-dd-yy" || numFmt === "m/d/yy h:mm") return false;
  const bare = numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "").toLowerCase();
  const m = bare.search(/m/);
  const d = bare.search(/d/);
  const y = bare.search(/y/);
  // Year first ("yyyy-mm-dd") is no American order (review s19c C11).
  return m >= 0 && d >= 0 && m < d && !(y >= 0 && y < m) && !/h/.test(bare.slice(0, m));
}

/** Whether a sheet is hidden from the clerk (Excel's "Hide" or "very hidden": lists for drop-downs, lookups). */
const isHidden = (ws: ExcelJS.Worksheet) => ws.state === "hidden" || ws.state === "veryHidden";

async function readSheet(bytes: Uint8Array, sheet: string | number | undefined): Promise<XlsxSheetResult> {
  const workbook = await loadWorkbook(bytes);
  if (!(workbook instanceof ExcelJS.Workbook)) return workbook;
  const sheets = workbook.worksheets;
  const names = sheets.map((s) => s.name);
  const ws =
    sheet === undefined
      ? (sheets.find((s) => !isHidden(s)) ?? sheets[0])
      : typeof sheet === "number"
        ? sheets[sheet - 1]
        : sheets.find(
            (s) => s.name.normalize("NFC").trim().toLowerCase() === sheet.normalize("NFC").trim().toLowerCase(),
          );
  if (!ws) {
    return {
      ok: false,
      code: sheets.length === 0 ? "XLSX_INVALID" : "XLSX_SHEET_NOT_FOUND",
      message:
        sheets.length === 0
          ? "Tệp nén (zip) không có trang tính nào: không phải tệp Excel (có thể là tệp .zip hoặc tệp Word .docx đổi tên)."
          : `Tệp Excel không có trang tính “${String(sheet)}”.`,
      allowed: names.length > 0 ? `các trang tính: ${names.map((n) => `“${n}”`).join(", ")}` : "một tệp có trang tính",
    };
  }
  return { ok: true, sheetName: ws.name, date1904: Boolean(workbook.properties?.date1904), rows: sheetRows(ws) };
}

async function readWorkbook(bytes: Uint8Array): Promise<XlsxWorkbookResult> {
  const workbook = await loadWorkbook(bytes);
  if (!(workbook instanceof ExcelJS.Workbook)) return workbook;
  if (workbook.worksheets.length === 0) {
    return {
      ok: false,
      code: "XLSX_INVALID",
      message:
        "Tệp nén (zip) không có trang tính nào: không phải tệp Excel (có thể là tệp .zip hoặc tệp Word .docx đổi tên).",
    };
  }
  return {
    ok: true,
    date1904: Boolean(workbook.properties?.date1904),
    sheets: workbook.worksheets.map((ws) => ({ name: ws.name, hidden: isHidden(ws), rows: sheetRows(ws) })),
  };
}

/**
 * The XLSX reader of intake, built on exceljs: pass it as the `xlsx` option of `readCases` or `readSessions`
 * to read Excel workbooks (the sheet named by `sheet`, else the sheet holding the register; `readRegisterFiles`, the
 * CLI and the web page read every sheet that holds one). Row numbers are the sheet's; dates
 * may be real date cells, Excel serial numbers or text.
 *
 * @example
 * import { readCasesAll } from "@tiepdan/reporting";
 * import { xlsx } from "@tiepdan/reporting/xlsx";
 * const { records, problems } = await readCasesAll(bytes, { fileName: "so-theo-doi.xlsx", xlsx });
 */
export const xlsx: XlsxReader = { readSheet, readWorkbook };
