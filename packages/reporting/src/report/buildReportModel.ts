import {
  type Case,
  type DeadlineStatus,
  type EvaluateCaseDeadlinesOptions,
  findOrgUnit,
  findRuleSetAt,
  findStateReportingRegimeAt,
  formatCitation,
  getSamePeriodLastYear,
  type IsoDate,
  type IsoMonth,
  isDenunciation,
  LABELS,
  type MonthCompliance,
  missedCaseDeadlines,
  type OrgUnit,
  type Period,
  type ReceptionSession,
  type Side,
  type Stats,
  summarizeStats,
  toRomanNumeral,
  VIETNAM_CALENDAR,
  type WorkingDayCalendar,
  weeksWithMinimum,
} from "@tiepdan/core";
import type {
  LabelledCount,
  OverdueItem,
  RegisterRow,
  ReportComparison,
  ReportModel,
  ReportUnitShort,
  ReportVoice,
  StatTable,
} from "@tiepdan/templates";
import { type FormMeasure, type FormMeasures, lackingFields } from "../forms/measures.js";
import { mayBeDenunciation } from "../intake/_lib/validateTable.js";
import { byReceipt, KIND_ORDER, kindsLabel, numericDate } from "./_caseText.js";
import { withoutContact } from "./_contact.js";
import type { Narrative } from "./parseNarrative.js";
import { collectProfileStatistics } from "./profileSide.js";
import { type ReportStatistics, totalFormMeasures, totalStatistics } from "./reportStatistics.js";

/** Input of {@link buildReportModel}. */
export interface BuildReportModelInput {
  /** The period, from `resolvePeriod`. */
  period: Period;
  /** As-of date of results and deadlines; the period's last day by default. */
  asOf?: IsoDate;
  /** Accepted cases of every register (merged). */
  cases: readonly Case[];
  /** Accepted sessions of every register (merged). */
  sessions: readonly ReceptionSession[];
  /** The units of the org file, in the order tables list them. */
  units: readonly OrgUnit[];
  /** Id of the reporting unit among `units`. */
  reportingUnit: string;
  /** Who reports, e.g. "Ban Thường vụ Tỉnh ủy Minh Sơn"; "Ban Thường vụ " + the unit's name by default. */
  reporter?: string;
  /** Rows of the registers and how many files they came from. */
  rows: { read: number; accepted: number; rejected: number; files: number };
  /** The clerk's narrative. */
  narrative?: Narrative;
  /** Which cases the register appendix lists: all of the period (default), the open ones, or none. */
  register?: "all" | "open" | "none";
  /** Print denouncers' identities in the register (an internal register, marked MẬT by the caller). */
  revealIdentities?: boolean;
  /** Columns the registers have (from intake): a missing column is "không đủ dữ liệu" for deadlines. */
  recordedFields?: readonly (keyof Case)[];
  /** Working-day calendar (the Vietnamese one by default). */
  calendar?: WorkingDayCalendar;
  /**
   * `party` (default): the report rests on Quy định 11-QĐi/TW; `state`: on the State reporting regime in force on the
   * last day of the data range (Thông tư 01/2024/TT-TTCP, from 30/09/2025 Thông tư 06/2025/TT-TTCP).
   */
  profile?: "party" | "state";
  /** Notes printed at the top of a draft. */
  draftNotes?: readonly string[];
  /** What the appendices are attached to, e.g. "Báo cáo số 12-BC/TU ngày 05/04/2026 của Tỉnh ủy Minh Sơn". */
  attachedTo?: string;
  /**
   * The deadlines each case missed as of `asOf`, remembered ({@link missedDeadlinesOf}); pass the same function to
   * `collectReportStatistics` (its `isOverdue`) so that a case's deadlines are evaluated once per run. One is made when absent.
   */
  missedDeadlines?: (c: Case) => readonly DeadlineStatus[];
  /** The statistics, when they are not counted from `cases` and `sessions` (a roll-up of statistics files). */
  statistics?: ReportStatistics;
  /**
   * The statistics were added up from statistics files (a roll-up): the sessions are known only through them, and
   * the reporting unit's row judged stands for its sessions register, even with no session in the period.
   */
  rolledUp?: boolean;
  /** Appendix tables replacing the report's own (the official forms of the State profile). */
  tables?: StatTable[];
  /** `false` when no sessions register was given: no session figure and no compliance statement (default `true`). */
  sessionsRegister?: boolean;
  /** `false` when the reporting unit's head cannot be judged (no org file, sessions of several units). */
  judgeHead?: boolean;
}

/**
 * The deadlines a case missed as of a date, remembered per case: the report's tables, its overdue list and its
 * summary all ask, and each case's deadlines are then evaluated once (core's `missedCaseDeadlines`: only the missed ones are explained).
 *
 * @param asOf - the as-of date
 * @param options - calendar and columns recorded, as given to the statistics
 * @returns a function of a case giving its missed deadlines (empty when none)
 * @example
 * const missed = missedDeadlinesOf("2026-03-31", { recordedFields });
 * missed(c).length > 0 //=> true when the case is overdue
 */
