import {
  formatIsoDate,
  getDaysInMonth,
  type IsoDate,
  type IsoMonth,
  isIsoDate,
  listMonthsBetween,
} from "../date/plainDate.js";
import { InputError } from "../errors.js";
import { formatVietnameseDate } from "../format/formatVietnameseDate.js";
import { toRomanNumeral } from "../format/toRomanNumeral.js";
import { normalizePeriodSpec } from "./normalizePeriodSpec.js";

/** Kinds of reporting period (glossary: tháng, quý, 6 tháng, 9 tháng, năm, đột xuất). */
export type PeriodKind = "month" | "quarter" | "h1" | "m9" | "year" | "adHoc";

/**
 * Where a period's data starts and ends: `calendar` (1st to last day of the nominal months) or
 * `mid-month` (from the 15th of the month before to the 14th of the last month — TT 01/2024/TT-TTCP
 * for quarters, 6 months, 9 months and the year; NĐ 09/2019/NĐ-CP Điều 12 for the month).
 */
export type Cutoff = "calendar" | "mid-month";

/** Options of {@link resolvePeriod}. */
export interface ResolvePeriodOptions {
  /** Data range convention; `calendar` by default (see {@link defaultCutoff} for the profiles' defaults). */
  cutoff?: Cutoff;
}

/** A reporting period resolved to exact dates. */
export interface Period {
  /** The spec as typed, trimmed, in canonical form (`2026-03`, `2026-Q1`, `2026-H1`, `2026-9M`, `2026`, `2026-03-01..2026-03-20`). */
  spec: string;
  /** Kind of period. */
  kind: PeriodKind;
  /** First day of the data range, inclusive. */
  from: IsoDate;
  /** Last day of the data range, inclusive. */
  to: IsoDate;
  /** Vietnamese label, e.g. "quý I năm 2026". */
  label: string;
  /** Cutoff used. */
  cutoff: Cutoff;
  /** Calendar year the period belongs to (of its last nominal month). */
  year: number;
  /** Quarter 1–4, for `quarter` periods. */
  quarter?: number;
  /**
   * The calendar months of the nominal span, whatever the cutoff: Q1 → January–March, year →
   * January–December, ad hoc → the months it touches. Session compliance is judged on these.
   */
  nominalMonths: IsoMonth[];
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

function checkYear(year: number, input: string): void {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new InputError(
      "PERIOD_YEAR_RANGE",
      `Năm ${year} nằm ngoài khoảng hỗ trợ (${MIN_YEAR}–${MAX_YEAR}) trong kỳ báo cáo "${input}".`,
      input,
    );
  }
}

function monthKey(year: number, month: number): IsoMonth {
  return `${year}-${String(month).padStart(2, "0")}`;
}

function lastDay(year: number, month: number): IsoDate {
  return formatIsoDate({ year, month, day: getDaysInMonth(year, month) });
}

/** Range of the nominal months `firstMonth..lastMonth` of `year` under a cutoff. */
function rangeFor(year: number, firstMonth: number, lastMonth: number, cutoff: Cutoff): { from: IsoDate; to: IsoDate } {
  if (cutoff === "calendar") {
    return { from: formatIsoDate({ year, month: firstMonth, day: 1 }), to: lastDay(year, lastMonth) };
  }
  const prevYear = firstMonth === 1 ? year - 1 : year;
  const prevMonth = firstMonth === 1 ? 12 : firstMonth - 1;
  return {
    from: formatIsoDate({ year: prevYear, month: prevMonth, day: 15 }),
    to: formatIsoDate({ year, month: lastMonth, day: 14 }),
  };
}

function nominal(year: number, firstMonth: number, lastMonth: number): IsoMonth[] {
  const out: IsoMonth[] = [];
  for (let m = firstMonth; m <= lastMonth; m++) out.push(monthKey(year, m));
  return out;
}

