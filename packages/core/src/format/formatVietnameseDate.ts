import { type IsoDate, parseIsoDate } from "../date/plainDate.js";

/** Options of {@link formatVietnameseDate}. */
export interface FormatVietnameseDateOptions {
  /**
   * `long` (default): "ngày 05 tháng 01 năm 2026", as in the heading of an official document;
   * `numeric`: "05/01/2026", as in tables and date ranges.
   */
  style?: "long" | "numeric";
}

/**
 * Writes a date the way Vietnamese official documents do.
 *
 * In the long style, days below 10 and the months 1 and 2 take a leading zero and the other months do not
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5; Hướng dẫn 36-HD/VPTW uses the same form), so
 * January 5th is "ngày 05 tháng 01" and June 18th is "ngày 18 tháng 6". The numeric style pads both.
 *
 * @param date - a plain date `YYYY-MM-DD`
 * @param options - the style
 * @returns the Vietnamese text, NFC
 * @throws {RangeError} when `date` is not a real `YYYY-MM-DD` date
 * @example
 * formatVietnameseDate("2026-01-05") //=> "ngày 05 tháng 01 năm 2026"
 * formatVietnameseDate("2019-06-18") //=> "ngày 18 tháng 6 năm 2019"
 * formatVietnameseDate("2026-03-01", { style: "numeric" }) //=> "01/03/2026"
 */
export function formatVietnameseDate(date: IsoDate, options: FormatVietnameseDateOptions = {}): string {
  const { year, month, day } = parseIsoDate(date);
  const dd = String(day).padStart(2, "0");
  if (options.style === "numeric") return `${dd}/${String(month).padStart(2, "0")}/${year}`;
  const mm = month <= 2 ? String(month).padStart(2, "0") : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/**
 * The place-and-date line of a document heading ("Kon Tum, ngày 18 tháng 6 năm 2019").
 *
 * @param place - the place name as it should be printed
 * @param date - the document date
 * @returns the line, NFC
 * @example
 * formatPlaceAndDate("Kon Tum", "2019-06-18") //=> "Kon Tum, ngày 18 tháng 6 năm 2019"
 */
export function formatPlaceAndDate(place: string, date: IsoDate): string {
  return `${place.normalize("NFC").trim()}, ${formatVietnameseDate(date)}`;
}