export function missedDeadlinesOf(
  asOf: IsoDate,
  options: EvaluateCaseDeadlinesOptions = {},
): (c: Case) => readonly DeadlineStatus[] {
  const known = new Map<Case, readonly DeadlineStatus[]>();
  const none: readonly DeadlineStatus[] = [];
  return (c) => {
    let missed = known.get(c);
    if (missed === undefined) {
      const found = missedCaseDeadlines(c, asOf, options);
      missed = found.length === 0 ? none : found;
      known.set(c, missed);
    }
    return missed;
  };
}

/** The words of each side (DESIGN.md rule 1). */
const VOICES: Record<Side, ReportVoice> = {
  party: { profile: "party", heads: "người đứng đầu cấp ủy các cấp", reception: "tiếp dân" },
  state: { profile: "state", heads: "Chủ tịch Ủy ban nhân dân các cấp", reception: "tiếp công dân" },
};

/** The basis sentence of a State report (Luật Tiếp công dân; the reporting regime of the Government Inspectorate). */
const STATE_BASIS_LAWS = "Luật Tiếp công dân năm 2013, Luật Khiếu nại năm 2011, Luật Tố cáo năm 2018";

/** Luật 136/2025/QH15 amends the three laws from 01/07/2026 (docs/legal-sources.md §6, opening read [TEXT]). */
const LAW_136_FROM = "2026-07-01";

/** The three laws as a State document cites them on a date: with their 2025 amendment from 01/07/2026. */
function stateBasisLaws(on: IsoDate): string {
  return on >= LAW_136_FROM
    ? `${STATE_BASIS_LAWS} (được sửa đổi, bổ sung theo Luật số 136/2025/QH15 ngày 10/12/2025)`
    : STATE_BASIS_LAWS;
}

/** Marker printed instead of a denouncer's name and address (Luật Tố cáo 2018 Điều 8 k3, Điều 47). */
export const WITHHELD = "(giữ bí mật)";
const NO_FIELD = "Chưa ghi lĩnh vực";
const NO_UNIT = "Chưa ghi đơn vị";

