import type { WorkingDayCalendar } from "../calendar/workingDays.js";
import { getMonthRange, type IsoMonth } from "../date/plainDate.js";
import { formatVietnameseDate } from "../format/formatVietnameseDate.js";
import { checkSessionCompliance, lastDayJudged, type MonthCompliance } from "../schedule/checkSessionCompliance.js";
import type { RuleSet } from "../schemas/ruleSet.js";
import type { KindCounts, RouteCounts, Stats } from "./types.js";

/** Options of {@link summarizeStats}. */
export interface SummarizeStatsOptions {
  /** Force one rule set for the compliance months (otherwise the one in force on each month's first day). */
  ruleSet?: RuleSet;
  /** Working-day calendar of a weekly minimum's weeks (see `checkSessionCompliance`); the Vietnamese one by default. */
  calendar?: WorkingDayCalendar;
}

/**
 * The numbers of DESIGN.md "Report semantics", as the CLI's `--summary-json` writes them under `sessions` and
 * `cases`. `overdue` is absent (not zero) when the statistics were created without counting it.
 */
export interface StatsSummary {
  /** Sessions. */
  sessions: {
    held: number;
    scheduled: number;
    adHoc: number;
    people: number;
    /**
     * Nominal months × the minimum for the reporting unit's level; `null` without a unit, or when no rule set in force
     * sets a minimum for its level in any nominal month (no statement, not a minimum of 0).
     */
    required: number | null;
    /**
     * Nominal months ended by the as-of date whose scheduled-session days (on or before it) fall below the minimum;
     * `null` when `required` is. A month not ended by the as-of date is never short: days may still be held.
     */
    monthsShort: IsoMonth[] | null;
  };
  /** Cases. */
  cases: {
    total: number;
    byKind: KindCounts;
    group: number;
    people: number;
    byRoute: RouteCounts;
    resolved: number;
    carriedOver: number;
    overdue?: number;
  };
  /** The month-by-month compliance behind `required` and `monthsShort`. */
  compliance: MonthCompliance[];
}

/**
 * Reads the report numbers out of a statistics accumulator, judging the reporting unit's session compliance
 * on the period's nominal months (QĐ 11-QĐi/TW Điều 4 k1).
 *
 * @param stats - the accumulator
 * @param options - rule set override
 * @returns the summary numbers and the month-by-month compliance
 * @example
 * // A province's Q1 with scheduled sessions on 15/01 and 12/03 only (QĐ 11: 1 day a month):
 * summarizeStats(stats).sessions.monthsShort //=> ["2026-02"]
 */
export function summarizeStats(stats: Stats, options: SummarizeStatsOptions = {}): StatsSummary {
  const { config } = stats;
  let compliance: MonthCompliance[] = [];
  let required: number | null = null;
  let monthsShort: IsoMonth[] | null = null;
  const first = config.nominalMonths[0];
  const last = config.nominalMonths[config.nominalMonths.length - 1];
  if (config.unit !== null && first !== undefined && last !== undefined) {
    // What is known at the as-of date (review s17s F4: a session four days after the report's date made its month
    // compliant): sessions after it are not counted, and a month not ended by it is judged only once it has ended.
    const sessions = Object.values(stats.sessions.scheduledDaysByMonth)
      .flat()
      .filter((date) => date <= config.asOf)
      .map((date, i) => ({ id: String(i), date, kind: "scheduled" as const }));
    const lastDay = getMonthRange(last).to;
    const result = checkSessionCompliance({
      unit: {
        id: config.unit.id,
        name: config.unit.names[1] ?? config.unit.id,
        level: config.unit.level,
        side: config.unit.side,
      },
      sessions,
      from: getMonthRange(first).from,
      to: lastDay,
      ...(options.ruleSet ? { ruleSet: options.ruleSet } : {}),
      ...(options.calendar ? { calendar: options.calendar } : {}),
    });
    compliance = result.months
      .filter((m) => config.nominalMonths.includes(m.month))
      .map((m) =>
        lastDayJudged(m) <= config.asOf
          ? m
          : {
              ...m,
              complete: false,
              reason: `${m.reason} ${getMonthRange(m.month).to <= config.asOf ? `Tuần cuối của tháng (đến ngày ${formatVietnameseDate(lastDayJudged(m), { style: "numeric" })}) chưa kết thúc` : "Tháng chưa kết thúc"} đến ngày ${formatVietnameseDate(config.asOf, { style: "numeric" })} (ngày tính số liệu): chưa đánh giá.`,
            },
      );
    // No month with a minimum (a level no rule set names, a period before any): no statement, not "0 required".
    if (compliance.some((m) => m.requiredDays !== null)) {
      required = compliance.reduce((n, m) => n + (m.requiredDays ?? 0), 0);
      monthsShort = compliance.filter((m) => m.compliant === false && m.complete).map((m) => m.month);
    }
  }
  const c = stats.cases;
  const s = stats.sessions;
  return {
    sessions: { held: s.held, scheduled: s.scheduled, adHoc: s.adHoc, people: s.people, required, monthsShort },
    cases: {
      total: c.total,
      byKind: { ...c.byKind },
      group: c.group,
      people: c.people,
      byRoute: { ...c.byRoute },
      resolved: c.resolved,
      carriedOver: c.carriedOver,
      ...(c.overdue !== undefined ? { overdue: c.overdue } : {}),
    },
    compliance,
  };
}
