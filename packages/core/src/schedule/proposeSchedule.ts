import { parseUnit } from "../_lib/matchUnit.js";
import {
  countWorkingDays,
  describeCalendar,
  VIETNAM_CALENDAR,
  type WorkingDayCalendar,
} from "../calendar/workingDays.js";
import {
  addCalendarDays,
  formatIsoDate,
  getDaysInMonth,
  getMonthRange,
  getWeekday,
  type IsoDate,
  type IsoMonth,
} from "../date/plainDate.js";
import { statuteDaysOffNote } from "../deadlines/_statuteNote.js";
import { formatCitation } from "../rules/sources.js";
import type { OrgUnitInput } from "../schemas/orgUnit.js";
import type { RuleSet } from "../schemas/ruleSet.js";
import { frequencyFor, weeklyUntil } from "./_frequency.js";

/** Options of {@link proposeSchedule}. */
export interface ProposeScheduleOptions {
  /** The unit whose head receives citizens. */
  unit: OrgUnitInput;
  /** The calendar year to plan. */
  year: number;
  /** Force a rule set (otherwise the one in force on each month's first day). */
  ruleSet?: RuleSet;
  /** Working-day calendar; the Vietnamese civil-service calendar by default. */
  calendar?: WorkingDayCalendar;
  /**
   * Fixed weekday for the sessions, 1 = Monday … 5 = Friday (KL 215-KL/TW asks for a fixed, announced time).
   * Without it the days are spread evenly through the month.
   */
  weekday?: number;
  /** With a single monthly day: the fixed day of the month, e.g. 15 ("ngày 15 hằng tháng"). */
  dayOfMonth?: number;
}

/** One proposed reception day. */
export interface ProposedSession {
  /** The date, a working day of the calendar. */
  date: IsoDate;
  /** The month it serves. */
  month: IsoMonth;
  /** Id of the rule set whose minimum it serves. */
  ruleSetId: string;
  /** Why this day, in Vietnamese. */
  reason: string;
}

/** Result of {@link proposeSchedule}. */
export interface ProposedSchedule {
  /** The unit id. */
  unitId: string;
  /** The year. */
  year: number;
  /** The proposed days, in order. */
  sessions: ProposedSession[];
  /** The calendar used; `includesHolidays: false` means public holidays are not excluded yet. */
  calendar: { id: string; label: string; includesHolidays: boolean };
  /** Warnings for the person planning, in Vietnamese ({@link ProposedSchedule.daysOffNote} among them). */
  notes: string[];
  /**
   * Present when the tool has no notice of the year's days off and computed them from the Labour Code: said so, since
   * the year's notice may move working days (also one of `notes`; a note about the tool's calendar, for the person
   * planning, not for the published schedule).
   */
  daysOffNote?: string;
}

function firstWorkingOnOrAfter(date: IsoDate, limit: IsoDate, calendar: WorkingDayCalendar): IsoDate | undefined {
  for (let d = date; d <= limit; d = addCalendarDays(d, 1)) if (calendar.isWorkingDay(d)) return d;
  return undefined;
}

function lastWorkingOnOrBefore(date: IsoDate, limit: IsoDate, calendar: WorkingDayCalendar): IsoDate | undefined {
  for (let d = date; d >= limit; d = addCalendarDays(d, -1)) if (calendar.isWorkingDay(d)) return d;
  return undefined;
}

/** The working day nearest to `target` inside `[from, to]`, looking forward first, and not in `taken`. */
function nearestWorkingDay(
  target: IsoDate,
  from: IsoDate,
  to: IsoDate,
  calendar: WorkingDayCalendar,
  taken: Set<IsoDate>,
): IsoDate | undefined {
  const ok = (d: IsoDate) => calendar.isWorkingDay(d) && !taken.has(d);
  for (let d = target; d <= to; d = addCalendarDays(d, 1)) if (ok(d)) return d;
  for (let d = addCalendarDays(target, -1); d >= from; d = addCalendarDays(d, -1)) if (ok(d)) return d;
  return undefined;
}

