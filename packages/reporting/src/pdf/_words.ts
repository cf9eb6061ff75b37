// The words of a paragraph as pdfmake is given them: codes kept on one line, pasted blobs in pieces.
import { LONGEST_WHOLE_WORD } from "../document/_cells.js";

/**
 * pdfmake may break a line after "-" or "/" inside a word, and in justified text it then stretches the gap there
 * ("11- QĐi/ TW"; pdfmake issues #1368, #2175). In justified paragraphs such words become unbreakable runs — up to
 * {@link LONGEST_WHOLE_WORD} characters: a pasted link is cut at the cell's edge, not drawn past it.
 */
export function keepWhole(text: string): { text: string; noWrap?: true }[] {
  const out: { text: string; noWrap?: true }[] = [];
  let plain = "";
  // Word by word (a pattern matching the word around its "-" backtracked over a long blob, with its square).
  for (const part of text.split(/(\S+)/)) {
    if (part.length <= LONGEST_WHOLE_WORD && /\S[-/]\S/.test(part)) {
      if (plain !== "") out.push({ text: plain });
      plain = "";
      out.push({ text: part, noWrap: true });
    } else plain += part;
  }
  if (plain !== "") out.push({ text: plain });
  return out;
}

/** Longer runs without a space are given to pdfmake in pieces of this many characters (see {@link pieces}). */
const PIECE = 120;
const LONG_RUN = new RegExp(`\\S{${PIECE + 1}}`);

/**
 * A text with its runs of more than {@link PIECE} characters without a space cut into pieces (never inside a
 * character written as two code units or before a combining mark). pdfmake keeps the pieces of one word together
 * and still fills each line, but cutting a word wider than its cell measures all that remains of it at each line:
 * for a pasted blob of 200,000 characters, minutes and gigabytes, against a fraction of a second in pieces.
 */
export function pieces(text: string): string[] {
  if (text.length <= PIECE || !LONG_RUN.test(text)) return [text];
  const out: string[] = [];
  let start = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      run = 0;
      continue;
    }
    run++;
    if (run > PIECE && !(c >= 0xdc00 && c <= 0xdfff) && !/\p{M}/u.test(text[i] as string)) {
      out.push(text.slice(start, i));
      start = i;
      run = 1;
    }
  }
  out.push(text.slice(start));
  return out;
}
