import { isIsoDate } from "@tiepdan/core";
import type { StatColumn, StatTable } from "@tiepdan/templates";
import ExcelJS from "exceljs";
import { fixZipTimes } from "../document/_zipTimes.js";
import { addPrintSheet, bannerWriter } from "./_sheet.js";

/** Options of {@link writeStatWorkbook}. */
export interface WriteStatWorkbookOptions {
  /** Title line printed above each table, e.g. "Tỉnh ủy Minh Sơn — quý I năm 2026". */
  heading: string;
  /** Data range line, e.g. "Số liệu tính từ ngày 01/01/2026 đến ngày 31/03/2026". */
  range: string;
  /** Document date (ISO yyyy-mm-dd): the workbook's created/modified dates and every zip entry's time, so output is byte-identical for the same input. */
  date: string;
}

const FN = "writeStatWorkbook";
/** Width of the row-header column, in Excel character units. */
const FIRST_WIDTH = 28;
/** Width of every number column, in Excel character units. */
const OTHER_WIDTH = 12;
/** Height of one text line of 11-point Calibri, in points. */
const LINE_HEIGHT = 15;
/** First header row: rows 1–3 carry the title, the heading and the range. */
const HEADER_ROW = 4;
const CREATOR = "tiếp dân";
/** Names Excel refuses for a worksheet, compared case-insensitively. */
const RESERVED_SHEET_NAMES = ["history"];

const FONT = { name: "Calibri", family: 2, size: 11 } as const;
const FONT_BOLD = { ...FONT, bold: true } as const;
const FONT_ITALIC = { ...FONT, italic: true } as const;
const FONT_TITLE = { ...FONT, size: 12, bold: true } as const;
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
const ALIGN_HEADER = { horizontal: "center", vertical: "middle", wrapText: true } as const;
const ALIGN_LABEL = { horizontal: "left", vertical: "middle", wrapText: true } as const;
const ALIGN_NUMBER = { horizontal: "right", vertical: "middle" } as const;
const ALIGN_NOTE = { horizontal: "left", vertical: "top", wrapText: true } as const;
const NUMBER_FORMAT = "#,##0";

const nfc = (s: string): string => s.normalize("NFC");

/** A column with at least one child is a group; `children: []` counts as a leaf. */
function isGroup(column: StatColumn): column is StatColumn & { children: NonNullable<StatColumn["children"]> } {
  return column.children !== undefined && column.children.length > 0;
}

/** Labels of the leaf columns, in the order of `StatRow.values`. */
function leafLabels(table: StatTable): string[] {
  return table.columns.flatMap((c) => (isGroup(c) ? c.children.map((k) => k.label) : [c.label]));
}

/** Throws a RangeError when a row or the MS row does not match the leaf columns, or a value is not finite. */
function checkTable(table: StatTable): void {
  const leaves = leafLabels(table).length;
  if (table.columnCodes !== undefined && table.columnCodes.length !== leaves) {
    throw new RangeError(
      `${FN}: table "${table.id}", row "MS": ${table.columnCodes.length} column codes for ${leaves} leaf columns`,
    );
  }
  for (const row of table.rows) {
    if (row.values.length !== leaves) {
      throw new RangeError(
        `${FN}: table "${table.id}", row "${row.label}": ${row.values.length} values for ${leaves} leaf columns`,
      );
    }
    row.values.forEach((v, i) => {
      if (v !== null && !Number.isFinite(v)) {
        throw new RangeError(
          `${FN}: table "${table.id}", row "${row.label}": value ${String(v)} in leaf column ${i + 1} is not a finite number`,
        );
      }
    });
  }
}

/**
 * A valid, unique worksheet name: NFC, without `[]:*?/\` and control characters, runs of spaces collapsed, apostrophes turned into `’`
 * (exceljs does not escape them in the print-titles name), at most 31 characters, a numbered suffix on a
 * (case-insensitive) duplicate.
 */
function sheetName(raw: string, index: number, taken: Set<string>): string {
  const chars = (s: string): string[] => Array.from(s);
  let base = nfc(raw)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[[\]:*?/\\\u0000-\u001f]/g, "")
    .replace(/'/g, "’")
    .replace(/\s+/g, " ")
    .trim();
  if (base === "") base = `Bảng ${index + 1}`;
  base = chars(base).slice(0, 31).join("").trim();
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = chars(base)
      .slice(0, 31 - suffix.length)
      .join("")
      .trimEnd()
      .concat(suffix);
  }
  taken.add(name.toLowerCase());
  return name;
}

