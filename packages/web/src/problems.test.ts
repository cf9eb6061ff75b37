import { describe, expect, it } from "vitest";
import { problemsCsv } from "./problems.js";

describe("issue 17 point 10: the problems export holds no cell a spreadsheet would run as a formula", () => {
  it("a file name or a header starting like a formula gets a leading apostrophe", () => {
    const csv = problemsCsv([
      {
        file: "=cmd|'/c calc'!A1.csv",
        row: 2,
        column: "@Cột",
        code: "VALUE_UNKNOWN",
        severity: "error",
        what: "Ô “@Cột”: giá trị không có trong danh sách cho phép của cột.",
        allowed: "+ hoặc -",
      },
    ]);
    const cells = (csv.split("\r\n")[1] as string).split('","').map((c) => c.replace(/^"|"$/g, ""));
    expect(cells).toEqual([
      "'=cmd|'/c calc'!A1.csv",
      "2",
      "'@Cột",
      "VALUE_UNKNOWN",
      "lỗi",
      "Ô “@Cột”: giá trị không có trong danh sách cho phép của cột.",
      "'+ hoặc -",
    ]);
  });
});
