// Words composed from their characters' glyphs (composeGlyphs) against the font's shaping of the whole word, for
// the four faces of the bundled font (Tinos): what the PDF fast path draws for a register's Mã số, numbers and dates.
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDefaultFonts } from "../node/fonts.js";
import { composeGlyphs, type Glyphs, sameGlyphs } from "./_longTables.js";

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
