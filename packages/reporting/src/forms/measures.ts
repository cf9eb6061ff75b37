import type { Case, EvaluateCaseDeadlinesOptions, IsoDate, ReceptionSession, WorkingDayCalendar } from "@tiepdan/core";
import { evaluateCaseDeadlines, GROUP_CASE_MIN_PEOPLE } from "@tiepdan/core";
import { normalizeKey } from "../intake/_lib/normalizeKey.js";

/**
 * The facts the official forms count, each an additive number per unit: the forms of every circular are filled
 * from these, and a statistics file carries them so that a higher level adds its units' numbers up.
 *
 * Reception (Biểu 01/TCD): "regular" is reception on ordinary days — a case received in person (`Tiếp trực
 * tiếp`) outside any session of the sessions register; "head" is the head's reception sessions and the cases
 * received at them (`Buổi tiếp` filled). Processing (Biểu 01/XLD, 02/XLD): the letters received in the period,
 * and those received before it that were not processed before it — no `Hướng xử lý` yet, or a `Ngày thông báo`
 * in the period ("kỳ trước chuyển sang"); each case counts once, a denunciation first, then a complaint, else a
 * petition or reflection ("received.*": the cases received in the period by that kind).
 * Settlement (Biểu 01/KQGQ and 03/KQGQ; 03/GQKN and 04/GQTC column 7): the letters within competence (`Hướng xử
 * lý` Giải quyết) whose kind, counted once as above, is a complaint or a denunciation, received in the period or
 * before it without a result before it (a settlement runs on from period to period); settled
 * = a `Ngày có kết quả` on or before the as-of date, withdrawn = settled with `Trạng thái` Rút đơn, decided = settled
 * and not withdrawn; on time / late = the settlement deadline (Luật Khiếu nại 2011, Luật Tố cáo 2018) met or missed
 * by that date (`Ngày thụ lý` starts it; without it the case is in neither); first / repeat from `Lần` (1 / ≥ 2).
 *
 * For the forms of Thông tư 06/2025/TT-TTCP: "reception.head.days" = the days on which the unit's sessions were
 * held; "processing.competent.<kind>.first/second/repeat" split the letters within competence by `Lần`, and
 * ".land/.policy/.administrative/.corruption/.judicial/.other" by `Lĩnh vực` ({@link fieldColumn});
 * of the same letters (those of 02/XLD column 6 and 12, as 03/GQKN and 04/GQTC column 1 are), ".withdrawn" =
 * `Trạng thái` Rút đơn (with no result date, or one by the as-of date), ".accepted" = accepted for settlement
 * (`Ngày thụ lý` by the as-of date) and not withdrawn, ".pending" = neither, and no result by the as-of date (the
 * conditions still being examined); "settlement.<kind>.issued" = decisions and conclusions issued in the period
 * (settled within the data range, by the as-of date, not withdrawn).
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
  "reception.head.days",
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
  "processing.competent.complaint.pending",
  "processing.competent.complaint.accepted",
  "processing.competent.complaint.withdrawn",
  "processing.competent.denunciation.pending",
  "processing.competent.denunciation.accepted",
  "processing.competent.denunciation.withdrawn",
  "processing.competent.complaint.first",
  "processing.competent.complaint.second",
  "processing.competent.complaint.land",
  "processing.competent.complaint.policy",
  "processing.competent.complaint.other",
  "processing.competent.denunciation.first",
  "processing.competent.denunciation.repeat",
  "processing.competent.denunciation.administrative",
  "processing.competent.denunciation.corruption",
  "processing.competent.denunciation.judicial",
  "processing.competent.denunciation.other",
  "processing.competent.petition.policy",
  "processing.competent.petition.land",
  "processing.competent.petition.other",
  "processing.guided",
  "processing.transferred",
  "settlement.complaint.carriedOver",
  "settlement.complaint.received",
  "settlement.complaint.issued",
  "settlement.complaint.decided",
  "settlement.complaint.withdrawn",
  "settlement.complaint.onTime",
  "settlement.complaint.late",
  "settlement.denunciation.carriedOver",
  "settlement.denunciation.received",
  "settlement.denunciation.issued",
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

/** Register columns each measure needs, besides `Hướng xử lý` (see {@link MEASURE_FIELDS}). */
const OWN_FIELDS: Partial<Record<FormMeasure, (keyof Case)[]>> = {
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
  "processing.competent.complaint.first": ["filingCount"],
  "processing.competent.complaint.second": ["filingCount"],
  "processing.competent.complaint.land": ["field"],
  "processing.competent.complaint.policy": ["field"],
  "processing.competent.complaint.other": ["field"],
  "processing.competent.denunciation.first": ["filingCount"],
  "processing.competent.denunciation.repeat": ["filingCount"],
  "processing.competent.denunciation.administrative": ["field"],
  "processing.competent.denunciation.corruption": ["field"],
  "processing.competent.denunciation.judicial": ["field"],
  "processing.competent.denunciation.other": ["field"],
  "processing.competent.petition.policy": ["field"],
  "processing.competent.petition.land": ["field"],
  "processing.competent.petition.other": ["field"],
  "processing.competent.complaint.pending": ["acceptedOn", "resultOn", "status"],
  "processing.competent.complaint.accepted": ["acceptedOn", "resultOn", "status"],
  "processing.competent.complaint.withdrawn": ["resultOn", "status"],
  "processing.competent.denunciation.pending": ["acceptedOn", "resultOn", "status"],
  "processing.competent.denunciation.accepted": ["acceptedOn", "resultOn", "status"],
  "processing.competent.denunciation.withdrawn": ["resultOn", "status"],
  "settlement.complaint.issued": ["resultOn", "status"],
  "settlement.denunciation.issued": ["resultOn", "status"],
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
 * Register columns a measure needs beyond the core ones: without them in every register the measure is not
 * counted and the columns it fills are left blank. Every measure of processing and settlement but the letters
 * received in the period needs `Hướng xử lý` (what was done with a letter, and whether it is within competence); a
 * letter from before the period is carried over only when it was not processed before it.
 */
export const MEASURE_FIELDS: Partial<Record<FormMeasure, (keyof Case)[]>> = Object.fromEntries(
  FORM_MEASURES.flatMap((m) => {
    const fields = [
      ...(OWN_FIELDS[m] ?? []),
      ...((m.startsWith("processing.") && m !== "processing.received") || m.startsWith("settlement.")
        ? (["route"] as const)
        : []),
    ];
    return fields.length > 0 ? [[m, fields]] : [];
  }),
);

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
 * The register columns some of the measures need and the registers lack (none when `recordedFields` is null or
 * undefined: every column taken as recorded), in {@link MEASURE_FIELDS}' order.
 *
 * @param measures - the measures a column or a sentence is filled from
 * @param recordedFields - the fields every cases register has a column for (null or undefined: all of them)
 * @returns the fields lacking, empty when every measure can be counted
 * @example
 * lackingFields(["processing.competent.complaint.first"], ["route"]) //=> ["filingCount"]
 */
export function lackingFields(
  measures: readonly FormMeasure[],
  recordedFields: readonly string[] | null | undefined,
): (keyof Case)[] {
  if (recordedFields === null || recordedFields === undefined) return [];
  const needed = new Set(measures.flatMap((m) => MEASURE_FIELDS[m] ?? []));
  return [...needed].filter((f) => !recordedFields.includes(f));
}

/** The measures counted from the sessions register (not from the cases register): unknown without one. */
export const SESSIONS_MEASURES: ReadonlySet<FormMeasure> = new Set<FormMeasure>([
  "reception.head.sessions",
  "reception.head.people",
  "reception.head.days",
]);

/**
 * The measures counted per case, their names made once (a name built per case of 100,000, then looked up, was most
 * of the time of the counting); each checked against {@link FORM_MEASURES} when the module loads.
 */
const MEASURE_NAMES: ReadonlySet<string> = new Set(FORM_MEASURES);
function measuresOf<K extends string>(prefix: string, names: readonly K[]): Readonly<Record<K, FormMeasure>> {
  return Object.fromEntries(
    names.map((n) => {
      const name = `${prefix}${n}`;
      if (!MEASURE_NAMES.has(name)) throw new Error(`countFormMeasures: no measure ${name}`);
      return [n, name];
    }),
  ) as Record<K, FormMeasure>;
}
const RECEPTION = ["visits", "first", "repeat", "groups", "groupPeople", "groupFirst", "groupRepeat"] as const;
const RECEPTION_OF = {
  head: measuresOf("reception.head.", RECEPTION),
  regular: measuresOf("reception.regular.", RECEPTION),
};
const KINDS = ["complaint", "denunciation", "petition"] as const;
const RECEIVED_OF = measuresOf("received.", KINDS);
const ELIGIBLE_OF = measuresOf("processing.eligible.", KINDS);
const COMPETENT_OF = measuresOf("processing.competent.", KINDS);
const COMPETENT_STEPS = ["withdrawn", "accepted", "pending"] as const;
const COMPETENT_STEPS_OF = {
  complaint: measuresOf("processing.competent.complaint.", COMPETENT_STEPS),
  denunciation: measuresOf("processing.competent.denunciation.", COMPETENT_STEPS),
};
const FIELD_COLUMNS_OF = {
  complaint: measuresOf("processing.competent.complaint.", ["land", "policy", "other"] as const),
  denunciation: measuresOf("processing.competent.denunciation.", [
    "administrative",
    "corruption",
    "judicial",
    "other",
  ] as const),
  petition: measuresOf("processing.competent.petition.", ["policy", "land", "other"] as const),
} as Readonly<Record<(typeof KINDS)[number], Readonly<Partial<Record<FieldGroup | "other", FormMeasure>>>>>;
const SETTLEMENT = ["received", "carriedOver", "issued", "onTime", "late"] as const;
const SETTLEMENT_OF = {
  complaint: measuresOf("settlement.complaint.", SETTLEMENT),
  denunciation: measuresOf("settlement.denunciation.", SETTLEMENT),
};

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
  // Only the settlement's status is read: no explanations written.
  const deadlineOptions: EvaluateCaseDeadlinesOptions = {
    explain: false,
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
      m[RECEPTION_OF[who].visits] += 1;
      if (who === "regular") m["reception.regular.people"] += people;
      if (c.filingCount === 1) m[RECEPTION_OF[who].first] += 1;
      if (c.filingCount !== undefined && c.filingCount >= 2) m[RECEPTION_OF[who].repeat] += 1;
      if (group) {
        m[RECEPTION_OF[who].groups] += 1;
        m[RECEPTION_OF[who].groupPeople] += people;
        if (c.filingCount === 1) m[RECEPTION_OF[who].groupFirst] += 1;
        if (c.filingCount !== undefined && c.filingCount >= 2) m[RECEPTION_OF[who].groupRepeat] += 1;
      }
    }
    const kind = exclusiveKind(c);
    if (inPeriod) m[RECEIVED_OF[kind]] += 1;
    // Settlement runs on from period to period until its result; processing does not.
    if ((inPeriod || carried) && c.route === "handle" && kind !== "petition")
      countSettlement(m, c, kind, { inPeriod, from, to, asOf }, deadlineOptions);
    // A letter from before the period is processed in it only if it was not processed before: no route yet, or its
    // notice to the citizen (the one date of processing the register has) falls in the period.
    const processedHere =
      c.route === undefined || (c.notifiedOn !== undefined && c.notifiedOn >= from && c.notifiedOn <= to);
    if (!inPeriod && !(carried && processedHere)) continue;
    m[inPeriod ? "processing.received" : "processing.carriedOver"] += 1;
    if (c.route === undefined) {
      m["processing.unprocessed"] += 1;
      continue;
    }
    m["processing.processed"] += 1;
    if (c.route === "archive") continue;
    m[ELIGIBLE_OF[kind]] += 1;
    if (c.route === "handle") countCompetent(m, c, kind, asOf);
    else if (c.route === "guide") m["processing.guided"] += 1;
    else m["processing.transferred"] += 1;
  }
  const days = new Set<IsoDate>();
  for (const s of sessions) {
    if (s.date < from || s.date > to) continue;
    m["reception.head.sessions"] += 1;
    m["reception.head.people"] += s.people ?? 0;
    days.add(s.date);
  }
  m["reception.head.days"] = days.size;
  return m;
}

