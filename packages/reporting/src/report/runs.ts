// What `tiepdan report`, `tiepdan compliance` and `tiepdan notices` make from registers already read, without any
// file: the model, the document IR, the file stem and the provenance of each document. The CLI writes them to disk;
// the web page renders them in the browser. One place, so that both give the same documents.
import { type Case, formatVietnameseDate, type IsoDate, type Period, type ReceptionSession } from "@tiepdan/core";
import type { ComplianceModel, NoticeKind, NoticeModel, ReportModel } from "@tiepdan/templates";
import { NOTICE_TITLES } from "@tiepdan/templates";
import { buildSummaryJson, type SummaryJson } from "../buildSummaryJson.js";
import type { ProfileName } from "../document/buildDocument.js";
import type { DocumentNode } from "../document/ir.js";
import { registerColumns } from "../intake/registers.js";
import { noticeFileStems } from "./_noticeFileNames.js";
import { buildComplianceModel } from "./buildComplianceModel.js";
import { buildComplianceReport, complianceReportSummary } from "./buildComplianceReport.js";
import { buildNoticeDocument, buildNoticeModels } from "./buildNotices.js";
import { buildPeriodicReport, periodicReportSummary } from "./buildPeriodicReport.js";
import { buildReportModel, reportStatistics } from "./buildReportModel.js";
import { documentMetaFor, type OrgFile, reportingUnitOf } from "./orgFile.js";
import type { Narrative } from "./parseNarrative.js";

/** What every document made from registers needs: the period, the org file and the registers read. */
export interface RegisterRunInput {
  /** The reporting period (core's `resolvePeriod`). */
  period: Period;
  /** Date results and deadlines are counted to (usually `period.to`). */
  asOf: IsoDate;
  /** Date printed on the document (usually `asOf`). */
  date: IsoDate;
  /** Party (HD 36) or State (NĐ 30) format. */
  profile: ProfileName;
  /** The org file, or `PLACEHOLDER_ORG`. */
  org: OrgFile;
  /** Why the document is a draft (placeholders left, rows left out); printed in the document. */
  draftNotes: readonly string[];
  /** Accepted cases of every register. */
  cases: readonly Case[];
  /** Accepted sessions of every register. */
  sessions: readonly ReceptionSession[];
  /** Rows read, accepted and rejected over every register, and how many registers. */
  rows: { read: number; accepted: number; rejected: number; files: number };
  /** Fields every cases register has a column for (deadlines need their columns). */
  recordedFields: readonly (keyof Case)[];
  /** Document number; without it a blank is left for the office. */
  number?: string | undefined;
}

/** The dates of a run and what the clerk should know about them. */
export interface RunDates {
  /** Date results and deadlines are counted to: the one given, else the period's last day. */
  asOf: IsoDate;
  /** Date printed on the documents: the one given, else `asOf`. */
  date: IsoDate;
  /** Notes for the clerk (Vietnamese), e.g. an as-of date before the end of the period. */
  notes: string[];
}

/**
 * The as-of date and document date of a run, with their defaults, as the CLI and the web page both apply them.
 *
 * @param period - the reporting period
 * @param given - the as-of date and document date the user chose, if any
 * @returns both dates, and a note when the as-of date falls before the end of the period
 * @example
 * resolveRunDates(resolvePeriod("2026-Q1"), {}) //=> { asOf: "2026-03-31", date: "2026-03-31", notes: [] }
 */
