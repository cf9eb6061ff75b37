import type { Case, ReceptionSession } from "@tiepdan/core";
import { describe, expect, it } from "vitest";
import { headerFields } from "./_lib/validateTable.js";
import { readCases, readCasesAll } from "./readCases.js";
import { readSessionsAll } from "./readSessions.js";
import { correctRegister, readRegisterFiles, registerColumns } from "./registers.js";
import type { XlsxReader } from "./types.js";

const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);

/** A workbook reader that returns the given rows (the bytes only need to look like a zip). */
function fakeXlsx(rows: unknown[][], sheetName = "Sổ 2026"): XlsxReader {
  return {
    readSheet: async () => ({
      ok: true,
      sheetName,
      date1904: false,
      rows: rows.map((cells, i) => ({ row: i + 1, cells })),
    }),
  };
}

describe("ReadRegisterOptions.columns: the clerk says which field a column holds", () => {
  const text = "Số hồ sơ;Ngày nhận hồ sơ;Hình thức;Loại;Ghi chú\nHS-1;05/03/2026;Đơn thư;Khiếu nại;x\n";

  it.each([
    ["field names", { "Số hồ sơ": "id", "Ngày nhận hồ sơ": "receivedOn" }],
    ["Vietnamese labels", { "Số hồ sơ": "Mã số", "Ngày nhận hồ sơ": "Ngày tiếp nhận" }],
    ["labels and headers written loosely", { "SO HO SO": "ma so", "ngay nhan ho so ": "NGÀY TIẾP NHẬN" }],
  ])("maps unrecognised headers given as %s", async (_, columns) => {
    const { records, rows, problems, layout } = await readCasesAll(text, { columns });
    expect(problems).toEqual([]);
    expect(rows).toEqual({ read: 1, accepted: 1, rejected: 0 });
    expect(records[0]).toMatchObject({ id: "HS-1", receivedOn: "2026-03-05" });
    expect(layout.columns.slice(0, 2)).toEqual([
      { index: 0, header: "Số hồ sơ", field: "id", label: "Mã số", by: "option" },
      { index: 1, header: "Ngày nhận hồ sơ", field: "receivedOn", label: "Ngày tiếp nhận", by: "option" },
    ]);
  });

  it("without the mapping the same file lacks its required columns", async () => {
    const { rows, layout } = await readCasesAll(text);
    expect(rows).toEqual({ read: 1, accepted: 0, rejected: 1 });
    expect(layout.missing).toEqual([
      { field: "id", label: "Mã số" },
      { field: "receivedOn", label: "Ngày tiếp nhận" },
    ]);
  });

  it("overrides a recognised header; another column recognised as the same field becomes a duplicate", async () => {
    const { records, problems } = await readCasesAll(
      "Mã số;Mã hồ sơ;Ngày nhận;Ngày tiếp nhận;Hình thức;Loại\nA;HS-9;10/03/2026;05/03/2026;Đơn thư;Tố cáo\n",
      { columns: { "Mã hồ sơ": "id", "Ngày nhận": "notifiedOn" } },
    );
    expect(records[0]).toMatchObject({ id: "HS-9", receivedOn: "2026-03-05", notifiedOn: "2026-03-10" });
    expect(problems.filter((p) => p.code === "COLUMN_DUPLICATE")).toMatchInlineSnapshot(`
      [
        {
          "code": "COLUMN_DUPLICATE",
          "column": "Mã số",
          "field": "id",
          "message": "Cột “Mã số” là cột “Mã số”, nhưng cột “Mã hồ sơ” đã được chọn làm cột “Mã số”; chỉ dùng cột “Mã hồ sơ”.",
          "row": 1,
          "severity": "warning",
        },
      ]
    `);
  });

  it("finds a header below title rows by its mapped headers, in every format", async () => {
    const rows = [
      ["SỔ THEO DÕI ĐƠN"],
      ["Số hồ sơ", "Ngày nhận hồ sơ", "Hình thức", "Loại"],
      ["HS-1", "05/03/2026", "Đơn thư", "Kiến nghị"],
    ];
    const columns = { "Số hồ sơ": "id", "Ngày nhận hồ sơ": "receivedOn" };
    const fromXlsx = await readCasesAll(ZIP, { columns, xlsx: fakeXlsx(rows) });
    const fromCsv = await readCasesAll(rows.map((r) => r.join(";")).join("\n"), { columns });
    const fromJson = await readCasesAll(
      JSON.stringify([Object.fromEntries(rows[1]?.map((h, i) => [h, rows[2]?.[i]]) ?? [])]),
      {
        columns,
      },
    );
    for (const r of [fromXlsx, fromCsv, fromJson]) expect(r.records.map((c) => c.id)).toEqual(["HS-1"]);
    expect(fromXlsx.layout).toMatchObject({ format: "xlsx", sheet: "Sổ 2026", headerRow: 2 });
    expect(fromCsv.layout).toMatchObject({ format: "csv", delimiter: ";", headerRow: 2 });
    expect(fromJson.layout).toMatchObject({ format: "json", headerRow: 0 });
  });

  it.each([
    [{ "Số hồ sơ": "Mã hồ sơ" }, /"Mã hồ sơ", which is no field of the cases register/],
    [{ "Số hồ sơ": "date" }, /no field of the cases register/],
  ])("a target that is no field is misuse: RangeError (%j)", async (columns, message) => {
    expect(() => readCases(text, { columns })).toThrow(message);
    await expect(readRegisterFiles("cases", [{ name: "a.csv", data: text, options: { columns } }])).rejects.toThrow(
      RangeError,
    );
  });

  it("headerFields honours the mapping", () => {
    const cells = ["Số hồ sơ", "Ngày nhận hồ sơ", "Loại", "Khác"];
    expect(headerFields("cases", cells)).toEqual(["kinds"]);
    expect(headerFields("cases", cells, { "Số hồ sơ": "id", "Ngày nhận hồ sơ": "receivedOn" })).toEqual([
      "id",
      "receivedOn",
      "kinds",
    ]);
  });
});

