import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCasesAll } from "../readCases.js";
import { listElementLines } from "./jsonSource.js";

describe("listElementLines: the line each element of a JSON register's array begins on (review F19)", () => {
  it.each([
    ["an empty array", "[]", undefined, []],
    ["an empty array over two lines", "[\n]", undefined, []],
    ["a one-line array", '[{"a":1},{"a":2},"x",3,null]', undefined, [1, 1, 1, 1, 1]],
    ["a pretty-printed array", JSON.stringify([{ a: 1, b: [1, 2] }, { a: 2 }, "x"], null, 2), undefined, [2, 9, 12]],
    ["one object a line inside [ ]", '[{"a":1},\n{"a":2},\n{"a":3}]', undefined, [1, 2, 3]],
    ["“}, {” between elements", '[\n  {\n    "a": 1\n  }, {\n    "a": 2\n  }\n]', undefined, [2, 4]],
    ["a comma first on the line", '[ {"a":1}\n, {"a":2}\n, {"a":3}\n]', undefined, [1, 2, 3]],
    ["blank lines and tabs before the array", '\n\n\t[\n\n\t{"a":1}]', undefined, [5]],
    ["CR LF line ends", '[\r\n  {"a": 1},\r\n  {"a": 2}\r\n]', undefined, [2, 3]],
    ["CR line ends (old Mac)", '[\r  {"a": 1},\r  {"a": 2}\r]', undefined, [2, 3]],
    [
      "strings holding “{”, “[”, “,”, an escaped quote and an escaped line break",
      '[\n  {"a": "{[,\\"\\n,{", "b": "x\\\\"},\n  {"a": "\\\\\\"{"},\n  {"{": "]"}\n]',
      undefined,
      [2, 3, 4],
    ],
    [
      "elements nesting arrays and objects over several lines",
      '[\n  {\n    "a": [\n      {"b": [1,\n 2]},\n      []\n    ]\n  },\n  [\n    1\n  ]\n]',
      undefined,
      [2, 9],
    ],
    [
      "the array held by a property",
      '{\n  "note": "x",\n  "cases": [\n    {"a":1},\n    {"a":2}\n  ]\n}',
      "cases",
      [4, 5],
    ],
    [
      "the array held by a property, after other properties holding arrays and the key's name in a text",
      '{\n  "other": [{"a":1}],\n  "s": "\\"cases\\": [",\n  "cases": [\n\n    {"a":1}\n  ]\n}',
      "cases",
      [6],
    ],
    ["a key written with an escape", '{"c\\u0061ses": [\n{"a":1},\n{"a":2}]}', "cases", [2, 3]],
    [
      "a property given twice: the last, as JSON.parse keeps",
      '{"cases": [\n{}],\n"cases": [\n\n{},\n{}]}',
      "cases",
      [5, 6],
    ],
  ])("%s", (_name, text, property, expected) => {
    JSON.parse(text);
    expect(listElementLines(text, property)).toEqual(expected);
  });

  it("agrees with the line counts of each element printed alone, for any JSON values indented any way", () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }),
        fc.constantFrom(2, "\t", 0),
        fc.constantFrom("\n", "\r\n", "\r"),
        (items, indent, eol) => {
          const printed = items.map((v) => JSON.stringify(v, null, indent));
          const text = `[\n${printed.join(",\n")}\n]`.replace(/\n/g, eol);
          const expected: number[] = [];
          let line = 2;
          for (const p of printed) {
            expected.push(line);
            line += p.split("\n").length;
          }
          expect(listElementLines(text)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** A case as a JSON object on one line. */
const one = (id: string, date = "05/03/2026", kind = "Kiến nghị") =>
  `{"Mã số": "${id}", "Ngày tiếp nhận": "${date}", "Hình thức tiếp nhận": "Đơn thư", "Loại": "${kind}"}`;

/** A case as a JSON object over six lines, indented as an editor writes it. */
const pretty = (id: string, date = "05/03/2026", extra = "") =>
  `  {\n    "Mã số": "${id}",${extra}\n    "Ngày tiếp nhận": "${date}",\n    "Hình thức tiếp nhận": "Đơn thư",\n    "Loại": "Kiến nghị"\n  }`;

describe("JSON registers: a problem's row is the line where its element begins (review F19)", () => {
  it("a pretty-printed array whose 3rd element, beginning at line 12, has a bad date: dòng 12", async () => {
    const text = [
      "[",
      `${pretty("MS-1")},`,
      "  {",
      '    "Mã số": "MS-2", "Ngày tiếp nhận": "06/03/2026",',
      '    "Hình thức tiếp nhận": "Đơn thư", "Loại": "Phản ánh"',
      "  },",
      `${pretty("MS-3", "31/02/2026")}`,
      "]",
    ].join("\n");
    expect(text.split("\n")[11]).toBe("  {");
    const r = await readCasesAll(text, { fileName: "so.json" });
    expect(r.rows).toEqual({ read: 3, accepted: 2, rejected: 1 });
    expect(r.problems).toMatchInlineSnapshot(`
      [
        {
          "code": "DATE_INVALID",
          "column": "Ngày tiếp nhận",
          "field": "receivedOn",
          "message": "Ngày “31/02/2026” ở cột “Ngày tiếp nhận” không có thật trên lịch: tháng 2 năm 2026 có 28 ngày. Cho phép: ngày/tháng/năm, ví dụ 05/03/2026, 5/3/2026, 05-03-2026 hoặc 2026-03-05.",
          "row": 12,
          "severity": "error",
          "value": "31/02/2026",
        },
      ]
    `);
  });

  it.each([
    [
      "a one-line array: the lines cannot tell elements apart, rows are positions",
      `[${one("A")},${one("B", "x")}]`,
      [2],
    ],
    [
      "two elements on one line of a pretty-printed array: every row is a position, said at row 0 (review s20 R3)",
      `[\n${pretty("A")},\n  ${one("B")}, ${one("C")},\n${pretty("D", "x")}\n]`,
      [0, 4],
    ],
    ["one object a line inside [ ]", `[${one("A")},\n${one("B")},\n\n${one("C", "x")}]`, [4]],
    [
      "CR LF line ends",
      `[\r\n${pretty("A").replace(/\n/g, "\r\n")},\r\n${pretty("B", "x").replace(/\n/g, "\r\n")}\r\n]`,
      [8],
    ],
    [
      'texts holding “{”, “"” and escaped line breaks before the element',
      `[\n${pretty("A", "05/03/2026", '\n    "Nội dung": "{ \\"Tổ 3\\" }\\n{[,\\\\",')},\n${pretty("B", "x")}\n]`,
      [9],
    ],
    ["the array held by “cases”", `{\n  "unit": "Xã An Bình",\n  "cases": [\n${pretty("A", "x")}\n  ]\n}`, [4]],
    ["NDJSON, unchanged: the line, blank lines counted", `${one("A")}\n\n${one("B")}\n${one("C", "x")}\n`, [4]],
  ])("%s", async (_name, text, rows) => {
    const fileName = text.startsWith("[") || text.startsWith("{\n") ? "so.json" : "so.ndjson";
    const r = await readCasesAll(text, { fileName });
    expect(r.problems.map((p) => p.row)).toEqual(rows);
    expect(r.rows.read).toBe(r.rows.accepted + r.rows.rejected);
    expect(r.rows.rejected).toBe(1);
  });

  it("an element that is no object: row is its line, the message names its place in the array", async () => {
    const r = await readCasesAll(`[\n${pretty("A")},\n  "MS-2",\n  [1,\n   2]\n]`, { fileName: "so.json" });
    expect(r.rows).toEqual({ read: 3, accepted: 1, rejected: 2 });
    expect(r.problems.map((p) => `${p.row}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "8: Phần tử thứ 2 là một chuỗi chữ, không phải một đối tượng { "Mã số": …, … }. Cho phép: mỗi phần tử là một đối tượng, khóa là tên cột.",
        "9: Phần tử thứ 3 là một mảng, không phải một đối tượng { "Mã số": …, … }. Cho phép: mỗi phần tử là một đối tượng, khóa là tên cột.",
      ]
    `);
  });

  it("a repeated Mã số names the line of the first one, and an edit names the row by its line", async () => {
    const text = `[\n${pretty("A")},\n${pretty("B", "x")},\n${pretty("A")}\n]`;
    const r = await readCasesAll(text, {
      fileName: "so.json",
      edits: [{ row: 8, column: "Ngày tiếp nhận", value: "06/03/2026" }],
    });
    expect(r.problems.map((p) => `${p.row}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "14: Mã số “A” đã dùng ở dòng 2; dòng này bị loại (dòng 2 được giữ). Cho phép: mỗi dòng một mã riêng.",
      ]
    `);
    expect(r.records.map((c) => [c.id, c.receivedOn])).toEqual([
      ["A", "2026-03-05"],
      ["B", "2026-03-06"],
    ]);
  });

  it("Luật Tố cáo 2018 Điều 8 k3: a denunciation's problem on its line still quotes none of its cells", async () => {
    const denunciation = `  {\n    "Mã số": "TC-1",\n    "Ngày tiếp nhận": "31/02/2026",\n    "Hình thức tiếp nhận": "Đơn thư",\n    "Loại": "Tố cáo",\n    "Người gửi": "Đinh Mật Danh",\n    "Nội dung": "Tố cáo cán bộ"\n  }`;
    const r = await readCasesAll(`[\n${pretty("A")},\n${denunciation}\n]`, { fileName: "so.json" });
    expect(r.problems.map((p) => [p.code, p.row, p.value])).toEqual([["DATE_INVALID", 8, undefined]]);
    expect(JSON.stringify(r.problems)).not.toContain("Đinh Mật Danh");
    expect(JSON.stringify(r.problems)).not.toContain("31/02/2026");
  });
});

describe("review s23w W23-6: a JSON file whose list holds no object is no register", () => {
  it.each([
    [
      '{"theme":"dark","items":[1,2,3]}',
      "Danh sách “items” của tệp JSON gồm 3 giá trị (một số, …) mà không có đối tượng nào",
    ],
    ['["a","b"]', "Tệp JSON là một danh sách gồm 2 giá trị (một chuỗi chữ, …) mà không có đối tượng nào"],
  ])("%s: one file-level problem, no row read", async (text, message) => {
    const r = await readCasesAll(text, { fileName: "cau-hinh.json" });
    expect(r.rows).toEqual({ read: 0, accepted: 0, rejected: 0 });
    expect(r.problems.map((p) => [p.code, p.row])).toEqual([["JSON_NOT_TABLE", 0]]);
    expect(r.problems[0]?.message).toContain(message);
    expect(r.problems[0]?.message).not.toMatch(/kiểu|number|string/);
  });
});

describe("R3: JSON elements sharing a line — one numbering for the whole file, and a warning when it is positions", () => {
  const rowsOf = (problems: { code: string; row: number }[]) => problems.map((p) => `${p.row} ${p.code}`);

  it.each([
    [
      "R3: elements 1–3 alone on lines 2–4, 4 and 5 on line 5 (the review's shared-late.json): positions, and the warning names line 5 and elements 4 and 5",
      `[\n${one("A")},\n${one("B", "x")},\n${one("C")},\n${one("D")}, ${one("E", "y")}\n]`,
      ["0 JSON_ROWS_ARE_POSITIONS", "2 DATE_FORMAT", "5 DATE_FORMAT"],
    ],
    [
      "R3: three elements on line 3 and two on line 4 of a pretty array held by “cases”: elements 2 to 4, one other line",
      `{"cases": [\n${one("A")},\n${one("B")}, ${one("C")}, ${one("D")},\n${one("E")}, ${one("F", "x")}\n]}`,
      ["0 JSON_ROWS_ARE_POSITIONS", "6 DATE_FORMAT"],
    ],
    [
      "R3: the whole array on one line (the guide says rows are positions there): no warning",
      `[${one("A")}, ${one("B", "x")}]`,
      ["2 DATE_FORMAT"],
    ],
    [
      "R3: every element on the one line between “[” and “]”: positions, no warning",
      `[\n${one("A")}, ${one("B")}, ${one("C", "x")}\n]\n`,
      ["3 DATE_FORMAT"],
    ],
    [
      "R3: every element alone on its line: lines, no warning",
      `[\n${one("A")},\n\n${one("B", "x")},\n${one("C")}\n]`,
      ["4 DATE_FORMAT"],
    ],
    ["R3: a single element: its line, no warning", `[\n\n${one("A", "x")}\n]`, ["3 DATE_FORMAT"]],
  ])("%s", async (_name, text, expected) => {
    const r = await readCasesAll(text, { fileName: "so.json" });
    expect(rowsOf(r.problems)).toEqual(expected);
  });

  it("R3: the warning's message says what “Dòng” means, where elements share a line and how to get lines back", async () => {
    const text = `[\n${one("A")},\n${one("B")},\n${one("C")}, ${one("D")}, ${one("E")},\n${one("F")}, ${one("G")}\n]`;
    const r = await readCasesAll(text, { fileName: "so.json" });
    expect(r.problems).toMatchInlineSnapshot(`
      [
        {
          "code": "JSON_ROWS_ARE_POSITIONS",
          "column": "",
          "field": "",
          "message": "Các phần tử thứ 3 đến 5 của mảng cùng bắt đầu ở dòng 4 của tệp (và 1 dòng khác cũng vậy), nên số dòng của tệp không phân biệt được chúng: “Dòng” trong các thông báo về sổ này là số thứ tự của phần tử trong mảng (phần tử đầu tiên là dòng 1), không phải dòng của tệp. Cho phép: mỗi phần tử { … } bắt đầu trên một dòng riêng (tách dòng 4 và các dòng kia, mỗi phần tử một dòng); khi đó “Dòng” là dòng của tệp, như trình soạn thảo đánh số.",
          "row": 0,
          "severity": "warning",
        },
      ]
    `);
  });

  it("R3: a denunciation on a shared line: the warning and its row's problem quote none of its cells", async () => {
    const denunciation = `{"Mã số": "TC-1", "Ngày tiếp nhận": "31/02/2026", "Hình thức tiếp nhận": "Đơn thư", "Loại": "Tố cáo", "Người gửi": "Đinh Mật Danh", "Nội dung": "Tố cáo cán bộ"}`;
    const r = await readCasesAll(`[\n${one("A")},\n${one("B")}, ${denunciation}\n]`, { fileName: "so.json" });
    expect(r.problems.map((p) => [p.code, p.row, p.value])).toEqual([
      ["JSON_ROWS_ARE_POSITIONS", 0, undefined],
      ["DATE_INVALID", 3, undefined],
    ]);
    expect(JSON.stringify(r.problems)).not.toMatch(/Đinh Mật Danh|31\/02\/2026|TC-1/);
  });

  it("R3: for any placement of elements on lines, rows are unique, all lines or all positions, and the warning is given exactly when elements begin on several lines, some sharing one", async () => {
    await fc.assert(
      fc.asyncProperty(
        // Before each element but the first: 0 (same line) to 2 line breaks.
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 7 }),
        fc.boolean(),
        async (breaks, underCases) => {
          const items = [one("E1"), ...breaks.map((n, i) => `${"\n".repeat(n)}${one(`E${i + 2}`, "x")}`)];
          const body = `[\n${items.join(", ")}\n]`;
          const text = underCases ? `{"cases": ${body}}` : body;
          const lines = listElementLines(text, underCases ? "cases" : undefined);
          const r = await readCasesAll(text, { fileName: "so.json", edits: [] });
          const rows = r.problems.filter((p) => p.code === "DATE_FORMAT").map((p) => p.row);
          expect(new Set(rows).size).toBe(items.length - 1);
          const shared = breaks.some((n) => n === 0);
          const spread = new Set(lines).size > 1;
          expect(rows).toEqual(shared ? breaks.map((_, i) => i + 2) : lines.slice(1));
          expect(r.problems.some((p) => p.code === "JSON_ROWS_ARE_POSITIONS")).toBe(shared && spread);
        },
      ),
      { numRuns: 100 },
    );
  });
});
