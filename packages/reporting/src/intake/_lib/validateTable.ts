// From table rows to validated records: finds the header row, binds columns to schema fields, reads each
// cell, runs the schema, then the cross-row checks (repeated ids, unknown sessions, dates before receipt,
// denunciations without content). Every row read ends as accepted or rejected; problems are values.
import {
  type Case,
  CaseSchema,
  isDenunciation,
  type Problem,
  type ReceptionSession,
  ReceptionSessionSchema,
} from "@tiepdan/core";
import { PROBLEM_CODES, type ProblemCode } from "../problemCodes.js";
import type { CellEdit, RegisterLayout, RegisterLayoutColumn } from "../types.js";
import {
  type ColumnSpec,
  isClerkColumn,
  REGISTER_NAMES,
  REGISTERS,
  type RegisterKind,
  SHORT_NAME_LENGTH,
} from "./columns.js";
import { Edits } from "./edits.js";
import {
  hasStrayControls,
  idSkeleton,
  restoreNeutralised,
  strayControlReason,
  stripStrayControls,
} from "./hostileText.js";
import { foldWords, normalizeKey } from "./normalizeKey.js";
import { isHouseAddress, looksLikeAddress, looksLikeName, nameParts } from "./personNames.js";
import type { DetailedProblem, PendingProblem, SourceRow, SourceTable } from "./types.js";
import {
  type CellContext,
  cellToText,
  couldBeSwapped,
  describeAllowed,
  isBlankCell,
  isDayFirstText,
  isIssue,
  isSwappableDate,
  REGISTER_YEARS,
  readCell,
  toDmy,
} from "./values.js";

/** The dates of a case that cannot come before its receipt, with their column names. */
const DATES_AFTER_RECEIPT = [
  ["resultOn", "Ngày có kết quả"],
  ["notifiedOn", "Ngày thông báo"],
  ["acceptedOn", "Ngày thụ lý"],
] as const;

/**
 * The year a `Mã số` is numbered in, when it shows one: a single group of four digits 2000–2099 beside another group
 * of digits (its serial), as in "XAB-2026-0063" or "15/2026/TD". A code whose only number looks like a year
 * ("TD-2043", the 2043rd letter) or with two such groups says nothing. (A two-digit year, "15/26/TD", is not read.)
 */
export function yearInCode(id: string): number | undefined {
  let year: number | undefined;
  let groups = 0;
  for (let i = 0; i < id.length; ) {
    if (!isDigit(id.charCodeAt(i))) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < id.length && isDigit(id.charCodeAt(end))) end += 1;
    groups += 1;
    if (end - i === 4 && id.charCodeAt(i) === 50 && id.charCodeAt(i + 1) === 48) {
      if (year !== undefined) return undefined;
      year = Number(id.slice(i, end));
    }
    i = end;
  }
  return groups >= 2 ? year : undefined;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The year of a `Mã số` a receipt date does not fit, as a year typed wrong looks: one year off (2027 typed for 2026,
 * or last year's in January). A number further off is a serial, not a year ("P7-2045"); a letter of the second half
 * of December numbered in the new year's book, or of the first half of January in the old one, fits.
 *
 * @returns the code's year when the date is one year off it, else undefined
 */
export function receivedYearMismatch(id: string, received: string): number | undefined {
  const codeYear = yearInCode(id);
  if (codeYear === undefined) return undefined;
  const year = Number(received.slice(0, 4));
  const monthDay = received.slice(5);
  if (year === codeYear - 1) return monthDay >= "12-15" ? undefined : codeYear;
  if (year === codeYear + 1) return monthDay <= "01-15" ? undefined : codeYear;
  return undefined;
}

/** Rows of a register whose receipt year does not fit their code named one by one; the others in one line. */
const YEAR_MISMATCH_SHOWN = 20;

/** Rows searched for the header when titles sit above the table. */
const HEADER_SEARCH_ROWS = 20;

/** What the validator reports, in file order. */
export type TableEvent =
  | { type: "problem"; problem: DetailedProblem }
  | { type: "title"; row: number; cells: readonly unknown[] }
  | { type: "header"; row: number; cells: readonly unknown[] }
  /** What was understood of the file: exactly once, right after the header (or before the end without one). */
  | { type: "layout"; layout: RegisterLayout }
  | {
      type: "data";
      row: number;
      cells: readonly unknown[];
      record?: Case | ReceptionSession;
      problems: DetailedProblem[];
      /** Canonical text of each bound cell (only with `canonical: true`); `undefined` for other cells. */
      canonical?: Array<string | undefined>;
      rawText?: string;
      /**
       * The row's Mã số (Mã buổi) as written, for a row with problems that may show it (not a denunciation row nor
       * one whose kinds cannot be read): the problems table tells the clerk which case the row is.
       */
      id?: string;
      /**
       * A rejected row of a cases register that is, or may be, a denunciation: its "Người gửi" and "Địa chỉ" as
       * written. The row is not a case, but its sender is still a denouncer to withhold wherever else the registers
       * name them (DESIGN.md "Confidentiality"). Of any denunciation's row, accepted or not: what a column the register
       * does not read holds when its header names the sender ("Người gửi" a second time, "Tên người tố cáo" beside
       * "Người gửi").
       */
      identities?: string[];
    };

/** Options of {@link validateTable}. */
export interface ValidateTableOptions {
  /** Known session ids: a case naming another session gets `SESSION_UNKNOWN`. */
  sessionIds?: ReadonlySet<string>;
  /** Compute the canonical text of each cell (for `--fix`). */
  canonical?: boolean;
  /** Run the core zod schema on every record as well (see `ReadRegisterOptions.verifySchema`). */
  verifySchema?: boolean;
  /** Header → field given by the caller (see `ReadRegisterOptions.columns`). */
  columns?: Readonly<Record<string, string>>;
  /** Cell corrections applied before validation (see `ReadRegisterOptions.edits`). */
  edits?: ReadonlyArray<CellEdit>;
}

interface Binding {
  index: number;
  header: string;
  spec: ColumnSpec;
  by: "header" | "option";
}

/** The `columns` option resolved: header matching key → column. */
export type ColumnMap = ReadonlyMap<string, ColumnSpec>;

/**
 * Resolves the `columns` option of a register kind: each header's matching key → the column it names.
 *
 * @throws {RangeError} when a target names no field of the register
 */
export function resolveColumnMap(
  kind: RegisterKind,
  columns: Readonly<Record<string, string>> | undefined,
  call = "validateTable",
): ColumnMap {
  const map = new Map<string, ColumnSpec>();
  if (columns === undefined) return map;
  if (typeof columns !== "object" || columns === null || Array.isArray(columns)) {
    throw new TypeError(`${call}: options.columns must be an object (header → field)`);
  }
  for (const [header, target] of Object.entries(columns)) {
    const spec = typeof target === "string" ? REGISTERS[kind].byKey.get(normalizeKey(target.trim())) : undefined;
    if (!spec) {
      throw new RangeError(
        `${call}: options.columns maps “${header}” to ${JSON.stringify(target)}, which is no field of the ${kind} register (expected one of ${REGISTERS[kind].columns.map((c) => c.field).join(", ")}, or their Vietnamese labels)`,
      );
    }
    map.set(normalizeKey(headerText(header)), spec);
  }
  return map;
}

/** A header without its remarks in brackets: "Người gửi (họ tên)", "Ngày tiếp nhận (dd/mm/yyyy)". */
function withoutRemark(header: string): string {
  return header.replace(/\s*[([][^)\]]*[)\]]\s*/g, " ").trim();
}

/**
 * Words of a header that name a letter's sender as such: "người gửi", "người tố cáo", "chủ đơn", "công dân",
 * "đương sự", "người nộp đơn", "người đề nghị", "người được tiếp", "người đứng tên", "người có đơn", "đứng đơn",
 * "người đại diện", "người dân", "công dân đến", "tên, địa chỉ" (review s21 K2)… (not "họ tên" alone: any person's
 * column has one).
 */
const SENDER_WORDS =
  /\b(?:nguoi (?:gui|to cao|khieu nai|kien nghi|phan anh|de nghi|nop(?: don)?|dung (?:ten )?don|dung ten|viet don|co don|duoc tiep|dai dien)|chu don|dung don|cong dan den)\b|^(?:(?:ho (?:va )?)?ten )?(?:cong dan|duong su|nguoi dan|nguoi den)$|^(?:ho (?:va )?)?ten (?:va )?dia chi$/;
/** Words of a header naming the person complained of or denounced: never the sender ("Họ tên người bị tố cáo"). */
const ACCUSED_WORDS = /\b(?:bi|duoc to cao|doi tuong)\b/;
/**
 * Words of a header naming an official or a body, or the place of a matter, not the sender: "Họ tên cán bộ tiếp",
 * "Người xử lý", "Họ tên Bí thư", "Địa chỉ thửa đất".
 */
const OFFICIAL_WORDS =
  /\b(?:can bo|cong chuc|nguoi (?:tiep|nhan|xu ly|giai quyet|ky|chu tri|duoc giao)|lanh dao|thu truong|chu tri|co quan|don vi|thua dat|du an|cong trinh)\b/;
/** Words of a header that may name a person or where one lives: "Khách", "Họ và tên", "Người liên hệ", "Địa chỉ liên hệ". */
const PERSON_WORDS =
  /\b(?:nguoi|ho|ten|khach|cong dan|lien he|chu don|duong su|nhan than|ca nhan|dia chi|noi o|cho o)\b/;
/** Words of an address. */
const ADDRESS_WORDS = /\b(?:dia chi|noi (?:o|cu tru)|cho o|thuong tru|tam tru)\b/;
/** Words of a name. */
const NAME_WORDS = /\b(?:ho (?:va )?ten|ten)\b/;

/**
 * The sender's column a header names in other words than the register's (a cases register's "Họ tên, địa chỉ người
 * gửi", "Tên người tố cáo", "Chủ đơn", "Nơi cư trú"), or `undefined`. Conservative: a header naming the person
 * denounced, an official or a body is never the sender's (review s19c C1: "Họ tên người bị tố cáo" was, and the
 * receipt went to the denounced official).
 */
function senderColumnOf(header: string): ColumnSpec | undefined {
  const folded = foldWords(header);
  if (ACCUSED_WORDS.test(folded)) return undefined;
  const sender = SENDER_WORDS.test(folded);
  // "Người gửi/Cơ quan chuyển đơn" names the sender, a body among them; "Họ tên cán bộ tiếp" does not.
  if (!sender && OFFICIAL_WORDS.test(folded)) return undefined;
  const address = ADDRESS_WORDS.test(folded);
  const field =
    sender && !(address && !NAME_WORDS.test(folded))
      ? "senderName"
      : (sender && address) || /^(?:dia chi|noi o|noi cu tru|cho o|dia chi (?:thuong tru|lien he|cu tru))$/.test(folded)
        ? "senderAddress"
        : undefined;
  return field === undefined ? undefined : REGISTERS.cases.columns.find((c) => c.field === field);
}

/** Whether a header names someone or something else than the sender (see {@link senderColumnOf}). */
function namesOther(header: string): boolean {
  const folded = foldWords(header);
  return ACCUSED_WORDS.test(folded) || (!SENDER_WORDS.test(folded) && OFFICIAL_WORDS.test(folded));
}

/**
 * A cell of a name and an address ("Đinh Mật Danh, số 9 xóm Kín Đáo") as its name and its address: the first part
 * that reads as a person's name, the rest when it reads as an address; `undefined` when it does not split so.
 */
function splitNameAndAddress(text: string): { name: string; address: string } | undefined {
  const m = /^([^,;–-]+?)\s*[,;–-]\s*(.+)$/u.exec(text.trim());
  if (!m) return undefined;
  const [, name, address] = m as unknown as [string, string, string];
  return looksLikeName(name) && looksLikeAddress(address) ? { name, address } : undefined;
}

function isSenderField(field: string): boolean {
  return field === "senderName" || field === "senderAddress";
}

/** The field a header names: the caller's mapping first, then the headers intake recognises. */
function specOf(kind: RegisterKind, header: string, map: ColumnMap | undefined): ColumnSpec | undefined {
  const key = normalizeKey(header);
  return map?.get(key) ?? REGISTERS[kind].byKey.get(key);
}

function formatMessage(what: string, allowed: string | undefined): string {
  if (!allowed) return what;
  return `${what} Cho phép: ${allowed}${/[.!?]$/.test(allowed) ? "" : "."}`;
}

/** A "Người gửi" cell that says the letter has no sender's name: "Nặc danh", "Khuyết danh", "Ẩn danh", "Không rõ" … */
const ANONYMOUS_SENDER =
  /^(?:đơn\s+)?(?:nặc danh|nac danh|khuyết danh|khuyet danh|ẩn danh|vô danh|không (?:rõ|ghi|có|ký) (?:họ )?tên(?: người gửi)?|không rõ(?: người gửi)?|n\/a|-+|–|—)\.?$/iu;

