// The worker: reads the registers, builds the documents and renders them, with the functions of @tiepdan/reporting,
// @tiepdan/core and @tiepdan/templates only — no rule is implemented here.
import "../zod-jitless";
import {
  type Case,
  createWorkingDayCalendar,
  defaultCutoff,
  describeDaysOffProblem,
  formatIsoDate,
  isIsoDate,
  parseDaysOffFile,
  type ReceptionSession,
  resolvePeriod,
  type WorkingDayCalendar,
} from "@tiepdan/core";
import {
  buildStatsFile,
  correctRegister,
  deadlineColumnNotes,
  denouncerIdentities,
  estimateReportMemoryMB,
  missingUnitsNote,
  NOTICE_KINDS,
  type OrgFile,
  oneLineText,
  orgDraftNotes,
  orgPlaceholders,
  PLACEHOLDER_ORG,
  parseNarrative,
  parseOrgFile,
  parseStatsFile,
  prepareComplianceReport,
  prepareNotices,
  preparePeriodicReport,
  problemWithholder,
  readRegisterFiles,
  registerColumns,
  registerVocabulary,
  reportingUnitOf,
  resolveRunDates,
  rollupStatistics,
  type StatsFile,
  unitNames,
  workbookRegisters,
} from "@tiepdan/reporting";
import { renderDocx } from "@tiepdan/reporting/docx";
import { renderPdf } from "@tiepdan/reporting/pdf";
import { writeFormWorkbook, writeStatWorkbook, xlsx } from "@tiepdan/reporting/xlsx";
import { zipSync } from "fflate";
import { vi } from "../format";
import { browserMemoryLimitMB, memoryWarning } from "../memory";
import type {
  DocumentSettingsForm,
  FileSummary,
  GeneratedSummary,
  ProblemRow,
  ReadSummary,
  RegisterFileInput,
  RegisterKind,
  ReportSettings,
  Request,
  Response,
} from "../protocol";
import { pdfFonts } from "./fonts";
import { installPrecompiledTemplates } from "./templates";

installPrecompiledTemplates();

const post = (message: Response, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);
self.addEventListener("securitypolicyviolation", (e) =>
  post({ type: "csp", directive: (e as SecurityPolicyViolationEvent).violatedDirective }),
);

/** The per-case documents, in the order the page lists them. */
const NOTICE_ORDER = ["receipt", "guidance", "transfer"] as const;

interface State {
  files: RegisterFileInput[];
  cases: Case[];
  /** Senders of the denunciation rows not accepted: withheld with the accepted ones' (DESIGN.md "Confidentiality"). */
  withheldIdentities: string[];
  sessions: ReceptionSession[];
  /** Whether any file was read as a sessions register (without one: no session figure, no compliance statement). */
  sessionsRegister: boolean;
  rows: { read: number; accepted: number; rejected: number; files: number };
  /** Problems of severity "error" (a file that could not be read has some, and no rejected row). */
  errors: number;
  recordedFields: (keyof Case)[];
  /** Notes on cases registers lacking the columns deadlines are counted from. */
  registerNotes: string[];
  org: OrgFile;
  /** The working-day calendar with the days of the days-off file, when one was given and is valid. */
  calendar?: WorkingDayCalendar;
  /** The units' statistics files that could be read (a roll-up when there is one). */
  statsFiles: { name: string; file: StatsFile }[];
  /** Statistics files that could not be read: they stop the report. */
  statsErrors: string[];
  generated?: {
    settings: ReportSettings;
    /** Case register columns behind the report (every register's, or every statistics file's). */
    recordedFields: readonly string[];
    report: ReturnType<typeof preparePeriodicReport>;
    compliance: ReturnType<typeof prepareComplianceReport>;
    notices: ReturnType<typeof prepareNotices>[];
  };
}
let state: State | undefined;

const ZIP_TIME = new Date(2000, 0, 1); // fixed: the same inputs give the same ZIP

