import { describe, expect, it } from "vitest";
import { computeDeadline } from "../deadlines/computeDeadline.js";
import { describeDaysOffProblem, parseDaysOffFile } from "./daysOffFile.js";
import { getDaysOffYear } from "./holidays.js";
import { createWorkingDayCalendar } from "./workingDays.js";

const NOTICE_2027 = [
  "Ngày;Tên;Loại;Văn bản",
  "05/02/2027;Tết Nguyên đán;Nghỉ lễ, Tết;Thông báo mẫu của Bộ Nội vụ",
  "08/02/2027;Tết Nguyên đán;Nghỉ lễ, Tết;Thông báo mẫu của Bộ Nội vụ",
  "09/02/2027;Tết Nguyên đán;Nghỉ lễ, Tết;Thông báo mẫu của Bộ Nội vụ",
  "10/02/2027;Tết Nguyên đán;Nghỉ lễ, Tết;Thông báo mẫu của Bộ Nội vụ",
  "11/02/2027;Tết Nguyên đán;Nghỉ lễ, Tết;Thông báo mẫu của Bộ Nội vụ",
  "12/02/2027;Nghỉ hoán đổi;Nghỉ hoán đổi;Thông báo mẫu của Bộ Nội vụ",
  "20/02/2027;Làm bù ngày 12/02/2027;Làm bù;Thông báo mẫu của Bộ Nội vụ",
].join("\n");

