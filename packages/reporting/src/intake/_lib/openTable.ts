// Input (bytes or text, a file name, options) → a table of rows: picks the format from the name or the
// content, decodes text, and hands workbooks to the XLSX reader. Misuse throws; bad files become problems.

import type { ReadRegisterOptions, RegisterFormat, RegisterInput } from "../types.js";
import { REGISTER_NAMES, type RegisterKind } from "./columns.js";
import { readCsvTable } from "./csvSource.js";
import { convertLegacyFontText, decodeText, detectLegacyFontText } from "./decodeText.js";
import { checkEdits } from "./edits.js";
import { notRegister, readJsonTable, readNdjsonTable } from "./jsonSource.js";
import { ENCODING_NAMES } from "./legacyEncodings.js";
import { normalizeKey } from "./normalizeKey.js";
import type { PendingProblem, SourceInfo, SourceRow, SourceTable } from "./types.js";
import { resolveColumnMap, type ValidateTableOptions } from "./validateTable.js";
import { isPreRead, leftSheetsMessage, workbookSheets } from "./workbookSheets.js";
import { zipBombReason } from "./zipSize.js";

const FORMATS: readonly RegisterFormat[] = ["csv", "json", "ndjson", "xlsx"];

const EXTENSIONS: Readonly<Record<string, RegisterFormat | "unsupported">> = {
  csv: "csv",
  tsv: "csv",
  txt: "csv",
  json: "json",
  ndjson: "ndjson",
  jsonl: "ndjson",
  xlsx: "xlsx",
  xlsm: "xlsx",
  xls: "unsupported",
  ods: "unsupported",
  pdf: "unsupported",
  doc: "unsupported",
  docx: "unsupported",
};

const UNSUPPORTED_HINTS: Readonly<Record<string, string>> = {
  xls: "Tệp Excel 97–2003 (.xls) chưa được hỗ trợ.",
  ods: "Tệp LibreOffice Calc (.ods) chưa được hỗ trợ.",
  pdf: "Tệp PDF không phải là sổ dữ liệu.",
  doc: "Tệp Word không phải là sổ dữ liệu.",
  docx: "Tệp Word không phải là sổ dữ liệu.",
};

const SAVE_AS = "hãy mở bằng Excel và lưu thành Excel (.xlsx) hoặc CSV UTF-8";

type Sniffed = "zip" | "ole" | "pdf" | "text";

function sniff(bytes: Uint8Array): Sniffed {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x50 && b(1) === 0x4b && b(2) === 0x03 && b(3) === 0x04) return "zip";
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0) return "ole";
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46) return "pdf";
  return "text";
}

/**
 * Whether an OLE container holds an encrypted Office document: its directory (UTF-16 names, in entries at even
 * offsets) names the "EncryptedPackage" stream, within the container's first megabyte.
 */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  return new TextDecoder("utf-16le").decode(bytes.subarray(0, 1 << 20)).includes("EncryptedPackage");
}

function extensionOf(fileName: string | undefined): string | undefined {
  const m = fileName ? /\.([A-Za-z0-9]+)$/.exec(fileName) : null;
  return m?.[1]?.toLowerCase();
}

function formatOfText(text: string): RegisterFormat {
  const first = /\S/.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)?.[0];
  return first === "[" || first === "{" ? "json" : "csv";
}

function emptyTable(problems: PendingProblem[], info?: SourceInfo): SourceTable {
  return { header: "first", serialDates: false, problems, rows: [], csv: false, ...(info ? { info } : {}) };
}

function unsupported(what: string): PendingProblem {
  return {
    code: "FILE_FORMAT_UNSUPPORTED",
    row: 0,
    what,
    allowed: `sổ dạng .xlsx, .csv (UTF-8) hoặc .json; ${SAVE_AS}`,
  };
}

