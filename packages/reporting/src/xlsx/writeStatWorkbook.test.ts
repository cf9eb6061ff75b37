import type { StatTable } from "@tiepdan/templates";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type WriteStatWorkbookOptions, writeStatWorkbook } from "./index.js";

const options: WriteStatWorkbookOptions = {
  heading: "Tỉnh ủy Minh Sơn — quý I năm 2026",
  range: "Số liệu tính từ ngày 01/01/2026 đến ngày 31/03/2026",
  date: "2026-03-31",
};

// "Xử lý đơn" with decomposed (NFD) text in the title, to check that it is written NFC.
const grouped: StatTable = {
  id: "xu-ly-don",
  title: "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN".normalize("NFD"),
  sheetName: "Xử lý đơn",
  rowHeader: "Đơn vị",
  columns: [
    { label: "Tổng số đơn" },
    {
      label: "Phân loại theo nội dung",
      children: [{ label: "Khiếu nại" }, { label: "Tố cáo" }, { label: "Kiến nghị" }],
    },
    { label: "Đơn đủ điều kiện xử lý", children: [{ label: "Thuộc thẩm quyền" }, { label: "Không thuộc" }] },
  ],
  columnCodes: ["1=2+3+4", "2", "3", "4", "5", "6"],
  rows: [
    { label: "Ban Tổ chức Tỉnh ủy", values: [1234, 1000, 200, 34, 5, null] },
    { label: "Ủy ban Kiểm tra Tỉnh ủy", values: [7, 3, 4, 0, null, 2] },
    { label: "Tổng số", values: [1241, 1003, 204, 34, 5, 2], total: true },
  ],
  notes: ["Số liệu tính theo ngày tiếp nhận.", "Mẫu theo Thông tư 01/2024/TT-TTCP."],
};