function sortCounts(map: Record<string, number>, label: (key: string) => string): LabelledCount[] {
  return Object.entries(map)
    .map(([key, count]) => ({ label: label(key), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "vi"));
}

/**
 * Builds the model of the periodic report (DESIGN.md "Report semantics") from the accepted rows of the registers:
 * every number comes from core's statistics (`createStats` / `addCase` / `addSession` / `summarizeStats`), the
 * same functions behind `--summary-json`; the per-unit and per-field tables are the same statistics on the
 * subsets, and their total rows equal the report's numbers. The register appendix withholds a denouncer's name
 * and address and shows a denunciation's content only as its field, unless `revealIdentities` is set.
 *
 * @param input - period, rows, units, narrative and options
 * @returns the model the template prints (plain JSON)
 * @throws {RangeError} when the reporting unit is not among the units, or the period or as-of date is invalid
 * @example
 * const model = buildReportModel({ period: resolvePeriod("2026-Q1"), cases, sessions, units, reportingUnit: "tu-minh-son",
 *   rows: { read: 120, accepted: 120, rejected: 0, files: 6 } });
 * model.cases.total //=> 118
 */
export function buildReportModel(input: BuildReportModelInput): ReportModel {
  const { period } = input;
  const asOf = input.asOf ?? period.to;
  const calendar = input.calendar ?? VIETNAM_CALENDAR;
  const head = input.units.find((u) => u.id === input.reportingUnit);
  if (!head) throw new RangeError(`buildReportModel: no unit with id ${JSON.stringify(input.reportingUnit)}`);
  // Whose sessions count and whose deadlines are judged: the profile's side only (DESIGN.md rule 1); without a
  // sessions register or a known head, no compliance statement. Per unit, per field and previous year: counted from
  // the registers, or given (a roll-up of statistics files).
  // A unit written without "side" is a Party committee's, as the org file's schema reads it (review s19d D5: a unit
  // literal without it crashed the templates).
  const side: Side =
    input.profile === undefined ? (head.side ?? "party") : input.profile === "state" ? "state" : "party";
  const missedOf =
    input.missedDeadlines ??
    missedDeadlinesOf(asOf, {
      calendar,
      side,
      ...(input.recordedFields ? { recordedFields: input.recordedFields } : {}),
    });
  const isOverdue = (c: Case) => missedOf(c).length > 0;
  const voice = VOICES[side];
  const sessionsGiven = input.sessionsRegister !== false;
  const judgeHead = input.judgeHead !== false;
  const counted = collectProfileStatistics({
    period,
    asOf,
    cases: input.statistics ? [] : input.cases,
    sessions: input.sessions,
    units: input.units,
    head,
    profile: side,
    sessionsRegister: sessionsGiven,
    judgeHead,
    calendar,
    isOverdue,
    ...(input.recordedFields ? { recordedFields: input.recordedFields } : {}),
  });
  const ownSessions = counted.ownSessions;
  const statistics = input.statistics ?? counted.statistics;
  // A roll-up's sessions are in its units' statistics files.
  // …or in the reporting unit's own row, judged where it was counted: its sessions register was given, even with no
  // session known in the period (review s20 S6: a roll-up did not say its head held none, the report from the same
  // registers did).
  const headRow = input.statistics?.units.find((u) => u.id === head.id);
  const headRowJudged = headRow !== undefined && headRow.unreported !== true && headRow.stats.config.unit != null;
  const hasSessions =
    ownSessions.length > 0 ||
    statistics.units.some((u) => u.stats.sessions.held > 0) ||
    (input.rolledUp === true && headRowJudged);
  // In a roll-up the reporting unit's head is judged only when some part counted its sessions (its row judged): a
  // province that gave neither its registers nor a file is not said to have held 0 days (review s16 F2).
  const headCounted = input.statistics === undefined || headRowJudged;
  const judged = sessionsGiven && hasSessions && judgeHead && headCounted;
  const { stats, summary } = totalStatistics(statistics, head);
  const totalForms = totalFormMeasures(statistics);
  // Without `Hướng xử lý` nothing tells a processed letter, or one within competence: the text says so instead.
  const routeRecorded = lackingFields(["processing.processed"], input.recordedFields).length === 0;
  const bucketStats: BucketStats[] = statistics.units.map((u) => ({
    bucket: {
      label: u.unreported ? `${u.name} (chưa báo cáo)` : u.name,
      unit: u.id === null ? undefined : input.units.find((x) => x.id === u.id),
      forms: u.forms,
      unreported: u.unreported === true,
    },
    stats: u.stats,
    summary: summarizeStats(u.stats),
  }));
  const labelOf = (ref: string | undefined): string => findOrgUnit(ref, input.units)?.name ?? (ref?.trim() || NO_UNIT);

  const inPeriod = (c: Case) => c.receivedOn >= period.from && c.receivedOn <= period.to;
  // Each printed list is sorted on its own: the overdue list alone is a fraction of a year's cases.
  const periodCases = input.cases.filter(inPeriod);

  // Comparison with the same period of the previous year, when the registers reach back to its first month.
  const previous = getSamePeriodLastYear(period);
  let comparison: ReportComparison | null = null;
  let sessionsComparison: ReportComparison | null = null;
  const { previousYear } = statistics;
  if (previousYear.covered) {
    const prev = previousYear.stats;
    const both: ReportComparison = {
      label: previous.label,
      from: previous.from,
      to: previous.to,
      casesTotal: prev.cases.total,
      casesGroup: prev.cases.group,
      sessionsHeld: prev.sessions.held,
      sessionsPeople: prev.sessions.people,
      complaints: prev.cases.byKind.complaint,
      denunciations: prev.cases.byKind.denunciation,
    };
    // Each figure against its own register's last year (review s18h F8).
    if (previousYear.casesCovered ?? true) comparison = both;
    if (previousYear.sessionsCovered ?? true) sessionsComparison = both;
  }

  // Overdue items.
  const overdueItems: OverdueItem[] = [];
  for (const c of periodCases.filter(isOverdue).sort(byReceipt)) {
    const missed = missedOf(c);
    overdueItems.push({
      id: c.id,
      receivedOn: c.receivedOn,
      kinds: kindsLabel(c),
      field: c.field ?? "",
      unit: labelOf(c.unit),
      missed: missed.map((m) => {
        const due = m.deadline ? `hạn ${numericDate(m.deadline.due)}` : "";
        const done = m.doneOn && m.doneOn <= asOf ? `thực hiện ngày ${numericDate(m.doneOn)}` : "chưa thực hiện";
        return `${m.label} (${[due, done].filter(Boolean).join(", ")})`;
      }),
    });
  }

  const ruleSet = findRuleSetAt(period.to);
  const regime = findStateReportingRegimeAt(period.to);
  const basis =
    side === "state"
      ? // A circular with no report of this kind (a month: review s17s F12) is no basis of it.
        regime && !regime.periods.includes(period.kind as (typeof regime.periods)[number])
        ? stateBasisLaws(asOf)
        : `${stateBasisLaws(asOf)} và ${regime ? `${regime.citedAs} ${regime.title}` : "chế độ báo cáo công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo của Thanh tra Chính phủ"}`
      : ruleSet?.id === "qd11-kl215-2025"
        ? "Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân (được sửa đổi, bổ sung theo Kết luận số 215-KL/TW ngày 23/11/2025 của Bộ Chính trị)"
        : "Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân";
  const lastSource = [...summary.compliance].reverse().find((m) => m.source !== null)?.source;

  // Narrative: the section on leadership first, the others after the results.
  const sections = input.narrative?.sections ?? [];
  const isLeadership = (h: string) => /lãnh đạo|chỉ đạo/i.test(h.normalize("NFC"));
  const leadership = sections.find((s) => isLeadership(s.heading)) ?? null;
  // Mẫu số 02 of TT 06/2025 opens with the situation of complaints and denunciations (the clerk's sections on it and
  // on its causes go there); the leadership section goes inside the results, as State management of the work.
  const plan = side === "state" && regime?.id === "tt-06-2025" ? "mau02" : "default";
  const isSituation = (h: string) => /^\s*(tình hình khiếu nại|nguyên nhân)/iu.test(h.normalize("NFC"));
  const situation = plan === "mau02" ? sections.filter((s) => s !== leadership && isSituation(s.heading)) : [];
  const others = sections.filter((s) => s !== leadership && !situation.includes(s));
  const resultsNumber = plan === "mau02" || leadership ? 2 : 1;

  const c = summary.cases;
  const status: ReportModel["sessions"]["status"] = !sessionsGiven
    ? "noRegister"
    : !hasSessions
      ? "noSessions"
      : !judged
        ? "unjudged"
        : summary.sessions.required === null || summary.compliance.every((m) => m.requiredDays === null)
          ? "noRule"
          : "judged";
  const register =
    (input.register ?? "all") === "none"
      ? null
      : {
          revealIdentities: input.revealIdentities === true,
          scope: input.register === "open" ? ("open" as const) : ("all" as const),
          rows: periodCases
            .filter((x) => input.register !== "open" || x.resultOn === undefined || x.resultOn > asOf)
            .sort(byReceipt)
            .map((x) => registerRow(x, asOf, input.revealIdentities === true, labelOf(x.unit))),
        };

  const tables = input.tables ?? [
    ...(hasSessions ? [sessionsTable(bucketStats, stats, summary, side, judged)] : []),
    handlingTable(bucketStats, stats, totalForms),
    fieldsTable(statistics.fields, stats),
  ];
  // Appendix numbers: the report's own tables, or the official forms (01/TCD: sessions, XLD: cases; no per-field form).
  const appendixOf = (test: (t: StatTable) => boolean): number | null => {
    const i = tables.findIndex(test);
    return i < 0 ? null : i + 1;
  };
  return {
    format: "tiepdan-report@1",
    voice,
    unit: {
      name: head.name,
      headTitle: head.headTitle ?? (side === "state" ? `Chủ tịch ${head.name}` : `Người đứng đầu ${head.name}`),
      level: head.level,
      reporter: input.reporter ?? (side === "state" ? head.name : `Ban Thường vụ ${head.name}`),
    },
    period: {
      spec: period.spec,
      kind: period.kind,
      label: period.label,
      from: period.from,
      to: period.to,
      cutoff: period.cutoff,
      asOf,
    },
    basis,
    rows: { ...input.rows },
    unreported: statistics.units.filter((u) => u.unreported).map((u) => u.name),
    narrative: { intro: [...(input.narrative?.intro ?? [])], leadership, situation, others },
    settlement: plan === "mau02" && routeRecorded ? settlementOf(totalForms, input.recordedFields) : null,
    processing: plan === "mau02" && routeRecorded ? processingOf(totalForms, input.recordedFields) : null,
    outline: {
      plan,
      results: toRomanNumeral(resultsNumber),
      others: others.map((_, i) => toRomanNumeral(resultsNumber + 1 + i)),
      appendixSessions: hasSessions ? appendixOf((t) => t.id === "tiep-dan" || /tcd/.test(t.id)) : null,
      appendixCases: appendixOf((t) => t.id === "xu-ly-don" || /xld/.test(t.id)),
      appendixFields: appendixOf((t) => t.id === "linh-vuc"),
      appendixOverdue: overdueItems.length > 0 ? tables.length + 1 : null,
      appendixRegister: register ? tables.length + (overdueItems.length > 0 ? 2 : 1) : null,
    },
    attachedTo: input.attachedTo ?? `báo cáo ${period.label} của ${head.name}`,
    sessions: {
      held: summary.sessions.held,
      scheduled: summary.sessions.scheduled,
      adHoc: summary.sessions.adHoc,
      people: summary.sessions.people,
      dialogues: stats.sessions.dialogues,
      // The minimum of the months judged, beside their days (review s18h F6; the summary's `required` is DESIGN.md's,
      // every nominal month).
      required: status === "judged" ? judgedRequired(summary) : null,
      status,
      headDays: judgedDays(summary),
      monthsJudged: summary.compliance.filter((m) => m.complete && m.requiredDays !== null).length,
      perWeek: perWeekOf(summary),
      openDays: summary.compliance.filter((m) => !m.complete).reduce((n, m) => n + m.scheduledDays, 0),
      monthsShort: summary.sessions.monthsShort ?? [],
      unitsShort: judged ? unitsShortOf(bucketStats, head, side) : [],
      monthsOpen: summary.compliance.filter((m) => !m.complete && m.requiredDays !== null).map((m) => m.month),
      months: summary.compliance.map((m) => ({ month: m.month, days: m.scheduledDays, required: m.requiredDays })),
      citation: lastSource ? formatCitation(lastSource) : "",
      rulesApplied: rulesAppliedSentence(summary.compliance),
    },
    cases: {
      total: c.total,
      byKind: { ...c.byKind },
      group: c.group,
      people: c.people,
      carriedOver: c.carriedOver,
      byRoute: { ...c.byRoute },
      routeUnrecorded: stats.cases.routeUnrecorded,
      resolved: c.resolved,
      open: c.total - c.resolved,
      overdue: c.overdue ?? null,
      deadlineColumnsMissing: input.recordedFields
        ? (
            [
              ["notifiedOn", "Ngày thông báo"],
              ["acceptedOn", "Ngày thụ lý"],
            ] as const
          )
            .filter(([f]) => !input.recordedFields?.includes(f))
            .map(([, label]) => label)
        : [],
      byField: sortCounts(stats.cases.byField, (k) => k || NO_FIELD),
      byChannel: sortCounts(stats.cases.byChannel, (k) => LABELS.channel[k as keyof typeof LABELS.channel] ?? k),
      byUnit: bucketStats
        .filter((b) => b.stats.cases.total > 0)
        .map((b) => ({ label: b.bucket.label, count: b.stats.cases.total })),
    },
    comparison,
    sessionsComparison,
    comparisonNote: comparison
      ? null
      : `Sổ theo dõi không có đủ số liệu của cùng kỳ năm trước (${previous.label}, từ ngày ${numericDate(previous.from)} đến ngày ${numericDate(previous.to)}) nên báo cáo không so sánh với cùng kỳ.`,
    overdueItems,
    tables,
    register,
    draftNotes: [...(input.draftNotes ?? [])],
  };
}

/** A measure of the forms, or `null` when a register lacks a column it needs (the form leaves it blank). */
function knownMeasures(forms: FormMeasures, recordedFields: readonly (keyof Case)[] | undefined) {
  return (m: FormMeasure): number | null => (lackingFields([m], recordedFields).length === 0 ? forms[m] : null);
}

/** The numbers of Biểu 02/XLD for part II.2 of Mẫu số 02: the form's own measures and equalities. */
function processingOf(
  forms: FormMeasures,
  recordedFields: readonly (keyof Case)[] | undefined,
): NonNullable<ReportModel["processing"]> {
  const known = knownMeasures(forms, recordedFields);
  const complaint = forms["processing.competent.complaint"];
  const denunciation = forms["processing.competent.denunciation"];
  const petition = forms["processing.competent.petition"];
  const guided = forms["processing.guided"];
  const transferred = forms["processing.transferred"];
  return {
    carriedOver: forms["processing.carriedOver"],
    received: forms["processing.received"],
    processed: forms["processing.processed"],
    eligible: complaint + denunciation + petition + guided + transferred,
    competent: complaint + denunciation + petition,
    complaint: {
      total: complaint,
      first: known("processing.competent.complaint.first"),
      second: known("processing.competent.complaint.second"),
      land: known("processing.competent.complaint.land"),
      policy: known("processing.competent.complaint.policy"),
      other: known("processing.competent.complaint.other"),
    },
    denunciation: {
      total: denunciation,
      first: known("processing.competent.denunciation.first"),
      repeat: known("processing.competent.denunciation.repeat"),
      administrative: known("processing.competent.denunciation.administrative"),
      corruption: known("processing.competent.denunciation.corruption"),
      judicial: known("processing.competent.denunciation.judicial"),
      other: known("processing.competent.denunciation.other"),
    },
    petition: {
      total: petition,
      policy: known("processing.competent.petition.policy"),
      land: known("processing.competent.petition.land"),
      other: known("processing.competent.petition.other"),
    },
    notCompetent: guided + transferred,
    guided,
    transferred,
  };
}

/** The settlement numbers of Mẫu số 02, each `null` when a register lacks a column its measure needs. */
function settlementOf(
  forms: FormMeasures,
  recordedFields: readonly (keyof Case)[] | undefined,
): NonNullable<ReportModel["settlement"]> {
  const known = knownMeasures(forms, recordedFields);
  const kind = (k: "complaint" | "denunciation") => ({
    competent: forms[`processing.competent.${k}`],
    accepted: known(`processing.competent.${k}.accepted`),
    pending: known(`processing.competent.${k}.pending`),
    decided: known(`settlement.${k}.issued`),
    withdrawn: known(`processing.competent.${k}.withdrawn`),
  });
  return { complaint: kind("complaint"), denunciation: kind("denunciation") };
}

/** "tháng 1–6/2026", "tháng 12/2025", "tháng 12/2025–2/2026". */
function monthRange(first: IsoMonth, last: IsoMonth): string {
  const m = (x: IsoMonth) => String(Number(x.slice(5)));
  const y = (x: IsoMonth) => x.slice(0, 4);
  if (first === last) return `tháng ${m(first)}/${y(first)}`;
  return y(first) === y(last)
    ? `tháng ${m(first)}–${m(last)}/${y(last)}`
    : `tháng ${m(first)}/${y(first)}–${m(last)}/${y(last)}`;
}

/**
 * One sentence naming the text that set the minimum for each run of months, when more than one applied over the
 * period (the text in force on each month's first day); `null` otherwise.
 */
function rulesAppliedSentence(months: readonly MonthCompliance[]): string | null {
  const runs: { document: string; first: IsoMonth; last: IsoMonth }[] = [];
  for (const m of months) {
    const document = m.source?.document ?? null;
    if (document === null) continue;
    const prev = runs[runs.length - 1];
    if (prev && prev.document === document) prev.last = m.month;
    else runs.push({ document, first: m.month, last: m.month });
  }
  if (new Set(runs.map((r) => r.document)).size < 2) return null;
  const parts = runs.map((r) => `theo ${r.document} cho ${monthRange(r.first, r.last)}`);
  return `Số ngày tiếp dân tối thiểu được tính theo văn bản có hiệu lực trong từng tháng: ${parts.slice(0, -1).join(", ")} và ${parts[parts.length - 1]}.`;
}

function registerRow(c: Case, asOf: IsoDate, reveal: boolean, unit: string): RegisterRow {
  const secret = mayBeDenunciation(c) && !reveal;
  return {
    id: c.id,
    receivedOn: c.receivedOn,
    kinds: kindsLabel(c),
    field: c.field ?? "",
    // Phone and identity numbers typed in the name or the address are not printed in a report (review s22c X11, s23r
    // R23-6); the internal register asked for with the identities (reveal) keeps the cells as written.
    sender: secret ? WITHHELD : reveal ? (c.senderName ?? "") : withoutContact(c.senderName ?? ""),
    address: secret ? WITHHELD : reveal ? (c.senderAddress ?? "") : withoutContact(c.senderAddress ?? ""),
    people: c.people ?? 1,
    // A denunciation's content is said by its field only; a case whose content speaks of one while its kinds do not
    // (DENUNCIATION_UNDECLARED) is said by its own kinds, not relabelled (review s15d N9).
    content: secret
      ? `${isDenunciation(c) ? "Tố cáo" : kindsLabel(c)} ${c.field ? `về lĩnh vực ${c.field.toLocaleLowerCase("vi")}` : "(chưa ghi lĩnh vực)"}`
      : (c.content ?? ""),
    route: c.route ? LABELS.route[c.route] : "",
    handlingBody: c.handlingBody ?? "",
    result:
      c.resultOn !== undefined && c.resultOn <= asOf
        ? `Có kết quả ngày ${numericDate(c.resultOn)}`
        : c.status && c.status !== "resolved"
          ? LABELS.status[c.status]
          : "Chưa có kết quả",
    unit,
    withheld: secret,
  };
}

type BucketStats = {
  bucket: { label: string; unit: OrgUnit | undefined; forms: FormMeasures; unreported: boolean };
  stats: Stats;
  summary: ReturnType<typeof summarizeStats>;
};

/** The row of a unit a roll-up has no numbers of: its name, "chưa báo cáo", and blank cells (not zeros). */
function unreportedRow(b: BucketStats, columns: number): { label: string; values: null[] } {
  return { label: b.bucket.label, values: Array.from({ length: columns }, () => null) };
}

/** The weekly minimum of the months judged that have one (review s21b T5), else null. */
function perWeekOf(summary: ReturnType<typeof summarizeStats>): number | null {
  const weekly = summary.compliance
    .filter((m) => m.complete && m.requiredDays !== null)
    .flatMap((m) => (m.weeks ?? []).map((w) => w.requiredDays));
  return weekly.length > 0 ? Math.max(...weekly) : null;
}

/** The head's scheduled days in the months judged (ended by the as-of date, inside the data range). */
const judgedDays = (sum: ReturnType<typeof summarizeStats>): number =>
  sum.compliance.filter((m) => m.complete).reduce((n, m) => n + m.scheduledDays, 0);

/** The minimum days of the months judged (ended by the as-of date, inside the data range). */
const judgedRequired = (sum: ReturnType<typeof summarizeStats>): number =>
  sum.compliance.filter((m) => m.complete).reduce((n, m) => n + (m.requiredDays ?? 0), 0);

/** Whether a unit's minimum days are judged in at least one month of the period (ended by the as-of date). */
const anyJudged = (sum: ReturnType<typeof summarizeStats>): boolean =>
  sum.sessions.required !== null && sum.compliance.some((m) => m.complete && m.requiredDays !== null);

/**
 * The units below the reporting unit whose head fell short of the minimum in a month judged, in the org file's order
 * (the rows of the sessions appendix that show a shortfall).
 */
function unitsShortOf(buckets: readonly BucketStats[], head: OrgUnit, side: Side): ReportUnitShort[] {
  return buckets.flatMap((b) => {
    const unit = b.bucket.unit;
    if (!unit || unit.id === head.id || unit.side !== side || b.bucket.unreported || !anyJudged(b.summary)) return [];
    const short = b.summary.compliance.filter((m) => m.complete && m.compliant === false);
    if (short.length === 0) return [];
    // A month under a weekly minimum is short by its weeks, not by days (review s21 K5 said it for the compliance
    // report; the periodic report still wrote "thiếu 4 ngày" for four days held in one week).
    const byDays = short.filter((m) => weeksWithMinimum(m).length === 0);
    const byWeeks = short.filter((m) => weeksWithMinimum(m).length > 0);
    const weeks = byWeeks.flatMap(weeksWithMinimum);
    return [
      {
        name: b.bucket.label,
        months: short.map((m) => m.month),
        shortfall: short.reduce((n, m) => n + (m.shortfall ?? 0), 0),
        ...(byWeeks.length > 0
          ? {
              byWeeks: {
                days:
                  byDays.length > 0
                    ? {
                        months: byDays.map((m) => m.month),
                        shortfall: byDays.reduce((n, m) => n + (m.shortfall ?? 0), 0),
                      }
                    : null,
                months: byWeeks.map((m) => m.month),
                weeks: weeks.filter((w) => w.shortfall > 0).length,
                perWeek: Math.max(...weeks.map((w) => w.requiredDays)),
              },
            }
          : {}),
      },
    ];
  });
}

function sessionsTable(
  buckets: BucketStats[],
  total: Stats,
  totalSummary: ReturnType<typeof summarizeStats>,
  side: Side,
  judged: boolean,
): StatTable {
  const voice = VOICES[side];
  const row = (label: string, st: Stats, sum: ReturnType<typeof summarizeStats>, isTotal: boolean) => ({
    label,
    values: [
      st.sessions.held,
      st.sessions.scheduled,
      st.sessions.adHoc,
      st.sessions.people,
      st.sessions.dialogues,
      // The months judged only, as in the text (review s18h F6); blank while none is (the last month of a State
      // monthly period, not ended on its 14th).
      isTotal || !anyJudged(sum) ? null : judgedDays(sum),
      isTotal || !anyJudged(sum) ? null : judgedRequired(sum),
      isTotal || !anyJudged(sum) ? null : (sum.sessions.monthsShort?.length ?? null),
    ],
    ...(isTotal ? { total: true } : {}),
  });
  return {
    id: "tiep-dan",
    title:
      side === "state" ? "TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN" : "TỔNG HỢP KẾT QUẢ TIẾP DÂN, ĐỐI THOẠI TRỰC TIẾP VỚI DÂN",
    sheetName: "Tiếp dân",
    rowHeader: "Đơn vị",
    columns: [
      {
        label: `Buổi ${voice.reception} trong kỳ`,
        children: [{ label: "Tổng số" }, { label: "Định kỳ" }, { label: "Đột xuất" }],
      },
      { label: "Lượt người được tiếp" },
      { label: "Buổi có đối thoại" },
      {
        label: side === "state" ? "Chủ tịch tiếp định kỳ" : "Người đứng đầu tiếp định kỳ",
        children: [{ label: "Số ngày" }, { label: "Tối thiểu theo quy định" }, { label: "Số tháng chưa đủ" }],
      },
    ],
    columnCodes: ["1=2+3", "2", "3", "4", "5", "6", "7", "8"],
    rows: [
      row("Tổng số", total, totalSummary, true),
      ...buckets
        .filter((b) => (b.bucket.unit && b.bucket.unit.side === side) || b.stats.sessions.held > 0)
        .map((b) => (b.bucket.unreported ? unreportedRow(b, 8) : row(b.bucket.label, b.stats, b.summary, false))),
    ],
    notes: [
      `Cột (1)–(5): các buổi ${voice.reception} có ngày tiếp trong khoảng số liệu của kỳ báo cáo, theo cột “Đơn vị” của sổ theo dõi buổi ${voice.reception}.`,
      judged
        ? side === "state"
          ? "Cột (6)–(8): số ngày tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân trong các tháng dương lịch của kỳ báo cáo đã kết thúc đến ngày tính số liệu, so với số ngày tối thiểu theo Luật Tiếp công dân (đơn vị không có mức tối thiểu, hoặc chưa có tháng nào kết thúc, để trống). Buổi đột xuất không tính vào số ngày tối thiểu."
          : "Cột (6)–(8): số ngày tiếp dân định kỳ của người đứng đầu cấp ủy trong các tháng dương lịch của kỳ báo cáo đã kết thúc đến ngày tính số liệu, so với số ngày tối thiểu theo khoản 1 Điều 4 Quy định 11-QĐi/TW (đơn vị không có mức tối thiểu, hoặc chưa có tháng nào kết thúc, để trống). Buổi đột xuất không tính vào số ngày tối thiểu."
        : `Cột (6)–(8) để trống: chưa xác định đơn vị có ${voice.heads.replace(" các cấp", "")} tiếp định kỳ.`,
    ],
  };
}

function handlingTable(buckets: BucketStats[], total: Stats, totalForms: FormMeasures): StatTable {
  const row = (label: string, st: Stats, forms: FormMeasures, isTotal: boolean) => {
    const s = st.cases;
    return {
      label,
      values: [
        s.carriedOver + s.total,
        s.carriedOver,
        s.total,
        forms["received.complaint"],
        forms["received.denunciation"],
        forms["received.petition"],
        s.byRoute.handle,
        s.byRoute.direct,
        s.byRoute.guide,
        s.byRoute.archive,
        s.routeUnrecorded,
        s.resolved,
        s.total - s.resolved,
        s.overdue ?? null,
        s.group,
      ],
      ...(isTotal ? { total: true } : {}),
    };
  };
  return {
    id: "xu-ly-don",
    title: "TỔNG HỢP KẾT QUẢ TIẾP NHẬN, XỬ LÝ ĐƠN, VỤ VIỆC",
    sheetName: "Xử lý đơn",
    rowHeader: "Đơn vị",
    columns: [
      {
        label: "Số vụ việc",
        children: [{ label: "Tổng số" }, { label: "Kỳ trước chuyển sang" }, { label: "Tiếp nhận trong kỳ" }],
      },
      {
        label: "Phân loại theo nội dung",
        children: [{ label: "Khiếu nại" }, { label: "Tố cáo" }, { label: "Kiến nghị, phản ánh" }],
      },
      {
        label: "Hướng xử lý",
        children: [
          { label: "Giải quyết theo thẩm quyền" },
          { label: "Chỉ đạo, chuyển cơ quan có thẩm quyền" },
          { label: "Hướng dẫn" },
          { label: "Lưu đơn" },
          { label: "Chưa ghi" },
        ],
      },
      {
        label: "Kết quả",
        children: [{ label: "Đã có kết quả" }, { label: "Chưa có kết quả" }, { label: "Quá hạn" }],
      },
      { label: "Vụ việc đông người" },
    ],
    columnCodes: ["1=2+3", "2", "3=4+5+6", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13=3-12", "14", "15"],
    rows: [
      row("Tổng số", total, totalForms, true),
      ...buckets
        .filter((b) => b.bucket.unit || b.stats.cases.total + b.stats.cases.carriedOver > 0)
        .map((b) => (b.bucket.unreported ? unreportedRow(b, 15) : row(b.bucket.label, b.stats, b.bucket.forms, false))),
    ],
    notes: [
      "Cột (2): vụ việc tiếp nhận trước kỳ chưa có kết quả trước ngày đầu kỳ. Cột (4)–(6): mỗi vụ việc xếp một loại; vụ việc có nội dung tố cáo xếp vào tố cáo, vụ việc có khiếu nại (không tố cáo) xếp vào khiếu nại.",
      "Cột (7)–(11): theo “Hướng xử lý” đã ghi trong sổ. Cột (12): có “Ngày có kết quả” đến ngày tính số liệu. Cột (14): quá ít nhất một thời hạn theo quy định (thông báo bằng văn bản, thụ lý, giải quyết). Cột (15): vụ việc có từ 5 người trở lên.",
    ],
  };
}

function fieldsTable(fields: ReportStatistics["fields"], total: Stats): StatTable {
  const row = (label: string, st: Stats, isTotal: boolean) => ({
    label,
    values: [
      st.cases.total,
      ...KIND_ORDER.map((k) => st.cases.byKind[k]),
      st.cases.group,
      st.cases.resolved,
      st.cases.overdue ?? null,
    ],
    ...(isTotal ? { total: true } : {}),
  });
  const rows = fields
    .map((f) => ({ label: f.field || NO_FIELD, st: f.stats }))
    .sort((a, b) => b.st.cases.total - a.st.cases.total || a.label.localeCompare(b.label, "vi"));
  return {
    id: "linh-vuc",
    title: "VỤ VIỆC TIẾP NHẬN TRONG KỲ THEO LĨNH VỰC",
    sheetName: "Lĩnh vực",
    rowHeader: "Lĩnh vực",
    columns: [
      { label: "Tổng số vụ việc" },
      {
        label: "Theo nội dung (một vụ việc có thể có nhiều nội dung)",
        children: [{ label: "Phản ánh" }, { label: "Kiến nghị" }, { label: "Khiếu nại" }, { label: "Tố cáo" }],
      },
      { label: "Vụ việc đông người" },
      { label: "Đã có kết quả" },
      { label: "Quá hạn" },
    ],
    columnCodes: ["1", "2", "3", "4", "5", "6", "7", "8"],
    rows: [row("Tổng số", total, true), ...rows.map((r) => row(r.label, r.st, false))],
    notes: [
      "Cột (2)–(5) theo nội dung ghi ở cột “Loại” của sổ: vụ việc có nhiều nội dung được tính ở mỗi nội dung, nên tổng các cột này có thể lớn hơn cột (1).",
    ],
  };
}
