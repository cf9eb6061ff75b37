import { describe, expect, it } from "vitest";
import {
  type FormatVietnameseNumberOptions,
  formatVietnameseNumber,
  formatVietnamesePercent,
} from "./formatVietnameseNumber.js";

describe("formatVietnameseNumber: dot between thousands, decimal comma", () => {
  it.each([
    [0, "0"],
    [-0, "0"],
    [1, "1"],
    [999, "999"],
    [1000, "1.000"],
    [1234.5, "1.234,5"],
    [1234567, "1.234.567"],
    [-1234.5, "-1.234,5"],
    [-1, "-1"],
    [0.5, "0,5"],
    [-0.5, "-0,5"],
    [12.34, "12,34"],
    [0.1 + 0.2, "0,3"],
    [1_000_000_000, "1.000.000.000"],
    [9_007_199_254_740_991, "9.007.199.254.740.991"],
    [123_456_789.25, "123.456.789,25"],
    [1e20, "100.000.000.000.000.000.000"],
    [1e21, "1.000.000.000.000.000.000.000"],
    [-1e21, "-1.000.000.000.000.000.000.000"],
  ])("%s → %j", (value, text) => {
    expect(formatVietnameseNumber(value)).toBe(text);
  });
});

describe("formatVietnameseNumber: rounding half away from zero", () => {
  it.each<[number, number, string]>([
    [1.005, 2, "1,01"],
    [-1.005, 2, "-1,01"],
    [1.004, 2, "1"],
    [8.345, 2, "8,35"],
    [0.125, 2, "0,13"],
    [1.45, 1, "1,5"],
    [2.5, 0, "3"],
    [-2.5, 0, "-3"],
    [3.5, 0, "4"],
    [0.5, 0, "1"],
    [-0.5, 0, "-1"],
    [1234.5, 0, "1.235"],
    [999.995, 2, "1.000"],
    [-0.001, 2, "0"],
    [-0.004, 2, "0"],
    [-0.005, 2, "-0,01"],
    [0.000001, 2, "0"],
    [5e-7, 2, "0"],
    [5e-7, 6, "0,000001"],
    [1e-7, 2, "0"],
    [1.23e-10, 10, "0,0000000001"],
    [1.5e-7, 8, "0,00000015"],
  ])("%s with at most %i fraction digit(s) → %j", (value, maximumFractionDigits, text) => {
    expect(formatVietnameseNumber(value, { maximumFractionDigits })).toBe(text);
  });
});

