import { parseUnit, refersToUnit } from "../_lib/matchUnit.js";
import { checkRecordDate } from "../_lib/recordDates.js";
import { countWorkingDays, VIETNAM_CALENDAR, type WorkingDayCalendar } from "../calendar/workingDays.js";
import {
  addCalendarDays,
  getIsoMonth,
  getMonthRange,
  getWeekday,
  type IsoDate,
  type IsoMonth,
  isIsoDate,
  listMonthsBetween,
} from "../date/plainDate.js";
import { formatVietnameseDate } from "../format/formatVietnameseDate.js";
import { formatCitation } from "../rules/sources.js";
import type { OrgUnitInput } from "../schemas/orgUnit.js";
import type { Citation, RuleSet } from "../schemas/ruleSet.js";
import type { ReceptionSession } from "../schemas/session.js";
import { frequencyFor, weeklyUntil } from "./_frequency.js";
import { sessionHost } from "./sessionHost.js";

/** Options of {@link checkSessionCompliance}. */
export interface CheckSessionComplianceOptions {
  /** The unit whose head must receive citizens; its `level` and `side` choose the minimum. */
  unit: OrgUnitInput;
  /** Reception sessions; those naming another unit in `unit` are left out. */
  sessions: readonly ReceptionSession[];
  /** First day of the range; every calendar month it touches is judged. */
  from: IsoDate;
  /** Last day of the range. */
  to: IsoDate;
  /** Force one rule set for every month instead of the one in force on each month's first day. */
  ruleSet?: RuleSet;
  /**
   * Working-day calendar (the Vietnamese civil-service calendar by default): a week of a weekly minimum with no working
   * day in it (the Tết break) requires no day.
   */
  calendar?: WorkingDayCalendar;
}

/**
 * The last day a month's minimum is judged on: the month's last day, or for a weekly minimum the last day of its
 * last week (weeks belong to the month of their Monday, review s21 C2: the week of 30/03 was judged on 31/03). A month
 * is judged as of a date on or after it; before, its last week may still be made up.
 *
 * @param m - a month of {@link checkSessionCompliance}
 * @returns the month's last day, or its last week's last day when that is later
 * @example
 * // A State commune chair: one day every week until 30/06/2026 (Luật Tiếp công dân 2013 Điều 15).
 * const unit = { id: "ubnd-xa", name: "UBND xã An Bình", level: "commune", side: "state" };
 * lastDayJudged(checkSessionCompliance({ unit, sessions, from: "2026-03-01", to: "2026-03-31" }).months[0]) //=> "2026-04-05" (the Sunday of the week of 30/03)
 */
export function lastDayJudged(m: MonthCompliance): IsoDate {
  const end = getMonthRange(m.month).to;
  const lastWeek = m.weeks?.[m.weeks.length - 1];
  return lastWeek !== undefined && lastWeek.weekEnd > end ? lastWeek.weekEnd : end;
}

/**
 * The weeks of a month that ask for a day under a weekly minimum: not a week without a working day (the Tết break),
 * nor one the weekly minimum covers only in part. Empty for a month judged by days.
 *
 * @param m - a month of {@link checkSessionCompliance}
 * @returns its weeks with a minimum, in order
 * @example
 * weeksWithMinimum(month).filter((w) => w.shortfall > 0).length //=> the weeks short
 */
export function weeksWithMinimum(m: MonthCompliance): WeekCompliance[] {
  return m.weeks?.filter((w) => w.requiredDays > 0) ?? [];
}

/** One week of a weekly minimum (Monday to Sunday, attributed to the month of its Monday). */
export interface WeekCompliance {
  /** Monday of the week. */
  weekStart: IsoDate;
  /**
   * The week's last day counted: its Sunday, or the last day of the rule set that asks for a weekly minimum when it
   * ends within the week (the commune chair's weekly minimum ended on 30/06/2026: the days after it count for July's
   * monthly minimum only, review s22 V10).
   */
  weekEnd: IsoDate;
  /** Distinct days with a scheduled session in the week. */
  scheduledDays: number;
  /** The minimum of the week: 0 when the week has no working day (the Tết break), the rule's otherwise. */
  requiredDays: number;
  /** Days missing to reach the minimum. */
  shortfall: number;
}

/** Compliance of one calendar month. */
export interface MonthCompliance {
  /** The month, `YYYY-MM`. */
  month: IsoMonth;
  /** Id of the rule set applied; `null` before any was in force. */
  ruleSetId: string | null;
  /** Minimum scheduled days in the month; `null` when the rule set sets none for the unit's level. */
  requiredDays: number | null;
  /** Distinct days with a scheduled (định kỳ) session. */
  scheduledDays: number;
  /** Those days. */
  scheduledDates: IsoDate[];
  /** Ad hoc (đột xuất) sessions: reported beside the minimum, never counted toward it. */
  adHocSessions: number;
  /**
   * Scheduled sessions presided by a deputy or another official ({@link sessionHost}): reported beside the minimum,
   * never counted toward the head's days.
   */
  byOthers: number;
  /** Days missing to reach the minimum; `null` when there is no minimum. */
  shortfall: number | null;
  /** `true` when the minimum is met, `null` when there is none. */
  compliant: boolean | null;
  /** `false` when the range covers only part of the month: a shortfall may still be made up. */
  complete: boolean;
  /** The clause applied. */
  source: Citation | null;
  /** Weeks, for a weekly minimum. */
  weeks?: WeekCompliance[];
  /** Vietnamese explanation. */
  reason: string;
}