/** The beginnings {@link ANONYMOUS_SENDER} may have, brackets and "Đơn" aside. */
const MAY_SAY_ANONYMOUS = /^[\s("“[]*(?:đơn\s+)?(?:n[ặa]c\s|kh[uô]|ẩn\s|vô\s|n\/a|[-–—])/iu;

/**
 * Whether a "Người gửi" cell says the letter bears no name: its words before a comma, a dash or a parenthesis (a phone
 * number may follow: "Nặc danh, 0912…"), spaces and brackets aside (review s22c X1). "Giấu tên" is not: a denouncer who
 * asked that the name be kept secret is no anonymous letter, and its deadlines run (review s22c X9).
 */
function saysAnonymous(cell: string): boolean {
  // Most cells are names: one anchored test, without a copy, before the cell is cleaned (intake reads a million rows).
  if (!MAY_SAY_ANONYMOUS.test(cell)) return false;
  const bare = cell
    .replace(/[()[\]"“”]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  if (ANONYMOUS_SENDER.test(bare)) return true;
  const head = bare.split(/\s*[,;(]\s*|\s+[–-]\s+/u)[0] ?? "";
  return head !== bare && ANONYMOUS_SENDER.test(head);
}

/** Builds a problem with its severity from the catalogue. */
export function makeProblem(
  code: ProblemCode,
  row: number,
  column: string,
  field: string,
  what: string,
  allowed?: string,
  value?: string,
): DetailedProblem {
  const problem: Problem = {
    code,
    severity: PROBLEM_CODES[code].severity,
    row,
    column,
    field,
    ...(value === undefined ? {} : { value }),
    message: formatMessage(what, allowed),
  };
  return allowed === undefined ? { problem, what } : { problem, what, allowed };
}

function fromPending(p: PendingProblem, column = "", field = ""): DetailedProblem {
  return makeProblem(p.code, p.row, column, field, p.what, p.allowed, p.valueText);
}

function headerText(cell: unknown): string {
  return cellToText(cell).replace(/\s+/g, " ").trim();
}

/**
 * The schema fields a header row names (for the columns a register has), with the `columns` option's
 * mapping (a map from {@link resolveColumnMap} or the option itself).
 */
export function headerFields(
  kind: RegisterKind,
  cells: readonly unknown[],
  columns?: ColumnMap | Readonly<Record<string, string>>,
): string[] {
  const map =
    columns instanceof Map ? (columns as ColumnMap) : resolveColumnMap(kind, columns as Record<string, string>);
  const fields = new Set<string>();
  for (const cell of cells) {
    const spec = specOf(kind, headerText(cell), map);
    if (spec) fields.add(spec.field);
  }
  return [...fields];
}

function scoreHeader(cells: readonly unknown[], kind: RegisterKind, map?: ColumnMap): number {
  return headerFields(kind, cells, map ?? new Map()).length;
}

/**
 * The header of a register whose column titles take two rows (review s23 W23-2): a title merged over several columns
 * ("Ngày" over C–D, or "Người gửi" over two) with the columns' own titles under it ("Tiếp nhận", "Thông báo"), as
 * registers kept in Excel often are. Each title of the second row is read with the one above it, or the merged one to
 * its left ("Ngày" + "Tiếp nhận" is "Ngày tiếp nhận"), or alone when only that names a column ("Người gửi" + "Địa chỉ"
 * is "Địa chỉ"). The second row is taken as part of the header only when it holds titles (words, no number, no
 * date) and names more of the register's columns that way than the first row alone: a row of data never does.
 *
 * @returns the header's titles, one per column, and the columns read from both rows; undefined for a one-row header
 */
function twoRowHeader(
  kind: RegisterKind,
  top: readonly unknown[],
  under: readonly unknown[] | undefined,
  map: ColumnMap,
): { titles: string[]; joined: { index: number; title: string }[] } | undefined {
  if (under === undefined || under.every(isBlankCell)) return undefined;
  const above = top.map(headerText);
  const below = under.map((c) => (isBlankCell(c) ? "" : headerText(c)));
  if (below.some((t) => t !== "" && (t.length > 60 || /\d/.test(t)))) return undefined;
  if (under.some((c) => !isBlankCell(c) && typeof c !== "string")) return undefined;
  const titles: string[] = [];
  const joined: { index: number; title: string }[] = [];
  const names = (t: string) => specOf(kind, t, map) !== undefined;
  const width = Math.max(above.length, below.length);
  let parent = "";
  for (let i = 0; i < width; i++) {
    const own = above[i] ?? "";
    // A merged title leaves the cells to its right blank in the first row.
    if (own !== "") parent = own;
    const sub = below[i] ?? "";
    if (sub === "") {
      titles.push(own);
      if (own === "") parent = "";
      continue;
    }
    // A title of the second row stands under a merged one (its first column, or one to its right left blank), or
    // alone where the first row has none. Under a column of its own ("Hình thức tiếp nhận" beside "Loại") it is a
    // value: the row is data (review s23r R23-4: a denunciation not yet numbered nor dated was taken for titles).
    const spanStart = own !== "" && i + 1 < width && (above[i + 1] ?? "") === "";
    if (own !== "" && !spanStart) return undefined;
    // The titles read together, either way ("Ngày Tiếp nhận", "Cơ quan Xử lý"); else the merged title's own when it
    // names a column ("Xử lý" over "Hình thức"); the second row's alone only under a merged title that names none
    // ("Thông tin người gửi" over "Họ tên", "Địa chỉ"): "Địa chỉ" under "Người gửi" is the sender's, "Xử lý" under
    // "Đơn vị" no route, "Vụ việc" under "Số lượt" no list of cases (review s23r R23-3).
    const candidates =
      parent === ""
        ? [sub]
        : [`${parent} ${sub}`, `${sub} ${parent}`, ...(own !== "" ? [own] : []), ...(names(parent) ? [] : [sub])];
    // Every title of the second row names a column: words that name none are a row's values, which a message about the
    // header would then quote (review s23s S23-5: a denouncer's name in a warning).
    const title = candidates.find(names);
    if (title === undefined) return undefined;
    titles.push(title);
    if (title !== own) joined.push({ index: i, title });
  }
  const fields = (cells: readonly string[]) => headerFields(kind, cells, map).length;
  return fields(titles) > fields(above) ? { titles, joined } : undefined;
}

/** A row's cells, those merged down from the row above blank (they repeat its titles). */
function ownCells(row: SourceRow): readonly unknown[] {
  const merged = row.mergedFromAbove;
  return merged?.length ? row.cells.map((c, i) => (merged.includes(i) ? null : c)) : row.cells;
}

/** The layout of a file without a header row. */
function layoutWithoutHeader(kind: RegisterKind, table: SourceTable): RegisterLayout {
  return {
    ...baseLayout(table),
    columns: [],
    missing: REGISTERS[kind].columns.filter((c) => c.required).map((c) => ({ field: c.field, label: c.label })),
  };
}

function baseLayout(table: SourceTable): Omit<RegisterLayout, "columns" | "missing"> {
  const info = table.info ?? {};
  return {
    format: info.format,
    ...(info.encoding === undefined ? {} : { encoding: info.encoding }),
    ...(info.fontEncoding === undefined ? {} : { fontEncoding: info.fontEncoding }),
    ...(info.delimiter === undefined ? {} : { delimiter: info.delimiter }),
    ...(info.sheet === undefined ? {} : { sheet: info.sheet }),
  };
}

function isBlankRow(cells: readonly unknown[]): boolean {
  for (const c of cells) if (!isBlankCell(c)) return false;
  return true;
}

/**
 * Validates the rows of a table as a register of `kind`, yielding events in file order, in batches.
 */
export async function* validateTable(
  kind: RegisterKind,
  table: SourceTable,
  options: ValidateTableOptions = {},
): AsyncGenerator<TableEvent[]> {
  const register = REGISTERS[kind];
  const otherKind: RegisterKind = kind === "cases" ? "sessions" : "cases";
  const ctx: CellContext = { serialDates: table.serialDates };
  const map = resolveColumnMap(kind, options.columns);
  const edits = new Edits(options.edits);
  for (const p of table.problems) yield [{ type: "problem", problem: fromPending(p) }];

  const puller = new RowPuller(table.rows);
  const next = () => puller.next();

  // 1. Buffer the first non-blank rows and find the header among them.
  const buffered: SourceRow[] = [];
  while (buffered.length < (table.header === "first" ? 1 : HEADER_SEARCH_ROWS)) {
    const row = await next();
    if (!row) break;
    if (table.header === "detect" && !row.problems?.length && isBlankRow(row.cells)) continue;
    buffered.push(row);
  }
  if (buffered.length === 0) {
    if (table.problems.length === 0) {
      yield [
        {
          type: "problem",
          problem: makeProblem(
            "FILE_EMPTY",
            0,
            "",
            "",
            `Tệp không có dữ liệu: cần dòng tiêu đề cột và ít nhất một dòng của ${REGISTER_NAMES[kind]}.`,
          ),
        },
      ];
    }
    yield [{ type: "layout", layout: layoutWithoutHeader(kind, table) }, ...edits.notApplied()];
    return;
  }

  let headerAt = 0;
  if (table.header === "detect") {
    let best = -1;
    buffered.forEach((r, i) => {
      const s = r.problems?.length ? 0 : scoreHeader(r.cells, kind, map);
      if (s > best && (s >= 2 || (s === 1 && i === 0))) {
        best = s;
        headerAt = i;
      }
    });
    if (best <= 0) {
      // No header: every row is data that cannot be read; none is taken as a header.
      const expected = register.columns.filter((c) => c.required).map((c) => c.label);
      yield [
        {
          type: "problem",
          problem: makeProblem(
            "HEADER_NOT_FOUND",
            buffered[0]?.row ?? 0,
            "",
            "",
            `Không tìm thấy dòng tiêu đề cột của ${REGISTER_NAMES[kind]} trong ${HEADER_SEARCH_ROWS} dòng đầu: mọi dòng đều bị loại.`,
            `một dòng tiêu đề có các cột ${expected.join(", ")}`,
          ),
        },
      ];
      const state = headerlessState(kind, ctx, table.csv, options, edits);
      yield [{ type: "layout", layout: layoutWithoutHeader(kind, table) }];
      yield buffered.map((row) => validateRow(state, row));
      yield* validateRest(state, puller, () => undefined);
      yield edits.notApplied();
      return;
    }
  }
  // Titles on two rows: the second is read with the first, as one header, and is no data (review s23 W23-2). In a
  // workbook whose titles are merged down both rows, the second may have been taken as the header (it repeats them).
  let twoRows: ReturnType<typeof twoRowHeader>;
  if (table.header === "detect") {
    const at = buffered[headerAt] as SourceRow;
    const below = buffered[headerAt + 1];
    twoRows = below ? twoRowHeader(kind, at.cells, ownCells(below), map) : undefined;
    const above = buffered[headerAt - 1];
    if (twoRows === undefined && above && at.mergedFromAbove?.length) {
      twoRows = twoRowHeader(kind, above.cells, ownCells(at), map);
      if (twoRows) headerAt -= 1;
    }
  }
  const headerRow = buffered[headerAt] as SourceRow;
  const subHeaderRow = twoRows ? (buffered[headerAt + 1] as SourceRow) : undefined;
  yield buffered.slice(0, headerAt).map((title): TableEvent => ({ type: "title", row: title.row, cells: title.cells }));
  // Excel's "sep=;" line above the header says which delimiter the file uses: no title of the register (review s16w
  // F10); kept as it was, said nothing of.
  const onlySep =
    headerAt === 1 &&
    /^sep=.?$/i.test(
      (buffered[0]?.cells ?? [])
        .filter((c) => !isBlankCell(c))
        .map((c) => cellToText(c).trim())
        .join(";"),
    );
  if (headerAt > 0 && !onlySep) {
    const first = buffered[0]?.row ?? 0;
    const last = buffered[headerAt - 1]?.row ?? 0;
    yield [
      {
        type: "problem",
        problem: makeProblem(
          "HEADER_BELOW_TITLE",
          headerRow.row,
          "",
          "",
          `Dòng tiêu đề cột là dòng ${headerRow.row}; ${first === last ? `dòng ${first}` : `các dòng ${first}–${last}`} phía trên được coi là tiêu đề của sổ và không đọc như dữ liệu.`,
        ),
      },
    ];
  }

  // 2. Bind the columns: those the caller mapped first, then those intake recognises.
  const bindings: Binding[] = [];
  const bound = new Map<string, Binding>();
  const unnamed = new Set<number>();
  const pendingHeader: DetailedProblem[] = [];
  // Headers of no column, with where their problem goes among the header's problems (in the columns' order).
  const unknown: { header: string; index: number; at: number }[] = [];
  const unknownProblems: { at: number; problem: DetailedProblem }[] = [];
  const identityExtras: number[] = [];
  // Columns of no meaning to the register: with no sender column at all, a denouncer's name may be in one of them.
  const possibleIdentities: number[] = [];
  const headers = twoRows?.titles ?? headerRow.cells.map(headerText);
  if (twoRows && subHeaderRow) {
    const named = twoRows.joined.map((j) => `“${j.title}”`);
    pendingHeader.push(
      makeProblem(
        "HEADER_TWO_ROWS",
        subHeaderRow.row,
        "",
        "",
        `Tiêu đề cột viết trên hai dòng (dòng ${headerRow.row} và dòng ${subHeaderRow.row}): dòng ${subHeaderRow.row} được đọc cùng dòng ${headerRow.row} làm tiêu đề, không đọc như dữ liệu; tên cột đọc từ hai dòng: ${named.join(", ")}. Kiểm tra lại tên các cột này.`,
      ),
    );
  }
  headers.forEach((header, index) => {
    const spec = header === "" ? undefined : map.get(normalizeKey(header));
    if (spec && !bound.has(spec.field)) bound.set(spec.field, { index, header, spec, by: "option" });
  });
  headers.forEach((header, index) => {
    if (header === "") {
      unnamed.add(index);
      return;
    }
    if (bound.get(map.get(normalizeKey(header))?.field ?? "")?.index === index) return;
    // A remark in brackets is left out ("Người gửi (họ tên)"), unless it names someone else ("Họ tên (cán bộ tiếp
    // nhận)", "Họ tên (người bị tố cáo)": review s19c C2).
    const spec =
      specOf(kind, header, map) ?? (namesOther(header) ? undefined : specOf(kind, withoutRemark(header), map));
    if (!spec) {
      unknown.push({ header, index, at: pendingHeader.length });
      return;
    }
    const first = bound.get(spec.field);
    if (first) {
      // A second sender column ("Người gửi" twice: the name, then the address): not read, but what it holds on a
      // denunciation's row is still withheld elsewhere (review s19x F1).
      if (isSenderField(spec.field)) identityExtras.push(index);
      pendingHeader.push(
        makeProblem(
          "COLUMN_DUPLICATE",
          headerRow.row,
          header,
          spec.field,
          first.by === "option"
            ? `Cột “${header}” là cột “${spec.label}”, nhưng cột “${first.header}” đã được chọn làm cột “${spec.label}”; chỉ dùng cột “${first.header}”.`
            : `Cột “${header}” trùng nghĩa với cột “${first.header}” đứng trước; chỉ dùng cột “${first.header}”.`,
        ),
      );
      return;
    }
    bound.set(spec.field, { index, header, spec, by: "header" });
  });
  // Headers of no column of the register. One that names the sender in other words ("Họ tên, địa chỉ người gửi",
  // "Tên người tố cáo") is read as the sender's column when the register has none, and said so; else it is kept
  // unread, and what it holds on a denunciation's row is withheld like the sender's own cells (review s19x F1: a
  // denouncer's name was printed in another case's content).
  for (const { header, index, at } of unknown) {
    const guess = kind === "cases" ? senderColumnOf(header) : undefined;
    if (guess && !bound.has(guess.field)) {
      bound.set(guess.field, { index, header, spec: guess, by: "header" });
      unknownProblems.push({
        at,
        problem: makeProblem(
          "COLUMN_GUESSED",
          headerRow.row,
          header,
          guess.field,
          `Cột “${header}” được đọc là cột “${guess.label}”${guess.field === "senderName" ? " (họ tên của người tố cáo được giữ bí mật)" : " (địa chỉ của người tố cáo được giữ bí mật)"}. Nên đổi tiêu đề cột thành “${guess.label}”${guess.field === "senderName" && /dia ?chi/.test(foldWords(header)) ? " và ghi địa chỉ vào cột “Địa chỉ” riêng" : ""}.`,
        ),
      });
      continue;
    }
    if (guess) identityExtras.push(index);
    // Only a column whose header may name a person or an address, not someone else (the person denounced, an official,
    // a body), nor a place or a role ("Địa bàn", "Phụ trách": review s21b T2, a commune's name was withheld).
    else if (kind === "cases" && !namesOther(header) && PERSON_WORDS.test(foldWords(header)))
      possibleIdentities.push(index);
    if (!isClerkColumn(header)) {
      unknownProblems.push({
        at,
        problem: makeProblem(
          "COLUMN_UNKNOWN",
          headerRow.row,
          header,
          "",
          `Cột “${header}” không thuộc mẫu ${REGISTER_NAMES[kind]}: được giữ nguyên nhưng không dùng để lập báo cáo.`,
          `các cột ${register.columns.map((c) => c.label).join(", ")}`,
        ),
      });
    }
  }
  for (const { at, problem } of [...unknownProblems].reverse()) pendingHeader.splice(at, 0, problem);
  bindings.push(...[...bound.values()].sort((a, b) => a.index - b.index));
  const missing = register.columns.filter((c) => c.required && !bound.has(c.field));
  for (const c of missing) {
    pendingHeader.push(
      makeProblem(
        "COLUMN_MISSING",
        headerRow.row,
        "",
        c.field,
        `Thiếu cột bắt buộc “${c.label}”: mọi dòng đều bị loại cho đến khi bổ sung cột này.`,
        `cột “${c.label}” (${describeAllowed(c)})`,
      ),
    );
  }
  if (missing.length > 0 && scoreHeader(headerRow.cells, otherKind) > bound.size) {
    pendingHeader.push(
      makeProblem(
        "REGISTER_KIND_MISMATCH",
        headerRow.row,
        "",
        "",
        `Các cột giống ${REGISTER_NAMES[otherKind]} hơn ${REGISTER_NAMES[kind]}: hãy kiểm tra đã chọn đúng loại sổ (tiepdan validate --kind ${otherKind}).`,
      ),
    );
  }
  const byIndex = new Map(bindings.map((b) => [b.index, b]));
  const layout: RegisterLayout = {
    ...baseLayout(table),
    headerRow: headerRow.row,
    columns: headers.flatMap((header, index): RegisterLayoutColumn[] => {
      if (header === "") return [];
      const b = byIndex.get(index);
      return [b ? { index, header, field: b.spec.field, label: b.spec.label, by: b.by } : { index, header }];
    }),
    missing: missing.map((c) => ({ field: c.field, label: c.label })),
  };
  edits.setColumns(headers);
  yield [
    { type: "header", row: headerRow.row, cells: twoRows?.titles ?? headerRow.cells },
    { type: "layout", layout },
    ...pendingHeader.map((p): TableEvent => ({ type: "problem", problem: p })),
  ];

  // 3. The rows.
  const sender = bound.get("senderName");
  const state: RowState = {
    kind,
    bindings,
    kindsBinding: bound.get("kinds"),
    missingRequired: missing.length > 0,
    headerLength: Math.max(headerRow.cells.length, subHeaderRow?.cells.length ?? 0),
    namedLength: namedLength(headers),
    delimiter: table.info?.delimiter,
    unnamed,
    warnedUnnamed: new Set(),
    seenIds: new FirstRows(),
    ctx,
    csv: table.csv,
    options,
    edits,
    headerKeys: headers.map((h) => (h === "" ? "" : normalizeKey(h))),
    dateBinding: bound.get(kind === "cases" ? "receivedOn" : "date"),
    senderBinding: sender,
    identityExtras,
    ...(kind === "cases" && sender === undefined && possibleIdentities.length > 0 ? { possibleIdentities } : {}),
    combinedSender: sender !== undefined && !bound.has("senderAddress") && ADDRESS_WORDS.test(foldWords(sender.header)),
    yearMismatch: { shown: 0, more: 0 },
    monthFirst: { shown: 0, more: 0 },
    emptyFormRows: { count: 0 },
    dateMix: new Map(),
    mergedIdentityFrom: new Map(),
    noSenderColumn: { count: 0 },
  };
  let dataRows = 0;
  yield buffered.slice(headerAt + (subHeaderRow ? 2 : 1)).flatMap((row) => {
    const skipped = notDataRow(state, row);
    if (skipped) return skipped;
    dataRows += 1;
    return [validateRow(state, row)];
  });
  yield* validateRest(state, puller, () => {
    dataRows += 1;
  });
  for (const [index, mix] of state.dateMix) {
    const b = state.bindings.find((x) => x.index === index);
    if (!b || !mix.date || mix.dayFirst) continue;
    // Beside a text Excel could not read as a date, or with every day of 12 or less in an order only a swap explains.
    const swap = mix.order && swapEvidence(mix.order, state.kind);
    const dateAt = mix.date.hidden ? `dòng ${mix.date.row}` : `dòng ${mix.date.row}: đọc là ngày ${mix.date.read}`;
    const evidence = mix.text
      ? `Cột “${b.header}” có ô ngày của Excel (${dateAt}) bên cạnh ô chữ ghi ngày trước tháng mà Excel không hiểu được (${mix.text.hidden ? `dòng ${mix.text.row}` : `dòng ${mix.text.row}: “${mix.text.text}”`}): thường do Excel đặt kiểu ngày Mỹ (tháng/ngày) đã hiểu nhầm các ngày gõ như 5/3/2026 thành ngày 03/05/2026. Kiểm tra lại các ô ngày của cột này; định dạng cột thành ngày/tháng/năm (dd/mm/yyyy) rồi gõ lại các ngày bị đảo.`
      : swap
        ? `Cột “${b.header}” có ${mix.order?.cells} ô ngày của Excel, ngày nào cũng từ 12 trở xuống, ${swap} (${dateAt}): có thể máy tính đặt kiểu ngày Mỹ (tháng/ngày/năm) và Excel đã hiểu các ngày gõ như 5/3/2026 thành ngày 03/05/2026. Mở sổ xem lại các ngày của cột này; nếu bị đảo, định dạng cột thành ngày/tháng/năm (dd/mm/yyyy) rồi gõ lại.`
        : undefined;
    if (evidence === undefined) continue;
    yield [
      {
        type: "problem",
        problem: makeProblem(
          "DATE_MONTH_FIRST",
          mix.date.row,
          b.header,
          b.spec.field,
          evidence,
          "ngày gõ theo ngày/tháng/năm trong ô định dạng dd/mm/yyyy",
        ),
      },
    ];
  }
  if (state.noSenderColumn.count > 0) {
    yield [
      {
        type: "problem",
        problem: makeProblem(
          "DENUNCIATION_NO_SENDER",
          state.noSenderColumn.first ?? 0,
          "",
          "senderName",
          `Sổ có ${state.noSenderColumn.count} vụ việc tố cáo (dòng đầu là dòng ${state.noSenderColumn.first}) nhưng không có cột “Người gửi”: họ tên người tố cáo ghi ở cột khác không được nhận ra để giữ bí mật trong các văn bản. Thêm cột “Người gửi” (hoặc đặt tiêu đề cột người gửi là “Người gửi”), hoặc ghi Có ở cột “Nặc danh” cho đơn không ghi tên.`,
          "cột “Người gửi” ghi họ tên người tố cáo",
        ),
      },
    ];
  }
  const empty = state.emptyFormRows;
  if (empty.count > 0) {
    const where =
      empty.count === 1
        ? `Dòng ${empty.first}`
        : empty.count === (empty.last ?? 0) - (empty.first ?? 0) + 1
          ? `Các dòng ${empty.first}–${empty.last} (${empty.count} dòng)`
          : `${empty.count} dòng, từ dòng ${empty.first} đến dòng ${empty.last},`;
    yield [
      {
        type: "problem",
        problem: makeProblem(
          "ROW_NOT_DATA",
          empty.first ?? 0,
          "",
          "",
          `${where} chỉ có số thứ tự hoặc tên đơn vị, không có nội dung ${kind === "cases" ? "vụ việc" : "buổi tiếp"} nào: là dòng trống của mẫu sổ, không đọc, không tính.`,
        ),
      },
    ];
  }
  if (state.monthFirst.more > 0) {
    yield [
      {
        type: "problem",
        problem: makeProblem(
          "DATE_MONTH_FIRST",
          0,
          "",
          "",
          `Ngoài ${YEAR_MISMATCH_SHOWN} ô nêu trên, còn ${state.monthFirst.more} ô ngày nữa (dòng đầu là dòng ${state.monthFirst.firstMore}) định dạng tháng trước ngày, có thể đã bị Excel đảo ngày và tháng.`,
          "ngày gõ theo ngày/tháng/năm trong ô định dạng dd/mm/yyyy",
        ),
      },
    ];
  }
  const { more, firstMore } = state.yearMismatch;
  if (more > 0) {
    const b = state.dateBinding;
    yield [
      {
        type: "problem",
        problem: makeProblem(
          "RECEIVED_YEAR_MISMATCH",
          0,
          b?.header ?? "Ngày tiếp nhận",
          "receivedOn",
          `Ngoài ${YEAR_MISMATCH_SHOWN} dòng nêu trên, còn ${more} dòng nữa (dòng đầu là dòng ${firstMore}) có năm của ngày tiếp nhận khác năm ghi trong Mã số. Nhiều dòng như vậy thường do sổ giữ mã của năm trước (sổ không đánh số lại theo năm, vụ việc kỳ trước chuyển sang); nếu không phải, kiểm tra năm của các ngày tiếp nhận.`,
          "ngày tiếp nhận trong năm ghi ở Mã số",
        ),
      },
    ];
  }
  if (dataRows === 0) {
    yield [
      {
        type: "problem",
        problem: makeProblem(
          "FILE_NO_ROWS",
          headerRow.row,
          "",
          "",
          `Tệp chỉ có dòng tiêu đề cột, không có dòng dữ liệu nào của ${REGISTER_NAMES[kind]}.`,
        ),
      },
    ];
  }
  yield edits.notApplied();
}

/**
 * Pulls rows from a source that is either synchronous (a table in memory) or asynchronous in batches (a
 * stream): rows of a batch are taken without awaiting, so that a large file costs one await per batch.
 */
class RowPuller {
  #batch: readonly SourceRow[] = [];
  #at = 0;
  readonly #sync: Iterator<SourceRow> | undefined;
  readonly #async: AsyncIterator<readonly SourceRow[]> | undefined;

  constructor(rows: SourceTable["rows"]) {
    if (Symbol.asyncIterator in rows)
      this.#async = (rows as AsyncIterable<readonly SourceRow[]>)[Symbol.asyncIterator]();
    else this.#sync = (rows as Iterable<SourceRow>)[Symbol.iterator]();
  }

  /** The next row if it is at hand, without waiting. */
  takeSync(): SourceRow | undefined {
    if (this.#at < this.#batch.length) return this.#batch[this.#at++];
    if (this.#sync) {
      const r = this.#sync.next();
      return r.done ? undefined : r.value;
    }
    return undefined;
  }

  /** Waits for the next batch; false at the end. */
  async refill(): Promise<boolean> {
    if (!this.#async) return false;
    const r = await this.#async.next();
    if (r.done) return false;
    this.#batch = r.value;
    this.#at = 0;
    return true;
  }

  async next(): Promise<SourceRow | undefined> {
    for (;;) {
      const row = this.takeSync();
      if (row) return row;
      if (!(await this.refill())) return undefined;
    }
  }
}

/** A cell's text as a matching key, "" for a blank. */
const cellKey = (cell: unknown): string => (isBlankCell(cell) ? "" : normalizeKey(headerText(cell)));

/**
 * The first words of a total row: "Tổng cộng", "Tổng số" whatever follows ("Tổng cộng quý I", "TỔNG CỘNG (6 vụ việc)",
 * "Tong cong"), "Cộng", "Tổng" before a colon, a number, a bracket or a period's word ("Cộng tháng 01") — not "Cộng
 * đồng dân cư", "Tổng cục Thuế" (review s14b F7).
 */
const TOTAL_ROW =
  /^(?:(?:tổng cộng|tổng số|tong cong|tong so)(?![\p{L}\p{N}])|(?:cộng|tổng|cong|tong)(?=\s*(?:[:.(]|\d|$|(?:tháng|quý|năm|kỳ|cả|toàn|chung|lại|thang|quy|nam|ky|ca|toan)(?![\p{L}\p{N}]))))/iu;

/** A cell of a register's signature lines: who drew it up, who signs, "(Ký, ghi rõ họ tên)". */
const SIGNATURE =
  /^(?:người lập(?: biểu| bảng| sổ)?|người ghi sổ|người kiểm tra|thủ trưởng(?: đơn vị| cơ quan)?|lãnh đạo đơn vị|xác nhận của .*|\(?ký(?:,| tên| và| ghi).*\)?|t\/m .*|tm\. .*)$/iu;

/** A number of a column in the row that numbers them: 1, "2", "(3)". */
const COLUMN_NUMBER = /^\(?(\d{1,3})\)?$/;

/**
 * A row below the header that is no record (review s14 F3): the header again (a block of rows pasted with its header),
 * the row numbering the columns (1, 2, 3 … as official forms have), or a total row ("Tổng cộng" and no date received).
 * Such a row is kept in a corrected file as it was, said in a warning, and neither read nor counted; any other row is
 * validated (undefined).
 */
function notDataRow(state: RowState, row: SourceRow): TableEvent[] | undefined {
  if (row.problems?.length) return undefined;
  const cells = row.cells;
  // A record's date received is a date ("05/01/2026", a date cell, an Excel serial): such a row is read at once.
  const date = state.dateBinding;
  const dateCell = date ? cells[date.index] : undefined;
  if (
    typeof dateCell === "string"
      ? /^\s*\d{4}/.test(dateCell) || /^\s*\d{1,2}[/.-]/.test(dateCell)
      : dateCell instanceof Date || (typeof dateCell === "number" && dateCell >= 1000)
  ) {
    return undefined;
  }
  const keys = state.headerKeys ?? [];
  const what = state.kind === "cases" ? "một vụ việc" : "một buổi tiếp dân";
  let reason: string | undefined;
  const named = keys.filter((k) => k !== "").length;
  let same = 0;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== "" && cellKey(cells[i]) === keys[i]) same += 1;
  if (same >= 2 && same >= 0.6 * named) {
    reason = `Dòng ${row.row} lặp lại dòng tiêu đề cột (thường do dán thêm một khối dòng có tiêu đề): không đọc như ${what}.`;
  } else {
    const texts = cells.filter((c) => !isBlankCell(c)).map((c) => cellToText(c).trim());
    const numbers = texts.map((t) => COLUMN_NUMBER.exec(t)?.[1]).filter((n): n is string => n !== undefined);
    const consecutive = numbers.length >= 3 && numbers.every((n, i) => Number(n) === i + 1);
    if (consecutive && numbers.length >= 0.6 * texts.length && texts.every((t) => t.length <= 5)) {
      reason = `Dòng ${row.row} là dòng đánh số thứ tự các cột (1, 2, 3, …): không đọc như ${what}.`;
    } else {
      const first = texts[0] ?? "";
      const dated = date !== undefined && !isBlankCell(dateCell) && !isIssue(readCell(dateCell, date.spec, state.ctx));
      const total = TOTAL_ROW.exec(first.normalize("NFC"));
      if (total && !dated) {
        reason = `Dòng ${row.row} là dòng tổng cộng (“${total[0]}”): không đọc như ${what}; các số của báo cáo được tính từ từng dòng.`;
      } else if (
        !dated &&
        texts.length > 0 &&
        texts.length <= 4 &&
        texts.every((t) => SIGNATURE.test(t.normalize("NFC")))
      ) {
        // The signature lines under a register ("Người lập biểu;;;;Thủ trưởng đơn vị", review s16w F10).
        reason = `Dòng ${row.row} là dòng chữ ký (“${texts[0]}”): không đọc như ${what}.`;
      }
    }
  }
  if (reason === undefined) {
    // A row of the printed form with only its number (STT) or its unit filled down, nothing of a case: a blank row,
    // said once for all at the end (review s19x F10: 56 such rows were 224 errors, and "56 dòng có lỗi" in the report).
    if (isEmptyFormRow(state, cells)) {
      const e = state.emptyFormRows;
      e.first ??= row.row;
      e.last = row.row;
      e.count += 1;
      return [];
    }
    return undefined;
  }
  return [
    { type: "title", row: row.row, cells },
    { type: "problem", problem: makeProblem("ROW_NOT_DATA", row.row, "", "", reason) },
  ];
}

/**
 * Whether a row holds nothing of a record: every cell the register reads is blank but its unit (a form's "Đơn vị"
 * filled down), and what else it holds is in columns the register does not read (STT, Ghi chú).
 */
function isEmptyFormRow(state: RowState, cells: readonly unknown[]): boolean {
  // Only for a register whose columns are read (review s19c C5: with only "Đơn vị" recognised, every row was blank).
  if (state.bindings.length === 0 || state.missingRequired) return false;
  const unit = state.bindings.find((b) => b.spec.field === "unit")?.index;
  const bound = new Set(state.bindings.map((b) => b.index));
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (i === unit || isBlankCell(cell)) continue;
    if (bound.has(i)) return false;
    // What a column not read holds must be a number (STT), not a note (review s19c C14: "chưa vào sổ").
    if (!(typeof cell === "number" || (typeof cell === "string" && /^\s*\d{1,6}\.?\s*$/.test(cell)))) return false;
  }
  return true;
}

/** Validates the remaining rows, a batch of events per batch of rows. */
async function* validateRest(state: RowState, puller: RowPuller, onRow: () => void): AsyncGenerator<TableEvent[]> {
  for (;;) {
    const events: TableEvent[] = [];
    for (let row = puller.takeSync(); row; row = puller.takeSync()) {
      if (!row.problems?.length && isBlankRow(row.cells)) continue;
      const skipped = state.headerKeys ? notDataRow(state, row) : undefined;
      if (skipped) {
        events.push(...skipped);
        continue;
      }
      onRow();
      events.push(validateRow(state, row));
      if (events.length >= 64) break;
    }
    if (events.length > 0) yield events;
    else if (!(await puller.refill())) return;
  }
}

interface RowState {
  kind: RegisterKind;
  bindings: Binding[];
  kindsBinding: Binding | undefined;
  missingRequired: boolean;
  headerLength: number;
  /** Cells up to the header's last named one: a CSV row with fewer is one `ROW_CELL_COUNT` error. */
  namedLength: number;
  delimiter: string | undefined;
  unnamed: Set<number>;
  warnedUnnamed: Set<number>;
  /** id skeleton → first row and id as written: the only state that grows with the file. */
  seenIds: FirstRows;
  ctx: CellContext;
  csv: boolean;
  options: ValidateTableOptions;
  edits: Edits;
  /** The header's cells as matching keys (`normalizeKey`), to know the header repeated further down. */
  headerKeys?: readonly string[];
  /** The column of the date received (of a session: its date). */
  dateBinding?: Binding | undefined;
  /** The column of the sender's name (cases). */
  senderBinding?: Binding | undefined;
  /**
   * Columns not read that name the sender in other words, or repeat a sender column (cases): what they hold on a
   * denunciation's row is withheld elsewhere, as its sender's own cells are.
   */
  identityExtras?: readonly number[];
  /**
   * With no sender column (cases), the columns not read: what they hold on a denunciation's row that reads as a person's
   * name or an address is withheld elsewhere (review s21 K2: a register headed "Người nộp đơn" put the denouncer's name
   * in another case's transfer slip).
   */
  possibleIdentities?: readonly number[];
  /** `RECEIVED_YEAR_MISMATCH` rows named so far, and those past the first ones (said once, at the end). */
  yearMismatch: { shown: number; more: number; firstMore?: number };
  /** `DATE_MONTH_FIRST` cells named so far, and those past the first ones (said once, at the end). */
  monthFirst: { shown: number; more: number; firstMore?: number };
  /** Rows of the form with nothing of a record (only STT, or the unit filled down): skipped, said once at the end. */
  emptyFormRows: { count: number; first?: number; last?: number };
  /**
   * By date column: the first date cell whose day could be its month, and the first text written day first past the
   * 12th (both in one column: an Excel reading dates month first; said once, at the end). Also the column's order
   * read as Excel did and with each day and month swapped (review s19c C10, see {@link swapEvidence}).
   */
  dateMix: Map<
    number,
    {
      /** `hidden`: of a denunciation's row, whose cells no message repeats (review s21 K8). */
      date?: { row: number; read: string; hidden: boolean };
      text?: { row: number; text: string; hidden: boolean };
      dayFirst?: boolean;
      order?: DateOrder;
    }
  >;
  /** By sender column of a workbook: whether the last row that wrote it is a denunciation (a merge below brings it). */
  mergedIdentityFrom: Map<number, boolean>;
  /** Denunciations of a register without a sender column: counted, said once at the end. */
  noSenderColumn: { count: number; first?: number };
  /** The sender's column names the name and the address, and no column the address alone (see `splitNameAndAddress`). */
  combinedSender?: boolean;
}

function headerlessState(
  kind: RegisterKind,
  ctx: CellContext,
  csv: boolean,
  options: ValidateTableOptions,
  edits: Edits,
): RowState {
  return {
    kind,
    bindings: [],
    kindsBinding: undefined,
    missingRequired: true,
    headerLength: Number.POSITIVE_INFINITY,
    namedLength: 0,
    delimiter: undefined,
    unnamed: new Set(),
    warnedUnnamed: new Set(),
    seenIds: new FirstRows(),
    ctx,
    csv,
    options,
    edits,
    yearMismatch: { shown: 0, more: 0 },
    monthFirst: { shown: 0, more: 0 },
    emptyFormRows: { count: 0 },
    dateMix: new Map(),
    mergedIdentityFrom: new Map(),
    noSenderColumn: { count: 0 },
  };
}

/** The number of cells up to the last named header cell. */
function namedLength(headers: readonly string[]): number {
  let n = headers.length;
  while (n > 0 && headers[n - 1] === "") n -= 1;
  return n;
}

/**
 * The row's cells as intake reads them: stray controls removed (XML 1.0 forbids them, or they reverse the printed
 * text; a `VALUE_CONTROL_CHAR` warning
 * per column), and in a CSV the apostrophe this project's CSV writers put before a formula-like text removed.
 */
function cleanCells(state: RowState, row: number, cells: readonly unknown[], problems: DetailedProblem[]): unknown[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i];
    let clean: unknown = cell;
    // The text whose stray characters are removed (a list's items joined), for the reason the warning gives.
    let stray: string | undefined;
    if (typeof cell === "string") {
      clean = state.csv ? restoreNeutralised(cell) : cell;
      if (hasStrayControls(clean as string)) {
        stray = clean as string;
        clean = stripStrayControls(stray);
      }
    } else if (Array.isArray(cell) && cell.some((c) => typeof c === "string" && hasStrayControls(c))) {
      stray = cell.filter((c) => typeof c === "string").join("");
      clean = cell.map((c) => (typeof c === "string" ? stripStrayControls(c) : c));
    }
    if (clean === cell) continue;
    out ??= [...cells];
    out[i] = clean;
    if (stray === undefined) continue;
    const b = state.bindings.find((x) => x.index === i);
    const header = b?.header ?? "";
    problems.push(
      makeProblem(
        "VALUE_CONTROL_CHAR",
        row,
        header,
        b?.spec.field ?? "",
        `${header ? `Ô “${header}”` : `Ô ở cột thứ ${i + 1}`} có ký tự điều khiển không in được (${strayControlReason(stray)}): ký tự đó đã được bỏ đi.`,
        "chữ, số và dấu câu; nên xóa ký tự lạ trong ô (thường do sao chép từ phần mềm khác)",
      ),
    );
  }
  return out ?? (cells as unknown[]);
}

/**
 * Tells whether a text mentions a denunciation: "tố cáo" or "tố giác" in any case, "Đơn TC", or "to cao" in a text typed
 * without diacritics — not the name "Tô Cao Trí" (review s15d N9).
 */
export function mentionsDenunciation(cell: unknown): boolean {
  if (typeof cell === "string") {
    if (cell.length < 6) return false;
    // Read for every row: the common spellings first, without copying the text.
    if (DENUNCIATION_WORDS.test(cell)) return true;
    // The abbreviation a clerk writes of the letter's kind: "Đơn TC cán bộ địa chính nhận tiền" (review s15d U-05).
    if (LETTER_TC.test(cell)) return true;
    const t = cell.normalize("NFC");
    if (t !== cell && (DENUNCIATION_WORDS.test(t) || LETTER_TC.test(t))) return true;
    // Invisible characters between the words do not hide it (review s15e E8).
    if (INVISIBLE_IN_WORD.test(t) && DENUNCIATION_WORDS.test(t.replace(INVISIBLE_IN_WORDS, ""))) return true;
    return !/[^\p{ASCII}]/u.test(t) && /(?<![a-z])to[\s-]*(?:cao|giac)(?![a-z])/i.test(t);
  }
  if (Array.isArray(cell)) return cell.some(mentionsDenunciation);
  return false;
}

/**
 * Whether a case is, or may be, a denunciation, for what its documents withhold: its kinds say "Tố cáo", or its
 * content speaks of one while its kinds do not ("Tố cáo chủ tịch xã nhận hối lộ" filed as "Phản ánh": intake warns
 * `DENUNCIATION_UNDECLARED`). Its sender is protected until the clerk says what it is (review s15c F4); it is
 * counted under the kinds written.
 *
 * @param c - the case (its kinds and content are read)
 * @returns whether its sender's identity is withheld
 * @example
 * mayBeDenunciation({ kinds: ["petition"], content: "Tố cáo cán bộ địa chính" }) //=> true
 */
export function mayBeDenunciation(c: Pick<Case, "kinds" | "content">): boolean {
  return isDenunciation(c) || (c.content !== undefined && mentionsDenunciation(c.content));
}

/** "tố cáo", "tố giác" in any case, a hyphen or spaces between the words ("Tố-cáo"). */
const DENUNCIATION_WORDS = /(?<!\p{L})[Tt][ốỐ][\s\-‐–]*(?:[Cc][Áá][Oo]|[Gg][Ii][Áá][Cc])(?!\p{L})/u;
/** "Đơn TC", "ĐƠN TC", "đơn T.C": a denunciation letter abbreviated (TC in capitals only: "tc" is no word of it). */
const LETTER_TC = /(?<!\p{L})(?:[Đđ]ơn|ĐƠN)\s+T\.?C\.?(?!\p{L})/u;
const INVISIBLE_IN_WORD = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const INVISIBLE_IN_WORDS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * A row whose problems may show no cell at all (DESIGN.md "Problems", Luật Tố cáo 2018 Điều 47–48): a
 * denunciation, a row whose kinds cannot be read, or a row where any cell speaks of a denunciation (a shifted
 * row moves "Tố cáo" out of the kinds column).
 */
function isConfidentialRow(state: RowState, cells: readonly unknown[]): boolean {
  if (state.kind !== "cases") return false;
  const kb = state.kindsBinding;
  const cell = kb ? cells[kb.index] : undefined;
  if (!kb || isBlankCell(cell)) return true;
  const r = readCell(cell, kb.spec, state.ctx);
  if (isIssue(r) || (r.value as string[]).includes("denunciation")) return true;
  return cells.some(mentionsDenunciation);
}

/** A text with its JSON `\\uXXXX` escapes read ("T\\u1ed1 c\\u00e1o" is "Tố cáo", as Python's json.dumps writes it). */
function withJsonEscapesRead(text: string): string {
  return text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** A JSON string's text from between its quotes, its escapes (\\u1ec7, \\") read (review s19c C4). */
function unescapeJson(inner: string): string {
  try {
    return JSON.parse(`"${inner}"`) as string;
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    return inner.replace(/\\(.)/g, "$1");
  }
}

/**
 * The sender's name and address in the text of a row that could not be read into cells: a JSON object's values under
 * a sender's key (its syntax broken), a JSON list's texts that look like a name or a house's address, or a CSV line's
 * cells under the sender's columns.
 */
function rawIdentities(state: RowState, raw: string): string[] {
  const out = new Set<string>();
  const add = (text: string, isName: boolean) => {
    const t = text.normalize("NFC").trim();
    if (t === "") return;
    out.add(ownCopy(t));
    if (isName) for (const part of nameParts(t)) out.add(ownCopy(part));
  };
  const trimmed = raw.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    const strings = [...trimmed.matchAll(/"((?:[^"\\]|\\.)*)"(\s*:)?/g)].map((m) => ({
      text: unescapeJson(m[1] ?? ""),
      key: m[2] !== undefined,
    }));
    strings.forEach((s, i) => {
      const value = strings[i + 1];
      if (s.key) {
        const spec = specOf("cases", s.text, undefined) ?? senderColumnOf(s.text);
        if (spec && isSenderField(spec.field) && value && !value.key) add(value.text, spec.field === "senderName");
      } else if (trimmed.startsWith("[") && (i === 0 || !strings[i - 1]?.key)) {
        // A list instead of an object: its texts that read as a person's name or a house's address.
        if (looksLikeName(s.text)) add(s.text, true);
        else if (looksLikeAddress(s.text) && /\p{N}/u.test(s.text)) add(s.text, false);
      }
    });
    return [...out];
  }
  if (state.delimiter !== undefined) return rowIdentities(state, raw.split(state.delimiter));
  return [];
}

