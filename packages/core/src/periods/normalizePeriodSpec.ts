/** Lower case, no diacritics ("đ" as "d"), single spaces. */
function plain(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

// "V" too: "quý V/2026" is a quarter that does not exist, said so by resolvePeriod (review s23 D23-7).
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
const two = (n: string) => n.padStart(2, "0");
/** `dd/mm/yyyy` (or with `-` or `.`) → `yyyy-mm-dd`, or `undefined` when it is not that shape. */
function isoOf(dmy: string): string | undefined {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(dmy.trim());
  return m ? `${m[3]}-${two(m[2] as string)}-${two(m[1] as string)}` : undefined;
}

/**
 * Rewrites a period as clerks type it into the grammar of {@link resolvePeriod}: `Q1/2026`, `quý I/2026`,
 * `Quý 1 năm 2026` → `2026-Q1`; `6 tháng 2026`, `6 tháng đầu năm 2026` → `2026-H1`; `9 tháng 2026` → `2026-9M`;
 * `3/2026`, `tháng 3/2026`, `tháng 3 năm 2026` → `2026-03`; `năm 2026` → `2026`; `01/03/2026..20/03/2026` and
 * `từ 01/03/2026 đến 20/03/2026` → `2026-03-01..2026-03-20`. Anything else is returned trimmed, unchanged, for
 * `resolvePeriod` to accept or explain.
 *
 * @param spec - the period as typed
 * @returns the period in the canonical grammar, or the input trimmed
 * @example
 * normalizePeriodSpec("quý I/2026") //=> "2026-Q1"
 * normalizePeriodSpec("6 tháng 2026") //=> "2026-H1"
 * normalizePeriodSpec("3/2026") //=> "2026-03"
 */
export function normalizePeriodSpec(spec: string): string {
  const input = spec.normalize("NFC").trim();
  const s = plain(input);
  let m: RegExpExecArray | null;
  if ((m = /^(?:q|quy)\s*(\d|iv|iii|ii|i|v)\s*(?:[/-]|\s|nam)\s*(?:nam\s*)?(\d{4})$/.exec(s))) {
    const q = ROMAN[m[1] as string] ?? Number(m[1]);
    return `${m[2]}-Q${q}`;
  }
  if ((m = /^(6|9)\s*(?:t|thang)\s*(?:dau\s*)?(?:[/-]|\s)?\s*(?:nam\s*)?(\d{4})$/.exec(s))) {
    return `${m[2]}-${m[1] === "6" ? "H1" : "9M"}`;
  }
  if ((m = /^(?:(?:t|thang)\s*)?(\d{1,2})\s*(?:[/-]|\s|nam)\s*(?:nam\s*)?(\d{4})$/.exec(s))) {
    return `${m[2]}-${two(m[1] as string)}`;
  }
  if ((m = /^nam\s*(\d{4})$/.exec(s))) return m[1] as string;
  if ((m = /^(?:tu\s*(?:ngay\s*)?)?(\S+)\s*(?:\.\.|den\s*(?:ngay\s*)?|–|—|\s-\s)\s*(\S+)$/.exec(s))) {
    const from = isoOf(m[1] as string);
    const to = isoOf(m[2] as string);
    if (from && to) return `${from}..${to}`;
  }
  return input;
}
