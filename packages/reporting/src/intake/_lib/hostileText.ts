// Text that looks harmless in a spreadsheet but breaks or fools what comes after it: characters XML 1.0 forbids
// (a DOCX or the document markup cannot hold them), the controls that turn the direction of writing (Word and
// LibreOffice print the text after them backwards, the PDF does not), and case codes that differ only in what a
// reader cannot see. Browser-safe, no dependencies.

/**
 * Characters removed from every text read: C0 controls but tab, LF and CR; U+FFFE and U+FFFF; surrogates that are
 * not part of a pair (all forbidden by XML 1.0); and the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which reverse the printed text in a word processor. (Written without the `u`
 * flag so that a lone surrogate can be matched.)
 */
const STRAY =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is found and removed
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const STRAY_TEST = new RegExp(STRAY.source);
/**
 * The characters that may be stray, without the look-arounds: a plain character class scans fast, and text
 * without any of them (nearly every cell) needs no more.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
const STRAY_SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF]/;
/** The controls of the direction of writing among them. */
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Whether a text may hold a stray character (see {@link hasStrayControls}): `false` guarantees it holds none. One
 * scan of a whole piece of a file spares a test of each of its cells.
 */
export function mayHaveStrayControls(text: string): boolean {
  return STRAY_SUSPECT.test(text);
}

/**
 * Whether a text holds a character intake removes: a control character, a lone surrogate, U+FFFE, U+FFFF (XML 1.0
 * forbids them), or a control of the direction of writing.
 *
 * @param text - a cell's or a typed field's text
 * @returns whether {@link stripStrayControls} would change it
 * @example
 * hasStrayControls("12\u202e3") //=> true
 */
export function hasStrayControls(text: string): boolean {
  return STRAY_SUSPECT.test(text) && STRAY_TEST.test(text);
}

/**
 * Why a text's stray characters were removed, as a clerk's message says it: a control of the direction of writing
 * (U+202A–U+202E, U+2066–U+2069) prints the text after it backwards in Word; the others a document cannot hold.
 *
 * @param text - the text as read, before its stray characters were removed
 * @returns the reason, in Vietnamese, for the parenthesis of a `VALUE_CONTROL_CHAR` or `NARRATIVE_CONTROL_CHAR` message
 */
export function strayControlReason(text: string): string {
  return DIRECTION_CONTROL.test(text)
    ? "ký tự đổi chiều viết: văn bản Word in ngược phần chữ sau nó"
    : "văn bản Word, PDF không chứa được";
}

/**
 * The text without its stray characters (see {@link hasStrayControls}): what intake does to a cell, with a
 * `VALUE_CONTROL_CHAR` warning.
 *
 * @param text - a cell's or a typed field's text
 * @returns the text without them (the same string when it has none)
 * @example
 * stripStrayControls("12\u202e3") //=> "123"
 */
export function stripStrayControls(text: string): string {
  return hasStrayControls(text) ? text.replace(STRAY, "") : text;
}

/**
 * A text typed for one line of a document (a document's number, a place): its line breaks and tabs as spaces, without
 * invisible format characters (the marks of the direction of writing) nor the characters intake removes from cells,
 * its runs of spaces one space, trimmed.
 *
 * @param text - the text as typed or pasted
 * @returns the text on one line (compare with `text.trim()` to know whether anything was removed)
 * @example
 * oneLineText("12\n\u200f/BC") //=> "12 /BC"
 */
export function oneLineText(text: string): string {
  const flat = text.replace(/[\r\n\t\u0085\u2028\u2029]+/g, " ").replace(/\p{Cf}/gu, "");
  return stripStrayControls(flat).replace(/ {2,}/g, " ").trim();
}

// Cyrillic and Greek letters whose capitals are drawn like Latin ones (the confusables a keyboard layout or a
// copy from another document brings into a code), in lower case — codes are compared without case — with the
// Latin letter they pass for.
const LOOK_ALIKE: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  х: "x",
  у: "y",
  п: "n",
  ɡ: "g",
  і: "i",
  ј: "j",
  ѕ: "s",
  α: "a",
  β: "b",
  ε: "e",
  ζ: "z",
  η: "h",
  ι: "i",
  κ: "k",
  μ: "m",
  ν: "n",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "y",
  χ: "x",
};
const LOOK_ALIKE_CHARS = new RegExp(`[${Object.keys(LOOK_ALIKE).join("")}]`, "g");

/**
 * The Latin letter a Cyrillic or Greek letter passes for ("м" for "m"), in lower case; `undefined` for any other
 * character.
 *
 * @param ch - one character, in lower case
 * @returns its Latin look-alike
 */
export function latinLookAlike(ch: string): string | undefined {
  return LOOK_ALIKE[ch];
}
/** Invisible format characters (zero-width space and joiners, BOM, bidi marks, soft hyphen). */
const INVISIBLE = /[\p{Cf}]/gu;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const PLAIN_CODE = /^[A-Za-z0-9._/-]*$/;
/** Dashes a word processor substitutes for "-". */
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * What a case code looks like to a reader: compatibility forms folded (NFKC), invisible characters removed,
 * every run of spaces one space, dashes as "-", Cyrillic and Greek look-alikes as Latin, lower case. Two codes
 * with the same skeleton are the same code typed twice.
 */
export function idSkeleton(id: string): string {
  if (PLAIN_CODE.test(id)) return id.toLowerCase();
  return id
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(SPACES, " ")
    .replace(DASHES, "-")
    .trim()
    .toLowerCase()
    .replace(LOOK_ALIKE_CHARS, (c) => LOOK_ALIKE[c] ?? c);
}

/** The spreadsheet formula starters (OWASP "CSV injection"): "=", "+", "-", "@", tab, carriage return. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/**
 * A cell text made inert for a spreadsheet: a text a spreadsheet would run as a formula gets a leading
 * apostrophe; intake removes it again when it reads the file back ({@link restoreNeutralised}).
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The cell text a CSV this project wrote held before {@link neutraliseFormula}. */
export function restoreNeutralised(text: string): string {
  return text.charCodeAt(0) === 39 && NEUTRALISED.test(text) ? text.slice(1) : text;
}