function settingsForm(org: OrgFile, profile: "party" | "state"): DocumentSettingsForm {
  const s = org.documents?.[profile] ?? org.document ?? org.documents?.party ?? org.documents?.state;
  return {
    issuingBody: s?.issuingBody ?? "",
    parentBody: s?.parentBody ?? "",
    numberPrefix: s?.numberPrefix ?? "",
    place: s?.place ?? "",
    signerName: s?.signer.name ?? "",
    signerTitle: s?.signer.title ?? "",
    signerVariant: s?.signer.variant ?? "direct",
    signerOnBehalfOf: s?.signer.onBehalfOf ?? "",
    recipients: (s?.recipients ?? []).map((r) => (r.purpose ? `${r.name} (${r.purpose})` : r.name)).join("\n"),
  };
}

/** The org file with the clerk's document settings for a profile, validated by parseOrgFile. */
function orgWithSettings(org: OrgFile, profile: "party" | "state", f: DocumentSettingsForm): OrgFile {
  const t = (s: string) => s.normalize("NFC").trim();
  const settings = {
    issuingBody: t(f.issuingBody),
    ...(t(f.parentBody) ? { parentBody: t(f.parentBody) } : {}),
    ...(t(f.numberPrefix) ? { numberPrefix: t(f.numberPrefix) } : {}),
    place: t(f.place),
    signer: {
      name: t(f.signerName),
      title: t(f.signerTitle),
      variant: f.signerVariant,
      ...(f.signerVariant !== "direct" && t(f.signerOnBehalfOf) ? { onBehalfOf: t(f.signerOnBehalfOf) } : {}),
    },
    recipients: f.recipients
      .split("\n")
      .map(t)
      .filter(Boolean)
      .map((line) => {
        const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(line);
        return m ? { name: m[1], purpose: m[2] } : { name: line };
      }),
  };
  const parsed = parseOrgFile(JSON.stringify({ ...org, documents: { ...org.documents, [profile]: settings } }));
  if (!parsed.ok) {
    throw new Error(
      `Thông tin văn bản chưa hợp lệ: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`,
    );
  }
  return parsed.org;
}

/** Problem codes that mean the file as a whole could not be read: no corrected copy can be made of it. */
const WHOLE_FILE = /^(FILE_|JSON_SYNTAX|JSON_NOT_TABLE|XLSX_INVALID|XLSX_SHEET_NOT_FOUND|ENCODING_UNKNOWN)/;

/** Rows a text register probably has (its line breaks), for the progress bar; undefined for a workbook. */
function estimatedRows(f: RegisterFileInput): number | undefined {
  if (/\.xlsx$/i.test(f.name)) return undefined;
  let lf = 0;
  let cr = 0;
  for (const byte of f.data) {
    if (byte === 0x0a) lf += 1;
    else if (byte === 0x0d) cr += 1;
  }
  const lines = Math.max(lf, cr); // CR only: old Mac files
  // A JSON array on one line: no telling (the bar moves between files only).
  return lines < 2 && f.data.length > 4096 ? undefined : Math.max(lines, 1);
}

/** The days-off file as the CLI's `--days-off` reads it: its calendar, or its problems (then it is not used). */
function readDaysOff(input: { name: string; text: string } | null | undefined): {
  calendar?: WorkingDayCalendar;
  summary: ReadSummary["daysOff"];
} {
  if (!input) return { summary: null };
  const parsed = parseDaysOffFile(input.text, {
    fileName: input.name,
    ...(/\.json$/i.test(input.name) ? { format: "json" as const } : { format: "csv" as const }),
  });
  if (!parsed.ok) {
    return {
      summary: {
        file: input.name,
        ok: false,
        years: [],
        local: 0,
        problems: parsed.problems.map((p) => describeDaysOffProblem(p, input.name)),
      },
    };
  }
  return {
    calendar: createWorkingDayCalendar({ ...parsed.data, id: "vn-civil-service+ngay-nghi" }),
    summary: {
      file: input.name,
      ok: true,
      years: parsed.data.tables.map((t) => t.year),
      local: parsed.data.localDaysOff.length,
      // The file is used; what changes nothing as written is said (review s19x F13).
      problems: parsed.warnings.map((p) => describeDaysOffProblem(p, input.name)),
    },
  };
}

/**
 * The registers of the files: a workbook holding several (one sheet per month) becomes one register per sheet, as
 * the CLI reads it (review s14 F1); every other file is one.
 */