/** What a `Lĩnh vực` text is about, for the field columns of Biểu 02/XLD (Thông tư 06/2025/TT-TTCP). */
export type FieldGroup = "land" | "policy" | "corruption" | "judicial" | "administrative";

/** Words of each group, without diacritics, spaces or punctuation (as {@link normalizeKey} writes them). */
const FIELD_WORDS: Record<FieldGroup, readonly string[]> = {
  land: [
    "datdai",
    "boithuong",
    "taidinhcu",
    "giaiphongmatbang",
    "thuhoidat",
    "tranhchapdat",
    "doidat",
    "sudungdat",
    "qsdd",
    "nhao",
  ],
  policy: ["chinhsach", "chedo", "nguoicocong", "baohiem", "ansinh", "trocap"],
  corruption: ["thamnhung"],
  judicial: ["tuphap", "thihanhan", "toaan"],
  administrative: ["hanhchinh", "congchuc", "congvu", "canbo", "vienchuc"],
};

/**
 * The groups a `Lĩnh vực` text names, matched on its letters without diacritics — and "đất" as written, since
 * without its diacritics it would be "đạt": land (đất, đất đai, bồi thường, tái định cư, giải phóng mặt bằng, thu
 * hồi, tranh chấp, đòi đất, quyền sử dụng đất, nhà ở), policy (chế độ, chính sách, người có công, bảo hiểm, an
 * sinh, trợ cấp), corruption (tham nhũng), judicial (tư pháp, thi hành án, tòa án), administrative (hành chính, cán
 * bộ, công chức, viên chức, công vụ). A text may name several ("Đất đai; Tư pháp"), or none.
 *
 * @param field - the case's `Lĩnh vực`
 * @returns the groups it names
 * @example
 * fieldGroups("Bồi thường, hỗ trợ, tái định cư") //=> Set { "land" }
 * fieldGroups("Môi trường") //=> Set {}
 */
