import { describe, expect, it } from "vitest";
import { type Problem, ProblemSchema } from "./problem.js";

const good: Problem = {
  code: "DATE_INVALID",
  severity: "error",
  row: 2,
  column: "Ngày tiếp nhận",
  field: "receivedOn",
  value: "31/02/2026",
  message: "Ngày 31/02/2026 không có thật trên lịch.",
};

describe("ProblemSchema: data errors are values (DESIGN.md “Problems”)", () => {
  it.each<[string, Problem]>([
    ["a row error", good],
    ["a warning", { ...good, severity: "warning" }],
    [
      "a whole-file problem (row 0, no column, no field)",
      { code: "FILE_EMPTY", severity: "error", row: 0, column: "", field: "", message: "Tệp không có dòng dữ liệu." },
    ],
    [
      "an identity column of a denunciation row, without its value",
      {
        code: "SENDER_TOO_LONG",
        severity: "warning",
        row: 7,
        column: "Người gửi",
        field: "senderName",
        message: "Họ tên quá dài.",
      },
    ],
  ])("accepts %s", (_, problem) => {
    expect(ProblemSchema.parse(problem)).toEqual(problem);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a lower-case code", { code: "date_invalid" }, "code"],
    ["a code starting with a digit", { code: "1_DATE" }, "code"],
    ["a code with a dash", { code: "DATE-INVALID" }, "code"],
    ["an unknown severity", { severity: "info" }, "severity"],
    ["a negative row", { row: -1 }, "row"],
    ["a fractional row", { row: 1.5 }, "row"],
    ["a row as text", { row: "2" }, "row"],
    ["an empty message", { message: "" }, "message"],
    ["a numeric value", { value: 31 }, "value"],
    ["an unknown key", { hint: "…" }, ""],
  ])("rejects %s", (_, patch, path) => {
    const r = ProblemSchema.safeParse({ ...good, ...patch });
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual([path]);
  });

  it("rejects a problem without row, column or field", () => {
    const r = ProblemSchema.safeParse({ code: "X", severity: "error", message: "Lỗi." });
    expect(r.error?.issues.map((i) => ({ path: i.path.join("."), code: i.code }))).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_type",
          "path": "row",
        },
        {
          "code": "invalid_type",
          "path": "column",
        },
        {
          "code": "invalid_type",
          "path": "field",
        },
      ]
    `);
  });
});
