// Property-based tests (fast-check): whatever a clerk's file holds, intake does not crash, every row read is
// accepted or rejected, and a denunciation row's identity values never appear in a problem.

import { CaseSchema, ReceptionSessionSchema } from "@tiepdan/core";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
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

// Records are built by the cell readers without running zod on each row (it would double the cost of a
// million-row register). These properties prove the readers enforce the core schema: with or without the schema
// check, the same records and the same problems; and every record the schema accepts unchanged.
const text = fc.constantFrom("Đất đai", "UBND xã An Bình", "Cu\u0301 Chi", "  Nguyễn Văn A  ", "Thôn 3; xã Hòa", 'a"b');
const date = fc.constantFrom("05/03/2026", "2026-03-05", "29/02/2024", "1/1/2026", "5-3-2026");
const yesNo = fc.constantFrom("Có", "Không", "x", "có", "KHONG");
/** Per column: mostly values a clerk would write, sometimes an edge value. */
const CASE_COLUMNS: Record<string, fc.Arbitrary<string>> = {
  "Mã số": fc.nat({ max: 30 }).map((n) => `MS-${n}`),
  "Ngày tiếp nhận": date,
  "Hình thức tiếp nhận": fc.constantFrom(
    "Tiếp trực tiếp",
    "Đơn thư",
    "Trực tuyến",
    "Điện thoại",
    "Cơ quan khác chuyển đến",
    "don thu",
  ),
  Loại: fc.constantFrom("Phản ánh", "Kiến nghị", "Khiếu nại", "Tố cáo", "Khiếu nại; Tố cáo", "khieu nai, to cao"),
  "Lĩnh vực": text,
  "Người gửi": text,
  "Địa chỉ": text,
  "Số người": fc.constantFrom("1", "5", "12", "1.000"),
  "Nội dung": text,
  "Thuộc thẩm quyền": fc.constantFrom("Có", "Cấp dưới", "Không"),
  "Hướng xử lý": fc.constantFrom("Giải quyết", "Chuyển", "Hướng dẫn", "Lưu đơn"),
  "Cơ quan xử lý": text,
  "Cơ quan liên quan": fc.constantFrom("Sở Xây dựng; UBND xã", "Sở Tài chính"),
  "Ngày thông báo": date,
  "Ngày có kết quả": date,
  "Trạng thái": fc.constantFrom("Đang xử lý", "Đã giải quyết", "Đã chuyển"),
  "Đơn vị": text,
  "Buổi tiếp": fc.constantFrom("B1", "B2"),
  "Ngày thụ lý": date,
  Lần: fc.constantFrom("1", "2", "3"),
  "Vùng sâu vùng xa": yesNo,
  "Mức độ": fc.constantFrom("Bình thường", "Phức tạp", "Đặc biệt phức tạp"),
  "Gia hạn": fc.constantFrom("0", "1", "2"),
  "Đảng viên": yesNo,
  "Nặc danh": yesNo,
  "Nổi cộm": yesNo,
  "Nguy cơ ANCT-TTATXH": yesNo,
  "Ý kiến khác nhau": yesNo,
};
const SESSION_COLUMNS: Record<string, fc.Arbitrary<string>> = {
  "Mã buổi": fc.nat({ max: 30 }).map((n) => `B-${n}`),
  "Ngày tiếp": date,
  "Người chủ trì": text,
  "Loại buổi": fc.constantFrom("Định kỳ", "Đột xuất", "dinh ky"),
  "Địa điểm": text,
  "Đơn vị": text,
  "Số lượt người": fc.constantFrom("0", "10", "1.234"),
  "Đối thoại": yesNo,
};
const edgeValue = fc.oneof(
  cellValue,
  fc.constantFrom("0", "-1", "1,5", "1.5", "99999999999999999999", " ", "2026-02-29", "1/1/1900", "Có lẽ"),
);
/** A register with the required columns, some optional ones, and rows mixing good and edge values. */
function register(columns: Record<string, fc.Arbitrary<string>>, required: string[]) {
  const optional = Object.keys(columns).filter((h) => !required.includes(h));
  return fc.subarray(optional).chain((extra) => {
    const headers = [...required, ...extra];
    const cell = (h: string) =>
      fc.oneof({ weight: 6, arbitrary: columns[h] as fc.Arbitrary<string> }, { weight: 1, arbitrary: edgeValue });
    return fc
      .array(fc.tuple(...headers.map(cell)), { maxLength: 12 })
      .map((rows) =>
        [headers.join(";"), ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(";"))].join("\n"),
      );
  });
}

describe("the cell readers enforce the core schema (records are built without zod per row)", () => {
  const accepted = { cases: 0, sessions: 0 };
  afterAll(() => {
    // The properties must have seen many accepted records, or they prove nothing.
    expect(accepted.cases).toBeGreaterThan(200);
    expect(accepted.sessions).toBeGreaterThan(200);
  });

  it("cases: same records and problems with and without verifySchema, and every record passes CaseSchema unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(
        register(CASE_COLUMNS, ["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại"]),
        async (csv) => {
          const fast = await readCasesAll(csv);
          const checked = await readCasesAll(csv, { verifySchema: true });
          accepted.cases += fast.records.length;
          expect(fast.records).toEqual(checked.records);
          expect(fast.problems).toEqual(checked.problems);
          for (const r of fast.records) expect(CaseSchema.parse(r)).toEqual(r);
        },
      ),
      { numRuns: 500 },
    );
    // 500 registers read twice: seconds on a shared two-core machine, more than vitest's default 5 s.
  }, 30_000);

  it("sessions: same records and problems with and without verifySchema", async () => {
    await fc.assert(
      fc.asyncProperty(register(SESSION_COLUMNS, ["Mã buổi", "Ngày tiếp", "Loại buổi"]), async (csv) => {
        const fast = await readSessionsAll(csv);
        const checked = await readSessionsAll(csv, { verifySchema: true });
        accepted.sessions += fast.records.length;
        expect(fast.records).toEqual(checked.records);
        expect(fast.problems).toEqual(checked.problems);
        for (const r of fast.records) expect(ReceptionSessionSchema.parse(r)).toEqual(r);
      }),
      { numRuns: 500 },
    );
    // 500 registers read twice: seconds on a shared two-core machine, more than vitest's default 5 s.
  }, 30_000);
});
