import { addWorkingDayNumbers, isWorkingDayNumber } from "../calendar/_workingDayIndex.js";
import { describeCalendar, VIETNAM_CALENDAR, type WorkingDayCalendar } from "../calendar/workingDays.js";
import { parseDayNumber } from "../date/_dayNumber.js";
import { fromDayNumber, type IsoDate, isIsoDate } from "../date/plainDate.js";
import { formatCitation } from "../rules/sources.js";
import type { Complexity } from "../schemas/common.js";
import type { Citation, RuleSet } from "../schemas/ruleSet.js";
import { lawOfDeadline, numericDate, partyRuleSetAt } from "./_shared.js";
import { statuteDaysOffNote } from "./_statuteNote.js";
import { DEADLINE_SOURCES } from "./sources.js";

/** The statutory deadlines the library computes. */
export type DeadlineKind =
  | "partyNotice"
  | "complaintAcceptance"
  | "complaintSettlement"
  | "denunciationProcessing"
  | "denunciationTransfer"
  | "denunciationSettlement";

/** Options of {@link computeDeadline}. */
export interface ComputeDeadlineOptions {
  /** Complexity of the matter (complaint: longer period; denunciation: how many extensions are allowed). */
  complexity?: Complexity;
  /** Remote or disadvantaged area (vùng sâu, vùng xa đi lại khó khăn): longer complaint periods. */
  remoteArea?: boolean;
  /** Extensions granted for a denunciation (0, 1 or 2; capped by the complexity). */
  extensions?: number;
  /** A denunciation that must be checked at several places: processing takes up to 10 working days. */
  severalPlaces?: boolean;
  /**
   * How to count the 10 days for accepting a complaint. Luật Khiếu nại 2011 Điều 27 says "ngày": calendar days by
   * default; choose `workingDays` if your unit applies a text that makes them working days.
   */
  complaintAcceptanceCounting?: "calendarDays" | "workingDays";
  /** Working-day calendar ({@link VIETNAM_CALENDAR} by default). */
  calendar?: WorkingDayCalendar;
  /**
   * Rule sets to choose the Party notice rule from instead of the bundled ones (the `ruleSets` option of
   * `getRuleSetAt`: e.g. a province's own plan with another notice period). The laws' periods do not depend on it.
   */
  ruleSets?: readonly RuleSet[];
}

/** Input of {@link computeDeadline}. */
export interface ComputeDeadlineInput {
  /** Which deadline. */
  kind: DeadlineKind;
  /** For `complaintSettlement`: first (lần đầu) or second (lần hai) level; `first` by default. */
  step?: "first" | "second";
  /** The event the period runs from: receipt (notice, acceptance, processing) or acceptance (settlement). */
  from: IsoDate;
  /** Facts and counting options. */
  options?: ComputeDeadlineOptions;
}

/** A day skipped in the count, and why. */
export interface SkippedDay {
  /** The date. */
  date: IsoDate;
  /** Why, in Vietnamese: "Chủ nhật", "Tết Nguyên đán", … */
  reason: string;
}

/** A computed deadline with its explanation. */
export interface Deadline {
  /** Which deadline. */
  kind: DeadlineKind;
  /** Complaint level, for `complaintSettlement`. */
  step?: "first" | "second";
  /** Vietnamese name of the deadline. */
  label: string;
  /** The event date the period runs from (not counted, Bộ luật Dân sự 2015 Điều 147). */
  from: IsoDate;
  /** Length of the period. */
  days: number;
  /** Calendar days or working days. */
  counting: "calendarDays" | "workingDays";
  /** Last day: the obligation must be met by the end of it. */
  due: IsoDate;
  /** When the period in calendar days ended on a day off, the day it would have ended (Điều 148 k5). */
  nominalDue?: IsoDate;
  /** Days skipped: non-working days inside a working-day count, or the days off after a calendar count. */
  skipped: SkippedDay[];
  /** The clause setting the period. */
  source: Citation;
  /** The counting rules applied (Bộ luật Dân sự 2015 Điều 147–148). */
  countingSources: Citation[];
  /** The calendar used. */
  calendar: { id: string; label: string; includesHolidays: boolean };
  /** Present for events on or after 01/07/2026: the amending law whose changes were not verified. */
  amendment?: { source: Citation; note: string };
  /**
   * Present when the period runs through a year for which the calendar has no yearly days-off notice: its days
   * off were computed from Bộ luật Lao động 2019 (the Labour Code fallback), so the due date may move once the
   * notice is published.
   */
  daysOffFallback?: { years: number[]; note: string };
  /** The whole explanation, in Vietnamese. */
  explanation: string;
}

