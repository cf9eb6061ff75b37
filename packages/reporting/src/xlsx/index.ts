/**
 * `@tiepdan/reporting/xlsx` — Excel workbooks (.xlsx): reading them for intake, and writing the statistical
 * tables of a report, kept apart so that the XLSX library (exceljs) is loaded only when a workbook is used.
 *
 * @packageDocumentation
 */

export { type WriteFormWorkbookOptions, writeFormWorkbook } from "./writeFormWorkbook.js";
export { type WriteStatWorkbookOptions, writeStatWorkbook } from "./writeStatWorkbook.js";
export { xlsx } from "./xlsx.js";
