// JSON registers: an array of objects or newline-delimited JSON. A row's number is the line of the file where it
// begins (review F19: the line a clerk finds in an editor, as for CSV), for an array the line of the element's
// first character. The row is the one key problems, edits and "đã dùng ở dòng N" use, so it must tell rows apart:
// when two elements of an array begin on the same line, the line cannot, and every row of the file is then its
// position in the array (one numbering for the whole file, never some rows by line and others by position). An
// array written on one line is said to be numbered so in the clerk's guide; an array whose elements begin on
// several lines, some sharing one, is said so by a row-0 warning, JSON_ROWS_ARE_POSITIONS (review s20 R3), naming
// the first shared line. Keys are headers, matched like CSV headers; the header row is the union of the keys in
// first-seen order and has row number 0 (it is not a line of the file).
import { isSummaryJson } from "../../buildSummaryJson.js";
import { REGISTER_NAMES, REGISTERS, type RegisterKind } from "./columns.js";
import { normalizeKey } from "./normalizeKey.js";
import type { PendingProblem, SourceRow, SourceTable } from "./types.js";

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Nesting a register row may have: a row is an object of cells, a cell at most a short list. */
const MAX_DEPTH = 64;

/**
 * Tells whether a parsed JSON value nests deeper than {@link MAX_DEPTH} (without recursion: the engine parses
 * any depth, but printing such a value back would overflow the call stack).
 */
export function nestsTooDeep(value: unknown, limit = MAX_DEPTH): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (typeof item.value !== "object" || item.value === null) continue;
    if (item.depth >= limit) return true;
    for (const child of Object.values(item.value)) stack.push({ value: child, depth: item.depth + 1 });
  }
  return false;
}

function tooDeep(row: number, element: number, rawText?: string): SourceRow {
  return {
    row,
    cells: [],
    problems: [
      {
        code: "JSON_TOO_DEEP",
        row,
        what: `Phần tử thứ ${element} lồng nhau quá ${MAX_DEPTH} tầng mảng, đối tượng: không đọc được, dòng bị loại.`,
        allowed: 'mỗi phần tử là một đối tượng { "Mã số": …, … }, mỗi ô là chữ, số, hoặc danh sách ngắn',
      },
    ],
    ...(rawText === undefined ? {} : { rawText }),
  };
}

/** What a JSON value is, in words (review s23w W23-6: "giá trị kiểu number"). */
function kindOfValue(value: unknown): string {
  if (Array.isArray(value)) return "một mảng";
  if (value === null) return "null";
  if (typeof value === "number") return "một số";
  if (typeof value === "string") return "một chuỗi chữ";
  if (typeof value === "boolean") return "giá trị đúng/sai (true/false)";
  return "một giá trị khác";
}

function notObject(row: number, element: number, value: unknown): SourceRow {
  return {
    row,
    cells: [],
    problems: [
      {
        code: "JSON_ROW_NOT_OBJECT",
        row,
        what: `Phần tử thứ ${element} là ${kindOfValue(value)}, không phải một đối tượng { "Mã số": …, … }.`,
        allowed: "mỗi phần tử là một đối tượng, khóa là tên cột",
      },
    ],
    rawText: JSON.stringify(value),
  };
}

/** One element: `row` the line it begins on (see the top of the file), `element` its 1-based position. */
type Entry = {
  row: number;
  element: number;
  value: unknown;
  rawText?: string;
  problem?: PendingProblem;
  deep?: boolean;
};

function entryOf(row: number, element: number, value: unknown, rawText?: string): Entry {
  if (!nestsTooDeep(value)) return { row, element, value };
  return rawText === undefined ? { row, element, value, deep: true } : { row, element, value, rawText, deep: true };
}

/**
 * Objects may name a column differently ("Mã số" in one, "id" in another): keys meaning the same field share
 * one column, headed by the first key seen. An object that gives a field twice keeps its first key's value.
 */
