import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readCasesAll } from "../intake/readCases.js";
import { readSessionsAll } from "../intake/readSessions.js";
import { withoutDataValidations, xlsx } from "./xlsx.js";

const SHEET = "xl/worksheets/sheet1.xml";

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sổ theo dõi đơn");
  ws.addRow(["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại"]);
  ws.addRow(["MS-1", "05/03/2026", "Đơn thư", "Tố cáo"]);
  ws.addRow(["MS-2", "06/03/2026", "Tiếp trực tiếp", "Kiến nghị"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The workbook with drop-down lists on whole columns, as a clerk makes them in Excel. */
function withWholeColumnLists(bytes: Uint8Array, columns: string[]): Uint8Array {
  const files = unzipSync(bytes);
  const lists = columns
    .map(
      (c) =>
        `<dataValidation type="list" allowBlank="1" sqref="${c}2:${c}1048576"><formula1>"A,B"</formula1></dataValidation>`,
    )
    .join("");
  const xml = strFromU8(files[SHEET] as Uint8Array).replace(
    "</sheetData>",
    `</sheetData><dataValidations count="${columns.length}">${lists}</dataValidations>`,
  );
  return zipSync({ ...files, [SHEET]: strToU8(xml) });
}

describe("XLSX intake ignores data validations (a list on a whole column is a million cells to exceljs)", () => {
  it("removes the validations of every sheet and keeps every other part byte for byte", async () => {
    const plain = await workbook();
    const listed = withWholeColumnLists(plain, ["C", "D"]);
    const out = unzipSync(withoutDataValidations(listed));
    const before = unzipSync(listed);
    expect(strFromU8(before[SHEET] as Uint8Array)).toContain("<dataValidations");
    expect(strFromU8(out[SHEET] as Uint8Array)).not.toContain("dataValidation");
    for (const name of Object.keys(before).filter((n) => n !== SHEET)) expect(out[name]).toEqual(before[name]);
    expect(Object.keys(out).sort()).toEqual(Object.keys(before).sort());
  });

  it("returns the same bytes when no sheet has validations, or when the file is not a zip", async () => {
    const plain = await workbook();
    expect(withoutDataValidations(plain)).toBe(plain);
    const junk = strToU8("PK\u0003\u0004 not really a zip");
    expect(withoutDataValidations(junk)).toBe(junk);
  });

  it("reads the same rows with and without whole-column lists", async () => {
    const plain = await workbook();
    const a = await xlsx.readSheet(plain, undefined);
    const b = await xlsx.readSheet(withWholeColumnLists(plain, ["A", "B", "C", "D"]), undefined);
    expect(b).toEqual(a);
    expect(b.ok && b.rows.map((r) => r.cells[0])).toEqual(["Mã số", "MS-1", "MS-2"]);
  });
});

/** A workbook of a clerk: an instruction sheet, a hidden sheet of lists, one register sheet per month (review s14 F1). */
async function monthlyWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Hướng dẫn").addRow(["Ghi mỗi vụ việc một dòng; ngày viết dd/mm/yyyy."]);
  const lists = wb.addWorksheet("DanhMuc");
  lists.addRow(["Hình thức tiếp nhận", "Loại"]);
  lists.state = "hidden";
  for (const [month, ids] of [
    ["Tháng 01", ["MS-1", "MS-2"]],
    ["Tháng 02", ["MS-3"]],
  ] as const) {
    const ws = wb.addWorksheet(month);
    ws.addRow([`SỔ THEO DÕI ĐƠN ${month.toUpperCase()}`]);
    ws.mergeCells("A1:D1");
    ws.addRow(["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Đơn vị"]);
    ws.addRow([ids[0], "05/01/2026", "Đơn thư", "Kiến nghị", "Xã An Bình"]);
    for (const id of ids.slice(1)) ws.addRow([id, "06/01/2026", "Đơn thư", "Phản ánh"]);
    if (ids.length > 1) ws.mergeCells(`E3:E${2 + ids.length}`);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("XLSX reader: every sheet, hidden sheets and merged cells (review s14 F1, F8)", () => {
  it("reads each sheet with its name and whether Excel hides it", async () => {
    const book = await xlsx.readWorkbook?.(await monthlyWorkbook());
    expect(book?.ok && book.sheets.map((s) => [s.name, s.hidden, s.rows.length])).toEqual([
      ["Hướng dẫn", false, 1],
      ["DanhMuc", true, 1],
      ["Tháng 01", false, 4],
      ["Tháng 02", false, 3],
    ]);
  });

  it("a title merged across the columns is in its first cell only; a unit merged down the rows is in each row", async () => {
    const sheet = await xlsx.readSheet(await monthlyWorkbook(), "Tháng 01");
    expect(sheet.ok && sheet.rows.map((r) => r.cells)).toEqual([
      ["SỔ THEO DÕI ĐƠN THÁNG 01", null, null, null],
      ["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Đơn vị"],
      ["MS-1", "05/01/2026", "Đơn thư", "Kiến nghị", "Xã An Bình"],
      ["MS-2", "06/01/2026", "Đơn thư", "Phản ánh", "Xã An Bình"],
    ]);
  });

  it("without a sheet named, reads the first sheet Excel does not hide", async () => {
    const wb = new ExcelJS.Workbook();
    const hidden = wb.addWorksheet("DanhMuc");
    hidden.addRow(["Đơn thư"]);
    hidden.state = "veryHidden";
    wb.addWorksheet("Sổ").addRow(["Mã số"]);
    const sheet = await xlsx.readSheet(new Uint8Array(await wb.xlsx.writeBuffer()), undefined);
    expect(sheet.ok && sheet.sheetName).toBe("Sổ");
  });
});

describe("a workbook read as one register: the sheet holding it (review s14 F1)", () => {
  it("skips an instruction sheet and a hidden list, reads the first register, and names the others in a warning", async () => {
    const r = await readCasesAll(await monthlyWorkbook(), { fileName: "so.xlsx", xlsx });
    expect(r.layout.sheet).toBe("Tháng 01");
    expect(r.records.map((c) => c.id)).toEqual(["MS-1", "MS-2"]);
    expect(r.problems.map((p) => [p.code, p.severity, p.row])).toEqual([
      ["XLSX_SHEETS_NOT_READ", "warning", 0],
      ["HEADER_BELOW_TITLE", "warning", 2],
    ]);
    expect(r.problems[0]?.message).toContain("chỉ đọc trang “Tháng 01”, chưa đọc “Tháng 02”");
  });

  it("a sheet named is read whatever the others hold", async () => {
    const r = await readCasesAll(await monthlyWorkbook(), { fileName: "so.xlsx", xlsx, sheet: "Tháng 02" });
    expect(r.records.map((c) => c.id)).toEqual(["MS-3"]);
    expect(r.problems.map((p) => p.code)).toEqual(["HEADER_BELOW_TITLE"]);
  });
});

describe("a date cell formatted month first, as an Excel set up for the United States makes it (review s19x F8)", () => {
  it.each([
    ["m/d/yyyy", "2026-05-03", true],
    ["[$-409]mm/dd/yy;@", "2026-05-03", true],
    ["m/d/yyyy", "2026-03-13", false],
    ["m/d/yyyy", "2026-03-03", false],
    ["dd/mm/yyyy", "2026-05-03", false],
    ["d mmm yyyy", "2026-05-03", false],
    ['"Ngày" dd "tháng" mm', "2026-05-03", false],
  ])("%s, %s: DATE_MONTH_FIRST %s", async (numFmt, iso, warned) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sổ");
    ws.addRow(["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại"]);
    ws.addRow(["MS-1", new Date(`${iso}T00:00:00Z`), "Đơn thư", "Kiến nghị"]);
    ws.getCell("B2").numFmt = numFmt;
    const r = await readCasesAll(new Uint8Array(await wb.xlsx.writeBuffer()), { fileName: "so.xlsx", xlsx });
    expect(r.records[0]?.receivedOn).toBe(iso);
    const problem = r.problems.find((p) => p.code === "DATE_MONTH_FIRST");
    expect(problem !== undefined).toBe(warned);
    if (problem) {
      expect(problem).toMatchObject({ row: 2, column: "Ngày tiếp nhận", severity: "warning" });
      expect(problem.message).toContain("được đọc là ngày 03/05/2026. Nếu đã gõ “5/3/2026” theo ngày/tháng");
    }
  });
});

describe("a column of Excel dates beside day-first texts past the 12th: dates read month first (review s19x F8)", () => {
  it("says so once, naming a date cell and a text, whatever the cells' format; one kind alone says nothing", async () => {
    const read = async (rows: unknown[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("T3");
      ws.addRow(["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại"]);
      for (const r of rows) ws.addRow(r);
      const r = await readCasesAll(new Uint8Array(await wb.xlsx.writeBuffer()), { fileName: "so.xlsx", xlsx });
      return r.problems.filter((p) => p.code === "DATE_MONTH_FIRST").map((p) => p.message);
    };
    // Typed 5/3/2026 and 13/3/2026 into an Excel reading month first: a date of 3 May, a text.
    const may3 = ["U-1", new Date("2026-05-03T00:00:00Z"), "Đơn thư", "Kiến nghị"];
    const text13 = ["U-2", "13/3/2026", "Đơn thư", "Kiến nghị"];
    expect(await read([may3, text13])).toEqual([
      "Cột “Ngày tiếp nhận” có ô ngày của Excel (dòng 2: đọc là ngày 03/05/2026) bên cạnh ô chữ ghi ngày trước tháng mà Excel không hiểu được (dòng 3: “13/3/2026”): thường do Excel đặt kiểu ngày Mỹ (tháng/ngày) đã hiểu nhầm các ngày gõ như 5/3/2026 thành ngày 03/05/2026. Kiểm tra lại các ô ngày của cột này; định dạng cột thành ngày/tháng/năm (dd/mm/yyyy) rồi gõ lại các ngày bị đảo. Cho phép: ngày gõ theo ngày/tháng/năm trong ô định dạng dd/mm/yyyy.",
    ]);
    expect(await read([may3])).toEqual([]);
    expect(await read([text13, ["U-3", "14/3/2026", "Đơn thư", "Kiến nghị"]])).toEqual([]);
  });
});

describe("DATE_MONTH_FIRST on a denunciation's row repeats none of its cells (review s21 K8)", () => {
  it("the cell's problem has no value and no date; the column's evidence names the row only", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sổ");
    ws.addRow(["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại"]);
    ws.addRow(["TC-1", new Date("2026-06-04T00:00:00Z"), "Đơn thư", "Tố cáo"]);
    ws.addRow(["TC-2", "14/3/2026", "Đơn thư", "Tố cáo"]);
    ws.getCell("B2").numFmt = "m/d/yyyy";
    const r = await readCasesAll(new Uint8Array(await wb.xlsx.writeBuffer()), { fileName: "so.xlsx", xlsx });
    const found = r.problems.filter((p) => p.code === "DATE_MONTH_FIRST");
    expect(found).toHaveLength(2);
    for (const p of found) {
      expect(p.value).toBeUndefined();
      expect(p.message).not.toMatch(/04\/06\/2026|6\/4\/2026|14\/3\/2026/);
    }
    expect(found[1]?.message).toContain(
      "(dòng 2) bên cạnh ô chữ ghi ngày trước tháng mà Excel không hiểu được (dòng 3)",
    );
  });
});

describe("a sender's cell merged down from a denunciation's row (review s19x F12)", () => {
  it("is not the next case's sender; a merge from another row is kept", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sổ");
    ws.addRow(["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Người gửi", "Địa chỉ"]);
    ws.addRow(["C-01", "02/03/2026", "Đơn thư", "Tố cáo", "Đinh Mật Danh", "Số 9 xóm Kín Đáo"]);
    ws.addRow(["C-02", "02/03/2026", "Đơn thư", "Phản ánh", null, null]);
    ws.addRow(["C-03", "03/03/2026", "Đơn thư", "Kiến nghị", "Lê Văn An", "Thôn 1"]);
    ws.addRow(["C-04", "03/03/2026", "Đơn thư", "Kiến nghị", null, null]);
    ws.mergeCells("E2:E3");
    ws.mergeCells("F2:F3");
    ws.mergeCells("E4:E5");
    const r = await readCasesAll(new Uint8Array(await wb.xlsx.writeBuffer()), { fileName: "so.xlsx", xlsx });
    expect(r.records.map((c) => [c.id, c.senderName ?? null])).toEqual([
      ["C-01", "Đinh Mật Danh"],
      ["C-02", null],
      ["C-03", "Lê Văn An"],
      ["C-04", "Lê Văn An"],
    ]);
    const merged = r.problems.filter((p) => p.code === "IDENTITY_MERGED");
    expect(merged.map((p) => [p.row, p.column])).toEqual([
      [3, "Người gửi"],
      [3, "Địa chỉ"],
    ]);
    expect(JSON.stringify(merged)).not.toMatch(/Đinh|Kín/);
  });
});

describe("workbooks a clerk makes (review s19x F17, F18)", () => {
  it("a code stored as a number and shown with leading zeros is read as shown", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sổ");
    ws.addRow(["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại"]);
    ws.addRow([12, "02/03/2026", "Đơn thư", "Kiến nghị"]);
    ws.getCell("A2").numFmt = "0000";
    const r = await readCasesAll(new Uint8Array(await wb.xlsx.writeBuffer()), { fileName: "so.xlsx", xlsx });
    expect(r.records[0]?.id).toBe("0012");
  });

  it("a workbook saved with a password is said to be one, not an Excel 97–2003 file", async () => {
    // The old container's signature, and its directory naming the encrypted workbook's stream.
    const name = [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]);
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0), ...name]);
    const r = await readCasesAll(bytes, { fileName: "so.xlsx", xlsx });
    expect(r.problems[0]?.message).toContain("Tệp Excel có mật khẩu");
    const old = await readCasesAll(bytes.slice(0, 512), { fileName: "so.xls", xlsx });
    expect(old.problems[0]?.message).toContain("Excel 97–2003");
  });
});