/** What a workbook of forms is, with its sheet and title (cut after 80 characters). */
function statisticsWhat(found: { sheet: string; title: string }): string {
  const title = found.title.length > 80 ? `${found.title.slice(0, 79)}…` : found.title;
  return `Tệp Excel là biểu tổng hợp số liệu (trang “${found.sheet}”: “${title}”)`;
}

/** Checks the input and options of a read call; throws on misuse. */
export function checkReadArguments(call: string, input: unknown, options: ReadRegisterOptions | undefined): void {
  if (!(typeof input === "string" || input instanceof Uint8Array || input instanceof ArrayBuffer)) {
    const got = input === null ? "null" : Array.isArray(input) ? "an array" : typeof input;
    throw new TypeError(`${call}: input must be a Uint8Array, an ArrayBuffer or a string, got ${got}`);
  }
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new TypeError(`${call}: options must be an object`);
  }
  if (options?.format !== undefined && !FORMATS.includes(options.format)) {
    throw new RangeError(`${call}: unknown format ${JSON.stringify(options.format)} (expected ${FORMATS.join(", ")})`);
  }
  if (options?.delimiter !== undefined && ![",", ";", "\t"].includes(options.delimiter)) {
    throw new RangeError(`${call}: delimiter must be ",", ";" or "\\t", got ${JSON.stringify(options.delimiter)}`);
  }
  if (options?.format === "xlsx" && typeof input === "string") {
    throw new TypeError(`${call}: an XLSX workbook must be given as bytes (Uint8Array), not as a string`);
  }
}

/**
 * Checks the options of a read call that depend on the register kind (`columns`, `edits`); throws on misuse.
 */
export function checkRegisterOptions(call: string, kind: RegisterKind, options: ReadRegisterOptions | undefined): void {
  resolveColumnMap(kind, options?.columns, call);
  checkEdits(call, options?.edits);
}

/** The matching keys of the headers the `columns` option maps (they count as known when finding the delimiter). */
export function mappedHeaderKeys(options: ReadRegisterOptions): Set<string> | undefined {
  return options.columns ? new Set(Object.keys(options.columns).map(normalizeKey)) : undefined;
}

/** The validator's options from a read call's options. */
export function validateOptionsOf(options: ReadRegisterOptions, more: ValidateTableOptions = {}): ValidateTableOptions {
  return {
    ...(options.verifySchema ? { verifySchema: true } : {}),
    ...(options.columns ? { columns: options.columns } : {}),
    ...(options.edits ? { edits: options.edits } : {}),
    ...more,
  };
}

/** Converts every text cell of a table typed in a legacy font, when the sheet as a whole looks so. */
function fixLegacyFontCells(
  rows: Array<{ row: number; cells: unknown[] }>,
  problems: PendingProblem[],
): string | undefined {
  const sample = rows
    .slice(0, 500)
    .flatMap((r) => r.cells.filter((c): c is string => typeof c === "string"))
    .join("\n");
  const legacy = detectLegacyFontText(sample);
  if (!legacy) return undefined;
  for (const r of rows) {
    r.cells = r.cells.map((c) => (typeof c === "string" ? convertLegacyFontText(c, legacy) : c));
  }
  problems.push({
    code: "ENCODING_CONVERTED",
    row: 0,
    what: `Chữ trong trang tính được gõ bằng bảng mã ${ENCODING_NAMES[legacy]}, không phải Unicode; đã tự chuyển sang Unicode. Hãy kiểm tra lại các chữ có dấu.`,
    allowed: "chữ Unicode: trong Excel, chuyển mã bằng Unikey (Công cụ → Chuyển mã) rồi lưu lại",
    valueText: ENCODING_NAMES[legacy],
  });
  return legacy;
}