const flat: StatTable = {
  id: "tiep-cong-dan",
  title: "KẾT QUẢ TIẾP CÔNG DÂN",
  // Too long and with forbidden characters: the writer still makes a valid name.
  sheetName: "Tiếp công dân: định kỳ / đột xuất [quý I]",
  rowHeader: "Tháng",
  columns: [{ label: "Số buổi" }, { label: "Số lượt người" }],
  rows: [
    { label: "Tháng 01/2026", values: [4, 12] },
    { label: "Tổng cộng", values: [4, 12], total: true },
  ],
  notes: ["Chỉ tính các buổi tiếp định kỳ của Bí thư Tỉnh ủy."],
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, index: number): ExcelJS.Worksheet {
  const ws = workbook.worksheets[index];
  if (!ws) throw new Error(`no sheet ${index}`);
  return ws;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("writeStatWorkbook", () => {
  it("writes one sheet per table, with valid and unique names", async () => {
    const bytes = await writeStatWorkbook([grouped, flat, { ...flat, id: "trung", sheetName: "XỬ LÝ ĐƠN" }], options);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(bytes)).toBe(false);
    const names = (await load(bytes)).worksheets.map((ws) => ws.name);
    expect(names).toEqual(["Xử lý đơn", "Tiếp công dân định kỳ đột xuất", "XỬ LÝ ĐƠN (2)"]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).toBe(name.normalize("NFC"));
    }
  });

  it("prints the title, heading and range above the table", async () => {
    const ws = sheet(await load(await writeStatWorkbook([grouped], options)), 0);
    expect(ws.getCell("A1").value).toBe("TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN".normalize("NFC"));
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A2").value).toBe(options.heading);
    expect(ws.getCell("A3").value).toBe(options.range);
    expect(ws.getCell("A3").font?.italic).toBe(true);
    // Merged across all seven columns (row header + six leaves).
    expect(ws.model.merges).toEqual(expect.arrayContaining(["A1:G1", "A2:G2", "A3:G3"]));
  });

  it("writes a two-level header: groups span their children, leaves and the row header span both rows", async () => {
    const ws = sheet(await load(await writeStatWorkbook([grouped], options)), 0);
    expect(ws.model.merges).toEqual(expect.arrayContaining(["A4:A5", "B4:B5", "C4:E4", "F4:G4"]));
    expect(ws.getCell("A4").value).toBe("Đơn vị");
    expect(ws.getCell("B4").value).toBe("Tổng số đơn");
    expect(ws.getCell("B5").isMerged).toBe(true);
    expect(ws.getCell("B5").master.address).toBe("B4");
    expect(ws.getCell("C4").value).toBe("Phân loại theo nội dung");
    expect(ws.getCell("E4").master.address).toBe("C4");
    expect([ws.getCell("C5").value, ws.getCell("D5").value, ws.getCell("E5").value]).toEqual([
      "Khiếu nại",
      "Tố cáo",
      "Kiến nghị",
    ]);
    expect(ws.getCell("F4").value).toBe("Đơn đủ điều kiện xử lý");
    expect([ws.getCell("F5").value, ws.getCell("G5").value]).toEqual(["Thuộc thẩm quyền", "Không thuộc"]);
    for (const address of ["A4", "C4", "D5", "G5"]) {
      const cell = ws.getCell(address);
      expect(cell.font?.bold).toBe(true);
      expect(cell.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
      expect(cell.border?.top?.style).toBe("thin");
    }
    // The MS row, then the frozen panes below it.
    expect(ws.getRow(6).values).toEqual([undefined, "MS", "1=2+3+4", "2", "3", "4", "5", "6"]);
    expect(ws.getCell("D6").font?.italic).toBe(true);
    expect(ws.getCell("D6").alignment?.horizontal).toBe("center");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    expect(ws.getColumn(1).width).toBe(28);
    expect(ws.getColumn(2).width).toBe(12);
  });

  it("uses one header row when no column has children", async () => {
    const ws = sheet(await load(await writeStatWorkbook([flat], options)), 0);
    expect(ws.getRow(4).values).toEqual([undefined, "Tháng", "Số buổi", "Số lượt người"]);
    expect(ws.model.merges.filter((m) => m.startsWith("A4") || m.startsWith("B4"))).toEqual([]);
    expect(ws.getCell("A5").value).toBe("Tháng 01/2026");
    expect(ws.getCell("C5").value).toBe(12);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  });

  it("writes numbers as numeric cells formatted #,##0, null as empty, total rows bold", async () => {
    const ws = sheet(await load(await writeStatWorkbook([grouped], options)), 0);
    const first = ws.getCell("B7");
    expect(ws.getCell("A7").value).toBe("Ban Tổ chức Tỉnh ủy");
    expect(first.value).toBe(1234);
    expect(first.type).toBe(ExcelJS.ValueType.Number);
    expect(first.numFmt).toBe("#,##0");
    expect(first.border?.left?.style).toBe("thin");
    expect(ws.getCell("G7").value).toBeNull();
    expect(ws.getCell("G7").type).toBe(ExcelJS.ValueType.Null);
    expect(ws.getCell("F8").value).toBeNull();
    expect(ws.getCell("A9").value).toBe("Tổng số");
    expect(ws.getCell("A9").font?.bold).toBe(true);
    expect(ws.getCell("B9").font?.bold).toBe(true);
    expect(ws.getCell("B9").value).toBe(1241);
    expect(ws.getCell("B7").font?.bold).toBeFalsy();
  });

  it("prints each note on its own merged row below the table", async () => {
    const ws = sheet(await load(await writeStatWorkbook([grouped], options)), 0);
    // Rows 7–9 are the data, row 10 is blank.
    expect(ws.getCell("A10").value).toBeNull();
    expect(ws.getCell("A11").value).toBe("Số liệu tính theo ngày tiếp nhận.");
    expect(ws.getCell("A12").value).toBe("Mẫu theo Thông tư 01/2024/TT-TTCP.");
    expect(ws.model.merges).toEqual(expect.arrayContaining(["A11:G11", "A12:G12"]));
  });

  it("gives the same bytes for the same input under a moved clock, stamped with the document date", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-01-02T03:04:05Z"));
    const a = await writeStatWorkbook([grouped, flat], options);
    vi.setSystemTime(new Date("2031-07-08T09:10:11Z"));
    const b = await writeStatWorkbook([grouped, flat], options);
    vi.useRealTimers();
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);

    const core = strFromU8(unzipSync(a)["docProps/core.xml"] ?? new Uint8Array());
    expect(core).toContain("<dc:creator>tiếp dân</dc:creator>");
    expect(core).toContain("2026-03-31T00:00:00Z");
    expect(core).not.toContain("2031");
    const workbook = await load(a);
    expect(workbook.created.toISOString()).toBe("2026-03-31T00:00:00.000Z");
    expect(workbook.modified.toISOString()).toBe("2026-03-31T00:00:00.000Z");
  });

  it("throws a RangeError naming the table and the row when a row does not match the leaf columns", async () => {
    const bad: StatTable = {
      ...grouped,
      rows: [...grouped.rows, { label: "Văn phòng Tỉnh ủy", values: [1, 2, 3] }],
    };
    await expect(writeStatWorkbook([flat, bad], options)).rejects.toThrow(RangeError);
    await expect(writeStatWorkbook([flat, bad], options)).rejects.toThrow(/xu-ly-don.*Văn phòng Tỉnh ủy/);
    const badCodes: StatTable = { ...flat, columnCodes: ["1"] };
    await expect(writeStatWorkbook([badCodes], options)).rejects.toThrow(/tiep-cong-dan.*MS/);
    await expect(writeStatWorkbook([flat], { ...options, date: "31/03/2026" })).rejects.toThrow(RangeError);
    await expect(writeStatWorkbook([], options)).rejects.toThrow(RangeError);
  });
});