const num = numericDate;

interface Rule {
  label: string;
  days: number;
  counting: "calendarDays" | "workingDays";
  source: Citation;
  why: string;
}

const MAX_EXTENSIONS: Record<Complexity, number> = { normal: 0, complex: 1, veryComplex: 2 };

function ruleFor(input: ComputeDeadlineInput): Rule {
  const o = input.options ?? {};
  // Values from JSON or a form, outside the unions (review s21 C12): named, not a "0NaN-NaN-NaN" date or a silent
  // ordinary period.
  if (o.complexity !== undefined && !Object.hasOwn(MAX_EXTENSIONS, o.complexity))
    throw new RangeError(
      `computeDeadline: unknown complexity ${JSON.stringify(o.complexity)} (normal, complex, veryComplex)`,
    );
  if (input.step !== undefined && input.step !== "first" && input.step !== "second")
    throw new RangeError(`computeDeadline: unknown step ${JSON.stringify(input.step)} (first, second)`);
  const complex = o.complexity === "complex" || o.complexity === "veryComplex";
  const statuteDays = "luật ghi “ngày”, không ghi “ngày làm việc”, nên tính theo ngày dương lịch (suy luận)";
  switch (input.kind) {
    case "partyNotice": {
      const rs = partyRuleSetAt(input.from, o.ruleSets);
      const notice = rs?.notice;
      if (!notice) throw new RangeError(`computeDeadline: no Party notice rule is in force on ${input.from}`);
      return {
        label: "Thông báo bằng văn bản cho người gửi",
        days: notice.workingDays,
        counting: "workingDays",
        source: notice.source,
        why: "quy định ghi “ngày làm việc”",
      };
    }
    case "complaintAcceptance":
      return {
        label: "Thụ lý giải quyết khiếu nại",
        days: 10,
        counting: o.complaintAcceptanceCounting ?? "calendarDays",
        source: DEADLINE_SOURCES.complaintAcceptance,
        why:
          o.complaintAcceptanceCounting === "workingDays"
            ? "tính theo ngày làm việc theo lựa chọn của đơn vị"
            : `${statuteDays}; “ngày làm việc” của thông tư về quy trình xử lý đơn là thời hạn xử lý đơn, không phải thời hạn thụ lý`,
      };
    case "complaintSettlement": {
      const second = input.step === "second";
      const table = second ? (o.remoteArea ? [60, 70] : [45, 60]) : o.remoteArea ? [45, 60] : [30, 45];
      return {
        label: `Giải quyết khiếu nại lần ${second ? "hai" : "đầu"}${complex ? " (vụ việc phức tạp)" : ""}${o.remoteArea ? " ở vùng sâu, vùng xa" : ""}`,
        days: table[complex ? 1 : 0] as number,
        counting: "calendarDays",
        source: second ? DEADLINE_SOURCES.complaintSecond : DEADLINE_SOURCES.complaintFirst,
        why: `${statuteDays}; tính từ ngày thụ lý`,
      };
    }
    case "denunciationProcessing":
      return {
        label: `Xử lý ban đầu thông tin tố cáo${o.severalPlaces ? " (xác minh tại nhiều địa điểm)" : ""}`,
        days: o.severalPlaces ? 10 : 7,
        counting: "workingDays",
        source: DEADLINE_SOURCES.denunciationProcessing,
        why: "luật ghi “ngày làm việc”",
      };
    case "denunciationTransfer":
      return {
        label: "Chuyển đơn tố cáo không thuộc thẩm quyền và thông báo cho người tố cáo",
        days: 5,
        counting: "workingDays",
        source: DEADLINE_SOURCES.denunciationTransfer,
        why: "luật ghi “ngày làm việc”; thời hạn giải quyết của cơ quan nhận đơn không tính cho đơn vị chuyển",
      };
    case "denunciationSettlement": {
      // Only a complex case may be extended (Luật Tố cáo 2018 Điều 30 k2–k3): with Mức độ not recorded, the extensions
      // recorded are taken as granted, up to the law's two, rather than overruled by a guess (review s21 C7).
      const allowed = o.complexity === undefined ? MAX_EXTENSIONS.veryComplex : MAX_EXTENSIONS[o.complexity];
      const granted = o.extensions ?? 0;
      if (!Number.isInteger(granted) || granted < 0)
        throw new RangeError(`computeDeadline: extensions must be a whole number ≥ 0, got ${granted}`);
      const used = Math.min(granted, allowed);
      return {
        label: `Giải quyết tố cáo${used > 0 ? ` (gia hạn ${used} lần)` : ""}`,
        days: 30 + 30 * used,
        counting: "calendarDays",
        source: DEADLINE_SOURCES.denunciationSettlement,
        why:
          `${statuteDays}; tính từ ngày thụ lý` +
          (granted > allowed
            ? `; sổ ghi gia hạn ${granted} lần nhưng vụ việc ${o.complexity === "veryComplex" ? "đặc biệt phức tạp" : o.complexity === "complex" ? "phức tạp" : o.complexity === "normal" ? "không phức tạp" : "tố cáo"} chỉ được gia hạn tối đa ${allowed} lần`
            : o.complexity === undefined && used > 0
              ? `; sổ không ghi Mức độ nhưng ghi gia hạn ${used} lần: chỉ vụ việc phức tạp mới được gia hạn, nên tính theo số lần gia hạn sổ ghi`
              : ""),
      };
    }
  }
  // A kind from JSON or a form, outside the union (review s17d F14): named, not "reading 'counting' of undefined".
  throw new RangeError(
    `computeDeadline: unknown kind ${JSON.stringify(input.kind)} (partyNotice, complaintAcceptance, complaintSettlement, denunciationProcessing, denunciationTransfer, denunciationSettlement)`,
  );
}

