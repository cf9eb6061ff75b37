import type { Case, IsoDate, ReceptionSession, WorkingDayCalendar } from "@tiepdan/core";
import { evaluateCaseDeadlines, GROUP_CASE_MIN_PEOPLE } from "@tiepdan/core";

/**
 * The facts the official forms count, each an additive number per unit: the forms of every circular are filled
 * from these, and a statistics file carries them so that a higher level adds its units' numbers up.
 *
 * Reception (Biểu 01/TCD): "regular" is reception on ordinary days — a case received in person (`Tiếp trực
 * tiếp`) outside any session of the sessions register; "head" is the head's reception sessions and the cases
 * received at them (`Buổi tiếp` filled). Processing (Biểu 01/XLD, 02/XLD): the cases to process are those
 * carried over and those received in the period; each case counts once, a denunciation first, then a
 * complaint, else a petition or reflection ("received.*": the cases received in the period by that kind).
 * Settlement (Biểu 01/KQGQ and 03/KQGQ, 03/GQKN and 04/GQTC): the cases of the processing forms' "thuộc thẩm
 * quyền" (`Hướng xử lý` Giải quyết) whose kind, counted once as above, is a complaint or a denunciation; settled
 * = a `Ngày có kết quả` on or before the as-of date, withdrawn = settled with `Trạng thái` Rút đơn, decided = settled
 * and not withdrawn; on time / late = the settlement deadline (Luật Khiếu nại 2011, Luật Tố cáo 2018) met or missed
 * by that date (`Ngày thụ lý` starts it; without it the case is in neither); first / repeat from `Lần` (1 / ≥ 2).
 */
export const FORM_MEASURES = [
  "reception.regular.visits",
  "reception.regular.people",
  "reception.regular.first",
  "reception.regular.repeat",
  "reception.regular.groups",
  "reception.regular.groupPeople",
  "reception.regular.groupFirst",
  "reception.regular.groupRepeat",
  "reception.head.sessions",
  "reception.head.visits",
  "reception.head.people",
  "reception.head.first",
  "reception.head.repeat",
  "reception.head.groups",
  "reception.head.groupPeople",
  "reception.head.groupFirst",
  "reception.head.groupRepeat",
  "received.complaint",
  "received.denunciation",
  "received.petition",
  "processing.carriedOver",
  "processing.received",
  "processing.processed",
  "processing.unprocessed",
  "processing.eligible.complaint",
  "processing.eligible.denunciation",
  "processing.eligible.petition",
  "processing.competent.complaint",
  "processing.competent.denunciation",
  "processing.competent.petition",
  "processing.guided",
  "processing.transferred",
  "settlement.complaint.carriedOver",
  "settlement.complaint.received",
  "settlement.complaint.decided",
  "settlement.complaint.withdrawn",
  "settlement.complaint.onTime",
  "settlement.complaint.late",
  "settlement.denunciation.carriedOver",
  "settlement.denunciation.received",
  "settlement.denunciation.repeat",
  "settlement.denunciation.settled",
  "settlement.denunciation.decidedFirst",
  "settlement.denunciation.decidedRepeat",
  "settlement.denunciation.withdrawn",
  "settlement.denunciation.onTime",
  "settlement.denunciation.late",
] as const;

/** One measure of {@link FORM_MEASURES}. */
export type FormMeasure = (typeof FORM_MEASURES)[number];

/** Values of every measure for one unit (or a total). */
export type FormMeasures = Record<FormMeasure, number>;

/**
 * Register columns a measure needs beyond the core ones: without them in every register the measure is not
 * counted and the columns it fills are left blank.
 */
