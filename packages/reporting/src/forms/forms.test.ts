import type { Case, ReceptionSession } from "@tiepdan/core";
import { describe, expect, it } from "vitest";
import { fillForm, listFormColumns } from "./fillForm.js";
import { TT01_2024_01_TCD, TT01_2024_01_XLD, TT06_2025_01_TCD, TT06_2025_02_XLD } from "./index.js";
import { columnCode, formToStatTable, layoutHeader } from "./layoutHeader.js";
import { countFormMeasures, emptyFormMeasures, FORM_MEASURES } from "./measures.js";
import { FORMS, selectForms } from "./registry.js";

describe("selectForms: the circular in force on the period's last day", () => {
  it.each([
    ["Thông tư 01/2024/TT-TTCP not yet in force on 04/03/2024", "2024-03-04", []],
    ["Thông tư 01/2024/TT-TTCP in force from 05/03/2024", "2024-03-05", ["tt01-2024/01-TCD", "tt01-2024/01-XLD"]],
    ["Thông tư 01/2024/TT-TTCP for 2025-Q1 (to 14/03/2025)", "2025-03-14", ["tt01-2024/01-TCD", "tt01-2024/01-XLD"]],
    ["Thông tư 01/2024/TT-TTCP until 29/09/2025", "2025-09-29", ["tt01-2024/01-TCD", "tt01-2024/01-XLD"]],
    ["Thông tư 06/2025/TT-TTCP in force from 30/09/2025", "2025-09-30", ["tt06-2025/01-TCD", "tt06-2025/02-XLD"]],
    ["Thông tư 06/2025/TT-TTCP for 2026-Q1 (to 14/03/2026)", "2026-03-14", ["tt06-2025/01-TCD", "tt06-2025/02-XLD"]],
  ])("%s", (_name, date, ids) => {
    expect(selectForms(date).map((f) => f.id)).toEqual(ids);
  });
});

describe("form definitions", () => {
  it.each(FORMS.map((f) => [f.id, f] as const))(
    "%s: columns numbered 1…n, every formula over its own columns",
    (_id, form) => {
      const leaves = listFormColumns(form.header);
      expect(leaves.map((l) => l.number)).toEqual(leaves.map((_, i) => i + 1));
      for (const l of leaves) {
        if ("sum" in l.fill) {
          // The printed formula's first equality is the sum the column is filled with.
          expect(l.formula?.split("=")[0]).toBe(l.fill.sum.join("+"));
          for (const n of l.fill.sum) expect(n).toBeLessThanOrEqual(leaves.length);
        }
        if ("measure" in l.fill) expect(FORM_MEASURES).toContain(l.fill.measure);
      }
      expect(form.sheetName.length).toBeLessThanOrEqual(31);
    },
  );

  it("TT 01/2024 01/TCD: 29 columns, 1=4+13+22, 2=5+14+23, 3=6+7+15+16+24+25; a four-row header", () => {
    const leaves = listFormColumns(TT01_2024_01_TCD.header);
    expect(leaves.slice(0, 3).map(columnCode)).toEqual(["1=4+13+22", "2=5+14+23", "3=6+7+15+16+24+25"]);
    expect(leaves).toHaveLength(29);
    expect(layoutHeader("Đơn vị", TT01_2024_01_TCD.header).rows).toBe(4);
  });

  it("TT 01/2024 01/XLD: 22 columns, 1=2+3=4+5, 6=8+9+10=11+12+13=14+18, 14=15+16+17, 18=19+20+21", () => {
    const codes = listFormColumns(TT01_2024_01_XLD.header).map(columnCode);
    expect(codes).toHaveLength(22);
    expect([codes[0], codes[5], codes[13], codes[17]]).toEqual([
      "1=2+3=4+5",
      "6=8+9+10=11+12+13=14+18",
      "14=15+16+17",
      "18=19+20+21",
    ]);
  });

  it("TT 06/2025: 01/TCD and 02/XLD, marked not verified against the circular's appendix", () => {
    expect([TT06_2025_01_TCD.code, TT06_2025_02_XLD.code]).toEqual(["01/TCD", "02/XLD"]);
    expect(FORMS.every((f) => f.verified === false)).toBe(true);
  });

  it("the header of 01/XLD as merged cells: groups span their columns, leaves reach the last header row", () => {
    const { rows, cells } = layoutHeader("Đơn vị", TT01_2024_01_XLD.header);
    expect(rows).toBe(3);
    const find = (label: string) =>
      cells.filter((c) => c.label === label).map(({ row, col, rowSpan, colSpan }) => [row, col, rowSpan, colSpan]);
    expect(find("Đơn vị")).toEqual([[0, 0, 3, 1]]);
    expect(find("Tổng số đơn phải xử lý")).toEqual([[0, 1, 1, 3]]);
    expect(find("Số đơn đã xử lý")).toEqual([[0, 4, 3, 1]]);
    expect(find("Đã giải quyết")).toEqual([[1, 11, 1, 2]]);
    expect(find("Chưa giải quyết xong")).toEqual([[1, 13, 2, 1]]);
  });
});

const day = (d: string) => d;
const c = (over: Partial<Case> & Pick<Case, "id" | "receivedOn">): Case => ({
  channel: "letter",
  kinds: ["petition"],
  ...over,
});