/**
 * Computes a statutory deadline and explains it: the rule and clause, whether it counts calendar days or working
 * days and why, and every day skipped with its reason. The first day is not counted (Bộ luật Dân sự 2015
 * Điều 147); a period in calendar days that ends on a day off ends at the end of the next working day
 * (Điều 148 k5).
 *
 * Kinds: `partyNotice` (QĐ 11-QĐi/TW: written notice within 10 working days of receipt),
 * `complaintAcceptance` (Luật Khiếu nại 2011 Điều 27: 10 days), `complaintSettlement` (Điều 28: 30 days, 45 if
 * complex; remote areas 45/60; second level Điều 37: 45/60, remote 60/70), `denunciationProcessing` (Luật Tố cáo
 * 2018 Điều 24 k1: 7 working days, 10 when checked at several places), `denunciationTransfer` (Điều 24 k2: a
 * denunciation outside one's competence is transferred, and the denouncer told, within 5 working days of receipt),
 * `denunciationSettlement` (Điều 30: 30 days
 * from acceptance, extended once by 30 if complex, twice if particularly complex). For events on or after
 * 01/07/2026 the result says that Luật 136/2025/QH15 amends these laws and that its changes to the periods were
 * not verified, so the earlier rule was applied.
 *
 * @param input - kind, complaint level, start event and facts
 * @returns the due date and its explanation
 * @throws {RangeError} on a bad date, an unknown kind, or a notice before Quy định 11-QĐi/TW
 * @example
 * computeDeadline({ kind: "complaintSettlement", step: "first", from: "2026-03-02", options: { complexity: "complex", remoteArea: true } }).due
 * //=> "2026-05-04" (60 days end on Friday 01/05, a holiday, then a weekend)
 */