describe("formatVietnameseNumber: agrees with integer arithmetic on hundredths", () => {
  /** Writes k / 100 from the integer k alone. */
  const hundredths = (k: number): string => {
    const int = String(Math.floor(k / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    const frac = String(k % 100)
      .padStart(2, "0")
      .replace(/0+$/, "");
    return frac ? `${int},${frac}` : int;
  };

  it("writes every k / 100 for k = 0 … 200 000 exactly", () => {
    const wrong: string[] = [];
    for (let k = 0; k <= 200_000; k += 7) {
      if (formatVietnameseNumber(k / 100) !== hundredths(k))
        wrong.push(`${k / 100} → ${formatVietnameseNumber(k / 100)}`);
      if (formatVietnameseNumber(-k / 100) !== (k ? `-${hundredths(k)}` : "0")) wrong.push(`${-k / 100}`);
    }
    expect(wrong).toEqual([]);
  });

  it("rounds every tie (2k + 1) / 200 away from zero to (k + 1) / 100", () => {
    const wrong: string[] = [];
    for (let k = 0; k <= 100_000; k += 3) {
      const tie = (2 * k + 1) / 200;
      if (formatVietnameseNumber(tie) !== hundredths(k + 1)) wrong.push(`${tie} → ${formatVietnameseNumber(tie)}`);
      if (formatVietnameseNumber(-tie) !== `-${hundredths(k + 1)}`)
        wrong.push(`${-tie} → ${formatVietnameseNumber(-tie)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("formatVietnameseNumber: fraction digit options", () => {
  it.each<[number, FormatVietnameseNumberOptions, string]>([
    [0.5, { minimumFractionDigits: 2 }, "0,50"],
    [1, { minimumFractionDigits: 2 }, "1,00"],
    [0, { minimumFractionDigits: 1 }, "0,0"],
    [1234.5, { minimumFractionDigits: 2 }, "1.234,50"],
    [1.23456, { maximumFractionDigits: 3 }, "1,235"],
    [1.2, { minimumFractionDigits: 1, maximumFractionDigits: 3 }, "1,2"],
    [1.2, { minimumFractionDigits: 3, maximumFractionDigits: 3 }, "1,200"],
    [1.99, { maximumFractionDigits: 0 }, "2"],
    [1.10000001, { maximumFractionDigits: 4 }, "1,1"],
    [1.5, { minimumFractionDigits: 0, maximumFractionDigits: 0 }, "2"],
    [0.1, { maximumFractionDigits: 20 }, "0,1"],
    [1.1, { maximumFractionDigits: 17 }, "1,1"],
    [123_456_789_012_345_680_000, { maximumFractionDigits: 0 }, "123.456.789.012.345.680.000"],
    [-3, { minimumFractionDigits: 2 }, "-3,00"],
  ])("%s with %j → %j", (value, options, text) => {
    expect(formatVietnameseNumber(value, options)).toBe(text);
  });
});

describe("formatVietnameseNumber: misuse throws a RangeError", () => {
  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY]])("value %s", (value) => {
    expect(() => formatVietnameseNumber(value)).toThrow(RangeError);
  });

  it.each<[string, FormatVietnameseNumberOptions]>([
    ["negative minimum", { minimumFractionDigits: -1 }],
    ["maximum above 20", { maximumFractionDigits: 21 }],
    ["minimum above maximum", { minimumFractionDigits: 3, maximumFractionDigits: 2 }],
    ["minimum above the default maximum", { minimumFractionDigits: 3 }],
    ["fractional maximum", { maximumFractionDigits: 1.5 }],
    ["fractional minimum", { minimumFractionDigits: 0.5 }],
    ["NaN maximum", { maximumFractionDigits: Number.NaN }],
  ])("options: %s", (_, options) => {
    expect(() => formatVietnameseNumber(1, options)).toThrow(RangeError);
  });

  it("names the call in its messages", () => {
    expect(() => formatVietnameseNumber(Number.NaN)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: formatVietnameseNumber: expected a finite number, got NaN]`,
    );
    expect(() =>
      formatVietnameseNumber(1, { minimumFractionDigits: 3, maximumFractionDigits: 2 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: formatVietnameseNumber: invalid fraction digits (minimum 3, maximum 2)]`,
    );
  });
});

describe("formatVietnamesePercent", () => {
  it.each<[number, number | undefined, string]>([
    [0.855, undefined, "85,5%"],
    [1, undefined, "100%"],
    [0, undefined, "0%"],
    [0.5, undefined, "50%"],
    [0.12345, 2, "12,35%"],
    [0.12345, 0, "12%"],
    [0.9995, 1, "100%"],
    [0.33333, undefined, "33,3%"],
    [2 / 3, undefined, "66,7%"],
    [12.5, undefined, "1.250%"],
    [-0.25, undefined, "-25%"],
    [1e-9, undefined, "0%"],
  ])("%s with %s digit(s) → %j", (ratio, digits, text) => {
    expect(digits === undefined ? formatVietnamesePercent(ratio) : formatVietnamesePercent(ratio, digits)).toBe(text);
  });

  it("throws a RangeError for a ratio that is not finite (e.g. 0/0)", () => {
    expect(() => formatVietnamesePercent(0 / 0)).toThrow(RangeError);
  });
});
