import { checkCaseDates } from "../_lib/recordDates.js";
import { VIETNAM_CALENDAR, type WorkingDayCalendar } from "../calendar/workingDays.js";
import { differenceInCalendarDays, type IsoDate, isIsoDate } from "../date/plainDate.js";
import type { Case } from "../schemas/case.js";
import type { Side } from "../schemas/common.js";
import type { RuleSet } from "../schemas/ruleSet.js";
import { lawOfDeadline, numericDate, partyRuleSetAt } from "./_shared.js";
import { type ComputeDeadlineOptions, computeDeadline, type Deadline, type DeadlineKind } from "./computeDeadline.js";

/** Options of {@link evaluateCaseDeadlines}. */
export interface EvaluateCaseDeadlinesOptions {
  /** Working-day calendar ({@link VIETNAM_CALENDAR} by default). */
  calendar?: WorkingDayCalendar;
  /** See {@link ComputeDeadlineOptions.complaintAcceptanceCounting}. */
  complaintAcceptanceCounting?: "calendarDays" | "workingDays";
  /**
   * The fields the register has columns for (intake knows them). An empty cell in a column the register has
   * means "not done yet"; a column the register does not have means "không đủ dữ liệu". Without this option
   * every field is taken as recorded.
   */
  recordedFields?: readonly (keyof Case)[];
  /**
   * Whose obligations are judged. `party` (default): also the written notice to the sender that Quy định
   * 11-QĐi/TW asks of a Party committee's head. `state`: only the laws' deadlines (Luật Khiếu nại, Luật Tố cáo),
   * for a People's Committee, which QĐ 11 does not bind.
   */
  side?: Side;
  /** See {@link ComputeDeadlineOptions.ruleSets}: the Party rule sets whose notice rule applies. */
  ruleSets?: readonly RuleSet[];
  /**
   * `false`: each status's `reason` is left empty, for a caller that only counts statuses or reads their deadlines
   * over a register (the explanations of 100,000 cases are most of the evaluation's time). `true` by default.
   */
  explain?: boolean;
}

/** Where a case stands against one deadline. */
export interface DeadlineStatus {
  /** Which deadline. */
  kind: DeadlineKind;
  /** Vietnamese name. */
  label: string;
  /** `met` (done by the due date), `missed` (done late, or still open after it), `pending` (open, not yet due),
   * `insufficientData` ("không đủ dữ liệu": the register lacks the date the period runs from, or the date it was done). */
  status: "met" | "missed" | "pending" | "insufficientData";
  /**
   * The computed deadline; `null` when the start date is missing. Read-only: cases with the same kind, start date and
   * facts share one deadline object, frozen (copy it to annotate it).
   */
  deadline: Deadline | null;
  /** When the obligation was met, from the register. */
  doneOn?: IsoDate;
  /** Calendar days past the due date (to `doneOn`, or to the as-of date while open); only when missed. */
  daysLate?: number;
  /** Vietnamese explanation. */
  reason: string;
}

const num = numericDate;

interface Check {
  kind: DeadlineKind;
  step?: "first" | "second";
  label: string;
  start: IsoDate | undefined;
  startColumn: string;
  /** The case's receipt: no date of the check can come before it (review s23 D23-2). */
  received: IsoDate;
  done: IsoDate | undefined;
  doneField: keyof Case;
  doneColumn: string;
  /** A later date proves the step happened although its own date is missing. */
  laterEvidence: boolean;
  options: ComputeDeadlineOptions;
  assumptions: string[];
}

