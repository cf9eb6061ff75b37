import { type Cutoff, getMonthRange, type IsoDate, type IsoMonth, type Period, type StatsSummary } from "@tiepdan/core";

/** Rows of the registers: every row read is either accepted or rejected. */
export interface RowCounts {
  /** Rows read (blank lines excluded). */
  read: number;
  /** Rows accepted (possibly with warnings). */
  accepted: number;
  /** Rows rejected for errors. */
  rejected: number;
}

/**
 * The object `tiepdan report --summary-json` writes: DESIGN.md "Report semantics", then `judged` (the months the
 * document judges) and `notes`. For the State profile the CLI adds one more key, `forms` (the official forms used and
 * their blank columns), which this type does not have.
 */
export interface SummaryJson {
  period: { spec: string; from: IsoDate; to: IsoDate; label: string; cutoff: Cutoff; asOf: IsoDate };
  rows: RowCounts;
  sessions: StatsSummary["sessions"];
  cases: StatsSummary["cases"];
  /**
   * Beyond DESIGN.md (review s18b F8): the months whose minimum the document judges — those of `sessions.required`
   * ended by the as-of date — with their minimum and the reporting unit's head's scheduled days in them, the numbers
   * of the document's sentence ("… 1 ngày trong 2 tháng đã kết thúc …; số ngày tối thiểu … là 2 ngày"). `required`
   * counts every month of the period, also one not ended yet. Present when `sessions.required` is not `null`.
   * `from` and `to` are the first day of the first month judged and the last day of the last (`null` when none is):
   * the days are those of whole calendar months, which may reach outside the period (review s20 R9: a period of
   * 20/01–28/02 judges January and February, so a session of 15/01 counts in `days` and not in `sessions.scheduled`).
   */
  judged?: { months: IsoMonth[]; from: IsoDate | null; to: IsoDate | null; required: number; days: number };
  /**
   * What the clerk should know and the document does not say (Vietnamese): values that name no unit, placeholders
   * left, the sources a layout follows, deadlines counted on days off computed from the Labour Code for a year without
   * a yearly notice. Present only when there is something to say.
   */
  notes?: string[];
}

/** Input of {@link buildSummaryJson}. */
export interface BuildSummaryJsonInput {
  /** The resolved period. */
  period: Period;
  /** The as-of date of the statistics. */
  asOf: IsoDate;
  /** Row counts of the registers read. */
  rows: RowCounts;
  /** The statistics, from `summarizeStats`. */
  summary: StatsSummary;
  /** Notes for the clerk, written last as `notes` (left out when empty). */
  notes?: readonly string[];
}

/**
 * Builds the summary object of a report run, with the keys and order of DESIGN.md "Report semantics" (then `judged`
 * and `notes`), so that two runs can be compared with a plain diff.
 *
 * @param input - period, as-of date, row counts and statistics
 * @returns the summary object, ready for `JSON.stringify`
 * @throws {RangeError} when the row counts do not add up (read ≠ accepted + rejected): a row was lost
 * @example
 * buildSummaryJson({ period: resolvePeriod("2026-Q1"), asOf: "2026-03-31", rows: { read: 2, accepted: 2, rejected: 0 }, summary })
 * //=> { period: { spec: "2026-Q1", from: "2026-01-01", … }, rows: { … }, sessions: { … }, cases: { … } }
 */
export function buildSummaryJson(input: BuildSummaryJsonInput): SummaryJson {
  const { period, asOf, rows, summary } = input;
  if (rows.read !== rows.accepted + rows.rejected) {
    throw new RangeError(
      `buildSummaryJson: rows do not add up: read ${rows.read} ≠ accepted ${rows.accepted} + rejected ${rows.rejected}`,
    );
  }
  const s = summary.sessions;
  const c = summary.cases;
  return {
    period: { spec: period.spec, from: period.from, to: period.to, label: period.label, cutoff: period.cutoff, asOf },
    rows: { read: rows.read, accepted: rows.accepted, rejected: rows.rejected },
    sessions: {
      held: s.held,
      scheduled: s.scheduled,
      adHoc: s.adHoc,
      people: s.people,
      required: s.required,
      monthsShort: s.monthsShort,
    },
    cases: {
      total: c.total,
      byKind: {
        reflection: c.byKind.reflection,
        petition: c.byKind.petition,
        complaint: c.byKind.complaint,
        denunciation: c.byKind.denunciation,
      },
      group: c.group,
      people: c.people,
      byRoute: {
        handle: c.byRoute.handle,
        direct: c.byRoute.direct,
        guide: c.byRoute.guide,
        archive: c.byRoute.archive,
      },
      resolved: c.resolved,
      carriedOver: c.carriedOver,
      ...(c.overdue === undefined ? {} : { overdue: c.overdue }),
    },
    ...(s.required === null ? {} : { judged: judgedMonths(summary) }),
    ...(input.notes && input.notes.length > 0 ? { notes: [...input.notes] } : {}),
  };
}

/** The months ended by the as-of date that have a minimum: the months the document judges (SummaryJson's `judged`). */
function judgedMonths(summary: StatsSummary): NonNullable<SummaryJson["judged"]> {
  const months = summary.compliance.filter((m) => m.complete && m.requiredDays !== null);
  const first = months[0];
  const last = months[months.length - 1];
  return {
    months: months.map((m) => m.month),
    from: first ? getMonthRange(first.month).from : null,
    to: last ? getMonthRange(last.month).to : null,
    required: months.reduce((n, m) => n + (m.requiredDays ?? 0), 0),
    days: months.reduce((n, m) => n + m.scheduledDays, 0),
  };
}

/**
 * Whether a parsed JSON value is a report's summary (`--summary-json`): an object with its period and its rows read,
 * accepted and rejected. Said of a file given where a register or a statistics file was expected.
 *
 * @param data - a parsed JSON value
 * @returns whether it has a summary's shape
 * @example
 * isSummaryJson(JSON.parse(readFileSync("tom-tat.json", "utf8"))) //=> true
 */
export function isSummaryJson(data: unknown): boolean {
  const object = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  return object(data) && object(data.period) && object(data.rows) && "accepted" in data.rows && "rejected" in data.rows;
}
