import {
  type Case,
  type Citation,
  checkSessionCompliance,
  evaluateAdHocTriggers,
  evaluateCaseDeadlines,
  findOrgUnit,
  findRuleSetAt,
  formatCitation,
  getMonthRange,
  type IsoDate,
  LABELS,
  lastDayJudged,
  type MonthCompliance,
  type OrgUnit,
  type Period,
  QD11_2019,
  type ReceptionSession,
  routeCase,
  type Side,
  VIETNAM_CALENDAR,
  type WorkingDayCalendar,
  weeksWithMinimum,
} from "@tiepdan/core";
import type { ComplianceFinding, ComplianceModel, ReportVoice, UnitSessionSummary } from "@tiepdan/templates";
import type { ProfileName } from "../document/buildDocument.js";
import { byReceipt, codeKey, kindsLabel, numericDate } from "./_caseText.js";
import { isPeoplesCommittee } from "./_scheduleBodies.js";
import { isJudgedHead, sessionSide } from "./profileSide.js";

/** Input of {@link buildComplianceModel}. */
export interface BuildComplianceModelInput {
  /** The period. */
  period: Period;
  /** As-of date (the period's last day by default): nothing after it is known. */
  asOf?: IsoDate;
  /** Accepted cases of every register. */
  cases: readonly Case[];
  /** Accepted sessions of every register. */
  sessions: readonly ReceptionSession[];
  /** The units of the org file: each head's sessions are judged. */
  units: readonly OrgUnit[];
  /** Id of the reporting unit. */
  reportingUnit: string;
  /** Who reports; "Ban Thường vụ " + the unit's name by default. */
  reporter?: string;
  /** Columns the registers have: a missing column makes a deadline "không đủ dữ liệu", not a breach. */
  recordedFields?: readonly (keyof Case)[];
  /** Working-day calendar. */
  calendar?: WorkingDayCalendar;
  /** Notes printed at the top of a draft. */
  draftNotes?: readonly string[];
  /** Whose reception is judged: the profile's side (the reporting unit's side by default). */
  profile?: ProfileName;
  /** `false` when no sessions register was given: no session is judged (default `true`). */
  sessionsRegister?: boolean;
  /** `false` when the reporting unit is unknown (no org file, sessions of several units): no session is judged. */
  judgeHead?: boolean;
}

const VOICES: Record<Side, ReportVoice> = {
  party: { profile: "party", heads: "người đứng đầu cấp ủy", reception: "tiếp dân" },
  state: { profile: "state", heads: "Chủ tịch Ủy ban nhân dân", reception: "tiếp công dân" },
};

const monthLabel = (m: string) => `tháng ${m.slice(5)}/${m.slice(0, 4)}`;
const detailOf = (c: Case) => `${kindsLabel(c)}${c.field ? ` — ${c.field}` : ""}`;

/**
 * The clause a unit's document cites: the routing rule follows Kon Tum's Kế hoạch 97-KH/TU (the model plan, DESIGN.md
 * rule 3), which binds Kon Tum's Party organisation only; another province's document cites the Quy định it
 * implements (review s16 F11: a Tỉnh ủy Minh Sơn document judged its units under Kon Tum's plan).
 */
function basisFor(source: Citation, units: readonly OrgUnit[]): Citation {
  if (!source.document.includes("Kon Tum") || units.some((u) => /kon tum/i.test(u.name))) return source;
  return QD11_2019.handling;
}

/**
 * A month's minimum and what it lacks, as the rule counts: days in the month, or, for a weekly minimum, the weeks short
 * (review s21 K5: "tiếp 4 ngày, tối thiểu 5 ngày (thiếu 4 ngày)" when the four days were in one week).
 */
function minimumShortfall(m: MonthCompliance): string {
  const weeks = weeksWithMinimum(m);
  if (weeks.length === 0) return `tối thiểu ${m.requiredDays} ngày (thiếu ${m.shortfall} ngày)`;
  const short = weeks.filter((w) => w.shortfall > 0);
  const perWeek = Math.max(...weeks.map((w) => w.requiredDays));
  const starts = short.map((w) => `${w.weekStart.slice(8)}/${w.weekStart.slice(5, 7)}`).join(", ");
  return `tối thiểu ${perWeek} ngày mỗi tuần: ${short.length} trong ${weeks.length} tuần chưa đủ (tuần bắt đầu ${starts})`;
}