/**
 * Evaluates every statutory deadline that applies to a case as of a date: the written notice of QĐ 11-QĐi/TW
 * (unless the sender is anonymous, or the State side is judged), complaint acceptance and settlement (Luật Khiếu nại 2011), denunciation
 * processing and settlement (Luật Tố cáo 2018) — for each the due date and whether it was met, missed or is
 * pending, with the days late. A denunciation transferred to the competent body (`Hướng xử lý` Chuyển) is judged
 * on the transfer within 5 working days (Luật Tố cáo 2018 khoản 2 Điều 24, done on `Ngày thông báo`, when the
 * denouncer is told), never on the receiving body's processing and settlement periods; a complaint directed there is
 * not judged on its acceptance and settlement either (Luật Khiếu nại 2011 Điều 27 counts them from the competent
 * person's receipt). A deadline whose start date the register lacks, or whose completion is proved by
 * a later date but not dated itself, or whose dates cannot be (a step before the receipt, a step done before the one
 * it follows), is "không đủ dữ liệu" (`insufficientData`), never a guess.
 *
 * Acceptance and settlement deadlines do not apply to a case guided elsewhere or archived (`Hướng xử lý`
 * Hướng dẫn / Lưu đơn, or `Thuộc thẩm quyền` Không), nor to an anonymous denunciation (Luật Tố cáo Điều 25).
 * Missing facts that change the length (complexity, remote area) are taken as the ordinary case and said so.
 * Nothing dated after `asOf` is known on it: a step done later is still open then, and a period that starts later
 * has not begun (`pending`), so a report as of a past date gives the answer it would have given that day.
 *
 * @param c - the case
 * @param asOf - the day of the evaluation; never read from the clock
 * @param options - calendar and counting options
 * @returns one status per applicable deadline
 * @throws {RangeError} for a bad `asOf`
 * @example
 * evaluateCaseDeadlines(
 *   { id: "K1", receivedOn: "2026-03-02", channel: "letter", kinds: ["complaint"], notifiedOn: "2026-03-20" },
 *   "2026-04-30",
 * ).map((s) => [s.kind, s.status]);
 * //=> [["partyNotice", "missed"], ["complaintAcceptance", "missed"], ["complaintSettlement", "insufficientData"]]
 */
export function evaluateCaseDeadlines(
  c: Case,
  asOf: IsoDate,
  options: EvaluateCaseDeadlinesOptions = {},
): DeadlineStatus[] {
  if (!isIsoDate(asOf)) throw new RangeError(`evaluateCaseDeadlines: invalid asOf ${JSON.stringify(asOf)}`);
  checkCaseDates("evaluateCaseDeadlines", c);
  const calendar = options.calendar ?? VIETNAM_CALENDAR;
  return caseChecks(c, asOf, calendar, options).map(
    (check) => statusOf(check, asOf, calendar, options, false) as DeadlineStatus,
  );
}

/**
 * The deadlines a case missed as of a date: what `evaluateCaseDeadlines(c, asOf, options).filter((s) => s.status ===
 * "missed")` gives, the same objects, without making the explanations of the deadlines met or still open (a year's
 * report asks this of 100,000 cases).
 *
 * @param c - the case
 * @param asOf - the day of the evaluation
 * @param options - calendar and counting options
 * @returns the statuses of the deadlines missed, in the order `evaluateCaseDeadlines` gives them
 * @throws {RangeError} for a bad `asOf`
 * @example
 * missedCaseDeadlines(
 *   { id: "K1", receivedOn: "2026-03-02", channel: "letter", kinds: ["complaint"], notifiedOn: "2026-03-20" },
 *   "2026-04-30",
 * ).map((s) => s.kind);
 * //=> ["partyNotice", "complaintAcceptance"]
 */
export function missedCaseDeadlines(
  c: Case,
  asOf: IsoDate,
  options: EvaluateCaseDeadlinesOptions = {},
): DeadlineStatus[] {
  if (!isIsoDate(asOf)) throw new RangeError(`missedCaseDeadlines: invalid asOf ${JSON.stringify(asOf)}`);
  checkCaseDates("missedCaseDeadlines", c);
  const calendar = options.calendar ?? VIETNAM_CALENDAR;
  const missed: DeadlineStatus[] = [];
  for (const check of caseChecks(c, asOf, calendar, options)) {
    const status = statusOf(check, asOf, calendar, options, true);
    if (status) missed.push(status);
  }
  return missed;
}