/** Lines that `text` takes when wrapped by words in a cell `width` characters wide (an estimate). */
function lineCount(text: string, width: number, bold = false): number {
  const capacity = Math.max(1, Math.floor((width - 1) * (bold ? 0.9 : 1)));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const length = Array.from(word).length;
      if (used > 0 && used + 1 + length <= capacity) {
        used += 1 + length;
        continue;
      }
      if (used > 0) lines++;
      used = length;
      while (used > capacity) {
        lines++;
        used -= capacity;
      }
    }
  }
  return lines;
}

/** Writes one table on a new worksheet of `workbook`. */
function writeSheet(workbook: ExcelJS.Workbook, table: StatTable, name: string, options: WriteStatWorkbookOptions) {
  const leaves = leafLabels(table).length;
  const lastCol = 1 + leaves;
  const twoLevel = table.columns.some(isGroup);
  const headerRows = twoLevel ? 2 : 1;
  const lastHeaderRow = HEADER_ROW + headerRows - 1;
  const codesRow = table.columnCodes !== undefined ? lastHeaderRow + 1 : null;
  const frozenRows = codesRow ?? lastHeaderRow;
  const totalWidth = FIRST_WIDTH + OTHER_WIDTH * leaves;

  const ws = addPrintSheet(workbook, name, {
    lastCol,
    widths: { first: FIRST_WIDTH, other: OTHER_WIDTH },
    titleRows: { from: HEADER_ROW, to: frozenRows },
    sideMargin: 0.5,
  });
  /** A text line over the whole width of the table (title, heading, range, note), as high as its wrapped lines. */
  const banner = bannerWriter(ws, lastCol, (text, font) => {
    const lines = lineCount(text, totalWidth, font.bold === true);
    return lines > 1 ? lines * (font.size === 12 ? LINE_HEIGHT + 1 : LINE_HEIGHT) : undefined;
  });
  banner(1, table.title, FONT_TITLE, ALIGN_HEADER);
  banner(2, options.heading, FONT, ALIGN_HEADER);
  banner(3, options.range, FONT_ITALIC, ALIGN_HEADER);

  // Header: the row header and leaf columns span both rows of a two-level header; a group spans its children.
  ws.getCell(HEADER_ROW, 1).value = nfc(table.rowHeader);
  if (twoLevel) ws.mergeCells(HEADER_ROW, 1, lastHeaderRow, 1);
  let topLines = 1;
  let bottomLines = 1;
  let spanLines = lineCount(nfc(table.rowHeader), FIRST_WIDTH, true);
  let col = 2;
  for (const column of table.columns) {
    ws.getCell(HEADER_ROW, col).value = nfc(column.label);
    if (isGroup(column)) {
      const span = column.children.length;
      if (span > 1) ws.mergeCells(HEADER_ROW, col, HEADER_ROW, col + span - 1);
      topLines = Math.max(topLines, lineCount(nfc(column.label), OTHER_WIDTH * span, true));
      column.children.forEach((child, k) => {
        ws.getCell(lastHeaderRow, col + k).value = nfc(child.label);
        bottomLines = Math.max(bottomLines, lineCount(nfc(child.label), OTHER_WIDTH, true));
      });
      col += span;
    } else {
      if (twoLevel) ws.mergeCells(HEADER_ROW, col, lastHeaderRow, col);
      spanLines = Math.max(spanLines, lineCount(nfc(column.label), OTHER_WIDTH, true));
      col++;
    }
  }
  if (twoLevel) {
    bottomLines = Math.max(bottomLines, spanLines - topLines);
    ws.getRow(HEADER_ROW).height = topLines * LINE_HEIGHT;
    ws.getRow(lastHeaderRow).height = bottomLines * LINE_HEIGHT;
  } else {
    ws.getRow(HEADER_ROW).height = spanLines * LINE_HEIGHT;
  }
  for (let r = HEADER_ROW; r <= lastHeaderRow; r++) {
    for (let c = 1; c <= lastCol; c++) {
      const cell = ws.getCell(r, c);
      cell.font = FONT_BOLD;
      cell.alignment = ALIGN_HEADER;
      cell.border = BORDER;
    }
  }

  if (codesRow !== null && table.columnCodes !== undefined) {
    ["MS", ...table.columnCodes].forEach((code, i) => {
      const cell = ws.getCell(codesRow, i + 1);
      cell.value = nfc(code);
      cell.font = FONT_ITALIC;
      cell.alignment = ALIGN_HEADER;
      cell.border = BORDER;
    });
  }

  let r = frozenRows + 1;
  for (const row of table.rows) {
    const font = row.total === true ? FONT_BOLD : FONT;
    const label = ws.getCell(r, 1);
    label.value = nfc(row.label);
    label.font = font;
    label.alignment = ALIGN_LABEL;
    label.border = BORDER;
    row.values.forEach((value, i) => {
      const cell = ws.getCell(r, i + 2);
      if (value !== null) cell.value = value;
      cell.numFmt = NUMBER_FORMAT;
      cell.font = font;
      cell.alignment = ALIGN_NUMBER;
      cell.border = BORDER;
    });
    const lines = lineCount(nfc(row.label), FIRST_WIDTH, row.total === true);
    if (lines > 1) ws.getRow(r).height = lines * LINE_HEIGHT;
    r++;
  }

  // Notes under the table, after one blank row.
  r++;
  for (const note of table.notes) banner(r++, note, FONT, ALIGN_NOTE);
}