const SYNTAX_HELP =
  'Cách viết hợp lệ: "2026-03" (tháng), "2026-Q1" … "2026-Q4" (quý), "2026-H1" (6 tháng), ' +
  '"2026-9M" (9 tháng), "2026" (năm), "2026-03-01..2026-03-20" (đột xuất, từ ngày đến ngày); ' +
  'cũng hiểu "3/2026", "Q1/2026", "quý I/2026", "6 tháng 2026", "9 tháng 2026", "01/03/2026..20/03/2026".';

/**
 * Resolves a reporting period typed by a person to exact dates, a Vietnamese label and the nominal months
 * (DESIGN.md rule 4; QĐ 11-QĐi/TW as amended, Điều 3 k8; Kế hoạch 97-KH/TU mục I.2(4)–(5);
 * TT 01/2024/TT-TTCP; NĐ 09/2019/NĐ-CP Điều 12).
 *
 * Grammar, case-insensitive, both ends inclusive: `2026-03` or `2026-3`; `2026-Q1`…`2026-Q4`;
 * `2026-H1`; `2026-9M`; `2026`; `2026-03-01..2026-03-20` (ad hoc, never moved by the cutoff); and the ways clerks
 * write them (`3/2026`, `Q1/2026`, `quý I/2026`, `6 tháng 2026`, `01/03/2026..20/03/2026`: {@link normalizePeriodSpec}).
 * With the `mid-month` cutoff a month runs from the 15th of the month before to the 14th, a quarter from the
 * 15th of the month before it to the 14th of its last month, and 6 months, 9 months and the year run
 * cumulatively from 15 December of the year before.
 *
 * @param spec - the period as typed
 * @param options - the cutoff (`calendar` by default)
 * @returns the resolved period
 * @throws {InputError} with a Vietnamese message and a stable code (`PERIOD_SYNTAX`, `PERIOD_MONTH_RANGE`, `PERIOD_QUARTER_RANGE`,
 *   `PERIOD_YEAR_RANGE`, `PERIOD_DATE_INVALID`, `PERIOD_RANGE_REVERSED`, `PERIOD_CUTOFF_UNKNOWN`)
 * @example
 * resolvePeriod("2026-q1", { cutoff: "mid-month" })
 * //=> { spec: "2026-Q1", kind: "quarter", from: "2025-12-15", to: "2026-03-14", label: "quý I năm 2026", … }
 * resolvePeriod("2026-3").label //=> "tháng 3 năm 2026"
 */
