// What the statistical tables' workbook and the official forms' workbook share: a landscape A4 sheet fitted to the
// page width with its header rows repeated and frozen, and the text lines ("banners") merged over the table's width.
import type ExcelJS from "exceljs";

/** Layout of a printed sheet. */
export interface PrintSheetLayout {
  /** The table's last column (the first holds the row labels). */
  lastCol: number;
  /** Width of the first column and of each other one, in characters. */
  widths: { first: number; other: number };
  /** The rows repeated at the top of every printed page and frozen on screen: first and last. */
  titleRows: { from: number; to: number };
  /** Left and right page margins, in inches. */
  sideMargin: number;
}

/**
 * Adds a worksheet printed on landscape A4, fitted to one page wide, centred, its title rows repeated on every page
 * and frozen with the first column.
 *
 * @param workbook - the workbook
 * @param name - the sheet's name
 * @param layout - columns, title rows and margins
 * @returns the worksheet
 */
export function addPrintSheet(workbook: ExcelJS.Workbook, name: string, layout: PrintSheetLayout): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9 as ExcelJS.PaperSize, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: layout.sideMargin, right: layout.sideMargin, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${layout.titleRows.from}:${layout.titleRows.to}`,
    },
    views: [{ state: "frozen", xSplit: 1, ySplit: layout.titleRows.to }],
  });
  ws.getColumn(1).width = layout.widths.first;
  for (let c = 2; c <= layout.lastCol; c++) ws.getColumn(c).width = layout.widths.other;
  return ws;
}

/**
 * A writer of text lines over the whole width of a sheet's table (title, range, note): the text NFC in the first
 * cell, merged to the last column, and the row's height from `height` when it gives one.
 *
 * @param ws - the worksheet
 * @param lastCol - the table's last column
 * @param height - the row height a text needs, or undefined for the default
 * @returns the writer: row, text, font, alignment
 */
export function bannerWriter(
  ws: ExcelJS.Worksheet,
  lastCol: number,
  height?: (text: string, font: Partial<ExcelJS.Font>) => number | undefined,
): (row: number, text: string, font: Partial<ExcelJS.Font>, alignment: Partial<ExcelJS.Alignment>) => void {
  return (row, text, font, alignment) => {
    const value = text.normalize("NFC");
    const cell = ws.getCell(row, 1);
    cell.value = value;
    cell.font = font;
    cell.alignment = alignment;
    if (lastCol > 1) ws.mergeCells(row, 1, row, lastCol);
    const h = height?.(value, font);
    if (h !== undefined) ws.getRow(row).height = h;
  };
}
