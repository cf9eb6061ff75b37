import { parseUnit, refersToUnit } from "../_lib/matchUnit.js";
import { checkRecordDate } from "../_lib/recordDates.js";
import { describeCalendar, VIETNAM_CALENDAR, type WorkingDayCalendar } from "../calendar/workingDays.js";
import {
  addCalendarDays,
  getIsoMonth,
  getMonthRange,
  getWeekday,
  type IsoDate,
  type IsoMonth,
  isIsoDate,
} from "../date/plainDate.js";
import { formatVietnameseDate } from "../format/formatVietnameseDate.js";
import { formatCitation } from "../rules/sources.js";
import type { OrgUnitInput } from "../schemas/orgUnit.js";
import type { Citation, RuleSet } from "../schemas/ruleSet.js";
import type { ReceptionSession } from "../schemas/session.js";
import { frequencyFor, weeklyUntil } from "./_frequency.js";

/** Options of {@link nextSessionDue}. */
export interface NextSessionDueOptions {
  /** The unit. */
  unit: OrgUnitInput;
  /** Sessions held so far. */
  sessions: readonly ReceptionSession[];
  /** The day of the question; never read from the clock. */
  asOf: IsoDate;
  /** Force a rule set. */
  ruleSet?: RuleSet;
  /** Working-day calendar (the Vietnamese civil-service calendar by default). */
  calendar?: WorkingDayCalendar;
}

/** When the next scheduled session is due. */
export interface NextSessionDue {
  /** The month (or, for a weekly minimum, the Monday of the week) the obligation belongs to. */
  window: { from: IsoDate; to: IsoDate; per: "month" | "week"; month: IsoMonth };
  /** Minimum scheduled days in the window. */
  requiredDays: number;
  /** Scheduled days already held in the window. */
  heldDays: number;
  /** Days still to hold in the window. */
  remainingDays: number;
  /** Last working day of the window: the session must be held on or before it. */
  dueBy: IsoDate;
  /** `true` when `asOf` is past `dueBy` and days are still missing. */
  late: boolean;
  /** The calendar used. */
  calendar: { id: string; label: string; includesHolidays: boolean };
  /** The clause. */
  source: Citation;
  /** Vietnamese explanation. */
  reason: string;
}

/** The last working day of a window, or undefined when it has none (a week of the Tết break). */
function lastWorkingDay(from: IsoDate, to: IsoDate, calendar: WorkingDayCalendar): IsoDate | undefined {
  for (let d = to; d >= from; d = addCalendarDays(d, -1)) if (calendar.isWorkingDay(d)) return d;
  return undefined;
}

/**
 * Tells by when the head of a unit must next receive citizens to keep the minimum of QĐ 11-QĐi/TW
 * Điều 4 k1 (or Luật Tiếp công dân 2013 on the State side): if the current month (or week, for a weekly
 * minimum) still lacks days, by its last working day; otherwise by the last working day of the next one.
 *
 * @param options - unit, sessions, `asOf`, calendar
 * @returns the window, days required, held and remaining, the due date and the clause; `null` when the
 *   rule set sets no minimum for the unit's level
 * @example
 * nextSessionDue({
 *   unit: { id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province" },
 *   sessions: [{ id: "B1", date: "2026-03-10", kind: "scheduled" }],
 *   asOf: "2026-03-20",
 * })?.dueBy //=> "2026-04-29" (March is done; April's last working day, 30/04 being a holiday)
 */
export function nextSessionDue(options: NextSessionDueOptions): NextSessionDue | null {
  if (!isIsoDate(options.asOf)) throw new RangeError(`nextSessionDue: invalid asOf ${JSON.stringify(options.asOf)}`);
  const unit = parseUnit("nextSessionDue", options.unit);
  const calendar = options.calendar ?? VIETNAM_CALENDAR;
  // A session dated otherwise than the schema gives it ("2026-3-10") would count for no window (review s21 C20).
  for (const s of options.sessions) checkRecordDate("nextSessionDue", "session", s.id, "date", s.date);
  const days = new Set(
    options.sessions.filter((s) => s.kind === "scheduled" && refersToUnit(s.unit, unit)).map((s) => s.date),
  );

  // A week the weekly minimum covers only in part (it ended on 30/06/2026, a Tuesday) ends with it, and asks for no
  // day, as checkSessionCompliance judges it (review s23 D23-1: a day was due by 03/07 under the repealed rule).
  const windowAt = (date: IsoDate, found: { rule: { per: "month" | "week" }; ruleSet: RuleSet }) => {
    if (found.rule.per === "month") return { ...getMonthRange(getIsoMonth(date)), partial: false };
    const monday = addCalendarDays(date, -((getWeekday(date) + 6) % 7));
    const sunday = addCalendarDays(monday, 6);
    const end = weeklyUntil(found.ruleSet, unit, options.ruleSet);
    return end !== undefined && end < sunday
      ? { from: monday, to: end, partial: true }
      : { from: monday, to: sunday, partial: false };
  };

  const first = frequencyFor(unit, getIsoMonth(options.asOf), options.ruleSet);
  if (!first.rule) return null;
  let win = windowAt(options.asOf, first);
  let { rule } = first;
  let held = [...days].filter((d) => d >= win.from && d <= win.to).length;
  let dueBy = lastWorkingDay(win.from, win.to, calendar);
  // A window already kept, one with no working day (a week of the Tết break, which asks for no day) or a week the
  // weekly minimum covers only in part gives way to the next one (at most a few weeks: no calendar has a month
  // without working days).
  for (let step = 0; step < 6 && (held >= rule.minDays || dueBy === undefined || win.partial); step++) {
    // The next window is of the rule in force after this one: a weekly minimum followed by a monthly one (the State
    // commune chair's, from 01/07/2026) gives the whole month, not a week labelled monthly (review s21 C4).
    const after = addCalendarDays(win.to, 1);
    const next = frequencyFor(unit, getIsoMonth(after), options.ruleSet);
    if (!next.rule) return null;
    rule = next.rule;
    win = windowAt(after, next);
    held = [...days].filter((d) => d >= win.from && d <= win.to).length;
    dueBy = lastWorkingDay(win.from, win.to, calendar);
    if (dueBy !== undefined && !win.partial) break;
  }
  if (dueBy === undefined) return null;
  const remainingDays = Math.max(0, rule.minDays - held);
  const late = remainingDays > 0 && options.asOf > dueBy;
  const perText = rule.per === "month" ? "1 tháng" : "1 tuần";
  const num = (d: IsoDate) => formatVietnameseDate(d, { style: "numeric" });
  return {
    window: { from: win.from, to: win.to, per: rule.per, month: getIsoMonth(win.from) },
    requiredDays: rule.minDays,
    heldDays: held,
    remainingDays,
    dueBy,
    late,
    calendar: describeCalendar(calendar),
    source: rule.source,
    reason:
      `${rule.headLabel} tiếp dân định kỳ ít nhất ${rule.minDays} ngày trong ${perText} (${formatCitation(rule.source)}). ` +
      `Từ ${num(win.from)} đến ${num(win.to)} đã tiếp ${held} ngày, còn ${remainingDays} ngày, hạn chậm nhất ${num(dueBy)}` +
      (late ? " — đã quá hạn." : ".") +
      (calendar.includesHolidays ? "" : ` Lịch: ${calendar.label}.`),
  };
}
