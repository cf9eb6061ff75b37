import { describe, expect, it } from "vitest";
import { REGISTERS } from "./columns.js";
import { isIssue, parseVietnameseNumber, quoted, readCell } from "./values.js";

const spec = (field: string) => {
  const s = REGISTERS.cases.columns.find((c) => c.field === field);
  if (!s) throw new Error(field);
  return s;
};
const read = (field: string, cell: unknown, serialDates: false | "1900" | "1904" = false) =>
  readCell(cell, spec(field), { serialDates });
const readValue = (field: string, cell: unknown, serialDates: false | "1900" | "1904" = false) => {
  const r = read(field, cell, serialDates);
  return isIssue(r) ? r.code : r.value;
};

describe("DESIGN.md “Registers”: dates dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, yyyy-mm-dd — never month first", () => {
  it.each([
    ["05/03/2026", "2026-03-05"],
    ["5/3/2026", "2026-03-05"],
    ["05-03-2026", "2026-03-05"],
    ["2026-03-05", "2026-03-05"],
    ["2026-3-5", "2026-03-05"],
    ["05.03.2026", "2026-03-05"],
    [" 05/03/2026 ", "2026-03-05"],
    ["05/03/2026 08:30", "2026-03-05"],
    ["29/02/2024", "2024-02-29"],
    ["31/02/2026", "DATE_INVALID"],
    ["29/02/2025", "DATE_INVALID"],
    ["03/25/2026", "DATE_INVALID"],
    ["00/01/2026", "DATE_INVALID"],
    ["2026-02-30", "DATE_INVALID"],
    // A date and time with its offset is read in Vietnam's time, UTC+7 (review s19x F9).
    ["2026-03-01T17:00:00Z", "2026-03-02"],
    ["2026-03-01T16:59:59.999Z", "2026-03-01"],
    ["2026-03-31T23:30:00-05:00", "2026-04-01"],
    ["2026-03-02T00:00:00+07:00", "2026-03-02"],
    ["2026-03-02T00:00:00+0900", "2026-03-01"],
    ["2026-03-05T08:30", "2026-03-05"],
    ["2026-02-30T10:00:00Z", "DATE_INVALID"],
    ["5/3/26", "DATE_FORMAT"],
    ["05/03-2026", "DATE_FORMAT"],
    ["ngày 5 tháng 3", "DATE_FORMAT"],
    ["March 5, 2026", "DATE_FORMAT"],
  ])("%j → %s", (cell, expected) => {
    expect(readValue("receivedOn", cell)).toBe(expected);
  });

  it.each([
    [46086, "1900", "2026-03-05"],
    [61, "1900", "DATE_OUT_OF_RANGE"],
    [59, "1900", "DATE_OUT_OF_RANGE"],
    [60, "1900", "DATE_FORMAT"],
    [44624, "1904", "2026-03-05"],
    [46086, false, "DATE_FORMAT"],
  ] as const)("Excel serial %d (%s date system) → %s", (serial, system, expected) => {
    expect(readValue("receivedOn", serial, system)).toBe(expected);
  });

  it.each([
    // A day typed alone, a year typed alone, in a date column of Excel (review s14 F2).
    [5, "1900", "ghi số 5, Excel hiểu là ngày 05/01/1900"],
    [2026, "1900", "ghi số 2026, Excel hiểu là ngày 18/07/1905"],
    // Excel's fictitious 29/02/1900 lies between these two.
    [59, "1900", "ngày 28/02/1900"],
    [61, "1900", "ngày 01/03/1900"],
    [5, "1904", "ngày 06/01/1904"],
  ] as const)("DATE_OUT_OF_RANGE: Excel serial %d (%s date system) says %j", (serial, system, phrase) => {
    const r = read("receivedOn", serial, system);
    expect(isIssue(r) && r.code).toBe("DATE_OUT_OF_RANGE");
    expect(isIssue(r) && r.what).toContain(phrase);
  });

  it.each([
    ["05/01/1900", "DATE_OUT_OF_RANGE"],
    ["31/12/1999", "DATE_OUT_OF_RANGE"],
    ["01/01/2000", "2000-01-01"],
    ["31/12/2099", "2099-12-31"],
    ["2100-01-01", "DATE_OUT_OF_RANGE"],
    ["15/03/2206", "DATE_OUT_OF_RANGE"],
  ])("DATE_OUT_OF_RANGE: a register's dates fall in 2000–2099: %j → %s", (cell, expected) => {
    expect(readValue("receivedOn", cell)).toBe(expected);
  });

  it("DATE_OUT_OF_RANGE: a workbook's date cell out of the years too", () => {
    expect(readValue("resultOn", new Date(Date.UTC(1905, 6, 18)))).toBe("DATE_OUT_OF_RANGE");
  });

  it("a date cell of a workbook is read as the UTC calendar day", () => {
    expect(readValue("receivedOn", new Date(Date.UTC(2026, 2, 5)))).toBe("2026-03-05");
  });

  it("says when the month seems to come first", () => {
    const r = read("receivedOn", "03/25/2026");
    expect(isIssue(r) && r.what).toContain("tháng trước ngày");
  });
});

