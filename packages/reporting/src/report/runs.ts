// What `tiepdan report`, `tiepdan compliance` and `tiepdan notices` make from registers already read, without any
// file: the model, the document IR, the file stem and the provenance of each document. The CLI writes them to disk;
// the web page renders them in the browser. One place, so that both give the same documents.
import {
  addCalendarDays,
  type Case,
  type DocumentMetaInput,
  evaluateCaseDeadlines,
  findStateReportingRegimeAt,
  formatVietnameseDate,
  formatVietnameseNumber,
  type IsoDate,
  type OrgUnit,
  type Period,
  type ReceptionSession,
  type Side,
  sessionHost,
  VIETNAM_CALENDAR,
  type WorkingDayCalendar,
} from "@tiepdan/core";
import type { ComplianceModel, NoticeKind, NoticeModel, ReportModel } from "@tiepdan/templates";
import { NOTICE_TITLES } from "@tiepdan/templates";
import { buildSummaryJson, type SummaryJson } from "../buildSummaryJson.js";
import { citedNumber, type ProfileName } from "../document/buildDocument.js";
import type { DocumentNode } from "../document/ir.js";
import { type FilledForm, type FillFormOptions, fillForm } from "../forms/fillForm.js";
import { formToStatTable } from "../forms/layoutHeader.js";
import { addFormMeasures, emptyFormMeasures } from "../forms/measures.js";
import { selectForms } from "../forms/registry.js";
import { registerColumns } from "../intake/registers.js";
import { codeKey } from "./_caseText.js";
import { knownOnAsOf, laterRowsNote } from "./_knownOnAsOf.js";
import { noticeFileStems } from "./_noticeFileNames.js";
import { buildComplianceModel, sessionCaseIds } from "./buildComplianceModel.js";
import { buildComplianceReport, complianceReportSummary } from "./buildComplianceReport.js";
import { buildNoticeDocument, buildNoticeModels, noticeSkipReason } from "./buildNotices.js";
import { buildPeriodicReport, periodicReportSummary } from "./buildPeriodicReport.js";
import { buildReportModel, missedDeadlinesOf, WITHHELD } from "./buildReportModel.js";
import { farDateNotes } from "./farDates.js";
import { matchUnit, resolveUnitRefs, sideOfName, unmatchedUnitWarnings } from "./matchUnits.js";
import { documentMetaFor, type OrgFile, placeholderOrgFor, reportingUnitOf, settingsFor } from "./orgFile.js";
import {
  completeNarrative,
  type Narrative,
  narrativeDraftNotes,
  placeholderNarrative,
  requiredNarrativeSections,
} from "./parseNarrative.js";
import {
  casesOfProfile,
  collectProfileStatistics,
  otherSideCasesNote,
  reportingUnitFor,
  sessionSide,
  sideOfProfile,
  undeterminedSideOf,
  unitsFor,
} from "./profileSide.js";
import { type ReportStatistics, totalStatistics } from "./reportStatistics.js";
import { denouncerIdentities, unitNames, withholdIdentities, withholdInNarrative } from "./withholdIdentities.js";

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
  /**
   * Names and addresses of the senders of denunciation rows that were rejected (`withheldIdentities` of the
   * reading): withheld wherever the cases write them, like the accepted denunciations' (DESIGN.md
   * "Confidentiality").
   */
  withheldIdentities?: readonly string[] | undefined;
  /** Accepted sessions of every register. */
  sessions: readonly ReceptionSession[];
  /** Rows read, accepted and rejected over every register, and how many registers. */
  rows: { read: number; accepted: number; rejected: number; files: number };
  /** Fields every cases register has a column for (deadlines need their columns). */
  recordedFields: readonly (keyof Case)[];
  /** Document number; without it a blank is left for the office. */
  number?: string | undefined;
  /**
   * Today's date, where the run is made (the CLI's and the browser's clock): a register's date more than a year after
   * it is said in a note (a year typed wrong, see `farDateNotes`); without it, nothing is said.
   */
  today?: IsoDate | undefined;
  /** Working-day calendar (the Vietnamese one by default; with a days-off file, the one it gives). */
  calendar?: WorkingDayCalendar | undefined;
  /**
   * Whether a sessions register was given (default: whether `sessions` holds any). Without one the report gives no
   * session figure and no compliance statement.
   */
  sessionsRegister?: boolean | undefined;
  /**
   * No org file was given (`org` is `PLACEHOLDER_ORG`): take the reporting unit from the sessions register — the unit
   * every session names, when there is one — and leave out the warnings about units the org file lacks.
   */
  deriveReportingUnit?: boolean | undefined;
}

/** What every run works on once the units are read: the org file, the profile's unit, the rows resolved. */
interface RunContext {
  org: OrgFile;
  head: OrgUnit;
  units: OrgUnit[];
  cases: Case[];
  /** The cases of the other side's bodies, left out of this profile's documents. */
  otherSide: Case[];
  sessions: ReceptionSession[];
  sessionsRegister: boolean;
  judgeHead: boolean;
  /** Notes for the clerk: stderr, the summary JSON's `notes`, the web page. */
  notes: string[];
  /** Removes the denouncers' names and addresses from a text (the narrative): see {@link withholdIdentities}. */
  withhold: (text: string) => string;
  /** A case as written to its own sender: see {@link withholdIdentities}' `forSender`. */
  forSender: (c: Case) => Case;
}

/**
 * The names the documents print as their signers' (not "[…]" placeholders), of both profiles: a name printed in one
 * profile's report and withheld in the other's would be given away by the two side by side (review s15d N10).
 */
function signerNames(org: OrgFile): string[] {
  const out: string[] = [];
  for (const profile of ["party", "state"] as const) {
    for (const unit of [undefined, ...org.units.map((u) => u.id)]) {
      const name = settingsFor(org, profile, unit)?.signer.name;
      if (name && !name.includes("[")) out.push(name);
    }
  }
  return out;
}

