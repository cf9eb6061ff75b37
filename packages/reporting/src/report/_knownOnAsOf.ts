// What a report knows on its as-of date: the rows of its registers dated on or before it (review s18h F6, s18b F3). A
// report from the registers and a roll-up's own registers leave out the same rows and say so in the same words.
import { formatVietnameseDate, formatVietnameseNumber, type IsoDate } from "@tiepdan/core";

/**
 * The rows dated on or before the as-of date; all of them when it is the period's last day or later (nothing is
 * dated after the period's end that the period counts).
 *
 * @param rows - cases or sessions
 * @param dateOf - the date a row is known from (a case's receipt, a session's day)
 * @param asOf - the as-of date, if given
 * @param periodTo - the period's last day
 * @returns a new array of the rows known on the as-of date
 */
export function knownOnAsOf<T>(
  rows: readonly T[],
  dateOf: (row: T) => IsoDate,
  asOf: IsoDate | undefined,
  periodTo: IsoDate,
): T[] {
  return asOf === undefined || asOf >= periodTo ? [...rows] : rows.filter((x) => dateOf(x) <= asOf);
}

/**
 * The note saying how many rows were left out for being dated after the as-of date, or undefined when none was.
 *
 * @param later - the cases and sessions left out
 * @param asOf - the as-of date
 * @returns one Vietnamese sentence
 */
export function laterRowsNote(later: { cases: number; sessions: number }, asOf: IsoDate): string | undefined {
  if (later.cases === 0 && later.sessions === 0) return undefined;
  const what = [
    later.cases > 0 ? `${formatVietnameseNumber(later.cases)} vụ việc` : "",
    later.sessions > 0 ? `${formatVietnameseNumber(later.sessions)} buổi tiếp` : "",
  ];
  return `Sổ có ${what.filter(Boolean).join(" và ")} ghi ngày sau ngày tính số liệu ${formatVietnameseDate(asOf, { style: "numeric" })}: không được tính trong văn bản này.`;
}
