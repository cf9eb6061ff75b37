// The printed width of words in the document's type (Times metrics, as the bundled Tinos and Times New Roman share
// them): for column fitting and for the estimates of a row's or a paragraph's height. Browser-safe.
import type { ParagraphNode } from "./ir.js";

const SIGNS: Record<string, number> = {
  "/": 278,
  "-": 333,
  ".": 250,
  ",": 250,
  "(": 333,
  ")": 333,
  "=": 570,
  "+": 570,
  ":": 333,
  ";": 333,
  "%": 833,
};

// Advance widths (thousandths of an em) of the Times faces the documents use (Liberation Serif has the same
// metrics), for the letters, digits and signs of Vietnamese text; other characters count as an "n".
const TIMES = {
  regular: widths(
    "abcdefghijklmnopqrstuvwxyz",
    [
      444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722,
      500, 500, 444,
    ],
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    [
      722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944,
      722, 722, 611,
    ],
  ),
  bold: widths(
    "abcdefghijklmnopqrstuvwxyz",
    [
      500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722,
      500, 500, 444,
    ],
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    [
      722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722,
      1000, 722, 722, 667,
    ],
  ),
};

function widths(lower: string, lw: number[], upper: string, uw: number[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const [i, c] of [...lower].entries()) m.set(c, lw[i] as number);
  for (const [i, c] of [...upper].entries()) m.set(c, uw[i] as number);
  for (const d of "0123456789") m.set(d, 500);
  for (const [c, w] of Object.entries(SIGNS)) m.set(c, w);
  m.set("đ", m.get("d") as number);
  m.set("Đ", m.get("D") as number);
  return m;
}

/**
 * The printed width of a word in millimetres, from the Times metrics: a Vietnamese letter is its base letter, a horn
 * (ơ, ư) a little wider; with a 3 % margin, so that a word measured to fit is never broken by the renderer.
 */
export function wordMm(word: string, sizePt: number, bold: boolean): number {
  const known = bold ? BOLD_UNITS : REGULAR_UNITS;
  let units = known.get(word);
  if (units === undefined) {
    const face = bold ? TIMES.bold : TIMES.regular;
    units = 0;
    for (const ch of word.normalize("NFD")) {
      if (ch === "\u031b") units += 90;
      else if (/\p{M}/u.test(ch)) continue;
      else units += face.get(ch) ?? 500;
    }
    // A long table repeats its words (dates, units, kinds): each is measured once (the map starts afresh when full).
    if (known.size >= 65_536) known.clear();
    known.set(word, units);
  }
  return (units / 1000) * sizePt * 1.03 * 0.3528;
}

/** Widths of words already measured, in thousandths of the size, per weight. */
const REGULAR_UNITS = new Map<string, number>();
const BOLD_UNITS = new Map<string, number>();

/**
 * An estimate of the number of lines a paragraph takes in a width, from the Times metrics with a fifth more for
 * safety: greedy breaking at spaces, a word wider than the line cut into full lines. Generous on purpose, so that
 * what may not fit a page is never taken for what does (a row kept whole or a block kept together that outgrows a
 * page is left out by pdfmake).
 *
 * @param p - the paragraph
 * @param widthPt - the width of its lines
 * @param sizePt - its type size when the paragraph and its runs have none
 * @returns the number of lines, at least one
 */
export function estimatedLines(p: ParagraphNode, widthPt: number, sizePt: number): number {
  const width = Math.max(widthPt, 1);
  let chars = 0;
  let breaks = 0;
  for (const i of p.children) {
    if (i.type === "break") breaks += 1;
    else chars += i.value.length;
  }
  const size = p.size ?? sizePt;
  // Cheap first: at two ems a character (a capital W is one), the paragraph fits in few lines.
  const bound = 1 + breaks + (chars * 2 * size) / width;
  if (bound <= CERTAINLY_SHORT) return bound;
  let lines = 1;
  let x = 0;
  for (const i of p.children) {
    if (i.type === "break") {
      lines += 1;
      x = 0;
      continue;
    }
    const runSize = i.size ?? size;
    const bold = (i.bold ?? p.bold) === true;
    const space = ((250 * runSize) / 1000) * SAFETY;
    for (const word of i.value.split(" ")) {
      if (word === "") continue;
      const w = (wordMm(word, runSize, bold) / 0.3528) * SAFETY;
      if (x > 0 && x + space + w > width) {
        lines += 1;
        x = 0;
      }
      if (w > width) {
        lines += Math.floor(w / width);
        x = w % width;
      } else x += (x > 0 ? space : 0) + w;
    }
  }
  return lines;
}

/**
 * The estimated height of a paragraph in a width, in points: its {@link estimatedLines} at 1.2 times its type size.
 *
 * @param p - the paragraph
 * @param widthPt - the width of its lines
 * @param sizePt - its type size when the paragraph has none
 * @returns the height in points
 */
export function estimatedHeightPt(p: ParagraphNode, widthPt: number, sizePt: number): number {
  return estimatedLines(p, widthPt, sizePt) * (p.size ?? sizePt) * 1.2;
}

/** Estimated widths are taken a fifth wider than the metrics give. */
const SAFETY = 1.2;
/** A paragraph of at most this many lines by the cheap bound needs no closer estimate. */
const CERTAINLY_SHORT = 8;