async function openXlsx(
  kind: RegisterKind,
  call: string,
  bytes: Uint8Array,
  options: ReadRegisterOptions,
  problems: PendingProblem[],
): Promise<SourceTable> {
  if (!options.xlsx) {
    throw new TypeError(
      `${call}: reading an XLSX workbook needs options.xlsx (import { xlsx } from "@tiepdan/reporting/xlsx")`,
    );
  }
  const bomb = zipBombReason(bytes);
  if (bomb !== undefined) {
    return emptyTable(
      [
        ...problems,
        {
          code: "XLSX_TOO_LARGE",
          row: 0,
          what: `Không mở tệp Excel: ${bomb}, lớn bất thường (có thể là tệp độc hại kiểu “bom zip”).`,
          allowed: "tệp .xlsx lưu từ Excel; nếu sổ thật sự lớn như vậy, hãy lưu thành CSV UTF-8 (đọc từng dòng)",
        },
      ],
      { format: "xlsx" },
    );
  }
  // No sheet named: the one holding the register (not an instruction sheet in front, not a hidden list of values).
  // A workbook of several registers is read sheet by sheet by `readRegisterFiles`, the CLI and the web page; read
  // alone (`readCases`), its first register is read and the others are named in a warning.
  // The sheets left (instructions, lists, the other register) are named once per workbook, with its first register.
  const named = options.sheet !== undefined;
  const found =
    !named || isPreRead(options.xlsx) ? await workbookSheets(kind, bytes, options.xlsx, options.columns) : undefined;
  const chosen = named ? undefined : found?.read[0];
  const reading = named ? String(options.sheet) : chosen?.name;
  // The forms of a report (its XLSX, or forms made by hand) given as a register: nothing in them is a case.
  if (found?.statistics && reading === found.statistics.sheet) {
    return emptyTable([...problems, notRegister(kind, statisticsWhat(found.statistics))], { format: "xlsx" });
  }
  const left =
    found && reading === found.read[0]?.name
      ? leftSheetsMessage(kind, options.otherKindRead ? found.left.filter((s) => !s.otherKind) : found.left)
      : undefined;
  if (left) problems.push({ code: "XLSX_SHEETS_SKIPPED", row: 0, what: left });
  if (!named && found && found.read.length > 1) {
    const others = found.read.slice(1).map((s) => `“${s.name}”`);
    problems.push({
      code: "XLSX_SHEETS_NOT_READ",
      row: 0,
      what: `Tệp Excel có ${found.read.length} trang tính có dòng tiêu đề của ${REGISTER_NAMES[kind]}: chỉ đọc trang “${chosen?.name}”, chưa đọc ${others.join(", ")}.`,
      allowed:
        "đọc tệp bằng lệnh tiepdan, trang web hoặc readRegisterFiles (mỗi trang tính một sổ), hoặc chọn một trang (sheet)",
    });
  }
  const sheet = chosen
    ? await chosen.reader.readSheet(bytes, chosen.name)
    : await options.xlsx.readSheet(bytes, options.sheet);
  if (!sheet.ok) {
    return emptyTable(
      [
        ...problems,
        {
          code: sheet.code,
          row: 0,
          what: sheet.message,
          ...(sheet.allowed === undefined ? {} : { allowed: sheet.allowed }),
        },
      ],
      { format: "xlsx" },
    );
  }
  const rows = sheet.rows.map((r) => ({
    row: r.row,
    cells: r.cells.map((c) => (typeof c === "string" ? c.normalize("NFC") : c)),
    ...(r.mergedFromAbove?.length ? { mergedFromAbove: r.mergedFromAbove } : {}),
  }));
  const fontEncoding = fixLegacyFontCells(rows, problems);
  return {
    header: "detect",
    serialDates: sheet.date1904 ? "1904" : "1900",
    problems,
    rows: rows as SourceRow[],
    csv: false,
    info: { format: "xlsx", sheet: sheet.sheetName, ...(fontEncoding ? { fontEncoding } : {}) },
  };
}