/**
 * A workbook row's cells without the sender's name or address a merged cell brings down from a denunciation's row
 * above (review s19x F12: the denouncer was printed as the sender of the next case). Said to the clerk without the
 * value; a merge from another row is kept (the same sender's several letters).
 */
function withoutMergedIdentities(
  state: RowState,
  source: SourceRow,
  cells: readonly unknown[],
  problems: DetailedProblem[],
): readonly unknown[] {
  // The sender's name and address, and the content (review s19c C6), that a merge brings from a denunciation's row.
  const brought = state.bindings.filter(
    (b) =>
      b.spec.identity &&
      source.mergedFromAbove?.includes(b.index) === true &&
      state.mergedIdentityFrom.get(b.index) === true &&
      !isBlankCell(cells[b.index]),
  );
  // What this row writes itself, for the columns it does not take from above.
  let confidential: boolean | undefined;
  for (const b of state.bindings) {
    if (!b.spec.identity || source.mergedFromAbove?.includes(b.index) || isBlankCell(cells[b.index])) continue;
    confidential ??= isConfidentialRow(state, cells);
    state.mergedIdentityFrom.set(b.index, confidential);
  }
  if (brought.length === 0) return cells;
  const out = [...cells];
  for (const b of brought) out[b.index] = null;
  // The same denouncer's next denunciation keeps them (review s19c C12): judged without what the merge brings.
  if (isConfidentialRow(state, out)) return cells;
  for (const b of brought) {
    problems.push(
      makeProblem(
        "IDENTITY_MERGED",
        source.row,
        b.header,
        b.spec.field,
        `Ô “${b.header}” gộp với ô của một dòng tố cáo phía trên: không lấy ${b.spec.field === "senderName" ? "họ tên của người tố cáo" : b.spec.field === "senderAddress" ? "địa chỉ của người tố cáo" : "nội dung tố cáo"} cho dòng này (${HIDDEN_NOTE}); bỏ gộp ô và ghi ${b.spec.field === "senderName" ? "người gửi" : b.spec.field === "senderAddress" ? "địa chỉ" : "nội dung"} riêng cho dòng này.`,
      ),
    );
  }
  return out;
}

