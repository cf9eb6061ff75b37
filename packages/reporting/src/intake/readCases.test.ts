import { describe, expect, it } from "vitest";
import { receivedYearMismatch, yearInCode } from "./_lib/validateTable.js";
import { readCases, readCasesAll } from "./readCases.js";
import { readSessionsAll } from "./readSessions.js";
import { correctRegister } from "./registers.js";

const HEAD = "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Người gửi;Địa chỉ;Nội dung";

describe("readCases: registers in, validated cases and problems out (DESIGN.md “Registers”, “Problems”)", () => {
  it("reads the core columns into Case records, with diacritics or without, any case", async () => {
    const { records, rows, problems } = await readCasesAll(
      "ma so,NGAY TIEP NHAN,hình thức TIẾP NHẬN,loai,So nguoi,Cơ quan liên quan\nMS-1,05/03/2026,Tiếp trực tiếp,Khiếu nại; kiến nghị,6,Công an tỉnh; UBND xã\n",
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual({ read: 1, accepted: 1, rejected: 0 });
    expect(records).toEqual([
      {
        id: "MS-1",
        receivedOn: "2026-03-05",
        channel: "inPerson",
        kinds: ["petition", "complaint"],
        people: 6,
        relatedBodies: ["Công an tỉnh", "UBND xã"],
      },
    ]);
  });

  it("reports each bad cell with its row, column, value and a Vietnamese message", async () => {
    const { problems, rows } = await readCasesAll(
      `${HEAD}\nMS-1;31/02/2026;Fax;Khiếu nại;A;B;C\nMS-1;05/03/2026;Đơn thư;Phản ánh;A;B;C\n`,
    );
    // The first row holds the id even though it is rejected: the second is still a repeat.
    expect(rows).toEqual({ read: 2, accepted: 0, rejected: 2 });
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
          "code": "VALUE_UNKNOWN",
          "column": "Hình thức tiếp nhận",
          "field": "channel",
          "message": "“Fax” không phải giá trị của cột “Hình thức tiếp nhận”. Cho phép: Tiếp trực tiếp, Đơn thư, Trực tuyến, Điện thoại, Cơ quan khác chuyển đến.",
          "row": 2,
          "severity": "error",
          "value": "Fax",
        },
        {
          "code": "ID_DUPLICATE",
          "column": "Mã số",
          "field": "id",
          "message": "Mã số “MS-1” đã dùng ở dòng 2; dòng này bị loại (dòng 2 được giữ). Cho phép: mỗi dòng một mã riêng.",
          "row": 3,
          "severity": "error",
          "value": "MS-1",
        },
      ]
    `);
  });

  it("DESIGN.md “Problems” ID_DUPLICATE: every repeat names the first row of its id, before and after the first repeat", async () => {
    const ids = ["MS-1", "MS-2", "MS-3", "MS-2", "MS-4", "ms-1", "MS-4", "MS-2", "MS-5", "MS-3", "MS-6"];
    const text = `${HEAD}\n${ids.map((id) => `${id};05/03/2026;Đơn thư;Phản ánh;A;B;C`).join("\n")}\n`;
    const { problems, rows } = await readCasesAll(text);
    expect(rows).toEqual({ read: 11, accepted: 6, rejected: 5 });
    expect(problems.map((p) => `${p.row}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "5: Mã số “MS-2” đã dùng ở dòng 3; dòng này bị loại (dòng 3 được giữ). Cho phép: mỗi dòng một mã riêng.",
        "7: Mã số “ms-1” trông giống mã “MS-1” ở dòng 2 (chỉ khác chữ hoa/thường, dấu cách, ký tự vô hình hoặc chữ Kirin, Hy Lạp giống chữ Latinh): coi là cùng một mã, dòng này bị loại (dòng 2 được giữ). Cho phép: mỗi dòng một mã riêng.",
        "8: Mã số “MS-4” đã dùng ở dòng 6; dòng này bị loại (dòng 6 được giữ). Cho phép: mỗi dòng một mã riêng.",
        "9: Mã số “MS-2” đã dùng ở dòng 3; dòng này bị loại (dòng 3 được giữ). Cho phép: mỗi dòng một mã riêng.",
        "11: Mã số “MS-3” đã dùng ở dòng 4; dòng này bị loại (dòng 4 được giữ). Cho phép: mỗi dòng một mã riêng.",
      ]
    `);
  });

  it("Luật Tố cáo 2018 Điều 8 k3, Điều 47: problems of a denunciation row never carry its identity values", async () => {
    const text = `${HEAD}\nMS-1;05/03/2026;Đơn thư;Khiếu nại, Tố cáo;"Trần" Bí Mật;Thôn \uFFFD;Nội \uFFFD\nMS-2;05/03/2026;Đơn thư;Khiếu nại;"Lê" Công Khai;Thôn 2;x\n`;
    const { problems } = await readCasesAll(text);
    const row2 = problems.filter((p) => p.row === 2);
    expect(row2.map((p) => [p.code, p.column, "value" in p])).toEqual([
      ["CSV_QUOTE_STRAY", "Người gửi", false],
      ["VALUE_ENCODING", "Địa chỉ", false],
      ["VALUE_ENCODING", "Nội dung", false],
    ]);
    expect(JSON.stringify(row2)).not.toMatch(/Bí Mật|Thôn/);
    // A complaint only: the value is shown.
    expect(problems.find((p) => p.row === 3)?.value).toBe('"Lê" Công Khai');
  });

  it("DESIGN.md “Registers”: a row with only warnings is accepted; blank lines are skipped and not counted", async () => {
    const { rows, problems } = await readCasesAll(`${HEAD}\n\n;;;;;;\nMS-1;05/03/2026;Đơn thư;Tố cáo;;;\n  \n`);
    expect(rows).toEqual({ read: 1, accepted: 1, rejected: 0 });
    expect(problems.map((p) => [p.code, p.severity, p.row])).toEqual([
      ["DENUNCIATION_NO_CONTENT", "warning", 4],
      ["DENUNCIATION_NO_SENDER", "warning", 4],
    ]);
  });

  it.each([
    "Nặc danh",
    "KHUYẾT DANH",
    "ẩn danh",
    "Không rõ họ tên",
    "Nặc danh, 0912345678",
    "(Nặc  danh)",
    "-",
    "Đơn nặc danh",
  ])(
    "a sender written “%s” makes the letter anonymous, said without repeating the cell (review s22b W13)",
    async (written) => {
      const { records, problems, rows } = await readCasesAll(
        `${HEAD}\nMS-1;05/03/2026;Đơn thư;Tố cáo;${written};Thôn 2;Tố cáo cán bộ xã\nMS-2;05/03/2026;Đơn thư;Phản ánh;Nặc Danh Thị Lan;Thôn 2;x\n`,
      );
      expect(rows).toEqual({ read: 2, accepted: 2, rejected: 0 });
      expect(records[0]).toMatchObject({ anonymous: true });
      expect(records[0]?.senderName).toBeUndefined();
      // A name that merely begins so is a name.
      expect(records[1]).toMatchObject({ senderName: "Nặc Danh Thị Lan" });
      expect(records[1]?.anonymous).toBeUndefined();
      expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([["SENDER_ANONYMOUS", 2, "Người gửi"]]);
      expect(problems.some((p) => "value" in p)).toBe(false);
      // ("Nặc danh" is also the name of the column the message points to.)
      if (!/^\(?Nặc/u.test(written) && written !== "-") expect(JSON.stringify(problems)).not.toContain(written);
    },
  );

  it("a “Nặc danh” sender beside “Nặc danh: Không” is anonymous, and the message says the two cells disagree (review s22c X13, s23r R23-9: “0”, “K”, “Sai” as well as “Không”)", async () => {
    const { records, problems } = await readCasesAll(
      `${HEAD};Nặc danh\nMS-1;05/03/2026;Đơn thư;Tố cáo;Nặc danh;Thôn 2;Tố cáo cán bộ xã;0\n`,
    );
    expect(records[0]).toMatchObject({ anonymous: true });
    expect(problems.map((p) => [p.code, p.row, p.column, p.message])).toMatchInlineSnapshot(`
      [
        [
          "SENDER_ANONYMOUS",
          2,
          "Người gửi",
          "Ô “Người gửi” ghi đơn không có tên người gửi (cột “Nặc danh” lại ghi là không phải đơn nặc danh): vụ việc được coi là đơn nặc danh (không có văn bản gửi người gửi, không tính thời hạn thông báo). Để trống ô này và ghi Có ở cột “Nặc danh”. Cho phép: họ tên người gửi, hoặc để trống và Nặc danh: Có.",
        ],
      ]
    `);
  });

  it("a result dated before the acceptance is accepted with DATE_BEFORE_ACCEPTED, its dates not quoted on a denunciation (review s23r R23-8)", async () => {
    const head = "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Người gửi;Ngày thụ lý;Ngày có kết quả";
    const { rows, problems } = await readCasesAll(
      `${head}\nK-1;05/01/2026;Đơn thư;Khiếu nại;Lê Văn A;20/02/2026;10/02/2026\nT-1;05/01/2026;Đơn thư;Tố cáo;Lê Văn B;20/02/2026;10/02/2026\n`,
    );
    expect(rows).toEqual({ read: 2, accepted: 2, rejected: 0 });
    expect(problems.map((p) => [p.code, p.row, p.column, p.message])).toMatchInlineSnapshot(`
      [
        [
          "DATE_BEFORE_ACCEPTED",
          2,
          "Ngày có kết quả",
          "Ngày có kết quả 10/02/2026 trước ngày thụ lý 20/02/2026: thời hạn giải quyết, tính từ ngày thụ lý, không tính được. Cho phép: ngày có kết quả từ ngày thụ lý trở đi; kiểm tra lại hai ô.",
        ],
        [
          "DATE_BEFORE_ACCEPTED",
          3,
          "Ngày có kết quả",
          "Ngày có kết quả trước ngày thụ lý (không in lại giá trị: dòng tố cáo hoặc có thể là tố cáo được giữ bí mật): thời hạn giải quyết, tính từ ngày thụ lý, không tính được. Cho phép: ngày có kết quả từ ngày thụ lý trở đi; kiểm tra lại hai ô.",
        ],
        [
          "DENUNCIATION_NO_CONTENT",
          3,
          "",
          "Vụ việc tố cáo nhưng sổ không có cột “Nội dung”. Cho phép: tóm tắt nội dung tố cáo.",
        ],
      ]
    `);
  });

  it("“Giấu tên” is no anonymous letter: the denouncer asked for secrecy, the deadlines run (review s22c X9)", async () => {
    const { records, problems } = await readCasesAll(
      `${HEAD}\nMS-1;05/03/2026;Đơn thư;Tố cáo;Giấu tên;Thôn 2;Tố cáo\n`,
    );
    expect(records[0]?.anonymous).toBeUndefined();
    expect(problems.map((p) => p.code)).toEqual([]);
  });

  it("finds the header below title rows, and counts rows as the sheet does", async () => {
    const { problems, rows } = await readCasesAll(
      `SỔ THEO DÕI ĐƠN;;;\nNăm 2026;;;\n${HEAD}\nMS-1;xx;Đơn thư;Phản ánh;;;\n`,
    );
    expect(rows.read).toBe(1);
    expect(problems.map((p) => [p.code, p.row])).toEqual([
      ["HEADER_BELOW_TITLE", 3],
      ["DATE_FORMAT", 4],
    ]);
  });

  it.each([
    [",", 'Mã số,Ngày tiếp nhận,Hình thức tiếp nhận,Loại\nMS-1,05/03/2026,Đơn thư,"Khiếu nại; Tố cáo"\n'],
    [";", 'Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại\nMS-1;05/03/2026;Đơn thư;"Khiếu nại, Tố cáo"\n'],
    ["tab", "Mã số\tNgày tiếp nhận\tHình thức tiếp nhận\tLoại\nMS-1\t05/03/2026\tĐơn thư\tKhiếu nại, Tố cáo\n"],
    [
      "; with commas inside a quoted header",
      '"Mã số";"Vùng sâu, vùng xa";"Ngày tiếp nhận";"Hình thức tiếp nhận";"Loại"\nMS-1;x;05/03/2026;Đơn thư;"Khiếu nại, Tố cáo"\n',
    ],
  ])("detects the delimiter (%s) from the header line, outside quotes", async (_, text) => {
    const { records, problems } = await readCasesAll(text);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(records[0]?.kinds).toEqual(["complaint", "denunciation"]);
  });

  it("JSON: a one-line array element's row is its 1-based position; NDJSON's is its line", async () => {
    const json = JSON.stringify([
      { "Mã số": "A", "Ngày tiếp nhận": "05/03/2026", "Hình thức tiếp nhận": "Đơn thư", Loại: "Khiếu nại" },
      { id: "B", receivedOn: "2026-02-30", channel: "letter", kinds: ["complaint"] },
    ]);
    const a = await readCasesAll(json, { format: "json" });
    expect(a.problems.map((p) => [p.code, p.row, p.column])).toEqual([["DATE_INVALID", 2, "Ngày tiếp nhận"]]);
    const nd = `{"Mã số":"A","Ngày tiếp nhận":"05/03/2026","Hình thức tiếp nhận":"Đơn thư","Loại":"Khiếu nại"}\n\n{"Mã số":"B"}\n`;
    const b = await readCasesAll(nd, { fileName: "so.ndjson" });
    expect(b.problems.map((p) => [p.code, p.row])).toEqual([
      ["VALUE_REQUIRED", 3],
      ["VALUE_REQUIRED", 3],
      ["VALUE_REQUIRED", 3],
    ]);
  });

  it("a Buổi tiếp naming no session is a warning when the sessions are given", async () => {
    const text =
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Buổi tiếp\nA;05/03/2026;Đơn thư;Phản ánh;B-1\nB;05/03/2026;Đơn thư;Phản ánh;B-2\n";
    const { problems, rows } = await readCasesAll(text, { sessionIds: ["B-1"] });
    expect(rows.accepted).toBe(2);
    expect(problems.map((p) => [p.code, p.severity, p.row, p.value])).toEqual([
      ["SESSION_UNKNOWN", "warning", 3, "B-2"],
    ]);
    expect((await readCasesAll(text)).problems).toEqual([]);
  });

  it("ROW_NOT_DATA: the header again, the row numbering the columns, a total row are neither read nor counted (review s14 F3)", async () => {
    const text = [
      "SỔ THEO DÕI ĐƠN;;;;",
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Số người",
      "1;2;3;4;5",
      "MS-1;05/01/2026;Đơn thư;Kiến nghị;1",
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Số người",
      "MS-2;05/02/2026;Đơn thư;Tố cáo;1",
      "Tổng hợp-3;;Đơn thư;Kiến nghị;1",
      "Tổng cộng: 3 vụ việc;;;;3",
    ].join("\n");
    const { rows, problems, records } = await readCasesAll(text);
    expect(records.map((c) => c.id)).toEqual(["MS-1", "MS-2"]);
    expect(rows).toEqual({ read: 3, accepted: 2, rejected: 1 });
    expect(problems.map((p) => [p.row, p.code, p.severity, p.message])).toMatchInlineSnapshot(`
      [
        [
          2,
          "HEADER_BELOW_TITLE",
          "warning",
          "Dòng tiêu đề cột là dòng 2; dòng 1 phía trên được coi là tiêu đề của sổ và không đọc như dữ liệu.",
        ],
        [
          3,
          "ROW_NOT_DATA",
          "warning",
          "Dòng 3 là dòng đánh số thứ tự các cột (1, 2, 3, …): không đọc như một vụ việc.",
        ],
        [
          5,
          "ROW_NOT_DATA",
          "warning",
          "Dòng 5 lặp lại dòng tiêu đề cột (thường do dán thêm một khối dòng có tiêu đề): không đọc như một vụ việc.",
        ],
        [
          6,
          "DENUNCIATION_NO_CONTENT",
          "warning",
          "Vụ việc tố cáo nhưng sổ không có cột “Nội dung”. Cho phép: tóm tắt nội dung tố cáo.",
        ],
        [
          7,
          "VALUE_REQUIRED",
          "error",
          "Ô “Ngày tiếp nhận” bắt buộc nhưng bỏ trống. Cho phép: ngày/tháng/năm, ví dụ 05/03/2026, 5/3/2026, 05-03-2026 hoặc 2026-03-05.",
        ],
        [
          8,
          "ROW_NOT_DATA",
          "warning",
          "Dòng 8 là dòng tổng cộng (“Tổng cộng”): không đọc như một vụ việc; các số của báo cáo được tính từ từng dòng.",
        ],
      ]
    `);
    // The ways clerks write a total row (review s14b F7), and first cells that only begin like one.
    for (const [first, total] of [
      ["Tổng cộng quý I", true],
      ["Cộng tháng 01", true],
      ["TỔNG CỘNG (6 vụ việc)", true],
      ["Tổng số vụ việc", true],
      ["Tong cong", true],
      ["Cộng đồng dân cư thôn 3", false],
      ["Tổng cục Thuế", false],
    ] as const) {
      const r = await readCasesAll(
        `Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại\nMS-1;05/01/2026;Đơn thư;Kiến nghị\n${first};;;\n`,
      );
      expect([first, r.rows.read, r.problems.some((p) => p.code === "ROW_NOT_DATA")]).toEqual([
        first,
        total ? 1 : 2,
        total,
      ]);
    }
    // A corrected file keeps them as they were.
    const { text: fixed } = await correctRegister("cases", text);
    expect(fixed).toContain("\r\n1;2;3;4;5\r\n");
    expect(fixed).toContain("\r\nTổng cộng: 3 vụ việc;;;;3\r\n");
  });

  it("VALUE_TOO_LONG: a field or unit of more than 200 characters is content pasted into the wrong column (review s13 #7)", async () => {
    const head = "Mã số;Ngày tiếp nhận;Hình thức tiepnhan;Loại;Lĩnh vực;Đơn vị".replace("tiepnhan", "tiếp nhận");
    const long = "a/".repeat(50_000);
    const { rows, problems } = await readCasesAll(
      `${head}\nMS-1;05/03/2026;Đơn thư;Phản ánh;${"Đ".repeat(200)};Xã An Bình\nMS-2;05/03/2026;Đơn thư;Phản ánh;Đất đai ${long};\nMS-3;05/03/2026;Đơn thư;Tố cáo;Đất đai;${"x".repeat(201)}\n`,
    );
    expect(rows).toEqual({ read: 3, accepted: 1, rejected: 2 });
    expect(problems.map((p) => ({ ...p, value: p.value?.length }))).toMatchInlineSnapshot(`
      [
        {
          "code": "VALUE_TOO_LONG",
          "column": "Lĩnh vực",
          "field": "field",
          "message": "Ô “Lĩnh vực” dài 100.008 ký tự: “Lĩnh vực” là một tên ngắn (tối đa 200 ký tự), thường là nội dung đơn dán nhầm cột. Cho phép: tên lĩnh vực (ví dụ Đất đai); nội dung đơn ghi ở cột “Nội dung”.",
          "row": 3,
          "severity": "error",
          "value": 100008,
        },
        {
          "code": "VALUE_TOO_LONG",
          "column": "Đơn vị",
          "field": "unit",
          "message": "Ô “Đơn vị”: quá dài cho một tên ngắn (tối đa 200 ký tự): thường là nội dung đơn dán nhầm cột (không in lại giá trị: dòng tố cáo hoặc có thể là tố cáo được giữ bí mật). Cho phép: tên đơn vị (ví dụ Đảng ủy xã Hòa Lạc); nội dung đơn ghi ở cột “Nội dung”.",
          "row": 4,
          "severity": "error",
          "value": undefined,
        },
        {
          "code": "DENUNCIATION_NO_CONTENT",
          "column": "",
          "field": "content",
          "message": "Vụ việc tố cáo nhưng sổ không có cột “Nội dung”. Cho phép: tóm tắt nội dung tố cáo.",
          "row": 4,
          "severity": "warning",
          "value": undefined,
        },
      ]
    `);
  });

  it("is an async iterable read once; rows and problems are final when it ends", async () => {
    const reading = readCases(`${HEAD}\nMS-1;05/03/2026;Đơn thư;Phản ánh;;;\nMS-2;bad;Đơn thư;Phản ánh;;;\n`);
    expect(reading.done).toBe(false);
    const ids: string[] = [];
    for await (const c of reading) ids.push(c.id);
    expect(ids).toEqual(["MS-1"]);
    expect(reading.done).toBe(true);
    expect(reading.rows).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect((await reading.result()).problems).toHaveLength(1);
    await expect(async () => {
      for await (const _ of reading) break;
    }).rejects.toThrow(TypeError);
  });

  it("result() reads the whole register when it was not iterated, and calls onProblem as it goes", async () => {
    const seen: string[] = [];
    const reading = readCases(`${HEAD}\nMS-1;bad;Đơn thư;Phản ánh;;;\n`, { onProblem: (p) => seen.push(p.code) });
    expect(await reading.result()).toMatchObject({ rows: { read: 1, accepted: 0, rejected: 1 } });
    expect(seen).toEqual(["DATE_FORMAT"]);
  });

  it("never throws on bad data, only on misuse, naming the call", async () => {
    expect(() => readCases(42 as unknown as string)).toThrow(
      new TypeError("readCases: input must be a Uint8Array, an ArrayBuffer or a string, got number"),
    );
    expect(() => readCases("", { format: "xls" as "csv" })).toThrow(RangeError);
    expect(() => readCases("", { delimiter: "|" as ";" })).toThrow(/readCases: delimiter/);
    expect(() => readCases("x", { format: "xlsx" })).toThrow(/readCases: an XLSX workbook must be given as bytes/);
    await expect(readCasesAll(Uint8Array.of(0x50, 0x4b, 3, 4, 0), { fileName: "a.xlsx" })).rejects.toThrow(
      /readCases: reading an XLSX workbook needs options.xlsx/,
    );
    const garbage = await readCasesAll(Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256));
    expect(garbage.problems.map((p) => p.code)).toEqual(["FILE_BINARY"]);
  });
});

describe("readSessions", () => {
  it("reads sessions: Định kỳ / Đột xuất, Có / Không, Số lượt người", async () => {
    const { records, problems } = await readSessionsAll(
      "Mã buổi;Ngày tiếp;Người chủ trì;Loại buổi;Số lượt người;Đối thoại\nB1;15/01/2026;Bí thư;Định kỳ;1.200;Có\nB2;16/01/2026;;dot xuat;;không\n",
    );
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { id: "B1", date: "2026-01-15", host: "Bí thư", kind: "scheduled", people: 1200, dialogue: true },
      { id: "B2", date: "2026-01-16", kind: "adHoc", dialogue: false },
    ]);
  });

  it.each([
    ["XAB-2026-0063", 2026],
    ["15/2026/TD", 2026],
    ["TU-2026-0343-9", 2026],
    ["2025.117", 2025],
    ["TD-2043", undefined], // its only number is a serial that looks like a year
    ["2043/2026", undefined], // two numbers that look like years: which one is the year is not known
    ["MS-001", undefined],
    ["XAB-1999-0001", undefined],
    ["XAB-20260-01", undefined],
  ])("the year a Mã số is numbered in: %s → %s", (id, year) => {
    expect(yearInCode(id)).toBe(year);
  });

  it.each([
    ["XAB-2026-0063", "2027-02-10", 2026], // 2027 typed for 2026
    ["XAB-2026-0063", "2025-02-10", 2026], // last year's, typed in a new year
    ["XAB-2026-0063", "2026-02-10", undefined],
    ["XAB-2026-0001", "2025-12-29", undefined], // the last days of December, numbered in the new book
    ["XAB-2026-0001", "2025-12-02", 2026], // 02/12/2025 typed for 02/12/2026
    ["TD-2025-0999", "2026-01-03", undefined], // the first days of January, in the old book
    ["TD-2025-0999", "2026-01-20", 2025],
    ["P7-2045", "2026-03-01", undefined], // a serial, not a year: too far from the receipt
    ["TD26/2015", "2026-03-01", undefined],
    ["XAB-2026-0063", "2028-02-10", undefined], // two years off: DATE_OUT_OF_RANGE and the far-date note are for that
  ])("a receipt date one year off its Mã số's year: %s received %s → %s", (id, received, year) => {
    expect(receivedYearMismatch(id, received)).toBe(year);
  });

  it("warns when the receipt date's year is not the year of its Mã số (a year typed wrong moves a case out of its period)", async () => {
    const { problems, rows } = await readCasesAll(
      [
        HEAD,
        "XAB-2026-0001;10/02/2026;Đơn thư;Kiến nghị;A;B;C",
        "XAB-2026-0002;10/02/2027;Đơn thư;Kiến nghị;A;B;C",
        "XAB-2026-0003;29/12/2025;Đơn thư;Kiến nghị;A;B;C",
        "XAB-2027-0004;05/01/2026;Đơn thư;Kiến nghị;A;B;C",
        "XAB-2026-0005;05/11/2025;Đơn thư;Kiến nghị;A;B;C",
        "TD-2043;05/01/2026;Đơn thư;Kiến nghị;A;B;C",
        "XAB-2026-0006;10/02/2027;Đơn thư;Tố cáo;Lò Thị Mẩy;Bản Phiêng;C",
      ].join("\n"),
    );
    expect(rows).toEqual({ read: 7, accepted: 7, rejected: 0 });
    expect(problems.map((p) => [p.row, p.code, p.severity, p.column, p.message])).toMatchInlineSnapshot(`
      [
        [
          3,
          "RECEIVED_YEAR_MISMATCH",
          "warning",
          "Ngày tiếp nhận",
          "Mã số “XAB-2026-0002” ghi năm 2026 nhưng ngày tiếp nhận 10/02/2027 thuộc năm 2027: có thể gõ nhầm năm; vụ việc được tính theo ngày tiếp nhận. Cho phép: một ngày của năm 2026.",
        ],
        [
          5,
          "RECEIVED_YEAR_MISMATCH",
          "warning",
          "Ngày tiếp nhận",
          "Mã số “XAB-2027-0004” ghi năm 2027 nhưng ngày tiếp nhận 05/01/2026 thuộc năm 2026: có thể gõ nhầm năm; vụ việc được tính theo ngày tiếp nhận. Cho phép: một ngày của năm 2027.",
        ],
        [
          6,
          "RECEIVED_YEAR_MISMATCH",
          "warning",
          "Ngày tiếp nhận",
          "Mã số “XAB-2026-0005” ghi năm 2026 nhưng ngày tiếp nhận 05/11/2025 thuộc năm 2025: có thể gõ nhầm năm; vụ việc được tính theo ngày tiếp nhận. Cho phép: một ngày của năm 2026.",
        ],
        [
          8,
          "RECEIVED_YEAR_MISMATCH",
          "warning",
          "Ngày tiếp nhận",
          "Năm của ngày tiếp nhận khác năm ghi trong Mã số: có thể gõ nhầm năm; vụ việc được tính theo ngày tiếp nhận (không in lại giá trị: dòng tố cáo hoặc có thể là tố cáo được giữ bí mật). Cho phép: ngày tiếp nhận trong năm ghi ở Mã số.",
        ],
      ]
    `);
  });

  it("names the first 20 rows whose receipt year does not fit their Mã số, and the others in one line (a book kept with last year's codes)", async () => {
    const lines = Array.from(
      { length: 25 },
      (_, i) => `TD-2025-${String(i + 1).padStart(4, "0")};10/02/2026;Đơn thư;Kiến nghị;A;B;C`,
    );
    const { problems, rows } = await readCasesAll([HEAD, ...lines].join("\n"));
    expect(rows).toEqual({ read: 25, accepted: 25, rejected: 0 });
    expect(problems.map((p) => p.row)).toEqual([...Array.from({ length: 20 }, (_, i) => i + 2), 0]);
    expect(problems.at(-1)?.message).toMatchInlineSnapshot(
      `"Ngoài 20 dòng nêu trên, còn 5 dòng nữa (dòng đầu là dòng 22) có năm của ngày tiếp nhận khác năm ghi trong Mã số. Nhiều dòng như vậy thường do sổ giữ mã của năm trước (sổ không đánh số lại theo năm, vụ việc kỳ trước chuyển sang); nếu không phải, kiểm tra năm của các ngày tiếp nhận. Cho phép: ngày tiếp nhận trong năm ghi ở Mã số."`,
    );
  });

  it.each([
    ["Tố cáo chủ tịch xã nhận hối lộ", true],
    ["Khiếu nại, đồng thời TỐ CÁO cán bộ địa chính", true],
    ["Tố giác hành vi lấn chiếm đất", true],
    ["to cao can bo thu tien", true], // typed without diacritics
    ["Tố-cáo cán bộ thu tiền", true], // review s15e E8
    ["Tố\u200Bcáo cán bộ thu tiền", true],
    ["Tranh chấp ranh giới với hộ ông Tô Cao Trí", false], // review s15d N9: a name
    ["Đơn TC cán bộ địa chính nhận tiền", true], // review s15d U-05
    ["ĐƠN T.C cán bộ thu tiền", true],
    ["Theo đơn TC ngày 05/3", true],
    ["Đơn của ông TCường", false],
    ["Đề nghị sửa đường", false],
  ])("DENUNCIATION_UNDECLARED for a petition whose content is “%s”: %s", async (content, warned) => {
    const { problems } = await readCasesAll(`${HEAD}\nMS-1;05/03/2026;Đơn thư;Kiến nghị;A;B;${content}\n`);
    expect(problems.some((p) => p.code === "DENUNCIATION_UNDECLARED")).toBe(warned);
  });
});
