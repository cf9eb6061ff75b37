// What the commands that read registers share: several files per option, dates typed by clerks, reading and
// merging registers with their problems, the org file and narrative, atomic writes.
import { closeSync, openSync, readFileSync, readSync, realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import {
  type Case,
  type Cutoff,
  createWorkingDayCalendar,
  defaultCutoff,
  describeDaysOffProblem,
  formatIsoDate,
  InputError,
  type IsoDate,
  isIsoDate,
  type Period,
  parseDaysOffFile,
  type ReceptionSession,
  resolvePeriod,
  type WorkingDayCalendar,
} from "@tiepdan/core";
import type { ProfileName } from "../document/buildDocument.js";
import type { DocumentNode } from "../document/ir.js";
import { REGISTER_NAMES, type RegisterKind } from "../intake/_lib/columns.js";
import { decodeText } from "../intake/_lib/decodeText.js";
import { hasStrayControls, oneLineText, strayControlReason } from "../intake/_lib/hostileText.js";
import { mergeRegisterEvents } from "../intake/_lib/mergeRegisters.js";
import { sniff } from "../intake/_lib/openTable.js";
import type { DetailedProblem } from "../intake/_lib/types.js";
import { REGISTER_YEARS } from "../intake/_lib/values.js";
import { isZip, sheetRegisters, workbookSheets } from "../intake/_lib/workbookSheets.js";
import type { ReadRegisterOptions } from "../intake/types.js";
import { fileEvents } from "../node/_openEvents.js";
import { OutputSet } from "../node/_outputs.js";
import { fontFolderProblem, readDefaultFonts, readFontFolder } from "../node/fonts.js";
import { type OrgFile, orgDraftNotes, orgPlaceholders, PLACEHOLDER_ORG, parseOrgFile } from "../report/orgFile.js";
import { deadlineColumnNotes, type RegisterRunInput, resolveRunDates } from "../report/runs.js";
import {
  denouncerIdentities,
  problemWithholder,
  registerUnchangedCases,
  registerVocabulary,
  unitNames,
} from "../report/withholdIdentities.js";
import { formatProblemTable } from "./_table.js";
import { type CliIo, checkReadable, UsageError } from "./_usage.js";

/** Options taking several values: `--cases a.csv b.csv` as well as `--cases a.csv --cases b.csv`. */
const MULTI = new Set(["--cases", "--sessions", "--stats"]);

/** Lets `--cases a b c` mean three files: values after a multi-value option are repeated under it. */
export function spreadMulti(args: readonly string[]): string[] {
  const out: string[] = [];
  let current: string | undefined;
  for (const a of args) {
    if (a.startsWith("-")) {
      const name = a.split("=")[0] as string;
      current = MULTI.has(name) && !a.includes("=") ? name : undefined;
      out.push(a);
      if (current) out.push("\u0000"); // placeholder for the first value
      continue;
    }
    if (current) {
      if (out[out.length - 1] === "\u0000") out[out.length - 1] = a;
      else out.push(current, a);
      continue;
    }
    out.push(a);
  }
  const missing = out.indexOf("\u0000");
  if (missing >= 0) throw new UsageError(`Tùy chọn “${out[missing - 1]}” cần ít nhất một tên tệp.`);
  return out;
}

export function parseDay(value: string, option: string): IsoDate {
  const v = value.trim();
  const dmy = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(v);
  const iso = dmy ? `${dmy[3]}-${(dmy[2] as string).padStart(2, "0")}-${(dmy[1] as string).padStart(2, "0")}` : v;
  if (!isIsoDate(iso)) {
    throw new UsageError(
      `${option} “${value}” không phải ngày hợp lệ; viết dd/mm/yyyy (ví dụ 31/03/2026) hoặc yyyy-mm-dd.`,
    );
  }
  return iso;
}

/**
 * A text option printed in a document on one line (`--number`, `--place`) without the characters intake removes from
 * cells (a control character, a control of the direction of writing pasted with the text), its line breaks as spaces
 * and without invisible format characters, with a warning on stderr when anything was changed.
 *
 * @param value - the option's value, or `undefined` when it was not given
 * @param option - the option's name, for the warning
 * @param io - where to warn
 * @returns the value without its stray characters
 */
export function textOption<T extends string | undefined>(value: T, option: string, io: CliIo): T {
  if (value === undefined) return value;
  const clean = oneLineText(value);
  if (clean === value.trim()) return value;
  const why = hasStrayControls(value)
    ? strayControlReason(value)
    : "xuống dòng hoặc ký tự vô hình: văn bản in lệch hoặc tách dòng";
  io.stderr(`Lưu ý: ${option} có ký tự điều khiển không in được (${why}): ký tự đó đã được bỏ đi.\n`);
  return clean as T;
}

export interface RegisterReading<T> {
  records: T[];
  rows: { read: number; accepted: number; rejected: number };
  problems: { file: string; detail: DetailedProblem }[];
  /** Fields every register of the kind has a column for. */
  recordedFields: Set<string> | null;
  /** Files and the deadline columns they lack. */
  perFile: { file: string; rows: { read: number; accepted: number; rejected: number }; fields: string[] }[];
  /** Senders of the denunciation rows not accepted: see `RegisterFiles.withheldIdentities`. */
  withheldIdentities: string[];
}

/** A register a file holds: the file itself, or one sheet of a workbook. */
export interface FileRegister {
  /** The name its problems and counts go by: the file's, with the sheet's when the workbook holds several. */
  name: string;
  /** The sheet to read and a reader of its rows (the workbook opened once), for a workbook. */
  options: ReadRegisterOptions;
}

/**
 * The registers a file holds (review s14 F1): a CSV or JSON file is one; a workbook holds one per sheet that has a
 * register's header (a register kept one sheet per month), an instruction sheet, a summary or a hidden sheet of
 * drop-down lists being left; with one such sheet, the file goes by its own name.
 *
 * @param kind - the register
 * @param path - the file
 * @param sheet - the sheet the clerk named (`--sheet`): then that one only
 * @returns the registers to read, in the workbook's order
 */
export async function fileRegisters(kind: RegisterKind, path: string, sheet?: string): Promise<FileRegister[]> {
  const name = basename(path);
  if (sheet !== undefined) return [{ name, options: { sheet } }];
  const bytes = readFileSync(path);
  if (!isZip(bytes)) return [{ name, options: {} }];
  const { xlsx } = await import("../xlsx/xlsx.js");
  const found = await workbookSheets(kind, bytes, xlsx);
  if (found === undefined) return [{ name, options: {} }];
  return sheetRegisters(name, found).map((r) => ({ name: r.name, options: { sheet: r.sheet, xlsx: r.reader } }));
}

/** The registers whose columns are those of the other kind (`REGISTER_KIND_MISMATCH`), each once. */
function kindMismatches(problems: readonly { file: string; detail: DetailedProblem }[]): string[] {
  return [...new Set(problems.filter((p) => p.detail.problem.code === "REGISTER_KIND_MISMATCH").map((p) => p.file))];
}

/** A file's path as the system knows it (links followed), to tell the same file given under two names. */
function samePath(path: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    // Not readable: the reading of the file says so; its path as typed is all there is to compare.
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    return resolve(path);
  }
}