describe("days-off file: a province adds a decided notice or a local day off as data", () => {
  it("reads a CSV notice of Tết 2027: its days replace the Labour Code's Tết, the other holidays stay (review s19x F4)", () => {
    const r = parseDaysOffFile(NOTICE_2027, { fileName: "ngay-nghi.csv" });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.years).toEqual([2027]);
    expect(r.data.tables[0]?.daysOff.map((d) => [d.date, d.kind])).toEqual([
      ["2027-01-01", "holiday"],
      ["2027-02-05", "holiday"],
      ["2027-02-08", "holiday"],
      ["2027-02-09", "holiday"],
      ["2027-02-10", "holiday"],
      ["2027-02-11", "holiday"],
      ["2027-02-12", "swapped"],
      ["2027-04-16", "holiday"],
      ["2027-04-30", "holiday"],
      ["2027-05-01", "holiday"],
      ["2027-05-03", "compensatory"],
      ["2027-09-02", "holiday"],
      ["2027-09-03", "holiday"],
    ]);
    expect(r.data.tables[0]?.workedRestDays).toEqual([{ date: "2027-02-20", name: "Làm bù ngày 12/02/2027" }]);
    const year = getDaysOffYear(2027, { tables: r.data.tables });
    expect(year.basis).toBe("notice");
    expect(year.sources.map((c) => c.document)).toEqual([
      "Bộ luật Lao động 2019 (45/2019/QH14)",
      "Thông báo mẫu của Bộ Nội vụ",
    ]);
  });

  it.each([
    [
      "one day of Tết (fewer than its five): added to the Labour Code's days, Quốc khánh kept",
      "05/02/2027;Tết Nguyên đán;Nghỉ lễ, Tết",
      2027,
      ["2027-02-05", "2027-02-09", "2027-09-02"],
      [],
    ],
    [
      "the day next to Quốc khánh chosen by a notice: the tool's choice gives way",
      "01/09/2027;Quốc khánh;Nghỉ lễ, Tết",
      2027,
      ["2027-09-01", "2027-09-02"],
      ["2027-09-03"],
    ],
    [
      "a Saturday worked in 2026: added to Thông báo 9441/TB-BNV, whose days stay",
      "26/09/2026;Làm bù cho ngày 01/09;Làm bù",
      2026,
      ["2026-01-02", "2026-02-16", "2026-09-01", "2026-09-02"],
      [],
    ],
    [
      "a day of the notice said to be worked: no day off",
      "02/01/2026;Làm bù;Làm bù",
      2026,
      ["2026-02-16"],
      ["2026-01-02"],
    ],
  ])("a file of a few rows adds to the year's days off: %s", (_rule, row, year, off, notOff) => {
    const r = parseDaysOffFile(`Ngày;Tên;Loại\n${row}\n`);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const days = getDaysOffYear(year, { tables: r.data.tables }).daysOff.map((d) => d.date);
    for (const d of off) expect(days, d).toContain(d);
    for (const d of notOff) expect(days, d).not.toContain(d);
  });

  it("a days-off file moving a deadline: 7 working days from 03/02/2027 end later with the notice's Tết", () => {
    const statute = computeDeadline({ kind: "denunciationProcessing", from: "2027-02-03" });
    const r = parseDaysOffFile(NOTICE_2027);
    if (!r.ok) throw new Error("unexpected problems");
    const calendar = createWorkingDayCalendar({ ...r.data });
    const withFile = computeDeadline({ kind: "denunciationProcessing", from: "2027-02-03", options: { calendar } });
    expect(statute.due).toBe("2027-02-19");
    expect(statute.daysOffFallback?.years).toEqual([2027]);
    // The file gives 12/02 off (swapped) and Saturday 20/02 worked: the seventh working day is that Saturday.
    expect(withFile.due).toBe("2027-02-20");
    expect(withFile.daysOffFallback).toBeUndefined();
  });

  it("a local day off (JSON) is added to the bundled notice of its year", () => {
    const json = JSON.stringify({
      days: [{ date: "2026-11-24", name: "Ngày Văn hóa Việt Nam", kind: "local", document: "Quyết định của tỉnh" }],
    });
    const r = parseDaysOffFile(json);
    if (!r.ok) throw new Error("unexpected problems");
    expect(r.data.tables).toEqual([]);
    const year = getDaysOffYear(2026, { localDaysOff: r.data.localDaysOff });
    expect(year.basis).toBe("notice");
    expect(year.daysOff.find((d) => d.date === "2026-11-24")).toEqual({
      date: "2026-11-24",
      name: "Ngày Văn hóa Việt Nam",
      kind: "local",
    });
    const calendar = createWorkingDayCalendar({ ...r.data });
    expect(calendar.isWorkingDay("2026-11-24")).toBe(false);
    expect(calendar.describeDayOff?.("2026-11-24")).toBe("Ngày Văn hóa Việt Nam");
    expect(computeDeadline({ kind: "denunciationTransfer", from: "2026-11-23", options: { calendar } }).due).toBe(
      "2026-12-01",
    );
  });

  it("accepts English kinds, ISO dates, a BOM, quotes and comma separators", () => {
    const r = parseDaysOffFile('\uFEFFdate,name,kind\n2027-01-01,"Tết Dương lịch, năm mới",holiday\n');
    expect(r.ok && r.data.tables[0]?.daysOff[0]).toEqual({
      date: "2027-01-01",
      name: "Tết Dương lịch, năm mới",
      kind: "holiday",
    });
  });

  it("gives every problem of a faulty CSV with its row and column, and no days", () => {
    const r = parseDaysOffFile(
      "Ngày;Tên;Loại\n31/02/2027;Tết;Nghỉ lễ\n05/02/2027;;Nghỉ mát\n05/02/2027;Tết;Nghỉ lễ\n06/02/2027;Tết;Nghỉ lễ;thừa\n",
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toMatchInlineSnapshot(`
      [
        {
          "code": "DAYS_OFF_DATE_INVALID",
          "column": "Ngày",
          "message": "Ngày “31/02/2027” không đúng: viết dd/mm/yyyy (ví dụ 05/02/2027) hoặc yyyy-mm-dd, và phải có thật trên lịch.",
          "row": 2,
        },
        {
          "code": "DAYS_OFF_NAME_MISSING",
          "column": "Tên",
          "message": "Thiếu tên ngày nghỉ (ví dụ “Tết Nguyên đán”).",
          "row": 3,
        },
        {
          "code": "DAYS_OFF_KIND_UNKNOWN",
          "column": "Loại",
          "message": "Loại “Nghỉ mát” không hiểu được; chọn một trong: Nghỉ lễ, Tết / Nghỉ bù / Nghỉ hoán đổi / Làm bù / Nghỉ địa phương.",
          "row": 3,
        },
        {
          "code": "DAYS_OFF_DUPLICATE_DATE",
          "column": "Ngày",
          "message": "Ngày 05/02/2027 đã có ở dòng 3; mỗi ngày chỉ ghi một lần.",
          "row": 4,
        },
        {
          "code": "DAYS_OFF_CELL_COUNT",
          "column": "",
          "message": "Dòng 5 có 4 ô nhưng dòng tiêu đề có 3 cột; kiểm tra dấu phân cách “;” trong tên ngày nghỉ (đặt tên trong ngoặc kép).",
          "row": 5,
        },
      ]
    `);
  });

  it("review s21 C6: a year outside the calendar's (2207 typed for 2027) is the row's problem, not an exception", () => {
    const r = parseDaysOffFile(
      "Ngày;Tên;Loại\n05/02/2027;Tết;Nghỉ lễ\n08/02/2207;Tết;Nghỉ lễ\n31/12/1899;Nghỉ bù;Nghỉ bù\n",
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => [p.code, p.row, p.column, p.message])).toEqual([
      [
        "DAYS_OFF_DATE_INVALID",
        3,
        "Ngày",
        "Ngày “08/02/2207” có năm 2207 ngoài các năm 1900–2199 mà lịch tính được: năm gõ nhầm?",
      ],
      [
        "DAYS_OFF_DATE_INVALID",
        4,
        "Ngày",
        "Ngày “31/12/1899” có năm 1899 ngoài các năm 1900–2199 mà lịch tính được: năm gõ nhầm?",
      ],
    ]);
  });

  it("says where a JSON file is broken, and what shape it must have", () => {
    const broken = parseDaysOffFile('{ "days": [ { "date": "2027-02-05", } ] }');
    expect(!broken.ok && broken.problems.map((p) => p.code)).toEqual(["DAYS_OFF_JSON_SYNTAX"]);
    const wrongShape = parseDaysOffFile('{ "ngay": [] }');
    expect(!wrongShape.ok && wrongShape.problems.map((p) => [p.code, p.column]).sort()).toEqual([
      ["DAYS_OFF_SHAPE", ""],
      ["DAYS_OFF_SHAPE", "days"],
    ]);
    expect(parseDaysOffFile("  ")).toEqual({
      ok: false,
      problems: [{ code: "DAYS_OFF_EMPTY", row: 0, column: "", message: "Tệp ngày nghỉ trống." }],
    });
    const header = parseDaysOffFile("Ngày;Ghi chú\n05/02/2027;x\n");
    expect(!header.ok && header.problems[0]?.message).toBe(
      "Dòng tiêu đề của tệp ngày nghỉ thiếu cột “Tên”, “Loại”; cần các cột Ngày, Tên, Loại (và Văn bản nếu có).",
    );
  });
});

