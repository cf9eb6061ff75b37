import { z } from "zod";
import { addCalendarDays, getWeekday, type IsoDate, isIsoDate } from "../date/plainDate.js";
import { formatVietnameseDate } from "../format/formatVietnameseDate.js";
import type { Citation } from "../schemas/ruleSet.js";
import { WEEKDAY_NAMES } from "./_weekdays.js";
import { CALENDAR_YEARS } from "./_years.js";
import { type DayOff, type DaysOffTable, getDaysOffYear, type WorkedRestDay } from "./holidays.js";
import { fromLunar } from "./lunar.js";

// A days-off file (`ngay-nghi.json` or `ngay-nghi.csv`): how a province adds, as data and without a new release, a
// yearly notice the tool does not bundle yet (e.g. the 2027 Tết notice) or a day off of its own. One row a day.

/** What a row of a days-off file says about its day. */
export type DaysOffEntryKind = "holiday" | "compensatory" | "swapped" | "worked" | "local";

const DATE_PATTERN = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})$/;

/** One day of a days-off file. */
export const DaysOffEntrySchema = z
  .object({
    /** The day, `YYYY-MM-DD` or `dd/mm/yyyy`. */
    date: z.string().regex(DATE_PATTERN).describe("Ngày: YYYY-MM-DD hoặc dd/mm/yyyy."),
    /** Its name as the notice gives it, e.g. "Tết Nguyên đán". */
    name: z.string().min(1).describe("Tên ngày nghỉ, ví dụ “Tết Nguyên đán”."),
    /**
     * `holiday` (nghỉ lễ, Tết), `compensatory` (nghỉ bù), `swapped` (nghỉ hoán đổi), `worked` (làm bù: a weekly
     * rest day worked), `local` (nghỉ địa phương: a day off of the province or unit, added to the national ones).
     * The Vietnamese words are accepted too.
     */
    kind: z
      .string()
      .min(1)
      .describe(
        "Loại: holiday/“Nghỉ lễ, Tết”, compensatory/“Nghỉ bù”, swapped/“Nghỉ hoán đổi”, worked/“Làm bù”, local/“Nghỉ địa phương”.",
      ),
    /** The notice or decision it comes from, e.g. "Thông báo 1234/TB-BNV ngày 10/10/2026 của Bộ Nội vụ". */
    document: z.string().optional().describe("Văn bản quy định ngày nghỉ (thông báo, quyết định)."),
  })
  .strict();

/** The JSON form of a days-off file. */
export const DaysOffFileSchema = z
  .object({
    /** Optional link to this schema, for editors. */
    $schema: z.string().optional(),
    /** Free note, ignored. */
    note: z.string().optional(),
    /** The days, in any order. */
    days: z.array(DaysOffEntrySchema),
  })
  .strict()
  .meta({
    title: "DaysOffFile",
    description:
      "Tệp ngày nghỉ (ngay-nghi.json): thông báo nghỉ lễ, Tết của năm chưa có trong công cụ, hoặc ngày nghỉ riêng của địa phương.",
  });

/** Stable codes of the problems of a days-off file. */
export type DaysOffProblemCode =
  | "DAYS_OFF_EMPTY"
  | "DAYS_OFF_JSON_SYNTAX"
  | "DAYS_OFF_SHAPE"
  | "DAYS_OFF_HEADER"
  | "DAYS_OFF_CELL_COUNT"
  | "DAYS_OFF_DATE_INVALID"
  | "DAYS_OFF_NAME_MISSING"
  | "DAYS_OFF_KIND_UNKNOWN"
  | "DAYS_OFF_DUPLICATE_DATE"
  | "DAYS_OFF_WORKED_WEEKDAY"
  | "DAYS_OFF_ON_WEEKEND";

/** A problem of a days-off file: where (row and column as a person sees them) and what, in Vietnamese. */
export interface DaysOffProblem {
  /** Stable code. */
  code: DaysOffProblemCode;
  /** CSV: the line number (the header is 1); JSON: the day's number in `days` (1 = the first); 0 for the whole file. */
  row: number;
  /** The column (CSV header text or JSON key); empty for the whole file. */
  column: string;
  /** Vietnamese message. */
  message: string;
}