export async function readRegisters<T extends Case | ReceptionSession>(
  kind: RegisterKind,
  paths: readonly string[],
  io: CliIo,
  sessionIds?: ReadonlySet<string>,
  /** Files given to the other register's option too: their sheets of that kind are not named as left. */
  alsoOtherKind: readonly string[] = [],
): Promise<RegisterReading<T>> {
  const both = new Set(alsoOtherKind.map(samePath));
  const progressEvery = 50_000;
  const nextProgress = new Map<string, number>();
  const registers: { path: string; register: FileRegister }[] = [];
  for (const path of paths) {
    for (const register of await fileRegisters(kind, path)) registers.push({ path, register });
  }
  const merged = await mergeRegisterEvents<T>(
    kind,
    registers.map(({ path, register }) => ({
      name: register.name,
      events: () =>
        fileEvents(
          kind,
          path,
          both.has(samePath(path)) ? { ...register.options, otherKindRead: true } : register.options,
          sessionIds ? { sessionIds } : {},
          "tiepdan report",
        ),
    })),
    {
      onProgress: ({ file, rows }) => {
        const next = nextProgress.get(file) ?? progressEvery;
        if (rows < next) return;
        io.stderr(`  … ${file}: đã đọc ${rows.toLocaleString("vi-VN")} dòng\n`);
        nextProgress.set(file, (Math.floor(rows / progressEvery) + 1) * progressEvery);
      },
      onFile: ({ file, rows }) => {
        nextProgress.delete(file);
        io.stderr(
          `Đã đọc ${REGISTER_NAMES[kind]} “${file}”: ${rows.read} dòng, ${rows.accepted} dòng hợp lệ, ${rows.rejected} dòng bị loại.\n`,
        );
      },
    },
  );
  return {
    records: merged.records,
    rows: merged.rows,
    problems: merged.problems.map(({ file, ...detail }) => ({ file, detail })),
    recordedFields: merged.perFile.length === 0 ? null : new Set(merged.recordedFields),
    perFile: merged.perFile.map(({ file, rows, fields }) => ({ file, rows, fields })),
    withheldIdentities: merged.withheldIdentities,
  };
}

