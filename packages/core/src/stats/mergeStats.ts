import { canonicalJson } from "../format/canonicalJson.js";
import type { Stats } from "./types.js";

function sumRecords<K extends string>(a: Record<K, number>, b: Record<K, number>): Record<K, number> {
  const out = { ...a };
  for (const k of Object.keys(b) as K[]) out[k] = (out[k] ?? 0) + b[k];
  return sortKeys(out);
}

function sortKeys<T>(rec: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(rec).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}

/**
 * Merges two statistics accumulators built for the same period and unit, e.g. one per part of a register read in
 * pieces, or one per worker. The merge is associative and commutative, so the parts can be combined in any order and
 * grouping; neither input is changed. Accumulators of different units (one per commune, each created with its own
 * unit) are not merged here: roll them up with `mergeReportStatistics` of `@tiepdan/reporting`.
 *
 * @param a - an accumulator
 * @param b - another accumulator with the same configuration
 * @returns a new accumulator holding both
 * @throws {RangeError} when the two were created for different periods, as-of dates or units
 * @example
 * // The register read in two halves, each counted under the same period, as-of date and unit.
 * const parts = [firstHalf, secondHalf].map((cases) => {
 *   const s = createStats({ period, asOf, unit });
 *   for (const c of cases) addCase(s, c);
 *   return s;
 * });
 * const whole = parts.reduce(mergeStats);
 */
export function mergeStats(a: Stats, b: Stats): Stats {
  // Compared as values, whatever the order of their keys (review s17d F9: statistics stored in a store that orders keys
  // could not be merged); the first field that differs is named.
  const differs = (Object.keys({ ...a.config, ...b.config }) as (keyof Stats["config"])[]).find(
    (k) => canonicalJson(a.config[k]) !== canonicalJson(b.config[k]),
  );
  if (differs !== undefined) {
    throw new RangeError(
      `mergeStats: the accumulators were created under different configurations (config.${differs}: ${canonicalJson(a.config[differs])} and ${canonicalJson(b.config[differs])})`,
    );
  }
  const ca = a.cases;
  const cb = b.cases;
  const days: Record<string, string[]> = {};
  for (const month of new Set([
    ...Object.keys(a.sessions.scheduledDaysByMonth),
    ...Object.keys(b.sessions.scheduledDaysByMonth),
  ])) {
    days[month] = [
      ...new Set([
        ...(a.sessions.scheduledDaysByMonth[month] ?? []),
        ...(b.sessions.scheduledDaysByMonth[month] ?? []),
      ]),
    ].sort();
  }
  return {
    format: "tiepdan-stats@1",
    config: JSON.parse(JSON.stringify(a.config)) as Stats["config"],
    cases: {
      total: ca.total + cb.total,
      byKind: sumRecords(ca.byKind, cb.byKind),
      group: ca.group + cb.group,
      people: ca.people + cb.people,
      byRoute: sumRecords(ca.byRoute, cb.byRoute),
      routeUnrecorded: ca.routeUnrecorded + cb.routeUnrecorded,
      resolved: ca.resolved + cb.resolved,
      carriedOver: ca.carriedOver + cb.carriedOver,
      byField: sumRecords(ca.byField, cb.byField),
      byUnit: sumRecords(ca.byUnit, cb.byUnit),
      byChannel: sumRecords(ca.byChannel, cb.byChannel),
      afterPeriod: ca.afterPeriod + cb.afterPeriod,
      ...(ca.overdue !== undefined || cb.overdue !== undefined
        ? { overdue: (ca.overdue ?? 0) + (cb.overdue ?? 0) }
        : {}),
    },
    sessions: {
      held: a.sessions.held + b.sessions.held,
      scheduled: a.sessions.scheduled + b.sessions.scheduled,
      adHoc: a.sessions.adHoc + b.sessions.adHoc,
      people: a.sessions.people + b.sessions.people,
      dialogues: a.sessions.dialogues + b.sessions.dialogues,
      scheduledDaysByMonth: sortKeys(days),
    },
  };
}