export function fieldGroups(field: string | undefined): Set<FieldGroup> {
  return new Set(knownGroups(field));
}

const FIELD_GROUPS_SEEN = new Map<string, readonly FieldGroup[]>();

/** {@link fieldGroups} remembered: a register's fields are a few dozen texts, each matched once (a bounded number). */
function knownGroups(field: string | undefined): readonly FieldGroup[] {
  if (field === undefined) return [];
  let known = FIELD_GROUPS_SEEN.get(field);
  if (known === undefined) {
    known = groupsOf(field);
    if (FIELD_GROUPS_SEEN.size >= 4_096) FIELD_GROUPS_SEEN.clear();
    FIELD_GROUPS_SEEN.set(field, known);
  }
  return known;
}

function groupsOf(field: string): FieldGroup[] {
  const out = new Set<FieldGroup>();
  const key = normalizeKey(field);
  for (const [group, words] of Object.entries(FIELD_WORDS) as [FieldGroup, readonly string[]][])
    if (words.some((w) => key.includes(w))) out.add(group);
  if (/(^|[^\p{L}])đất($|[^\p{L}])/u.test(field.normalize("NFC").toLowerCase())) out.add("land");
  return [...out];
}

/**
 * The field column of 02/XLD a letter within competence goes in, by its kind: a complaint's Đất đai, Chế độ, chính
 * sách or Khác; a denunciation's Tham nhũng, Tư pháp, Hành chính (which covers policy, land and officials, the form's
 * note to column 15) or Khác; a petition's Chế độ, chính sách, Đất đai or Khác. Each letter is in one column, so the
 * form's equalities hold; a field naming two groups goes to the first in that order.
 *
 * @param kind - the letter's kind, counted once
 * @param field - its `Lĩnh vực`
 * @returns the column's group, or `other`
 * @example
 * fieldColumn("denunciation", "Đất đai") //=> "administrative"
 * fieldColumn("complaint", "Đất đai; Tư pháp") //=> "land"
 */
