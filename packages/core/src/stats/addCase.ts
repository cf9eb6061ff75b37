import { checkRecordDate } from "../_lib/recordDates.js";
import { VIETNAM_CALENDAR, type WorkingDayCalendar } from "../calendar/workingDays.js";
import { isCaseOverdue } from "../deadlines/evaluateCaseDeadlines.js";
import type { Case } from "../schemas/case.js";
import type { Stats } from "./types.js";

/** Cases with at least this many people are group cases (vụ việc đông người, DESIGN.md glossary). */
export const GROUP_CASE_MIN_PEOPLE = 5;

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

/** Options of {@link addCase}. */
export interface AddCaseOptions {
  /** The working-day calendar named when the statistics were created (the Vietnamese one by default). */
  calendar?: WorkingDayCalendar;
  /**
   * Whether the case is overdue as of the statistics' as-of date, when the caller has already evaluated its
   * deadlines with the same calendar and options (e.g. with `evaluateCaseDeadlines` for a list of overdue cases):
   * the deadlines are then not evaluated again. Leave it out to let `addCase` evaluate them.
   */
  overdue?: boolean;
}

/**
 * Adds one case to a statistics accumulator. The accumulator is updated in place (and returned) so that a
 * million-row register folds without copying; use {@link mergeStats} to combine accumulators.
 *
 * A case received in the period counts in `total`, once under each of its kinds, in `group` when 5 people or
 * more brought it, under its recorded route, and in `resolved` when its result is dated on or before the as-of
 * date, and in `overdue` when a statutory deadline is missed as of that date (see `evaluateCaseDeadlines`).
 * A case received before the period counts in `carriedOver` when it had no result before the period.
 * A case received after the period, or after the as-of date (not known on it), is only counted in `afterPeriod`. Names and contents are never read.
 *
 * @param stats - the accumulator
 * @param c - a validated case
 * @param options - the calendar, when the statistics were created with another than the Vietnamese one
 * @returns the same accumulator
 * @throws {RangeError} when `receivedOn` is not a YYYY-MM-DD date (an object that did not go through `CaseSchema`)
 * @example
 * addCase(stats, { id: "D1", receivedOn: "2026-02-10", channel: "letter", kinds: ["complaint", "denunciation"], people: 6 });
 * stats.cases.total //=> 1; stats.cases.byKind.denunciation //=> 1; stats.cases.group //=> 1
 */
export function addCase(stats: Stats, c: Case, options: AddCaseOptions = {}): Stats {
  const { from, to, asOf, overdue } = stats.config;
  const s = stats.cases;
  // A date not as the schema gives it ("15/03/2026" from an unvalidated object) compared as text would be carried over
  // silently (review s21 C20): named instead.
  checkRecordDate("addCase", "case", c.id, "receivedOn", c.receivedOn);
  if (c.receivedOn < from) {
    if (c.resultOn === undefined || c.resultOn >= from) s.carriedOver += 1;
    return stats;
  }
  // Received after the as-of date: not known on it, as a session held then is not (review s21 C16).
  if (c.receivedOn > to || c.receivedOn > asOf) {
    s.afterPeriod += 1;
    return stats;
  }
  s.total += 1;
  // Once under each kind, a kind written twice counted once (without a Set made per case of a year's register).
  const kinds = c.kinds;
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i] as (typeof kinds)[number];
    if (kinds.indexOf(kind) === i) s.byKind[kind] += 1;
  }
  const people = c.people ?? 1;
  s.people += people;
  if (people >= GROUP_CASE_MIN_PEOPLE) s.group += 1;
  if (c.route === undefined) s.routeUnrecorded += 1;
  else s.byRoute[c.route] += 1;
  if (c.resultOn !== undefined && c.resultOn <= asOf) s.resolved += 1;
  bump(s.byField, c.field ?? "");
  bump(s.byUnit, c.unit ?? "");
  bump(s.byChannel, c.channel);
  if (overdue !== null) {
    const calendar = options.calendar ?? VIETNAM_CALENDAR;
    if (calendar.id !== overdue.calendarId) {
      throw new RangeError(
        `addCase: the statistics count overdue cases with calendar "${overdue.calendarId}"; pass that calendar, got "${calendar.id}"`,
      );
    }
    const late =
      options.overdue ??
      isCaseOverdue(c, asOf, {
        calendar,
        complaintAcceptanceCounting: overdue.complaintAcceptanceCounting,
        ...(overdue.recordedFields ? { recordedFields: overdue.recordedFields as (keyof Case)[] } : {}),
        ...(overdue.side ? { side: overdue.side } : {}),
      });
    if (late) s.overdue = (s.overdue ?? 0) + 1;
  }
  return stats;
}
