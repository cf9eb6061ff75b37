import { isIsoDate } from "@tiepdan/core";
import ExcelJS from "exceljs";
import { fixZipTimes } from "../document/_zipTimes.js";
import type { FilledForm } from "../forms/fillForm.js";
import { columnCode, layoutHeader } from "../forms/layoutHeader.js";
import { addPrintSheet, bannerWriter } from "./_sheet.js";

/** Options of {@link writeFormWorkbook}. */
export interface WriteFormWorkbookOptions {
  /** Data range line, e.g. "Số liệu tính từ ngày 15/12/2025 đến ngày 14/03/2026". */
  range: string;
  /** The report the forms go with, e.g. "Kèm theo Báo cáo số … ngày 14/03/2026 của Ủy ban nhân dân tỉnh Minh Sơn". */
  attachedTo: string;
  /** Document date (ISO yyyy-mm-dd): document properties and zip entry times, so output is byte-identical. */
  date: string;
}

const FN = "writeFormWorkbook";
const CREATOR = "tiếp dân";
const FONT = { name: "Times New Roman", family: 1, size: 11 } as const;
const FONT_BOLD = { ...FONT, bold: true } as const;
const FONT_ITALIC = { ...FONT, italic: true } as const;
const FONT_TITLE = { ...FONT, size: 13, bold: true } as const;
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
const CENTER = { horizontal: "center", vertical: "middle", wrapText: true } as const;
const LEFT = { horizontal: "left", vertical: "middle", wrapText: true } as const;
const RIGHT = { horizontal: "right", vertical: "middle" } as const;
const NUMBER_FORMAT = "#,##0";
/** Rows 1–4: "Biểu số", title, data range, "Kèm theo"; row 5 blank; the header starts on row 6. */
const HEADER_ROW = 6;
const LABEL_WIDTH = 26;
const NUMBER_WIDTH = 9;
const LINE_HEIGHT = 15;

const nfc = (s: string): string => s.normalize("NFC");