/**
 * Writes one file atomically (a temporary file beside it, renamed when complete), with the checks and the
 * Vietnamese errors of {@link OutputSet}. A run writing several files uses one set for all of them.
 */
export function writeAtomically(target: string, bytes: Uint8Array | string): void {
  const set = new OutputSet();
  set.add(target, bytes);
  set.commit();
}

/** The org file of `--org`, or the placeholder one (a marked draft) without it. */
export function loadOrg(path: string | undefined, io: CliIo, draftNotes: string[]): OrgFile {
  if (path === undefined) {
    draftNotes.push(
      "Chưa có tệp thông tin đơn vị: tên cơ quan, đơn vị, địa danh, người ký trong ngoặc vuông là thông tin mẫu, phải sửa trước khi trình ký.",
    );
    io.stderr("Chưa có --org: văn bản dùng thông tin đơn vị mẫu (trong ngoặc vuông) và được ghi rõ là dự thảo.\n");
    return PLACEHOLDER_ORG;
  }
  const parsed = parseOrgFile(readFileSync(path, "utf8"));
  if (!parsed.ok) {
    throw new UsageError(
      `Tệp thông tin đơn vị “${path}” có lỗi:\n${parsed.problems.map((p) => `  - ${p.path || "(cả tệp)"}: ${p.message}`).join("\n")}`,
    );
  }
  // Placeholders of `tiepdan init` left in what the documents print: the document is a marked draft.
  const left = orgPlaceholders(parsed.org);
  if (left.length > 0) {
    draftNotes.push(...orgDraftNotes(parsed.org));
    io.stderr(
      `Lưu ý: tệp “${path}” còn ${left.length} chữ mẫu trong ngoặc vuông (${left.slice(0, 3).join(", ")}${left.length > 3 ? ", …" : ""}); văn bản được ghi rõ là dự thảo.\n`,
    );
  }
  return parsed.org;
}

/** Prints the problems of the registers, grouped by file. */
export function printProblems(
  problems: RegisterReading<unknown>["problems"],
  io: CliIo,
  table: (list: DetailedProblem[]) => string,
): void {
  const byFile = new Map<string, DetailedProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.detail]);
  for (const [file, list] of byFile) io.stderr(`\nSổ “${file}”:\n${table(list)}\n`);
}