async function sheetRegisters(files: RegisterFileInput[]): Promise<{
  files: RegisterFileInput[];
  sheets: NonNullable<ReadSummary["sheets"]>;
}> {
  const out: RegisterFileInput[] = [];
  const sheets: NonNullable<ReadSummary["sheets"]> = [];
  for (const f of files) {
    // Not a workbook (its bytes are no zip): none.
    const registers = f.sheet === undefined ? await workbookRegisters(f.name, f.data, xlsx) : [];
    if (registers.length < 2) {
      out.push(f);
      continue;
    }
    sheets.push({ file: f.name, registers });
    for (const r of registers) {
      out.push({ ...f, name: r.name, sheet: r.sheet, kind: f.kindChosen ? f.kind : r.kind, edits: [] });
    }
  }
  return { files: out, sheets };
}

/** A register file's own options: its sheet of a workbook, its column mapping, the clerk's corrections. */
const fileOptions = (f: RegisterFileInput) => ({
  ...(f.sheet === undefined ? {} : { sheet: f.sheet, format: "xlsx" as const }),
  ...(Object.keys(f.columns).length ? { columns: f.columns } : {}),
  ...(f.edits.length ? { edits: f.edits } : {}),
});

async function readAll(
  seq: number,
  given: RegisterFileInput[],
  orgInput: { name: string; text: string } | null,
  daysOffInput?: { name: string; text: string } | null,
  statsInput: { name: string; text: string }[] = [],
): Promise<ReadSummary> {
  const { files, sheets } = await sheetRegisters(given);
  const daysOff = readDaysOff(daysOffInput);
  const statsFiles: State["statsFiles"] = [];
  const statsErrors: string[] = [];
  const statsSummary: ReadSummary["stats"] = statsInput.map(({ name, text }) => {
    const parsed = parseStatsFile(text);
    if (!parsed.ok) {
      statsErrors.push(`Tệp số liệu “${name}” ${parsed.problem.message}`);
      return { file: name, ok: false, problem: parsed.problem.message };
    }
    statsFiles.push({ name, file: parsed.file });
    return { file: name, ok: true, unit: parsed.file.unit.name, period: parsed.file.period.label };
  });
  let org = PLACEHOLDER_ORG;
  let orgSummary: ReadSummary["org"] = null;
  if (orgInput) {
    const parsed = parseOrgFile(orgInput.text);
    orgSummary = parsed.ok
      ? {
          file: orgInput.name,
          ok: true,
          unit: reportingUnitOf(parsed.org).name,
          placeholders: orgPlaceholders(parsed.org),
          problems: [],
        }
      : {
          file: orgInput.name,
          ok: false,
          problems: parsed.problems.map((p) => `${p.path || "(cả tệp)"}: ${p.message}`),
        };
    if (parsed.ok) org = parsed.org;
  }
  const totalBytes = files.reduce((n, f) => n + f.data.length, 0) || 1;
  const estimates = new Map(files.map((f) => [f.name, estimatedRows(f)]));
  // The registers of a kind are merged as the CLI merges them (readRegisterFiles): a Mã số already in an earlier
  // register is rejected; sessions first, so that cases can name their session.
  const readOnce = async (kinds: Map<string, RegisterKind>) => {
    let doneBytes = 0;
    const readKind = async <T extends Case | ReceptionSession>(kind: RegisterKind, sessionIds?: string[]) => {
      const ofKind = files.filter((f) => kinds.get(f.name) === kind);
      let current: RegisterFileInput | undefined;
      // A workbook whose sheets hold both registers is read as both: its other sheets are not said to be left
      // (review s16w F6: the page told the clerk to use --sessions).
      const bothKinds = (f: RegisterFileInput) =>
        files.some((g) => g !== f && g.data === f.data && kinds.get(g.name) !== kind);
      const read = await readRegisterFiles<T>(
        kind,
        ofKind.map((f) => ({
          name: f.name,
          data: f.data,
          options: { ...fileOptions(f), ...(bothKinds(f) ? { otherKindRead: true } : {}) },
        })),
        {
          xlsx,
          ...(sessionIds ? { sessionIds } : {}),
          onProgress: ({ file, rows }) => {
            if (file !== current?.name) {
              doneBytes += current?.data.length ?? 0;
              current = ofKind.find((f) => f.name === file);
            }
            const size = current?.data.length ?? 0;
            const estimate = estimates.get(file);
            const within = estimate === undefined ? 0 : Math.min(rows / estimate, 1) * size;
            post({
              type: "progress",
              seq,
              value: (doneBytes + within) / totalBytes,
              label: `“${file}”: đã đọc ${vi(rows)} dòng…`,
            });
          },
        },
      );
      doneBytes += current?.data.length ?? 0;
      return read;
    };
    const sessions = await readKind<ReceptionSession>("sessions");
    const cases = await readKind<Case>(
      "cases",
      [...kinds.values()].includes("sessions") ? sessions.records.map((s) => s.id) : undefined,
    );
    return { sessions, cases };
  };
  post({ type: "progress", seq, value: 0, label: "Đang đọc các sổ…" });
  const kinds = new Map(files.map((f) => [f.name, f.kind]));
  let read = await readOnce(kinds);
  // A register whose kind the clerk did not choose, whose columns intake finds closer to the other kind's
  // (REGISTER_KIND_MISMATCH): read again as that kind, once.
  const flipped = [...read.sessions.problems, ...read.cases.problems].filter(
    (p) => p.problem.code === "REGISTER_KIND_MISMATCH" && files.some((f) => f.name === p.file && !f.kindChosen),
  );
  if (flipped.length > 0) {
    for (const p of flipped) kinds.set(p.file, kinds.get(p.file) === "cases" ? "sessions" : "cases");
    post({ type: "progress", seq, value: 0, label: "Đọc lại theo đúng loại sổ…" });
    read = await readOnce(kinds);
  }
  const problems: ProblemRow[] = [];
  const summaries: FileSummary[] = [];
  const totals = { read: 0, accepted: 0, rejected: 0 };
  // A cases register the clerk chose to read as sessions (its columns say cases): its rows are no cases, but its
  // denouncers are still protected in every output (review s16w F5: they were printed everywhere).
  const asSessions = files.filter(
    (f) =>
      kinds.get(f.name) === "sessions" &&
      read.sessions.problems.some((p) => p.file === f.name && p.problem.code === "REGISTER_KIND_MISMATCH"),
  );
  const misread =
    asSessions.length === 0
      ? []
      : await readRegisterFiles<Case>(
          "cases",
          asSessions.map((f) => ({ name: f.name, data: f.data, options: fileOptions(f) })),
          { xlsx },
        ).then((r) => [...denouncerIdentities(r.records), ...r.withheldIdentities]);
  const withheldIdentities = [...read.cases.withheldIdentities, ...misread];
  // A denouncer's name quoted by the problem of another row is withheld, as in every output.
  const clean = problemWithholder(
    [...denouncerIdentities(read.cases.records), ...withheldIdentities],
    [...registerVocabulary(read.cases.records), ...unitNames(org.units)],
  );
  for (const [kind, r] of [
    ["sessions", read.sessions],
    ["cases", read.cases],
  ] as const) {
    for (const q of r.problems) {
      const p = clean(q);
      problems.push({
        file: p.file,
        row: p.problem.row,
        column: p.problem.column ?? "",
        field: p.problem.field ?? "",
        id: p.id ?? "",
        code: p.problem.code,
        severity: p.problem.severity,
        what: p.what,
        allowed: p.allowed ?? "",
      });
    }
    for (const f of r.perFile) {
      const unreadable = r.problems.some(
        (p) => p.file === f.file && p.problem.severity === "error" && WHOLE_FILE.test(p.problem.code),
      );
      summaries.push({
        file: f.file,
        kind,
        rows: { ...f.rows },
        format: f.layout.format,
        encoding: f.layout.encoding === "binary" || f.layout.encoding === "unknown" ? undefined : f.layout.encoding,
        fontEncoding: f.layout.fontEncoding,
        delimiter: f.layout.delimiter,
        sheet: f.layout.sheet,
        headerRow: f.layout.format === "json" || f.layout.format === "ndjson" ? undefined : f.layout.headerRow,
        columns: f.layout.columns,
        missing: f.layout.missing,
        correctable: !unreadable,
      });
    }
    totals.read += r.rows.read;
    totals.accepted += r.rows.accepted;
    totals.rejected += r.rows.rejected;
  }
  state = {
    files: files.map((f) => ({ ...f, kind: kinds.get(f.name) ?? f.kind })),
    cases: read.cases.records,
    withheldIdentities,
    sessions: read.sessions.records,
    sessionsRegister: files.some((f) => (kinds.get(f.name) ?? f.kind) === "sessions"),
    rows: { ...totals, files: files.length },
    errors: problems.filter((p) => p.severity === "error").length,
    recordedFields: read.cases.recordedFields as (keyof Case)[],
    registerNotes: deadlineColumnNotes(read.cases.perFile),
    org,
    ...(daysOff.calendar ? { calendar: daysOff.calendar } : {}),
    statsFiles,
    statsErrors,
  };
  post({ type: "progress", seq, value: 1, label: "Đã đọc xong." });
  const order = (name: string) => files.findIndex((x) => x.name === name);
  return {
    files: summaries.sort((a, b) => order(a.file) - order(b.file)),
    totals,
    problems: problems.sort((a, b) => order(a.file) - order(b.file)),
    targets: {
      cases: registerColumns("cases").map(({ field, label, values }) => ({ field, label, values })),
      sessions: registerColumns("sessions").map(({ field, label, values }) => ({ field, label, values })),
    },
    org: orgSummary,
    daysOff: daysOff.summary,
    stats: statsSummary,
    settings: { party: settingsForm(org, "party"), state: settingsForm(org, "state") },
    memory: memorySummary(read.cases.records.length),
    ...(sheets.length > 0 ? { sheets } : {}),
  };
}