describe("review s19c: merged cells and month-first dates, no false alarm", () => {
  const read = async (build: (ws: ExcelJS.Worksheet) => void) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sổ");
    build(ws);
    return readCasesAll(new Uint8Array(await wb.xlsx.writeBuffer()), { fileName: "so.xlsx", xlsx });
  };

  it("C6, C12: a denunciation's content merged down is not the next case's; the same denouncer's next denunciation keeps the name", async () => {
    const r = await read((ws) => {
      ws.addRow(["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Người gửi", "Nội dung"]);
      ws.addRow(["C-1", "02/03/2026", "Đơn thư", "Tố cáo", "Đinh Mật Danh", "Tố cáo cán bộ thôn Kín Đáo"]);
      ws.addRow(["C-2", "02/03/2026", "Đơn thư", "Tố cáo", null, null]);
      ws.addRow(["C-3", "02/03/2026", "Đơn thư", "Phản ánh", null, null]);
      ws.mergeCells("E2:E3");
      ws.mergeCells("F2:F4");
    });
    expect(r.records.map((c) => [c.id, c.senderName ?? null, c.content ?? null])).toEqual([
      ["C-1", "Đinh Mật Danh", "Tố cáo cán bộ thôn Kín Đáo"],
      ["C-2", "Đinh Mật Danh", "Tố cáo cán bộ thôn Kín Đáo"],
      ["C-3", null, null],
    ]);
    expect(r.problems.filter((p) => p.code === "IDENTITY_MERGED").map((p) => [p.row, p.column])).toEqual([
      [4, "Nội dung"],
    ]);
  });

  it("C11: year-first cells and a Vietnamese workbook with one text date raise no month-first warning", async () => {
    const iso = await read((ws) => {
      ws.addRow(["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại"]);
      ws.addRow(["A", new Date("2026-05-03T00:00:00Z"), "Đơn thư", "Kiến nghị"]);
      ws.getCell("B2").numFmt = "yyyy-mm-dd";
    });
    const vn = await read((ws) => {
      ws.addRow(["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại"]);
      ws.addRow(["A", new Date("2026-03-05T00:00:00Z"), "Đơn thư", "Kiến nghị"]);
      ws.addRow(["B", new Date("2026-03-20T00:00:00Z"), "Đơn thư", "Kiến nghị"]);
      ws.addRow(["C", "13/3/2026", "Đơn thư", "Kiến nghị"]);
    });
    expect([...iso.problems, ...vn.problems].filter((p) => p.code === "DATE_MONTH_FIRST")).toEqual([]);
  });
});

