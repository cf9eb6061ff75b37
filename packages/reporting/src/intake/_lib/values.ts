// Reading one cell: text, dates, Vietnamese numbers, Có/Không and enumerated values. Each reader returns the
// schema value and its canonical Vietnamese spelling (for `--fix`), or an issue saying what is wrong and what
// is allowed. Nothing here throws on data.
import { formatIsoDate, getDaysInMonth, type IsoDate } from "@tiepdan/core";
import type { ProblemCode } from "../problemCodes.js";
import type { ColumnSpec } from "./columns.js";
import { normalizeKey } from "./normalizeKey.js";

/**
 * A cell's text as a message quotes it: a long one (a pasted blob, a shifted row's whole content) is cut to its first
 * 60 characters and its length said, so that a problem table stays readable.
 */
export function quoted(text: string): string {
  if (text.length <= 80) return text;
  let head = text.slice(0, 60);
  const last = head.charCodeAt(head.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) head = head.slice(0, -1);
  return `${head}… (${text.length.toLocaleString("vi-VN")} ký tự)`;
}

/** What is wrong with a cell, and what the column accepts. */
export interface CellIssue {
  code: ProblemCode;
  /** What is wrong, in Vietnamese. */
  what: string;
  /** What is allowed, in Vietnamese (no final full stop). */
  allowed?: string;
}

/** A cell read successfully. */
export interface CellValue {
  value: unknown;
  /** The canonical spelling written back by `--fix`. */
  canonical: string;
  /** A warning about the cell that does not reject it. */
  warning?: CellIssue;
}

/** How dates stored as numbers are read: Excel serial numbers, in the 1900 or the 1904 date system. */
export interface CellContext {
  serialDates: false | "1900" | "1904";
}

const REPLACEMENT_CHAR = "\uFFFD";
const DATE_DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const DATE_YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const INT_PLAIN = /^[+-]?\d+$/;
const INT_DOT_GROUPS = /^[+-]?\d{1,3}(?:\.\d{3})+$/;
const INT_SPACE_GROUPS = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/;
const DECIMAL_COMMA = /^[+-]?(\d+|\d{1,3}(?:\.\d{3})+),(\d+)$/;
const TRUE_KEYS = new Set(["co", "x", "1", "true", "yes", "y", "c", "dung"]);
const FALSE_KEYS = new Set(["khong", "0", "false", "no", "n", "k", "sai"]);
const TRUE_MARKS = new Set(["✓", "✔", "☑", "√"]);

export const DATE_ALLOWED = "ngày/tháng/năm, ví dụ 05/03/2026, 5/3/2026, 05-03-2026 hoặc 2026-03-05";
export const BOOLEAN_ALLOWED = "Có, Không, x (nghĩa là có), 1, 0; để trống nếu chưa rõ";

/** A workbook's date cell whose number format writes the month first (`m/d/yyyy`): see {@link monthFirstDate}. */
const MONTH_FIRST = Symbol("monthFirst");

/**
 * A workbook's date cell shown month first by its number format: the same date, marked, so that intake warns when
 * its day could have been typed as the month (`DATE_MONTH_FIRST`).
 *
 * @param date - the cell's date
 * @returns a copy of it, marked
 */
export function monthFirstDate(date: Date): Date {
  const copy = new Date(date.getTime());
  Object.defineProperty(copy, MONTH_FIRST, { value: true });
  return copy;
}

/**
 * Whether a cell is a date a month-first format may have swapped: marked by {@link monthFirstDate}, its day 12 or
 * less and not its month (typed "5/3/2026" as day/month, Excel read 3 May).
 */
export function isSwappableDate(cell: unknown): cell is Date {
  return isMarkedMonthFirst(cell) && couldBeSwapped(cell);
}

function isMarkedMonthFirst(cell: unknown): cell is Date {
  return cell instanceof Date && (cell as unknown as Record<symbol, unknown>)[MONTH_FIRST] === true;
}

/** Whether a date cell's day could be read as its month and its month as its day (a day of 12 or less, not the month). */
export function couldBeSwapped(cell: unknown): boolean {
  if (!(cell instanceof Date)) return false;
  const day = cell.getUTCDate();
  return day <= 12 && day !== cell.getUTCMonth() + 1;
}