describe("ReadRegisterOptions.edits: corrections typed in the problem table", () => {
  const text =
    "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại\nMS-1;31/02/2026;Đơn thư;Khiếu nại\nMS-2;05/03/2026;Fax;Kiến nghị\n";

  it("an edited row is validated with the new text", async () => {
    const before = await readCasesAll(text);
    expect(before.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, "Ngày tiếp nhận", "DATE_INVALID"],
      [3, "Hình thức tiếp nhận", "VALUE_UNKNOWN"],
    ]);
    const after = await readCasesAll(text, {
      edits: [
        { row: 2, column: "Ngày tiếp nhận", value: "28/02/2026" },
        { row: 3, column: "Hình thức tiếp nhận", value: "Điện thoại" },
      ],
    });
    expect(after.problems).toEqual([]);
    expect(after.records.map((c) => [c.id, c.receivedOn, c.channel])).toEqual([
      ["MS-1", "2026-02-28", "letter"],
      ["MS-2", "2026-03-05", "phone"],
    ]);
  });

  it("edits naming no data row or no column are not applied and are reported back", async () => {
    const { problems, rows } = await readCasesAll(text, {
      edits: [
        { row: 9, column: "Ngày tiếp nhận", value: "01/01/2026" },
        { row: 1, column: "Loại", value: "Tố cáo" },
        { row: 2, column: "Ngày nhận", value: "01/01/2026" },
        { row: 3, column: "hinh thuc tiep nhan", value: "Điện thoại" },
      ],
    });
    expect(rows).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect(problems).toMatchInlineSnapshot(`
      [
        {
          "code": "DATE_INVALID",
          "column": "Ngày tiếp nhận",
          "field": "receivedOn",
          "message": "Ngày “31/02/2026” ở cột “Ngày tiếp nhận” không có thật trên lịch: tháng 2 năm 2026 có 28 ngày. Cho phép: ngày/tháng/năm, ví dụ 05/03/2026, 5/3/2026, 05-03-2026 hoặc 2026-03-05.",
          "row": 2,
          "severity": "error",
          "value": "31/02/2026",
        },
        {
          "code": "EDIT_NOT_APPLIED",
          "column": "Ngày tiếp nhận",
          "field": "",
          "message": "Không sửa được ô “Ngày tiếp nhận” ở dòng 9: dòng 9 không phải là dòng dữ liệu của sổ (dòng trống, dòng tiêu đề hoặc dòng không đọc được); giá trị sửa bị bỏ qua. Cho phép: số dòng của một dòng dữ liệu trong sổ.",
          "row": 9,
          "severity": "warning",
        },
        {
          "code": "EDIT_NOT_APPLIED",
          "column": "Loại",
          "field": "",
          "message": "Không sửa được ô “Loại” ở dòng 1: dòng 1 không phải là dòng dữ liệu của sổ (dòng trống, dòng tiêu đề hoặc dòng không đọc được); giá trị sửa bị bỏ qua. Cho phép: số dòng của một dòng dữ liệu trong sổ.",
          "row": 1,
          "severity": "warning",
        },
        {
          "code": "EDIT_NOT_APPLIED",
          "column": "Ngày nhận",
          "field": "",
          "message": "Không sửa được ô “Ngày nhận” ở dòng 2: sổ không có cột “Ngày nhận”; giá trị sửa bị bỏ qua. Cho phép: tên cột đúng như ở dòng tiêu đề của sổ.",
          "row": 2,
          "severity": "warning",
        },
      ]
    `);
  });

  it("an edit may fill a cell of a short row, and clear one", async () => {
    const { records } = await readCasesAll(
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực\nMS-1;05/03/2026\n",
      {
        edits: [
          { row: 2, column: "Loại", value: "Phản ánh" },
          { row: 2, column: "Hình thức tiếp nhận", value: "Trực tuyến" },
          { row: 2, column: "Lĩnh vực", value: "" },
        ],
      },
    );
    expect(records).toEqual([{ id: "MS-1", receivedOn: "2026-03-05", channel: "online", kinds: ["reflection"] }]);
  });

  it.each([[{}], [[{ row: "2", column: "Loại", value: "x" }]], [[{ row: 2, column: "Loại" }]]])(
    "malformed edits are misuse: TypeError (%j)",
    (edits) => {
      expect(() => readCases(text, { edits: edits as never })).toThrow(TypeError);
    },
  );
});

describe("IntakeResult.layout: what was understood of the file", () => {
  const csv = "Mã buổi\tNgày tiếp\tLoại buổi\tSTT\t\nB1\t15/01/2026\tĐịnh kỳ\t1\t\n";
  const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(csv, "utf16le"))]);

  it.each([
    ["text", csv, { format: "csv", delimiter: "\t" }],
    ["UTF-8 bytes", new TextEncoder().encode(csv), { format: "csv", encoding: "utf-8", delimiter: "\t" }],
    ["UTF-16 bytes", utf16, { format: "csv", encoding: "utf-16le", delimiter: "\t" }],
    [
      "NDJSON",
      '{"Mã buổi":"B1","Ngày tiếp":"15/01/2026","Loại buổi":"Định kỳ"}\n{"Mã buổi":"B2","Ngày tiếp":"16/01/2026","Loại buổi":"Định kỳ"}\n',
      { format: "ndjson" },
    ],
  ])("%s", async (_, input, expected) => {
    const { layout } = await readSessionsAll(input);
    const { columns, missing, headerRow, ...rest } = layout;
    expect(rest).toEqual(expected);
    expect(missing).toEqual([]);
    expect(columns.slice(0, 3).map((c) => [c.header, c.field, c.by])).toEqual([
      ["Mã buổi", "id", "header"],
      ["Ngày tiếp", "date", "header"],
      ["Loại buổi", "kind", "header"],
    ]);
  });

  it("lists unused columns without a field and leaves unnamed ones out", async () => {
    const { layout } = await readSessionsAll(csv);
    expect(layout.columns).toEqual([
      { index: 0, header: "Mã buổi", field: "id", label: "Mã buổi", by: "header" },
      { index: 1, header: "Ngày tiếp", field: "date", label: "Ngày tiếp", by: "header" },
      { index: 2, header: "Loại buổi", field: "kind", label: "Loại buổi", by: "header" },
      { index: 3, header: "STT" },
    ]);
  });

  it.each([
    ["an empty file", "", ","],
    ["a file without a header", "x;y\n1;2\n", ";"],
  ])("%s: no header row, every required column missing", async (_, text, delimiter) => {
    const { layout } = await readSessionsAll(text);
    expect(layout).toEqual({
      format: "csv",
      delimiter,
      columns: [],
      missing: [
        { field: "id", label: "Mã buổi" },
        { field: "date", label: "Ngày tiếp" },
        { field: "kind", label: "Loại buổi" },
      ],
    });
  });
});

describe("registerColumns: the targets of a column-mapping drop-down", () => {
  it.each([
    ["cases", 28, ["id", "receivedOn", "channel", "kinds"]],
    ["sessions", 9, ["id", "date", "kind"]],
  ] as const)("%s", (kind, count, required) => {
    const columns = registerColumns(kind);
    expect(columns).toHaveLength(count);
    expect(columns.filter((c) => c.required).map((c) => c.field)).toEqual(required);
  });

  it("gives labels, aliases and the allowed values", () => {
    expect(registerColumns("sessions")[3]).toEqual({
      field: "kind",
      label: "Loại buổi",
      required: true,
      aliases: ["Loại"],
      allowed: "Định kỳ, Đột xuất",
      values: ["Định kỳ", "Đột xuất"],
    });
    expect(() => registerColumns("people" as never)).toThrow(RangeError);
  });

  it("issue 16 point 11: a column with a closed set gives its values to choose from; a free one gives none", () => {
    const byField = new Map(registerColumns("cases").map((c) => [c.field, c.values]));
    expect(byField.get("kinds")).toEqual(["Phản ánh", "Kiến nghị", "Khiếu nại", "Tố cáo"]);
    expect(byField.get("channel")).toContain("Đơn thư");
    expect(byField.get("route")).toEqual(["Giải quyết", "Chuyển", "Hướng dẫn", "Lưu đơn"]);
    expect(byField.get("anonymous")).toEqual(["Có", "Không"]);
    for (const free of ["id", "receivedOn", "content", "people"]) expect(byField.get(free)).toBeUndefined();
  });
});

