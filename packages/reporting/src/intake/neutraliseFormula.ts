import { neutraliseFormula as neutralise } from "./_lib/hostileText.js";

/**
 * Makes a CSV cell's text inert for a spreadsheet (OWASP "CSV injection"): a text that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return — after any apostrophes — gets one more leading apostrophe, so that Excel or
 * LibreOffice shows it instead of running it. Intake removes that apostrophe when it reads a CSV back, so a
 * corrected register read again gives the values it was written from.
 *
 * @param text - the cell's text
 * @returns the text to write in the CSV cell (before quoting)
 * @example
 * neutraliseFormula("=HYPERLINK(\"http://x\")"); //=> "'=HYPERLINK(\"http://x\")"
 * neutraliseFormula("Đất đai"); //=> "Đất đai"
 */
export function neutraliseFormula(text: string): string {
  return neutralise(text);
}