/** Result of {@link checkSessionCompliance}. */
export interface SessionCompliance {
  /** The unit's id. */
  unitId: string;
  /** Months judged, in order. */
  months: MonthCompliance[];
  /** Sum of the months' minima (months without a minimum add nothing). */
  requiredDays: number;
  /** Sum of scheduled days. */
  scheduledDays: number;
  /** Sum of ad hoc sessions. */
  adHocSessions: number;
  /** Sum of the shortfalls of the months the range covers whole. */
  shortfall: number;
  /** Months the range covers whole whose scheduled days fall below the minimum (a month covered in part may still be made up). */
  monthsShort: IsoMonth[];
}

function mondayOf(date: IsoDate): IsoDate {
  return addCalendarDays(date, -((getWeekday(date) + 6) % 7));
}

function numeric(d: IsoDate): string {
  return formatVietnameseDate(d, { style: "numeric" });
}

/**
 * Checks, month by month, that the head of a unit received citizens on the minimum number of days
 * (QĐ 11-QĐi/TW Điều 4 k1: province ≥ 1 day a month, commune ≥ 2 — the district level, ≥ 1, until
 * Kết luận 215-KL/TW of 23/11/2025; Luật Tiếp công dân 2013 Điều 12, 13, 15 on the State side).
 *
 * Only scheduled sessions count toward the minimum, and each day counts once however many sessions it
 * holds; ad hoc sessions are reported beside it. Each calendar month touched by `[from, to]` is judged on
 * all the sessions dated in it, under the rule set in force on its first day; a month that the range covers
 * only in part is marked `complete: false`. A weekly minimum is judged week by week (Monday to Sunday,
 * each week in the month of its Monday).
 *
 * @param options - unit, sessions and range
 * @returns the months with their minimum, days held, shortfall and clause, and the totals
 * @throws {RangeError} on a bad range or unit (a programming error)
 * @example
 * checkSessionCompliance({
 *   unit: { id: "xa-an-binh", name: "Đảng ủy xã An Bình", level: "commune" },
 *   sessions: [{ id: "B1", date: "2026-03-10", kind: "scheduled" }],
 *   from: "2026-03-01", to: "2026-03-31",
 * }).months[0]
 * //=> { month: "2026-03", requiredDays: 2, scheduledDays: 1, shortfall: 1, compliant: false, … }
 */
