// The mergeable statistics of a periodic report: per unit of the org file (and per unit name the registers use
// that the org file lacks), per field, per month, and the same period of the previous year. A report is built
// from them, whether they were counted from registers or added up from units' statistics files (`tiepdan rollup`):
// both paths go through the same totals, so both give the same numbers.
import {
  addCalendarDays,
  addCase,
  addSession,
  type Case,
  createStats,
  findOrgUnit,
  getSamePeriodLastYear,
  type IsoDate,
  type IsoMonth,
  mergeStats,
  type OrgUnit,
  type Period,
  type ReceptionSession,
  type Side,
  type Stats,
  type StatsSummary,
  summarizeStats,
  VIETNAM_CALENDAR,
  type WorkingDayCalendar,
} from "@tiepdan/core";
import { addFormMeasures, countFormMeasures, emptyFormMeasures, type FormMeasures } from "../forms/measures.js";

/** Counts of one calendar month of the data range. */
export interface MonthCounts {
  /** Cases received in the month (within the data range). */
  cases: number;
  /** Sessions held in the month (within the data range). */
  sessions: number;
  /** Sum of `Số lượt người` of those sessions. */
  sessionPeople: number;
}

/** The statistics of one unit (a row of the report's per-unit tables and of the official forms). */
export interface UnitStatistics {
  /** Id of the org file's unit; `null` for a unit name the registers use that the org file lacks. */
  id: string | null;
  /** The unit's name as printed. */
  name: string;
  /** Core statistics of the unit's cases and sessions; its head's sessions judged when `id` is not null. */
  stats: Stats;
  /** The measures of the official forms. */
  forms: FormMeasures;
  /** Counts per calendar month of the data range. */
  months: Record<IsoMonth, MonthCounts>;
  /**
   * In a roll-up: the unit sent no statistics file and no part counted a row of it, so its numbers are not known
   * (its row is printed blank, "chưa báo cáo", not as zeros).
   */
  unreported?: boolean;
}

/** Everything a periodic report counts, in a form that adds up across units. */
export interface ReportStatistics {
  /** Per unit, in the org file's order, then the unknown unit names in alphabetical order. */
  units: UnitStatistics[];
  /** Per `Lĩnh vực` ("" when not recorded) of the cases received in the period. */
  fields: { field: string; stats: Stats }[];
  /**
   * The same period of the previous year, and whether the registers reach back to its first days: `covered` either
   * register, `casesCovered` / `sessionsCovered` each (review s18h F8: a sessions register of last year made the cases
   * compared with a year the cases register does not hold; absent in statistics files made before, `covered` then).
   */
  previousYear: { covered: boolean; casesCovered?: boolean; sessionsCovered?: boolean; stats: Stats };
}

/** Input of {@link collectReportStatistics}. */
export interface CollectReportStatisticsInput {
  /** The period. */
  period: Period;
  /** As-of date (the period's last day by default). */
  asOf?: IsoDate;
  /** Accepted cases. */
  cases: readonly Case[];
  /** Accepted sessions. */
  sessions: readonly ReceptionSession[];
  /** The org file's units. */
  units: readonly OrgUnit[];
  /** Id of the reporting unit among `units`. */
  reportingUnit: string;
  /** Fields every cases register has a column for. */
  recordedFields?: readonly (keyof Case)[];
  /** Working-day calendar (the Vietnamese one by default). */
  calendar?: WorkingDayCalendar;
  /**
   * Whether a case received in the period is overdue, already known (from `missedDeadlinesOf` with the same as-of
   * date, calendar and columns): its deadlines are then not evaluated again.
   */
  isOverdue?: (c: Case) => boolean;
  /**
   * Whether a unit's head is judged on the minimum days of reception (default: every unit of the org file). A profile
   * judges only its own side's heads, and none when the reporting unit is not known (DESIGN.md rule 1).
   */
  judge?: (unit: OrgUnit) => boolean;
  /** Whose deadlines count a case as overdue (see core's `evaluateCaseDeadlines`); `party` by default. */
  side?: Side;
}

const NO_UNIT = "Chưa ghi đơn vị";

/** Days after the first day of the previous year's period by which a register must hold a record to be compared. */
const PREVIOUS_YEAR_GRACE_DAYS = 9;