describe("countFormMeasures", () => {
  const range = { from: "2025-12-15", to: "2026-03-14" };
  const cases: Case[] = [
    c({
      id: "1",
      receivedOn: day("2026-01-05"),
      channel: "inPerson",
      people: 6,
      filingCount: 1,
      route: "handle",
      kinds: ["complaint", "denunciation"],
    }),
    c({ id: "2", receivedOn: day("2026-01-06"), channel: "inPerson", sessionId: "B1", filingCount: 2, route: "guide" }),
    c({ id: "3", receivedOn: day("2025-11-01"), route: "direct", kinds: ["complaint"] }),
    c({ id: "4", receivedOn: day("2025-11-02"), resultOn: day("2025-12-01") }),
    c({ id: "5", receivedOn: day("2026-02-01"), route: "archive" }),
    c({ id: "6", receivedOn: day("2026-03-20") }),
  ];
  const sessions: ReceptionSession[] = [
    { id: "B1", date: "2026-01-06", kind: "scheduled", people: 9 },
    { id: "B2", date: "2026-03-15", kind: "adHoc", people: 4 },
  ];
  const m = countFormMeasures(cases, sessions, range);
  it.each([
    ["a case received in person outside any session is regular reception", "reception.regular.visits", 1],
    ["its people (6: a group, Luật Tiếp công dân 2013 Điều 29)", "reception.regular.groupPeople", 6],
    ["a case at a session is the head's reception", "reception.head.visits", 1],
    ["a repeat filing (Lần ≥ 2)", "reception.head.repeat", 1],
    ["sessions in the data range only", "reception.head.sessions", 1],
    ["Số lượt người of those sessions", "reception.head.people", 9],
    ["carried over: received before, no result before the range", "processing.carriedOver", 1],
    ["received in the range", "processing.received", 3],
    ["processed: a route recorded", "processing.processed", 4],
    ["a complaint that is also a denunciation counts as a denunciation", "processing.competent.denunciation", 1],
    ["a route “Chuyển” is a transfer", "processing.transferred", 1],
    ["an archived letter is not eligible", "processing.eligible.petition", 1],
  ] as const)("%s", (_name, measure, value) => {
    expect(m[measure]).toBe(value);
  });
});

describe("fillForm", () => {
  const measures = {
    ...emptyFormMeasures(),
    "processing.carriedOver": 2,
    "processing.received": 5,
    "processing.guided": 1,
  };
  it("fills measure and formula columns, leaves the others blank with their reasons", () => {
    const filled = fillForm(TT06_2025_02_XLD, [{ label: "Tổng", measures, total: true }], ["filingCount", "sessionId"]);
    const byNumber = new Map(filled.leaves.map((l, i) => [l.number, filled.rows[0]?.values[i]]));
    expect([byNumber.get(1), byNumber.get(2), byNumber.get(3), byNumber.get(18), byNumber.get(7)]).toEqual([
      7,
      2,
      5,
      1,
      null,
    ]);
    expect(filled.blanks).toMatchInlineSnapshot(`
      [
        {
          "form": "02/XLD",
          "label": "Số vụ việc",
          "number": 7,
          "reason": "sổ theo dõi ghi mỗi dòng một đơn, không gộp các đơn cùng nội dung thành một vụ việc",
        },
        {
          "form": "02/XLD",
          "label": "Lần đầu",
          "number": 11,
          "reason": "sổ theo dõi không ghi tình trạng giải quyết của vụ việc trước khi nhận đơn",
        },
        {
          "form": "02/XLD",
          "label": "Nhiều lần",
          "number": 12,
          "reason": "sổ theo dõi không ghi tình trạng giải quyết của vụ việc trước khi nhận đơn",
        },
        {
          "form": "02/XLD",
          "label": "Chưa giải quyết xong",
          "number": 13,
          "reason": "sổ theo dõi không ghi tình trạng giải quyết của vụ việc trước khi nhận đơn",
        },
        {
          "form": "02/XLD",
          "label": "Đôn đốc giải quyết",
          "number": 21,
          "reason": "sổ theo dõi không ghi văn bản đôn đốc giải quyết",
        },
        {
          "form": "02/XLD",
          "label": "Số văn bản phúc đáp nhận được do chuyển đơn",
          "number": 22,
          "reason": "sổ theo dõi không ghi văn bản phúc đáp của cơ quan nhận đơn chuyển",
        },
      ]
    `);
  });

  it("a register without the column “Lần” leaves the first/repeat columns of 01/TCD blank, and says why", () => {
    const filled = fillForm(TT06_2025_01_TCD, [{ label: "Tổng", measures, total: true }], ["sessionId"]);
    const reasons = filled.blanks.filter((b) => b.reason.includes("“Lần”")).map((b) => b.number);
    expect(reasons).toEqual([6, 7, 10, 11, 15, 16, 19, 20]);
    // Column 3 sums only blank columns: blank too.
    expect(filled.blanks.find((b) => b.number === 3)?.reason).toBe("các cột cộng vào đều để trống");
  });

  it("as an appendix table: two header levels, the numbered-column row, no note about our sources", () => {
    const table = formToStatTable(fillForm(TT06_2025_02_XLD, [{ label: "Tổng", measures, total: true }], null));
    expect(table.title).toBe("Biểu số 02/XLD. TỔNG HỢP KẾT QUẢ TIẾP NHẬN, XỬ LÝ ĐƠN");
    expect(table.columns[5]).toEqual({
      label: "Phân loại đơn theo tình trạng giải quyết",
      children: [
        { label: "Đã giải quyết: Lần đầu" },
        { label: "Đã giải quyết: Nhiều lần" },
        { label: "Chưa giải quyết xong" },
      ],
    });
    expect(table.columnCodes?.[0]).toBe("1=2+3=4+5");
    expect(table.notes).toEqual([]);
  });
});