/**
 * A problem of a days-off file as a clerk reads it: where, then what ("dòng 3, cột “Loại”: …"; "mục 2" for a JSON
 * file's day; the message alone for the whole file).
 *
 * @param problem - a problem or warning of {@link parseDaysOffFile}
 * @param fileName - the file's name (a `.json` one counts days, not lines)
 * @returns the Vietnamese line, without the code
 * @example
 * describeDaysOffProblem({ code: "DAYS_OFF_KIND_UNKNOWN", row: 3, column: "Loại", message: "Loại “x” không hiểu được." }, "ngay-nghi.csv")
 * //=> "dòng 3, cột “Loại”: Loại “x” không hiểu được."
 */
export function describeDaysOffProblem(problem: DaysOffProblem, fileName: string): string {
  if (problem.row <= 0) return problem.message;
  const where = `${/\.json$/i.test(fileName) ? "mục" : "dòng"} ${problem.row}`;
  return `${where}${problem.column ? `, cột “${problem.column}”` : ""}: ${problem.message}`;
}

/** The days of a days-off file, ready for `createWorkingDayCalendar` or `getDaysOffYear`. */
export interface DaysOffData {
  /**
   * One table a year for the years the file gives national days for: the bundled notice, or the Labour Code's days,
   * with the file's days added (see {@link parseDaysOffFile}); it replaces them for that year.
   */
  tables: DaysOffTable[];
  /** Local days off, added to every year's days. */
  localDaysOff: DayOff[];
}

/** Result of {@link parseDaysOffFile}: the days, or every problem found (nothing is taken from a faulty file). */
export type ParseDaysOffFileResult =
  | {
      ok: true;
      data: DaysOffData;
      rows: number;
      years: number[];
      /**
       * Days that change nothing as written (`DAYS_OFF_WORKED_WEEKDAY`: a "Làm bù" on a working day;
       * `DAYS_OFF_ON_WEEKEND`: a day off on a Saturday or Sunday): the file is used, the clerk is told (review s19x
       * F13).
       */
      warnings: DaysOffProblem[];
    }
  | { ok: false; problems: DaysOffProblem[] };

/** Options of {@link parseDaysOffFile}. */
export interface ParseDaysOffFileOptions {
  /** `json` or `csv`; guessed from the first character otherwise (`{` → JSON). */
  format?: "json" | "csv";
  /** Name of the file, quoted in the citations it produces. */
  fileName?: string;
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const KIND_WORDS: Record<string, DaysOffEntryKind> = {
  holiday: "holiday",
  "nghi le": "holiday",
  "nghi le tet": "holiday",
  "nghi tet": "holiday",
  "le tet": "holiday",
  compensatory: "compensatory",
  "nghi bu": "compensatory",
  swapped: "swapped",
  "nghi hoan doi": "swapped",
  worked: "worked",
  "lam bu": "worked",
  local: "local",
  "nghi dia phuong": "local",
};
const KIND_HELP = "Nghỉ lễ, Tết / Nghỉ bù / Nghỉ hoán đổi / Làm bù / Nghỉ địa phương";

const HEADER_WORDS: Record<string, keyof RawRow> = {
  ngay: "date",
  date: "date",
  ten: "name",
  "ten ngay nghi": "name",
  name: "name",
  loai: "kind",
  kind: "kind",
  "van ban": "document",
  document: "document",
};
const COLUMN_LABELS: Record<keyof RawRow, string> = {
  date: "Ngày",
  name: "Tên",
  kind: "Loại",
  document: "Văn bản",
};

interface RawRow {
  date: string;
  name: string;
  kind: string;
  document: string;
}

/** Splits CSV text into records of cells (RFC 4180 quotes), with the line each record starts on. */
function splitCsv(text: string, delimiter: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      records.push({ line: start, cells });
      cells = [];
      cell = "";
      line++;
      start = line;
    } else cell += ch;
  }
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    records.push({ line: start, cells });
  }
  return records.filter((r) => r.cells.some((c) => c.trim() !== ""));
}