describe("readRegisterFiles: several registers merged as tiepdan report merges them", () => {
  const head = "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Nội dung";

  it("rejects a Mã số already accepted from an earlier file, counts rows per file, intersects fields", async () => {
    const progress: Array<{ file: string; rows: number }> = [];
    const merged = await readRegisterFiles<Case>(
      "cases",
      [
        { name: "quy-1.csv", data: `${head};Ngày thông báo\nMS-1;05/03/2026;Đơn thư;Khiếu nại;a;10/03/2026\n` },
        {
          name: "phuong.xlsx",
          data: ZIP,
          options: { columns: { "Số hồ sơ": "id" }, edits: [{ row: 3, column: "Loại", value: "Kiến nghị" }] },
        },
      ],
      {
        xlsx: fakeXlsx([
          ["Số hồ sơ", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Nội dung"],
          ["MS-1", "06/03/2026", "Đơn thư", "Phản ánh", "b"],
          ["MS-2", "07/03/2026", "Đơn thư", "Khác", "c"],
        ]),
        onProgress: (p) => progress.push(p),
      },
    );
    expect(merged.records.map((c) => [c.id, c.receivedOn, c.kinds])).toEqual([
      ["MS-1", "2026-03-05", ["complaint"]],
      ["MS-2", "2026-03-07", ["petition"]],
    ]);
    expect(merged.rows).toEqual({ read: 3, accepted: 2, rejected: 1 });
    expect(merged.perFile.map((f) => [f.file, f.rows, f.layout.format])).toEqual([
      ["quy-1.csv", { read: 1, accepted: 1, rejected: 0 }, "csv"],
      ["phuong.xlsx", { read: 2, accepted: 1, rejected: 1 }, "xlsx"],
    ]);
    expect(merged.perFile[0]?.fields).toContain("notifiedOn");
    expect(merged.recordedFields).toEqual(["id", "receivedOn", "channel", "kinds", "content"]);
    expect(progress).toEqual([
      { file: "quy-1.csv", rows: 1 },
      { file: "phuong.xlsx", rows: 2 },
    ]);
    expect(merged.problems).toMatchInlineSnapshot(`
      [
        {
          "allowed": "mỗi vụ việc một mã số duy nhất trong các sổ được gộp",
          "file": "phuong.xlsx",
          "id": "MS-1",
          "problem": {
            "code": "ID_DUPLICATE",
            "column": "Số hồ sơ",
            "field": "id",
            "message": "Mã số “MS-1” đã có ở dòng 2 của sổ “quy-1.csv”; dòng này không được tính.",
            "row": 2,
            "severity": "error",
            "value": "MS-1",
          },
          "what": "Mã số “MS-1” đã có ở dòng 2 của sổ “quy-1.csv”; dòng này không được tính.",
        },
      ]
    `);
  });

  it("keeps each problem's file and its what/allowed halves", async () => {
    const merged = await readRegisterFiles<ReceptionSession>("sessions", [
      { name: "a.csv", data: "Mã buổi;Ngày tiếp;Loại buổi\nB1;31/02/2026;Định kỳ\n" },
      { name: "b.json", data: "[]" },
    ]);
    expect(merged.rows).toEqual({ read: 1, accepted: 0, rejected: 1 });
    // b.json has no rows: its lack of columns does not narrow what a.csv records.
    expect(merged.recordedFields).toEqual(["id", "date", "kind"]);
    expect(merged.problems.map((p) => [p.file, p.problem.code, p.what.slice(0, 12), p.allowed?.slice(0, 12)])).toEqual([
      ["a.csv", "DATE_INVALID", "Ngày “31/02/", "ngày/tháng/n"],
      ["b.json", "FILE_EMPTY", "Tệp không có", undefined],
    ]);
    expect(merged.problems[0]?.problem.message).toBe(
      `${merged.problems[0]?.what} Cho phép: ${merged.problems[0]?.allowed}.`,
    );
  });

  it("issue 16 point 11: a problem names its row's Mã số, except on a denunciation row (as ID_DUPLICATE withholds it)", async () => {
    const merged = await readRegisterFiles<Case>("cases", [
      {
        name: "a.csv",
        data: [
          head,
          "MS-7;31/02/2026;Đơn thư;Khiếu nại;a",
          "MS-8;05/03/2026;Đơn thư;Tố cáo;b",
          "MS-9;05/03/2026;Thư tay;Tố cáo;c",
          ";05/03/2026;Thư tay;Kiến nghị;d",
          "MS-10;05/03/2026;Đơn thư;Khác;e",
        ].join("\n"),
      },
      { name: "b.csv", data: `${head}\nMS-7;06/03/2026;Đơn thư;Kiến nghị;f\nMS-8;06/03/2026;Đơn thư;Tố cáo;g\n` },
    ]);
    expect(merged.problems.map((p) => [p.file, p.problem.row, p.problem.code, p.id])).toEqual([
      ["a.csv", 2, "DATE_INVALID", "MS-7"],
      ["a.csv", 4, "VALUE_UNKNOWN", undefined],
      ["a.csv", 5, "VALUE_REQUIRED", undefined],
      ["a.csv", 5, "VALUE_UNKNOWN", undefined],
      ["a.csv", 6, "VALUE_UNKNOWN", undefined],
      // A register with a content and no sender column: its denunciations said once (review s19c C3).
      ["a.csv", 3, "DENUNCIATION_NO_SENDER", undefined],
      ["b.csv", 3, "ID_DUPLICATE", undefined],
      ["b.csv", 3, "DENUNCIATION_NO_SENDER", undefined],
    ]);
  });
});

describe("withheldIdentities: the senders of denunciation rows that are not cases (DESIGN.md “Confidentiality”)", () => {
  const HEAD = "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Người gửi;Địa chỉ;Nội dung";
  const rows = [
    HEAD,
    "MS-1;31/02/2026;Đơn thư;Tố cáo;Lê Thị Khuyếnh;Thôn 4, xã Ya Xiêr;Cán bộ nhận tiền",
    "MS-2;05/03/2026;Đơn thư;Tố giác;Trần Văn Bảy;;Kinds unreadable: may be a denunciation",
    "MS-3;31/02/2026;Đơn thư;Kiến nghị;Phạm Văn Tư;Thôn 1;Một kiến nghị, rejected",
    "MS-4;05/03/2026;Đơn thư;;Đỗ Thị Năm;Thôn 2;Kinds left blank",
    "MS-5;05/03/2026;Đơn thư;Phản ánh;Vũ Văn Sáu;;đơn tố cáo ghi nhầm loại;x;y",
    "MS-6;05/03/2026;Đơn thư;Tố cáo;Hà Văn Bảy;Thôn 5;Accepted: a case, not in the list",
  ];

  it("a rejected row that is or may be a denunciation gives its sender's name and address; another rejected row does not", async () => {
    const r = await readCasesAll(`${rows.join("\n")}\n`);
    expect(r.rows).toEqual({ read: 6, accepted: 1, rejected: 5 });
    expect(r.withheldIdentities).toEqual([
      "Lê Thị Khuyếnh",
      "Thôn 4, xã Ya Xiêr",
      "Trần Văn Bảy",
      "Đỗ Thị Năm",
      "Thôn 2",
      "Vũ Văn Sáu",
    ]);
  });

  it("a reading gives them when it ends, and merged registers add a denunciation whose Mã số was already used", async () => {
    const reading = readCases(`${rows.slice(0, 3).join("\n")}\n`);
    for await (const _ of reading) {
      // Iterated for its records.
    }
    expect((await reading.result()).withheldIdentities).toEqual([
      "Lê Thị Khuyếnh",
      "Thôn 4, xã Ya Xiêr",
      "Trần Văn Bảy",
    ]);
    const merged = await readRegisterFiles<Case>("cases", [
      { name: "a.csv", data: `${HEAD}\nMS-1;05/03/2026;Đơn thư;Kiến nghị;An Văn Một;;a\n` },
      {
        name: "b.csv",
        data: `${HEAD}\nMS-1;06/03/2026;Đơn thư;Tố cáo;Lê Thị Khuyếnh;Thôn 4;b\nMS-2;31/02/2026;Đơn thư;Tố cáo;Trần Văn Bảy;;c\n`,
      },
    ]);
    expect(merged.rows).toEqual({ read: 3, accepted: 1, rejected: 2 });
    // A village's address names no house: not looked for (review s15c F5).
    expect(merged.withheldIdentities).toEqual(["Lê Thị Khuyếnh", "Trần Văn Bảy"]);
  });
});

describe("a sender's column under other words is read as the sender's, or its denouncers withheld (review s19x F1)", () => {
  const row = (sender: string) =>
    `Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;${sender};Nội dung\nK-1;02/03/2026;Đơn thư;Tố cáo;Đinh Mật Danh, số 9 xóm Kín Đáo;Cán bộ nhận tiền\n`;

  it.each([
    ["Họ tên, địa chỉ người gửi", "senderName", "COLUMN_GUESSED"],
    ["Họ và tên người gửi", "senderName", "COLUMN_GUESSED"],
    ["Họ tên người gửi đơn", "senderName", "COLUMN_GUESSED"],
    ["Tên người tố cáo", "senderName", "COLUMN_GUESSED"],
    ["Người đứng tên đơn", "senderName", "COLUMN_GUESSED"],
    ["Nơi cư trú", "senderAddress", "COLUMN_GUESSED"],
    // A remark in brackets is no part of the header: the register's own column, nothing to say.
    ["Người gửi (họ tên)", "senderName", undefined],
    // (here a second date column: the first one is read)
    ["Ngày tiếp nhận (dd/mm/yyyy)", undefined, "COLUMN_DUPLICATE"],
    // An official's name is not the sender's.
    ["Họ tên cán bộ tiếp", undefined, "COLUMN_UNKNOWN"],
    ["Người xử lý", undefined, "COLUMN_UNKNOWN"],
    // Nor the name of the person denounced or complained of, nor an official's, nor a place's (review s19c C1).
    ["Họ tên người bị tố cáo", undefined, "COLUMN_UNKNOWN"],
    ["Người được tố cáo", undefined, "COLUMN_UNKNOWN"],
    ["Đối tượng bị khiếu nại", undefined, "COLUMN_UNKNOWN"],
    ["Họ tên Bí thư", undefined, "COLUMN_UNKNOWN"],
    ["Địa chỉ thửa đất", undefined, "COLUMN_UNKNOWN"],
    ["Số công dân", undefined, "COLUMN_UNKNOWN"],
    // A remark naming someone else is no remark to leave out (review s19c C2).
    ["Họ tên (cán bộ tiếp nhận)", undefined, "COLUMN_UNKNOWN"],
    ["Họ tên (người bị tố cáo)", undefined, "COLUMN_UNKNOWN"],
    // Other words clerks use for the sender (review s19c C3).
    ["Người gửi/Cơ quan chuyển đơn", "senderName", "COLUMN_GUESSED"],
    ["Tên công dân", "senderName", "COLUMN_GUESSED"],
    ["Công dân", "senderName", "COLUMN_GUESSED"],
    ["Đương sự", "senderName", "COLUMN_GUESSED"],
    ["Chủ đơn", "senderName", "COLUMN_GUESSED"],
    ["Nơi ở của người gửi", "senderAddress", "COLUMN_GUESSED"],
    // Review s21 K2: the headers registers use for the person who brought the letter.
    ...[
      "Người nộp đơn",
      "Họ tên người nộp đơn",
      "Nguoi nop don",
      "Người đề nghị",
      "Người dân",
      "Người được tiếp",
      "Họ tên người được tiếp",
      "Người đứng tên",
      "Người có đơn",
      "Đứng đơn",
      "Tên, địa chỉ",
      "Người đại diện",
      "Công dân đến",
      "Người đến",
    ].map((h): [string, string, string] => [h, "senderName", "COLUMN_GUESSED"]),
  ])("“%s” is read as %s (%s)", async (header, field, code) => {
    const r = await readCasesAll(row(header));
    expect(r.layout.columns.find((c) => c.header === header)?.field).toBe(field);
    expect(r.problems.find((p) => p.column === header)?.code).toBe(code);
    expect(r.rows).toEqual({ read: 1, accepted: 1, rejected: 0 });
  });

  it("a combined name and address cell is the sender's name and address, each withheld wherever else it is written", async () => {
    const r = await readCasesAll(row("Họ tên, địa chỉ người gửi"));
    expect(r.records[0]).toMatchObject({ senderName: "Đinh Mật Danh", senderAddress: "số 9 xóm Kín Đáo" });
    // With an address column of its own, the cell is the name as written.
    const own = await readCasesAll(
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Họ tên, địa chỉ người gửi;Địa chỉ\nK-1;02/03/2026;Đơn thư;Tố cáo;Đinh Mật Danh, số 9;Số 9 xóm Kín Đáo\n",
    );
    expect(own.records[0]).toMatchObject({ senderName: "Đinh Mật Danh, số 9", senderAddress: "Số 9 xóm Kín Đáo" });
    expect(r.problems.find((p) => p.code === "COLUMN_GUESSED")?.message).toBe(
      "Cột “Họ tên, địa chỉ người gửi” được đọc là cột “Người gửi” (họ tên của người tố cáo được giữ bí mật). Nên đổi tiêu đề cột thành “Người gửi” và ghi địa chỉ vào cột “Địa chỉ” riêng.",
    );
  });

  it("a sender column not read (a second “Người gửi”, “Tên người tố cáo” beside “Người gửi”) gives a denunciation's cells to withhold, and nothing of other rows", async () => {
    const csv = [
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Người gửi;Người gửi;Tên người tố cáo;Nội dung",
      "K-1;02/03/2026;Đơn thư;Tố cáo;Đinh Mật Danh;Số 9 xóm Kín Đáo;Bùi Giấu Tên;Cán bộ nhận tiền",
      "K-2;03/03/2026;Đơn thư;Phản ánh;Lê Hai;Thôn 1;Lê Ba;Đường hỏng",
    ].join("\n");
    const r = await readCasesAll(`${csv}\n`);
    expect(r.rows).toEqual({ read: 2, accepted: 2, rejected: 0 });
    expect(r.withheldIdentities).toEqual(["Số 9 xóm Kín Đáo", "Bùi Giấu Tên"]);
    expect(r.problems.map((p) => p.code)).toEqual(["COLUMN_DUPLICATE", "COLUMN_UNKNOWN"]);
    const merged = await readRegisterFiles<Case>("cases", [{ name: "a.csv", data: `${csv}\n` }]);
    expect(merged.withheldIdentities).toEqual(["Số 9 xóm Kín Đáo", "Bùi Giấu Tên"]);
  });
});

describe("review s21 K2: a register with no sender column at all", () => {
  it("withholds what its other columns hold on a denunciation's row when it reads as a name or a house's address", async () => {
    const csv = [
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Khách;Nơi liên hệ;Ghi chú;Họ tên người bị tố cáo;Nội dung",
      "K-1;02/03/2026;Đơn thư;Tố cáo;Đinh Mật Danh;Số 9 xóm Kín Đáo;xã An Bình;Lê Văn Quan;Cán bộ nhận tiền",
      "K-2;03/03/2026;Đơn thư;Phản ánh;Lê Hai;Số 1 thôn 1;Thôn 1;;Đường hỏng",
    ].join("\n");
    const r = await readCasesAll(`${csv}\n`);
    expect(r.rows).toEqual({ read: 2, accepted: 2, rejected: 0 });
    // Not a place without a house number, not the person denounced, and nothing of the petition's row.
    expect(r.withheldIdentities).toEqual(["Đinh Mật Danh", "Số 9 xóm Kín Đáo"]);
    expect(r.problems.map((p) => p.code)).toContain("DENUNCIATION_NO_SENDER");
  });
});

describe("review s21b T1, T2: the safety net reads a person's column as a sender's, and only such a column", () => {
  const read = (header: string, cell: string) =>
    readCasesAll(
      `Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;${header};Nội dung\nK-1;02/03/2026;Đơn thư;Tố cáo;${cell};Cán bộ nhận tiền\n`,
    );
  it.each([
    ["Đinh Mật Danh, SĐT 0912345678"],
    ["Đinh Mật Danh - cán bộ hưu trí"],
    ["Đinh Mật Danh, 45 Lê Lợi"],
    ["ông Đinh Mật Danh và vợ"],
    ["đinh mật danh"],
  ])("“Khách” = “%s”: the person it names is withheld", async (cell) => {
    const r = await read("Khách", cell);
    expect(r.withheldIdentities).toContain(cell);
    if (cell !== "đinh mật danh") expect(r.withheldIdentities).toContain("Đinh Mật Danh");
  });
  it.each([
    ["Địa bàn", "Hòa Lạc"],
    ["Phụ trách", "Nguyễn Văn Bình"],
    ["Ghi chú", "Nguyễn Văn Bình"],
    ["Nơi liên hệ", "Thôn 3"],
  ])("“%s” = “%s”: a place, a role, a note, a place without a house number are not", async (header, cell) => {
    expect((await read(header, cell)).withheldIdentities).toEqual([]);
  });
});

describe("withheldIdentities of a JSON register's denunciation that cannot be read (review s19x F2)", () => {
  const line = (id: string, kind: string, sender: string, address: string, content: string) =>
    `{"Mã số":"${id}","Ngày tiếp nhận":"02/03/2026","Hình thức tiếp nhận":"Đơn thư","Loại":"${kind}","Người gửi":"${sender}","Địa chỉ":"${address}","Nội dung":"${content}"}`;

  it("a line whose JSON is broken gives its sender when it speaks of a denunciation, and not otherwise", async () => {
    const text = [
      line("N-1", "Phản ánh", "Lê Thường", "Thôn 1", "Phản ánh việc ông Đinh Mật Danh bị đe dọa"),
      line("N-2", "Tố cáo", "Đinh Mật Danh", "Số 9 xóm Kín Đáo", "Tố cáo").replace(',"Địa chỉ"', ' "Địa chỉ"'),
      `${line("N-3", "Tố cáo", "Bùi Giấu Tên", "Số 12 ấp Bí Mật", "Tố cáo").slice(0, -1)},}`,
      `${line("N-4", "Kiến nghị", "Lê Bốn", "Số 3 thôn 1", "Kiến nghị").slice(0, -1)},}`,
    ].join("\n");
    const r = await readCasesAll(`${text}\n`, { fileName: "so.ndjson" });
    expect(r.rows).toEqual({ read: 4, accepted: 1, rejected: 3 });
    expect(r.withheldIdentities).toEqual(["Đinh Mật Danh", "Số 9 xóm Kín Đáo", "Bùi Giấu Tên", "Số 12 ấp Bí Mật"]);
  });

  it("an element that is a list, not an object: its texts that read as a name or a house's address", async () => {
    const text = `[${line("A-1", "Phản ánh", "Lê Thường", "Thôn 1", "Phản ánh")},["A-2","03/03/2026","Đơn thư","Tố cáo","Đất đai","Đinh Mật Danh","Số 9 xóm Kín Đáo"]]`;
    const r = await readCasesAll(text, { fileName: "so.json" });
    expect(r.rows).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect(r.withheldIdentities).toEqual(["Đinh Mật Danh", "Số 9 xóm Kín Đáo"]);
  });
});

describe("withheldIdentities of a row whose cells do not line up (review s13 #1, #2)", () => {
  const HEAD = "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi;Địa chỉ;Số người;Nội dung;Hướng xử lý";
  const read = async (...rows: string[]) => (await readCasesAll(`${HEAD}\n${rows.join("\n")}\n`)).withheldIdentities;

  it.each([
    [
      "a list typed into “Lĩnh vực” (two more cells): the fields are no names, the sender is found",
      "TC-1;10/03/2026;Đơn thư;Tố cáo;Đất đai;Xây dựng;Môi trường;Lê Thị Khuyếnh;Số 9, ngõ Kín;1;Tố cáo cán bộ;Giải quyết",
      ["Lê Thị Khuyếnh", "Số 9, ngõ Kín"],
    ],
    [
      "two more cells inside the address: the name where it is, the address joined again",
      "TC-2;10/03/2026;Đơn thư;Tố cáo;Đất đai;Đặng Hữu Nghĩa;Số 12; thôn 3; xã An Bình;1;Tố cáo cán bộ;Giải quyết",
      ["Đặng Hữu Nghĩa", "Số 12; thôn 3; xã An Bình"],
    ],
    [
      "a cell left out before the name",
      "TC-3;10/03/2026;Đơn thư;Tố cáo;Trịnh Công Sáu;Số 4, thôn 1;1;Tố cáo cán bộ;Giải quyết",
      ["Trịnh Công Sáu", "Số 4, thôn 1"],
    ],
    [
      "a sender cell naming several people, with forms of address and a note",
      "TC-4;31/02/2026;Đơn thư;Tố cáo;Đất đai;Bà Lê Thị Khuyếnh, ông Trần Văn Bình (trưởng thôn) và 5 hộ dân;;1;Tố cáo;Giải quyết",
      ["Bà Lê Thị Khuyếnh, ông Trần Văn Bình (trưởng thôn) và 5 hộ dân", "Lê Thị Khuyếnh", "Trần Văn Bình"],
    ],
    [
      "a cell left out and a “;” inside the content: the right count, one column over in between (review s13b #5)",
      "TC-10;10/03/2026;Đơn thư;Tố cáo;Mai Văn Giáp;Số 8, thôn 7, xã Hòa Lạc;1;Tố cáo cán bộ địa chính; thu tiền sai;Giải quyết",
      ["Mai Văn Giáp", "Số 8, thôn 7, xã Hòa Lạc"],
    ],
  ])("%s", async (_name, row, expected) => {
    expect(await read(row)).toEqual(expected);
  });

  it.each([
    [
      "two senders split by a “;”, in small letters after the form of address (review s13b #4)",
      "TC-7;10/03/2026;Đơn thư;Tố cáo;Đất đai;ông Phùng Văn Tý;bà Chu Thị Sáu;Số 5, thôn 2;1;Tố cáo cán bộ;Giải quyết",
      ["bà Chu Thị Sáu", "Chu Thị Sáu", "ông Phùng Văn Tý", "Phùng Văn Tý", "Số 5, thôn 2"],
    ],
    [
      "an address without a house number, after a list in “Lĩnh vực” (review s13b #4)",
      "TC-8;10/03/2026;Đơn thư;Tố cáo;Đất đai;Môi trường;Y Moan Niê;Làng Kon Klor;1;Tố cáo cán bộ;Giải quyết",
      ["Y Moan Niê", "Làng Kon Klor"],
    ],
  ])("%s", async (_name, row, expected) => {
    expect(await read(row)).toEqual(expected);
  });

  it("a workbook row pasted one column over is realigned (review s13b #3)", async () => {
    const merged = await readRegisterFiles<Case>("cases", [{ name: "so.xlsx", data: ZIP }], {
      xlsx: fakeXlsx([
        ["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Lĩnh vực", "Người gửi", "Địa chỉ", "Số người", ""],
        ["TC-9", "10/03/2026", "Đơn thư", "Tố cáo", "", "Đất đai", "Hà Thị Thân", "Số 21, thôn 7", "1"],
        ["KN-9", "10/03/2026", "Đơn thư", "Kiến nghị", "Đất đai", "Lý Văn Một", "Thôn 1", "1", ""],
      ]),
    });
    expect(merged.rows).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect(merged.withheldIdentities).toEqual(["Hà Thị Thân", "Số 21, thôn 7"]);
  });

  it("the rows a quote never closed swallowed give their denouncers", async () => {
    const ids = await read(
      'KN-1;10/03/2026;Đơn thư;Kiến nghị;Đất đai;Nguyễn Văn Thường;Thôn 1;1;"Đơn về đất;Giải quyết',
      "TC-5;11/03/2026;Đơn thư;Tố cáo;Đất đai;Quách Tĩnh Tâm;Thôn 2;1;Tố cáo cán bộ;Giải quyết",
      'KN-2;12/03/2026;Đơn thư;Kiến nghị;Đất đai;Phạm Văn Hai;Thôn 3;1;Đơn" về nhà;Giải quyết',
    );
    expect(ids).toContain("Quách Tĩnh Tâm");
    expect(ids).toContain("Thôn 2");
    expect(ids).not.toContain("Phạm Văn Hai");
  });

  it("a JSON register's object in the sender cells: each of its texts", async () => {
    const r = await readCasesAll(
      JSON.stringify([
        {
          "Mã số": "TC-6",
          "Ngày tiếp nhận": "10/03/2026",
          "Hình thức tiếp nhận": "Đơn thư",
          Loại: "Tố cáo",
          "Người gửi": { hoTen: "Lê Thị Khuyếnh" },
          "Địa chỉ": { a: "Số 9 ngõ Kín" },
        },
      ]),
      { fileName: "so.json" },
    );
    expect(r.rows.rejected).toBe(1);
    expect(r.withheldIdentities).toEqual(expect.arrayContaining(["Lê Thị Khuyếnh", "Số 9 ngõ Kín"]));
  });
});

describe("correctRegister: the corrected register as tiepdan validate --fix writes it", () => {
  it.each([
    [
      "canonical values for rows without errors, rows with errors as they were",
      "Mã buổi,Ngày,Loại\nB1,5/1/2026,dinh ky\nB2,31/02/2026,dot xuat\n",
      {},
      "\uFEFFMã buổi;Ngày;Loại\r\nB1;05/01/2026;Định kỳ\r\nB2;31/02/2026;dot xuat\r\n",
      { normalised: 1, keptAsIs: 1 },
    ],
    [
      "mapped headers written as their labels, edits in the output",
      "Số buổi;Hôm;Loại\nB1;5/1/2026;dinh ky\nB2;31/02/2026;dot xuat\n",
      { columns: { "Số buổi": "id", Hôm: "Ngày tiếp" }, edits: [{ row: 3, column: "Hôm", value: "3/2/2026" }] },
      "\uFEFFMã buổi;Ngày tiếp;Loại\r\nB1;05/01/2026;Định kỳ\r\nB2;03/02/2026;Đột xuất\r\n",
      { normalised: 2, keptAsIs: 0 },
    ],
  ])("%s", async (_, input, options, text, counts) => {
    const corrected = await correctRegister("sessions", input, options);
    expect(corrected.text).toBe(text);
    expect(corrected.counts).toEqual(counts);
    expect(corrected.result.rows.read).toBe(2);
    // The corrected file reads without the mapping, with the same records.
    const again = await readSessionsAll(corrected.text);
    expect(again.rows.accepted).toBe(counts.normalised);
  });

  it("keeps title rows and unknown columns", async () => {
    const { text, result } = await correctRegister(
      "cases",
      "SỔ THEO DÕI ĐƠN\nMã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Ghi chú riêng\nMS-1;2026-03-05;don thu;kien nghi;xem lại\n",
    );
    expect(text).toBe(
      "\uFEFFSỔ THEO DÕI ĐƠN\r\nMã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Ghi chú riêng\r\nMS-1;05/03/2026;Đơn thư;Kiến nghị;xem lại\r\n",
    );
    expect(result.layout.headerRow).toBe(2);
  });
});

describe("readRegisterFiles of a workbook given once per sheet, as the web page keeps it (review s14c F1)", () => {
  it("opens it once and still names the sheets left that may have been registers", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const { xlsx } = await import("../xlsx/xlsx.js");
    const wb = new ExcelJS.Workbook();
    const header = ["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại"];
    wb.addWorksheet("Tháng 01").addRows([header, ["T1-1", "05/01/2026", "Đơn thư", "Kiến nghị"]]);
    wb.addWorksheet("Tháng 02").addRows([header, ["T2-1", "05/02/2026", "Đơn thư", "Kiến nghị"]]);
    wb.addWorksheet("Tổng hợp").addRows([
      ["Lĩnh vực", "Số người"],
      ["Đất đai", 3],
    ]);
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await readRegisterFiles<Case>(
      "cases",
      ["Tháng 01", "Tháng 02"].map((sheet) => ({ name: `so.xlsx (trang ${sheet})`, data, options: { sheet } })),
      { xlsx },
    );
    expect(r.rows).toEqual({ read: 2, accepted: 2, rejected: 0 });
    expect(r.problems.map((p) => [p.file, p.problem.code])).toEqual([
      ["so.xlsx (trang Tháng 01)", "XLSX_SHEETS_SKIPPED"],
    ]);
    expect(r.problems[0]?.problem.message).toContain("“Tổng hợp”");
  });
});