export function fieldColumn(
  kind: "complaint" | "denunciation" | "petition",
  field: string | undefined,
): FieldGroup | "other" {
  const g = knownGroups(field);
  const order: readonly FieldGroup[] =
    kind === "complaint"
      ? ["land", "policy"]
      : kind === "petition"
        ? ["policy", "land"]
        : ["corruption", "judicial", "administrative", "land", "policy"];
  const first = order.find((x) => g.includes(x));
  if (first === undefined) return "other";
  return kind === "denunciation" && (first === "land" || first === "policy") ? "administrative" : first;
}

/**
 * A letter within the unit's competence (`Hướng xử lý` Giải quyết), split as Biểu 02/XLD of Thông tư
 * 06/2025/TT-TTCP splits it: by `Lần` (first or later filing) and by field. A denunciation's "Hành chính" covers
 * policy, land and officials (the form's own note to column 15).
 */
function countCompetent(
  m: FormMeasures,
  c: Case,
  kind: "complaint" | "denunciation" | "petition",
  asOf: IsoDate,
): void {
  m[COMPETENT_OF[kind]] += 1;
  if (kind !== "petition") {
    // Biểu 03/GQKN and 04/GQTC (TT 06/2025) columns 3–6: still examined, accepted, (not accepted), withdrawn.
    const settled = c.resultOn !== undefined && c.resultOn <= asOf;
    // A withdrawal without a result date is a withdrawal all the same ("Trạng thái" is the register's latest word).
    if (c.status === "withdrawn" && (c.resultOn === undefined || settled)) m[COMPETENT_STEPS_OF[kind].withdrawn] += 1;
    else if (c.acceptedOn !== undefined && c.acceptedOn <= asOf) m[COMPETENT_STEPS_OF[kind].accepted] += 1;
    else if (!settled) m[COMPETENT_STEPS_OF[kind].pending] += 1;
  }
  m[FIELD_COLUMNS_OF[kind][fieldColumn(kind, c.field)] as FormMeasure] += 1;
  const later = c.filingCount !== undefined && c.filingCount >= 2;
  if (kind === "complaint") {
    if (c.filingCount === 1) m["processing.competent.complaint.first"] += 1;
    else if (later) m["processing.competent.complaint.second"] += 1;
  } else if (kind === "denunciation") {
    if (c.filingCount === 1) m["processing.competent.denunciation.first"] += 1;
    else if (later) m["processing.competent.denunciation.repeat"] += 1;
  }
}