/** The org file and rows of a run as the documents read them (DESIGN.md "Report semantics": the reporting unit). */
function runContext(
  input: Omit<RegisterRunInput, "asOf" | "recordedFields" | "draftNotes" | "rows"> & { asOf?: IsoDate },
  statistics?: ReportStatistics,
  /** What an unmatched `Đơn vị` changes in this run's documents (the tables' rows by default). */
  unmatchedConsequence?: (head: OrgUnit) => string,
): RunContext {
  const notes: string[] = [];
  const sessionsRegister = input.sessionsRegister ?? input.sessions.length > 0;
  let org = input.org;
  let judgeHead = true;
  const side = sideOfProfile(input.profile);
  if (input.deriveReportingUnit) {
    // Without an org file: the unit every session names is the reporting unit.
    const named = new Map<string, string>();
    // A denouncer's name typed into a session's "Đơn vị" names no unit (review s21 K1).
    const denouncers = new Set(
      [...denouncerIdentities(input.cases), ...(input.withheldIdentities ?? [])].map((v) =>
        v.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi"),
      ),
    );
    for (const s of input.sessions) {
      const name = s.unit?.normalize("NFC").replace(/\s+/g, " ").trim();
      if (!name || denouncers.has(name.toLocaleLowerCase("vi"))) continue;
      const key = name.toLocaleLowerCase("vi");
      if (!named.has(key)) named.set(key, name);
    }
    const names = [...named.values()];
    if (names.length === 1) {
      const name = names[0] as string;
      org = placeholderOrgFor(name, sideOfName(name) ?? "party");
    } else if (names.length > 1) {
      judgeHead = false;
      notes.push(
        `Chưa có tệp thông tin đơn vị và sổ buổi tiếp dân ghi ${names.length} đơn vị (${names.slice(0, 3).join(", ")}${names.length > 3 ? ", …" : ""}): chưa xác định được đơn vị báo cáo nên văn bản không đánh giá số ngày tiếp dân định kỳ tối thiểu. Dùng tệp thông tin đơn vị (don-vi.json) để chỉ rõ đơn vị báo cáo.`,
      );
    }
  }
  const units = unitsFor(org, input.profile);
  const head = reportingUnitFor(org, input.profile);
  // A denouncer named in another cell (content, "Cơ quan xử lý", "Đơn vị" …) is withheld before anything is counted
  // or printed: the tables, the statistics file and the notes then never hold the name (DESIGN.md "Confidentiality").
  const withheld = withholdIdentities(input.cases, input.withheldIdentities, unitNames(units), signerNames(org));
  if (withheld.publicClash) {
    notes.push(
      `Một người tố cáo trong sổ trùng họ tên với người ký văn bản: họ tên đó được in như của người ký, không thay bằng “${WITHHELD}” (nếu thay, người đọc biết ngay người tố cáo tên gì). Đọc lại các đoạn nói về người mang họ tên đó trước khi ký.`,
    );
  }
  if (withheld.ids.length > 0) {
    notes.push(
      `Sổ theo dõi đơn (mã số ${withheld.ids.slice(0, 5).join(", ")}${withheld.ids.length > 5 ? ", …" : ""}): có ô ngoài cột “Người gửi”, “Địa chỉ” ghi họ tên hoặc địa chỉ của người tố cáo; văn bản in “${WITHHELD}” thay cho họ tên, địa chỉ đó. Nên sửa lại các ô này trong sổ.`,
    );
  }
  // What is dated after the as-of date is not known on it: neither counted nor listed (review s18h F6, s18b F3: the
  // sessions were left out, the cases counted, and the compliance review judged cases received after it).
  const knownCases = knownOnAsOf(withheld.cases, (c) => c.receivedOn, input.asOf, input.period.to);
  // The sessions' cells are withheld like the cases' (review s21 K1: a denouncer's name typed into a session's "Đơn vị"
  // was printed as a unit row, in the notes and in the statistics file). A unit the org file names is kept whole.
  const sessions = input.sessions.map((x) => withholdSession(x, withheld.text, units));
  // Without an org file no note names the values matching no unit: the sessions whose unit was withheld are named here
  // (review s21b T7: an unexplained row "(giữ bí mật)").
  const withheldUnits = sessions.filter((x, i) => x.unit !== input.sessions[i]?.unit).map((x) => x.id);
  if (input.deriveReportingUnit && withheldUnits.length > 0) {
    notes.push(
      `Sổ buổi tiếp dân (mã buổi ${withheldUnits.slice(0, 5).join(", ")}${withheldUnits.length > 5 ? ", …" : ""}): cột “Đơn vị” ghi họ tên hoặc địa chỉ của người tố cáo; văn bản in “${WITHHELD}” thay cho giá trị đó và tính các buổi này riêng dưới tên ấy. Sửa lại ô “Đơn vị” trong sổ.`,
    );
  }
  const knownSessions = knownOnAsOf(sessions, (x) => x.date, input.asOf, input.period.to);
  const later = laterRowsNote(
    { cases: withheld.cases.length - knownCases.length, sessions: sessions.length - knownSessions.length },
    input.asOf ?? input.period.to,
  );
  if (later) notes.push(later);
  const refs = resolveUnitRefs({ cases: knownCases, sessions: knownSessions, units });
  const undetermined = undeterminedSideOf(org);
  // Each profile reports the cases its own side received (review s17s F2); the others are named in a note.
  // A case whose "Đơn vị" tells no side is the org file's reporting unit's (review s18h F1: one body writes to its
  // sender, not two).
  // A session whose unit and host tell no side (none written, or a name the org file does not have) is the reporting
  // unit's side's too, when the org file has both (review s18h F3, s18b F2: counted by both profiles); the other
  // side's are left out here. One with no unit is then counted under the head, as every run does.
  const decided = (x: ReceptionSession): Side =>
    matchUnit(x.unit, units)?.side ?? sideOfName(x.unit) ?? sideOfName(x.host) ?? undetermined ?? side;
  const otherSessions = refs.sessions.filter((x) => decided(x) !== side);
  const resolved = { ...refs, sessions: refs.sessions.filter((x) => decided(x) === side) };
  const sided = casesOfProfile(resolved.cases, units, input.profile, undetermined);
  // The note counts what this period leaves out (review s18h F15: it counted the whole two-year register).
  const { from, to } = input.period;
  const leftInPeriod = sided.left.filter((c) => c.receivedOn >= from && c.receivedOn <= to);
  const otherNote = otherSideCasesNote(
    casesOfProfile(leftInPeriod, units, input.profile, undetermined).other,
    input.profile,
    {
      label: input.period.label,
      register: sided.left.length,
    },
  );
  if (otherNote) notes.push(otherNote);
  // Nothing of the profile's side at all: most likely the wrong register or profile (review s18h F16).
  if (sided.own.length === 0 && sided.left.length > 0 && !statistics) {
    notes.push(
      side === "state"
        ? "Các sổ đưa vào không có vụ việc nào do cơ quan hành chính nhà nước tiếp nhận: văn bản theo thể thức hành chính ghi 0 vụ việc. Kiểm tra lại đã đưa đúng sổ của Ủy ban nhân dân và đúng thể thức trước khi trình ký."
        : "Các sổ đưa vào không có vụ việc nào do cấp ủy, tổ chức đảng tiếp nhận: văn bản theo thể thức của Đảng ghi 0 vụ việc. Kiểm tra lại đã đưa đúng sổ của cấp ủy và đúng thể thức trước khi trình ký.",
    );
  }
  if (!input.deriveReportingUnit) {
    // Only the values of this run's own rows (review s18h F5: the People's Committee's cases a Party run left out were
    // said to be issued by the Tỉnh ủy).
    const ownIds = new Set(sided.own.map((c) => c.id));
    const own = resolved.unmatched.flatMap((u) => {
      if (u.register === "sessions") return (sideOfName(u.value) ?? undetermined ?? head.side) === side ? [u] : [];
      const ids = u.ids.filter((id) => ownIds.has(id));
      return ids.length > 0 ? [{ ...u, ids }] : [];
    });
    notes.push(...unmatchedUnitWarnings(own, unmatchedConsequence?.(head)));
  }
  if (!sessionsRegister) {
    notes.push(
      side === "state"
        ? "Không có sổ buổi tiếp dân: văn bản không nêu số buổi tiếp công dân và không đánh giá số ngày tiếp công dân định kỳ tối thiểu."
        : "Không có sổ buổi tiếp dân: văn bản không nêu số buổi tiếp dân và không đánh giá số ngày tiếp dân định kỳ tối thiểu.",
    );
  } else if (
    // A roll-up's sessions are in its units' statistics files.
    !statistics?.units.some((u) => u.stats.sessions.held > 0) &&
    !resolved.sessions.some((s) => sessionSide(s, units, head) === side)
  ) {
    notes.push(
      side === "state"
        ? "Sổ buổi tiếp dân không có buổi tiếp công dân nào của Chủ tịch Ủy ban nhân dân (cột “Đơn vị” hoặc “Người chủ trì”): văn bản theo thể thức hành chính ghi rõ không có buổi tiếp, không đánh giá số ngày tối thiểu."
        : "Sổ buổi tiếp dân không có buổi tiếp dân nào của người đứng đầu cấp ủy (cột “Đơn vị” hoặc “Người chủ trì”): văn bản theo thể thức của Đảng ghi rõ không có buổi tiếp, không đánh giá số ngày tối thiểu.",
    );
  } else if (!statistics && judgeHead) {
    // One commune's sessions register given, the others' not (review s16 F8): their heads are judged at 0 days,
    // which is right only if they held no session — the clerk is told which units the registers say nothing of.
    const held = new Set<string>();
    for (const x of resolved.sessions) {
      const u = matchUnit(x.unit, units) ?? (x.unit === undefined || x.unit.trim() === "" ? head : undefined);
      if (u) held.add(u.id);
    }
    // Sessions a deputy or another official presided are no days of the head's (review s16 F3): said, by code.
    // Only the profile's own sessions, as they are counted (review s16r #12: a State session with no "Đơn vị" was
    // listed in a Party report that never counted it).
    const byOthers = resolved.sessions.filter((x) => {
      if (x.kind !== "scheduled" || x.date < input.period.from || x.date > input.period.to) return false;
      if (sessionSide(x, units, head) !== side) return false;
      const u = matchUnit(x.unit, units) ?? head;
      return sessionHost(x.host, u.side) !== "head";
    });
    if (byOthers.length > 0) {
      const ids = byOthers.map((x) => x.id);
      notes.push(
        `${byOthers.length} buổi tiếp định kỳ do cấp phó hoặc người khác chủ trì (cột “Người chủ trì”: mã buổi ${ids.slice(0, 8).join(", ")}${ids.length > 8 ? ", …" : ""}) được tính là buổi tiếp dân của đơn vị nhưng không tính vào số ngày tiếp dân định kỳ của người đứng đầu.`,
      );
    }
    const silent = units.filter((u) => u.side === side && !held.has(u.id));
    if (silent.length > 0) {
      notes.push(
        `Sổ buổi tiếp dân không có buổi nào của ${silent.length} đơn vị: ${silent.map((u) => u.name).join(", ")}. Văn bản ghi người đứng đầu các đơn vị này tiếp dân 0 ngày: đúng nếu đơn vị không tổ chức tiếp dân; nếu còn thiếu sổ buổi tiếp dân của đơn vị, đưa thêm sổ đó rồi lập lại.`,
      );
    }
  }
  if (sessionsRegister && !statistics) {
    const note = sessionPeopleNote(resolved.sessions, sided.own, input.period);
    if (note) notes.push(note);
    // The other side's sessions of the period, left out as its cases are (review s18h F3).
    const others = otherSessions.filter((x) => x.date >= from && x.date <= to).length;
    if (others > 0) {
      notes.push(
        side === "state"
          ? `Trong kỳ (${input.period.label}), sổ buổi tiếp dân có ${formatVietnameseNumber(others)} buổi tiếp dân của cấp ủy, tổ chức đảng: văn bản theo thể thức hành chính không tính các buổi này.`
          : `Trong kỳ (${input.period.label}), sổ buổi tiếp dân có ${formatVietnameseNumber(others)} buổi tiếp công dân của Ủy ban nhân dân: văn bản theo thể thức của Đảng không tính các buổi này.`,
      );
    }
  }
  return {
    org,
    head,
    units,
    cases: sided.own,
    otherSide: sided.left,
    sessions: resolved.sessions,
    sessionsRegister,
    judgeHead,
    notes,
    withhold: withheld.text,
    forSender: withheld.forSender,
  };
}