describe("a workbook holding both registers (one sheet each), given to both options", () => {
  const book = async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    // The cases register names columns the sessions register has too (Đơn vị, Số người, Nội dung): it must not be
    // read as a sessions register whose every row is rejected.
    wb.addWorksheet("Sổ đơn").addRows([
      ["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Số người", "Nội dung", "Đơn vị"],
      ["MS-1", "05/01/2026", "Tiếp trực tiếp", "Kiến nghị", 1, "Đường làng", "Đảng ủy xã An Bình"],
    ]);
    wb.addWorksheet("Sổ buổi tiếp").addRows([
      ["Mã buổi", "Ngày tiếp", "Loại", "Người chủ trì", "Số người", "Đơn vị"],
      ["B-1", "05/01/2026", "Định kỳ", "Bí thư", 3, "Đảng ủy xã An Bình"],
    ]);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  };

  it("reads each sheet as its own kind only", async () => {
    const { xlsx } = await import("../xlsx/xlsx.js");
    const data = await book();
    const sessions = await readSessionsAll(data, { fileName: "so.xlsx", xlsx });
    expect(sessions.rows).toEqual({ read: 1, accepted: 1, rejected: 0 });
    expect(sessions.problems.map((p) => [p.code, p.message])).toEqual([
      [
        "XLSX_SHEETS_SKIPPED",
        "Không đọc 1 trang tính của tệp Excel như sổ buổi tiếp dân: “Sổ đơn”: là sổ theo dõi đơn, đọc bằng tùy chọn --cases.",
      ],
    ]);
    const cases = await readCasesAll(data, { fileName: "so.xlsx", xlsx });
    expect(cases.rows).toEqual({ read: 1, accepted: 1, rejected: 0 });
  });

  it("reads a month of cases headed 'Ngày tiếp' (the Sổ tiếp công dân's column) as cases, its missing column an error (review s15 F1)", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const { xlsx } = await import("../xlsx/xlsx.js");
    const wb = new ExcelJS.Workbook();
    const header = ["Mã số", "Ngày tiếp", "Hình thức tiếp nhận", "Phân loại", "Họ tên", "Địa chỉ", "Nội dung vụ việc"];
    for (const month of ["T1", "T2"])
      wb.addWorksheet(month).addRows([
        header,
        [`${month}-01`, "05/01/2026", "Tiếp trực tiếp", "Kiến nghị", "A", "B", "C"],
      ]);
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await readRegisterFiles<Case>("cases", [{ name: "so.xlsx", data }], { xlsx });
    expect(r.perFile.map((f) => f.file)).toEqual(["so.xlsx (trang T1)", "so.xlsx (trang T2)"]);
    expect(r.rows).toEqual({ read: 2, accepted: 0, rejected: 2 });
    expect(r.problems.some((p) => p.problem.code === "XLSX_SHEETS_SKIPPED")).toBe(false);
  });

  it("does not name the other register's sheet when the same workbook is read as that register too", async () => {
    const { xlsx } = await import("../xlsx/xlsx.js");
    const data = await book();
    const sessions = await readSessionsAll(data, { fileName: "so.xlsx", xlsx, otherKindRead: true });
    expect(sessions.problems).toEqual([]);
    const cases = await readCasesAll(data, { fileName: "so.xlsx", xlsx, otherKindRead: true });
    expect(cases.problems).toEqual([]);
  });
});