/** The settlement measures of one complaint or denunciation within the unit's competence (`Hướng xử lý` Giải quyết). */
function countSettlement(
  m: FormMeasures,
  c: Case,
  kind: "complaint" | "denunciation",
  when: { inPeriod: boolean; from: IsoDate; to: IsoDate; asOf: IsoDate },
  deadlineOptions: EvaluateCaseDeadlinesOptions,
): void {
  const { inPeriod, asOf } = when;
  m[SETTLEMENT_OF[kind][inPeriod ? "received" : "carriedOver"]] += 1;
  const repeat = c.filingCount !== undefined && c.filingCount >= 2;
  if (kind === "denunciation" && repeat) m["settlement.denunciation.repeat"] += 1;
  const settled = c.resultOn !== undefined && c.resultOn <= asOf;
  const withdrawn = settled && c.status === "withdrawn";
  // Biểu 03/GQKN and 04/GQTC (TT 06/2025) column 7: decisions and conclusions issued in the period.
  if (settled && !withdrawn && (c.resultOn as IsoDate) >= when.from && (c.resultOn as IsoDate) <= when.to)
    m[SETTLEMENT_OF[kind].issued] += 1;
  if (!settled) return;
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
  if (status === "met") m[SETTLEMENT_OF[kind].onTime] += 1;
  else if (status === "missed") m[SETTLEMENT_OF[kind].late] += 1;
}
