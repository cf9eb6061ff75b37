import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
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