describe("rows of a printed form with only their number or unit filled down are blank rows (review s19x F10)", () => {
  const HEAD = "STT;Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Đơn vị";
  it.each([
    ["numbers only", (n: number) => `${n};;;;;`, "Các dòng 3–6 (4 dòng)"],
    ["the unit filled down", (_n: number) => `;;;;;Đảng ủy xã An Bình`, "Các dòng 3–6 (4 dòng)"],
  ])("%s: not read, said once", async (_what, empty, said) => {
    const rows = [HEAD, "1;MS-1;05/03/2026;Đơn thư;Kiến nghị;Đảng ủy xã An Bình", ...[2, 3, 4, 5].map(empty)];
    const r = await readCasesAll(`${rows.join("\n")}\n`);
    expect(r.rows).toEqual({ read: 1, accepted: 1, rejected: 0 });
    expect(r.problems.map((p) => [p.code, p.row])).toEqual([["ROW_NOT_DATA", 3]]);
    expect(r.problems[0]?.message).toContain(`${said} chỉ có số thứ tự hoặc tên đơn vị`);
  });

  it("a row with anything of a case is read, and refused for what it lacks", async () => {
    const r = await readCasesAll(`${HEAD}\n1;MS-1;05/03/2026;Đơn thư;Kiến nghị;\n2;;;;Khiếu nại;\n`);
    expect(r.rows).toEqual({ read: 2, accepted: 1, rejected: 1 });
  });
});

