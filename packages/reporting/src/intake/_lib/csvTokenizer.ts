// A fast path for the regular records of a CSV text: what csv-parse (with `csvParseOptions`) gives for them, about
// three times faster. A record is regular when each of its cells is either unquoted without any quote, or quoted
// from its first character to its last (quotes inside written twice); line breaks are CRLF, LF or CR. At the first
// record that is not regular (a stray quote, text after a closing quote, a quote never closed) the caller hands the
// rest of the text to csv-parse itself, which reads it — and reports its problems — as before. Browser-safe.

const QUOTE = 34;
/**
 * A record still cut after this many characters goes to csv-parse: re-reading it from its start with every piece
 * would be quadratic (a quote opened and never closed swallows the rest of the file).
 */
const MAX_CARRY = 1 << 20;
const LF = 10;
const CR = 13;

/** What {@link CsvTokenizer.push} read: the records completed, and where csv-parse must take over if it must. */
export interface CsvTokens {
  records: string[][];
  /**
   * The indexes in `records`, ascending, of the records read character by character, which may hold line breaks;
   * the others were one line each.
   */
  charRead: number[];
  /** The text from the start of the first record that is not regular: csv-parse reads it and everything after. */
  irregular?: string;
}

/** Splits CSV text into records as csv-parse does, as long as the records are regular (see the file's head). */
export class CsvTokenizer {
  readonly #delimiter: number;
  #carry = "";
  #started = false;
  #done = false;

  /** @param delimiter - one character: `,`, `;` or a tab */
  constructor(delimiter: string) {
    if (delimiter.length !== 1)
      throw new RangeError(`CsvTokenizer: the delimiter must be one character, got ${JSON.stringify(delimiter)}`);
    this.#delimiter = delimiter.charCodeAt(0);
  }

  /**
   * Reads the next piece of the text. A record cut at the end of the piece waits for the next one; with `last`
   * the text ends there.
   */
  push(text: string, last: boolean): CsvTokens {
    if (this.#done) throw new RangeError("CsvTokenizer.push: the text has ended or turned irregular");
    let buf = this.#carry.length > 0 ? this.#carry + text : text;
    if (!this.#started && buf.length > 0) {
      // csv-parse's `bom: true`: one byte order mark at the very start is not text.
      this.#started = true;
      if (buf.charCodeAt(0) === 0xfeff) buf = buf.slice(1);
    }
    const records: string[][] = [];
    const charRead: number[] = [];
    const d = this.#delimiter;
    const n = buf.length;
    let start = 0; // where the current record starts
    const delimiter = String.fromCharCode(d);
    record: while (start < n) {
      // The common record: one line ending in LF (or CRLF) with no quote and no other CR — split natively.
      const lf = buf.indexOf("\n", start);
      if (lf !== -1) {
        const end = lf > start && buf.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
        const line = buf.slice(start, end);
        if (line.indexOf("\r") === -1) {
          const cells = line.indexOf('"') === -1 ? line.split(delimiter) : splitQuotedLine(line, delimiter);
          if (cells !== undefined) {
            records.push(cells);
            start = lf + 1;
            continue;
          }
        }
      }
      const cells: string[] = [];
      let i = start;
      for (;;) {
        // One cell, starting at i.
        let cell: string;
        if (buf.charCodeAt(i) === QUOTE) {
          let from = i + 1;
          cell = "";
          for (;;) {
            const q = buf.indexOf('"', from);
            if (q === -1) {
              if (last) return this.#irregular(records, charRead, buf, start);
              break record; // the cell goes on in the next piece
            }
            if (q + 1 === n && !last) break record; // a doubled quote or the closing one: the next piece says
            if (buf.charCodeAt(q + 1) === QUOTE) {
              cell += buf.slice(from, q + 1);
              from = q + 2;
              continue;
            }
            cell = cell.length > 0 ? cell + buf.slice(from, q) : buf.slice(from, q);
            i = q + 1;
            break;
          }
          if (i < n) {
            const c = buf.charCodeAt(i);
            if (c !== d && c !== LF && c !== CR) return this.#irregular(records, charRead, buf, start);
          }
        } else {
          let j = i;
          let c = 0;
          while (j < n) {
            c = buf.charCodeAt(j);
            if (c === d || c === LF || c === CR) break;
            if (c === QUOTE) return this.#irregular(records, charRead, buf, start);
            j += 1;
          }
          if (j === n && !last) break record;
          cell = buf.slice(i, j);
          i = j;
        }
        cells.push(cell);
        // After the cell: a delimiter, a line break or the end of the text.
        if (i >= n) {
          charRead.push(records.length);
          records.push(cells);
          start = n;
          break record;
        }
        const c = buf.charCodeAt(i);
        if (c === d) {
          i += 1;
          if (i === n && !last) break record; // is there a cell after the delimiter? The next piece says
          if (i === n) {
            cells.push("");
            charRead.push(records.length);
            records.push(cells);
            start = n;
            break record;
          }
          continue;
        }
        if (c === CR) {
          if (i + 1 === n && !last) break record; // CR or CRLF? The next piece says
          i += buf.charCodeAt(i + 1) === LF ? 2 : 1;
        } else i += 1; // LF
        charRead.push(records.length);
        records.push(cells);
        start = i;
        continue record;
      }
    }
    this.#carry = start < n ? buf.slice(start) : "";
    if (this.#carry.length > MAX_CARRY) return this.#irregular(records, charRead, buf, start);
    if (last) {
      this.#done = true;
      if (this.#carry.length > 0) return this.#irregular(records, charRead, buf, start);
    }
    return { records, charRead };
  }

  #irregular(records: string[][], charRead: number[], buf: string, start: number): CsvTokens {
    this.#done = true;
    this.#carry = "";
    return { records, charRead, irregular: buf.slice(start) };
  }
}

/**
 * The cells of one line that has quotes, split natively, when each cell is unquoted without a quote or quoted from
 * its first character to its last with the quotes inside written twice; otherwise `undefined` (the character-by-
 * character reader then decides: a line break inside quotes, a stray quote, text after a closing quote).
 */
function splitQuotedLine(line: string, delimiter: string): string[] | undefined {
  const parts = line.split(delimiter);
  const cells: string[] = [];
  for (let k = 0; k < parts.length; k += 1) {
    let part = parts[k] as string;
    if (part.charCodeAt(0) !== QUOTE) {
      if (part.indexOf('"') !== -1) return undefined;
      cells.push(part);
      continue;
    }
    // A quoted cell may hold delimiters: the parts are joined until its closing quote.
    while (!closesQuote(part)) {
      k += 1;
      if (k === parts.length) return undefined;
      part = `${part}${delimiter}${parts[k]}`;
    }
    const inner = part.slice(1, -1);
    if (inner.indexOf('"') === -1) cells.push(inner);
    else if (inner.replaceAll('""', "").indexOf('"') === -1) cells.push(inner.replaceAll('""', '"'));
    else return undefined;
  }
  return cells;
}

/** Whether a text that starts with a quote ends with its closing quote: an odd run of quotes at its end. */
function closesQuote(part: string): boolean {
  let run = 0;
  for (let i = part.length - 1; i > 0 && part.charCodeAt(i) === QUOTE; i -= 1) run += 1;
  return run % 2 === 1;
}