function finding(
  category: ComplianceFinding["category"],
  unit: string,
  subject: string,
  detail: string,
  what: string,
  source: Citation,
): ComplianceFinding {
  return { category, unit, subject, detail, what, clause: formatCitation(source), verified: source.verified };
}

/**
 * Reviews a period against the rules and lists every breach with the clause it breaches (issue 7): months in which
 * a unit's head held fewer scheduled reception days than the minimum (QĐ 11-QĐi/TW Điều 4 k1, each unit of the org
 * file); cases whose ad hoc triggers fired with no ad hoc session of their unit afterwards; statutory deadlines
 * (written notice, acceptance, settlement) missed; recorded routes that differ from what the routing rule
 * recommends. Only what is known on the as-of date counts; a rule whose facts the registers lack is noted, not
 * reported as a breach. Findings name cases by `Mã số`, kinds and field only — never a sender or a content.
 *
 * @param input - period, registers, units and options
 * @returns the model of the compliance report (plain JSON)
 * @throws {RangeError} when the reporting unit is not among the units
 * @example
 * const model = buildComplianceModel({ period: resolvePeriod("2026-Q1"), cases, sessions, units, reportingUnit: "tu-minh-son" });
 * model.findings.sessions.map((f) => f.subject) //=> ["tháng 02/2026"]
 */