/** Opens a register given in memory as a table of rows. */
export async function openTable(
  kind: RegisterKind,
  call: string,
  input: RegisterInput,
  options: ReadRegisterOptions,
): Promise<SourceTable> {
  const problems: PendingProblem[] = [];
  const ext = extensionOf(options.fileName);
  const byName = ext === undefined ? undefined : EXTENSIONS[ext];
  let format: RegisterFormat | undefined = options.format ?? (byName === "unsupported" ? undefined : byName);
  if (!options.format && byName === "unsupported" && ext) {
    return emptyTable([unsupported(`${UNSUPPORTED_HINTS[ext] ?? `Tệp .${ext} chưa được hỗ trợ.`}`)]);
  }

  if (typeof input === "string") {
    if (format === "xlsx") {
      throw new TypeError(`${call}: an XLSX workbook must be given as bytes (Uint8Array), not as a string`);
    }
    const text = input.normalize("NFC");
    return openText(kind, format ?? formatOfText(text), text, options, problems);
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length === 0) {
    // Described as the streamed reader describes an empty file (read as an empty UTF-8 CSV unless named otherwise).
    return emptyTable(
      [],
      format === undefined || format === "csv"
        ? { format: "csv", encoding: "utf-8", delimiter: options.delimiter ?? "," }
        : { format },
    );
  }
  const sniffed = sniff(bytes);
  if (sniffed === "zip") {
    if (format !== undefined && format !== "xlsx") {
      if (!options.xlsx) {
        return emptyTable([
          unsupported(`Tệp có đuôi .${ext ?? format} nhưng thực chất là tệp nén (có thể là Excel .xlsx).`),
        ]);
      }
      problems.push({
        code: "FILE_FORMAT_MISMATCH",
        row: 0,
        what: `Tệp có đuôi .${ext ?? format} nhưng thực chất là tệp Excel (.xlsx); đã đọc như tệp Excel.`,
        allowed: "đặt đúng đuôi tên tệp",
      });
    }
    return openXlsx(kind, call, bytes, options, problems);
  }
  if (sniffed === "ole") {
    // An .xlsx saved with a password is stored in the old container, its workbook in an "EncryptedPackage" stream
    // (review s19x F18: called a 97–2003 workbook, the clerk was sent in a loop).
    if (isEncryptedPackage(bytes)) {
      return emptyTable([
        {
          code: "FILE_FORMAT_UNSUPPORTED",
          row: 0,
          what: "Tệp Excel có mật khẩu: công cụ không mở được tệp được bảo vệ bằng mật khẩu.",
          allowed:
            "mở tệp bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại thành .xlsx",
        },
      ]);
    }
    return emptyTable([unsupported(`${UNSUPPORTED_HINTS.xls}`)]);
  }
  if (sniffed === "pdf") return emptyTable([unsupported(`${UNSUPPORTED_HINTS.pdf}`)]);
  if (format === "xlsx") {
    return emptyTable(
      [
        {
          code: "XLSX_INVALID",
          row: 0,
          what: "Tệp không phải là tệp Excel .xlsx hợp lệ (không mở được).",
          allowed: `tệp .xlsx lưu từ Excel; ${SAVE_AS}`,
        },
      ],
      { format: "xlsx" },
    );
  }
  const decoded = decodeText(bytes);
  problems.push(...decoded.problems);
  if (decoded.text === undefined) return emptyTable(problems, { encoding: decoded.encoding });
  format ??= formatOfText(decoded.text);
  const table = openText(kind, format, decoded.text, options, problems);
  table.info = {
    ...table.info,
    encoding: decoded.encoding,
    ...(decoded.fontEncoding ? { fontEncoding: decoded.fontEncoding } : {}),
  };
  return table;
}

function openText(
  kind: RegisterKind,
  format: RegisterFormat,
  text: string,
  options: ReadRegisterOptions,
  problems: PendingProblem[],
): SourceTable {
  if (format === "json") return readJsonTable(kind, stripBom(text), problems);
  if (format === "ndjson") return readNdjsonTable(kind, stripBom(text), problems);
  return readCsvTable(text, problems, options.delimiter, mappedHeaderKeys(options));
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export { EXTENSIONS, extensionOf, sniff };