/** Whether a text is a date written day first whose day is past 12 ("13/3/2026": no month could be 13). */
export function isDayFirstText(cell: unknown): cell is string {
  if (typeof cell !== "string") return false;
  const m = /^\s*(\d{1,2})[/.-]\d{1,2}[/.-]\d{4}\s*$/.exec(cell);
  return m !== null && Number(m[1]) > 12 && Number(m[1]) <= 31;
}

/** Tells whether a cell holds nothing (absent, null, or only spaces). */
export function isBlankCell(cell: unknown): boolean {
  if (cell === undefined || cell === null) return true;
  if (typeof cell === "string") {
    // Fast path without allocating: a cell that starts and ends with a visible character is not blank.
    const n = cell.length;
    if (n === 0) return true;
    if (cell.charCodeAt(0) > 32 && cell.charCodeAt(n - 1) > 32 && cell.charCodeAt(0) !== 160) return false;
    return cell.trim() === "";
  }
  if (Array.isArray(cell)) return cell.length === 0;
  return false;
}

/** A cell as text for a problem's `value` and for `--fix` (dates of XLSX cells as dd/mm/yyyy). */
export function cellToText(cell: unknown): string {
  if (cell === undefined || cell === null) return "";
  if (typeof cell === "string") return cell.normalize("NFC");
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : toDmy(dateFromUtc(cell));
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  if (Array.isArray(cell)) return cell.map(cellToText).join("; ");
  return JSON.stringify(cell);
}