describe("numbers with Vietnamese separators (1.234 thousands, 1.234,5 decimal)", () => {
  it.each([
    ["12", 12],
    ["1.234", 1234],
    ["1.234.567", 1234567],
    ["1 234", 1234],
    ["1.234,5", 1234.5],
    ["12,0", 12],
    ["1,5", 1.5],
    ["1.5", undefined],
    ["1,234.5", undefined],
    ["abc", undefined],
    ["", undefined],
  ])("%j → %s", (text, expected) => {
    expect(parseVietnameseNumber(text)).toBe(expected);
  });

  it.each([
    ["people", "1.234", 1234],
    ["people", "12,0", 12],
    ["people", 6, 6],
    ["people", "1,5", "NUMBER_INVALID"],
    ["people", "0", "NUMBER_RANGE"],
    ["extensions", "0", 0],
    ["extensions", "-1", "NUMBER_RANGE"],
    ["filingCount", "hai", 2],
    ["filingCount", "Lần đầu", 1],
    ["filingCount", "LẦN HAI", 2],
    ["filingCount", "lần 2", 2],
    ["filingCount", "Lần thứ ba", 3],
    ["filingCount", "lần thứ tư", 4],
    ["filingCount", "thứ nhất", 1],
    ["filingCount", "lan dau", 1],
    ["filingCount", "Lần thứ nhì", 2],
    ["filingCount", "lần đầu tiên", 1],
    ["filingCount", "Lần II", 2],
    ["filingCount", "2 lần", 2],
    ["filingCount", "Lần sau", "NUMBER_INVALID"],
    ["filingCount", "Lần III lần", "NUMBER_INVALID"],
    ["filingCount", "x", "NUMBER_INVALID"],
    ["filingCount", "Lần", "NUMBER_INVALID"],
    ["filingCount", "lần 0", "NUMBER_RANGE"],
    ["people", "hai", "NUMBER_INVALID"],
    ["people", { n: 1 }, "VALUE_TYPE"],
  ])("%s %j → %s", (field, cell, expected) => {
    expect(readValue(field, cell)).toBe(expected);
  });
});

describe("values matched like headers: any case, with or without diacritics", () => {
  it.each([
    ["tố cáo", ["denunciation"]],
    ["To cao", ["denunciation"]],
    ["TỐ CÁO", ["denunciation"]],
    ["denunciation", ["denunciation"]],
    ["Tố cáo; Khiếu nại", ["complaint", "denunciation"]],
    ["khieu nai, to cao", ["complaint", "denunciation"]],
    ["Khiếu nại/Tố cáo", ["complaint", "denunciation"]],
    [
      ["Phản ánh", "Kiến nghị"],
      ["reflection", "petition"],
    ],
    ["Tố giác", "VALUE_UNKNOWN"],
    [";", "VALUE_REQUIRED"],
  ])("Loại %j → %j", (cell, expected) => {
    expect(readValue("kinds", cell)).toEqual(expected);
  });

  it("lists the allowed values when one is unknown", () => {
    const r = read("channel", "Fax");
    expect(isIssue(r) && r.allowed).toBe("Tiếp trực tiếp, Đơn thư, Trực tuyến, Điện thoại, Cơ quan khác chuyển đến");
  });

  it.each([
    ["Có", true],
    ["co", true],
    ["x", true],
    ["X", true],
    ["1", true],
    ["✓", true],
    [true, true],
    [1, true],
    ["Không", false],
    ["KHONG", false],
    ["0", false],
    [0, false],
    ["Có lẽ", "BOOLEAN_INVALID"],
    ["2", "BOOLEAN_INVALID"],
  ])("Có/Không %j → %s", (cell, expected) => {
    expect(readValue("anonymous", cell)).toBe(expected);
  });

  it.each([
    ["channel", "Tiếp trực tiếp", "inPerson"],
    ["channel", "truc tiep", "inPerson"],
    ["channel", "Cơ quan khác chuyển đến", "transferred"],
    ["authority", "Có", "own"],
    ["authority", "Cấp dưới", "subordinate"],
    ["authority", "không", "none"],
    ["route", "Chỉ đạo, chuyển cơ quan có thẩm quyền", "direct"],
    ["route", "Chỉ đạo, chuyển", "direct"], // the web page's short label (review s16w F10)
    ["route", "LƯU ĐƠN", "archive"],
    ["status", "Đã giải quyết", "resolved"],
    ["complexity", "Đặc biệt phức tạp", "veryComplex"],
  ])("%s %j → %s", (field, cell, expected) => {
    expect(readValue(field, cell)).toBe(expected);
  });

  it("writes the canonical Vietnamese label back (for --fix)", () => {
    const r = read("kinds", "to cao, KHIEU NAI");
    expect(!isIssue(r) && r.canonical).toBe("Khiếu nại; Tố cáo");
    const d = read("receivedOn", "2026-3-5");
    expect(!isIssue(d) && d.canonical).toBe("05/03/2026");
  });

  it("text is NFC and trimmed; a broken character is an error", () => {
    expect(readValue("field", "  Đất đai ".normalize("NFD"))).toBe("Đất đai");
    expect(readValue("senderName", "Nguy\uFFFDn")).toBe("VALUE_ENCODING");
  });
});

describe("a long value is quoted cut in a message, with its length (a pasted blob in the wrong column)", () => {
  it.each([
    ["people", "x".repeat(200_000), "NUMBER_INVALID", "(200.000 ký tự)"],
    ["receivedOn", `05/03/2026 ${"y".repeat(500)}`, "DATE_FORMAT", "(511 ký tự)"],
    ["kinds", `Khiếu nại${"z".repeat(90)}`, "VALUE_UNKNOWN", "(99 ký tự)"],
  ])("%s", (field, cell, code, length) => {
    const r = read(field, cell);
    expect(isIssue(r) && r.code).toBe(code);
    const what = isIssue(r) ? r.what : "";
    expect(what).toContain(`${cell.slice(0, 60)}… ${length}`);
    expect(what.length).toBeLessThan(200);
  });

  it("quotes a value of up to 80 characters whole, and never cuts a character in two", () => {
    const eighty = "Đ".repeat(80);
    expect(quoted(eighty)).toBe(eighty);
    expect(quoted(`${"a".repeat(59)}😀${"b".repeat(40)}`)).toBe(`${"a".repeat(59)}… (101 ký tự)`);
  });
});