/**
 * Writes the statistical tables of a periodic report as an Excel workbook (.xlsx), one sheet per table: the title,
 * `heading` and `range` above; the one- or two-level header (a group spans its children, a leaf and the row header
 * span both header rows); the "MS" row of column codes when the table has one; the rows, numbers as numeric cells
 * formatted `#,##0` (Excel shows 1.234 under Vietnamese settings), `null` as an empty cell, total rows bold; the
 * notes below. Thin borders, frozen header, A4 landscape fitted to the page width with the header repeated on
 * each printed page. Sheet names are made valid and unique (at most 31 characters, no `[]:*?/\`); all text is
 * normalised to NFC. Deterministic: the document properties and every zip entry carry `options.date`, so the
 * same input gives the same bytes.
 *
 * @param tables - the tables, in sheet order (at least one)
 * @param options - the heading and range lines printed above each table, and the document date
 * @returns the XLSX bytes
 * @throws RangeError when there is no table, `options.date` is not a `YYYY-MM-DD` date, or a table's row (or its
 *   `columnCodes`) does not have one value per leaf column — the message names the table id and the row label
 * @example
 * import { writeStatWorkbook } from "@tiepdan/reporting/xlsx";
 * const bytes = await writeStatWorkbook(model.tables, {
 *   heading: "Tỉnh ủy Minh Sơn — quý I năm 2026",
 *   range: "Số liệu tính từ ngày 01/01/2026 đến ngày 31/03/2026",
 *   date: "2026-03-31",
 * });
 * await writeFile("phu-luc.xlsx", bytes);
 */
export async function writeStatWorkbook(tables: StatTable[], options: WriteStatWorkbookOptions): Promise<Uint8Array> {
  if (tables.length === 0) throw new RangeError(`${FN}: no table to write (a workbook needs at least one sheet)`);
  if (!isIsoDate(options.date)) {
    throw new RangeError(`${FN}: expected options.date as YYYY-MM-DD, got ${JSON.stringify(options.date)}`);
  }
  for (const table of tables) checkTable(table);

  const workbook = new ExcelJS.Workbook();
  const date = new Date(`${options.date}T00:00:00Z`);
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = date;
  workbook.modified = date;
  workbook.lastPrinted = date;

  const taken = new Set(RESERVED_SHEET_NAMES);
  tables.forEach((table, i) => {
    writeSheet(workbook, table, sheetName(table.sheetName, i, taken), options);
  });

  // exceljs returns a Node Buffer (a Uint8Array) in Node; keep a plain view, or copy when it shares a pool.
  const written = (await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer | Uint8Array;
  const bytes =
    written instanceof Uint8Array
      ? written.byteOffset === 0 && written.buffer.byteLength === written.byteLength
        ? new Uint8Array(written.buffer, 0, written.byteLength)
        : new Uint8Array(written)
      : new Uint8Array(written);
  return fixZipTimes(bytes, options.date);
}
