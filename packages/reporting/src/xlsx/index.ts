/**
 * `@tiepdan/reporting/xlsx` — reading Excel workbooks (.xlsx) for intake, kept apart so that the XLSX
 * library (exceljs) is loaded only when a workbook is read.
 *
 * @packageDocumentation
 */
export { xlsx } from "./xlsx.js";