/** Excel column letters of a 1-based column number. */
function letters(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Lines a label takes in a cell `chars` wide (an estimate for the row height). */
function lines(text: string, chars: number): number {
  const words = text.split(/\s+/).filter(Boolean);
  let count = 1;
  let used = 0;
  for (const w of words) {
    const n = Array.from(w).length;
    if (used > 0 && used + 1 + n > chars) {
      count++;
      used = n;
    } else used += (used > 0 ? 1 : 0) + n;
  }
  return count;
}

function writeSheet(workbook: ExcelJS.Workbook, filled: FilledForm, options: WriteFormWorkbookOptions): void {
  const { form } = filled;
  const layout = layoutHeader(form.rowHeader, form.header);
  const lastCol = 1 + filled.leaves.length;
  const codesRow = HEADER_ROW + layout.rows;
  const firstDataRow = codesRow + 1;
  const totalRowIndex = filled.rows.findIndex((r) => r.total);
  const unitRows = filled.rows.map((_, i) => firstDataRow + i).filter((_, i) => i !== totalRowIndex);
  const ws = addPrintSheet(workbook, form.sheetName, {
    lastCol,
    widths: { first: LABEL_WIDTH, other: NUMBER_WIDTH },
    titleRows: { from: HEADER_ROW, to: codesRow },
    sideMargin: 0.4,
  });
  const banner = bannerWriter(ws, lastCol);
  banner(1, `Biểu số: ${form.code}`, FONT_BOLD, { horizontal: "left", vertical: "middle" });
  banner(2, form.title, FONT_TITLE, CENTER);
  banner(3, options.range, FONT_ITALIC, CENTER);
  banner(4, `(${options.attachedTo})`, FONT_ITALIC, CENTER);

  // Header tree: merged cells.
  const rowLines = new Array<number>(layout.rows).fill(1);
  for (const cell of layout.cells) {
    const top = HEADER_ROW + cell.row;
    const left = 1 + cell.col;
    const target = ws.getCell(top, left);
    target.value = nfc(cell.label);
    if (cell.rowSpan > 1 || cell.colSpan > 1) ws.mergeCells(top, left, top + cell.rowSpan - 1, left + cell.colSpan - 1);
    if (cell.rowSpan === 1) {
      const width = cell.col === 0 ? LABEL_WIDTH : NUMBER_WIDTH * cell.colSpan;
      rowLines[cell.row] = Math.max(rowLines[cell.row] ?? 1, lines(cell.label, width - 1));
    }
  }
  // A leaf spanning several rows shares their height; give the last header row what the longest leaf needs.
  const leafLines = Math.max(
    ...layout.cells
      .filter((c) => c.col > 0 && c.rowSpan > 1)
      .map((c) => lines(c.label, NUMBER_WIDTH - 1) - (c.rowSpan - 1)),
    1,
  );
  rowLines[layout.rows - 1] = Math.max(rowLines[layout.rows - 1] ?? 1, leafLines);
  rowLines.forEach((n, i) => {
    ws.getRow(HEADER_ROW + i).height = n * LINE_HEIGHT;
  });
  for (let r = HEADER_ROW; r < codesRow; r++) {
    for (let c = 1; c <= lastCol; c++) {
      const cell = ws.getCell(r, c);
      cell.font = FONT_BOLD;
      cell.alignment = CENTER;
      cell.border = BORDER;
    }
  }
  ["MS", ...filled.leaves.map(columnCode)].forEach((code, i) => {
    const cell = ws.getCell(codesRow, i + 1);
    cell.value = code;
    cell.font = FONT_ITALIC;
    cell.alignment = CENTER;
    cell.border = BORDER;
  });
  ws.getRow(codesRow).height =
    Math.max(...filled.leaves.map((l) => lines(columnCode(l).replace(/\+/g, "+ "), NUMBER_WIDTH - 1))) * LINE_HEIGHT;

  const colOf = new Map(filled.leaves.map((l, i) => [l.number, i + 2]));
  filled.rows.forEach((row, i) => {
    const r = firstDataRow + i;
    const font = row.total ? FONT_BOLD : FONT;
    const label = ws.getCell(r, 1);
    label.value = nfc(row.label);
    label.font = font;
    label.alignment = LEFT;
    label.border = BORDER;
    row.values.forEach((value, k) => {
      const leaf = filled.leaves[k];
      const cell = ws.getCell(r, k + 2);
      cell.numFmt = NUMBER_FORMAT;
      cell.font = font;
      cell.alignment = RIGHT;
      cell.border = BORDER;
      if (value === null || leaf === undefined) return;
      const fill = leaf.fill;
      if ("sum" in fill) {
        // The form's own formula, live in every row: "1=2+3" is =C…+D….
        const parts = fill.sum.flatMap((n) => {
          const c = colOf.get(n);
          return c === undefined ? [] : [`${letters(c)}${r}`];
        });
        cell.value = { formula: parts.join("+"), result: value };
      } else if (row.total && unitRows.length > 0) {
        const col = letters(k + 2);
        cell.value = {
          formula: `SUM(${unitRows.map((u) => `${col}${u}`).join(",")})`,
          result: value,
        };
      } else {
        cell.value = value;
      }
    });
    if (lines(row.label, LABEL_WIDTH - 1) > 1) ws.getRow(r).height = lines(row.label, LABEL_WIDTH - 1) * LINE_HEIGHT;
  });
}

/**
 * Writes the official forms of a State report as an Excel workbook, one sheet per form: "Biểu số …", the title,
 * the data range and the report it goes with; the form's header tree as merged cells; the numbered-column row
 * ("MS", "1=2+3" …); the "Tổng" row, whose cells are live formulas over the unit rows, and one row per unit,
 * where a formula column is the form's formula over the same row. A column the registers cannot fill is an
 * empty cell. A4 landscape fitted to the page width, the header rows repeated on every printed page, frozen
 * panes. Deterministic: document properties and zip entries carry `options.date`.
 *
 * @param forms - the filled forms, in sheet order (at least one)
 * @param options - range and "Kèm theo" lines, document date
 * @returns the XLSX bytes
 * @throws {RangeError} when there is no form or `options.date` is not a `YYYY-MM-DD` date
 * @example
 * const bytes = await writeFormWorkbook(prepared.forms, {
 *   range: "Số liệu tính từ ngày 15/12/2025 đến ngày 14/03/2026",
 *   attachedTo: "Kèm theo Báo cáo ngày 14/03/2026 của Ủy ban nhân dân tỉnh Minh Sơn",
 *   date: "2026-03-14",
 * });
 */
export async function writeFormWorkbook(
  forms: readonly FilledForm[],
  options: WriteFormWorkbookOptions,
): Promise<Uint8Array> {
  if (forms.length === 0) throw new RangeError(`${FN}: no form to write (a workbook needs at least one sheet)`);
  if (!isIsoDate(options.date)) {
    throw new RangeError(`${FN}: expected options.date as YYYY-MM-DD, got ${JSON.stringify(options.date)}`);
  }
  const workbook = new ExcelJS.Workbook();
  const date = new Date(`${options.date}T00:00:00Z`);
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = date;
  workbook.modified = date;
  workbook.lastPrinted = date;
  for (const filled of forms) writeSheet(workbook, filled, options);
  const written = (await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer | Uint8Array;
  const bytes = written instanceof Uint8Array ? new Uint8Array(written) : new Uint8Array(written);
  return fixZipTimes(bytes, options.date);
}
