/** An ISO date as Vietnamese write it, whatever the browser's locale: 2026-03-05 → 05/03/2026. */
export const dmy = (iso: string) => iso.split("-").reverse().join("/");

/**
 * A date as a clerk types it — `05/03/2026`, `5/3/2026`, `05-03-2026` or `2026-03-05` (never month first) — as an ISO
 * date; `null` when it is not a date on the calendar.
 */
export function isoFromTyped(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t) ?? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (!m) return null;
  const [y, mo, d] = /^\d{4}/.test(t) ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) {
    return null;
  }
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * What is wrong with a date typed in the field `field` (its label), in words for the clerk and written dd/mm/yyyy
 * whatever way it was typed; `null` when it is empty or a date on the calendar.
 *
 * @example
 * typedDateProblem("31/04/2026", "Đến ngày") //=> "Ngày 31/04/2026 ở ô “Đến ngày” không có thật (tháng 4 năm 2026 có 30 ngày)."
 */
export function typedDateProblem(text: string, field: string): string | null {
  const t = text.trim();
  if (t === "" || isoFromTyped(t) !== null) return null;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t) ?? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (!m) return `Ô “${field}” ghi “${t}”, không phải một ngày: viết ngày/tháng/năm, ví dụ 31/03/2026.`;
  const [year, mo, d] = (/^\d{4}/.test(t) ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]]) as [string, string, string];
  const [y, month, day] = [Number(year), Number(mo), Number(d)];
  const shown = `Ngày ${d.padStart(2, "0")}/${mo.padStart(2, "0")}/${year} ở ô “${field}” không có thật`;
  if (month < 1 || month > 12) return `${shown} (không có tháng ${month}).`;
  const days = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeapYear(y) ? 1 : 0);
  if (day < 1 || day > days) return `${shown} (tháng ${month} năm ${y} có ${days} ngày).`;
  return `${shown} (không có năm ${year}).`;
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** A number as Vietnamese write it: 1.234,5. */
export const vi = (v: number) => v.toLocaleString("vi-VN");