/** The deadlines that apply to a case, with the dates they run from and were met on. */
function caseChecks(
  c: Case,
  asOf: IsoDate,
  calendar: WorkingDayCalendar,
  options: EvaluateCaseDeadlinesOptions,
): Check[] {
  const checks: Check[] = [];
  const isDen = c.kinds.includes("denunciation");
  const handledHere = c.route !== "guide" && c.route !== "archive" && c.authority !== "none";
  const assumptions: string[] = [];
  if (c.complexity === undefined) assumptions.push("sổ không ghi Mức độ, áp dụng thời hạn của vụ việc thông thường");
  // A denunciation's recorded extensions tell that it was complex (review s21 C7): its deadline says so itself.
  const settlementAssumptions = c.complexity === undefined && (c.extensions ?? 0) > 0 ? [] : assumptions;
  // Set field by field (no spread of conditional objects: five objects made and dropped per case of a year's register).
  const base: ComputeDeadlineOptions = { calendar };
  if (c.complexity) base.complexity = c.complexity;
  if (c.remoteArea !== undefined) base.remoteArea = c.remoteArea;
  if (c.extensions !== undefined) base.extensions = c.extensions;
  if (options.complaintAcceptanceCounting) base.complaintAcceptanceCounting = options.complaintAcceptanceCounting;
  if (options.ruleSets) base.ruleSets = options.ruleSets;

  if (options.side !== "state" && c.anonymous !== true && partyRuleSetAt(c.receivedOn, options.ruleSets)?.notice) {
    checks.push({
      kind: "partyNotice",
      label: "Thông báo bằng văn bản cho người gửi",
      start: c.receivedOn,
      received: c.receivedOn,
      startColumn: "Ngày tiếp nhận",
      done: c.notifiedOn,
      doneField: "notifiedOn",
      doneColumn: "Ngày thông báo",
      laterEvidence: false,
      options: base,
      assumptions: [],
    });
  }
  // A complaint directed to the competent subordinate (Hướng xử lý: Chuyển) is accepted and settled there, within
  // periods counted from that body's receipt ("kể từ ngày nhận được khiếu nại thuộc thẩm quyền giải quyết của mình",
  // Luật Khiếu nại 2011 Điều 27; DESIGN.md rule 3: directed, it reports back), so they are not the unit's (review s21
  // C1: every complaint a Party committee forwarded was overdue on the subordinate's acceptance).
  // The same when the register says the subordinate is competent and records no route (review s21b T6).
  const directed = c.route === "direct" || (c.route === undefined && c.authority === "subordinate");
  if (c.kinds.includes("complaint") && handledHere && !directed) {
    checks.push({
      kind: "complaintAcceptance",
      label: "Thụ lý giải quyết khiếu nại",
      start: c.receivedOn,
      received: c.receivedOn,
      startColumn: "Ngày tiếp nhận",
      done: c.acceptedOn,
      doneField: "acceptedOn",
      doneColumn: "Ngày thụ lý",
      laterEvidence: c.resultOn !== undefined && c.resultOn <= asOf,
      options: base,
      assumptions: [],
    });
    const step = (c.filingCount ?? 1) >= 2 ? "second" : "first";
    checks.push({
      kind: "complaintSettlement",
      step,
      label: `Giải quyết khiếu nại lần ${step === "second" ? "hai" : "đầu"}`,
      start: c.acceptedOn,
      received: c.receivedOn,
      startColumn: "Ngày thụ lý",
      done: c.resultOn,
      doneField: "resultOn",
      doneColumn: "Ngày có kết quả",
      laterEvidence: false,
      options: base,
      assumptions: [
        ...assumptions,
        ...(c.remoteArea === undefined ? ["sổ không ghi Vùng sâu vùng xa, áp dụng thời hạn thông thường"] : []),
      ],
    });
  }
  // A denunciation the unit transferred (Hướng xử lý: Chuyển) is judged on the transfer, not on the receiving body's
  // processing and settlement periods (Luật Tố cáo 2018 khoản 2 Điều 24).
  const transferred = isDen && c.route === "direct";
  if (transferred && c.anonymous !== true) {
    checks.push({
      kind: "denunciationTransfer",
      label: "Chuyển đơn tố cáo và thông báo cho người tố cáo",
      start: c.receivedOn,
      received: c.receivedOn,
      startColumn: "Ngày tiếp nhận",
      done: c.notifiedOn,
      doneField: "notifiedOn",
      doneColumn: "Ngày thông báo",
      laterEvidence: false,
      options: base,
      assumptions: ["ngày chuyển đơn, thông báo cho người tố cáo lấy theo cột “Ngày thông báo”"],
    });
  }
  if (isDen && handledHere && !transferred && c.anonymous !== true) {
    checks.push({
      kind: "denunciationProcessing",
      label: "Xử lý ban đầu thông tin tố cáo",
      start: c.receivedOn,
      received: c.receivedOn,
      startColumn: "Ngày tiếp nhận",
      done: c.acceptedOn,
      doneField: "acceptedOn",
      doneColumn: "Ngày thụ lý",
      laterEvidence: c.resultOn !== undefined && c.resultOn <= asOf,
      options: base,
      assumptions: ["áp dụng 07 ngày làm việc (10 ngày nếu phải xác minh tại nhiều địa điểm — sổ không ghi)"],
    });
    checks.push({
      kind: "denunciationSettlement",
      label: "Giải quyết tố cáo",
      start: c.acceptedOn,
      received: c.receivedOn,
      startColumn: "Ngày thụ lý",
      done: c.resultOn,
      doneField: "resultOn",
      doneColumn: "Ngày có kết quả",
      laterEvidence: false,
      options: base,
      assumptions: settlementAssumptions,
    });
  }

  return checks;
}