/** The memory a report of `cases` needs per register appendix (PDF and DOCX), and what this worker may use. */
function memorySummary(cases: number): ReadSummary["memory"] {
  const formats = ["pdf", "docx"];
  return {
    cases,
    limitMB: browserMemoryLimitMB(globalThis),
    neededMB: {
      all: estimateReportMemoryMB({ cases, register: "all", formats }),
      open: estimateReportMemoryMB({ cases, register: "open", formats }),
      none: estimateReportMemoryMB({ cases, register: "none", formats }),
    },
  };
}

function generate(seq: number, settings: ReportSettings): GeneratedSummary {
  if (!state) throw new Error("Chưa có sổ nào được đọc.");
  if (state.cases.length === 0 && state.rows.read === 0 && state.statsFiles.length === 0) {
    throw new Error("Chưa có sổ theo dõi đơn.");
  }
  if (state.statsErrors.length > 0) throw new Error(`${state.statsErrors.join("\n")}\nBỏ các tệp này hoặc lập lại.`);
  // Too big for the memory of the page: refused before it starts, as `tiepdan report` does (issue 18, goal 7).
  const tooBig = memoryWarning(memorySummary(state.cases.length), settings.register);
  if (tooBig) throw new Error(tooBig);
  // As the CLI: any error stops the documents (a file that could not be read rejects no row but is an error).
  if (state.errors > 0 && !settings.allowPartial) {
    throw new Error(
      `Các sổ còn ${vi(state.errors)} lỗi (${vi(state.rows.rejected)} dòng bị loại). Sửa các lỗi ở bước “Kiểm tra”, hoặc chọn “Vẫn lập báo cáo, không tính các dòng và tệp lỗi”.`,
    );
  }
  for (const [label, value] of [
    ["Ngày tính số liệu", settings.asOf],
    ["Ngày văn bản", settings.date],
  ] as const) {
    if (value && !isIsoDate(value)) {
      throw new Error(`${label} “${value}” không phải ngày có thật viết dd/mm/yyyy (ví dụ 31/03/2026).`);
    }
  }
  const period = resolvePeriod(settings.period, { cutoff: settings.cutoff || defaultCutoff(settings.profile) });
  // Today on the clerk's computer: a date more than a year after it is a year typed wrong (said in a note).
  const now = new Date();
  const today = formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
  const dates = resolveRunDates(
    period,
    {
      asOf: settings.asOf || undefined,
      date: settings.date || undefined,
    },
    today,
  );
  if (dates.refused) throw new Error(dates.refused);
  const { asOf, date } = dates;
  const org = orgWithSettings(state.org, settings.profile, settings.meta);
  const narrative = settings.narrative.trim() ? parseNarrative(settings.narrative) : undefined;
  // A control character pasted into the number (a direction control prints the rest backwards in Word) is removed.
  const number = oneLineText(settings.number.normalize("NFC"));
  const numberNotes =
    number !== settings.number.normalize("NFC").trim()
      ? ["Số văn bản có ký tự điều khiển không in được (thường do sao chép từ phần mềm khác): ký tự đó đã được bỏ đi."]
      : [];
  const input = {
    period,
    asOf,
    date,
    today,
    profile: settings.profile,
    org,
    // The org file as the clerk completed it: "[…]" left anywhere it prints makes the documents drafts.
    draftNotes: orgDraftNotes(org),
    cases: state.cases,
    withheldIdentities: state.withheldIdentities,
    sessions: state.sessions,
    sessionsRegister: state.sessionsRegister,
    // No org file dropped: the reporting unit is the one every session names (DESIGN.md "Report semantics").
    deriveReportingUnit: state.org === PLACEHOLDER_ORG,
    rows: state.rows,
    recordedFields: state.recordedFields,
    ...(number ? { number } : {}),
    ...(state.calendar ? { calendar: state.calendar } : {}),
  };
  post({ type: "progress", seq, value: 0.1, label: "Đang lập báo cáo định kỳ…" });
  // Statistics files of the units: the report of the level above adds them up (with its own registers, if any).
  let rollup: { statistics: ReturnType<typeof rollupStatistics> & { ok: true } } | null = null;
  if (state.statsFiles.length > 0) {
    const added = rollupStatistics({
      files: state.statsFiles,
      period,
      asOf,
      profile: settings.profile,
      org,
      ...(state.rows.read > 0
        ? {
            own: {
              cases: state.cases,
              sessions: state.sessions,
              rows: state.rows,
              recordedFields: state.recordedFields,
            },
          }
        : {}),
    });
    if (!added.ok) throw new Error(`${added.refusals.join("\n")}\nKhông tổng hợp được các tệp số liệu.`);
    rollup = { statistics: added };
  }
  const report = rollup
    ? preparePeriodicReport({
        ...input,
        cases: [],
        // The own registers are counted through the statistics; their denouncers are still withheld.
        withheldIdentities: [...denouncerIdentities(state.cases), ...state.withheldIdentities],
        sessions: [],
        // The units' statistics files carry their sessions: whether there were any is read from them.
        sessionsRegister: true,
        rows: rollup.statistics.rows,
        recordedFields: rollup.statistics.recordedFields as (keyof Case)[],
        statistics: rollup.statistics.statistics,
        ...(narrative ? { narrative } : {}),
        register: "none",
      })
    : preparePeriodicReport({ ...input, ...(narrative ? { narrative } : {}), register: settings.register });
  // Units that sent no statistics file: said beside the documents (the CLI refuses unless --allow-partial).
  const missing = rollup ? missingUnitsNote(rollup.statistics.missing, settings.profile) : undefined;
  if (rollup) report.notes.unshift(...rollup.statistics.notes);
  if (missing) report.notes.unshift(missing);
  post({
    type: "progress",
    seq,
    value: 0.5,
    label:
      settings.profile === "state"
        ? "Đang rà soát việc thực hiện Luật Tiếp công dân…"
        : "Đang rà soát việc thực hiện Quy định 11-QĐi/TW…",
  });
  const compliance = prepareComplianceReport(input);
  post({ type: "progress", seq, value: 0.8, label: "Đang lập văn bản từng vụ việc…" });
  const notices = NOTICE_ORDER.map((kind) => prepareNotices({ ...input, kind }));
  state.generated = {
    settings,
    recordedFields: rollup ? rollup.statistics.recordedFields : state.recordedFields,
    report,
    compliance,
    notices,
  };
  const f = compliance.model.findings;
  const s = report.summary;
  const stem = report.stem;
  return {
    periodLabel: period.label,
    from: period.from,
    to: period.to,
    asOf,
    unit: report.model.unit.name,
    summary: { rows: s.rows, sessions: s.sessions, cases: s.cases },
    minimum: minimumOf(report.model),
    findings: {
      sessions: f.sessions.length,
      adHoc: f.adHoc.length,
      deadline: f.deadline.length,
      route: f.route.length,
    },
    notices: {
      receipt: notices[0]?.documents.length ?? 0,
      guidance: notices[1]?.documents.length ?? 0,
      transfer: notices[2]?.documents.length ?? 0,
    },
    profile: settings.profile,
    notes: [
      ...new Set([
        ...report.notes,
        ...(s.notes ?? []),
        ...compliance.notes,
        ...notices.flatMap((n, i) => [
          ...n.notes,
          ...(n.skipped.length > 0
            ? [
                `Không lập ${NOTICE_KINDS[NOTICE_ORDER[i] ?? "receipt"].name} cho vụ việc không có người nhận: ${n.skipped.map((x) => `${x.caseId} (${x.reason})`).join(", ")}.`,
              ]
            : []),
        ]),
      ]),
      ...dates.notes,
      ...state.registerNotes,
      ...(narrative?.problems ?? []).map((p) => `Tường thuật, dòng ${p.row}: ${p.message}`),
      ...input.draftNotes,
      ...numberNotes,
    ],
    files: [
      { id: "report-pdf", name: `${stem}.pdf` },
      { id: "report-docx", name: `${stem}.docx` },
      { id: "report-xlsx", name: `${stem}.xlsx` },
      { id: "stats-json", name: `${sideFileStem("so-lieu", period.spec, settings.profile)}.json` },
      { id: "compliance-pdf", name: `${compliance.stem}.pdf` },
      { id: "compliance-docx", name: `${compliance.stem}.docx` },
      { id: "notices-zip", name: `${sideFileStem("van-ban-vu-viec", period.spec, settings.profile)}.zip` },
    ],
  };
}