export function resolveRunDates(
  period: Period,
  given: { asOf?: IsoDate | undefined; date?: IsoDate | undefined },
): RunDates {
  const asOf = given.asOf ?? period.to;
  const date = given.date ?? asOf;
  const d = (iso: IsoDate) => formatVietnameseDate(iso, { style: "numeric" });
  const notes: string[] = [];
  if (asOf < period.from) {
    notes.push(
      `Ngày tính số liệu ${d(asOf)} trước cả ngày đầu kỳ (${d(period.from)}): không vụ việc nào của kỳ có kết quả hay đến hạn tính đến ngày này; kiểm tra lại ngày tính số liệu.`,
    );
  } else if (asOf < period.to) {
    notes.push(
      `Ngày tính số liệu ${d(asOf)} trước ngày cuối kỳ (${d(period.to)}): vụ việc, buổi tiếp sau ngày này vẫn được tính nếu có trong sổ; thời hạn và kết quả tính đến ngày này.`,
    );
  }
  if (date < asOf) {
    notes.push(`Ngày văn bản ${d(date)} trước ngày tính số liệu ${d(asOf)}: văn bản ghi số liệu của ngày chưa đến.`);
  }
  return { asOf, date, notes };
}

/** The columns deadlines are counted from (DESIGN.md "Deadlines"): without them a deadline is "not enough data". */
const DEADLINE_FIELDS = ["notifiedOn", "acceptedOn", "resultOn"] as const;

/**
 * Notes on cases registers that lack a column deadlines need: such deadlines count as lacking data, never as
 * overdue, in every register (the fields recorded are those every register has).
 *
 * @param perFile - each cases register's name, the fields it has a column for and its rows
 *   (`readRegisterFiles().perFile`); a register without rows is left out
 * @returns one Vietnamese note per register lacking a deadline column
 * @example
 * deadlineColumnNotes([{ file: "xa-b.csv", fields: ["id", "acceptedOn"] }]);
 * //=> ["Sổ “xa-b.csv” không có cột “Ngày thông báo”, “Ngày có kết quả”: các thời hạn cần cột này …"]
 */
export function deadlineColumnNotes(
  perFile: readonly { file: string; fields: readonly string[]; rows?: { read: number } | undefined }[],
): string[] {
  const labels = new Map(registerColumns("cases").map((c) => [c.field, c.label]));
  return perFile.flatMap((f) => {
    if (f.rows?.read === 0) return []; // no rows, no case whose deadlines it could leave uncounted
    const lacking = DEADLINE_FIELDS.filter((k) => !f.fields.includes(k));
    return lacking.length === 0
      ? []
      : [
          `Sổ “${f.file}” không có cột ${lacking.map((k) => `“${labels.get(k) ?? k}”`).join(", ")}: các thời hạn cần cột này được coi là không đủ dữ liệu, không tính là quá hạn (ở mọi sổ).`,
        ];
  });
}

/** One document ready to render: its IR, the file name without extension, and the properties written into it. */
export interface PreparedDocument {
  /** The document IR for `renderPdf` / `renderDocx`. */
  doc: DocumentNode;
  /** File name without extension, e.g. `bao-cao-2026-Q1-dang`. */
  stem: string;
  /** Custom properties recorded in the PDF info and the DOCX (`TiepdanPeriod` …). */
  provenance: Record<string, string>;
}

/** Input of {@link preparePeriodicReport}. */
export interface PeriodicReportRunInput extends RegisterRunInput {
  /** The clerk's narrative sections. */
  narrative?: Narrative | undefined;
  /** Register appendix: every case of the period, open ones only, or none (default all). */
  register?: "all" | "open" | "none" | undefined;
  /** Print denouncers' identities in the register appendix: the document is marked MẬT (internal use only). */
  revealIdentities?: boolean | undefined;
}

/** The periodic report of a run. */
export interface PreparedPeriodicReport extends PreparedDocument {
  /** The report's model (every number of the document). */
  model: ReportModel;
  /** The numbers as `--summary-json` writes them. */
  summary: SummaryJson;
  /** Heading and data range for the statistics workbook (`writeStatWorkbook`). */
  workbook: { heading: string; range: string; date: IsoDate };
}

const profileSuffix = (profile: ProfileName) => (profile === "party" ? "dang" : "nha-nuoc");
const periodFileName = (period: Period) => period.spec.replace("..", "_");
const reporterOf = (org: OrgFile, profile: ProfileName, issuingBody: string) =>
  profile === "party" ? `Ban Thường vụ ${reportingUnitOf(org).name}` : issuingBody;