function toIso(value: string): IsoDate | undefined {
  const v = value.trim();
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  const iso = dmy ? `${dmy[3]}-${(dmy[2] as string).padStart(2, "0")}-${(dmy[1] as string).padStart(2, "0")}` : v;
  return isIsoDate(iso) ? iso : undefined;
}

function readJson(text: string): { rows: { row: number; raw: RawRow }[]; problems: DaysOffProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof SyntaxError ? /position (\d+)/.exec(e.message) : null;
    const where = detail
      ? (() => {
          const before = text.slice(0, Number(detail[1]));
          const line = before.split("\n").length;
          const column = before.length - before.lastIndexOf("\n");
          return ` (dòng ${line}, cột ${column})`;
        })()
      : "";
    return {
      rows: [],
      problems: [
        {
          code: "DAYS_OFF_JSON_SYNTAX",
          row: 0,
          column: "",
          message: `Tệp ngày nghỉ không phải JSON hợp lệ${where}: kiểm tra dấu phẩy, ngoặc và dấu ngoặc kép.`,
        },
      ],
    };
  }
  // A day's keys in Vietnamese ("ngay", "ten", "loai", "van ban", as the CSV's columns are) read as the schema's.
  if (value !== null && typeof value === "object" && Array.isArray((value as { days?: unknown }).days)) {
    const days = (value as { days: unknown[] }).days.map((d) =>
      d !== null && typeof d === "object" && !Array.isArray(d)
        ? Object.fromEntries(Object.entries(d).map(([k, v]) => [HEADER_WORDS[fold(k)] ?? k, v]))
        : d,
    );
    value = { ...(value as object), days };
  }
  const parsed = DaysOffFileSchema.safeParse(value);
  if (!parsed.success) {
    // Shape problems other than a day's own cells (those are checked below with Vietnamese messages).
    const outer = parsed.error.issues.filter(
      (i) => !(i.path[0] === "days" && typeof i.path[1] === "number" && i.path.length === 3),
    );
    if (outer.length > 0) {
      return {
        rows: [],
        problems: outer.map((i) => ({
          code: "DAYS_OFF_SHAPE" as const,
          row: typeof i.path[1] === "number" ? i.path[1] + 1 : 0,
          column: i.path.map(String).join("."),
          message:
            i.code === "unrecognized_keys"
              ? `Tệp ngày nghỉ có khóa không dùng được: ${i.keys.join(", ")}; chỉ dùng “days” (mỗi ngày gồm date, name, kind, document).`
              : 'Tệp ngày nghỉ phải có dạng { "days": [ { "date": "2027-02-05", "name": "Tết Nguyên đán", "kind": "Nghỉ lễ, Tết" } ] }.',
        })),
      };
    }
  }
  const days = (value as { days: Record<string, unknown>[] }).days;
  return {
    rows: days.map((d, i) => ({
      row: i + 1,
      raw: {
        date: typeof d.date === "string" ? d.date : d.date === undefined || d.date === null ? "" : String(d.date),
        name: typeof d.name === "string" ? d.name : "",
        kind: typeof d.kind === "string" ? d.kind : "",
        document: typeof d.document === "string" ? d.document : "",
      },
    })),
    problems: [],
  };
}