/** The options every command that reads registers takes (for `parseArgs`). */
export const REGISTER_RUN_OPTIONS = {
  cases: { type: "string", multiple: true },
  sessions: { type: "string", multiple: true },
  period: { type: "string" },
  cutoff: { type: "string" },
  profile: { type: "string" },
  org: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  "as-of": { type: "string" },
  date: { type: "string" },
  number: { type: "string" },
  fonts: { type: "string" },
  "days-off": { type: "string" },
  "allow-partial": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** Values of {@link REGISTER_RUN_OPTIONS} as `parseArgs` returns them. */
export interface RegisterRunValues {
  cases?: string[] | undefined;
  sessions?: string[] | undefined;
  period?: string | undefined;
  cutoff?: string | undefined;
  profile?: string | undefined;
  org?: string | undefined;
  format?: string | undefined;
  out?: string | undefined;
  "as-of"?: string | undefined;
  date?: string | undefined;
  "days-off"?: string | undefined;
  "allow-partial"?: boolean | undefined;
  /** The font folder for the PDF, checked before anything is read (see `checkFontsOption`). */
  fonts?: string | undefined;
}

/** What a command has once its options are checked and its registers read. */
export interface RegisterRun {
  period: Period;
  asOf: IsoDate;
  /** Date of the document (`--date`, default the as-of date). */
  date: IsoDate;
  profile: ProfileName;
  formats: string[];
  org: OrgFile;
  draftNotes: string[];
  cases: Case[];
  /** Senders of the denunciation rows not accepted, withheld with the accepted ones'. */
  withheldIdentities: string[];
  sessions: ReceptionSession[];
  /** Rows of every register read, and how many files. */
  rows: { read: number; accepted: number; rejected: number; files: number };
  /** Fields every cases register has a column for. */
  recordedFields: (keyof Case)[];
  /** The output folder, created. */
  outDir: string;
  /** The working-day calendar: the bundled one, or with the days of `--days-off` (or the org file's `daysOff`). */
  calendar?: WorkingDayCalendar;
  /** The run's outputs: add every file to it, commit at the end (see `OutputSet`). */
  outputs: OutputSet;
  /** Whether a sessions register was given (`--sessions`): without one, no session figure, no compliance statement. */
  sessionsRegister: boolean;
  /** No `--org`: the reporting unit is taken from the sessions register. */
  deriveReportingUnit: boolean;
  /** Today's date on this machine: a date more than a year after it is a year typed wrong (said in a note). */
  today: IsoDate;
}

/**
 * The days-off file of a run: `--days-off`, else the org file's `daysOff` (beside the org file), else none.
 *
 * @param option - the `--days-off` value
 * @param orgPath - the `--org` value
 * @param org - the org file read
 * @returns the path, or undefined
 */
export function daysOffPathOf(
  option: string | undefined,
  orgPath: string | undefined,
  org: OrgFile,
): string | undefined {
  if (option !== undefined) return option;
  return org.daysOff !== undefined && orgPath !== undefined ? resolve(dirname(orgPath), org.daysOff) : undefined;
}

/**
 * Reads a days-off file (`--days-off`, or `daysOff` of the org file) into a working-day calendar; a file with
 * problems stops the run with every problem listed (exit 2), since a wrong day off would move deadlines silently.
 */
export function loadDaysOff(path: string, io: CliIo, years?: readonly number[]): WorkingDayCalendar {
  checkReadable(path);
  const parsed = parseDaysOffFile(readFileSync(path, "utf8"), {
    fileName: basename(path),
    ...(/\.json$/i.test(path)
      ? { format: "json" as const }
      : /\.(csv|txt)$/i.test(path)
        ? { format: "csv" as const }
        : {}),
  });
  if (!parsed.ok) {
    throw new UsageError(
      `Tệp ngày nghỉ “${path}” có lỗi, chưa dùng được:\n${parsed.problems
        .map((p) => `  - ${describeDaysOffProblem(p, path)} [${p.code}]`)
        .join("\n")}`,
    );
  }
  const local = parsed.data.localDaysOff.length;
  const notice = parsed.data.tables.map((t) => t.year);
  io.stderr(
    `Đã đọc tệp ngày nghỉ “${basename(path)}”: ${parsed.rows} ngày` +
      (notice.length > 0
        ? `; các ngày nghỉ năm ${notice.join(", ")} của tệp được bổ sung vào lịch nghỉ có sẵn của năm (thông báo của Chính phủ, hoặc các ngày nghỉ lễ, Tết theo Bộ luật Lao động)`
        : "") +
      (local > 0 ? `; ${local} ngày nghỉ riêng của địa phương` : "") +
      ".\n",
  );
  // A file of other years than the run's (last year's file left in the folder, review s19x F13): said.
  if (years && parsed.years.length > 0 && !parsed.years.some((y) => years.includes(y))) {
    io.stderr(
      `Lưu ý: tệp ngày nghỉ “${basename(path)}” chỉ có ngày của năm ${parsed.years.join(", ")}, không có ngày nào của năm ${years.join(", ")}: các ngày nghỉ của tệp không ảnh hưởng đến văn bản này.\n`,
    );
  }
  // Days that change nothing as written (review s19x F13): the file is used, the clerk told.
  for (const w of parsed.warnings) {
    io.stderr(`Lưu ý: tệp ngày nghỉ “${basename(path)}”, ${describeDaysOffProblem(w, path)} [${w.code}]\n`);
  }
  return createWorkingDayCalendar({ ...parsed.data, id: "vn-civil-service+ngay-nghi" });
}

/**
 * What a register run hands to `preparePeriodicReport` and `prepareComplianceReport`: its dates, profile, org file,
 * registers, calendar and the document number.
 *
 * @param run - the run, from {@link prepareRun}
 * @param number - the document number (`--number`)
 * @returns the shared input
 */
export function registerRunInput(run: RegisterRun, number: string | undefined): RegisterRunInput {
  return {
    period: run.period,
    asOf: run.asOf,
    date: run.date,
    profile: run.profile,
    org: run.org,
    draftNotes: run.draftNotes,
    cases: run.cases,
    withheldIdentities: run.withheldIdentities,
    sessions: run.sessions,
    rows: run.rows,
    recordedFields: run.recordedFields,
    number,
    calendar: run.calendar,
    sessionsRegister: run.sessionsRegister,
    deriveReportingUnit: run.deriveReportingUnit,
    today: run.today,
  };
}

/** Today's date on this machine's clock, as an ISO date. */
export function localToday(): IsoDate {
  const now = new Date();
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/**
 * Checks the options shared by the commands that read registers, reads and merges the registers, prints their
 * problems, and refuses (exit code 1) when they have errors unless `--allow-partial`.
 */
export async function prepareRun(
  values: RegisterRunValues,
  io: CliIo,
  allowedFormats: readonly string[],
  more: {
    inputs?: ReadonlyArray<string | undefined>;
    outputs?: Record<string, string | undefined>;
    casesOptional?: boolean;
    /** Checks an option against the org file before any register is read (throws a `UsageError`). */
    checkOrg?: (org: OrgFile, profile: ProfileName) => void;
  } = {},
): Promise<RegisterRun | number> {
  const casePaths = values.cases ?? [];
  if (casePaths.length === 0 && more.casesOptional !== true) {
    throw new UsageError("Thiếu sổ theo dõi đơn: --cases <tệp>.");
  }
  if (values.period === undefined) throw new UsageError("Thiếu kỳ báo cáo: --period, ví dụ --period 2026-Q1.");
  if (values.out === undefined || values.out.trim() === "") {
    throw new UsageError("Thiếu thư mục ghi văn bản: --out <thư mục>.");
  }
  const profile = (values.profile ?? "party") as ProfileName;
  if (profile !== "party" && profile !== "state") {
    throw new UsageError(
      `--profile phải là “party” (văn bản của Đảng) hoặc “state” (văn bản hành chính), không phải “${values.profile}”.`,
    );
  }
  const cutoff = (values.cutoff ?? defaultCutoff(profile)) as Cutoff;
  if (cutoff !== "calendar" && cutoff !== "mid-month") {
    throw new UsageError(`--cutoff phải là “calendar” hoặc “mid-month”, không phải “${values.cutoff}”.`);
  }
  const formats = (values.format ?? "pdf,docx")
    .split(",")
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = formats.filter((f) => !allowedFormats.includes(f));
  if (formats.length === 0 || unknown.length > 0) {
    throw new UsageError(
      `--format chỉ nhận ${allowedFormats.join(", ")} (cách nhau bằng dấu phẩy)${unknown.length ? `, không nhận “${unknown.join(", ")}”` : ""}.`,
    );
  }
  let period: Period;
  try {
    period = resolvePeriod(values.period, { cutoff });
  } catch (e) {
    if (e instanceof InputError) throw new UsageError(e.message);
    throw e;
  }
  // The registers hold dates of 2000–2099 only (DATE_OUT_OF_RANGE): a period outside is a year typed wrong (review
  // s16 F19: "--period 1999" made a report of 0 cases).
  const years = [Number(period.from.slice(0, 4)), Number(period.to.slice(0, 4))];
  if (years.some((y) => y < REGISTER_YEARS.first || y > REGISTER_YEARS.last)) {
    throw new UsageError(
      `Kỳ báo cáo “${values.period}” (${period.label}) ngoài các năm ${REGISTER_YEARS.first}–${REGISTER_YEARS.last} mà sổ ghi được: năm gõ nhầm?`,
    );
  }
  const today = localToday();
  const { asOf, date, notes, refused } = resolveRunDates(
    period,
    {
      asOf: values["as-of"] === undefined ? undefined : parseDay(values["as-of"], "--as-of"),
      date: values.date === undefined ? undefined : parseDay(values.date, "--date"),
    },
    today,
  );
  if (refused)
    throw new UsageError(refused.replace(/^Ngày tính số liệu/, "--as-of").replace(/^Ngày văn bản/, "--date"));
  for (const note of notes) io.stderr(`Lưu ý: ${note}\n`);
  await checkFontsOption(values.fonts, formats);
  for (const p of [...casePaths, ...(values.sessions ?? []), values.org]) {
    if (p !== undefined) checkReadable(p);
  }
  checkGivenOnce("--cases", casePaths);
  checkGivenOnce("--sessions", values.sessions ?? []);
  for (const [option, paths] of [
    ["--cases", casePaths],
    ["--sessions", values.sessions ?? []],
  ] as const) {
    for (const path of paths) checkNotOtherInput(option, path);
  }
  // Every output is checked before the registers are read: none may replace an input file.
  const outputs = new OutputSet([
    ...casePaths,
    ...(values.sessions ?? []),
    values.org,
    values["days-off"],
    ...(more.inputs ?? []),
  ]);
  outputs.checkFolder(values.out, "--out");
  for (const [option, path] of Object.entries(more.outputs ?? {})) if (path !== undefined) outputs.check(path, option);
  const draftNotes: string[] = [];
  const org = loadOrg(values.org, io, draftNotes);
  more.checkOrg?.(org, profile);
  const daysOffPath = daysOffPathOf(values["days-off"], values.org, org);
  // The years a deadline of the run may fall in: the period's, and the next one (a deadline runs past the year's end).
  const runYears = [Number(period.from.slice(0, 4)), Number(period.to.slice(0, 4)), Number(period.to.slice(0, 4)) + 1];
  const calendar = daysOffPath === undefined ? undefined : loadDaysOff(daysOffPath, io, [...new Set(runYears)]);
  const sessionsRead =
    values.sessions && values.sessions.length > 0
      ? await readRegisters<ReceptionSession>("sessions", values.sessions, io, undefined, casePaths)
      : undefined;
  const sessionIds = sessionsRead ? new Set(sessionsRead.records.map((s) => s.id)) : undefined;
  const casesRead =
    casePaths.length > 0
      ? await readRegisters<Case>("cases", casePaths, io, sessionIds, values.sessions ?? [])
      : {
          records: [],
          rows: { read: 0, accepted: 0, rejected: 0 },
          problems: [],
          recordedFields: null,
          perFile: [],
          withheldIdentities: [],
        };
  // A register given under the other option (--cases and --sessions swapped): said once, plainly, instead of the
  // hundreds of problems its columns cause (review s14 F7).
  const misplaced = [
    ...kindMismatches(casesRead.problems).map((file) => ({ file, given: "--cases", belongs: "--sessions" })),
    ...kindMismatches(sessionsRead?.problems ?? []).map((file) => ({ file, given: "--sessions", belongs: "--cases" })),
  ];
  if (misplaced.length > 0) {
    const swapped = misplaced.some((m) => m.given === "--cases") && misplaced.some((m) => m.given === "--sessions");
    throw new UsageError(
      [
        swapped ? "Sổ theo dõi đơn và sổ buổi tiếp dân có vẻ bị đổi chỗ:" : "Có sổ đưa nhầm tùy chọn:",
        ...misplaced.map(
          (m) =>
            `  - “${m.file}” đưa vào ${m.given} nhưng có các cột của ${m.given === "--cases" ? REGISTER_NAMES.sessions : REGISTER_NAMES.cases}: đưa tệp này vào ${m.belongs}.`,
        ),
      ].join("\n"),
    );
  }
  // The cases read are not changed afterwards: what is found in them is found once (their denouncers and vocabulary,
  // asked for here and by the documents).
  registerUnchangedCases(casesRead.records);
  // A denouncer's name quoted by the problem of another row is withheld like everywhere else.
  const clean = problemWithholder(
    [...denouncerIdentities(casesRead.records), ...casesRead.withheldIdentities],
    [...registerVocabulary(casesRead.records), ...unitNames(org.units)],
  );
  const problems = [...(sessionsRead?.problems ?? []), ...casesRead.problems].map((p) => ({
    file: p.file,
    detail: clean(p.detail),
  }));
  const errors = problems.filter((p) => p.detail.problem.severity === "error");
  const rows = {
    read: casesRead.rows.read + (sessionsRead?.rows.read ?? 0),
    accepted: casesRead.rows.accepted + (sessionsRead?.rows.accepted ?? 0),
    rejected: casesRead.rows.rejected + (sessionsRead?.rows.rejected ?? 0),
    files: casePaths.length + (values.sessions?.length ?? 0),
  };
  printProblems(problems, io, (list) => formatProblemTable(list, io.columns ?? 120));
  if (errors.length > 0 && !values["allow-partial"]) {
    io.stderr(
      `\nKhông lập văn bản: các sổ có ${errors.length} lỗi (${rows.rejected} dòng bị loại trong ${rows.read} dòng). Sửa các lỗi trên (kiểm tra từng sổ bằng “tiepdan validate <tệp>”), hoặc dùng --allow-partial để lập văn bản không tính các dòng lỗi.\n`,
    );
    return 1;
  }
  for (const note of deadlineColumnNotes(casesRead.perFile)) io.stderr(`Lưu ý: ${note}\n`);
  const outDir = outputs.folder(values.out, "--out");
  return {
    period,
    asOf,
    date,
    profile,
    formats,
    org,
    draftNotes,
    cases: casesRead.records,
    withheldIdentities: casesRead.withheldIdentities,
    sessions: sessionsRead?.records ?? [],
    rows,
    recordedFields: [...(casesRead.recordedFields ?? [])] as (keyof Case)[],
    outDir,
    ...(calendar ? { calendar } : {}),
    outputs,
    sessionsRegister: sessionsRead !== undefined,
    deriveReportingUnit: values.org === undefined,
    today,
  };
}

/**
 * Refuses a register given twice to one option — by name and again by a pattern (`so-*.csv`), or by two paths to one
 * file — which would repeat each of its hundreds of rows as a duplicate (review s16 F12).
 *
 * @param option - the option, for the message
 * @param paths - the files given to it
 */
export function checkGivenOnce(option: string, paths: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const path of paths) {
    const key = samePath(path);
    const before = seen.get(key);
    if (before !== undefined) {
      throw new UsageError(
        before === path
          ? `Tệp “${path}” được đưa vào ${option} hai lần: bỏ bớt một lần.`
          : `“${before}” và “${path}” là cùng một tệp, được đưa vào ${option} hai lần: bỏ bớt một lần.`,
      );
    }
    seen.set(key, path);
  }
}

/**
 * The first bytes of a file, without reading the rest (a register may be hundreds of MB).
 *
 * @param path - the file
 * @param n - how many bytes at most
 * @returns the first `n` bytes, fewer when the file is shorter
 */
export function readFileHead(path: string, n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  const fd = openSync(path, "r");
  try {
    return bytes.subarray(0, readSync(fd, bytes, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Refuses a days-off file or an org file given as a register, naming the option it belongs to (review s16 F16: a
 * days-off file given to --cases was said to belong to --sessions).
 *
 * @param option - the register option it was given to
 * @param path - the file
 */
export function checkNotOtherInput(option: string, path: string): void {
  // The first bytes only: a register may be hundreds of MB, read in full later by its own reader.
  const head = new TextDecoder().decode(readFileHead(path, 4096)).replace(/^\uFEFF/, "");
  const firstLine = (head.split(/\r?\n/, 1)[0] ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/gi, "d")
    .toLowerCase();
  const name = basename(path);
  if (/^\s*"?ngay"?\s*[;,\t]\s*"?ten"?\s*[;,\t]\s*"?loai"?/.test(firstLine)) {
    throw new UsageError(
      `“${name}” đưa vào ${option} là tệp ngày nghỉ (Ngày, Tên, Loại), không phải sổ: đưa tệp này vào --days-off.`,
    );
  }
  if (/^\s*\{/.test(head) && /"reportingUnit"\s*:/.test(head) && /"units"\s*:/.test(head)) {
    throw new UsageError(`“${name}” đưa vào ${option} là tệp thông tin đơn vị, không phải sổ: đưa tệp này vào --org.`);
  }
}

/**
 * Reads the narrative file (`--narrative`): a text file, in UTF-8 or a legacy Vietnamese encoding (converted). A Word
 * or PDF document, a workbook, a JSON file or any binary file is refused before anything is read (review s16 F5: a
 * `.docx` printed its zip bytes into the official report).
 *
 * @param path - the file
 * @param io - where the notes on its encoding go
 * @returns its text
 */
export function readNarrativeFile(path: string, io: CliIo): string {
  checkReadable(path);
  const bytes = new Uint8Array(readFileSync(path));
  const name = basename(path);
  const sniffed = sniff(bytes);
  const saveAs = "mở tệp bằng Word, chọn Lưu thành (Save As) → Văn bản thuần (.txt), mã hóa Unicode (UTF-8)";
  if (sniffed === "zip" || sniffed === "ole") {
    throw new UsageError(
      `Tệp tường thuật “${name}” là tệp Word hoặc Excel, không phải tệp văn bản .txt: ${saveAs}, rồi đưa tệp .txt vào --narrative.`,
    );
  }
  if (sniffed === "pdf") {
    throw new UsageError(
      `Tệp tường thuật “${name}” là tệp PDF, không phải tệp văn bản .txt: dùng tệp gốc (Word) rồi ${saveAs}.`,
    );
  }
  const decoded = decodeText(bytes);
  if (decoded.text === undefined) {
    throw new UsageError(`Tệp tường thuật “${name}” không phải tệp văn bản (.txt): ${saveAs}.`);
  }
  const text = decoded.text.replace(/^\uFEFF/, "");
  if (/^\s*[[{]/.test(text) && isJson(text)) {
    throw new UsageError(
      `Tệp tường thuật “${name}” là tệp JSON (số liệu, thông tin đơn vị), không phải phần tường thuật: tệp tường thuật là tệp .txt, mỗi mục bắt đầu bằng dòng “## Tên mục”.`,
    );
  }
  for (const p of decoded.problems) io.stderr(`Tường thuật “${name}”: ${p.what}\n`);
  return text;
}

/** Whether a text is JSON. */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch (e) {
    if (e instanceof SyntaxError) return false;
    throw e;
  }
}

/**
 * Refuses a `--fonts` folder the PDF cannot use (not a folder, a face missing, a file that is no font), before
 * anything is read or written; nothing when no PDF is asked for.
 *
 * @param dir - the `--fonts` value
 * @param formats - the formats asked for
 */
export async function checkFontsOption(dir: string | undefined, formats: readonly string[]): Promise<void> {
  if (dir === undefined || !formats.includes("pdf")) return;
  const problem = await fontFolderProblem(dir);
  if (problem !== undefined) throw new UsageError(problem);
}

/**
 * Renders a document to the PDF and DOCX asked for, into the run's set of outputs (committed by the caller);
 * without a set, written at once. Returns the paths.
 */
export async function writeDocument(
  doc: DocumentNode,
  options: {
    formats: readonly string[];
    outDir: string;
    stem: string;
    fonts?: string | undefined;
    provenance: Record<string, string>;
    outputs?: OutputSet;
  },
): Promise<string[]> {
  const set = options.outputs ?? new OutputSet();
  const written: string[] = [];
  if (options.formats.includes("pdf")) {
    const fonts = options.fonts === undefined ? await readDefaultFonts() : await readFontFolder(options.fonts);
    const target = join(options.outDir, `${options.stem}.pdf`);
    const { renderPdf } = await import("../pdf/renderPdf.js");
    let pdf: Uint8Array;
    try {
      pdf = await renderPdf(doc, { fonts, provenance: options.provenance });
    } catch (e) {
      // A face that begins as a font but does not read as one (a damaged copy): said of the folder, not as a bug.
      if (options.fonts === undefined || !(e instanceof Error)) throw e;
      throw new UsageError(
        `Không lập được tệp PDF với phông trong thư mục “${options.fonts}”: tệp phông có thể bị hỏng. Chép lại bốn tệp phông, hoặc bỏ --fonts để dùng phông Tinos đi kèm.${process.env.TIEPDAN_DEBUG === "1" ? `\n${e.stack ?? e.message}` : ""}`,
      );
    }
    set.add(target, pdf);
    written.push(target);
  }
  if (options.formats.includes("docx")) {
    const target = join(options.outDir, `${options.stem}.docx`);
    const { renderDocx } = await import("../docx/renderDocx.js");
    set.add(target, await renderDocx(doc, { provenance: options.provenance }));
    written.push(target);
  }
  if (!options.outputs) set.commit();
  return written;
}
