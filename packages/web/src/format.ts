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

/** A number as Vietnamese write it: 1.234,5. */
export const vi = (v: number) => v.toLocaleString("vi-VN");