function readCsv(text: string): {
  rows: { row: number; raw: RawRow }[];
  problems: DaysOffProblem[];
  labels: Record<keyof RawRow, string>;
} {
  const labels = { ...COLUMN_LABELS };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = [";", "\t", ","].find((d) => firstLine.includes(d)) ?? ",";
  const [header, ...records] = splitCsv(text, delimiter);
  const fields = (header?.cells ?? []).map((h) => HEADER_WORDS[fold(h)]);
  (header?.cells ?? []).forEach((h, i) => {
    const f = fields[i];
    if (f) labels[f] = h.trim();
  });
  const missing = (["date", "name", "kind"] as const).filter((f) => !fields.includes(f));
  if (missing.length > 0) {
    return {
      rows: [],
      labels,
      problems: [
        {
          code: "DAYS_OFF_HEADER",
          row: 1,
          column: "",
          message: `Dòng tiêu đề của tệp ngày nghỉ thiếu cột ${missing.map((f) => `“${COLUMN_LABELS[f]}”`).join(", ")}; cần các cột Ngày, Tên, Loại (và Văn bản nếu có).`,
        },
      ],
    };
  }
  const problems: DaysOffProblem[] = [];
  const rows: { row: number; raw: RawRow }[] = [];
  for (const r of records) {
    if (r.cells.length !== fields.length) {
      problems.push({
        code: "DAYS_OFF_CELL_COUNT",
        row: r.line,
        column: "",
        message: `Dòng ${r.line} có ${r.cells.length} ô nhưng dòng tiêu đề có ${fields.length} cột; kiểm tra dấu phân cách “${delimiter === "\t" ? "tab" : delimiter}” trong tên ngày nghỉ (đặt tên trong ngoặc kép).`,
      });
      continue;
    }
    const raw: RawRow = { date: "", name: "", kind: "", document: "" };
    r.cells.forEach((c, i) => {
      const f = fields[i];
      if (f) raw[f] = c;
    });
    rows.push({ row: r.line, raw });
  }
  return { rows, problems, labels };
}

/**
 * Days off around mùng 1 from which a file is a notice of Tết (Tết Âm lịch is 05 days, Bộ luật Lao động 2019 Điều 112
 * k1; a notice written as its weekdays off may list three of them, the rest as compensatory days or a weekend).
 */
const TET_NOTICE_DAYS = 3;

/**
 * A year's days off with a file's days added: those of the bundled notice or, for a year without one, those the
 * Labour Code gives (review s19x F4: a file of one row replaced the whole year, and a reception was scheduled on
 * Quốc khánh). The file wins on a date it names, a day it says is worked (làm bù) is no day off, and for a year
 * without a notice the file's Tết (three days off or more in the weeks around mùng 1) and Quốc khánh's adjacent day replace
 * the tool's own choice of them.
 */
function mergedYear(year: number, file: DaysOffTable): DaysOffTable {
  const base = getDaysOffYear(year);
  const named = new Set([...file.daysOff, ...file.workedRestDays].map((d) => d.date));
  let daysOff = base.daysOff.filter((d) => !named.has(d.date));
  if (base.basis === "statute") {
    const tet = fromLunar({ day: 1, month: 1, year, leap: false });
    const near = (d: IsoDate) => d >= addCalendarDays(tet, -15) && d <= addCalendarDays(tet, 15);
    // A notice of Tết, however its rows are kinded (its weekdays off as "Nghỉ lễ, Tết" and "Nghỉ bù", review s19c
    // C9): three days off or more around mùng 1 replace the tool's own Tết days and their compensatory days.
    if (file.daysOff.filter((d) => d.kind !== "local" && near(d.date)).length >= TET_NOTICE_DAYS) {
      daysOff = daysOff.filter((d) => !(near(d.date) && d.name.includes("Tết Nguyên đán")));
    }
    const adjacent = [`${year}-09-01`, `${year}-09-03`];
    if (file.daysOff.some((d) => adjacent.includes(d.date))) {
      daysOff = daysOff.filter((d) => !(adjacent.includes(d.date) && d.name.includes("Quốc khánh")));
    }
  }
  const offNamed = new Set(file.daysOff.map((d) => d.date));
  return {
    year,
    sources: [...base.sources, ...file.sources],
    daysOff: [...daysOff, ...file.daysOff].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    workedRestDays: [...base.workedRestDays.filter((d) => !offNamed.has(d.date)), ...file.workedRestDays].sort(
      (a, b) => (a.date < b.date ? -1 : 1),
    ),
  };
}