export const MEASURE_FIELDS: Partial<Record<FormMeasure, (keyof Case)[]>> = {
  "reception.regular.first": ["filingCount"],
  "reception.regular.repeat": ["filingCount"],
  "reception.regular.groupFirst": ["filingCount"],
  "reception.regular.groupRepeat": ["filingCount"],
  "reception.head.first": ["filingCount"],
  "reception.head.repeat": ["filingCount"],
  "reception.head.groupFirst": ["filingCount"],
  "reception.head.groupRepeat": ["filingCount"],
  "reception.head.visits": ["sessionId"],
  "reception.regular.visits": ["sessionId"],
  "reception.regular.people": ["sessionId"],
  "reception.regular.groups": ["sessionId"],
  "reception.regular.groupPeople": ["sessionId"],
  "reception.head.groups": ["sessionId"],
  "reception.head.groupPeople": ["sessionId"],
  "settlement.complaint.decided": ["resultOn", "status"],
  "settlement.complaint.withdrawn": ["resultOn", "status"],
  "settlement.complaint.onTime": ["acceptedOn", "resultOn"],
  "settlement.complaint.late": ["acceptedOn", "resultOn"],
  "settlement.denunciation.repeat": ["filingCount"],
  "settlement.denunciation.settled": ["resultOn"],
  "settlement.denunciation.decidedFirst": ["resultOn", "status", "filingCount"],
  "settlement.denunciation.decidedRepeat": ["resultOn", "status", "filingCount"],
  "settlement.denunciation.withdrawn": ["resultOn", "status"],
  "settlement.denunciation.onTime": ["acceptedOn", "resultOn"],
  "settlement.denunciation.late": ["acceptedOn", "resultOn"],
};

/**
 * All measures at zero.
 *
 * @returns a new record with every measure of {@link FORM_MEASURES} at 0
 * @example
 * emptyFormMeasures()["processing.received"] //=> 0
 */
export function emptyFormMeasures(): FormMeasures {
  return Object.fromEntries(FORM_MEASURES.map((m) => [m, 0])) as FormMeasures;
}

/**
 * Adds the measures of `b` into `a` (in place): measures are counts, so units add up.
 *
 * @param a - the accumulator, changed
 * @param b - the measures to add
 * @returns `a`
 * @example
 * const province = units.reduce((acc, u) => addFormMeasures(acc, u.forms), emptyFormMeasures());
 */
export function addFormMeasures(a: FormMeasures, b: Readonly<FormMeasures>): FormMeasures {
  for (const m of FORM_MEASURES) a[m] += b[m];
  return a;
}

/**
 * The kind of a case when each case counts once (as the processing forms do): a denunciation first, then a
 * complaint, else a petition or reflection.
 *
 * @param c - the case (only its kinds are read)
 * @returns `denunciation`, `complaint` or `petition`
 * @example
 * exclusiveKind({ kinds: ["complaint", "denunciation"] }) //=> "denunciation"
 */
export function exclusiveKind(c: Pick<Case, "kinds">): "complaint" | "denunciation" | "petition" {
  if (c.kinds.includes("denunciation")) return "denunciation";
  if (c.kinds.includes("complaint")) return "complaint";
  return "petition";
}

/** Options of {@link countFormMeasures}: what the settlement measures need to judge a result by a date. */
export interface CountFormMeasuresOptions {
  /** The as-of date: a result dated later is not known (the range's last day by default). */
  asOf?: IsoDate;
  /** Working-day calendar of the settlement deadlines (core's Vietnamese calendar by default). */
  calendar?: WorkingDayCalendar;
  /** Fields every cases register has a column for (all of them by default). */
  recordedFields?: readonly (keyof Case)[];
}

/**
 * Counts the measures of the official forms over one unit's cases and sessions for a data range.
 *
 * @param cases - accepted cases (any dates: those outside the range count only as carried over when they are)
 * @param sessions - accepted sessions
 * @param range - the data range, both ends inclusive
 * @param options - as-of date, calendar and register columns, for the settlement measures
 * @returns every measure of {@link FORM_MEASURES}
 * @example
 * countFormMeasures(cases, sessions, { from: "2025-12-15", to: "2026-03-14" })["processing.received"] //=> 61
 */