function extraIdentities(state: RowState, cells: readonly unknown[]): string[] {
  const out = new Set<string>();
  const add = (text: string) => {
    out.add(ownCopy(text));
    for (const part of nameParts(text)) out.add(ownCopy(part));
  };
  for (const index of state.identityExtras ?? []) {
    const text = cellToText(cells[index]).normalize("NFC").trim();
    if (text !== "") add(text);
  }
  for (const index of state.possibleIdentities ?? []) {
    const text = cellToText(cells[index]).normalize("NFC").trim();
    if (text === "") continue;
    // As a sender's cell is read: the text, and each person it names ("ông Đinh Mật Danh và vợ", "Đinh Mật Danh, SĐT
    // 0912…": review s21b T1). A text without a digit that reads as a place and no person ("Thôn 3", "xã An Bình") is
    // shared by many and left (review s15c F5).
    if (nameParts(text).length === 0 && looksLikeAddress(text) && !isHouseAddress(text)) continue;
    add(text);
  }
  return [...out];
}

/**
 * The sender's name and address of a rejected cases row that is or may be a denunciation, as written (blank cells
 * left out): what the documents withhold elsewhere. A row whose cells do not line up with the header (a ";" inside a
 * value, a cell left out, a workbook row pasted one column over) is realigned first ({@link alignments}); where
 * several alignments are as likely, the cells they put under "Người gửi" are taken when they look like a person's name,
 * those under "Địa chỉ" when they look like an address — never a field or a sentence. Lines of the following rows
 * swallowed into one of its cells by a quote never closed are read the same way, and give their senders when they
 * speak of a denunciation.
 */