describe("review s19c C10: Excel's own short dates swapped by a computer set up for the United States", () => {
  // Typed day first (5/1/2026 for 5 January) into an Excel reading month first: 1 May, kept in Excel's built-in short
  // date, the format a Vietnamese Excel uses too. Nothing in a cell tells; the column does: no day past the 12th, and
  // the register's dates go back and forth in time, in order once day and month are swapped.
  const read = async (dates: string[], numFmt = "mm-dd-yy") => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sổ");
    ws.addRow(["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại"]);
    dates.forEach((d, i) => {
      ws.addRow([`U-${i + 1}`, new Date(`${d}T00:00:00Z`), "Đơn thư", "Kiến nghị"]);
      ws.getCell(`B${i + 2}`).numFmt = numFmt;
    });
    const r = await readCasesAll(new Uint8Array(await wb.xlsx.writeBuffer()), { fileName: "so.xlsx", xlsx });
    return r.problems.filter((p) => p.code === "DATE_MONTH_FIRST");
  };
  // 5/1, 10/1, 5/2, 10/2, 5/3 and 10/3 typed for January to March, read as the 1st to 3rd of May and October.
  const swapped = ["2026-05-01", "2026-10-01", "2026-05-02", "2026-10-02", "2026-05-03", "2026-10-03"];

  it.each([
    ["the sessions of C10, typed 5/1 to 10/3, read as May and October", swapped, 1],
    [
      "the same days read as typed: in order",
      ["2026-01-05", "2026-01-10", "2026-02-05", "2026-02-10", "2026-03-05", "2026-03-10"],
      0,
    ],
    ["three cells: too few to tell", swapped.slice(0, 3), 0],
    ["a date past the 12th: this Excel reads day first", [...swapped, "2026-03-13"], 0],
    [
      "out of order either way (a register sorted by something else)",
      ["2026-03-07", "2026-01-02", "2026-02-09", "2026-01-05", "2026-02-01"],
      0,
    ],
    [
      "cases typed 2/3, 5/3, 9/3, 11/3, then 4/1 of the next month",
      ["2026-02-03", "2026-05-03", "2026-09-03", "2026-11-03", "2026-01-04"],
      1,
    ],
  ])("%s: %s warning", async (_name, dates, warnings) => {
    const found = await read(dates);
    expect(found.length).toBe(warnings);
    if (warnings > 0) {
      expect(found[0]).toMatchObject({ row: 2, column: "Ngày tiếp nhận", severity: "warning" });
      expect(found[0]?.message).toMatch(
        /đổi chỗ ngày và tháng thì đúng thứ tự|vụ việc nào cũng nhận ngày \d+ của một tháng/,
      );
    }
  });

  // Review s20 S7: a register sorted by unit starts again at each unit; the cases of one month typed day first.
  const readWithUnits = async (rows: [string, string][], kind: "cases" | "sessions" = "cases") => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sổ");
    if (kind === "cases") ws.addRow(["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Đơn vị"]);
    else ws.addRow(["Mã buổi", "Ngày", "Loại buổi", "Người chủ trì", "Đơn vị"]);
    rows.forEach(([d, unit], i) => {
      ws.addRow(
        kind === "cases"
          ? [`U-${i + 1}`, new Date(`${d}T00:00:00Z`), "Đơn thư", "Kiến nghị", unit]
          : [`B-${i + 1}`, new Date(`${d}T00:00:00Z`), "Định kỳ", "Bí thư", unit],
      );
      ws.getCell(`B${i + 2}`).numFmt = "mm-dd-yy";
    });
    const read = kind === "cases" ? readCasesAll : readSessionsAll;
    const r = await read(new Uint8Array(await wb.xlsx.writeBuffer()), { fileName: "so.xlsx", xlsx });
    return r.problems.filter((p) => p.code === "DATE_MONTH_FIRST").length;
  };
  const byUnit: [string, string][] = [
    ["2026-01-05", "Xã An Bình"],
    ["2026-02-05", "Xã An Bình"],
    ["2026-03-05", "Xã An Bình"],
    ["2026-01-10", "Xã Hòa Lạc"],
    ["2026-02-10", "Xã Hòa Lạc"],
    ["2026-03-10", "Xã Hòa Lạc"],
  ];

  it.each([
    ["S7: sessions sorted by unit on fixed days ≤ 12, read right", byUnit, "sessions", 0],
    ["S7: cases sorted by unit, read right", byUnit, "cases", 0],
    [
      "S7: one unit's sessions swapped, in the unit's order",
      swapped.map((d): [string, string] => [d, "Xã An Bình"]),
      "sessions",
      1,
    ],
    [
      "S7: a month's cases typed 2/3 … 12/3, read as the 3rd of five months",
      ["2026-02-03", "2026-05-03", "2026-09-03", "2026-11-03", "2026-12-03"].map((d): [string, string] => [
        d,
        "Xã An Bình",
      ]),
      "cases",
      1,
    ],
    [
      "S7: a sessions register held on the 3rd of each month is no evidence",
      ["2026-02-03", "2026-05-03", "2026-09-03", "2026-11-03", "2026-12-03"].map((d): [string, string] => [
        d,
        "Xã An Bình",
      ]),
      "sessions",
      0,
    ],
  ] as const)("%s: %s warning", async (_name, rows, kind, warnings) => {
    expect(await readWithUnits([...rows], kind)).toBe(warnings);
  });

  it("names the column once, with its cells and the first date read", async () => {
    expect((await read(swapped)).map((p) => p.message)).toEqual([
      "Cột “Ngày tiếp nhận” có 6 ô ngày của Excel, ngày nào cũng từ 12 trở xuống, không theo thứ tự thời gian, đổi chỗ ngày và tháng thì đúng thứ tự (dòng 2: đọc là ngày 01/05/2026): có thể máy tính đặt kiểu ngày Mỹ (tháng/ngày/năm) và Excel đã hiểu các ngày gõ như 5/3/2026 thành ngày 03/05/2026. Mở sổ xem lại các ngày của cột này; nếu bị đảo, định dạng cột thành ngày/tháng/năm (dd/mm/yyyy) rồi gõ lại. Cho phép: ngày gõ theo ngày/tháng/năm trong ô định dạng dd/mm/yyyy.",
    ]);
  });

  it("cells formatted month first are named one by one, not again as a column", async () => {
    const found = await read(swapped, "m/d/yyyy");
    expect(found.length).toBe(6);
    expect(found.every((p) => p.message.startsWith("Ô ngày của Excel định dạng tháng trước ngày"))).toBe(true);
  });
});