describe("days-off file: what changes nothing is said, Vietnamese keys, empty files (review s19x F13)", () => {
  it("a “Làm bù” on a working day and a day given off on a weekend are warned of; a holiday on a Saturday is not", () => {
    const r = parseDaysOffFile(
      "Ngày;Tên;Loại\n10/02/2027;Làm bù;Làm bù\n20/02/2027;Nghỉ bù;Nghỉ bù\n01/05/2027;Quốc tế lao động;Nghỉ lễ, Tết\n",
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.warnings.map((w) => [w.code, w.row, w.column])).toEqual([
      ["DAYS_OFF_WORKED_WEEKDAY", 2, "Loại"],
      ["DAYS_OFF_ON_WEEKEND", 3, "Ngày"],
    ]);
    expect(r.warnings[0]?.message).toContain("Ngày 10/02/2027 là ngày làm việc (Thứ Tư) mà ghi “Làm bù”");
  });

  it("JSON keys in Vietnamese, as the CSV's columns; an empty list, as a CSV of its header only; a number shown", () => {
    const vn = parseDaysOffFile(
      JSON.stringify({ days: [{ ngay: "24/11/2026", ten: "Ngày riêng", loai: "Nghỉ địa phương" }] }),
    );
    expect(vn.ok && vn.data.localDaysOff).toEqual([{ date: "2026-11-24", name: "Ngày riêng", kind: "local" }]);
    expect(parseDaysOffFile('{"days":[]}').ok).toBe(true);
    expect(parseDaysOffFile("Ngày;Tên;Loại\n").ok).toBe(true);
    const n = parseDaysOffFile(JSON.stringify({ days: [{ date: 20270205, name: "Tết", kind: "Nghỉ lễ, Tết" }] }));
    expect(n.ok ? "" : n.problems[0]?.message).toContain("Ngày “20270205” không đúng");
  });
});

describe("days-off file: a Tết notice written as its weekdays off (review s19c C9)", () => {
  it("replaces the tool's Tết and its compensatory days, whatever the rows' kinds", () => {
    const r = parseDaysOffFile(
      "Ngày;Tên;Loại\n04/02/2027;Tết;Nghỉ lễ, Tết\n05/02/2027;Tết;Nghỉ lễ, Tết\n08/02/2027;Tết;Nghỉ lễ, Tết\n09/02/2027;Nghỉ bù;Nghỉ bù\n10/02/2027;Nghỉ bù;Nghỉ bù\n",
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const feb = getDaysOffYear(2027, { tables: r.data.tables })
      .daysOff.map((d) => d.date)
      .filter((d) => d.startsWith("2027-02"));
    expect(feb).toEqual(["2027-02-04", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10"]);
  });
});

describe("describeDaysOffProblem: where, then what, as a clerk reads it", () => {
  const p = { code: "DAYS_OFF_KIND_UNKNOWN" as const, row: 3, column: "Loại", message: "Loại “x” không hiểu được." };
  it.each([
    [p, "ngay-nghi.csv", "dòng 3, cột “Loại”: Loại “x” không hiểu được."],
    [p, "ngay-nghi.json", "mục 3, cột “Loại”: Loại “x” không hiểu được."],
    [{ ...p, column: "" }, "ngay-nghi.csv", "dòng 3: Loại “x” không hiểu được."],
    [{ ...p, row: 0 }, "ngay-nghi.csv", "Loại “x” không hiểu được."],
  ])("%j in %s", (problem, file, line) => {
    expect(describeDaysOffProblem(problem, file)).toBe(line);
  });
});