export function countFormMeasures(
  cases: readonly Case[],
  sessions: readonly ReceptionSession[],
  range: { from: IsoDate; to: IsoDate },
  options: CountFormMeasuresOptions = {},
): FormMeasures {
  const m = emptyFormMeasures();
  const { from, to } = range;
  const asOf = options.asOf ?? to;
  const deadlineOptions = {
    ...(options.calendar ? { calendar: options.calendar } : {}),
    ...(options.recordedFields ? { recordedFields: options.recordedFields } : {}),
  };
  for (const c of cases) {
    const inPeriod = c.receivedOn >= from && c.receivedOn <= to;
    const carried = c.receivedOn < from && (c.resultOn === undefined || c.resultOn >= from);
    if (inPeriod && (c.sessionId !== undefined || c.channel === "inPerson")) {
      const who = c.sessionId !== undefined ? "head" : "regular";
      const people = c.people ?? 1;
      const group = people >= GROUP_CASE_MIN_PEOPLE;
      m[`reception.${who}.visits`] += 1;
      if (who === "regular") m["reception.regular.people"] += people;
      if (c.filingCount === 1) m[`reception.${who}.first`] += 1;
      if (c.filingCount !== undefined && c.filingCount >= 2) m[`reception.${who}.repeat`] += 1;
      if (group) {
        m[`reception.${who}.groups`] += 1;
        m[`reception.${who}.groupPeople`] += people;
        if (c.filingCount === 1) m[`reception.${who}.groupFirst`] += 1;
        if (c.filingCount !== undefined && c.filingCount >= 2) m[`reception.${who}.groupRepeat`] += 1;
      }
    }
    if (inPeriod) m[`received.${exclusiveKind(c)}`] += 1;
    if (!inPeriod && !carried) continue;
    m[inPeriod ? "processing.received" : "processing.carriedOver"] += 1;
    if (c.route === undefined) {
      m["processing.unprocessed"] += 1;
      continue;
    }
    m["processing.processed"] += 1;
    if (c.route === "archive") continue;
    const kind = exclusiveKind(c);
    m[`processing.eligible.${kind}`] += 1;
    if (c.route === "handle") m[`processing.competent.${kind}`] += 1;
    else if (c.route === "guide") m["processing.guided"] += 1;
    else m["processing.transferred"] += 1;
    if (c.route === "handle" && kind !== "petition") countSettlement(m, c, kind, inPeriod, asOf, deadlineOptions);
  }
  for (const s of sessions) {
    if (s.date < from || s.date > to) continue;
    m["reception.head.sessions"] += 1;
    m["reception.head.people"] += s.people ?? 0;
  }
  return m;
}

/** The settlement measures of one complaint or denunciation within the unit's competence (`Hướng xử lý` Giải quyết). */
function countSettlement(
  m: FormMeasures,
  c: Case,
  kind: "complaint" | "denunciation",
  inPeriod: boolean,
  asOf: IsoDate,
  deadlineOptions: Pick<CountFormMeasuresOptions, "calendar" | "recordedFields">,
): void {
  m[`settlement.${kind}.${inPeriod ? "received" : "carriedOver"}`] += 1;
  const repeat = c.filingCount !== undefined && c.filingCount >= 2;
  if (kind === "denunciation" && repeat) m["settlement.denunciation.repeat"] += 1;
  if (c.resultOn === undefined || c.resultOn > asOf) return;
  const withdrawn = c.status === "withdrawn";
  if (kind === "complaint") m[withdrawn ? "settlement.complaint.withdrawn" : "settlement.complaint.decided"] += 1;
  else {
    m["settlement.denunciation.settled"] += 1;
    if (withdrawn) m["settlement.denunciation.withdrawn"] += 1;
    else if (c.filingCount === 1) m["settlement.denunciation.decidedFirst"] += 1;
    else if (repeat) m["settlement.denunciation.decidedRepeat"] += 1;
  }
  // The statutory settlement period, judged on the result date: met, missed, or neither without `Ngày thụ lý`.
  const settlementKind = kind === "complaint" ? "complaintSettlement" : "denunciationSettlement";
  const status = evaluateCaseDeadlines(c, asOf, deadlineOptions).find((d) => d.kind === settlementKind)?.status;
  if (status === "met") m[`settlement.${kind}.onTime`] += 1;
  else if (status === "missed") m[`settlement.${kind}.late`] += 1;
}
