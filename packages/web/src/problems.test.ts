import { describe, expect, it } from "vitest";
import { cellChoices, problemsCsv, problemsInOrder } from "./problems.js";
import type { ProblemRow, ReadSummary } from "./protocol.js";

describe("issue 17 point 10: the problems export holds no cell a spreadsheet would run as a formula", () => {
  it("a file name or a header starting like a formula gets a leading apostrophe", () => {
    const csv = problemsCsv([
      {
        file: "=cmd|'/c calc'!A1.csv",
        row: 2,
        column: "@Cột",
        field: "",
        id: "=1+1",
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
      "'=1+1",
      "'@Cột",
      "VALUE_UNKNOWN",
      "lỗi",
      "Ô “@Cột”: giá trị không có trong danh sách cho phép của cột.",
      "'+ hoặc -",
    ]);
  });
});

describe("issue 16 point 11: the problems table names the row's case and offers a closed column's values", () => {
  const problem = (p: Partial<ProblemRow>): ProblemRow => ({
    file: "so.csv",
    row: 3,
    column: "Hình thức",
    field: "channel",
    id: "HS-1",
    code: "VALUE_UNKNOWN",
    severity: "error",
    what: "“Thư tay” không phải giá trị của cột “Hình thức tiếp nhận”.",
    allowed: "Tiếp trực tiếp, Đơn thư",
    ...p,
  });
  const read: Pick<ReadSummary, "files" | "targets"> = {
    files: [{ file: "so.csv", kind: "cases" } as ReadSummary["files"][number]],
    targets: {
      cases: [
        { field: "id", label: "Mã số" },
        { field: "channel", label: "Hình thức tiếp nhận", values: ["Tiếp trực tiếp", "Đơn thư"] },
      ],
      sessions: [{ field: "kind", label: "Loại buổi", values: ["Định kỳ", "Đột xuất"] }],
    },
  };

  it("the export has the Mã số column, empty where intake withheld it", () => {
    const lines = problemsCsv([problem({}), problem({ id: "", row: 4 })]).split("\r\n");
    expect(lines[0]).toBe('\uFEFF"Tệp","Dòng","Mã số","Cột","Mã lỗi","Mức","Lỗi","Cho phép"');
    expect(lines[1]?.startsWith('"so.csv","3","HS-1","Hình thức"')).toBe(true);
    expect(lines[2]?.startsWith('"so.csv","4","","Hình thức"')).toBe(true);
  });

  it("a cell of a closed column offers its values, by the kind of its file; a free cell or a row problem none", () => {
    expect(cellChoices(read, problem({}))).toEqual(["Tiếp trực tiếp", "Đơn thư"]);
    expect(cellChoices(read, problem({ field: "id" }))).toEqual([]);
    expect(cellChoices(read, problem({ field: "", column: "" }))).toEqual([]);
    expect(cellChoices(read, problem({ field: "kind" }))).toEqual([]); // a sessions field, in a cases register
    expect(cellChoices(read, problem({ file: "other.csv" }))).toEqual([]);
  });
});

describe("review s23w W23-8: the errors that block the report are listed before the warnings", () => {
  const problem = (file: string, row: number, severity: ProblemRow["severity"]): ProblemRow => ({
    file,
    row,
    column: "",
    field: "",
    id: "",
    code: severity === "error" ? "DATE_INVALID" : "SESSION_UNKNOWN",
    severity,
    what: "",
    allowed: "",
  });

  it("every error first, then every warning; within each level the files' order and their rows' order", () => {
    const problems = [
      problem("a.csv", 2, "warning"),
      problem("a.csv", 3, "error"),
      problem("a.csv", 4, "warning"),
      problem("b.csv", 1, "error"),
      problem("b.csv", 5, "warning"),
      problem("b.csv", 6, "error"),
    ];
    expect(problemsInOrder(problems).map((p) => `${p.file}:${p.row}:${p.severity}`)).toEqual([
      "a.csv:3:error",
      "b.csv:1:error",
      "b.csv:6:error",
      "a.csv:2:warning",
      "a.csv:4:warning",
      "b.csv:5:warning",
    ]);
  });
});
