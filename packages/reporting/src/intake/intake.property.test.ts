// Property-based tests (fast-check): whatever a clerk's file holds, intake does not crash, every row read is
// accepted or rejected, and a denunciation row's identity values never appear in a problem.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCasesAll } from "./readCases.js";
import { readSessionsAll } from "./readSessions.js";

const HEADERS = [
  "Mã số",
  "Ngày tiếp nhận",
  "Hình thức tiếp nhận",
  "Loại",
  "Người gửi",
  "Địa chỉ",
  "Nội dung",
  "Số người",
  "Ngày có kết quả",
  "Nặc danh",
  "Buổi tiếp",
  "Cột lạ",
];
const cellValue = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "05/03/2026",
    "31/02/2026",
    "2026-03-05",
    "Tố cáo",
    "khieu nai, to cao",
    "Đơn thư",
    "Có",
    "x",
    "1.234",
    "MS-1",
    '"',
    '""',
    ";",
    ",",
    "\n",
    "\r\n",
    "\uFFFD",
  ),
  fc.integer().map(String),
);
const row = fc.array(cellValue, { minLength: 0, maxLength: 14 });
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

describe("properties of intake (fast-check)", () => {
  it("random CSV rows never crash intake and always give read = accepted + rejected", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(HEADERS, { minLength: 1 }),
        fc.array(row, { maxLength: 20 }),
        fc.constantFrom(";", ",", "\t"),
        fc.boolean(),
        async (headers, rows, d, quoteAll) => {
          const line = (cells: string[]) => cells.map((c) => (quoteAll ? quote(c) : c)).join(d);
          const text = [line(headers), ...rows.map(line)].join("\r\n");
          const r = await readCasesAll(text);
          expect(r.rows.read).toBe(r.rows.accepted + r.rows.rejected);
          expect(r.records).toHaveLength(r.rows.accepted);
          // Quoted cells keep their line breaks: then no more rows are read than were written (the header line
          // too when it is not recognised as one).
          if (quoteAll) expect(r.rows.read).toBeLessThanOrEqual(rows.length + 1);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("random bytes never crash intake", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom("a.csv", "a.json", "a.ndjson", undefined),
        async (bytes, fileName) => {
          const r = await readCasesAll(bytes, fileName === undefined ? {} : { fileName });
          expect(r.rows.read).toBe(r.rows.accepted + r.rows.rejected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("random JSON values never crash intake", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.dictionary(fc.constantFrom(...HEADERS, "id", "kinds"), fc.jsonValue()), fc.jsonValue())),
        async (items) => {
          const r = await readSessionsAll(JSON.stringify(items), { format: "json" });
          expect(r.rows.read).toBe(r.rows.accepted + r.rows.rejected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("Luật Tố cáo 2018 Điều 8 k3: a denouncer's name and address never appear in a problem", async () => {
    const secret = fc.stringMatching(/^[A-Z][a-z]{6,10}$/).map((s) => `Zq${s}`);
    await fc.assert(
      fc.asyncProperty(
        secret,
        secret,
        fc.array(cellValue, { minLength: 6, maxLength: 6 }),
        async (name, address, noise) => {
          const cells = [
            noise[0] ?? "",
            noise[1] ?? "",
            noise[2] ?? "",
            "Tố cáo",
            `"${name}`,
            `${address}\uFFFD`,
            noise[3] ?? "",
            noise[4] ?? "",
            noise[5] ?? "",
          ];
          const text = `${HEADERS.slice(0, 9).join(";")}\n${cells.map(quote).join(";")}\n`;
          const r = await readCasesAll(text);
          const shown = JSON.stringify(r.problems);
          expect(shown).not.toContain(name);
          expect(shown).not.toContain(address);
        },
      ),
      { numRuns: 100 },
    );
  });
});