/**
 * The status of one deadline of a case. With `onlyMissed`, undefined for a deadline that is not missed, decided
 * before any explanation is written.
 */
function statusOf(
  check: Check,
  asOf: IsoDate,
  calendar: WorkingDayCalendar,
  options: EvaluateCaseDeadlinesOptions,
  onlyMissed: boolean,
): DeadlineStatus | undefined {
  // A status without a deadline: not begun, or not computable. Its reason is written only when asked for: a report's
  // overdue count asks for none of its 100,000 cases'.
  const explain = options.explain !== false;
  const without = (status: "pending" | "insufficientData", reason: () => string): DeadlineStatus | undefined =>
    onlyMissed
      ? undefined
      : { kind: check.kind, label: check.label, status, deadline: null, reason: explain ? reason() : "" };
  const { start, done, received } = check;
  if (start !== undefined && start > asOf) {
    return without(
      "pending",
      () => `${check.label}: đến ${num(asOf)} chưa phát sinh ("${check.startColumn}" là ngày ${num(start)}).`,
    );
  }
  if (start === undefined) {
    return without("insufficientData", () => `Không đủ dữ liệu: sổ không ghi "${check.startColumn}" để tính thời hạn.`);
  }
  // Dates a register cannot hold (intake rejects them, DATE_BEFORE_RECEIVED; a caller's own cases may): a step dated
  // before the receipt, or before the step it follows, is no fact to judge a deadline on (review s23 D23-2: a notice
  // dated a month before the letter came was "đúng hạn", a settlement counted from an acceptance a year earlier).
  if (start < received) {
    return without(
      "insufficientData",
      () =>
        `Không đủ dữ liệu: "${check.startColumn}" là ngày ${num(start)}, trước "Ngày tiếp nhận" (${num(received)}).`,
    );
  }
  if (done !== undefined && done <= asOf && done < start) {
    return without(
      "insufficientData",
      () =>
        `Không đủ dữ liệu: "${check.doneColumn}" là ngày ${num(done)}, trước "${check.startColumn}" (${num(start)}).`,
    );
  }
  const law = lawOfDeadline(check.kind);
  if (law !== undefined && start < law.effectiveFrom) {
    return without(
      "insufficientData",
      () =>
        `Không đủ dữ liệu: "${check.startColumn}" là ngày ${num(start)}, trước khi ${law.document} có hiệu lực (${num(law.effectiveFrom)}); công cụ không có quy định về thời hạn áp dụng trước ngày đó.`,
    );
  }
  const deadline = knownDeadline(calendar, check, start);
  const head = () =>
    `${check.label}: hạn ${num(deadline.due)}${check.assumptions.length > 0 ? ` (${check.assumptions.join("; ")})` : ""}`;
  // What happened after the as-of date is not known on it: a step done later is still open then.
  if (check.done !== undefined && check.done <= asOf) {
    const late = differenceInCalendarDays(deadline.due, check.done);
    if (onlyMissed && late <= 0) return undefined;
    return late > 0
      ? {
          kind: check.kind,
          label: check.label,
          status: "missed",
          deadline,
          doneOn: check.done,
          daysLate: late,
          reason: explain ? `${head()}; thực hiện ngày ${num(check.done)}, chậm ${late} ngày.` : "",
        }
      : {
          kind: check.kind,
          label: check.label,
          status: "met",
          deadline,
          doneOn: check.done,
          reason: explain ? `${head()}; đã thực hiện ngày ${num(check.done)}, đúng hạn.` : "",
        };
  }
  if (
    check.done === undefined &&
    options.recordedFields !== undefined &&
    !options.recordedFields.includes(check.doneField)
  ) {
    if (onlyMissed) return undefined;
    return {
      kind: check.kind,
      label: check.label,
      status: "insufficientData",
      deadline,
      reason: explain ? `Không đủ dữ liệu: sổ không có cột "${check.doneColumn}"; ${head()}.` : "",
    };
  }
  if (check.laterEvidence) {
    if (onlyMissed) return undefined;
    return {
      kind: check.kind,
      label: check.label,
      status: "insufficientData",
      deadline,
      reason: explain
        ? `Không đủ dữ liệu: vụ việc đã có kết quả nhưng sổ không ghi "${check.doneColumn}"; ${head()}.`
        : "",
    };
  }
  const late = differenceInCalendarDays(deadline.due, asOf);
  if (onlyMissed && late <= 0) return undefined;
  return late > 0
    ? {
        kind: check.kind,
        label: check.label,
        status: "missed",
        deadline,
        daysLate: late,
        reason: explain ? `${head()}; đến ${num(asOf)} chưa thực hiện, quá hạn ${late} ngày.` : "",
      }
    : {
        kind: check.kind,
        label: check.label,
        status: "pending",
        deadline,
        reason: explain ? `${head()}; đến ${num(asOf)} chưa đến hạn.` : "",
      };
}

