import { formatIsoDate, getDaysInMonth, parseIsoDate } from "../date/plainDate.js";
import { type Period, resolvePeriod } from "./resolvePeriod.js";

/**
 * The same period of the previous year under the same cutoff, for the comparison reports make ("so với cùng kỳ
 * năm trước"): `2026-Q1` → `2025-Q1`, `2026` → `2025`; an ad hoc range moves back one year day for day, 29
 * February becoming 28 February.
 *
 * @param period - a period from `resolvePeriod`
 * @returns the earlier period
 * @throws {InputError} when the earlier year is outside the supported range
 * @example
 * getSamePeriodLastYear(resolvePeriod("2026-Q1", { cutoff: "mid-month" })).from //=> "2024-12-15"
 */
export function getSamePeriodLastYear(period: Period): Period {
  if (period.kind !== "adHoc") {
    return resolvePeriod(period.spec.replace(/^\d{4}/, String(period.year - 1)), { cutoff: period.cutoff });
  }
  const back = (date: string) => {
    const { year, month, day } = parseIsoDate(date);
    return formatIsoDate({ year: year - 1, month, day: Math.min(day, getDaysInMonth(year - 1, month)) });
  };
  return resolvePeriod(`${back(period.from)}..${back(period.to)}`, { cutoff: period.cutoff });
}