/**
 * Reads a days-off file — JSON (`{ "days": [ { "date", "name", "kind", "document" } ] }`, see
 * {@link DaysOffFileSchema}) or CSV with the columns `Ngày`, `Tên`, `Loại`, `Văn bản` (`,` `;` or tab separated,
 * dates `YYYY-MM-DD` or `dd/mm/yyyy`). Rows of kind `holiday`, `compensatory`, `swapped` and `worked` (làm bù)
 * are added to their year's days off — the bundled notice, or the Labour Code's days for a year without one — the
 * file winning on a date it names; for a year without a notice, a file giving Tết (three days off or more around mùng 1), or the
 * day next to Quốc khánh, replaces the tool's choice of them. Rows of kind `local` (nghỉ địa phương) are added to whatever the
 * year has. A faulty file gives every
 * problem with its row and column, and no days at all.
 *
 * @param text - the file's text (UTF-8 decoded; a BOM is ignored)
 * @param options - format and file name
 * @returns the days, ready for `createWorkingDayCalendar({ ...data })`, or the problems
 * @example
 * const r = parseDaysOffFile("Ngày;Tên;Loại\n24/11/2026;Ngày Văn hóa Việt Nam;Nghỉ địa phương\n");
 * r.ok && r.data.localDaysOff[0] //=> { date: "2026-11-24", name: "Ngày Văn hóa Việt Nam", kind: "local" }
 */