/**
 * Deadlines already computed, per calendar: a province's year has 100,000 cases but a few thousand distinct
 * (kind, start date, facts) — each computed once with its explanation, and shared, frozen, by the cases' statuses.
 * The calendar's own working-day index is cached the same way (a calendar's days off do not change). Found by the
 * start date, then by a number telling the kind and facts apart (see {@link factsKey}), without a string made per case.
 */
const DEADLINES = new WeakMap<WorkingDayCalendar, Map<IsoDate, Map<number | string, Deadline>>>();
/** The same, for a caller's own rule sets (their notice rule may differ from the bundled one). */
const DEADLINES_OF_RULE_SETS = new WeakMap<
  readonly RuleSet[],
  WeakMap<WorkingDayCalendar, Map<IsoDate, Map<number | string, Deadline>>>
>();

const KIND_CODES: Readonly<Record<DeadlineKind, number>> = {
  partyNotice: 0,
  complaintAcceptance: 1,
  complaintSettlement: 2,
  denunciationProcessing: 3,
  denunciationTransfer: 4,
  denunciationSettlement: 5,
};
const COMPLEXITY_CODES: Readonly<Record<string, number>> = { normal: 1, complex: 2, veryComplex: 3 };
const COUNTING_CODES: Readonly<Record<string, number>> = { calendarDays: 1, workingDays: 2 };
/** The code of a value in a table of codes, only for the table's own keys ("constructor" is none). */
function codeOf(codes: Readonly<Record<string, number>>, value: string): number | undefined {
  return Object.hasOwn(codes, value) ? codes[value] : undefined;
}

/** Extensions counted apart in the number; more (no register has them) go by text. */
const EXTENSIONS_CODED = 30;

/**
 * What tells two deadlines of the same start date apart: the kind, the step and every option that changes the
 * period, as one number (each part a digit of its own base, "not given" kept apart from any value), or as text when a
 * value falls outside the number's digits.
 */