export function buildComplianceModel(input: BuildComplianceModelInput): ComplianceModel {
  const { period } = input;
  const asOf = input.asOf ?? period.to;
  const calendar = input.calendar ?? VIETNAM_CALENDAR;
  const head = input.units.find((u) => u.id === input.reportingUnit);
  if (!head) throw new RangeError(`buildComplianceModel: no unit with id ${JSON.stringify(input.reportingUnit)}`);
  const unitName = (ref: string | undefined) => findOrgUnit(ref, input.units)?.name ?? (ref?.trim() || head.name);
  const findings: ComplianceModel["findings"] = { sessions: [], adHoc: [], deadline: [], route: [] };
  const notes: string[] = [];

  // 1. Scheduled sessions of each unit's head, in the nominal months ended by the as-of date.
  // A unit written without "side" is a Party committee's, as the org file's schema reads it (review s19d D5: a unit
  // literal without it crashed the templates).
  const side: Side =
    input.profile === undefined ? (head.side ?? "party") : input.profile === "state" ? "state" : "party";
  const voice = VOICES[side];
  const months = period.nominalMonths.filter((m) => getMonthRange(m).to <= asOf);
  if (months.length < period.nominalMonths.length) {
    notes.push(
      `Các tháng chưa kết thúc đến ngày ${numericDate(asOf)} chưa được đánh giá về số ngày ${voice.reception} định kỳ.`,
    );
  }
  const ownSessions = input.sessions.filter((s) => sessionSide(s, input.units, head) === side);
  const sessionsNotJudged =
    input.sessionsRegister === false
      ? `Không có sổ theo dõi buổi ${voice.reception} nên chưa rà soát số ngày ${voice.reception} định kỳ của ${voice.heads}.`
      : ownSessions.length === 0
        ? `Sổ theo dõi buổi ${voice.reception} không ghi buổi ${voice.reception} nào của ${voice.heads} trong kỳ nên chưa rà soát số ngày ${voice.reception} định kỳ.`
        : input.judgeHead === false
          ? `Chưa xác định đơn vị báo cáo nên chưa rà soát số ngày ${voice.reception} định kỳ của ${voice.heads}.`
          : months.length === 0
            ? // Review s18h F7: "0" and a table of headers only said nothing was short when nothing was judged.
              `Đến ngày ${numericDate(asOf)} (ngày tính số liệu), ${period.nominalMonths.length === 1 ? monthLabel(period.nominalMonths[0] as string) : "các tháng của kỳ"} chưa kết thúc nên chưa rà soát số ngày ${voice.reception} định kỳ của ${voice.heads}.`
            : "";
  // What is known on the as-of date (review s22 V11: a session after it made a week whole, as review s17s F4 found
  // in the report).
  const sessionsOf = (u: OrgUnit) =>
    ownSessions.filter((s) => {
      if (s.date > asOf) return false;
      const owner = findOrgUnit(s.unit, input.units);
      return owner ? owner.id === u.id : (s.unit === undefined || s.unit.trim() === "") && u.id === head.id;
    });
  // A People's Committee's head is its Chủ tịch; any other body's (a department reporting on its own) its head (review
  // s22b W4: "Chủ tịch Sở Xây dựng").
  const headWord = (u: OrgUnit) => (side === "state" && isPeoplesCommittee(u) ? "Chủ tịch" : "Người đứng đầu");
  const units: UnitSessionSummary[] = [];
  const first = months[0];
  const last = months[months.length - 1];
  for (const u of input.units) {
    if (first === undefined || last === undefined || sessionsNotJudged !== "") break;
    if (!isJudgedHead(u, side, head)) continue;
    const result = checkSessionCompliance({
      unit: u,
      sessions: sessionsOf(u),
      from: getMonthRange(first).from,
      to: getMonthRange(last).to,
    });
    // A weekly minimum's month is judged once its last week has ended (review s22 V11: the week of 30/03 was found
    // short on 31/03; the report waited, review s21 C2).
    const waiting = result.months.filter((m) => months.includes(m.month) && lastDayJudged(m) > asOf);
    for (const m of waiting) {
      const note = `T${monthLabel(m.month).slice(1)}: số ngày ${voice.reception} định kỳ theo mức tối thiểu hằng tuần chưa được đánh giá vì tuần cuối của tháng (đến ngày ${numericDate(lastDayJudged(m))}) chưa kết thúc đến ngày ${numericDate(asOf)} (ngày tính số liệu).`;
      if (!notes.includes(note)) notes.push(note);
    }
    const judged = result.months.filter((m) => months.includes(m.month) && lastDayJudged(m) <= asOf);
    // Under a weekly minimum the days are counted by weeks: a week belongs to the month of its Monday, so a month's
    // days may differ from the sessions dated in it that the periodic report's appendix counts (review s22 V12).
    const weekly = judged.some((m) => weeksWithMinimum(m).length > 0);
    const weeksNote = `Số ngày ${voice.reception} định kỳ của tháng áp dụng mức tối thiểu theo tuần được tính theo tuần: mỗi tuần (từ thứ Hai đến Chủ nhật) thuộc tháng có ngày thứ Hai của tuần đó.`;
    if (weekly && !notes.includes(weeksNote)) notes.push(weeksNote);
    const hasRule = judged.some((m) => m.requiredDays !== null);
    units.push({
      unit: u.name,
      // A People's Committee's head is its Chủ tịch (review s22: "Người đứng đầu Ủy ban nhân dân xã …").
      head: u.headTitle ?? `${headWord(u)} ${u.name}`,
      months: judged.length,
      days: judged.reduce((n, m) => n + m.scheduledDays, 0),
      required: hasRule ? judged.reduce((n, m) => n + (m.requiredDays ?? 0), 0) : null,
      monthsShort: judged.filter((m) => m.compliant === false).length,
    });
    for (const m of judged) {
      if (m.compliant !== false || m.source === null) continue;
      findings.sessions.push(
        finding(
          "sessions",
          u.name,
          monthLabel(m.month),
          "",
          `${u.headTitle ?? headWord(u)} ${voice.reception} định kỳ ${m.scheduledDays} ngày, ${minimumShortfall(m)}${m.adHocSessions > 0 ? `; có ${m.adHocSessions} buổi đột xuất, không tính vào số ngày tối thiểu` : ""}${m.byOthers > 0 ? `; có ${m.byOthers} buổi định kỳ do cấp phó hoặc người khác chủ trì, không tính vào số ngày của người đứng đầu` : ""}.`,
          m.source,
        ),
      );
    }
  }

  // Cases judged: received in the period; for deadlines also those carried over.
  const inPeriod = input.cases.filter((c) => c.receivedOn >= period.from && c.receivedOn <= period.to);
  const carried = input.cases.filter(
    (c) => c.receivedOn < period.from && (c.resultOn === undefined || c.resultOn >= period.from),
  );
  inPeriod.sort(byReceipt);
  carried.sort(byReceipt);

  // 2. Ad hoc triggers without an ad hoc session of the case's unit afterwards.
  const adHocSessions = ownSessions.filter((s) => s.kind === "adHoc" && s.date <= asOf);
  const sessionById = new Map(input.sessions.map((s) => [s.id, s]));
  // An ad hoc session that lists its cases ("Vụ việc") answers those cases only, whichever unit held it (review s17s
  // F14: one ad hoc session of a unit answered every earlier case of the unit); one that lists none answers every
  // case of its unit received by its date, as before.
  const listing = new Map<string, IsoDate[]>();
  for (const s of adHocSessions) {
    for (const id of sessionCaseIds(s)) listing.set(codeKey(id), [...(listing.get(codeKey(id)) ?? []), s.date]);
  }
  const unlisted = adHocSessions.filter((s) => sessionCaseIds(s).length === 0);
  let undetermined = 0;
  for (const c of input.sessionsRegister === false ? [] : inPeriod) {
    const triggers = evaluateAdHocTriggers(c, { asOf, side });
    if (triggers.undetermined.length > 0 && !triggers.triggered) undetermined += 1;
    if (!triggers.triggered) continue;
    const own = c.sessionId ? sessionById.get(c.sessionId) : undefined;
    if (own?.kind === "adHoc") continue;
    const received = findOrgUnit(c.unit, input.units);
    const unit = received && received.side === side ? received : head;
    if (listing.get(codeKey(c.id))?.some((date) => date >= c.receivedOn)) continue;
    const held = unlisted.some(
      (s) => s.date >= c.receivedOn && (findOrgUnit(s.unit, input.units) ?? head).id === unit.id,
    );
    if (held) continue;
    const fired = triggers.criteria.filter((k) => k.fired === true);
    const source = fired[0]?.source;
    if (!source) continue;
    findings.adHoc.push(
      finding(
        "adHoc",
        unit.name,
        c.id,
        detailOf(c),
        `Tiếp nhận ngày ${numericDate(c.receivedOn)}; có dấu hiệu: ${fired.map((k) => k.label.toLocaleLowerCase("vi")).join("; ")}. Đến ngày ${numericDate(asOf)} chưa có buổi ${voice.reception} đột xuất của ${unit.name}.`,
        source,
      ),
    );
  }
  if (undetermined > 0) {
    notes.push(
      `${undetermined} vụ việc không đủ dữ liệu để xác định hết các dấu hiệu phải ${voice.reception} đột xuất (sổ thiếu cột hoặc để trống); không tính là vi phạm.`,
    );
  }
  notes.push(
    listing.size === 0
      ? `Vụ việc có dấu hiệu phải ${voice.reception} đột xuất được coi là đã tiếp khi vụ việc được tiếp nhận tại một buổi tiếp đột xuất, hoặc ${voice.heads} của đơn vị tiếp nhận vụ việc có buổi tiếp đột xuất từ ngày tiếp nhận trở đi.`
      : `Vụ việc có dấu hiệu phải ${voice.reception} đột xuất được coi là đã tiếp khi vụ việc được tiếp nhận tại một buổi tiếp đột xuất, khi mã số vụ việc được ghi ở cột “Vụ việc” của một buổi tiếp đột xuất từ ngày tiếp nhận trở đi, hoặc khi ${voice.heads} của đơn vị tiếp nhận vụ việc có buổi tiếp đột xuất không ghi vụ việc cụ thể từ ngày tiếp nhận trở đi.`,
  );

  // 3. Statutory deadlines missed as of the as-of date.
  const deadlineOptions = {
    calendar,
    side,
    ...(input.recordedFields ? { recordedFields: input.recordedFields } : {}),
  };
  let insufficient = 0;
  for (const c of [...carried, ...inPeriod]) {
    const statuses = evaluateCaseDeadlines(c, asOf, deadlineOptions);
    const isCarried = c.receivedOn < period.from;
    if (statuses.some((s) => s.status === "insufficientData")) insufficient += 1;
    for (const s of statuses) {
      if (s.status !== "missed" || s.deadline === null) continue;
      if (isCarried && s.deadline.due < period.from) continue; // reported in an earlier period
      const done =
        s.doneOn !== undefined
          ? `thực hiện ngày ${numericDate(s.doneOn)}, chậm ${s.daysLate} ngày`
          : `chưa thực hiện, quá hạn ${s.daysLate} ngày`;
      findings.deadline.push(
        finding(
          "deadline",
          unitName(c.unit),
          c.id,
          detailOf(c),
          `${s.label}: hạn ${numericDate(s.deadline.due)}, ${done}${isCarried ? " (vụ việc kỳ trước chuyển sang)" : ""}.`,
          s.deadline.source,
        ),
      );
    }
  }
  if (insufficient > 0) {
    notes.push(
      `${insufficient} vụ việc có thời hạn không đủ dữ liệu để đánh giá (sổ không ghi ngày bắt đầu hoặc ngày thực hiện); không tính là vi phạm.`,
    );
  }

  // 4. Recorded routes that differ from the rule's recommendation. A case received before any routing text of the side
  // was in force (QĐ 11-QĐi/TW from 18/02/2019) is not judged, and said so (review s21b T3: the review stopped with
  // "lỗi không mong đợi").
  let beforeRules = 0;
  for (const c of inPeriod) {
    if (findRuleSetAt(c.receivedOn, { side }) === undefined) {
      beforeRules += 1;
      continue;
    }
    const d = routeCase(c, { calendar, side });
    if (d.agreesWithRecord !== false || d.route === null || d.recorded === undefined) continue;
    findings.route.push(
      finding(
        "route",
        unitName(c.unit),
        c.id,
        detailOf(c),
        `Sổ ghi “${LABELS.route[d.recorded]}”; quy tắc đề xuất “${LABELS.routeLong[d.route]}”: ${d.reasons[0]?.text ?? ""}`,
        basisFor(d.source, input.units),
      ),
    );
  }

  if (beforeRules > 0) {
    notes.push(
      `${beforeRules} vụ việc tiếp nhận trước khi có văn bản quy định hướng xử lý (${side === "state" ? "Luật Tiếp công dân 2013" : "Quy định 11-QĐi/TW"}) nên không rà soát hướng xử lý.`,
    );
  }

  return {
    format: "tiepdan-compliance@1",
    voice,
    sessionsNotJudged,
    adHocNotJudged:
      input.sessionsRegister === false
        ? `Không có sổ theo dõi buổi ${voice.reception} nên chưa rà soát việc ${voice.reception} đột xuất.`
        : "",
    unit: {
      name: head.name,
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
    casesChecked: inPeriod.length + carried.length,
    units,
    findings,
    notes,
    draftNotes: [...(input.draftNotes ?? [])],
  };
}

/**
 * The cases (`Mã số`) a session lists in its "Vụ việc" column: the cell is split at semicolons when read; a clerk's
 * commas separate too.
 *
 * @param s - a session of the sessions register
 * @returns the case ids, trimmed, without blanks
 * @example
 * sessionCaseIds({ id: "B1", date: "2026-03-05", kind: "adHoc", caseIds: ["TD-01, TD-02", "TD-03"] }) //=> ["TD-01", "TD-02", "TD-03"]
 */
export function sessionCaseIds(s: ReceptionSession): string[] {
  return (s.caseIds ?? [])
    .flatMap((entry) => entry.split(","))
    .map((id) => id.trim())
    .filter((id) => id !== "");
}
