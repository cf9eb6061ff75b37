// Words composed from their characters' glyphs (composeGlyphs) against the font's shaping of the whole word, for
// the four faces of the bundled font (Tinos): what the PDF fast path draws for a register's Mã số, numbers and dates.
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDefaultFonts } from "../node/fonts.js";
import { composeGlyphs, fittingPrefix, type Glyphs, sameGlyphs } from "./_longTables.js";

// pdfkit is pdfmake's own dependency: reached through pdfmake, as renderPdf reaches it.
const requireFromPdfmake = createRequire(createRequire(import.meta.url).resolve("pdfmake"));
const PDFDocument = requireFromPdfmake("pdfkit") as new (
  options?: object,
) => {
  registerFont(name: string, data: Buffer): void;
  font(name: string): void;
  _font: {
    encode(text: string): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
  };
};

const fonts = await readDefaultFonts();

/** The shaping of a text by a face of the bundled font, as pdfkit's `encode` gives it. */
function shaperOf(face: Uint8Array): (text: string) => Glyphs {
  const doc = new PDFDocument();
  doc.registerFont("face", Buffer.from(face));
  doc.font("face");
  const font = doc._font;
  return (text) => {
    const [hex, positions] = font.encode(text);
    expect(positions.every((p) => !p.xOffset && !p.yOffset)).toBe(true);
    return { hex, advance: positions.map((p) => p.xAdvance), width: positions.map((p) => p.advanceWidth) };
  };
}

describe.each(["normal", "bold", "italics", "bolditalics"] as const)("composeGlyphs, Tinos %s", (face) => {
  const shape = shaperOf(fonts[face]);

  it.each([
    ["a Mã số", "TU-2026-0417-12"],
    ["a row number", "26777"],
    ["a date with a comma", "12/03/2026,"],
    ["kerned capitals", "AVATAR"],
    ["punctuation", "(1.234,5)"],
  ])("%s: the same glyphs and advances as the whole word shaped", (_name, word) => {
    const composed = composeGlyphs(word, shape);
    expect(composed).not.toBeNull();
    expect(sameGlyphs(composed as Glyphs, shape(word))).toBe(true);
  });

  it("any printable ASCII word: composed exactly, or left to the whole word's shaping", () => {
    let count = 0;
    fc.assert(
      fc.property(fc.stringMatching(/^[!-~]{2,12}$/), (word) => {
        const composed = composeGlyphs(word, shape);
        if (composed !== null) {
          expect(sameGlyphs(composed, shape(word))).toBe(true);
          count++;
        }
      }),
      { numRuns: 2000 },
    );
    // Tinos has no ligature nor mark among these characters: every word is composed.
    expect(count).toBe(2000);
  });

  it("does not compose a word with a space, a Vietnamese letter, or one character", () => {
    expect(composeGlyphs("MS 1", shape)).toBeNull();
    expect(composeGlyphs("Tỉnh", shape)).toBeNull();
    expect(composeGlyphs("x", shape)).toBeNull();
  });
});

describe("composeGlyphs with a font that makes ligatures", () => {
  // A made-up font: one glyph per character, "fi" shaped as one ligature glyph, "AV" kerned by -100.
  const shape = (text: string): Glyphs => {
    if (text.includes("fi")) return { hex: ["ffff"], advance: [500], width: [500] };
    const hex = [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, "0"));
    const advance = [...text].map((c, i) => (c === "A" && text[i + 1] === "V" ? 500 : 600));
    return { hex, advance, width: hex.map(() => 600) };
  };

  it("leaves a word holding a ligature pair to the whole word's shaping, and keeps kerning", () => {
    expect(composeGlyphs("xfiy", shape)).toBeNull();
    expect(composeGlyphs("AVA", shape)).toEqual({
      hex: ["0041", "0056", "0041"],
      advance: [500, 600, 600],
      width: [600, 600, 600],
    });
  });
});

describe("fittingPrefix: a word wider than its cell, cut into lines", () => {
  /** Widths of a made-up font: "W" 3, "i" 1, any other code unit 2. */
  const widthOf = (text: string) => {
    let w = 0;
    for (const c of text) w += c === "W" ? 3 : c === "i" ? 1 : 2 * c.length;
    return w;
  };
  /** The longest prefix that fits, character by character. */
  const byScan = (text: string, width: number) => {
    let n = 1;
    while (n < text.length && widthOf(text.slice(0, n + 1)) <= width) n++;
    return n;
  };

  it.each([
    ["a word that fits", "xxxx", 10, 4],
    ["a word one unit too wide", "xxxxxx", 10, 5],
    ["narrow and wide letters", "iiiiWWWW", 10, 6],
    ["a letter wider than the cell", "WWW", 2, 1],
    ["an emoji not cut in half", "xx😀x", 7, 2],
    ["an emoji alone wider than the cell", "😀😀", 1, 2],
  ])("%s", (_name, text, width, expected) => {
    expect(fittingPrefix(text, width, widthOf)).toBe(expected);
  });

  it("finds the longest prefix that fits, as a scan character by character does", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[xWi]{1,300}$/), fc.integer({ min: 3, max: 120 }), (text, width) => {
        expect(fittingPrefix(text, width, widthOf)).toBe(byScan(text, width));
      }),
      { numRuns: 500 },
    );
  });

  it("measures a blob of 100,000 characters cut into lines a few times its length, not its square", () => {
    let measured = 0;
    const counting = (text: string) => {
      measured += text.length;
      return widthOf(text);
    };
    let text = "x".repeat(100_000);
    const lines: string[] = [];
    while (text.length > 0) {
      const cut = fittingPrefix(text, 60, counting);
      lines.push(text.slice(0, cut));
      text = text.slice(cut);
    }
    expect(lines.length).toBe(Math.ceil(100_000 / 30));
    expect(lines.every((l) => widthOf(l) <= 60)).toBe(true);
    expect(measured).toBeLessThan(10 * 100_000);
  });
});