/**
 * The periodic report (issue 6) of registers already read: the model, the document, and the summary numbers.
 *
 * @param input - period, dates, profile, org file, registers read, narrative and options
 * @returns the document to render, its file stem and provenance, the model, the summary JSON and the workbook heading
 * @example
 * const run = preparePeriodicReport({ period, asOf: period.to, date: period.to, profile: "party", org, draftNotes: [],
 *   cases, sessions, rows, recordedFields });
 * await renderPdf(run.doc, { fonts, provenance: run.provenance });
 */
export function preparePeriodicReport(input: PeriodicReportRunInput): PreparedPeriodicReport {
  const { period, asOf, date, profile, org } = input;
  const reveal = input.revealIdentities === true;
  const head = reportingUnitOf(org);
  const meta = documentMetaFor({
    org,
    profile,
    number: input.number,
    date,
    documentType: "Báo cáo",
    summary: periodicReportSummary(period.label),
    classification: reveal ? "MẬT" : undefined,
  });
  const numberText = /^[-/]/.test(meta.number) ? "" : ` số ${meta.number}`;
  const model = buildReportModel({
    period,
    asOf,
    cases: input.cases,
    sessions: input.sessions,
    units: org.units,
    reportingUnit: head.id,
    reporter: reporterOf(org, profile, meta.issuingBody),
    rows: input.rows,
    ...(input.narrative ? { narrative: input.narrative } : {}),
    register: input.register ?? "all",
    revealIdentities: reveal,
    recordedFields: [...input.recordedFields],
    draftNotes: [...input.draftNotes],
    attachedTo: `Báo cáo${numberText} ngày ${formatVietnameseDate(date, { style: "numeric" })} của ${meta.issuingBody}`,
  });
  const { summary } = reportStatistics({
    period,
    asOf,
    cases: input.cases,
    sessions: input.sessions,
    unit: head,
    recordedFields: [...input.recordedFields],
  });
  const numeric = (d: IsoDate) => formatVietnameseDate(d, { style: "numeric" });
  return {
    doc: buildPeriodicReport({ model, meta, profile }),
    stem: `bao-cao-${periodFileName(period)}-${profileSuffix(profile)}${reveal ? "-MAT" : ""}`,
    provenance: {
      TiepdanRevealIdentities: reveal ? "yes" : "no",
      TiepdanPeriod: period.spec,
      TiepdanCutoff: period.cutoff,
      TiepdanAsOf: asOf,
    },
    model,
    summary: buildSummaryJson({
      period,
      asOf,
      rows: { read: input.rows.read, accepted: input.rows.accepted, rejected: input.rows.rejected },
      summary,
    }),
    workbook: {
      heading: `${head.name} — ${period.label}`,
      range: `Số liệu tính từ ngày ${numeric(period.from)} đến ngày ${numeric(period.to)}`,
      date,
    },
  };
}

/** The compliance report of a run. */
export interface PreparedComplianceReport extends PreparedDocument {
  /** The findings (also what `tiepdan compliance --json` writes). */
  model: ComplianceModel;
}

/**
 * The compliance report (issue 7): the breaches of a period, each with its clause, from registers already read.
 *
 * @param input - period, dates, profile, org file and registers read
 * @returns the document to render, its file stem and provenance, and the findings
 * @example
 * const run = prepareComplianceReport({ period, asOf: period.to, date: period.to, profile: "state", org,
 *   draftNotes: [], cases, sessions, rows, recordedFields });
 * run.model.findings.deadline.length //=> 12
 */
