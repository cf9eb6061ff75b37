import { describe, expect, it } from "vitest";
import { toRomanNumeral } from "./toRomanNumeral.js";

describe("Vietnamese documents number quarters in Roman numerals (quý I … quý IV)", () => {
  it.each([
    [1, "I"],
    [2, "II"],
    [3, "III"],
    [4, "IV"],
  ])("quarter %i is %s", (quarter, numeral) => {
    expect(toRomanNumeral(quarter)).toBe(numeral);
  });
});

describe("toRomanNumeral", () => {
  it.each([
    [5, "V"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
    [49, "XLIX"],
    [90, "XC"],
    [400, "CD"],
    [900, "CM"],
    [1900, "MCM"],
    [1994, "MCMXCIV"],
    [2019, "MMXIX"],
    [2026, "MMXXVI"],
    [3888, "MMMDCCCLXXXVIII"],
    [3999, "MMMCMXCIX"],
  ])("%i is %s", (value, numeral) => {
    expect(toRomanNumeral(value)).toBe(numeral);
  });

  it.each([[0], [-1], [4000], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    "throws a RangeError for %s",
    (value) => {
      expect(() => toRomanNumeral(value)).toThrow(RangeError);
    },
  );

  it("names the call and the bounds in its message", () => {
    expect(() => toRomanNumeral(4000)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: toRomanNumeral: expected an integer 1–3999, got 4000]`,
    );
  });
});