function toTable(kind: RegisterKind, entries: Entry[], problems: PendingProblem[]): SourceTable {
  const columns: string[] = [];
  const columnOf = new Map<string, number>();
  const groupOf = (key: string): string => {
    const spec = REGISTERS[kind].byKey.get(normalizeKey(key));
    return spec ? `field:${spec.field}` : `key:${key}`;
  };
  for (const e of entries) {
    if (!isPlainObject(e.value) || e.deep) continue;
    for (const k of Object.keys(e.value)) {
      const g = groupOf(k);
      if (!columnOf.has(g)) {
        columnOf.set(g, columns.length);
        columns.push(k);
      }
    }
  }
  function* rows(): Generator<SourceRow> {
    if (entries.length === 0) return;
    yield { row: 0, cells: columns };
    for (const e of entries) {
      if (e.problem) {
        yield {
          row: e.row,
          cells: [],
          problems: [e.problem],
          ...(e.rawText === undefined ? {} : { rawText: e.rawText }),
        };
      } else if (e.deep) yield tooDeep(e.row, e.element, e.rawText);
      else if (!isPlainObject(e.value)) yield notObject(e.row, e.element, e.value);
      else {
        const cells: unknown[] = new Array(columns.length).fill(undefined);
        for (const [k, v] of Object.entries(e.value)) {
          const at = columnOf.get(groupOf(k)) ?? -1;
          if (at >= 0 && cells[at] === undefined) cells[at] = v;
        }
        yield { row: e.row, cells };
      }
    }
  }
  return { header: "first", serialDates: false, problems, rows: rows(), csv: false };
}

/**
 * Where a JSON text is broken, in Vietnamese, from the engine's error (V8: "at position N" or "line L column C";
 * Firefox: "at line L column C"); the engine's own English words are not shown to a clerk.
 */
export function jsonSyntaxWhere(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (text.trim() === "") return "tệp trống";
  const position = /position (\d+)/.exec(message);
  if (/end of (JSON )?(input|data)/i.test(message) || (position && Number(position[1]) >= text.trimEnd().length)) {
    return "văn bản dừng giữa chừng (thiếu dấu đóng } hoặc ])";
  }
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `lỗi cú pháp ở dòng ${lineColumn[1]}, cột ${lineColumn[2]}`;
  const at = position ? Number(position[1]) : snippetPosition(text, message);
  if (at !== undefined) {
    const before = text.slice(0, at);
    const line = before.split(/\r\n|\n|\r/);
    return `lỗi cú pháp ở dòng ${line.length}, cột ${(line.at(-1)?.length ?? 0) + 1}${syntaxHint(text, at, message)}`;
  }
  return "lỗi cú pháp";
}

/**
 * What a clerk most likely did at a syntax error, said after its position: a comma after the last item of a list or
 * a group, a comma left out between two items (or written as a semicolon), a double quote inside a text, a comment
 * (JSON has none).
 */
function syntaxHint(text: string, at: number, message: string): string {
  const before = text.slice(0, at);
  const here = text[at];
  if ((here === "]" || here === "}") && /,\s*$/.test(before)) return `: thừa dấu phẩy trước “${here}”`;
  if (text.startsWith("//", at) || text.startsWith("/*", at))
    return ": tệp JSON không được có lời chú thích (“//” hoặc “/* */”); xóa phần chú thích";
  // What pandas and some scripts write for an empty number (review s19x F19).
  if (/^(?:NaN|-?Infinity|undefined)\b/.test(text.slice(at)))
    return `: JSON không có giá trị “${/^(\S+?)(?=[,}\]\s]|$)/.exec(text.slice(at))?.[1] ?? "NaN"}”; ô trống thì ghi null hoặc bỏ khóa đó`;
  if (/^Expected ',' or '[}\]]'/.test(message)) {
    if (here === ";") return ": dấu chấm phẩy “;” phải là dấu phẩy “,”";
    const end = before.trimEnd();
    // A word right after a closing quote: a double quote inside a text ("xã "An Bình""), which ended it early.
    if (before.endsWith('"') && /[\p{L}\p{N}]/u.test(here ?? ""))
      return ': có dấu ngoặc kép “"” ở giữa một giá trị; trong giá trị viết \\" hoặc dùng dấu “ ”';
    const lines = end.split(/\r\n|\n|\r/).length;
    const sameLine = !/[\r\n]/.test(before.slice(end.length));
    return sameLine ? `: thiếu dấu phẩy trước “${here}”` : `: thiếu dấu phẩy ở cuối dòng ${lines}`;
  }
  return "";
}

