import { parseUnit, refersToUnit } from "../_lib/matchUnit.js";
import { VIETNAM_CALENDAR } from "../calendar/workingDays.js";
import { type IsoDate, type IsoMonth, isIsoDate, listMonthsBetween } from "../date/plainDate.js";
import type { EvaluateCaseDeadlinesOptions } from "../deadlines/evaluateCaseDeadlines.js";
import type { OrgUnitInput } from "../schemas/orgUnit.js";
import type { Stats } from "./types.js";

/** Options of {@link createStats}. */
export interface CreateStatsOptions {
  /** The period: `{ from, to }` and, when resolved by `resolvePeriod`, its `nominalMonths`. */
  period: { from: IsoDate; to: IsoDate; nominalMonths?: readonly IsoMonth[] };
  /** As-of date for `resolved`; the period's last day by default. Never read from the clock. */
  asOf?: IsoDate;
  /** The reporting unit, whose head's scheduled sessions are judged against the minimum. */
  unit?: OrgUnitInput;
  /**
   * Count overdue cases (`cases.overdue`) with {@link evaluateCaseDeadlines}: on by default with the Vietnamese
   * civil-service calendar; `false` to leave them out. A calendar given here must also be given to {@link addCase}.
   */
  overdue?: false | EvaluateCaseDeadlinesOptions;
}

/**
 * Creates an empty statistics accumulator for a period (DESIGN.md "Report semantics"). Feed it with
 * {@link addCase} and {@link addSession}, combine accumulators built on parts of the data with
 * {@link mergeStats} (in any order, in parallel), and read the result with {@link summarizeStats}.
 *
 * @param options - period, as-of date and reporting unit
 * @returns an empty accumulator (plain JSON)
 * @throws {RangeError} on a bad period, as-of date or unit
 * @example
 * const stats = createStats({ period: resolvePeriod("2026-Q1"), unit: { id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province" } });
 * stats.cases.total //=> 0
 */
export function createStats(options: CreateStatsOptions): Stats {
  const { from, to } = options.period;
  if (!isIsoDate(from) || !isIsoDate(to) || to < from) {
    throw new RangeError(`createStats: invalid period ${JSON.stringify(from)}..${JSON.stringify(to)}`);
  }
  const asOf = options.asOf ?? to;
  if (!isIsoDate(asOf)) throw new RangeError(`createStats: invalid asOf ${JSON.stringify(asOf)}`);
  const unit = options.unit === undefined ? null : parseUnit("createStats", options.unit);
  return {
    format: "tiepdan-stats@1",
    config: {
      from,
      to,
      asOf,
      nominalMonths: [...(options.period.nominalMonths ?? listMonthsBetween(from, to))],
      unit: unit && {
        id: unit.id,
        level: unit.level,
        side: unit.side,
        names: [unit.id, unit.name, ...(unit.aliases ?? [])],
      },
      overdue:
        options.overdue === false
          ? null
          : {
              calendarId: (options.overdue?.calendar ?? VIETNAM_CALENDAR).id,
              complaintAcceptanceCounting: options.overdue?.complaintAcceptanceCounting ?? "calendarDays",
              recordedFields: options.overdue?.recordedFields ? [...options.overdue.recordedFields].sort() : null,
              ...(options.overdue?.side === "state" ? { side: "state" as const } : {}),
            },
    },
    cases: {
      total: 0,
      byKind: { reflection: 0, petition: 0, complaint: 0, denunciation: 0 },
      group: 0,
      people: 0,
      byRoute: { handle: 0, direct: 0, guide: 0, archive: 0 },
      routeUnrecorded: 0,
      resolved: 0,
      carriedOver: 0,
      byField: {},
      byUnit: {},
      byChannel: {},
      afterPeriod: 0,
      ...(options.overdue === false ? {} : { overdue: 0 }),
    },
    sessions: { held: 0, scheduled: 0, adHoc: 0, people: 0, dialogues: 0, scheduledDaysByMonth: {} },
  };
}

/** Whether a session's `Đơn vị` names the reporting unit (a session without one belongs to it). */
export function isReportingUnitSession(stats: Stats, unitRef: string | undefined): boolean {
  const u = stats.config.unit;
  if (u === null) return true;
  return refersToUnit(unitRef, { id: u.id, name: u.names[1] ?? u.id, aliases: u.names.slice(2) });
}