describe("messages of a workbook's cells say what a clerk sees (review s19x F15, F16)", () => {
  it("a date before the receipt written as an Excel number is shown as the date, with the number; TRUE is no list", async () => {
    const rows = [
      ["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Ngày có kết quả", "Số người"],
      ["E-07", "02/03/2026", "Đơn thư", "Kiến nghị", 46082, 1],
      ["E-08", "02/03/2026", "Đơn thư", "Kiến nghị", null, true],
    ];
    const r = await readCasesAll(ZIP, { fileName: "so.xlsx", xlsx: fakeXlsx(rows) });
    expect(r.problems.find((p) => p.code === "DATE_BEFORE_RECEIVED")?.message).toContain(
      "Ngày có kết quả 01/03/2026 (ô ghi “46082”) trước ngày tiếp nhận 02/03/2026.",
    );
    expect(r.problems.find((p) => p.code === "VALUE_TYPE")?.message).toContain(
      "phải là số, không phải Đúng/Sai (TRUE/FALSE) của Excel.",
    );
  });
});

describe("a JSON register that is not a list of rows is said what it is (review s19x F19)", () => {
  it.each([
    ['{"Mã số":"A","Ngày tiếp nhận":"02/03/2026"}', "Tệp JSON chỉ có một đối tượng"],
    ['{"cases":[],"sessions":[]}', "Tệp JSON có 2 danh sách (“cases”, “sessions”)"],
    ['[{"Mã số":"A","Số người":NaN}]', "JSON không có giá trị “NaN”; ô trống thì ghi null"],
  ])("%s", async (text, said) => {
    const r = await readCasesAll(text, { fileName: "so.json" });
    expect(r.problems[0]?.message).toContain(said);
  });
});