export function checkSessionCompliance(options: CheckSessionComplianceOptions): SessionCompliance {
  const { from, to } = options;
  if (!isIsoDate(from) || !isIsoDate(to) || to < from) {
    throw new RangeError(`checkSessionCompliance: invalid range ${JSON.stringify(from)}..${JSON.stringify(to)}`);
  }
  const unit = parseUnit("checkSessionCompliance", options.unit);
  const calendar = options.calendar ?? VIETNAM_CALENDAR;

  const scheduled = new Set<IsoDate>();
  const adHocByMonth = new Map<IsoMonth, number>();
  const othersByMonth = new Map<IsoMonth, number>();
  for (const s of options.sessions) {
    checkRecordDate("checkSessionCompliance", "session", s.id, "date", s.date);
    if (!refersToUnit(s.unit, unit)) continue;
    const month = getIsoMonth(s.date);
    if (s.kind !== "scheduled") adHocByMonth.set(month, (adHocByMonth.get(month) ?? 0) + 1);
    else if (sessionHost(s.host, unit.side) === "head") scheduled.add(s.date);
    else othersByMonth.set(month, (othersByMonth.get(month) ?? 0) + 1);
  }
  const scheduledSorted = [...scheduled].sort();

  const months = listMonthsBetween(from, to).map((month): MonthCompliance => {
    const range = getMonthRange(month);
    const found = frequencyFor(unit, month, options.ruleSet);
    const scheduledDates = scheduledSorted.filter((d) => d >= range.from && d <= range.to);
    const adHocSessions = adHocByMonth.get(month) ?? 0;
    const byOthers = othersByMonth.get(month) ?? 0;
    const complete = range.from >= from && range.to <= to;
    const base = {
      month,
      ruleSetId: found.ruleSet?.id ?? null,
      scheduledDays: scheduledDates.length,
      scheduledDates,
      adHocSessions,
      byOthers,
      complete,
    };
    const others =
      byOthers > 0
        ? ` Có ${byOthers} buổi tiếp định kỳ do cấp phó hoặc người khác chủ trì (không tính vào số ngày của người đứng đầu).`
        : "";
    const partial = complete ? "" : ` Kỳ kiểm tra chỉ bao gồm một phần tháng (${numeric(from)}–${numeric(to)}).`;
    if (found.rule === undefined) {
      return {
        ...base,
        requiredDays: null,
        shortfall: null,
        compliant: null,
        source: null,
        reason: found.why + others + partial,
      };
    }
    const { rule } = found;
    if (rule.per === "month") {
      const shortfall = Math.max(0, rule.minDays - scheduledDates.length);
      return {
        ...base,
        requiredDays: rule.minDays,
        shortfall,
        compliant: shortfall === 0,
        source: rule.source,
        reason:
          `${rule.headLabel} tiếp dân định kỳ ít nhất ${rule.minDays} ngày trong 1 tháng (${formatCitation(rule.source)}); ` +
          `tháng ${month.slice(5).replace(/^0/, "")}/${month.slice(0, 4)} có ${scheduledDates.length} ngày tiếp định kỳ` +
          (shortfall > 0 ? `, thiếu ${shortfall} ngày.` : ", đạt.") +
          (adHocSessions > 0
            ? ` Ngoài ra có ${adHocSessions} buổi tiếp đột xuất (không tính vào số ngày định kỳ).`
            : "") +
          others +
          partial,
      };
    }
    // Weekly minimum: the weeks whose Monday lies in the month.
    const weeks: WeekCompliance[] = [];
    const off: IsoDate[] = [];
    const ruleEnd = weeklyUntil(found.ruleSet, unit, options.ruleSet);
    const cut: string[] = [];
    for (let monday = mondayOf(range.from); monday <= range.to; monday = addCalendarDays(monday, 7)) {
      if (monday < range.from) continue;
      const sunday = addCalendarDays(monday, 6);
      const weekEnd = ruleEnd !== undefined && ruleEnd < sunday ? ruleEnd : sunday;
      const days = scheduledSorted.filter((d) => d >= monday && d <= weekEnd).length;
      // A week with no working day (the Tết break) asks for no day: no reception can be scheduled in it.
      const working = countWorkingDays(monday, weekEnd, calendar) > 0;
      if (!working) off.push(numeric(monday));
      // Nor does a week the weekly minimum covers only in part (it ended on 30/06/2026 with Luật 136/2025/QH15, a
      // Tuesday): the duty is a day in a week, and that week is not one under it (review s22b W2). Its days count for
      // the next month's minimum alone (review s22 V10).
      const partial = weekEnd < sunday;
      if (partial && working) cut.push(`${numeric(monday)} (đến ${numeric(weekEnd)})`);
      const required = working && !partial ? rule.minDays : 0;
      weeks.push({
        weekStart: monday,
        weekEnd,
        scheduledDays: days,
        requiredDays: required,
        shortfall: Math.max(0, required - days),
      });
    }
    const requiredDays = weeks.reduce((n, w) => n + w.requiredDays, 0);
    const shortfall = weeks.reduce((n, w) => n + w.shortfall, 0);
    // The month's days are those of its weeks, as the minimum counts them: a day of its last week in the next month
    // included, a day before its first Monday (the previous month's week) not (review s21b T5: the report said "4
    // ngày, tối thiểu 5 ngày" and "bảo đảm").
    const weekDates = scheduledSorted.filter((d) => weeks.some((w) => d >= w.weekStart && d <= w.weekEnd));
    const short = weeks.filter((w) => w.shortfall > 0).map((w) => numeric(w.weekStart));
    const offText =
      (off.length > 0
        ? ` Tuần bắt đầu ${off.join(", ")} không có ngày làm việc nên không tính số ngày tối thiểu.`
        : "") +
      (cut.length > 0
        ? ` Tuần bắt đầu ${cut.join(", ")} chỉ có một phần thuộc thời gian áp dụng mức tối thiểu theo tuần nên không tính số ngày tối thiểu.`
        : "");
    return {
      ...base,
      scheduledDays: weekDates.length,
      scheduledDates: weekDates,
      requiredDays,
      shortfall,
      compliant: shortfall === 0,
      source: rule.source,
      weeks,
      reason:
        `${rule.headLabel} tiếp công dân ít nhất ${rule.minDays} ngày trong 1 tuần (${formatCitation(rule.source)}); ` +
        `tháng ${month.slice(5).replace(/^0/, "")}/${month.slice(0, 4)} có ${weeks.length} tuần (tính theo ngày thứ Hai), ${weekDates.length} ngày tiếp định kỳ` +
        (short.length > 0 ? `; các tuần bắt đầu ${short.join(", ")} chưa đạt.` : ", đạt.") +
        offText +
        others +
        partial,
    };
  });

  return {
    unitId: unit.id,
    months,
    requiredDays: months.reduce((n, m) => n + (m.requiredDays ?? 0), 0),
    scheduledDays: months.reduce((n, m) => n + m.scheduledDays, 0),
    adHocSessions: months.reduce((n, m) => n + m.adHocSessions, 0),
    // A month the range covers only in part may still be made up: not short yet (review s21 C17; summarizeStats
    // judges it the same way).
    shortfall: months.reduce((n, m) => n + (m.complete ? (m.shortfall ?? 0) : 0), 0),
    monthsShort: months.filter((m) => m.compliant === false && m.complete).map((m) => m.month),
  };
}
