import { checkRecordDate } from "../_lib/recordDates.js";
import { addCalendarDays, getIsoMonth, getMonthRange } from "../date/plainDate.js";
import { sessionHost } from "../schedule/sessionHost.js";
import type { ReceptionSession } from "../schemas/session.js";
import { isReportingUnitSession } from "./createStats.js";
import type { Stats } from "./types.js";

function insertSorted(list: string[], value: string): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] !== value) list.splice(lo, 0, value);
}

/**
 * Adds one reception session to a statistics accumulator (updated in place and returned).
 *
 * A session dated in the period, on or before the as-of date, counts in `held`, under its kind, and adds its `Số
 * lượt người` to `people`.
 * A scheduled session of the reporting unit presided by its head ({@link sessionHost}) dated in one of the period's
 * nominal months — even outside a mid-month data range — records its day for the monthly compliance check.
 *
 * @param stats - the accumulator
 * @param session - a validated session
 * @returns the same accumulator
 * @example
 * addSession(stats, { id: "B1", date: "2026-01-15", kind: "scheduled", people: 14 });
 * stats.sessions.held //=> 1
 */
export function addSession(stats: Stats, session: ReceptionSession): Stats {
  checkRecordDate("addSession", "session", session.id, "date", session.date);
  const { from, to, asOf, nominalMonths } = stats.config;
  const s = stats.sessions;
  // A session after the as-of date is not known on it (review s18h F6: a report dated 20/03 counted those of 25/03).
  if (session.date >= from && session.date <= to && session.date <= asOf) {
    s.held += 1;
    if (session.kind === "scheduled") s.scheduled += 1;
    else s.adHoc += 1;
    s.people += session.people ?? 0;
    if (session.dialogue === true) s.dialogues += 1;
  }
  const month = getIsoMonth(session.date);
  // Only the head's own scheduled sessions make days of reception (a deputy's are sessions held, not the head's days).
  // A weekly minimum's weeks belong to the month of their Monday: the last one may end in the days after the period's
  // last month, and its sessions count for it (review s21 C2). A monthly minimum counts calendar months and never
  // reads them.
  if (
    session.kind === "scheduled" &&
    (nominalMonths.includes(month) || inLastWeekAfter(nominalMonths, session.date)) &&
    isReportingUnitSession(stats, session.unit) &&
    sessionHost(session.host, stats.config.unit?.side) === "head"
  ) {
    s.scheduledDaysByMonth[month] ??= [];
    insertSorted(s.scheduledDaysByMonth[month], session.date);
  }
  return stats;
}

/** Whether a date falls in the six days after the last of the months: the end of that month's last week. */
function inLastWeekAfter(months: readonly string[], date: string): boolean {
  const last = months[months.length - 1];
  if (last === undefined) return false;
  const end = getMonthRange(last).to;
  return date > end && date <= addCalendarDays(end, 6);
}