describe("review s19c: what the fixes of s19x must not do", () => {
  it("C4: a broken JSON line's escaped letters are read before its sender is withheld", async () => {
    const line = `{"Mã số":"N-2","Loại":"T\\u1ed1 c\\u00e1o","Người gửi":"\\u0110inh M\\u1eadt Danh","Số người":NaN}`;
    const r = await readCasesAll(`${line}\n{"Mã số":"N-3","Loại":"Phản ánh"}\n`, { fileName: "so.ndjson" });
    expect(r.withheldIdentities).toContain("Đinh Mật Danh");
  });

  it("C5: with only “Đơn vị” recognised, rows are read and refused, not skipped as blank", async () => {
    const r = await readCasesAll("Số hồ sơ;Ngày nhận hồ sơ;Đơn vị\nHS-1;05/03/2026;Đảng ủy xã An Bình\n");
    expect(r.rows).toEqual({ read: 1, accepted: 0, rejected: 1 });
  });

  it("C14: a row with a note in a column not read is read (and refused for what it lacks), not skipped", async () => {
    const r = await readCasesAll(
      "STT;Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Ghi chú\n1;MS-1;05/03/2026;Đơn thư;Kiến nghị;\n2;;;;;Đơn đến lần 2, chưa vào sổ\n",
    );
    expect(r.rows).toEqual({ read: 2, accepted: 1, rejected: 1 });
  });
});