export function parseDaysOffFile(text: string, options: ParseDaysOffFileOptions = {}): ParseDaysOffFileResult {
  if (typeof text !== "string") throw new TypeError("parseDaysOffFile: text must be a string");
  const body = text.replace(/^\uFEFF/, "").normalize("NFC");
  if (body.trim() === "") {
    return {
      ok: false,
      problems: [{ code: "DAYS_OFF_EMPTY", row: 0, column: "", message: "Tệp ngày nghỉ trống." }],
    };
  }
  const format = options.format ?? (body.trimStart().startsWith("{") ? "json" : "csv");
  const read = format === "json" ? { ...readJson(body), labels: COLUMN_LABELS } : readCsv(body);
  const problems = [...read.problems];
  const col = (f: keyof RawRow) => (format === "json" ? f : read.labels[f]);
  const seen = new Map<IsoDate, number>();
  const entries: { date: IsoDate; name: string; kind: DaysOffEntryKind; document: string }[] = [];
  for (const { row, raw } of read.rows) {
    const typed = toIso(raw.date);
    // The calendar knows the years 1900–2199: a year typed wrong (2207 for 2027) is this row's problem, not an
    // exception (review s21 C6).
    const year = typed === undefined ? undefined : Number(typed.slice(0, 4));
    const date = year !== undefined && (year < CALENDAR_YEARS.first || year > CALENDAR_YEARS.last) ? undefined : typed;
    const name = raw.name.trim();
    const kind = KIND_WORDS[fold(raw.kind)];
    if (typed !== undefined && date === undefined) {
      problems.push({
        code: "DAYS_OFF_DATE_INVALID",
        row,
        column: col("date"),
        message: `Ngày “${raw.date.trim()}” có năm ${year} ngoài các năm ${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last} mà lịch tính được: năm gõ nhầm?`,
      });
    } else if (date === undefined) {
      problems.push({
        code: "DAYS_OFF_DATE_INVALID",
        row,
        column: col("date"),
        message: `Ngày “${raw.date.trim()}” không đúng: viết dd/mm/yyyy (ví dụ 05/02/2027) hoặc yyyy-mm-dd, và phải có thật trên lịch.`,
      });
    }
    if (name === "") {
      problems.push({
        code: "DAYS_OFF_NAME_MISSING",
        row,
        column: col("name"),
        message: "Thiếu tên ngày nghỉ (ví dụ “Tết Nguyên đán”).",
      });
    }
    if (kind === undefined) {
      problems.push({
        code: "DAYS_OFF_KIND_UNKNOWN",
        row,
        column: col("kind"),
        message: `Loại “${raw.kind.trim()}” không hiểu được; chọn một trong: ${KIND_HELP}.`,
      });
    }
    if (date !== undefined) {
      const first = seen.get(date);
      if (first !== undefined) {
        problems.push({
          code: "DAYS_OFF_DUPLICATE_DATE",
          row,
          column: col("date"),
          message: `Ngày ${raw.date.trim()} đã có ở ${format === "json" ? "mục" : "dòng"} ${first}; mỗi ngày chỉ ghi một lần.`,
        });
      } else seen.set(date, row);
    }
    if (date !== undefined && name !== "" && kind !== undefined) {
      entries.push({ date, name, kind, document: raw.document.trim() });
    }
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.row - b.row) };

  const source = options.fileName ? `tệp ngày nghỉ “${options.fileName}”` : "tệp ngày nghỉ của đơn vị";
  const citationOf = (document: string, days: { date: IsoDate }[]): Citation => {
    const first = days.map((d) => d.date).sort()[0] as IsoDate;
    return {
      document: document || `Ngày nghỉ theo ${source}`,
      clause: "toàn văn",
      issuedOn: first,
      effectiveFrom: first,
      verified: false,
      note: `Theo ${source}; ngày ban hành không ghi trong tệp, lấy ngày nghỉ đầu tiên.`,
    };
  };
  const byYear = new Map<number, typeof entries>();
  for (const e of entries.filter((x) => x.kind !== "local")) {
    const y = Number(e.date.slice(0, 4));
    byYear.set(y, [...(byYear.get(y) ?? []), e]);
  }
  const tables: DaysOffTable[] = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => {
      const sorted = [...list].sort((a, b) => (a.date < b.date ? -1 : 1));
      const documents = [...new Set(sorted.map((e) => e.document))];
      return mergedYear(year, {
        year,
        sources: documents.map((d) =>
          citationOf(
            d,
            sorted.filter((e) => e.document === d),
          ),
        ),
        daysOff: sorted
          .filter((e) => e.kind !== "worked")
          .map((e): DayOff => ({ date: e.date, name: e.name, kind: e.kind as DayOff["kind"] })),
        workedRestDays: sorted
          .filter((e) => e.kind === "worked")
          .map((e): WorkedRestDay => ({ date: e.date, name: e.name })),
      });
    });
  const localDaysOff = entries
    .filter((e) => e.kind === "local")
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((e): DayOff => ({ date: e.date, name: e.name, kind: "local" }));
  const years = [...new Set(entries.map((e) => Number(e.date.slice(0, 4))))].sort((a, b) => a - b);
  const warnings: DaysOffProblem[] = [];
  for (const e of entries) {
    const weekday = getWeekday(e.date);
    const weekend = weekday === 0 || weekday === 6;
    const day = formatVietnameseDate(e.date, { style: "numeric" });
    if (e.kind === "worked" && !weekend) {
      warnings.push({
        code: "DAYS_OFF_WORKED_WEEKDAY",
        row: seen.get(e.date) ?? 0,
        column: col("kind"),
        message: `Ngày ${day} là ngày làm việc (${WEEKDAY_NAMES[weekday]}) mà ghi “Làm bù”: làm bù là đi làm vào thứ Bảy, Chủ nhật; kiểm tra lại ngày hoặc loại.`,
      });
    } else if (e.kind !== "worked" && e.kind !== "holiday" && weekend) {
      // A holiday may fall on a weekend (its compensatory day is another row); a day given off instead may not.
      warnings.push({
        code: "DAYS_OFF_ON_WEEKEND",
        row: seen.get(e.date) ?? 0,
        column: col("date"),
        message: `Ngày ${day} là ${WEEKDAY_NAMES[weekday]}, vốn là ngày nghỉ hằng tuần: ghi là ngày nghỉ bù, nghỉ hoán đổi hay nghỉ riêng của địa phương không thay đổi gì; ghi ngày làm việc được nghỉ.`,
      });
    }
  }
  return { ok: true, data: { tables, localDaysOff }, rows: read.rows.length, years, warnings };
}