function rowIdentities(state: RowState, cells: readonly unknown[]): string[] {
  const out = new Set<string>();
  const identityBindings = state.bindings.filter(
    (b) => b.spec.field === "senderName" || b.spec.field === "senderAddress",
  );
  if (identityBindings.length === 0) return [];
  // A text, and for "Người gửi" each person it names, each its own copy (not a slice keeping the file's chunk).
  const add = (text: string, isName: boolean) => {
    out.add(ownCopy(text));
    if (isName) for (const part of nameParts(text)) out.add(ownCopy(part));
  };
  const take = (rowCells: readonly unknown[]) => {
    const aligned = alignments(state, rowCells);
    for (const b of identityBindings) {
      const isName = b.spec.field === "senderName";
      // Each alignment's cells under the column: the pieces of a value split by a ";" inside it, joined again.
      let candidates = aligned.map((cellsOf) => {
        const [from, to] = cellsOf(b.index);
        const text = rowCells
          .slice(from, to)
          .map((c) => cellToText(c).trim())
          .filter(Boolean)
          .join("; ");
        return { text, pieces: to - from, raw: to - from === 1 ? rowCells[from] : undefined };
      });
      if (aligned.length > 1) {
        // Several alignments as likely: only what looks like a name or an address; a value in one cell rather than
        // one put together from pieces.
        candidates = candidates.filter((c) =>
          isName ? looksLikeName(c.text) || nameParts(c.text).length > 0 : looksLikeAddress(c.text),
        );
        // An address with its house number first.
        if (!isName && candidates.some((c) => /\p{N}/u.test(c.text))) {
          candidates = candidates.filter((c) => /\p{N}/u.test(c.text));
        }
        if (candidates.some((c) => c.pieces === 1)) candidates = candidates.filter((c) => c.pieces === 1);
      }
      for (const { text, raw } of candidates) {
        if (text === "") continue;
        add(text, isName);
        // A JSON register's object or list in the cell: each of its texts too ({"hoTen": "…"}).
        if (typeof raw === "object") for (const leaf of textLeaves(raw)) add(leaf, isName);
      }
    }
  };
  take(cells);
  // A quote never closed: the lines after it, up to the next quote, are inside one cell.
  const delimiter = state.delimiter;
  if (state.csv && delimiter !== undefined) {
    for (const cell of cells) {
      if (typeof cell !== "string" || !/[\r\n]/.test(cell)) continue;
      for (const line of cell.split(/\r\n|\r|\n/).slice(1)) {
        const lineCells = line.split(delimiter);
        if (lineCells.some(mentionsDenunciation)) take(lineCells);
      }
    }
  }
  return [...out];
}

