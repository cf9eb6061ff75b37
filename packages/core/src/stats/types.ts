import type { IsoDate, IsoMonth } from "../date/plainDate.js";
import type { CaseKind, Route, Side } from "../schemas/common.js";

/** The reporting unit as the statistics need it to judge session compliance. */
export interface StatsUnit {
  /** Id. */
  id: string;
  /** Level, e.g. `province`. */
  level: string;
  /** Side of the rules. */
  side: Side;
  /** Names the sessions register may use for it (id, name, aliases). */
  names: string[];
}

/** What a statistics accumulator was created for; two accumulators merge only when these are equal. */
export interface StatsConfig {
  /** First day of the period, inclusive. */
  from: IsoDate;
  /** Last day of the period, inclusive. */
  to: IsoDate;
  /** As-of date for `resolved` (default `to`). */
  asOf: IsoDate;
  /** Calendar months whose session compliance is judged (the period's nominal span). */
  nominalMonths: IsoMonth[];
  /** The unit whose head's sessions are judged; `null` when none was given. */
  unit: StatsUnit | null;
  /** How overdue cases are counted; `null` when they are not. */
  overdue: {
    /** Id of the working-day calendar. */
    calendarId: string;
    /** How the 10 days of complaint acceptance are counted. */
    complaintAcceptanceCounting: "calendarDays" | "workingDays";
    /** Fields the registers have columns for; `null` when all are taken as recorded. */
    recordedFields: string[] | null;
    /** `state` when only the laws' deadlines are judged (see `evaluateCaseDeadlines`); absent for `party`. */
    side?: "state";
  } | null;
}

/** Counts per case kind. */
export type KindCounts = Record<CaseKind, number>;
/** Counts per recorded route. */
export type RouteCounts = Record<Route, number>;

/**
 * A mergeable statistics accumulator (DESIGN.md "Report semantics"): plain JSON, so it can be stored,
 * sent to a worker or kept in a database, and merged in any order with {@link mergeStats}.
 */
export interface Stats {
  /** Format marker. */
  format: "tiepdan-stats@1";
  /** What it was created for. */
  config: StatsConfig;
  /** Case counts. */
  cases: {
    /** Cases received in the period (each once, whatever its kinds). */
    total: number;
    /** Cases in the period per kind; a case with several kinds counts under each. */
    byKind: KindCounts;
    /** Cases in the period with 5 people or more. */
    group: number;
    /** Sum of `Số người` of the cases in the period (a case without it counts 1: it comes from at least one person). */
    people: number;
    /** Cases in the period per recorded `Hướng xử lý`. */
    byRoute: RouteCounts;
    /** Cases in the period with no recorded route. */
    routeUnrecorded: number;
    /** Cases in the period with a result on or before the as-of date. */
    resolved: number;
    /** Cases received before the period with no result before it. */
    carriedOver: number;
    /** Cases in the period per `Lĩnh vực` ("" when not recorded). */
    byField: Record<string, number>;
    /** Cases in the period per `Đơn vị` ("" when not recorded). */
    byUnit: Record<string, number>;
    /** Cases in the period per reception channel. */
    byChannel: Record<string, number>;
    /** Cases received after the period, or after the as-of date (not known on it): read, not counted. */
    afterPeriod: number;
    /** Cases in the period with at least one statutory deadline missed as of the as-of date; absent when not counted. */
    overdue?: number;
  };
  /** Session counts. */
  sessions: {
    /** Sessions dated in the period. */
    held: number;
    /** Of which scheduled. */
    scheduled: number;
    /** Of which ad hoc. */
    adHoc: number;
    /** Sum of `Số lượt người` of the sessions in the period. */
    people: number;
    /** Sessions in the period with a dialogue. */
    dialogues: number;
    /** Distinct days of the unit's scheduled sessions per nominal month (sorted), for compliance. */
    scheduledDaysByMonth: Record<IsoMonth, IsoDate[]>;
  };
}
