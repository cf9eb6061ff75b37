// csv-parse's own delimiter detection is broken (csv-parse 7 throws on non-ASCII text), so the delimiter is
// chosen here: the one that splits a line of the first 20 (outside quotes) into the most known headers.
import { REGISTERS } from "./columns.js";
import { normalizeKey } from "./normalizeKey.js";

/** The delimiters a register may use. */
export type CsvDelimiter = "," | ";" | "\t";

const CANDIDATES: readonly CsvDelimiter[] = [";", ",", "\t"];

/** The first logical lines of a CSV text (a quoted field may span lines). */
function firstLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let start = 0;
  let inQuotes = false;
  for (let i = 0; i < text.length && lines.length < max; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && (c === 10 || c === 13)) {
      lines.push(text.slice(start, i));
      if (c === 13 && text.charCodeAt(i + 1) === 10) i += 1;
      start = i + 1;
    }
  }
  if (lines.length < max && start < text.length) lines.push(text.slice(start));
  return lines;
}

/** Splits one line on a delimiter outside quotes, unquoting the cells. */
function splitOutsideQuotes(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let inQuotes = false;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

function knownHeaders(cells: readonly string[], mapped: ReadonlySet<string> | undefined): number {
  let n = 0;
  for (const cell of cells) {
    const key = normalizeKey(cell.trim());
    if (REGISTERS.cases.byKey.has(key) || REGISTERS.sessions.byKey.has(key) || mapped?.has(key)) n += 1;
  }
  return n;
}

/**
 * Chooses the delimiter of a CSV text from its header line (outside quotes): `;` (Excel under Vietnamese
 * settings), `,` or tab. The headers of the `columns` option (`mapped`, as matching keys) count as known.
 */
export function detectDelimiter(text: string, mapped?: ReadonlySet<string>): CsvDelimiter {
  const lines = firstLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 20).filter((l) => l.trim() !== "");
  let best: { delimiter: CsvDelimiter; known: number; cells: number } | undefined;
  for (const line of lines) {
    for (const delimiter of CANDIDATES) {
      const cells = splitOutsideQuotes(line, delimiter);
      if (cells.length < 2) continue;
      const known = knownHeaders(cells, mapped);
      if (!best || known > best.known || (known === best.known && known === 0 && cells.length > best.cells)) {
        best = { delimiter, known, cells: cells.length };
      }
    }
    if (best && best.known >= 2) break;
  }
  return best?.delimiter ?? ",";
}