/** The texts inside a JSON value (an object's values, a list's items, at any depth). */
function textLeaves(value: unknown, depth = 0): string[] {
  if (typeof value === "string") return value.trim() === "" ? [] : [value.trim()];
  if (value === null || typeof value !== "object" || depth > 8) return [];
  return Object.values(value).flatMap((v) => textLeaves(v, depth + 1));
}

/**
 * The ways a row may line up with the header. A CSV row with more or fewer cells than the header lost or gained them
 * at one place (a value with a ";" inside, a cell left out): before it the cells are in their columns, after it they
 * are shifted. A row with as many cells (a workbook row pasted one or two columns over, a blank cell inserted or one
 * left out) is read in its place unless a shift of one or two cells at some place reads better. The places kept are
 * those where most cells read as their columns' values (dates as dates, lists as their labels); each gives a column's
 * cells as `[from, to)` — the pieces of a split value, nothing for a missing cell.
 */
function alignments(state: RowState, cells: readonly unknown[]): ((index: number) => [number, number])[] {
  let n = cells.length;
  while (n > state.namedLength && isBlankCell(cells[n - 1])) n -= 1;
  const expected = Number.isFinite(state.headerLength) ? state.headerLength : n;
  const countShift = state.csv ? n - Math.min(expected, Math.max(n, state.namedLength)) : 0;
  const cellOf =
    (split: number, shift: number) =>
    (i: number): [number, number] => {
      if (i < split || shift === 0) return [i, i + 1];
      if (shift > 0) return i === split ? [i, i + shift + 1] : [i + shift, i + shift + 1];
      return i < split - shift ? [i, i] : [i + shift, i + shift + 1];
    };
  // Whether each typed column's value reads at a given cell: each cell read once (a row is tried at many places).
  const typed = state.bindings.filter((b) => b.spec.type !== "text");
  const reads = new Map<string, number>();
  const readsAt = (b: Binding, at: number): number => {
    const key = `${b.index}:${at}`;
    let points = reads.get(key);
    if (points === undefined) {
      // A value that does not read counts as a blank, not against the place: a single wrong date is no sign of a
      // shifted row.
      points =
        at >= 0 && at < cells.length && !isBlankCell(cells[at]) && !isIssue(readCell(cells[at], b.spec, state.ctx))
          ? 1
          : 0;
      reads.set(key, points);
    }
    return points;
  };
  const score = (at: (i: number) => [number, number]) => {
    let points = 0;
    for (const b of typed) {
      const [from, to] = at(b.index);
      if (to - from === 1) points += readsAt(b, from);
    }
    return points;
  };
  const inPlace = cellOf(0, 0);
  const shifts = countShift !== 0 ? [countShift] : [-2, -1, 1, 2];
  let best: ((index: number) => [number, number])[] = countShift !== 0 ? [] : [inPlace];
  let bestScore = countShift !== 0 ? -1 : score(inPlace);
  const consider = (at: (index: number) => [number, number], points: number) => {
    if (points > bestScore) {
      best = [at];
      bestScore = points;
    } else if (points === bestScore && best[0] !== inPlace) best.push(at);
  };
  for (const shift of shifts) {
    for (let split = 0; split < expected; split++) {
      const at = cellOf(split, shift);
      consider(at, score(at));
    }
  }
  if (countShift === 0) {
    // A cell left out at one place and a value split by a ";" at a later one (or the other way round): the count is
    // right, and the cells between the two places are one column over. Scored by prefix sums of how the typed columns
    // read in place and one over, each pair of places at once.
    const inPlaceSum = new Array<number>(expected + 1).fill(0);
    const overSum = { [-1]: new Array<number>(expected + 1).fill(0), [1]: new Array<number>(expected + 1).fill(0) };
    const byIndex = new Map(typed.map((b) => [b.index, b]));
    for (let i = 0; i < expected; i++) {
      const b = byIndex.get(i);
      inPlaceSum[i + 1] = (inPlaceSum[i] as number) + (b ? readsAt(b, i) : 0);
      for (const shift of [-1, 1] as const) {
        overSum[shift][i + 1] = (overSum[shift][i] as number) + (b ? readsAt(b, i + shift) : 0);
      }
    }
    for (const shift of [-1, 1] as const) {
      const over = overSum[shift];
      for (let first = 0; first < expected; first++) {
        for (let last = first + 2; last < expected; last++) {
          const points =
            (inPlaceSum[first] as number) +
            (over[last] as number) -
            (over[first + 1] as number) +
            (inPlaceSum[expected] as number) -
            (inPlaceSum[last + 1] as number);
          if (points < bestScore) continue;
          consider(twoPlaces(first, last, shift), points);
        }
      }
    }
  }
  return best;
}

/** Whether a row reads better lined up otherwise than in place (see {@link alignments}). */
function readsBetterShifted(state: RowState, cells: readonly unknown[]): boolean {
  const [first] = alignments(state, cells);
  if (first === undefined) return false;
  for (let i = 0; i < state.headerLength; i++) {
    const [from, to] = first(i);
    if (from !== i || to !== i + 1) return true;
  }
  return false;
}

/**
 * A row of the right count whose cells are one column over between two places: `shift` -1 — the cell of column
 * `first` left out, the value of column `last` split in two; +1 — the value of column `first` split in two, the cell of
 * column `last` left out. Before `first` and after `last` the cells are in their columns.
 */
function twoPlaces(first: number, last: number, shift: -1 | 1): (index: number) => [number, number] {
  return (i) => {
    if (i < first || i > last) return [i, i + 1];
    if (shift === -1) {
      if (i === first) return [i, i];
      if (i === last) return [i - 1, i + 1];
      return [i - 1, i];
    }
    if (i === first) return [i, i + 2];
    if (i === last) return [i + 1, i + 1];
    return [i + 1, i + 2];
  };
}

/** What is wrong with a cell, said without the cell's value (for confidential rows). */
const WITHOUT_VALUE: Partial<Record<ProblemCode, string>> = {
  VALUE_UNKNOWN: "giá trị không có trong danh sách cho phép của cột",
  VALUE_REPEATED: "một giá trị được ghi hai lần, chỉ tính một lần",
  VALUE_TYPE: "kiểu giá trị không dùng được cho cột",
  DATE_FORMAT: "không đọc được ngày",
  DATE_INVALID: "ngày không có thật trên lịch",
  DATE_MONTH_FIRST:
    "ô ngày của Excel định dạng tháng trước ngày (kiểu Mỹ, m/d/yyyy): ngày và tháng có thể đã bị đảo; định dạng lại cột thành ngày/tháng/năm (dd/mm/yyyy) rồi gõ lại ngày này",
  DATE_OUT_OF_RANGE: `ngày ngoài khoảng năm ${REGISTER_YEARS.first}–${REGISTER_YEARS.last} của sổ (năm gõ nhầm, hoặc một số trong cột ngày của Excel)`,
  NUMBER_INVALID: "không phải số nguyên",
  NUMBER_RANGE: "số nằm ngoài khoảng cho phép của cột",
  BOOLEAN_INVALID: "không phải Có hoặc Không",
  SCHEMA_INVALID: "giá trị không hợp lệ",
  CSV_QUOTE_STRAY: "dấu ngoặc kép đặt sai chỗ; ô được đọc nguyên văn",
  VALUE_ENCODING: "có ký tự lỗi mã hóa (�)",
  VALUE_TOO_LONG: `quá dài cho một tên ngắn (tối đa ${SHORT_NAME_LENGTH} ký tự): thường là nội dung đơn dán nhầm cột`,
};
const HIDDEN_NOTE = "không in lại giá trị: dòng tố cáo hoặc có thể là tố cáo được giữ bí mật";

/** A problem of a confidential row: no `value`, and a message that repeats no cell. */
function withoutValue(p: DetailedProblem): DetailedProblem {
  const phrase = WITHOUT_VALUE[p.problem.code as ProblemCode];
  const { value: _, ...problem } = p.problem;
  if (phrase === undefined) return { ...p, problem };
  const where = problem.column ? `Ô “${problem.column}”` : "Một ô của dòng";
  const what = `${where}: ${phrase} (${HIDDEN_NOTE}).`;
  return {
    problem: { ...problem, message: formatMessage(what, p.allowed) },
    what,
    ...(p.allowed ? { allowed: p.allowed } : {}),
  };
}

/** A row of a CSV whose cells do not line up with the header: one `ROW_CELL_COUNT` error, nothing else read. */
function cellCountProblem(
  state: RowState,
  row: number,
  cells: readonly unknown[],
  trimPadding = true,
): DetailedProblem | undefined {
  if (!state.csv || state.namedLength === 0) return undefined;
  let n = cells.length;
  // Empty cells after the header's last column (a spreadsheet pads rows) are not cells of the row.
  while (trimPadding && n > state.namedLength && isBlankCell(cells[n - 1])) n -= 1;
  const expected = state.headerLength;
  if (n >= state.namedLength && n <= expected) return undefined;
  const d = state.delimiter ?? ";";
  const name = d === ";" ? "dấu chấm phẩy (;)" : d === "," ? "dấu phẩy (,)" : "dấu tab";
  const other = d === "," ? "dấu chấm phẩy (;)" : "dấu phẩy (,)";
  return makeProblem(
    "ROW_CELL_COUNT",
    row,
    "",
    "",
    cells.some((c) => typeof c === "string" && /[\r\n]/.test(c))
      ? `Dòng có ${n} ô nhưng dòng tiêu đề có ${n > expected ? expected : state.namedLength} cột, và kéo sang dòng sau: thường do một dấu ngoặc kép mở ô mà không đóng (các dòng sau bị gộp vào). Cả dòng bị loại, không kiểm tra từng ô.`
      : `Dòng có ${n} ô nhưng dòng tiêu đề có ${n > expected ? expected : state.namedLength} cột: các ô bị lệch cột nên cả dòng bị loại, không kiểm tra từng ô. Thường do một giá trị có ${name} bên trong.`,
    `bao ô có ${name} trong ngoặc kép ("…"), hoặc ghi nhiều loại đơn cách nhau bằng ${other}`,
  );
}

