import { describe, expect, it } from "vitest";
import { oneLineText } from "./hostileText.js";

describe("oneLineText: a text typed for one line of a document (--number, --place, the page's number)", () => {
  it.each([
    ["a plain number", "12/BC-TU", "12/BC-TU"],
    ["a line break and a tab become spaces", "12\n/BC\tTU", "12 /BC TU"],
    ["a line separator, a next-line character", "12\u2028/BC\u0085TU", "12 /BC TU"],
    ["the marks of the direction of writing go", "12\u200f\u061c/BC\u202e", "12/BC"],
    ["a control character goes, spaces are one", "  12\u0001  /BC  ", "12 /BC"],
  ])("%s", (_name, typed, expected) => {
    expect(oneLineText(typed)).toBe(expected);
  });
});