/**
 * Where the token V8 names is, when its message quotes the text around it instead of giving a position
 * (`Unexpected token ']', ..." Bình",\n  ]\n}" is not valid JSON`): the quoted text found in the file.
 */
function snippetPosition(text: string, message: string): number | undefined {
  const m = /^Unexpected token '(.)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (!m) return undefined;
  const [, token, quoted] = m as unknown as [string, string, string];
  const snippet = quoted.replace(/^\.\.\."/, "").replace(/"\.\.\.$/, "");
  const start = text.indexOf(snippet);
  if (start < 0 || text.indexOf(snippet, start + 1) >= 0) return undefined;
  const inside = snippet.indexOf(token);
  return inside < 0 ? undefined : start + inside;
}

function syntaxProblem(row: number, error: unknown, what: string, text: string): PendingProblem {
  const where = jsonSyntaxWhere(text, error);
  // One line of NDJSON (row > 0): the row is already said, the column is enough.
  const detail = row > 0 ? where.replace("ở dòng 1, ", "ở ") : where;
  return {
    code: "JSON_SYNTAX",
    row,
    what: `${what} (${detail}).`,
    allowed: "JSON hợp lệ: một mảng các đối tượng, hoặc mỗi dòng một đối tượng",
  };
}

/** Reads newline-delimited JSON. */
export function readNdjsonTable(kind: RegisterKind, text: string, problems: PendingProblem[]): SourceTable {
  const entries: Entry[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((line, i) => {
    const row = i + 1;
    const t = line.trim();
    if (t === "") return;
    const element = entries.length + 1;
    try {
      entries.push(entryOf(row, element, JSON.parse(t), line));
    } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
      entries.push({
        row,
        element,
        value: undefined,
        rawText: line,
        problem: syntaxProblem(row, e, `Dòng ${row} không phải JSON hợp lệ`, t),
      });
    }
  });
  return { ...toTable(kind, entries, problems), info: { format: "ndjson" } };
}

/** A file that is not a register but numbers of a report (`FILE_NOT_REGISTER`): what it is, said in `what`. */
export function notRegister(kind: RegisterKind, what: string): PendingProblem {
  return {
    code: "FILE_NOT_REGISTER",
    row: 0,
    what: `${what}, không phải ${REGISTER_NAMES[kind]}: không đọc dòng nào.`,
    allowed: `bỏ tệp này ra, đưa ${REGISTER_NAMES[kind]} (mỗi ${kind === "cases" ? "vụ việc" : "buổi tiếp"} một dòng); số liệu của đơn vị cấp dưới được tổng hợp từ tệp số liệu (so-lieu.json) của đơn vị`,
  };
}

/**
 * What a JSON file written by a report is (a statistics file for a roll-up, a report's `--summary-json`), or
 * `undefined` when it is none of them.
 */
function reportOutput(data: Record<string, unknown>): string | undefined {
  const format = data.format;
  if (typeof format === "string" && format.startsWith("tiepdan-so-lieu@")) {
    return "Tệp là tệp số liệu (so-lieu.json) do một báo cáo ghi ra để gửi cấp trên tổng hợp";
  }
  if (typeof format === "string" && format.startsWith("tiepdan-")) return "Tệp là số liệu do tiếp dân ghi ra";
  return isSummaryJson(data) ? "Tệp là tóm tắt số liệu của một báo cáo (--summary-json)" : undefined;
}

/** A JSON file read as no register: its problems, no row. */
function noRows(problems: PendingProblem[]): SourceTable {
  return { header: "first", serialDates: false, problems, rows: [], csv: false, info: { format: "json" } };
}