function factsKey(check: Check): number | string {
  const o = check.options;
  const complexity = o.complexity === undefined ? 0 : codeOf(COMPLEXITY_CODES, o.complexity);
  const counting =
    o.complaintAcceptanceCounting === undefined ? 0 : codeOf(COUNTING_CODES, o.complaintAcceptanceCounting);
  // Only a whole number of extensions is coded: -1, true or false (an object built without the schema) go by text, so
  // that computeDeadline refuses them on every call, whatever was computed before (review s24 R24-1).
  const ext = o.extensions;
  const coded =
    ext === undefined || (typeof ext === "number" && Number.isInteger(ext) && ext >= 0 && ext < EXTENSIONS_CODED);
  if (complexity === undefined || counting === undefined || !coded) {
    return `${check.kind}|${check.step ?? ""}|${o.complexity ?? ""}|${o.remoteArea ?? ""}|${o.extensions ?? ""}|${o.severalPlaces ?? ""}|${o.complaintAcceptanceCounting ?? ""}`;
  }
  const extensions = ext === undefined ? 0 : ext + 1;
  const step = check.step === undefined ? 0 : check.step === "first" ? 1 : 2;
  const remote = o.remoteArea === undefined ? 0 : o.remoteArea ? 1 : 2;
  const several = o.severalPlaces === undefined ? 0 : o.severalPlaces ? 1 : 2;
  let key = KIND_CODES[check.kind];
  key = key * 3 + step;
  key = key * 4 + complexity;
  key = key * 3 + remote;
  key = key * (EXTENSIONS_CODED + 1) + extensions;
  key = key * 3 + several;
  return key * 3 + counting;
}

function knownDeadline(calendar: WorkingDayCalendar, check: Check, start: IsoDate): Deadline {
  const o = check.options;
  let perCalendar = DEADLINES;
  if (o.ruleSets !== undefined) {
    perCalendar = DEADLINES_OF_RULE_SETS.get(o.ruleSets) ?? new WeakMap();
    DEADLINES_OF_RULE_SETS.set(o.ruleSets, perCalendar);
  }
  let byStart = perCalendar.get(calendar);
  if (byStart === undefined) {
    byStart = new Map();
    perCalendar.set(calendar, byStart);
  }
  let known = byStart.get(start);
  if (known === undefined) {
    // Bounded: the dates of a few centuries of registers.
    if (byStart.size >= 65_536) byStart.clear();
    known = new Map();
    byStart.set(start, known);
  }
  const key = factsKey(check);
  let deadline = known.get(key);
  if (deadline === undefined) {
    deadline = deepFreeze(
      computeDeadline({ kind: check.kind, from: start, options: o, ...(check.step ? { step: check.step } : {}) }),
    );
    known.set(key, deadline);
  }
  return deadline;
}

/**
 * Freezes a deadline shared between cases, and what it made for itself (its skipped days, lists, calendar,
 * amendment and fallback notes), so that it cannot be changed through one case's status. The citations it points
 * to are the library's own constants (`DEADLINE_SOURCES`, the rule sets), frozen when the library is loaded.
 */
function deepFreeze(d: Deadline): Deadline {
  for (const s of d.skipped) Object.freeze(s);
  Object.freeze(d.skipped);
  Object.freeze(d.countingSources);
  Object.freeze(d.calendar);
  if (d.amendment) Object.freeze(d.amendment);
  if (d.daysOffFallback) {
    Object.freeze(d.daysOffFallback.years);
    Object.freeze(d.daysOffFallback);
  }
  return Object.freeze(d);
}

/**
 * Tells whether a case has at least one statutory deadline missed as of a date (DESIGN.md "Report semantics":
 * `cases.overdue`).
 *
 * @param c - the case
 * @param asOf - the as-of date
 * @param options - calendar and counting options
 * @returns `true` when any deadline is missed
 * @example
 * isCaseOverdue({ id: "K1", receivedOn: "2026-03-02", channel: "letter", kinds: ["petition"] }, "2026-04-30") //=> true (no notice sent)
 */
export function isCaseOverdue(c: Case, asOf: IsoDate, options: EvaluateCaseDeadlinesOptions = {}): boolean {
  checkCaseDates("isCaseOverdue", c);
  return missedCaseDeadlines(c, asOf, options).length > 0;
}
