// The words of a paragraph as pdfmake is given them (pdf/_words.ts): codes with "-" or "/" kept on one line, as
// before; a pasted link longer than a code cut at the cell's edge; a blob without a space given in pieces.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LONGEST_WHOLE_WORD } from "../document/_cells.js";
import { keepWhole, pieces } from "./_words.js";

/** The pattern `keepWhole` used before (it backtracked over long blobs), for words of ordinary length. */
function keepWholeByPattern(text: string): { text: string; noWrap?: true }[] {
  return text
    .split(/(\S*\S[-/]\S+)/)
    .filter((part) => part !== "")
    .map((part) => (/\S[-/]\S/.test(part) ? { text: part, noWrap: true as const } : { text: part }));
}

describe("keepWhole", () => {
  it.each([
    ["a Party code", "theo Quy định 11-QĐi/TW của Bộ Chính trị", ["theo Quy định ", "11-QĐi/TW", " của Bộ Chính trị"]],
    [
      "a circular and a date",
      "Thông tư 06/2025/TT-TTCP ngày 01/07/2025",
      ["Thông tư ", "06/2025/TT-TTCP", " ngày ", "01/07/2025"],
    ],
    ["a dash between spaces", "Hà Nội - Minh Sơn", ["Hà Nội - Minh Sơn"]],
    ["a trailing slash", "số 12/ năm", ["số 12/ năm"]],
  ])("%s: the codes are unbreakable runs, the rest as written", (_name, text, parts) => {
    const out = keepWhole(text);
    expect(out.map((p) => p.text)).toEqual(parts);
    for (const p of out) expect(p.noWrap === true).toBe(/\S[-/]\S/.test(p.text));
  });

  it("gives the parts the old pattern gave, for words up to the longest kept whole", () => {
    const word = fc.stringMatching(new RegExp(`^[aĐ1/-]{1,${LONGEST_WHOLE_WORD}}$`));
    const gap = fc.constantFrom(" ", "  ", "\n");
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { maxLength: 8 }), (pairs) => {
        const text = pairs.map(([w, g]) => w + g).join("");
        expect(keepWhole(text)).toEqual(keepWholeByPattern(text));
      }),
      { numRuns: 500 },
    );
  });

  it("does not keep a pasted link on one line (it would run past its cell)", () => {
    const link = `https://example.com/${"abc/def-".repeat(10)}`;
    expect(keepWhole(`xem ${link} nhé`)).toEqual([{ text: `xem ${link} nhé` }]);
    const atLimit = `a-${"b".repeat(LONGEST_WHOLE_WORD - 2)}`;
    expect(keepWhole(atLimit)).toEqual([{ text: atLimit, noWrap: true }]);
    expect(keepWhole(`${atLimit}c`)).toEqual([{ text: `${atLimit}c` }]);
  });

  it("reads a blob of 200,000 characters with a dash at its end as one plain part", () => {
    const blob = `${"x".repeat(200_000)}-y`;
    expect(keepWhole(blob)).toEqual([{ text: blob }]);
  });
});

describe("pieces", () => {
  it("leaves a text without a run of more than 120 characters as it is", () => {
    const text = `${"x".repeat(120)} ${"y".repeat(120)}`;
    expect(pieces(text)).toEqual([text]);
  });

  it.each([
    ["letters", "x", 1],
    ["Vietnamese letters (NFC)", "ở", 1],
    ["an emoji (two code units)", "😀", 2],
    ["a letter and a combining mark (NFD)", "o\u0309", 2],
  ])("cuts a long run of %s into pieces of at most 120 characters, never inside a character", (_name, unit, n) => {
    const text = `Nội dung: ${unit.repeat(1_000)} hết.`;
    const out = pieces(text);
    expect(out.join("")).toBe(text);
    expect(out.length).toBeGreaterThan(Math.floor((1_000 * n) / 120) - 1);
    for (const piece of out) {
      expect(Math.max(...piece.split(" ").map((w) => w.length))).toBeLessThanOrEqual(121);
      expect(piece).not.toMatch(/^[\uDC00-\uDFFF\p{M}]/u);
    }
  });

  it("cuts every long run of a text, and only those", () => {
    const text = `${"a".repeat(300)} ngắn ${"b".repeat(250)}`;
    const out = pieces(text);
    expect(out.join("")).toBe(text);
    expect(out).toEqual([
      "a".repeat(120),
      "a".repeat(120),
      `${"a".repeat(60)} ngắn ${"b".repeat(120)}`,
      "b".repeat(120),
      "b".repeat(10),
    ]);
  });
});