/**
 * Proposes the year's scheduled reception days for the head of a unit: in each month the minimum number
 * of days of the rule in force (QĐ 11-QĐi/TW Điều 4 k1 as amended by KL 215-KL/TW: province 1, commune 2;
 * Luật Tiếp công dân 2013 on the State side), all on working days, at a fixed weekday or day of the month
 * when asked, otherwise spread evenly.
 *
 * @param options - unit, year, calendar and preferences
 * @returns the proposed days with their reasons, and notes (e.g. that holidays are not yet excluded)
 * @throws {RangeError} on a bad year, weekday or day of month
 * @example
 * proposeSchedule({ unit: { id: "xa", name: "Đảng ủy xã An Bình", level: "commune" }, year: 2026, weekday: 4 })
 *   .sessions.slice(0, 2).map((s) => s.date)
 * //=> ["2026-01-08", "2026-01-22"] (the 2nd and 4th Thursdays)
 */
export function proposeSchedule(options: ProposeScheduleOptions): ProposedSchedule {
  const { year, weekday, dayOfMonth } = options;
  if (!Number.isInteger(year) || year < 1900 || year > 2199)
    throw new RangeError(`proposeSchedule: invalid year ${year}`);
  if (weekday !== undefined && (!Number.isInteger(weekday) || weekday < 1 || weekday > 5)) {
    throw new RangeError(`proposeSchedule: weekday must be 1 (Monday) … 5 (Friday), got ${weekday}`);
  }
  if (dayOfMonth !== undefined && (!Number.isInteger(dayOfMonth) || dayOfMonth < 1 || dayOfMonth > 28)) {
    throw new RangeError(`proposeSchedule: dayOfMonth must be 1 … 28, got ${dayOfMonth}`);
  }
  const unit = parseUnit("proposeSchedule", options.unit);
  const calendar = options.calendar ?? VIETNAM_CALENDAR;
  const sessions: ProposedSession[] = [];
  const notes: string[] = [];
  if (!calendar.includesHolidays) {
    notes.push(
      `Lịch dự kiến mới trừ thứ Bảy, Chủ nhật; cần đối chiếu với ngày nghỉ lễ, Tết của năm ${year} trước khi công bố.`,
    );
  }
  // A year the tool has no notice of (review s23 D23-3): its swaps of working days are not known yet.
  const daysOffNote =
    calendar.includesHolidays && calendar.daysOffBasis?.(year) === "statute"
      ? statuteDaysOffNote([year], "cần đối chiếu với thông báo khi có trước khi công bố lịch")
      : undefined;
  if (daysOffNote !== undefined) notes.push(daysOffNote);
  const wdName = (w: number) => `thứ ${["Hai", "Ba", "Tư", "Năm", "Sáu"][w - 1]}`;

  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, "0")}`;
    const found = frequencyFor(unit, month, options.ruleSet);
    if (found.rule === undefined) {
      notes.push(`Tháng ${m}/${year}: ${found.why}`);
      continue;
    }
    const { ruleSet, rule } = found;
    const range = getMonthRange(month);
    const cite = formatCitation(rule.source);
    const push = (date: IsoDate | undefined, why: string) => {
      if (date === undefined) {
        notes.push(`Tháng ${m}/${year}: không tìm được ngày làm việc phù hợp (${why}).`);
        return;
      }
      sessions.push({
        date,
        month,
        ruleSetId: ruleSet.id,
        reason: `${why}; ${rule.headLabel.toLowerCase()} ít nhất ${rule.minDays} ngày/${rule.per === "month" ? "tháng" : "tuần"} (${cite}).`,
      });
    };

    if (rule.per === "week") {
      // One week at a time, weeks attributed to the month of their Monday.
      const ruleEnd = weeklyUntil(ruleSet, unit, options.ruleSet);
      let monday = addCalendarDays(range.from, (8 - getWeekday(range.from)) % 7);
      for (; monday <= range.to; monday = addCalendarDays(monday, 7)) {
        // A week the weekly minimum covers only in part (it ended on 30/06/2026, a Tuesday) asks for no day, as
        // checkSessionCompliance judges it; its days after the end belong to the next month's minimum (review s23
        // D23-1: 01/07/2026 was proposed under the repealed weekly rule).
        if (ruleEnd !== undefined && ruleEnd < addCalendarDays(monday, 6)) {
          notes.push(
            `Tháng ${m}/${year}: tuần bắt đầu ${monday.slice(8)}/${monday.slice(5, 7)} chỉ có một phần thuộc thời gian áp dụng mức tối thiểu theo tuần (đến ${ruleEnd.slice(8)}/${ruleEnd.slice(5, 7)}/${ruleEnd.slice(0, 4)}) nên không bố trí ngày tiếp theo mức tuần.`,
          );
          continue;
        }
        // A week without a working day (the Tết break) asks for no day, as checkSessionCompliance judges it (review
        // s21 C18: the schedule said it could not find one).
        if (countWorkingDays(monday, addCalendarDays(monday, 6), calendar) === 0) {
          notes.push(
            `Tháng ${m}/${year}: tuần bắt đầu ${monday.slice(8)}/${monday.slice(5, 7)} không có ngày làm việc nên không bố trí ngày tiếp và không tính số ngày tối thiểu.`,
          );
          continue;
        }
        const taken = new Set<IsoDate>();
        for (let k = 0; k < rule.minDays; k++) {
          const target = addCalendarDays(monday, (weekday ?? 1) - 1 + k);
          const d = nearestWorkingDay(target, monday, addCalendarDays(monday, 6), calendar, taken);
          if (d) taken.add(d);
          push(d, `Tuần bắt đầu ${monday.slice(8)}/${monday.slice(5, 7)}`);
        }
      }
      continue;
    }

    const n = rule.minDays;
    const taken = new Set<IsoDate>();
    if (weekday !== undefined) {
      const occurrences: IsoDate[] = [];
      for (let d = range.from; d <= range.to; d = addCalendarDays(d, 1))
        if (getWeekday(d) === weekday) occurrences.push(d);
      for (let k = 0; k < n; k++) {
        // Evenly spaced occurrences: 1 day → the 3rd (mid-month); 2 days → the 2nd and 4th.
        const idx = Math.min(occurrences.length - 1, Math.floor(((k + 0.5) * occurrences.length) / n));
        const target = occurrences[idx] as IsoDate;
        const d = nearestWorkingDay(target, range.from, range.to, calendar, taken);
        if (d) taken.add(d);
        push(
          d,
          `${wdName(weekday)} thứ ${idx + 1} của tháng${d !== target && d ? " (ngày định sẵn là ngày nghỉ, lùi sang ngày làm việc gần nhất)" : ""}`,
        );
      }
    } else if (dayOfMonth !== undefined && n === 1) {
      const target = formatIsoDate({ year, month: m, day: dayOfMonth });
      const d =
        firstWorkingOnOrAfter(target, range.to, calendar) ?? lastWorkingOnOrBefore(target, range.from, calendar);
      push(
        d,
        `Ngày ${dayOfMonth} hằng tháng${d !== target && d ? " (trùng ngày nghỉ, chuyển sang ngày làm việc gần nhất)" : ""}`,
      );
    } else {
      if (dayOfMonth !== undefined && !notes.some((x) => x.startsWith("Ngày cố định"))) {
        notes.push(
          `Ngày cố định ${dayOfMonth} hằng tháng chỉ dùng khi mức tối thiểu là 1 ngày/tháng; ở đây các ngày được chia đều trong tháng.`,
        );
      }
      const days = getDaysInMonth(year, m);
      for (let k = 0; k < n; k++) {
        const target = formatIsoDate({ year, month: m, day: Math.min(days, Math.floor(((k + 0.5) * days) / n) + 1) });
        const d = nearestWorkingDay(target, range.from, range.to, calendar, taken);
        if (d) taken.add(d);
        push(d, `Chia đều trong tháng, ngày làm việc gần ngày ${target.slice(8)}`);
      }
    }
  }
  return {
    unitId: unit.id,
    year,
    sessions: sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    calendar: describeCalendar(calendar),
    notes,
    ...(daysOffNote === undefined ? {} : { daysOffNote }),
  };
}