export function computeDeadline(input: ComputeDeadlineInput): Deadline {
  if (!isIsoDate(input.from))
    throw new RangeError(`computeDeadline: expected a YYYY-MM-DD date, got ${JSON.stringify(input.from)}`);
  const calendar = input.options?.calendar ?? VIETNAM_CALENDAR;
  const rule = ruleFor(input);
  const law = lawOfDeadline(input.kind);
  if (law !== undefined && input.from < law.effectiveFrom)
    throw new RangeError(
      `computeDeadline: ${input.kind} from ${input.from}: ${law.document} is in force from ${law.effectiveFrom} and no earlier law is bundled`,
    );
  const reasonOf = (d: IsoDate) => calendar.describeDayOff?.(d) ?? "Ngày nghỉ";
  const skipped: SkippedDay[] = [];
  let due: IsoDate;
  let nominalDue: IsoDate | undefined;
  // Integer day numbers and the calendar's working-day index: no date string is parsed in the loops, and only the
  // days skipped (a handful) become strings.
  const start = parseDayNumber(input.from);
  if (rule.counting === "workingDays") {
    const end = addWorkingDayNumbers(calendar, start, rule.days);
    for (let d = start + 1; d < end; d++) {
      if (!isWorkingDayNumber(calendar, d)) {
        const date = fromDayNumber(d);
        skipped.push({ date, reason: reasonOf(date) });
      }
    }
    due = fromDayNumber(end);
  } else {
    const nominal = start + rule.days;
    const end = addWorkingDayNumbers(calendar, nominal, 0);
    if (end !== nominal) {
      nominalDue = fromDayNumber(nominal);
      for (let d = nominal; d < end; d++) {
        const date = fromDayNumber(d);
        skipped.push({ date, reason: reasonOf(date) });
      }
    }
    due = fromDayNumber(end);
  }

  const unit = rule.counting === "workingDays" ? "ngày làm việc" : "ngày";
  const parts = [
    `${rule.label}: ${rule.days} ${unit} (${formatCitation(rule.source)}), ${rule.why}.`,
    `Ngày ${num(input.from)} không tính (khoản 2 Điều 147 Bộ luật Dân sự 2015), thời hạn bắt đầu từ ngày ${num(fromDayNumber(start + 1))}.`,
  ];
  if (rule.counting === "workingDays" && skipped.length > 0) {
    parts.push(
      `Không tính ${skipped.length} ngày nghỉ: ${skipped.map((s) => `${num(s.date)} (${s.reason})`).join(", ")}.`,
    );
  }
  if (nominalDue !== undefined) {
    parts.push(
      `Ngày cuối cùng ${num(nominalDue)} là ngày nghỉ (${skipped.map((s) => `${num(s.date)}: ${s.reason}`).join("; ")}), ` +
        "thời hạn kết thúc vào cuối ngày làm việc tiếp theo (khoản 5 Điều 148 Bộ luật Dân sự 2015).",
    );
  }
  parts.push(`Hạn cuối: hết ngày ${num(due)}.`);
  if (!calendar.includesHolidays) parts.push(`Lịch: ${calendar.label}.`);

  let daysOffFallback: Deadline["daysOffFallback"];
  if (calendar.includesHolidays && calendar.daysOffBasis) {
    const years: number[] = [];
    for (let y = Number(fromDayNumber(start + 1).slice(0, 4)); y <= Number(due.slice(0, 4)); y++) {
      if (calendar.daysOffBasis(y) === "statute") years.push(y);
    }
    if (years.length > 0) {
      const note = statuteDaysOffNote(years, "hạn có thể thay đổi khi có thông báo");
      daysOffFallback = { years, note };
      parts.push(note);
    }
  }

  let amendment: Deadline["amendment"];
  if (input.kind !== "partyNotice" && input.from >= DEADLINE_SOURCES.amendment2025.effectiveFrom) {
    const note =
      "Sự việc từ ngày 01/07/2026, khi Luật 136/2025/QH15 sửa đổi Luật Khiếu nại, Luật Tố cáo có hiệu lực; " +
      "công cụ chưa đối chiếu được nội dung sửa đổi về thời hạn nên áp dụng thời hạn theo quy định trước khi sửa đổi.";
    amendment = { source: DEADLINE_SOURCES.amendment2025, note };
    parts.push(note);
  }

  return {
    kind: input.kind,
    ...(input.kind === "complaintSettlement" ? { step: input.step ?? "first" } : {}),
    label: rule.label,
    from: input.from,
    days: rule.days,
    counting: rule.counting,
    due,
    ...(nominalDue !== undefined ? { nominalDue } : {}),
    skipped,
    source: rule.source,
    countingSources: [DEADLINE_SOURCES.periodStart, ...(nominalDue !== undefined ? [DEADLINE_SOURCES.periodEnd] : [])],
    calendar: describeCalendar(calendar),
    ...(amendment ? { amendment } : {}),
    ...(daysOffFallback ? { daysOffFallback } : {}),
    explanation: parts.join(" "),
  };
}
