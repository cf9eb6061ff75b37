const NUMERALS: ReadonlyArray<readonly [number, string]> = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/**
 * Writes an integer in Roman numerals, as Vietnamese documents number quarters ("quý IV") and sections.
 *
 * @param value - an integer from 1 to 3999
 * @returns the numeral in capitals
 * @throws {RangeError} outside 1–3999
 * @example
 * toRomanNumeral(4) //=> "IV"
 * toRomanNumeral(2026) //=> "MMXXVI"
 */
export function toRomanNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) {
    throw new RangeError(`toRomanNumeral: expected an integer 1–3999, got ${value}`);
  }
  let rest = value;
  let out = "";
  for (const [n, s] of NUMERALS) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}