export function prepareComplianceReport(input: RegisterRunInput): PreparedComplianceReport {
  const { period, asOf, date, profile, org } = input;
  const meta = documentMetaFor({
    org,
    profile,
    number: input.number,
    date,
    documentType: "Báo cáo",
    summary: complianceReportSummary(period.label),
  });
  const model = buildComplianceModel({
    period,
    asOf,
    cases: [...input.cases],
    sessions: [...input.sessions],
    units: org.units,
    reportingUnit: reportingUnitOf(org).id,
    reporter: reporterOf(org, profile, meta.issuingBody),
    recordedFields: [...input.recordedFields],
    draftNotes: [
      ...input.draftNotes,
      ...(input.rows.rejected > 0 ? [`Có ${input.rows.rejected} dòng lỗi của các sổ chưa được rà soát.`] : []),
    ],
  });
  return {
    doc: buildComplianceReport({ model, meta, profile }),
    stem: `ra-soat-${periodFileName(period)}-${profileSuffix(profile)}`,
    provenance: { TiepdanPeriod: period.spec, TiepdanCutoff: period.cutoff, TiepdanAsOf: asOf },
    model,
  };
}

/** File names and Vietnamese names of the per-case documents. */
export const NOTICE_KINDS: Readonly<Record<NoticeKind, { file: string; name: string }>> = {
  receipt: { file: "thong-bao-tiep-nhan", name: "thông báo tiếp nhận, xử lý đơn" },
  guidance: { file: "phieu-huong-dan", name: "phiếu hướng dẫn" },
  transfer: { file: "phieu-chuyen-don", name: "phiếu chuyển đơn" },
};

/** Input of {@link prepareNotices}. */
export interface NoticesRunInput
  extends Omit<RegisterRunInput, "sessions" | "asOf" | "recordedFields" | "draftNotes" | "rows"> {
  /** Which document: notice of receipt, guidance, transfer slip. */
  kind: NoticeKind;
  /** Only these `Mã số` (every case of the period that needs one when absent). */
  ids?: readonly string[] | undefined;
}

/** The per-case documents of a run. */
export interface PreparedNotices {
  /** Folder name for the documents, e.g. `phieu-chuyen-don-2026-03`. */
  folder: string;
  /** One document per case, in order of reception. */
  documents: Array<PreparedDocument & { caseId: string; model: NoticeModel }>;
  /** Ids asked for with `ids` that get no document (not in the period, sender unknown, another route). */
  missingIds: string[];
  /** Transfer slips whose receiving body is blank (column “Cơ quan xử lý” empty). */
  unnamedBodies: number;
}

/**
 * The per-case documents of a kind (issue 7) for the cases of a period that need one.
 *
 * @param input - kind, period, date, profile, org file, cases, and optionally the ids wanted
 * @returns the folder name, one prepared document per case, the ids that got none, and the transfer slips without a body
 * @example
 * const run = prepareNotices({ kind: "receipt", period, date, profile: "party", org, cases });
 * run.documents[0].stem //=> "thong-bao-tiep-nhan-MS-2026-0001"
 */
export function prepareNotices(input: NoticesRunInput): PreparedNotices {
  const { kind, period, date, profile, org } = input;
  const models = buildNoticeModels({
    kind,
    cases: input.cases,
    period,
    ...(input.ids ? { ids: input.ids } : {}),
    issuer: reportingUnitOf(org).name,
    profile,
  });
  const found = new Set(models.map((m) => m.caseId));
  const denunciations = new Set(input.cases.filter((c) => c.kinds.includes("denunciation")).map((c) => c.id));
  const stems = noticeFileStems(
    NOTICE_KINDS[kind].file,
    models.map((m) => ({ id: m.caseId, denunciation: denunciations.has(m.caseId) })),
  );
  const meta = documentMetaFor({ org, profile, number: input.number, date, ...NOTICE_TITLES[kind] });
  return {
    folder: `${NOTICE_KINDS[kind].file}-${periodFileName(period)}`,
    documents: models.map((model, i) => ({
      caseId: model.caseId,
      model,
      doc: buildNoticeDocument({ model, meta, profile }),
      stem: stems[i] as string,
      provenance: { TiepdanNoticeKind: kind, TiepdanCaseId: model.caseId },
    })),
    missingIds: (input.ids ?? []).filter((id) => !found.has(id)),
    unnamedBodies: models.filter((m) => m.kind === "transfer" && m.body === "").length,
  };
}