function validateRow(state: RowState, source: SourceRow): Extract<TableEvent, { type: "data" }> {
  const row = source.row;
  const problems: DetailedProblem[] = [];
  for (const p of source.problems ?? []) {
    const b = p.cellIndex === undefined ? undefined : state.bindings.find((x) => x.index === p.cellIndex);
    problems.push(fromPending(p, b?.header ?? "", b?.spec.field ?? ""));
  }
  const edited = state.edits.apply(source);
  const cleaned = source.plain === true && edited === source.cells ? edited : cleanCells(state, row, edited, problems);
  const cells =
    state.kind === "cases" && !state.csv ? withoutMergedIdentities(state, source, cleaned, problems) : cleaned;
  const values: Record<string, unknown> = {};
  const canonical: Array<string | undefined> | undefined = state.options.canonical ? [] : undefined;

  if (cells.length === 0 && problems.length > 0) {
    // The source could not read the row's cells (a broken quote, an element that is not an object): its own
    // problem says why; there is nothing more to check.
    const event: Extract<TableEvent, { type: "data" }> = { type: "data", row, cells, problems };
    if (source.rawText !== undefined) {
      event.rawText = source.rawText;
      // A denunciation's line that cannot be read is no case, but its sender is still withheld elsewhere, as a
      // broken CSV row's is (review s19x F2: a JSON line's was printed in another case's content).
      if (state.kind === "cases" && mentionsDenunciation(withJsonEscapesRead(source.rawText))) {
        const identities = rawIdentities(state, source.rawText);
        if (identities.length > 0) event.identities = identities;
      }
    }
    return event;
  }

  // Whether any cell may be shown depends on the kinds. It matters only for a row with problems, so it is
  // decided when the first one needs it (looking for "tố cáo" in every cell of every row was a quarter of intake).
  let confidentialMemo: boolean | undefined;
  const isConfidential = () => (confidentialMemo ??= isConfidentialRow(state, cells));
  const finish = (event: Extract<TableEvent, { type: "data" }>) => {
    if (event.problems.length > 0) {
      if (isConfidential()) event.problems = event.problems.map(withoutValue);
      else {
        const b = state.bindings.find((x) => x.spec.field === "id");
        const id = b ? cellToText(cells[b.index]).normalize("NFC").trim() : "";
        if (id !== "") event.id = ownCopy(id);
      }
    }
    if (event.record === undefined && state.kind === "cases" && isConfidential()) {
      const identities = [...rowIdentities(state, cells), ...extraIdentities(state, cells)];
      if (identities.length > 0) event.identities = identities;
    } else if (
      event.record !== undefined &&
      (state.identityExtras?.length || state.possibleIdentities?.length) &&
      mayBeDenunciation(event.record as Pick<Case, "kinds" | "content">)
    ) {
      const identities = extraIdentities(state, cells);
      if (identities.length > 0) event.identities = identities;
    }
    if (source.rawText !== undefined) event.rawText = source.rawText;
    return event;
  };

  const shifted = cellCountProblem(state, row, cells);
  if (shifted) {
    problems.push(shifted);
    return finish({ type: "data", row, cells, problems });
  }
  // More cells than the header line itself, the extra ones empty: a spreadsheet's padding, or a ";" inside a value
  // of a row whose last column is empty (its cells then shift by one). Which one is known after reading the cells.
  const maybeShifted = state.csv && state.namedLength > 0 && cells.length > state.headerLength;
  const problemsBeforeCells = problems.length;

  for (const b of state.bindings) {
    const cell = cells[b.index];
    if (isBlankCell(cell)) {
      if (canonical) canonical[b.index] = "";
      if (b.spec.required) {
        problems.push(
          makeProblem(
            "VALUE_REQUIRED",
            row,
            b.header,
            b.spec.field,
            `Ô “${b.header}” bắt buộc nhưng bỏ trống.`,
            describeAllowed(b.spec),
          ),
        );
      }
      continue;
    }
    if (state.csv && typeof cell === "string" && cell.charCodeAt(0) === 34) {
      problems.push(
        makeProblem(
          "CSV_QUOTE_STRAY",
          row,
          b.header,
          b.spec.field,
          `Ô “${b.header}” có dấu ngoặc kép đặt sai chỗ; ô được đọc nguyên văn.`,
          'ô có dấu ngoặc kép phải được bao cả ô trong ngoặc kép, và dấu ngoặc kép bên trong viết đôi ("")',
          cellToText(cell),
        ),
      );
    }
    const r = readCell(cell, b.spec, state.ctx);
    if (isIssue(r)) {
      problems.push(makeProblem(r.code, row, b.header, b.spec.field, r.what, r.allowed, cellToText(cell)));
      if (canonical) canonical[b.index] = undefined;
      continue;
    }
    if (r.warning) {
      const w = r.warning;
      problems.push(makeProblem(w.code, row, b.header, b.spec.field, w.what, w.allowed, cellToText(cell)));
    }
    // Readings are memoised and shared: a list is copied before it goes into a record.
    values[b.spec.field] = Array.isArray(r.value) ? [...r.value] : r.value;
    if (canonical) canonical[b.index] = r.canonical;
  }

  // The extra cells empty and every cell reading is no proof of padding: a ";" inside a value shifts the cells after
  // it by one, and they may read in their new columns ("Đang xử lý" as a unit). The row lines up better one over
  // (review s16w F7): it is shifted.
  const shiftedRow =
    maybeShifted &&
    !problems.slice(problemsBeforeCells).some((p) => p.problem.severity === "error") &&
    readsBetterShifted(state, cells);
  if (maybeShifted && (shiftedRow || problems.slice(problemsBeforeCells).some((p) => p.problem.severity === "error"))) {
    // Cells that do not read after a row longer than its header: one ROW_CELL_COUNT error, not each shifted cell.
    const count = cellCountProblem(state, row, cells, false);
    if (count) {
      problems.length = problemsBeforeCells;
      problems.push(count);
      return finish({ type: "data", row, cells, problems });
    }
  }

  // A sender's column holding the name and the address ("Họ tên, địa chỉ người gửi") beside no address column: the
  // name is the sender's, the rest the address (a notice is addressed to the name; the address, a house, is withheld
  // on its own wherever else a denunciation's is written).
  if (state.combinedSender && typeof values.senderName === "string" && values.senderAddress === undefined) {
    const split = splitNameAndAddress(values.senderName);
    if (split) {
      values.senderName = split.name;
      values.senderAddress = split.address;
    }
  }
  // Cells with data under no header.
  for (let i = state.headerLength; i < cells.length; i += 1) checkUnnamed(state, row, i, cells[i], problems);
  for (const i of state.unnamed) checkUnnamed(state, row, i, cells[i], problems);

  let hasError = problems.some((p) => p.problem.severity === "error") || state.missingRequired;
  // "Nặc danh" written as the sender's name: the letter is anonymous (review s22b W13: a receipt went to "Ông (Bà) Nặc
  // danh", and the notice's deadline was judged). The message repeats no cell.
  const anonymousBinding = state.senderBinding;
  if (anonymousBinding && typeof values.senderName === "string" && saysAnonymous(values.senderName)) {
    delete values.senderName;
    // The register's own "Nặc danh" column said no: the two cells disagree, and the message says which one wins
    // (review s22c X13: the "Không" was overridden without a word).
    const saidNo = values.anonymous === false ? state.bindings.find((b) => b.spec.field === "anonymous") : undefined;
    values.anonymous = true;
    problems.push(
      makeProblem(
        "SENDER_ANONYMOUS",
        row,
        anonymousBinding.header,
        "senderName",
        `Ô “${anonymousBinding.header}” ghi đơn không có tên người gửi${saidNo ? ` (cột “${saidNo.header}” lại ghi là không phải đơn nặc danh)` : ""}: vụ việc được coi là đơn nặc danh (không có văn bản gửi người gửi, không tính thời hạn thông báo). Để trống ô này và ghi Có ở cột “${saidNo?.header ?? "Nặc danh"}”.`,
        "họ tên người gửi, hoặc để trống và Nặc danh: Có",
      ),
    );
  }
  let record: Case | ReceptionSession | undefined;
  if (!hasError && !state.options.verifySchema) {
    // The cell readers enforce the schema's rules (tested against the schema itself), so the record is built
    // directly: running zod on each of a million rows would double the cost of intake. Copied once by a spread:
    // `values` was filled with computed keys, which puts an object of more than a dozen properties in V8's
    // dictionary mode (five times the memory, slower to read and to copy in every later step); its copy is a plain
    // object with properties in the usual layout, shared by the rows of a register.
    record = { ...values } as Case | ReceptionSession;
  } else if (!hasError) {
    const parsed = state.kind === "cases" ? CaseSchema.safeParse(values) : ReceptionSessionSchema.safeParse(values);
    if (parsed.success) record = parsed.data;
    else {
      hasError = true;
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        const b = state.bindings.find((x) => x.spec.field === field);
        problems.push(
          makeProblem(
            "SCHEMA_INVALID",
            row,
            b?.header ?? "",
            field,
            `Ô “${b?.header ?? field}” không hợp lệ: ${issue.message}.`,
            b ? describeAllowed(b.spec) : undefined,
          ),
        );
      }
    }
  }

  // Cross-row and cross-field checks.
  const id = values.id;
  if (typeof id === "string") {
    const skeleton = idSkeleton(id);
    const first = state.seenIds.firstOf(ownCopy(skeleton), row, id);
    const idBinding = state.bindings.find((b) => b.spec.field === "id");
    const idName = state.kind === "cases" ? "Mã số" : "Mã buổi";
    if (first !== undefined) {
      const what = isConfidential()
        ? `${idName} đã dùng ở dòng ${first.row}${first.id === id ? "" : " (viết gần giống)"}; dòng này bị loại (dòng ${first.row} được giữ; ${HIDDEN_NOTE}).`
        : first.id === id
          ? `${idName} “${id}” đã dùng ở dòng ${first.row}; dòng này bị loại (dòng ${first.row} được giữ).`
          : `${idName} “${id}” trông giống mã “${first.id}” ở dòng ${first.row} (chỉ khác chữ hoa/thường, dấu cách, ký tự vô hình hoặc chữ Kirin, Hy Lạp giống chữ Latinh): coi là cùng một mã, dòng này bị loại (dòng ${first.row} được giữ).`;
      problems.push(
        makeProblem(
          "ID_DUPLICATE",
          row,
          idBinding?.header ?? "",
          "id",
          what,
          "mỗi dòng một mã riêng",
          isConfidential() ? undefined : id,
        ),
      );
      hasError = true;
      record = undefined;
    }
  }
  if (state.kind === "cases") {
    const received = values.receivedOn;
    if (typeof received === "string") {
      for (const [field, name] of DATES_AFTER_RECEIPT) {
        const date = values[field];
        if (typeof date === "string" && date < received) {
          const b = state.bindings.find((x) => x.spec.field === field);
          const shown = cellToText(b ? cells[b.index] : undefined).trim();
          problems.push(
            isConfidential()
              ? makeProblem(
                  "DATE_BEFORE_RECEIVED",
                  row,
                  b?.header ?? name,
                  field,
                  `${name} trước ngày tiếp nhận (${HIDDEN_NOTE}).`,
                  "một ngày từ ngày tiếp nhận trở đi",
                )
              : makeProblem(
                  "DATE_BEFORE_RECEIVED",
                  row,
                  b?.header ?? name,
                  field,
                  `${name} ${toDmy(date)}${shown === toDmy(date) ? "" : ` (ô ghi “${shown}”)`} trước ngày tiếp nhận ${toDmy(received)}.`,
                  `một ngày từ ${toDmy(received)} trở đi`,
                  shown,
                ),
          );
          hasError = true;
          record = undefined;
        }
      }
      // A result dated before the acceptance: the settlement's period, counted from the acceptance, cannot be judged
      // (core says "không đủ dữ liệu"); said here, where the clerk can mend it (review s23r R23-8). Accepted: the dates
      // may both be real (a result of the first step recorded against a later acceptance).
      const accepted = values.acceptedOn;
      const result = values.resultOn;
      if (typeof accepted === "string" && typeof result === "string" && result < accepted && result >= received) {
        const b = state.bindings.find((x) => x.spec.field === "resultOn");
        problems.push(
          makeProblem(
            "DATE_BEFORE_ACCEPTED",
            row,
            b?.header ?? "Ngày có kết quả",
            "resultOn",
            isConfidential()
              ? `Ngày có kết quả trước ngày thụ lý (${HIDDEN_NOTE}): thời hạn giải quyết, tính từ ngày thụ lý, không tính được.`
              : `Ngày có kết quả ${toDmy(result)} trước ngày thụ lý ${toDmy(accepted)}: thời hạn giải quyết, tính từ ngày thụ lý, không tính được.`,
            "ngày có kết quả từ ngày thụ lý trở đi; kiểm tra lại hai ô",
          ),
        );
      }
    }
    const codeYear =
      typeof id === "string" && typeof received === "string" ? receivedYearMismatch(id, received) : undefined;
    if (codeYear !== undefined) {
      const seen = state.yearMismatch;
      if (seen.shown < YEAR_MISMATCH_SHOWN) {
        seen.shown += 1;
        const b = state.dateBinding;
        const date = received as string;
        problems.push(
          isConfidential()
            ? makeProblem(
                "RECEIVED_YEAR_MISMATCH",
                row,
                b?.header ?? "Ngày tiếp nhận",
                "receivedOn",
                `Năm của ngày tiếp nhận khác năm ghi trong Mã số: có thể gõ nhầm năm; vụ việc được tính theo ngày tiếp nhận (${HIDDEN_NOTE}).`,
                "ngày tiếp nhận trong năm ghi ở Mã số",
              )
            : makeProblem(
                "RECEIVED_YEAR_MISMATCH",
                row,
                b?.header ?? "Ngày tiếp nhận",
                "receivedOn",
                `Mã số “${id}” ghi năm ${codeYear} nhưng ngày tiếp nhận ${toDmy(date)} thuộc năm ${date.slice(0, 4)}: có thể gõ nhầm năm; vụ việc được tính theo ngày tiếp nhận.`,
                `một ngày của năm ${codeYear}`,
                toDmy(date),
              ),
        );
      } else {
        seen.more += 1;
        seen.firstMore ??= row;
      }
    }
    const kinds = values.kinds;
    const contentBinding = state.bindings.find((x) => x.spec.field === "content");
    const noContent = !contentBinding || isBlankCell(cells[contentBinding.index]);
    // A denunciation filed under another kind ("Phản ánh: Tố cáo chủ tịch xã nhận hối lộ"): its sender is withheld
    // from the documents as a denouncer's until the clerk says what it is (review s15c F4).
    if (Array.isArray(kinds) && !kinds.includes("denunciation") && mentionsDenunciation(values.content)) {
      const b = state.bindings.find((x) => x.spec.field === "kinds");
      problems.push(
        makeProblem(
          "DENUNCIATION_UNDECLARED",
          row,
          b?.header ?? "Loại",
          "kinds",
          "Nội dung nói đến tố cáo nhưng cột “Loại” không ghi Tố cáo: nếu là đơn tố cáo, thêm “Tố cáo” vào cột “Loại” để vụ việc được tính là tố cáo. Trong khi chờ sửa, họ tên, địa chỉ người gửi và nội dung của dòng này được giữ bí mật trong văn bản như của người tố cáo.",
          "Loại có “Tố cáo” khi đơn tố cáo",
        ),
      );
    }
    if (Array.isArray(kinds) && kinds.includes("denunciation") && noContent) {
      const b = contentBinding;
      problems.push(
        makeProblem(
          "DENUNCIATION_NO_CONTENT",
          row,
          b?.header ?? "",
          "content",
          b ? `Vụ việc tố cáo nhưng ô “${b.header}” bỏ trống.` : "Vụ việc tố cáo nhưng sổ không có cột “Nội dung”.",
          "tóm tắt nội dung tố cáo",
        ),
      );
    }
    const senderBinding = state.senderBinding;
    // A denunciation without its sender and not marked anonymous: the person named in its content is then looked for
    // nowhere else (review s15c F7).
    if (
      Array.isArray(kinds) &&
      kinds.includes("denunciation") &&
      senderBinding &&
      isBlankCell(cells[senderBinding.index]) &&
      values.anonymous !== true
    ) {
      problems.push(
        makeProblem(
          "DENUNCIATION_NO_SENDER",
          row,
          senderBinding.header,
          "senderName",
          `Vụ việc tố cáo nhưng ô “${senderBinding.header}” bỏ trống và không ghi là nặc danh: ghi họ tên người tố cáo (để được giữ bí mật ở mọi văn bản), hoặc ghi Có ở cột “Nặc danh” nếu đơn không ghi tên.`,
          "họ tên người tố cáo, hoặc Nặc danh: Có",
        ),
      );
    }
    // A register with no sender column at all: its denunciations with a content, where a name may be written, are
    // counted and said once, at the end (review s19c C3: a denouncer's name written elsewhere cannot be recognised).
    if (
      Array.isArray(kinds) &&
      kinds.includes("denunciation") &&
      !senderBinding &&
      values.anonymous !== true &&
      typeof values.content === "string"
    ) {
      state.noSenderColumn.count += 1;
      state.noSenderColumn.first ??= row;
    }
    const sessionId = values.sessionId;
    const known = state.options.sessionIds;
    if (known && typeof sessionId === "string" && !known.has(sessionId)) {
      const b = state.bindings.find((x) => x.spec.field === "sessionId");
      problems.push(
        makeProblem(
          "SESSION_UNKNOWN",
          row,
          b?.header ?? "",
          "sessionId",
          isConfidential()
            ? `Buổi tiếp ghi ở dòng này không có trong sổ buổi tiếp dân (${HIDDEN_NOTE}).`
            : `Buổi tiếp “${sessionId}” không có trong sổ buổi tiếp dân.`,
          "một Mã buổi có trong sổ buổi tiếp dân",
          isConfidential() ? undefined : sessionId,
        ),
      );
    }
  }

  // A date cell a month-first format may have swapped (review s19x F8): said for the first rows, then counted.
  for (const b of state.bindings) {
    if (b.spec.type !== "date") continue;
    const cell = cells[b.index];
    // A column of date cells whose days could be months beside texts written day first past the 12th: the mark of an
    // Excel reading dates month first, whatever the cells' format (review s19x F8).
    if (isDayFirstText(cell) || cell instanceof Date) {
      const mix = state.dateMix.get(b.index) ?? {};
      // The evidence is taken from a row that is not a denunciation's when there is one (review s21 K8).
      if (typeof cell === "string") {
        if (!mix.text || (mix.text.hidden && !isConfidential()))
          mix.text = { row, text: cell.trim(), hidden: isConfidential() };
      } else if (couldBeSwapped(cell)) {
        if (!mix.date || (mix.date.hidden && !isConfidential()))
          mix.date = { row, read: cellToText(cell), hidden: isConfidential() };
      }
      // A date cell past the 12th: this Excel reads day first (review s19c C11: a Vietnamese workbook with one text).
      else if (cell.getUTCDate() > 12) mix.dayFirst = true;
      if (cell instanceof Date && !mix.dayFirst) {
        mix.order ??= { cells: 0, marked: false, down: 0, swappedDown: 0, last: new Map(), days: 0, months: 0 };
        // A register sorted by unit starts again at each unit (review s20 S7): the order is each unit's.
        const unit = state.bindings.find((x) => x.spec.field === "unit");
        followOrder(
          mix.order,
          cell,
          unit === undefined
            ? ""
            : String(cells[unit.index] ?? "")
                .trim()
                .toLowerCase(),
        );
      }
      state.dateMix.set(b.index, mix);
    }
    if (!isSwappableDate(cell)) continue;
    const seen = state.monthFirst;
    if (seen.shown >= YEAR_MISMATCH_SHOWN) {
      seen.more += 1;
      seen.firstMore ??= row;
      continue;
    }
    seen.shown += 1;
    const read = cellToText(cell);
    const swapped = `${read.slice(3, 5)}/${read.slice(0, 2)}/${read.slice(6)}`;
    problems.push(
      makeProblem(
        "DATE_MONTH_FIRST",
        row,
        b.header,
        b.spec.field,
        `Ô ngày của Excel định dạng tháng trước ngày (kiểu Mỹ, m/d/yyyy): được đọc là ngày ${read}. Nếu đã gõ “${swapped.replace(/^0/, "").replace("/0", "/")}” theo ngày/tháng thì Excel đã hiểu nhầm thành ngày ${read}: định dạng lại cột thành ngày/tháng/năm (dd/mm/yyyy) rồi gõ lại các ngày này.`,
        "ngày gõ theo ngày/tháng/năm trong ô định dạng dd/mm/yyyy",
        read,
      ),
    );
  }
  const event: Extract<TableEvent, { type: "data" }> = { type: "data", row, cells, problems };
  if (!hasError && record) event.record = record;
  if (canonical) event.canonical = canonical;
  return finish(event);
}