function statsFor(
  input: Pick<CollectReportStatisticsInput, "period" | "asOf" | "recordedFields" | "calendar" | "isOverdue" | "side">,
  unit: OrgUnit | undefined,
  cases: readonly Case[],
  sessions: readonly ReceptionSession[],
): Stats {
  const calendar = input.calendar ?? VIETNAM_CALENDAR;
  const stats = createStats({
    period: input.period,
    ...(input.asOf ? { asOf: input.asOf } : {}),
    ...(unit ? { unit } : {}),
    overdue: {
      calendar,
      ...(input.recordedFields ? { recordedFields: input.recordedFields } : {}),
      ...(input.side ? { side: input.side } : {}),
    },
  });
  const { from, to } = input.period;
  const isOverdue = input.isOverdue;
  for (const c of cases) {
    const known = isOverdue && c.receivedOn >= from && c.receivedOn <= to ? isOverdue(c) : undefined;
    addCase(stats, c, known === undefined ? { calendar } : { calendar, overdue: known });
  }
  for (const s of sessions) addSession(stats, s);
  return stats;
}

function countMonths(
  cases: readonly Case[],
  sessions: readonly ReceptionSession[],
  period: Pick<Period, "from" | "to">,
): Record<IsoMonth, MonthCounts> {
  const months: Record<IsoMonth, MonthCounts> = {};
  const at = (d: IsoDate) => {
    // The registers' dates are checked when read: the month is the date's first seven characters.
    const key = d.slice(0, 7) as IsoMonth;
    months[key] ??= { cases: 0, sessions: 0, sessionPeople: 0 };
    return months[key];
  };
  for (const c of cases) if (c.receivedOn >= period.from && c.receivedOn <= period.to) at(c.receivedOn).cases += 1;
  for (const s of sessions) {
    if (s.date < period.from || s.date > period.to) continue;
    const m = at(s.date);
    m.sessions += 1;
    m.sessionPeople += s.people ?? 0;
  }
  return Object.fromEntries(Object.entries(months).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Counts the statistics of a periodic report from the registers: each case and session goes to the unit its
 * `Đơn vị` names (a session without one to the reporting unit; a case without one to "Chưa ghi đơn vị").
 *
 * @param input - period, registers, the org file's units and the reporting unit
 * @returns the statistics per unit, per field and of the previous year
 * @throws {RangeError} when the reporting unit is not among the units
 * @example
 * const st = collectReportStatistics({ period, cases, sessions, units: org.units, reportingUnit: "tu-minh-son" });
 * st.units[0].stats.cases.total //=> 74
 */
export function collectReportStatistics(input: CollectReportStatisticsInput): ReportStatistics {
  const { period, units } = input;
  const head = units.find((u) => u.id === input.reportingUnit);
  if (!head) throw new RangeError(`collectReportStatistics: no unit with id ${JSON.stringify(input.reportingUnit)}`);
  interface Bucket {
    unit: OrgUnit | undefined;
    name: string;
    cases: Case[];
    sessions: ReceptionSession[];
  }
  const buckets: Bucket[] = units.map((u) => ({ unit: u, name: u.name, cases: [], sessions: [] }));
  const extra = new Map<string, Bucket>();
  const bucketOf = (ref: string | undefined, fallbackToHead: boolean): Bucket => {
    const unit = findOrgUnit(ref, units);
    if (unit) return buckets[units.indexOf(unit)] as Bucket;
    if ((ref === undefined || ref.trim() === "") && fallbackToHead) return buckets[units.indexOf(head)] as Bucket;
    const name = ref?.trim() || NO_UNIT;
    let b = extra.get(name);
    if (!b) {
      b = { unit: undefined, name, cases: [], sessions: [] };
      extra.set(name, b);
    }
    return b;
  };
  for (const c of input.cases) bucketOf(c.unit, false).cases.push(c);
  for (const s of input.sessions) bucketOf(s.unit, true).sessions.push(s);
  const all = [...buckets, ...[...extra.values()].sort((a, b) => a.name.localeCompare(b.name, "vi"))];

  const byField = new Map<string, Case[]>();
  for (const c of input.cases) {
    if (c.receivedOn < period.from || c.receivedOn > period.to) continue;
    const key = c.field ?? "";
    const list = byField.get(key);
    if (list) list.push(c);
    else byField.set(key, [c]);
  }

  const previous = getSamePeriodLastYear(period);
  // The registers cover the same period of the previous year when they reach back to its first days (a record by its
  // tenth day: New Year and Tết leave a week without letters). One record anywhere in its first month was taken as
  // enough (review s17s F3: registers begun on 02/01/2025 were compared with 15/12/2024–14/03/2025, a fifth missing).
  const firstDays = addCalendarDays(previous.from, PREVIOUS_YEAR_GRACE_DAYS);
  const casesCovered = input.cases.some((c) => c.receivedOn <= firstDays);
  const sessionsCovered = input.sessions.some((s) => s.date <= firstDays);
  const covered = casesCovered || sessionsCovered;
  const prev = createStats({ period: previous, overdue: false });
  for (const c of input.cases) addCase(prev, c);
  for (const s of input.sessions) addSession(prev, s);

  const formOptions = {
    asOf: input.asOf ?? period.to,
    calendar: input.calendar ?? VIETNAM_CALENDAR,
    ...(input.recordedFields ? { recordedFields: input.recordedFields } : {}),
  };
  return {
    units: all.map((b) => ({
      id: b.unit?.id ?? null,
      name: b.name,
      stats: statsFor(input, b.unit && (input.judge?.(b.unit) ?? true) ? b.unit : undefined, b.cases, b.sessions),
      forms: countFormMeasures(b.cases, b.sessions, period, formOptions),
      months: countMonths(b.cases, b.sessions, period),
    })),
    fields: [...byField.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([field, cases]) => ({ field, stats: statsFor(input, undefined, cases, []) })),
    previousYear: { covered, casesCovered, sessionsCovered, stats: prev },
  };
}

/** `mergeStats` of statistics counted with different units or register columns, under one configuration. */
function mergeUnder(config: Stats["config"], list: readonly Stats[], keepDays: boolean): Stats {
  const empty = createStats({
    period: { from: config.from, to: config.to, nominalMonths: config.nominalMonths },
    asOf: config.asOf,
    overdue: false,
  });
  const base: Stats = {
    ...empty,
    config,
    cases: { ...empty.cases, ...(config.overdue !== null ? { overdue: 0 } : {}) },
  };
  return list.reduce<Stats>(
    (acc, s) =>
      mergeStats(acc, {
        ...s,
        config,
        sessions: { ...s.sessions, scheduledDaysByMonth: keepDays ? s.sessions.scheduledDaysByMonth : {} },
      }),
    base,
  );
}

/**
 * The statistics of the whole report: the units' statistics added up, the reporting unit's head judged on the
 * scheduled sessions of the reporting unit's row.
 *
 * @param statistics - the report's statistics
 * @param head - the reporting unit
 * @param options - `judge: false` when the reporting unit's head is not judged (no compliance statement)
 * @returns the total accumulator and its summary (`summarizeStats`)
 * @example
 * totalStatistics(statistics, head).summary.cases.total //=> 438
 */
export function totalStatistics(
  statistics: ReportStatistics,
  head: OrgUnit,
  options: { judge?: boolean } = {},
): { stats: Stats; summary: StatsSummary } {
  const first = statistics.units[0];
  if (!first) throw new RangeError("totalStatistics: no unit");
  const headRow = statistics.units.find((u) => u.id === head.id);
  const unitConfig = createStats({
    period: {
      from: first.stats.config.from,
      to: first.stats.config.to,
      nominalMonths: first.stats.config.nominalMonths,
    },
    asOf: first.stats.config.asOf,
    ...(options.judge === false ? {} : { unit: head }),
    overdue: false,
  }).config.unit;
  const config: Stats["config"] = { ...first.stats.config, unit: unitConfig };
  const merged = mergeUnder(
    config,
    statistics.units.map((u) => u.stats),
    false,
  );
  merged.sessions.scheduledDaysByMonth = { ...(headRow?.stats.sessions.scheduledDaysByMonth ?? {}) };
  return { stats: merged, summary: summarizeStats(merged) };
}

/**
 * The measures of the official forms for the whole report: the units' measures added up.
 *
 * @param statistics - the report's statistics
 * @returns the total of every measure
 * @example
 * totalFormMeasures(statistics)["processing.received"] //=> 387
 */
export function totalFormMeasures(statistics: ReportStatistics): FormMeasures {
  return statistics.units.reduce((acc, u) => addFormMeasures(acc, u.forms), emptyFormMeasures());
}

/**
 * Adds up the statistics of several reports of the same period (the units' statistics files of a roll-up) under
 * the org file of the level above: a unit's row goes to the org unit with its id (or name), rows the org file
 * lacks are kept by name.
 *
 * @param parts - the units' statistics, of the same period, as-of date and cutoff
 * @param units - the org file's units of the level above
 * @returns one set of statistics, rows in the org file's order, then unknown names alphabetically
 * @example
 * const province = mergeReportStatistics(files.map((f) => f.statistics), org.units);
 */
export function mergeReportStatistics(parts: readonly ReportStatistics[], units: readonly OrgUnit[]): ReportStatistics {
  const firstPart = parts[0];
  const firstUnit = firstPart?.units[0];
  if (!firstPart || !firstUnit) throw new RangeError("mergeReportStatistics: nothing to merge");
  const template = firstUnit.stats.config;
  const unitConfig = (u: OrgUnit | undefined) =>
    u === undefined
      ? null
      : createStats({
          period: { from: template.from, to: template.to, nominalMonths: template.nominalMonths },
          asOf: template.asOf,
          unit: u,
          overdue: false,
        }).config.unit;
  interface Acc {
    unit: OrgUnit | undefined;
    name: string;
    rows: UnitStatistics[];
  }
  const accs: Acc[] = units.map((u) => ({ unit: u, name: u.name, rows: [] }));
  const extra = new Map<string, Acc>();
  for (const part of parts) {
    for (const row of part.units) {
      const unit = findOrgUnit(row.id ?? undefined, units) ?? findOrgUnit(row.name, units);
      if (unit) {
        (accs[units.indexOf(unit)] as Acc).rows.push(row);
        continue;
      }
      let acc = extra.get(row.name);
      if (!acc) {
        acc = { unit: undefined, name: row.name, rows: [] };
        extra.set(row.name, acc);
      }
      acc.rows.push(row);
    }
  }
  const rows = [...accs, ...[...extra.values()].sort((a, b) => a.name.localeCompare(b.name, "vi"))].map((acc) => {
    // A unit's head is judged only when some part counted its sessions for it: a unit whose file was made without a
    // sessions register, or that sent no file, is not said to have held 0 days.
    const judged = acc.rows.some((r) => r.stats.config.unit != null);
    const config: Stats["config"] = { ...template, unit: judged ? unitConfig(acc.unit) : null };
    const months: Record<IsoMonth, MonthCounts> = {};
    for (const r of acc.rows) {
      for (const [k, v] of Object.entries(r.months)) {
        const m = (months[k] ??= { cases: 0, sessions: 0, sessionPeople: 0 });
        m.cases += v.cases;
        m.sessions += v.sessions;
        m.sessionPeople += v.sessionPeople;
      }
    }
    return {
      id: acc.unit?.id ?? null,
      name: acc.name,
      // A unit's scheduled days are its own only when its row was counted for that unit.
      stats: mergeUnder(
        config,
        acc.rows.map((r) =>
          r.id !== null || acc.unit === undefined
            ? r.stats
            : { ...r.stats, sessions: { ...r.stats.sessions, scheduledDaysByMonth: {} } },
        ),
        true,
      ),
      forms: acc.rows.reduce((a, r) => addFormMeasures(a, r.forms), emptyFormMeasures()),
      months: Object.fromEntries(Object.entries(months).sort(([a], [b]) => (a < b ? -1 : 1))),
    };
  });
  const fieldMap = new Map<string, Stats[]>();
  for (const part of parts) {
    for (const f of part.fields) fieldMap.set(f.field, [...(fieldMap.get(f.field) ?? []), f.stats]);
  }
  const fieldConfig: Stats["config"] = { ...template, unit: null };
  const prevParts = parts.map((p) => p.previousYear.stats);
  return {
    units: rows,
    fields: [...fieldMap.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([field, list]) => ({ field, stats: mergeUnder(fieldConfig, list, true) })),
    previousYear: {
      covered: parts.some((p) => p.previousYear.covered),
      casesCovered: parts.some((p) => p.previousYear.casesCovered ?? p.previousYear.covered),
      sessionsCovered: parts.some((p) => p.previousYear.sessionsCovered ?? p.previousYear.covered),
      stats: prevParts.slice(1).reduce((a, b) => mergeStats(a, b), prevParts[0] as Stats),
    },
  };
}
