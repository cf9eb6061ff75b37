/**
 * `@tiepdan/reporting/docx` — the DOCX renderer (docx), loaded only when used. Browser-capable.
 *
 * @packageDocumentation
 */
export * from "./renderDocx.js";