/** The minimum days the report states, from its model (review s23w W23-5: the card gave every month's). */
function minimumOf(model: ReturnType<typeof preparePeriodicReport>["model"]): GeneratedSummary["minimum"] {
  const { sessions } = model;
  if (sessions.status !== "judged" || sessions.required === null) return null;
  return {
    head: model.unit.headTitle,
    days: sessions.headDays,
    required: sessions.required,
    months: sessions.monthsJudged,
    open: sessions.monthsOpen.length,
  };
}

/**
 * The stem of a file the page makes beside the documents (the statistics file, the notices ZIP): the period and the
 * profile as the documents' own names end (`bao-cao-2026-Q1-dang`), so that the Party and the State files of one period
 * do not take each other's name (review s23w W23-7).
 */
const sideFileStem = (kind: "so-lieu" | "van-ban-vu-viec", spec: string, profile: "party" | "state") =>
  `${kind}-${spec.replace("..", "_")}-${profile === "party" ? "dang" : "nha-nuoc"}`;

const MIME = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  zip: "application/zip",
  csv: "text/csv;charset=utf-8",
};

async function download(
  seq: number,
  id: string,
  noticesPdf: boolean,
): Promise<{ name: string; mime: string; bytes: Uint8Array }> {
  const g = state?.generated;
  if (!g) throw new Error("Chưa lập báo cáo.");
  const fonts = pdfFonts();
  post({ type: "progress", seq, value: null, label: "Đang tạo tệp…" });
  switch (id) {
    case "report-pdf":
      return {
        name: `${g.report.stem}.pdf`,
        mime: MIME.pdf,
        bytes: await renderPdf(g.report.doc, { fonts, provenance: g.report.provenance }),
      };
    case "report-docx":
      return {
        name: `${g.report.stem}.docx`,
        mime: MIME.docx,
        bytes: await renderDocx(g.report.doc, { provenance: g.report.provenance }),
      };
    case "report-xlsx":
      return {
        name: `${g.report.stem}.xlsx`,
        mime: MIME.xlsx,
        bytes:
          g.report.forms.length > 0
            ? await writeFormWorkbook(g.report.forms, {
                range: g.report.workbook.range,
                attachedTo: `Kèm theo ${g.report.model.attachedTo}`,
                date: g.report.workbook.date,
              })
            : await writeStatWorkbook(g.report.model.tables, g.report.workbook),
      };
    case "stats-json": {
      const period = resolvePeriod(g.settings.period, {
        cutoff: g.settings.cutoff || defaultCutoff(g.settings.profile),
      });
      const org = orgWithSettings(state?.org ?? PLACEHOLDER_ORG, g.settings.profile, g.settings.meta);
      const file = buildStatsFile({
        unit: reportingUnitOf(org),
        profile: g.settings.profile,
        period,
        asOf: g.report.model.period.asOf,
        ruleSets: g.report.ruleSets,
        recordedFields: g.recordedFields,
        rows: g.report.model.rows,
        statistics: g.report.statistics,
        // A roll-up's file names the units it added up, as the CLI's does (review s19x F3).
        includes: (state?.statsFiles ?? []).flatMap(({ file }) => [
          { id: file.unit.id, name: file.unit.name },
          ...(file.includes ?? []),
        ]),
      });
      return {
        name: `${sideFileStem("so-lieu", period.spec, g.settings.profile)}.json`,
        mime: "application/json",
        bytes: new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`),
      };
    }
    case "compliance-pdf":
      return {
        name: `${g.compliance.stem}.pdf`,
        mime: MIME.pdf,
        bytes: await renderPdf(g.compliance.doc, { fonts, provenance: g.compliance.provenance }),
      };
    case "compliance-docx":
      return {
        name: `${g.compliance.stem}.docx`,
        mime: MIME.docx,
        bytes: await renderDocx(g.compliance.doc, { provenance: g.compliance.provenance }),
      };
    case "notices-zip": {
      const entries: Record<string, [Uint8Array, { mtime: Date; level: 0 | 1 }]> = {};
      const total = g.notices.reduce((n, k) => n + k.documents.length, 0) * (noticesPdf ? 2 : 1);
      let done = 0;
      for (const kind of g.notices) {
        for (const d of kind.documents) {
          entries[`${kind.folder}/${d.stem}.docx`] = [
            await renderDocx(d.doc, { provenance: d.provenance }),
            { mtime: ZIP_TIME, level: 0 },
          ];
          done += 1;
          if (noticesPdf) {
            entries[`${kind.folder}/${d.stem}.pdf`] = [
              await renderPdf(d.doc, { fonts, provenance: d.provenance }),
              { mtime: ZIP_TIME, level: 0 },
            ];
            done += 1;
          }
          if (done % 5 === 0)
            post({ type: "progress", seq, value: done / total, label: `Đã lập ${done}/${total} tệp…` });
        }
      }
      post({ type: "progress", seq, value: 1, label: `Đã lập ${done} tệp.` });
      const period = resolvePeriod(g.settings.period, {
        cutoff: g.settings.cutoff || defaultCutoff(g.settings.profile),
      });
      return {
        name: `${sideFileStem("van-ban-vu-viec", period.spec, g.settings.profile)}.zip`,
        mime: MIME.zip,
        bytes: zipSync(entries),
      };
    }
    default:
      throw new Error(`Không có tệp “${id}”.`);
  }
}

async function corrected(file: string): Promise<{ name: string; mime: string; bytes: Uint8Array }> {
  const f = state?.files.find((x) => x.name === file);
  if (!f) throw new Error(`Không có sổ “${file}”.`);
  const sessionIds = state?.sessions.map((s) => s.id) ?? [];
  const { text } = await correctRegister(f.kind, f.data, {
    ...(f.kind === "cases" && state?.files.some((x) => x.kind === "sessions") ? { sessionIds } : {}),
    fileName: f.name,
    xlsx,
    ...fileOptions(f),
  });
  // One sheet of a workbook: the workbook's name and the sheet's ("so-Tháng 02-da-sua.csv").
  const stem =
    f.sheet === undefined
      ? f.name.replace(/\.[^.]+$/, "")
      : `${f.name.slice(0, f.name.lastIndexOf(" (trang ")).replace(/\.[^.]+$/, "")}-${f.sheet.replace(/[\\/:*?"<>|]+/g, "-")}`;
  return { name: `${stem}-da-sua.csv`, mime: MIME.csv, bytes: new TextEncoder().encode(text) };
}

async function handle(request: Request): Promise<void> {
  const { seq } = request;
  try {
    if (request.type === "read") {
      post({
        type: "read",
        seq,
        result: await readAll(seq, request.files, request.org, request.daysOff, request.stats ?? []),
      });
    } else if (request.type === "generate") {
      post({ type: "generated", seq, result: generate(seq, request.settings) });
    } else {
      const file =
        request.type === "download"
          ? await download(seq, request.id, request.noticesPdf)
          : await corrected(request.file);
      post({ type: "file", seq, ...file }, [file.bytes.buffer as ArrayBuffer]);
    }
  } catch (e) {
    post({ type: "error", seq, message: e instanceof Error ? e.message : String(e) });
  }
}

// One request at a time, in the order sent: a read replaces the registers only after what was asked before it.
let queue = Promise.resolve();
self.onmessage = (event: MessageEvent<Request>) => {
  queue = queue.then(() => handle(event.data));
};