function dateFromUtc(d: Date): IsoDate {
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** `YYYY-MM-DD` → `dd/mm/yyyy`. */
export function toDmy(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function typeIssue(spec: ColumnSpec, expected: string, cell?: unknown): CellIssue {
  // A workbook's TRUE/FALSE cell is no list (review s19x F16).
  const what = typeof cell === "boolean" ? "Đúng/Sai (TRUE/FALSE) của Excel" : "một danh sách hay đối tượng";
  return {
    code: "VALUE_TYPE",
    what: `Ô của cột “${spec.label}” phải là ${expected}, không phải ${what}.`,
    allowed: expected,
  };
}

function readText(cell: unknown, spec: ColumnSpec): CellValue | CellIssue {
  let text: string;
  if (typeof cell === "string") text = cell;
  else if (typeof cell === "number" || typeof cell === "boolean" || cell instanceof Date) text = cellToText(cell);
  else return typeIssue(spec, "chữ", cell);
  text = text.normalize("NFC").trim();
  if (text.includes(REPLACEMENT_CHAR)) {
    return {
      code: "VALUE_ENCODING",
      what: `Ô của cột “${spec.label}” có ký tự lỗi mã hóa (�): một phần tệp không được lưu bằng UTF-8.`,
      allowed: "chữ Unicode (lưu tệp bằng UTF-8)",
    };
  }
  if (spec.maxLength !== undefined && text.length > spec.maxLength) {
    return {
      code: "VALUE_TOO_LONG",
      what: `Ô “${spec.label}” dài ${text.length.toLocaleString("vi-VN")} ký tự: “${spec.label}” là một tên ngắn (tối đa ${spec.maxLength} ký tự), thường là nội dung đơn dán nhầm cột.`,
      allowed: `tên ${spec.label.toLocaleLowerCase("vi")} (ví dụ ${spec.field === "field" ? "Đất đai" : "Đảng ủy xã Hòa Lạc"}); nội dung đơn ghi ở cột “Nội dung”`,
    };
  }
  return { value: text, canonical: text };
}

function splitList(cell: unknown, separators: RegExp): string[] | undefined {
  if (Array.isArray(cell)) {
    const out: string[] = [];
    for (const item of cell) {
      if (typeof item !== "string" && typeof item !== "number") return undefined;
      const s = String(item).normalize("NFC").trim();
      if (s) out.push(s);
    }
    return out;
  }
  if (typeof cell !== "string") return undefined;
  return cell
    .normalize("NFC")
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function readTextList(cell: unknown, spec: ColumnSpec): CellValue | CellIssue {
  const parts = splitList(cell, /[;\n]/);
  if (!parts) return typeIssue(spec, "danh sách chữ, ngăn cách bằng dấu chấm phẩy");
  if (parts.some((p) => p.includes(REPLACEMENT_CHAR))) {
    return {
      code: "VALUE_ENCODING",
      what: `Ô của cột “${spec.label}” có ký tự lỗi mã hóa (�).`,
      allowed: "chữ Unicode (lưu tệp bằng UTF-8)",
    };
  }
  return { value: parts, canonical: parts.join("; ") };
}

function allowedLabels(spec: ColumnSpec): string {
  return Object.values(spec.enum?.labels ?? {}).join(", ");
}

function readEnum(cell: unknown, spec: ColumnSpec): CellValue | CellIssue {
  if (typeof cell !== "string") return typeIssue(spec, `một trong: ${allowedLabels(spec)}`, cell);
  const text = cell.normalize("NFC").trim();
  const value = spec.enum?.byKey.get(normalizeKey(text));
  if (value === undefined) {
    return {
      code: "VALUE_UNKNOWN",
      what: `“${quoted(text)}” không phải giá trị của cột “${spec.label}”.`,
      allowed: allowedLabels(spec),
    };
  }
  return { value, canonical: spec.enum?.labels[value] ?? text };
}

function readEnumList(cell: unknown, spec: ColumnSpec): CellValue | CellIssue {
  const parts = splitList(cell, /[;,/\n+]/);
  if (!parts) return typeIssue(spec, `một hoặc nhiều giá trị trong: ${allowedLabels(spec)}`);
  const values: string[] = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  for (const part of parts) {
    const value = spec.enum?.byKey.get(normalizeKey(part));
    if (value === undefined) unknown.push(part);
    else if (values.includes(value)) repeated.push(part);
    else values.push(value);
  }
  if (unknown.length > 0) {
    return {
      code: "VALUE_UNKNOWN",
      what: `${unknown.map((u) => `“${quoted(u)}”`).join(", ")} không phải giá trị của cột “${spec.label}”.`,
      allowed: `${allowedLabels(spec)}; nhiều giá trị ngăn cách bằng dấu chấm phẩy (;) hoặc dấu phẩy (,)`,
    };
  }
  if (values.length === 0) {
    return { code: "VALUE_REQUIRED", what: `Cột “${spec.label}” không có giá trị nào.`, allowed: allowedLabels(spec) };
  }
  // Schema order (Phản ánh, Kiến nghị, Khiếu nại, Tố cáo), so that equal cells compare equal.
  const order = Object.keys(spec.enum?.labels ?? {});
  values.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const result: CellValue = { value: values, canonical: values.map((v) => spec.enum?.labels[v] ?? v).join("; ") };
  if (repeated.length > 0) {
    result.warning = {
      code: "VALUE_REPEATED",
      what: `${repeated.map((r) => `“${quoted(r)}”`).join(", ")} được ghi hai lần trong cột “${spec.label}”; chỉ tính một lần.`,
    };
  }
  return result;
}

function dateIssue(spec: ColumnSpec, text: string): CellIssue {
  return {
    code: "DATE_FORMAT",
    what: `“${quoted(text)}” ở cột “${spec.label}” không phải là ngày.`,
    allowed: DATE_ALLOWED,
  };
}

function checkDate(
  spec: ColumnSpec,
  text: string,
  year: number,
  month: number,
  day: number,
  dayFirst: boolean,
): CellValue | CellIssue {
  if (month < 1 || month > 12) {
    const swapped = dayFirst && day >= 1 && day <= 12 && month <= 31;
    return {
      code: "DATE_INVALID",
      what: `Ngày “${quoted(text)}” ở cột “${spec.label}” không có thật: không có tháng ${month}.${
        swapped ? " Có phải đã ghi tháng trước ngày? Sổ ghi ngày trước, tháng sau." : ""
      }`,
      allowed: DATE_ALLOWED,
    };
  }
  const days = getDaysInMonth(year, month);
  if (day < 1 || day > days) {
    return {
      code: "DATE_INVALID",
      what: `Ngày “${quoted(text)}” ở cột “${spec.label}” không có thật trên lịch: tháng ${month} năm ${year} có ${days} ngày.`,
      allowed: DATE_ALLOWED,
    };
  }
  const iso = formatIsoDate({ year, month, day });
  return { value: iso, canonical: toDmy(iso) };
}

/** Excel serial day → date. Serial 60 is Excel's fictitious 29/02/1900; 1904 workbooks count from 1904-01-01. */
function fromExcelSerial(serial: number, system: "1900" | "1904"): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return undefined;
  const whole = Math.floor(serial);
  if (system === "1900" && whole === 60) return undefined;
  const epochOffset = system === "1904" ? 24_107 : whole < 60 ? 25_568 : 25_569;
  const d = new Date((whole - epochOffset) * 86_400_000);
  return dateFromUtc(d);
}

/**
 * The years a register's dates can fall in: a date outside them is a slip (a year typed wrong, "5" in an Excel date
 * column read as 05/01/1900), not a case of the register.
 */
export const REGISTER_YEARS = { first: 2000, last: 2099 } as const;

/** A date read, or `DATE_OUT_OF_RANGE` when its year is outside {@link REGISTER_YEARS}. */
function inRegisterYears(spec: ColumnSpec, iso: IsoDate, written: string, fromNumber: boolean): CellValue | CellIssue {
  const year = Number(iso.slice(0, 4));
  if (year >= REGISTER_YEARS.first && year <= REGISTER_YEARS.last) return { value: iso, canonical: toDmy(iso) };
  const range = `năm ${REGISTER_YEARS.first}–${REGISTER_YEARS.last}`;
  return {
    code: "DATE_OUT_OF_RANGE",
    what: fromNumber
      ? `Ô “${spec.label}” ghi số ${quoted(written)}, Excel hiểu là ngày ${toDmy(iso)}: ngoài khoảng ${range} của sổ. Ghi đủ ngày/tháng/năm.`
      : `Ngày “${quoted(written)}” ở cột “${spec.label}” ngoài khoảng ${range} của sổ: thường do gõ nhầm năm.`,
    allowed: DATE_ALLOWED,
  };
}

function readDate(cell: unknown, spec: ColumnSpec, ctx: CellContext): CellValue | CellIssue {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return dateIssue(spec, "");
    const iso = dateFromUtc(cell);
    return inRegisterYears(spec, iso, toDmy(iso), false);
  }
  if (typeof cell === "number") {
    const iso = ctx.serialDates ? fromExcelSerial(cell, ctx.serialDates) : undefined;
    if (iso === undefined) return dateIssue(spec, String(cell));
    return inRegisterYears(spec, iso, String(cell), true);
  }
  if (typeof cell !== "string") return typeIssue(spec, "ngày", cell);
  const text = cell.normalize("NFC").trim();
  const dmy = DATE_DMY.exec(text);
  const ymd = dmy ? null : DATE_YMD.exec(text);
  // An instant with its offset ("2026-03-01T17:00:00Z", what JSON.stringify writes of a date): its date in Vietnam
  // (UTC+7), not the date written in UTC (review s19x F9: midnight of 02/03 in Vietnam was read as 01/03).
  const local = ymd && text.length > 10 ? vietnamDateOf(text) : undefined;
  const read = dmy
    ? checkDate(spec, text, Number(dmy[4]), Number(dmy[3]), Number(dmy[1]), true)
    : local
      ? checkDate(spec, text, local.year, local.month, local.day, false)
      : ymd
        ? checkDate(spec, text, Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), false)
        : dateIssue(spec, text);
  return "code" in read ? read : inRegisterYears(spec, read.value as IsoDate, text, false);
}