/** Reads a JSON array of objects (or, when the text is really NDJSON, reads it as such). */
export function readJsonTable(kind: RegisterKind, text: string, problems: PendingProblem[]): SourceTable {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== "");
    if (lines.length > 1 && lines.every((l) => l.trim().startsWith("{"))) return readNdjsonTable(kind, text, problems);
    return noRows([...problems, syntaxProblem(0, e, "Tệp JSON sai cú pháp", text)]);
  }
  const output = isPlainObject(data) ? reportOutput(data) : undefined;
  if (output !== undefined) {
    return noRows([...problems, notRegister(kind, output)]);
  }
  let property: string | undefined;
  if (isPlainObject(data)) {
    // { "cases": [...] } or { "rows": [...] }: a single array property is the table.
    const arrays = Object.entries(data).filter(([, v]) => Array.isArray(v));
    if (arrays.length === 1 && arrays[0]) [property, data] = arrays[0];
  }
  if (!Array.isArray(data)) {
    // Said what was found (review s19x F19): one object, or several lists.
    const lists = isPlainObject(data)
      ? Object.entries(data)
          .filter(([, v]) => Array.isArray(v))
          .map(([k]) => `“${k}”`)
      : [];
    const found =
      lists.length > 1
        ? `Tệp JSON có ${lists.length} danh sách (${lists.join(", ")}), không biết danh sách nào là sổ: mỗi tệp chỉ giữ một danh sách dòng của một sổ.`
        : isPlainObject(data)
          ? "Tệp JSON chỉ có một đối tượng, không phải một mảng các dòng: đặt các dòng trong [ … ]."
          : "Tệp JSON không phải là một mảng các dòng.";
    return noRows([
      ...problems,
      {
        code: "JSON_NOT_TABLE",
        row: 0,
        what: found,
        allowed: 'một mảng đối tượng [{ "Mã số": …, … }, …] hoặc mỗi dòng một đối tượng (NDJSON)',
      },
    ]);
  }
  // A list of plain values only (a settings file's "items": [1, 2, 3]) holds no row of a register: said once for the
  // file, no row read (review s23w W23-6: three numbers were three rejected rows that blocked the report).
  if (data.length > 0 && data.every((v) => v === null || typeof v !== "object")) {
    const where = property === undefined ? "Tệp JSON là một danh sách" : `Danh sách “${property}” của tệp JSON`;
    return noRows([
      ...problems,
      {
        code: "JSON_NOT_TABLE",
        row: 0,
        what: `${where} gồm ${data.length} giá trị (${kindOfValue(data[0])}${data.length > 1 ? ", …" : ""}) mà không có đối tượng nào: không phải các dòng của ${REGISTER_NAMES[kind]}, không đọc dòng nào.`,
        allowed: 'một mảng đối tượng [{ "Mã số": …, … }, …] hoặc mỗi dòng một đối tượng (NDJSON)',
      },
    ]);
  }
  const numbering = rowNumbering(text, data.length, property);
  const lines = "lines" in numbering ? numbering.lines : undefined;
  return {
    ...toTable(
      kind,
      data.map((value, i) => entryOf(lines?.[i] ?? i + 1, i + 1, value)),
      "shared" in numbering ? [...problems, rowsArePositions(numbering.shared)] : problems,
    ),
    info: { format: "json" },
  };
}

/** Elements of an array that begin on the same line of the file: the first such line. */
interface SharedLine {
  /** The line (1-based). */
  line: number;
  /** The 1-based positions of the first and last element beginning on it (consecutive, `first < last`). */
  first: number;
  last: number;
  /** How many other lines hold the beginnings of several elements. */
  others: number;
}

/**
 * How the elements of a parsed JSON array are numbered: by the line each begins on, or by their position (the text
 * is one line, every element begins on the same line, or the scan disagrees with the parse), with `shared` when the
 * elements begin on several lines but some share one — the case a clerk cannot guess (review s20 R3). `property`
 * names the top-level object's property that holds the array, when the array is not the text itself.
 */
function rowNumbering(
  text: string,
  count: number,
  property: string | undefined,
): { lines: number[] } | { positions: true; shared?: SharedLine } {
  if (count === 0 || !/[\n\r]/.test(text)) return { positions: true };
  const lines = listElementLines(text, property);
  // The scan agrees with JSON.parse on a valid text; a count that differs would put problems on wrong lines.
  if (lines.length !== count) return { positions: true };
  let shared: SharedLine | undefined;
  for (let i = 1; i < lines.length; i += 1) {
    if (lines[i] !== lines[i - 1]) continue;
    if (shared === undefined) shared = { line: lines[i] as number, first: i, last: i + 1, others: 0 };
    else if (lines[i] === shared.line) shared.last = i + 1;
    else if (lines[i] !== lines[i - 2]) shared.others += 1;
  }
  if (shared === undefined) return { lines };
  // Every element on one line: "mảng viết liền trên một dòng", numbered by position as the clerk's guide says.
  if (lines[0] === lines[lines.length - 1]) return { positions: true };
  return { positions: true, shared };
}