/** A session with a denouncer's name or address removed from its cells; its unit kept when the org file names it. */
function withholdSession(
  x: ReceptionSession,
  withhold: (text: string) => string,
  units: readonly OrgUnit[],
): ReceptionSession {
  let changed: ReceptionSession | undefined;
  for (const key of ["unit", "host", "place"] as const) {
    const value = x[key];
    if (value === undefined || (key === "unit" && matchUnit(value, units) !== undefined)) continue;
    const clean = withhold(value);
    if (clean !== value) {
      changed ??= { ...x };
      changed[key] = clean;
    }
  }
  return changed ?? x;
}

/**
 * The note for the clerk on sessions whose "Số lượt người" is below the people of the cases received at them (review
 * s17s F1): the report and Biểu 01/TCD count the people received from the sessions register, and the groups'
 * people (01/TCD column 15) from the cases, which then exceed the people received (column 12).
 */
function sessionPeopleNote(
  sessions: readonly ReceptionSession[],
  cases: readonly Case[],
  period: { from: IsoDate; to: IsoDate },
): string | undefined {
  const atSession = new Map<string, number>();
  for (const c of cases) {
    if (c.sessionId === undefined || c.receivedOn < period.from || c.receivedOn > period.to) continue;
    atSession.set(c.sessionId, (atSession.get(c.sessionId) ?? 0) + (c.people ?? 1));
  }
  const short = sessions.filter(
    (x) =>
      // A blank "Số lượt người" counts 0 in the report: said too (review s18b F7).
      x.date >= period.from && x.date <= period.to && (x.people ?? 0) < (atSession.get(x.id) ?? 0),
  );
  if (short.length === 0) return undefined;
  const listed = short
    .slice(0, 8)
    .map(
      (x) =>
        `${x.id} ${x.people === undefined ? "để trống" : `ghi ${formatVietnameseNumber(x.people)}`}, các vụ việc có ${formatVietnameseNumber(atSession.get(x.id) ?? 0)} người`,
    )
    .join("; ");
  return `Sổ buổi tiếp dân ghi “Số lượt người” ít hơn (hoặc để trống) số người của các vụ việc tiếp nhận tại buổi đó (sổ theo dõi đơn, cột “Buổi tiếp” và “Số người”): ${listed}${short.length > 8 ? `; và ${formatVietnameseNumber(short.length - 8)} buổi khác` : ""}. Văn bản tính số lượt người được tiếp theo sổ buổi tiếp dân, số người của đoàn đông người theo sổ theo dõi đơn; kiểm tra lại hai sổ trước khi ký.`;
}

/**
 * Where the Party report's own appendix layouts come from and what we could not check: for `docs/`, stderr and the
 * summary JSON's `notes`, never for the document itself (an official document holds only what an official would
 * write). The State report's appendices are the circular's forms, whose sources the `forms` key of the CLI's
 * `--summary-json` states.
 */
