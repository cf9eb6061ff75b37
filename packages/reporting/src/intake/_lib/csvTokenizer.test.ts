// The CSV fast path against csv-parse itself (fast-check): for any text cut into any pieces, the tokenizer's
// records followed by csv-parse's records of the text it hands over are exactly csv-parse's records of the whole.
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvParseOptions } from "./csvRows.js";
import { CsvTokenizer } from "./csvTokenizer.js";

function csvParse(text: string, delimiter: string, bom = true): string[][] {
  return parse(text, { ...csvParseOptions(delimiter), bom }) as string[][];
}

function tokenize(pieces: string[], delimiter: string): { records: string[][]; handedOver: boolean } {
  const t = new CsvTokenizer(delimiter);
  const records: string[][] = [];
  for (let i = 0; i <= pieces.length; i += 1) {
    const last = i === pieces.length;
    const r = t.push(last ? "" : (pieces[i] as string), last);
    records.push(...r.records);
    if (r.irregular !== undefined) {
      const rest = r.irregular + pieces.slice(i + 1).join("");
      return { records: [...records, ...csvParse(rest, delimiter, false)], handedOver: true };
    }
  }
  return { records, handedOver: false };
}

function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((x) => x % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

const piece = fc.constantFrom("a", "Tố cáo", " ", ";", ",", "\t", '"', '""', "\n", "\r", "\r\n", "\uFEFF", "x y");
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(""));
const quotedCell = fc.array(fc.constantFrom("a", "Đơn", ";", ",", '""', "\n", "\r\n", " "), { maxLength: 5 });
const regularRow = fc.array(
  fc.oneof(
    quotedCell.map((c) => `"${c.join("")}"`),
    fc.constantFrom("", "a", "Khiếu nại", "05/03/2026", " x "),
  ),
  { minLength: 1, maxLength: 6 },
);
const regularText = fc
  .tuple(fc.array(regularRow, { maxLength: 8 }), fc.constantFrom("\r\n", "\n", "\r"), fc.boolean())
  .map(([rows, eol, end]) => rows.map((r) => r.join(";")).join(eol) + (end ? eol : ""));

describe("CsvTokenizer: csv-parse's records, faster", () => {
  it.each([";", ",", "\t"])("any text, any pieces, delimiter %j: the same records as csv-parse", (d) => {
    fc.assert(
      fc.property(fc.oneof(text, regularText), fc.array(fc.nat(), { maxLength: 6 }), (s, at) => {
        expect(tokenize(cut(s, at), d).records).toEqual(csvParse(s, d));
      }),
      { numRuns: 3000 },
    );
  });

  it("regular text is read without csv-parse, however it is cut", () => {
    fc.assert(
      fc.property(regularText, fc.array(fc.nat(), { maxLength: 6 }), (s, at) => {
        const r = tokenize(cut(s, at), ";");
        expect(r.handedOver).toBe(false);
        expect(r.records).toEqual(csvParse(s, ";"));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["a stray quote", 'Mã số;Loại\nMS-1;a"b\nMS-2;c\n'],
    ["text after a closing quote", 'Mã số;Loại\n"MS-1"x;b\nMS-2;c\n'],
    ["a quote never closed", 'Mã số;Loại\nMS-1;"b\nMS-2;c\n'],
  ])("hands %s (and the rest) to csv-parse", (_, s) => {
    const r = tokenize([s], ";");
    expect(r.handedOver).toBe(true);
    expect(r.records).toEqual(csvParse(s, ";"));
  });

  it("a record longer than 1 MB goes to csv-parse rather than being re-read with every piece", () => {
    const s = `a;"${"x".repeat(1_200_000)}`;
    const pieces = cut(s, [1000, 600_000, 1_100_000, 1_150_000]);
    expect(tokenize(pieces, ";")).toEqual({ records: csvParse(s, ";"), handedOver: true });
  });
});