/** `JSON_ROWS_ARE_POSITIONS`: the file's rows are numbered by position because some elements share a line. */
function rowsArePositions(shared: SharedLine): PendingProblem {
  const elements =
    shared.last === shared.first + 1
      ? `thứ ${shared.first} và ${shared.last}`
      : `thứ ${shared.first} đến ${shared.last}`;
  const others = shared.others === 0 ? "" : ` (và ${shared.others} dòng khác cũng vậy)`;
  return {
    code: "JSON_ROWS_ARE_POSITIONS",
    row: 0,
    what: `Các phần tử ${elements} của mảng cùng bắt đầu ở dòng ${shared.line} của tệp${others}, nên số dòng của tệp không phân biệt được chúng: “Dòng” trong các thông báo về sổ này là số thứ tự của phần tử trong mảng (phần tử đầu tiên là dòng 1), không phải dòng của tệp.`,
    allowed: `mỗi phần tử { … } bắt đầu trên một dòng riêng (tách dòng ${shared.line}${shared.others === 0 ? "" : " và các dòng kia"}, mỗi phần tử một dòng); khi đó “Dòng” là dòng của tệp, như trình soạn thảo đánh số`,
  };
}

// Character codes the element scan looks at.
const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/**
 * The 1-based line on which each element of a JSON text's array begins (the line of its first character, the `{`
 * of an object), in one pass over the text, for a text `JSON.parse` has accepted. The array is the text itself, or
 * with `property` the value of that property of the top-level object (its last occurrence, as `JSON.parse` keeps).
 * Lines end at LF, CR LF or CR; inside a valid JSON string there is no raw line break, and a string is skipped to
 * its closing quote (one not escaped by an odd number of backslashes) without looking at its characters.
 *
 * @example
 * listElementLines('[\n  {"a": 1},\n  {"a": "{\\""}\n]') //=> [2, 3]
 * listElementLines('{"cases": [\n{},\n{}]}', "cases") //=> [2, 3]
 */
export function listElementLines(text: string, property?: string): number[] {
  const lines: number[] = [];
  // The array's depth: the top-level array at 1, an array held by a property of the top-level object at 2.
  const arrayDepth = property === undefined ? 1 : 2;
  let line = 1;
  let depth = 0;
  let inArray = false;
  let elementNext = false;
  let keyNext = false;
  let key: string | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === LINE_FEED) {
      line += 1;
      continue;
    }
    if (c === CARRIAGE_RETURN) {
      if (text.charCodeAt(i + 1) !== LINE_FEED) line += 1;
      continue;
    }
    if (c === SPACE || c === TAB) continue;
    if (elementNext) {
      elementNext = false;
      if (c !== CLOSE_BRACKET) lines.push(line);
    }
    switch (c) {
      case QUOTE: {
        const end = closingQuote(text, i);
        if (keyNext) {
          key = JSON.parse(text.slice(i, end + 1)) as string;
          keyNext = false;
        }
        i = end;
        break;
      }
      case OPEN_BRACKET:
        depth += 1;
        if (depth === arrayDepth && (property === undefined || key === property)) {
          lines.length = 0;
          inArray = true;
          elementNext = true;
        }
        break;
      case OPEN_BRACE:
        depth += 1;
        if (depth === 1 && property !== undefined) keyNext = true;
        break;
      case CLOSE_BRACKET:
      case CLOSE_BRACE:
        depth -= 1;
        if (depth < arrayDepth) inArray = false;
        break;
      case COMMA:
        if (inArray && depth === arrayDepth) elementNext = true;
        else if (depth === 1 && property !== undefined) keyNext = true;
        break;
    }
  }
  return lines;
}

/** The index of the quote that closes the string opened at `open` (the text's length when none does). */
function closingQuote(text: string, open: number): number {
  for (let at = text.indexOf('"', open + 1); at >= 0; at = text.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return at;
  }
  return text.length;
}