export const REPORT_SOURCE_NOTES: readonly string[] = [
  "Phụ lục tổng hợp kết quả tiếp dân được lập theo các chỉ tiêu của Quy định 11-QĐi/TW; chưa tra cứu được mẫu biểu thống kê tiếp dân dùng trong hệ thống Đảng, nên bố cục phụ lục là của công cụ.",
  "Phụ lục tổng hợp kết quả tiếp nhận, xử lý đơn theo các nhóm chỉ tiêu của Biểu số 01/XLD (bản mẫu tra cứu được là mẫu kèm Thông tư 02/2021/TT-TTCP), rút gọn theo các cột của sổ theo dõi đơn.",
];

/** The "[…]" placeholders left in what a document's metadata prints. */
function metaPlaceholders(meta: DocumentMetaInput): string[] {
  return [...new Set(JSON.stringify(meta).match(/\[[^\]"]{1,60}\]/g) ?? [])];
}

/**
 * The draft note of a document whose letterhead or signer is still a placeholder (a State document from an org file
 * with the Party's letterhead only: review s18b F1), unless the org file's own note already says so.
 *
 * @param meta - the document's metadata
 * @param notes - the draft notes the document already has
 * @returns zero or one note, in Vietnamese
 * @example
 * metaDraftNotes(meta, []) //=> ["Văn bản còn chữ mẫu trong ngoặc vuông ([Ủy ban nhân dân], …): …"]
 */
export function metaDraftNotes(meta: DocumentMetaInput, notes: readonly string[]): string[] {
  const left = metaPlaceholders(meta);
  if (left.length === 0 || notes.some((n) => n.includes("chữ mẫu trong ngoặc vuông"))) return [];
  return [
    `Văn bản còn chữ mẫu trong ngoặc vuông (${left.slice(0, 3).join(", ")}${left.length > 3 ? ", …" : ""}): phải thay bằng thông tin thật trước khi trình ký.`,
  ];
}

/** The dates of a run and what the clerk should know about them. */
export interface RunDates {
  /** Date results and deadlines are counted to: the one given, else the period's last day. */
  asOf: IsoDate;
  /** Date printed on the documents: the one given, else `asOf`. */
  date: IsoDate;
  /** Notes for the clerk (Vietnamese), e.g. an as-of date before the end of the period. */
  notes: string[];
  /**
   * Why no document should be made with these dates (Vietnamese), when they fall before the period's first day: a
   * report counted, or dated, before the period it reports on — most often a year typed wrong (review s14 F6).
   */
  refused?: string;
}

/**
 * The as-of date and document date of a run, with their defaults, as the CLI and the web page both apply them.
 *
 * @param period - the reporting period
 * @param given - the as-of date and document date the user chose, if any
 * @param today - today's date where the run is made: a date more than a year after it is said in a note
 * @param calendar - the working-day calendar of the default document date (the Vietnamese one by default)
 * @returns both dates, a note when the as-of date falls before the end of the period (or far in the future), and why
 *   no document should be made when a date falls before its first day
 * @example
 * resolveRunDates(resolvePeriod("2026-Q1"), {}) //=> { asOf: "2026-03-31", date: "2026-03-31", notes: [] }
 */
export function resolveRunDates(
  period: Period,
  given: { asOf?: IsoDate | undefined; date?: IsoDate | undefined },
  today?: IsoDate,
  calendar: WorkingDayCalendar = VIETNAM_CALENDAR,
): RunDates {
  const asOf = given.asOf ?? period.to;
  const d = (iso: IsoDate) => formatVietnameseDate(iso, { style: "numeric" });
  const notes: string[] = [];
  // A document is signed on a working day (review s17s F13: a State report dated Saturday 14/03/2026 by default): the
  // as-of date, or the first working day after it.
  let date = given.date ?? asOf;
  if (given.date === undefined && !calendar.isWorkingDay(asOf)) {
    while (!calendar.isWorkingDay(date)) date = addCalendarDays(date, 1);
    notes.push(
      `Ngày văn bản ${d(date)}: ngày làm việc đầu tiên sau ngày tính số liệu ${d(asOf)} (ngày nghỉ). Muốn ghi ngày khác, chọn ngày văn bản.`,
    );
  } else if (given.date !== undefined && !calendar.isWorkingDay(given.date)) {
    notes.push(`Ngày văn bản ${d(given.date)} là ngày nghỉ: kiểm tra lại ngày ký.`);
  }
  if (asOf < period.from) {
    notes.push(
      `Ngày tính số liệu ${d(asOf)} trước cả ngày đầu kỳ (${d(period.from)}): không vụ việc nào của kỳ có kết quả hay đến hạn tính đến ngày này; kiểm tra lại ngày tính số liệu.`,
    );
  } else if (asOf < period.to) {
    notes.push(
      `Ngày tính số liệu ${d(asOf)} trước ngày cuối kỳ (${d(period.to)}): vụ việc, buổi tiếp ghi ngày sau ngày này không được tính; thời hạn và kết quả tính đến ngày này.`,
    );
  }
  if (date < asOf) {
    notes.push(`Ngày văn bản ${d(date)} trước ngày tính số liệu ${d(asOf)}: văn bản ghi số liệu của ngày chưa đến.`);
  }
  // A year typed wrong the other way (2062 for 2026): more than a year after today, said.
  const yearAfter = today === undefined ? undefined : addCalendarDays(today, 366);
  for (const [label, day] of [
    ["Ngày tính số liệu", asOf],
    ["Ngày văn bản", date],
  ] as const) {
    if (yearAfter !== undefined && day > yearAfter && (label === "Ngày tính số liệu" || date !== asOf)) {
      notes.push(
        `${label} ${d(day)} sau hôm nay (${d(today as IsoDate)}) hơn một năm: kiểm tra lại năm (thường do gõ nhầm).`,
      );
    }
  }
  const early =
    asOf < period.from ? `Ngày tính số liệu ${d(asOf)}` : date < period.from ? `Ngày văn bản ${d(date)}` : "";
  const refused =
    early === ""
      ? undefined
      : `${early} trước ngày đầu kỳ báo cáo (${d(period.from)}, ${period.label}): văn bản sẽ ghi ngày trước cả kỳ nó báo cáo. Kiểm tra lại ngày (thường do gõ nhầm năm).`;
  return { asOf, date, notes, ...(refused ? { refused } : {}) };
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
  // Registers lacking the same columns share one note: a workbook kept one sheet per month says it once.
  const byLacking = new Map<string, string[]>();
  for (const f of perFile) {
    if (f.rows?.read === 0) continue; // no rows, no case whose deadlines it could leave uncounted
    const lacking = DEADLINE_FIELDS.filter((k) => !f.fields.includes(k));
    if (lacking.length === 0) continue;
    const key = lacking.map((k) => `“${labels.get(k) ?? k}”`).join(", ");
    const files = byLacking.get(key);
    if (files) files.push(f.file);
    else byLacking.set(key, [f.file]);
  }
  return [...byLacking].map(([columns, files]) => {
    const shown = files.slice(0, 5).map((f) => `“${f}”`);
    const more = files.length > 5 ? ` và ${files.length - 5} sổ khác` : "";
    const list =
      shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(", ")}${more ? ", " : " và "}${shown.at(-1)}`;
    return `Sổ ${list}${more} không có cột ${columns}: các thời hạn cần cột này được coi là không đủ dữ liệu, không tính là quá hạn (ở mọi sổ).`;
  });
}

/**
 * Notes saying that deadlines of the period's cases run through a year whose days off the calendar had to compute
 * from the Labour Code (no yearly notice bundled or given in a days-off file): those due dates may move once the
 * notice is published. For stderr and the summary JSON `notes`, never for the document.
 *
 * @param input - period, as-of date, cases and the calendar used
 * @returns one Vietnamese note, or none
 * @example
 * daysOffFallbackNotes({ period: resolvePeriod("2026-Q4"), asOf: "2026-12-31", cases, calendar: VIETNAM_CALENDAR })
 * //=> ["Thời hạn của 3 vụ việc có ngày rơi vào năm 2027, năm chưa có thông báo lịch nghỉ lễ, Tết …"]
 */
export function daysOffFallbackNotes(input: {
  period: Pick<Period, "from" | "to">;
  asOf: IsoDate;
  cases: readonly Case[];
  calendar: WorkingDayCalendar;
}): string[] {
  const { period, asOf, calendar } = input;
  const basis = calendar.daysOffBasis;
  if (!calendar.includesHolidays || !basis) return [];
  // Deadlines run at most a few months past the as-of date: only look further when such a year falls back.
  const first = Number(period.from.slice(0, 4));
  const last = Math.max(Number(asOf.slice(0, 4)), Number(period.to.slice(0, 4))) + 1;
  let firstStatute: number | undefined;
  for (let y = last; y >= first; y--) if (basis.call(calendar, y) === "statute") firstStatute = y;
  if (firstStatute === undefined) return [];
  // No statutory period is longer than 90 days: a deadline reaching that year starts after September of the year before.
  const since = `${firstStatute - 1}-09-01`;
  const years = new Set<number>();
  let count = 0;
  for (const c of input.cases) {
    if (c.receivedOn < period.from || c.receivedOn > period.to) continue;
    if (c.receivedOn < since && (c.acceptedOn === undefined || c.acceptedOn < since)) continue;
    const fallback = evaluateCaseDeadlines(c, asOf, { calendar, explain: false }).flatMap(
      (s) => s.deadline?.daysOffFallback?.years ?? [],
    );
    if (fallback.length === 0) continue;
    count += 1;
    for (const y of fallback) years.add(y);
  }
  if (count === 0) return [];
  const list = [...years].sort((a, b) => a - b).join(", ");
  return [
    `Thời hạn của ${count} vụ việc có ngày rơi vào năm ${list}, năm chưa có thông báo lịch nghỉ lễ, Tết của cán bộ, công chức trong công cụ: ngày nghỉ được tính theo Bộ luật Lao động 2019 (Điều 111, Điều 112). Khi có thông báo, thêm các ngày nghỉ đó vào tệp ngày nghỉ (ngay-nghi.csv) và lập lại báo cáo.`,
  ];
}

/** One document ready to render: its IR, the file name without extension, and the properties written into it. */
export interface PreparedDocument {
  /**
   * What the clerk should know and the document does not say (Vietnamese): values of `Đơn vị` that name no unit,
   * placeholders left, a missing sessions register, the sources a layout follows. For stderr and the web page.
   */
  notes: string[];
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
  /** The statistics, when they come from units' statistics files (`tiepdan rollup`) rather than `cases`/`sessions`. */
  statistics?: ReportStatistics | undefined;
}

/** The periodic report of a run. */
export interface PreparedPeriodicReport extends PreparedDocument {
  /** The unit the report speaks for: the profile's own reporting unit of the org file (or of its placeholder). */
  unit: OrgUnit;
  /** The statistics behind every number (what `--stats-out` writes, with the run's unit and period). */
  statistics: ReportStatistics;
  /** The official forms of the State profile in force for the period, filled; empty for the Party profile. */
  forms: FilledForm[];
  /** Rule sets applied: the session minimums month by month, and the circular of the forms. */
  ruleSets: string[];
  /** The report's model (every number of the document). */
  model: ReportModel;
  /**
   * The numbers `--summary-json` writes, without its `forms` key: for the State profile the CLI adds
   * `forms: { used, blankColumns }` from {@link PreparedPeriodicReport.forms} (an app writing the same file adds it too).
   */
  summary: SummaryJson;
  /** Heading and data range for the statistics workbook (`writeStatWorkbook`). */
  workbook: { heading: string; range: string; date: IsoDate };
}

const profileSuffix = (profile: ProfileName) => (profile === "party" ? "dang" : "nha-nuoc");
const periodFileName = (period: Period) => period.spec.replace("..", "_");
const reporterOf = (head: OrgUnit, profile: ProfileName, issuingBody: string) =>
  profile === "party" ? `Ban Thường vụ ${head.name}` : issuingBody;

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
  const { period, asOf, date, profile } = input;
  const reveal = input.revealIdentities === true;
  const ctx = runContext(input, input.statistics);
  const { org, head } = ctx;
  const narrative = input.narrative ? withholdInNarrative(input.narrative, ctx.withhold) : undefined;
  if (narrative && JSON.stringify(narrative) !== JSON.stringify(input.narrative)) {
    ctx.notes.push(
      `Phần tường thuật ghi họ tên hoặc địa chỉ của người tố cáo; văn bản in “${WITHHELD}” thay cho họ tên, địa chỉ đó. Nên sửa lại phần tường thuật.`,
    );
  }
  // No narrative at all: the parts the outline requires (leadership, assessment, tasks; for the State also the
  // forecast and the proposals) are printed as bracketed placeholders and the report is a draft, not a
  // finished-looking report without them (review s17s F15); the same sections as for an empty or a partial
  // narrative (review F10). The State reports of quarters II–IV are the forms only (Thông tư 06/2025/TT-TTCP
  // Điều 4): no narrative is asked.
  const formsOnly =
    profile === "state" &&
    period.kind === "quarter" &&
    period.quarter !== 1 &&
    findStateReportingRegimeAt(period.to)?.id === "tt-06-2025";
  const unwritten = !narrative && !formsOnly;
  // A narrative lacking required sections gets them as placeholders, named to the clerk (review s18h F9).
  const completed = narrative && !formsOnly ? completeNarrative(narrative, profile) : undefined;
  const printed = completed?.narrative ?? narrative;
  const missingNote =
    completed && completed.missing.length > 0
      ? [
          `Phần tường thuật chưa có mục: ${completed.missing.join("; ")}. Văn bản in các mục này với dòng hướng dẫn trong ngoặc vuông, phải viết trước khi trình ký.`,
        ]
      : [];
  // A heading on proposals that is not the proposals part, and why: the clerk was told only "chưa có mục" although a
  // heading with those words was there (review s20b S4, S5). Not a draft note: the Party's proposals are optional,
  // and a State report lacking the part is already a draft by the note above.
  const passedOverNote =
    completed && completed.passedOver.length > 0
      ? [
          `Phần tường thuật: ${completed.passedOver
            .map(
              (x) =>
                `mục “${x.heading}” không được coi là mục Kiến nghị, đề xuất (${
                  x.reason === "citizens"
                    ? "tên mục nói về kiến nghị của công dân, tổ chức, doanh nghiệp"
                    : x.reason === "section"
                      ? `được coi là mục “${x.section}”`
                      : "tên mục không bắt đầu bằng “Kiến nghị”, “Đề xuất” hoặc “Đề nghị”"
                })`,
            )
            .join("; ")}. Kiến nghị, đề xuất của cơ quan báo cáo viết trong mục có tiêu đề “## Kiến nghị, đề xuất”.`,
        ]
      : [];
  const narrativeNotes = unwritten
    ? [
        `Chưa có phần tường thuật: các mục ${requiredNarrativeSections(profile)
          .map((h) => `“${h}”`)
          .join(", ")} còn để trống trong ngoặc vuông, phải viết trước khi trình ký.`,
      ]
    : narrative
      ? [...missingNote, ...narrativeDraftNotes(narrative)]
      : [];
  const meta = documentMetaFor({
    org,
    profile,
    number: input.number,
    date,
    documentType: "Báo cáo",
    summary: periodicReportSummary(period.label, profile),
    classification: reveal ? "MẬT" : undefined,
  });
  const numberText = ` số ${citedNumber(meta.number)}`;
  const calendar = input.calendar ?? VIETNAM_CALENDAR;
  // Each case's deadlines are evaluated once for the model's tables, its overdue list and the summary.
  const missedDeadlines = missedDeadlinesOf(asOf, {
    calendar,
    recordedFields: input.recordedFields,
    side: sideOfProfile(profile),
  });
  // The profile's own side: its sessions, its heads judged (DESIGN.md rule 1); the model counts the same way.
  const statistics =
    input.statistics ??
    collectProfileStatistics({
      period,
      asOf,
      cases: ctx.cases,
      sessions: ctx.sessions,
      units: ctx.units,
      head,
      profile,
      sessionsRegister: ctx.sessionsRegister,
      judgeHead: ctx.judgeHead,
      calendar,
      isOverdue: (c) => missedDeadlines(c).length > 0,
      recordedFields: [...input.recordedFields],
    }).statistics;
  const forms =
    profile === "state"
      ? fillOfficialForms(statistics, period, input.recordedFields, { sessionsRegister: ctx.sessionsRegister })
      : [];
  const model = buildReportModel({
    missedDeadlines,
    period,
    asOf,
    cases: ctx.cases,
    sessions: ctx.sessions,
    units: ctx.units,
    calendar,
    reportingUnit: head.id,
    profile,
    sessionsRegister: ctx.sessionsRegister,
    judgeHead: ctx.judgeHead,
    reporter: reporterOf(head, profile, meta.issuingBody),
    rows: input.rows,
    ...(printed ? { narrative: printed } : unwritten ? { narrative: placeholderNarrative(profile) } : {}),
    register: input.register ?? "all",
    revealIdentities: reveal,
    recordedFields: [...input.recordedFields],
    draftNotes: [...input.draftNotes, ...metaDraftNotes(meta, input.draftNotes), ...narrativeNotes],
    attachedTo: `Báo cáo${numberText} ngày ${formatVietnameseDate(date, { style: "numeric" })} của ${meta.issuingBody}`,
    statistics,
    ...(input.statistics ? { rolledUp: true } : {}),
    ...(forms.length > 0 ? { tables: forms.map(formToStatTable) } : {}),
  });
  // The summary says what the document says: no compliance when the head is not judged.
  const judged = model.sessions.status === "judged" || model.sessions.status === "noRule";
  const { summary } = totalStatistics(statistics, head, { judge: judged });
  const notes = [
    ...ctx.notes,
    ...narrativeNotes,
    ...passedOverNote,
    ...daysOffFallbackNotes({ period, asOf, cases: ctx.cases, calendar }),
    ...(input.today ? farDateNotes(ctx.cases, input.today) : []),
    ...formsOnlyNotes(period, model.outline.plan),
  ];
  const ruleSets = [
    ...new Set([
      ...summary.compliance.flatMap((m) => (m.ruleSetId === null ? [] : [m.ruleSetId])),
      ...forms.map((f) => f.form.id),
    ]),
  ];
  const numeric = (d: IsoDate) => formatVietnameseDate(d, { style: "numeric" });
  return {
    unit: head,
    notes,
    doc: buildPeriodicReport({ model, meta, profile }),
    stem: `bao-cao-${periodFileName(period)}-${profileSuffix(profile)}${reveal ? "-MAT" : ""}`,
    provenance: {
      TiepdanRevealIdentities: reveal ? "yes" : "no",
      TiepdanPeriod: period.spec,
      TiepdanCutoff: period.cutoff,
      TiepdanAsOf: asOf,
    },
    model,
    statistics,
    forms,
    ruleSets,
    summary: buildSummaryJson({
      period,
      asOf,
      rows: { read: input.rows.read, accepted: input.rows.accepted, rejected: input.rows.rejected },
      summary,
      notes: [...notes, ...(forms.length === 0 ? REPORT_SOURCE_NOTES : [])],
    }),
    workbook: {
      heading: `${head.name} — ${period.label}`,
      range: `Số liệu tính từ ngày ${numeric(period.from)} đến ngày ${numeric(period.to)}`,
      date,
    },
  };
}

/**
 * The note for the clerk on case ids a session lists ("Vụ việc") that no register has: a mistyped id leaves the case
 * unanswered by the session, and the compliance report then lists it among the cases not received ad hoc.
 */
function unknownListedCases(
  sessions: readonly ReceptionSession[],
  cases: readonly Case[],
  withhold: (text: string) => string,
): string[] {
  const known = new Set(cases.map((c) => codeKey(c.id)));
  const unknown = sessions.flatMap((s) =>
    sessionCaseIds(s)
      .filter((id) => !known.has(codeKey(id)))
      .map((id) => `${s.id}: ${id}`),
  );
  if (unknown.length === 0) return [];
  const shown = unknown.slice(0, 10).join("; ");
  const more = unknown.length > 10 ? ` và ${formatVietnameseNumber(unknown.length - 10)} mã khác` : "";
  return [
    withhold(
      `Cột “Vụ việc” của sổ buổi tiếp dân ghi mã số không có trong sổ theo dõi đơn (mã buổi: mã số): ${shown}${more}. Buổi tiếp đột xuất chỉ được tính là đã tiếp vụ việc có mã số khớp với sổ theo dõi đơn; kiểm tra lại các mã này.`,
    ),
  ];
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
  const { period, asOf, date, profile } = input;
  const ctx = runContext(input);
  const { org, head } = ctx;
  const meta = documentMetaFor({
    org,
    profile,
    number: input.number,
    date,
    documentType: "Báo cáo",
    summary: complianceReportSummary(period.label, profile),
  });
  const model = buildComplianceModel({
    period,
    asOf,
    ...(input.calendar ? { calendar: input.calendar } : {}),
    cases: ctx.cases,
    sessions: ctx.sessions,
    units: ctx.units,
    reportingUnit: head.id,
    profile,
    sessionsRegister: ctx.sessionsRegister,
    judgeHead: ctx.judgeHead,
    reporter: reporterOf(head, profile, meta.issuingBody),
    recordedFields: [...input.recordedFields],
    draftNotes: [
      ...input.draftNotes,
      ...metaDraftNotes(meta, input.draftNotes),
      ...(input.rows.rejected > 0 ? [`Có ${input.rows.rejected} dòng lỗi của các sổ chưa được rà soát.`] : []),
    ],
  });
  const all = [
    ...model.findings.sessions,
    ...model.findings.adHoc,
    ...model.findings.deadline,
    ...model.findings.route,
  ];
  const unverified = [...new Set(all.filter((f) => !f.verified).map((f) => f.clause))];
  return {
    notes: [
      ...ctx.notes,
      ...unknownListedCases(ctx.sessions, input.cases, ctx.withhold),
      ...(input.today ? farDateNotes(ctx.cases, input.today) : []),
      ...(unverified.length > 0
        ? [
            `Số điều, khoản của các căn cứ sau chưa đối chiếu được với văn bản gốc (nội dung quy định đã được xác định): ${unverified.join("; ")}.`,
          ]
        : []),
    ],
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
  /** Only the cases received by this unit (its id, name or alias in the org file). */
  unit?: string | undefined;
}

/** The per-case documents of a run. */
export interface PreparedNotices {
  /** Folder name for the documents, e.g. `phieu-chuyen-don-2026-03`. */
  folder: string;
  /** One document per case, in order of reception. */
  documents: Array<PreparedDocument & { caseId: string; model: NoticeModel }>;
  /** Ids asked for with `ids` that get no document (not in the period, sender unknown, another route). */
  missingIds: string[];
  /** The same ids, each with why it gets no document, in Vietnamese (review s16 F21). */
  missing: { id: string; reason: string }[];
  /** Documents whose competent body is blank (column “Cơ quan xử lý” empty where the document names it). */
  unnamedBodies: number;
  /** Cases of the period that get no document of this kind though their route asks for one, and why. */
  skipped: { caseId: string; reason: string }[];
  /** Notes for the clerk (unmatched units, drafts). */
  notes: string[];
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
  const { kind, period, date, profile } = input;
  const ctx = runContext(
    { ...input, sessions: [], sessionsRegister: false },
    undefined,
    (head) => `văn bản của các vụ việc này ghi đơn vị ban hành là ${head.name}`,
  );
  const { org, head } = ctx;
  let only: OrgUnit | undefined;
  if (input.unit !== undefined) {
    only = matchUnit(input.unit, ctx.units);
    if (!only) throw new RangeError(`prepareNotices: no unit ${JSON.stringify(input.unit)} in the org file`);
  }
  // A notice comes from the unit that received the case (its `Đơn vị`), the reporting unit when none is named.
  const unitOf = (c: Case): OrgUnit => ctx.units.find((u) => u.id === c.unit) ?? head;
  // A notice of receipt or a guidance slip is addressed to the sender: their own name stays where they wrote it,
  // other denouncers are withheld. A transfer slip goes to another body: every denouncer is withheld (Điều 56).
  const original = new Map(input.cases.map((c) => [c.id, c]));
  const addressed = (c: Case): Case => {
    const o = original.get(c.id);
    if (kind === "transfer" || !o) return c;
    const own = ctx.forSender(o);
    const { content: _c, handlingBody: _h, relatedBodies: _r, field: _f, ...rest } = c;
    return {
      ...rest,
      ...(own.content !== undefined ? { content: own.content } : {}),
      ...(own.handlingBody !== undefined ? { handlingBody: own.handlingBody } : {}),
      ...(own.relatedBodies !== undefined ? { relatedBodies: own.relatedBodies } : {}),
      ...(own.field !== undefined ? { field: own.field } : {}),
    };
  };
  const cases = (only ? ctx.cases.filter((c) => unitOf(c).id === (only as OrgUnit).id) : ctx.cases).map(addressed);
  const metaOf = (c: Case) =>
    documentMetaFor({
      org,
      profile,
      number: input.number,
      // Dated the recorded `Ngày thông báo`, else the date of the run.
      date: c.notifiedOn ?? date,
      ...NOTICE_TITLES[kind],
      ...(unitOf(c).id === head.id ? {} : { unit: unitOf(c).id }),
    });
  const draftOf = (meta: DocumentMetaInput, c: Case): string[] => {
    const left = metaPlaceholders(meta);
    const namesBody = kind !== "receipt" || c.route === "direct" || c.route === "guide";
    const body = namesBody && !c.handlingBody ? ["[cơ quan có thẩm quyền]"] : [];
    const all = [...left, ...body];
    return all.length === 0
      ? []
      : [
          `Văn bản còn chữ mẫu trong ngoặc vuông (${all.slice(0, 3).join(", ")}${all.length > 3 ? ", …" : ""}): phải thay bằng thông tin thật trước khi trình ký.`,
        ];
  };
  const metas = new Map(cases.map((c) => [c.id, metaOf(c)]));
  // The ids asked for, matched as the registers' codes are (case, spaces): "xab-2026-0017" is XAB-2026-0017.
  const byCode = new Map([...ctx.otherSide, ...ctx.cases].map((c) => [codeKey(c.id), c.id]));
  const otherSide = new Map(ctx.otherSide.map((c) => [c.id, c]));
  const asked = input.ids?.map((id) => ({ id, caseId: byCode.get(codeKey(id)) }));
  const wantedIds = asked?.map((a) => a.caseId ?? a.id);
  const models = buildNoticeModels({
    kind,
    cases,
    period,
    ...(wantedIds ? { ids: wantedIds } : {}),
    issuer: (c) => metas.get(c.id)?.issuingBody ?? head.name,
    draftNotes: (c) => draftOf(metas.get(c.id) as DocumentMetaInput, c),
    profile,
  });
  const found = new Set(models.map((m) => m.caseId));
  const ids = wantedIds ? new Set(wantedIds) : undefined;
  const skipped = cases
    .filter((c) => c.receivedOn >= period.from && c.receivedOn <= period.to && (!ids || ids.has(c.id)))
    .map((c) => ({ caseId: c.id, reason: noticeSkipReason(kind, c) }))
    .filter((x): x is { caseId: string; reason: string } => x.reason !== undefined);
  /** Why a case asked for by its id gets no document. */
  const missingReason = (c: Case | undefined): string => {
    if (c === undefined) return "không có trong sổ";
    if (otherSide.has(c.id)) {
      const by = matchUnit(c.unit, ctx.units)?.name ?? c.unit?.trim();
      const who = by
        ? `do ${by} tiếp nhận`
        : `không ghi đơn vị tiếp nhận, được tính cho ${reportingUnitOf(ctx.org).name}`;
      return profile === "state"
        ? `${who}: lập văn bản theo thể thức của Đảng (--profile party)`
        : `${who}: lập văn bản theo thể thức hành chính (--profile state)`;
    }
    if (c.receivedOn < period.from || c.receivedOn > period.to) {
      return `tiếp nhận ngày ${formatVietnameseDate(c.receivedOn, { style: "numeric" })}, ngoài ${period.label}`;
    }
    if (only && unitOf(c).id !== only.id) return `thuộc ${unitOf(c).name}, không phải ${only.name}`;
    const skip = noticeSkipReason(kind, c);
    if (skip) return skip;
    if (kind === "guidance") return "hướng xử lý không phải “Hướng dẫn”";
    if (kind === "transfer") return "hướng xử lý không phải “Chuyển”";
    return "không cần văn bản này";
  };
  const drafts = models.filter((m) => m.draftNotes.length > 0).map((m) => m.caseId);
  const byId = new Map(cases.map((c) => [c.id, c]));
  // Dates a clerk should see before signing (review s16 F10): a notice of receipt the register gives no date for is
  // dated the run's date, past its own deadline (10 working days from receipt); a recorded date that is a day off.
  const calendar = input.calendar ?? VIETNAM_CALENDAR;
  const numeric = (d: IsoDate) => formatVietnameseDate(d, { style: "numeric" });
  const listed = (ids: string[]) => `${ids.slice(0, 10).join(", ")}${ids.length > 10 ? ", …" : ""}`;
  const lateUndated =
    kind === "receipt"
      ? models
          .map((m) => byId.get(m.caseId) as Case)
          .filter((c) => c.notifiedOn === undefined)
          .filter((c) =>
            evaluateCaseDeadlines({ ...c, notifiedOn: date }, date, { calendar }).some(
              (d) => d.kind === "partyNotice" && d.status === "missed",
            ),
          )
          .map((c) => c.id)
      : [];
  const offDays = models
    .map((m) => byId.get(m.caseId) as Case)
    .filter((c) => c.notifiedOn !== undefined && !calendar.isWorkingDay(c.notifiedOn))
    .map((c) => `${c.id} (${numeric(c.notifiedOn as IsoDate)})`);
  const dateNotes = [
    ...(lateUndated.length > 0
      ? [
          `${lateUndated.length} thông báo ghi ngày ${numeric(date)} (ngày của lần lập, vì sổ chưa ghi “Ngày thông báo”), quá thời hạn 10 ngày làm việc kể từ ngày tiếp nhận (${listed(lateUndated)}): ghi ngày thông báo thật vào sổ rồi lập lại, hoặc xem lại trước khi ký.`,
        ]
      : []),
    ...(offDays.length > 0
      ? [`${offDays.length} văn bản ghi ngày là ngày nghỉ (ngày thông báo ghi trong sổ): ${listed(offDays)}.`]
      : []),
  ];
  // A denouncer's case code never names a file (codes of denunciations are hashed; see `noticeFileStems`).
  const stems = noticeFileStems(
    NOTICE_KINDS[kind].file,
    models.map((m) => ({ id: m.caseId, denunciation: byId.get(m.caseId)?.kinds.includes("denunciation") === true })),
  );
  const unitSuffix = only ? `-${only.id.normalize("NFC").replace(/[^\p{L}\p{N}._-]+/gu, "-")}` : "";
  return {
    folder: `${NOTICE_KINDS[kind].file}-${periodFileName(period)}${unitSuffix}`,
    documents: models.map((model, i) => ({
      caseId: model.caseId,
      model,
      notes: [],
      doc: buildNoticeDocument({
        model,
        meta: metas.get(model.caseId) ?? metaOf(byId.get(model.caseId) as Case),
        profile,
      }),
      stem: stems[i] as string,
      provenance: { TiepdanNoticeKind: kind, TiepdanCaseId: model.caseId },
    })),
    missingIds: (asked ?? []).filter((a) => a.caseId === undefined || !found.has(a.caseId)).map((a) => a.id),
    missing: (asked ?? [])
      .filter((a) => a.caseId === undefined || !found.has(a.caseId))
      .map((a) => ({
        id: a.id,
        reason: missingReason(
          a.caseId === undefined ? undefined : (ctx.cases.find((c) => c.id === a.caseId) ?? otherSide.get(a.caseId)),
        ),
      })),
    unnamedBodies: models.filter(
      (m) => (m.kind !== "receipt" || m.route === "direct" || m.route === "guide") && m.body === "",
    ).length,
    skipped,
    notes: [
      ...ctx.notes.filter((n) => !n.startsWith("Không có sổ buổi tiếp dân")),
      ...dateNotes,
      ...(drafts.length > 0
        ? [
            `${drafts.length} văn bản là dự thảo, còn chữ mẫu trong ngoặc vuông (${drafts.slice(0, 10).join(", ")}${drafts.length > 10 ? ", …" : ""}): đơn vị tiếp nhận chưa có thông tin văn bản (“document” hoặc “documents” của đơn vị trong tệp thông tin đơn vị), hoặc sổ thiếu “Cơ quan xử lý”.`,
          ]
        : []),
    ],
  };
}

/**
 * Thông tư 06/2025/TT-TTCP, điểm b khoản 2 Điều 4: the reports of the second, third and fourth quarters are the
 * forms only. The tool still writes the whole report (a province may ask for more, khoản 3); the clerk is told. The
 * report model already knows whether the circular applies: its outline is then Mẫu số 02's.
 */
function formsOnlyNotes(period: Period, plan: ReportModel["outline"]["plan"]): string[] {
  const regime = findStateReportingRegimeAt(period.to);
  if (plan === "mau02" && regime && !regime.periods.includes(period.kind as (typeof regime.periods)[number])) {
    return [
      `${regime.circular} không quy định báo cáo ${period.kind === "month" ? "tháng" : "đột xuất theo khoảng ngày"} (chỉ báo cáo quý, 6 tháng, 9 tháng, hằng năm): văn bản chỉ viện dẫn các luật làm căn cứ, không viện dẫn thông tư. Nếu báo cáo theo yêu cầu của cấp trên, ghi văn bản yêu cầu vào phần tường thuật.`,
    ];
  }
  if (plan !== "mau02" || period.kind !== "quarter" || period.quarter === 1) return [];
  return [
    "Theo điểm b khoản 2 Điều 4 Thông tư 06/2025/TT-TTCP, báo cáo quý II, quý III, quý IV chỉ gồm các biểu số liệu (01/TCD, 02/XLD, 03/GQKN, 04/GQTC…): gửi các biểu (tệp Excel hoặc phần phụ lục), trừ khi cấp trên yêu cầu thêm phần đánh giá.",
  ];
}

/**
 * The official State forms in force at the end of the period (their circular's validity window), filled from
 * the statistics: the "Tổng" row, then one row per unit of the org file, then any unit name the registers use
 * that the org file lacks.
 *
 * @param statistics - the report's statistics
 * @param period - the period (its last day chooses the circular)
 * @param recordedFields - the fields every cases register has a column for
 * @param options - whether there is a sessions register (its columns are blank without one)
 * @returns the filled forms, in the circular's order
 * @example
 * fillOfficialForms(statistics, resolvePeriod("2026-Q1", { cutoff: "mid-month" }), fields).map((f) => f.form.code)
 * //=> ["01/TCD", "02/XLD", "03/GQKN", "04/GQTC"] (the forms of TT 06/2025 in force on 14/03/2026, as selectForms gives them)
 */
export function fillOfficialForms(
  statistics: ReportStatistics,
  period: Pick<Period, "to">,
  recordedFields: readonly string[] | null,
  options: FillFormOptions = {},
): FilledForm[] {
  const total = statistics.units.reduce((acc, u) => addFormMeasures(acc, u.forms), emptyFormMeasures());
  const rows = [
    { label: "Tổng", measures: total, total: true },
    ...statistics.units
      .filter((u) => u.id !== null || u.stats.cases.total + u.stats.cases.carriedOver + u.stats.sessions.held > 0)
      .map((u) =>
        u.unreported
          ? { label: `${u.name} (chưa báo cáo)`, measures: u.forms, unreported: true }
          : { label: u.name, measures: u.forms },
      ),
  ];
  return selectForms(period.to).map((form) => fillForm(form, rows, recordedFields, options));
}