const DATE_INSTANT =
  /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;
/** Vietnam's offset from UTC, in minutes (UTC+7, no daylight saving). */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/**
 * The date in Vietnam of a date and time written with its offset from UTC (`Z`, `+07:00`, `-0500`), or `undefined`
 * for another text or an impossible date or time (read, and refused, as the date it writes).
 */
function vietnamDateOf(text: string): { year: number; month: number; day: number } | undefined {
  const m = DATE_INSTANT.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const written = new Date(utc);
  if (written.getUTCDate() !== day || written.getUTCMonth() !== month - 1 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const offset = m[7] ? 0 : (m[8] === "-" ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  const there = new Date(utc + (VIETNAM_OFFSET_MINUTES - offset) * 60_000);
  return { year: there.getUTCFullYear(), month: there.getUTCMonth() + 1, day: there.getUTCDate() };
}

/** Reads a number written the Vietnamese way: 1.234 (thousands), 1.234,5 (decimal comma), 1 234. */
export function parseVietnameseNumber(text: string): number | undefined {
  const t = text.trim();
  if (INT_PLAIN.test(t)) return Number(t);
  if (INT_DOT_GROUPS.test(t)) return Number(t.replace(/\./g, ""));
  if (INT_SPACE_GROUPS.test(t)) return Number(t.replace(/[ \u00a0\u202f]/g, ""));
  const dec = DECIMAL_COMMA.exec(t);
  if (dec) return Number(`${t.slice(0, t.indexOf(",")).replace(/\./g, "")}.${dec[2]}`);
  return undefined;
}

/**
 * Ordinal words as a clerk writes them in `Lần`, 1 to 10: in Vietnamese, and without diacritics where that is not
 * another word ("sau" is "after", not "sáu"; "nam", "bay", "tam" are other words too).
 */
const ORDINALS = new Map<string, number>([
  ...(["đầu", "nhất", "một", "dau", "nhat", "mot"] as const).map((w) => [w, 1] as const),
  ...(["hai", "nhì"] as const).map((w) => [w, 2] as const),
  ...(["ba"] as const).map((w) => [w, 3] as const),
  ...(["bốn", "tư", "bon"] as const).map((w) => [w, 4] as const),
  ...(["năm"] as const).map((w) => [w, 5] as const),
  ...(["sáu"] as const).map((w) => [w, 6] as const),
  ...(["bảy", "bẩy"] as const).map((w) => [w, 7] as const),
  ...(["tám"] as const).map((w) => [w, 8] as const),
  ...(["chín", "chin"] as const).map((w) => [w, 9] as const),
  ...(["mười", "muoi"] as const).map((w) => [w, 10] as const),
]);

const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

/**
 * A count written as an ordinal: "Lần đầu", "lần đầu tiên", "lần hai", "Lần thứ 3", "thứ nhì", "Lần II", "2 lần",
 * "LAN DAU" (any case); undefined for anything else.
 */
function readOrdinal(text: string): number | undefined {
  const words = text.toLocaleLowerCase("vi").split(/\s+/);
  const isLan = (w: string | undefined) => w === "lần" || w === "lan";
  if (words.length === 2 && /^\d+$/.test(words[0] as string) && isLan(words[1])) return Number(words[0]);
  const before = words.length;
  if (isLan(words[0])) words.shift();
  if (words[0] === "thứ" || words[0] === "thu") words.shift();
  // A Roman numeral only after "Lần" or "thứ": a lone "x" or "v" is a tick, not 10 or 5.
  const prefixed = words.length < before;
  if (words.length === 2 && (words[0] === "đầu" || words[0] === "dau") && (words[1] === "tiên" || words[1] === "tien"))
    return 1;
  if (words.length !== 1) return undefined;
  const word = words[0] as string;
  if (/^\d+$/.test(word)) return Number(word);
  const roman = prefixed ? ROMAN.indexOf(word) : -1;
  return roman >= 0 ? roman + 1 : ORDINALS.get(word);
}

/** What an ordinal int column accepts, in the problem table and the Excel template alike. */
const ordinalAllowed = (min: number) => `số nguyên từ ${min} trở lên, hoặc viết “Lần đầu”, “Lần hai”, “Lần thứ 3”…`;

function readInt(cell: unknown, spec: ColumnSpec): CellValue | CellIssue {
  const min = spec.min ?? 0;
  const allowed = spec.ordinal
    ? ordinalAllowed(min)
    : `số nguyên từ ${min} trở lên (dấu chấm ngăn cách hàng nghìn: 1.234)`;
  let n: number | undefined;
  let text: string;
  if (typeof cell === "number") {
    n = cell;
    text = String(cell);
  } else if (typeof cell === "string") {
    text = cell.normalize("NFC").trim();
    n = parseVietnameseNumber(text) ?? (spec.ordinal ? readOrdinal(text) : undefined);
  } else return typeIssue(spec, "số", cell);
  if (n === undefined || !Number.isFinite(n)) {
    return { code: "NUMBER_INVALID", what: `“${quoted(text)}” ở cột “${spec.label}” không phải là số.`, allowed };
  }
  if (!Number.isInteger(n)) {
    return { code: "NUMBER_INVALID", what: `“${quoted(text)}” ở cột “${spec.label}” không phải số nguyên.`, allowed };
  }
  if (n < min || !Number.isSafeInteger(n)) {
    return {
      code: "NUMBER_RANGE",
      what: `Số “${quoted(text)}” ở cột “${spec.label}” nằm ngoài khoảng cho phép.`,
      allowed,
    };
  }
  return { value: n, canonical: String(n) };
}

function readBool(cell: unknown, spec: ColumnSpec): CellValue | CellIssue {
  if (typeof cell === "boolean") return { value: cell, canonical: cell ? "Có" : "Không" };
  if (typeof cell === "number" && (cell === 0 || cell === 1)) {
    return { value: cell === 1, canonical: cell === 1 ? "Có" : "Không" };
  }
  if (typeof cell !== "string") return typeIssue(spec, "Có hoặc Không");
  const text = cell.normalize("NFC").trim();
  const key = normalizeKey(text);
  if (TRUE_KEYS.has(key) || TRUE_MARKS.has(text)) return { value: true, canonical: "Có" };
  if (FALSE_KEYS.has(key)) return { value: false, canonical: "Không" };
  return {
    code: "BOOLEAN_INVALID",
    what: `“${quoted(text)}” ở cột “${spec.label}” không phải Có/Không.`,
    allowed: BOOLEAN_ALLOWED,
  };
}

/** Reads a non-blank cell for its column. */
function readUncached(cell: unknown, spec: ColumnSpec, ctx: CellContext): CellValue | CellIssue {
  switch (spec.type) {
    case "text":
      return readText(cell, spec);
    case "textList":
      return readTextList(cell, spec);
    case "date":
      return readDate(cell, spec, ctx);
    case "int":
      return readInt(cell, spec);
    case "bool":
      return readBool(cell, spec);
    case "enum":
      return readEnum(cell, spec);
    case "enumList":
      return readEnumList(cell, spec);
  }
}

// A register repeats the same few spellings of its dates, kinds and Có/Không cells, fields and units thousands of times:
// their readings are memoised per column (bounded, so memory stays flat on any file). Results are never mutated.
const MEMO_LIMIT = 4096;
const memos = new WeakMap<ColumnSpec, Map<string, CellValue | CellIssue>>();
const MEMOISED = new Set(["date", "bool", "enum", "enumList"]);

/** Reads a non-blank cell for its column. */
export function readCell(cell: unknown, spec: ColumnSpec, ctx: CellContext): CellValue | CellIssue {
  if (typeof cell !== "string" || !(MEMOISED.has(spec.type) || spec.repeats === true))
    return readUncached(cell, spec, ctx);
  let memo = memos.get(spec);
  if (!memo) {
    memo = new Map();
    memos.set(spec, memo);
  }
  const hit = memo.get(cell);
  if (hit) return hit;
  const result = readUncached(cell, spec, ctx);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(cell, result);
  return result;
}

/** Tells a failed read from a successful one. */
export function isIssue(r: CellValue | CellIssue): r is CellIssue {
  return "code" in r;
}

/** What a column accepts, in Vietnamese (for the problem table's last column). */
export function describeAllowed(spec: ColumnSpec): string {
  switch (spec.type) {
    case "text":
    case "textList":
      return "chữ";
    case "date":
      return DATE_ALLOWED;
    case "int":
      return spec.ordinal ? ordinalAllowed(spec.min ?? 0) : `số nguyên từ ${spec.min ?? 0} trở lên`;
    case "bool":
      return BOOLEAN_ALLOWED;
    case "enum":
    case "enumList":
      return allowedLabels(spec);
  }
}
