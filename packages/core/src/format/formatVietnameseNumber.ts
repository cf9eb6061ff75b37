/** Options of {@link formatVietnameseNumber}. */
export interface FormatVietnameseNumberOptions {
  /** Most digits after the decimal comma (default 2); the value is rounded half away from zero. */
  maximumFractionDigits?: number;
  /** Fewest digits after the decimal comma (default 0); pads with zeros. */
  minimumFractionDigits?: number;
}

/** Moves the decimal point `digits` places through the decimal exponent (also when `String(value)` has one). */
function shiftDecimal(value: number, digits: number): number {
  const [mantissa, exponent = "0"] = String(value).split("e");
  return Number(`${mantissa}e${Number(exponent) + digits}`);
}

function roundHalfAwayFromZero(value: number, digits: number): number {
  const sign = value < 0 ? -1 : 1;
  // Shifting through the decimal exponent avoids the binary error of value * 10 ** digits (1.005 → 1.01).
  const shifted = Math.round(shiftDecimal(Math.abs(value), digits));
  return sign * shiftDecimal(shifted, -digits);
}

/**
 * Writes a non-negative number's shortest representation without an exponent. Not `toFixed`: it prints
 * binary noise beyond 17 significant digits (0.1 → "0.10000000000000000555" with 20 digits) and switches
 * to exponent notation from 1e21.
 */
function toPlainDecimal(abs: number): string {
  const [mantissa = "0", exponent = "0"] = String(abs).split("e");
  const [int = "", frac = ""] = mantissa.split(".");
  const digits = int + frac;
  const point = int.length + Number(exponent);
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Writes a number with Vietnamese separators: a dot between thousands and a decimal comma ("1.234,5").
 *
 * Written out rather than taken from `Intl.NumberFormat("vi-VN")` so that the output does not depend on
 * the ICU data of the runtime (reports must be byte-identical on every machine).
 *
 * @param value - a finite number
 * @param options - fraction digits
 * @returns the formatted number
 * @throws {RangeError} when `value` is not finite or the digit options are out of 0–20 or inverted
 * @example
 * formatVietnameseNumber(1234.5) //=> "1.234,5"
 * formatVietnameseNumber(1234567) //=> "1.234.567"
 * formatVietnameseNumber(0.5, { minimumFractionDigits: 2 }) //=> "0,50"
 */
export function formatVietnameseNumber(value: number, options: FormatVietnameseNumberOptions = {}): string {
  const max = options.maximumFractionDigits ?? 2;
  const min = options.minimumFractionDigits ?? 0;
  if (!Number.isFinite(value)) throw new RangeError(`formatVietnameseNumber: expected a finite number, got ${value}`);
  if (!Number.isInteger(max) || !Number.isInteger(min) || min < 0 || max > 20 || min > max) {
    throw new RangeError(`formatVietnameseNumber: invalid fraction digits (minimum ${min}, maximum ${max})`);
  }
  const rounded = roundHalfAwayFromZero(value, max);
  const [intPart = "0", fracRaw = ""] = toPlainDecimal(Math.abs(rounded)).split(".");
  let frac = fracRaw.replace(/0+$/, "");
  if (frac.length < min) frac = frac.padEnd(min, "0");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const sign = rounded < 0 ? "-" : "";
  return frac ? `${sign}${grouped},${frac}` : `${sign}${grouped}`;
}

/**
 * Writes a ratio as a Vietnamese percentage ("85,5%").
 *
 * @param ratio - the ratio (0.855 for 85,5 %)
 * @param fractionDigits - digits after the comma, at most (default 1)
 * @returns the percentage
 * @example
 * formatVietnamesePercent(0.855) //=> "85,5%"
 * formatVietnamesePercent(1) //=> "100%"
 */
export function formatVietnamesePercent(ratio: number, fractionDigits = 1): string {
  return `${formatVietnameseNumber(ratio * 100, { maximumFractionDigits: fractionDigits })}%`;
}