describe("column titles on two rows, a title merged over the columns' own (review s23 W23-2)", () => {
  it("an Excel register: “Ngày” merged over “Tiếp nhận” and “Thông báo”, “Người gửi” over “Họ tên” and “Địa chỉ”", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const { xlsx } = await import("../xlsx/xlsx.js");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sổ 2026");
    ws.addRows([
      ["STT", "Mã số", "Ngày", null, "Hình thức tiếp nhận", "Loại", "Người gửi", null, "Nội dung"],
      [null, null, "Tiếp nhận", "Thông báo", null, null, "Họ tên", "Địa chỉ", null],
      [1, "MS-1", "05/01/2026", "12/01/2026", "Đơn thư", "Kiến nghị", "Lê Văn An", "Thôn 1", "Sửa đường"],
      [2, "MS-2", "06/01/2026", null, "Trực tiếp", "Phản ánh", "Trần Thị Bình", "Thôn 2", "Đèn đường"],
    ]);
    for (const range of ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:F2", "G1:H1", "I1:I2"]) ws.mergeCells(range);
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await readCasesAll(data, { fileName: "so.xlsx", xlsx });
    expect(r.rows).toEqual({ read: 2, accepted: 2, rejected: 0 });
    expect(r.records.map((c) => [c.id, c.receivedOn, c.notifiedOn, c.senderName, c.senderAddress])).toEqual([
      ["MS-1", "2026-01-05", "2026-01-12", "Lê Văn An", "Thôn 1"],
      ["MS-2", "2026-01-06", undefined, "Trần Thị Bình", "Thôn 2"],
    ]);
    expect(r.layout.columns.filter((c) => c.field).map((c) => [c.header, c.field])).toEqual([
      ["Mã số", "id"],
      ["Ngày Tiếp nhận", "receivedOn"],
      ["Ngày Thông báo", "notifiedOn"],
      ["Hình thức tiếp nhận", "channel"],
      ["Loại", "kinds"],
      ["Người gửi", "senderName"],
      ["Địa chỉ Người gửi", "senderAddress"],
      ["Nội dung", "content"],
    ]);
    expect(r.problems.map((p) => [p.code, p.row, p.message])).toMatchInlineSnapshot(`
      [
        [
          "HEADER_TWO_ROWS",
          2,
          "Tiêu đề cột viết trên hai dòng (dòng 1 và dòng 2): dòng 2 được đọc cùng dòng 1 làm tiêu đề, không đọc như dữ liệu; tên cột đọc từ hai dòng: “Ngày Tiếp nhận”, “Ngày Thông báo”, “Địa chỉ Người gửi”. Kiểm tra lại tên các cột này.",
        ],
      ]
    `);
  });

  it.each([
    [
      "“Xử lý” over “Hình thức” and “Cơ quan”: the route and the handling body",
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Xử lý;\n;;;;Hình thức;Cơ quan\nMS-1;05/01/2026;Đơn thư;Kiến nghị;Chuyển;UBND xã\n",
      [
        ["Xử lý", "route"],
        ["Cơ quan Xử lý", "handlingBody"],
      ],
    ],
    [
      "“Đơn vị” over “Tiếp nhận” and “Xử lý”: the unit, and no route read from the second",
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Đơn vị;\n;;;;Tiếp nhận;Xử lý\nMS-1;05/01/2026;Đơn thư;Kiến nghị;Xã An Bình;UBND xã An Bình\n",
      [["Đơn vị", "unit"]],
      // The second row reads no column better than the first: it stays a row, rejected with its reasons, not lost.
      { read: 2, accepted: 1, rejected: 1 },
    ],
  ] as [string, string, string[][], { read: number; accepted: number; rejected: number }?][])(
    "review s23r R23-3: %s",
    async (_name, text, columns, rows = { read: 1, accepted: 1, rejected: 0 }) => {
      const r = await readCasesAll(text);
      expect(r.rows).toEqual(rows);
      const read = r.layout.columns.filter(
        (c) => c.field && !["id", "receivedOn", "channel", "kinds"].includes(c.field),
      );
      expect(read.map((c) => [c.header, c.field])).toEqual(columns);
    },
  );

  it("review s23r R23-3: a sessions register's “Số lượt” over “Người” and “Vụ việc” reads no list of cases", async () => {
    const r = await readSessionsAll("Mã buổi;Ngày tiếp;Loại;Số lượt;\n;;;Người;Vụ việc\nB-1;05/01/2026;Định kỳ;3;2\n");
    expect(r.records.map((s) => [s.id, s.people, s.caseIds])).toEqual([["B-1", 3, undefined]]);
  });

  it("review s23r R23-4: a first row of values without digits under a one-row header is data, never titles", async () => {
    const r = await readCasesAll(
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Người gửi;Nội dung;Ghi chú\n;;Đơn thư;Tố cáo;Lê Văn C;Tố cáo chủ tịch xã;Nổi cộm\nA2;05/01/2026;Đơn thư;Kiến nghị;Lê Văn D;Sửa đường;\n",
    );
    expect(r.rows).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect(r.problems.map((p) => p.code)).not.toContain("HEADER_TWO_ROWS");
  });

  it("a CSV saved from such a sheet reads the same; a row of words under a one-row header stays data", async () => {
    const twoRows = await readCasesAll(
      "Mã số;Ngày;;Hình thức tiếp nhận;Loại\n;Tiếp nhận;Thông báo;;\nMS-1;05/01/2026;12/01/2026;Đơn thư;Kiến nghị\n",
    );
    expect(twoRows.records.map((c) => [c.id, c.receivedOn, c.notifiedOn])).toEqual([
      ["MS-1", "2026-01-05", "2026-01-12"],
    ]);
    expect(twoRows.problems.map((p) => p.code)).toEqual(["HEADER_TWO_ROWS"]);
    // Words under the header that name no column with the titles above: a row of the register, rejected as one.
    const oneRow = await readCasesAll(
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại\nchưa ghi;chưa ghi;Đơn thư;Kiến nghị\nMS-1;05/01/2026;Đơn thư;Kiến nghị\n",
    );
    expect(oneRow.rows).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect(oneRow.problems.map((p) => p.code)).not.toContain("HEADER_TWO_ROWS");
  });
});
