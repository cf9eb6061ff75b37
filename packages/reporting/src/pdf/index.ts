/**
 * `@tiepdan/reporting/pdf` — the PDF renderer (pdfmake), loaded only when used. Browser-capable: the document
 * IR and font bytes in, PDF bytes out; `readDefaultFonts` in `@tiepdan/reporting/node` reads Tinos from disk.
 *
 * @packageDocumentation
 */
export * from "./renderPdf.js";