/**
 * A copy of a text that holds no reference to the text it was cut from. The CSV tokenizer's cells are slices of a
 * whole chunk of the file; the set of seen ids lives as long as the reading, and would otherwise keep every chunk
 * (the whole file) in memory. Concatenating flattens into a new string; short slices are copies already.
 */
/**
 * The first row, and id as written, of each id skeleton. A new skeleton costs one `Set.add` where a `Map` costs a
 * lookup and an insert (that was a tenth of intake); the map from skeleton to first row is built from the set's
 * insertion order the first time an id repeats, and used from then on.
 */
class FirstRows {
  #seen: Set<string> | undefined = new Set();
  #index: Map<string, number> | undefined;
  readonly #rows: number[] = [];
  readonly #ids: string[] = [];

  /** The first row and id of `skeleton`; `undefined` when it is new, and this row is then its first. */
  firstOf(skeleton: string, row: number, id: string): { row: number; id: string } | undefined {
    const seen = this.#seen;
    if (seen !== undefined) {
      const size = seen.size;
      seen.add(skeleton);
      if (seen.size > size) return this.#record(row, id);
      const index = new Map<string, number>();
      for (const key of seen) index.set(key, index.size);
      this.#index = index;
      this.#seen = undefined;
    }
    const index = this.#index as Map<string, number>;
    const at = index.get(skeleton);
    if (at !== undefined) return { row: this.#rows[at] as number, id: this.#ids[at] as string };
    index.set(skeleton, this.#rows.length);
    return this.#record(row, id);
  }

  #record(row: number, id: string): undefined {
    this.#rows.push(row);
    this.#ids.push(ownCopy(id));
    return undefined;
  }
}

function ownCopy(text: string): string {
  return text.length > 12 ? ` ${text}`.slice(1) : text;
}

function checkUnnamed(state: RowState, row: number, index: number, cell: unknown, problems: DetailedProblem[]): void {
  if (state.warnedUnnamed.has(index) || isBlankCell(cell)) return;
  state.warnedUnnamed.add(index);
  problems.push(
    makeProblem(
      "COLUMN_UNNAMED",
      row,
      "",
      "",
      `Cột thứ ${index + 1} không có tiêu đề nhưng có dữ liệu (từ dòng này): dữ liệu ở cột đó không được dùng.`,
      "đặt tiêu đề cho cột, hoặc xóa dữ liệu thừa",
    ),
  );
}

/**
 * A date column's cells in the order of the rows, each unit's apart, as read and with day and month swapped; the days
 * and months they fall on (see {@link swapEvidence}).
 */
interface DateOrder {
  /** Date cells so far (each with a day of 12 or less). */
  cells: number;
  /** Whether one was formatted month first (those are named cell by cell: `DATE_MONTH_FIRST`). */
  marked: boolean;
  /** Times a date comes before the date of the unit's row above, as read; and with each day and month swapped. */
  down: number;
  swappedDown: number;
  /** By unit as written, its last date cell, as `yyyymmdd` read and swapped. */
  last: Map<string, { read: number; swapped: number }>;
  /** The days of the month and the months read (bits 1–31, 1–12). */
  days: number;
  months: number;
}

/** Adds a date cell (its day 12 or less) of a unit's row to its column's order. */
function followOrder(order: DateOrder, cell: Date, unit: string): void {
  const y = cell.getUTCFullYear() * 10_000;
  const read = y + (cell.getUTCMonth() + 1) * 100 + cell.getUTCDate();
  const swapped = y + cell.getUTCDate() * 100 + cell.getUTCMonth() + 1;
  order.cells += 1;
  order.days |= 1 << cell.getUTCDate();
  order.months |= 1 << (cell.getUTCMonth() + 1);
  if (isSwappableDate(cell)) order.marked = true;
  const last = order.last.get(unit);
  if (last) {
    if (read < last.read) order.down += 1;
    if (swapped < last.swapped) order.swappedDown += 1;
  }
  order.last.set(unit, { read, swapped });
}

/** The number of bits set. */
function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v !== 0; v &= v - 1) count += 1;
  return count;
}

/**
 * Why a date column's Excel short dates look swapped by a computer set up for the United States (review s19c C10), in
 * words for the clerk, or undefined. Excel's built-in short date follows the computer's order, so no cell tells, and a
 * day typed first and read as the month leaves every day at 12 or less. Two patterns tell more:
 * - a register is written in the order of the days: dates that go back in time as read within a unit (at least
 *   {@link SWAPPED_MIN_CELLS} cells) and never with day and month swapped were typed day first (a register sorted by
 *   unit starts again at each unit: review s20 S7);
 * - the cases of a month typed day first all fall on one day of several months once read (the 3rd of February, May,
 *   September …: the month they were received in), which no cases register holds (a sessions register on a fixed day
 *   may).
 */
function swapEvidence(order: DateOrder, kind: RegisterKind): string | undefined {
  if (order.marked) return undefined;
  if (order.cells >= SWAPPED_MIN_CELLS && order.down > 0 && order.swappedDown === 0)
    return "không theo thứ tự thời gian, đổi chỗ ngày và tháng thì đúng thứ tự";
  const day = Math.log2(order.days);
  if (kind === "cases" && order.cells >= SWAPPED_MIN_CELLS + 1 && Number.isInteger(day) && bitCount(order.months) >= 3)
    return `vụ việc nào cũng nhận ngày ${day} của một tháng, rải trên ${bitCount(order.months)} tháng`;
  return undefined;
}

const SWAPPED_MIN_CELLS = 4;