export function resolvePeriod(spec: string, options: ResolvePeriodOptions = {}): Period {
  if (typeof spec !== "string") throw new TypeError("resolvePeriod: spec must be a string");
  const cutoff = options.cutoff ?? "calendar";
  if (cutoff !== "calendar" && cutoff !== "mid-month") {
    throw new InputError(
      "PERIOD_CUTOFF_UNKNOWN",
      `Cách chốt số liệu "${String(cutoff)}" không hợp lệ; chọn "calendar" (theo tháng dương lịch) hoặc "mid-month" (từ ngày 15 tháng trước đến ngày 14).`,
      String(cutoff),
    );
  }
  const input = spec.normalize("NFC").trim();
  const s = normalizePeriodSpec(input).toUpperCase();
  let m: RegExpExecArray | null;

  if ((m = /^(\d{4})-(\d{1,2})$/.exec(s))) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    checkYear(year, input);
    if (month < 1 || month > 12) {
      throw new InputError(
        "PERIOD_MONTH_RANGE",
        `Tháng ${month} không có thật trong kỳ báo cáo "${input}": tháng phải từ 1 đến 12.`,
        input,
      );
    }
    return {
      spec: monthKey(year, month),
      kind: "month",
      ...rangeFor(year, month, month, cutoff),
      label: `tháng ${month} năm ${year}`,
      cutoff,
      year,
      nominalMonths: nominal(year, month, month),
    };
  }
  if ((m = /^(\d{4})-Q(\d)$/.exec(s))) {
    const year = Number(m[1]);
    const quarter = Number(m[2]);
    checkYear(year, input);
    if (quarter < 1 || quarter > 4) {
      throw new InputError(
        "PERIOD_QUARTER_RANGE",
        `Quý ${quarter} không có thật trong kỳ báo cáo "${input}": quý phải từ Q1 đến Q4.`,
        input,
      );
    }
    return {
      spec: `${year}-Q${quarter}`,
      kind: "quarter",
      ...rangeFor(year, quarter * 3 - 2, quarter * 3, cutoff),
      label: `quý ${toRomanNumeral(quarter)} năm ${year}`,
      cutoff,
      year,
      quarter,
      nominalMonths: nominal(year, quarter * 3 - 2, quarter * 3),
    };
  }
  if ((m = /^(\d{4})-(H1|9M)$/.exec(s))) {
    const year = Number(m[1]);
    checkYear(year, input);
    const h1 = m[2] === "H1";
    const lastMonth = h1 ? 6 : 9;
    return {
      spec: `${year}-${h1 ? "H1" : "9M"}`,
      kind: h1 ? "h1" : "m9",
      ...rangeFor(year, 1, lastMonth, cutoff),
      label: h1 ? `6 tháng đầu năm ${year}` : `9 tháng năm ${year}`,
      cutoff,
      year,
      nominalMonths: nominal(year, 1, lastMonth),
    };
  }
  if ((m = /^(\d{4})$/.exec(s))) {
    const year = Number(m[1]);
    checkYear(year, input);
    return {
      spec: String(year),
      kind: "year",
      ...rangeFor(year, 1, 12, cutoff),
      label: `năm ${year}`,
      cutoff,
      year,
      nominalMonths: nominal(year, 1, 12),
    };
  }
  if ((m = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$/.exec(s))) {
    const from = m[1] as string;
    const to = m[2] as string;
    for (const d of [from, to]) {
      if (!isIsoDate(d)) {
        throw new InputError(
          "PERIOD_DATE_INVALID",
          `Ngày ${d} trong kỳ báo cáo "${input}" không có thật trên lịch.`,
          input,
        );
      }
      checkYear(Number(d.slice(0, 4)), input);
    }
    if (to < from) {
      throw new InputError(
        "PERIOD_RANGE_REVERSED",
        `Kỳ báo cáo "${input}" có ngày kết thúc (${formatVietnameseDate(to, { style: "numeric" })}) trước ngày bắt đầu (${formatVietnameseDate(from, { style: "numeric" })}).`,
        input,
      );
    }
    return {
      spec: `${from}..${to}`,
      kind: "adHoc",
      from,
      to,
      label: `từ ${formatVietnameseDate(from, { style: "numeric" }).replace(/^/, "ngày ")} đến ngày ${formatVietnameseDate(to, { style: "numeric" })}`,
      cutoff,
      year: Number(to.slice(0, 4)),
      nominalMonths: listMonthsBetween(from, to),
    };
  }
  throw new InputError("PERIOD_SYNTAX", `Không hiểu kỳ báo cáo "${input}". ${SYNTAX_HELP}`, input);
}

/**
 * The data cutoff a format profile uses by default: `party` reports use calendar periods (no Party text
 * found sets a cutoff), `state` reports the mid-month cutoff of TT 01/2024/TT-TTCP, which TT 06/2025/TT-TTCP (from
 * 30/09/2025) keeps (điểm a khoản 1 Điều 7: from the 15th of the month before to the 14th; read in the circular's
 * text, review s21 C15); `getStateReportingRegimeAt(period.to)` says which circular applies to a period.
 *
 * @param profile - `party` or `state`
 * @returns the default cutoff
 * @example
 * defaultCutoff("state") //=> "mid-month"
 */
export function defaultCutoff(profile: "party" | "state"): Cutoff {
  if (profile === "party") return "calendar";
  if (profile === "state") return "mid-month";
  throw new RangeError(`defaultCutoff: unknown profile ${JSON.stringify(profile)}`);
}
