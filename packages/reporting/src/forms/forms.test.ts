import type { Case, ReceptionSession } from "@tiepdan/core";
import { describe, expect, it } from "vitest";
import { fillForm, formulaGaps, listFormColumns } from "./fillForm.js";
import {
  TT01_2024_01_KQGQ,
  TT01_2024_01_TCD,
  TT01_2024_01_XLD,
  TT01_2024_03_KQGQ,
  TT06_2025_01_TCD,
  TT06_2025_02_XLD,
  TT06_2025_03_GQKN,
  TT06_2025_04_GQTC,
} from "./index.js";
import { columnCode, formToStatTable, layoutHeader } from "./layoutHeader.js";
import { countFormMeasures, emptyFormMeasures, FORM_MEASURES, fieldColumn } from "./measures.js";
import { FORMS, selectForms } from "./registry.js";
import type { FormDefinition } from "./types.js";

const TT01 = ["tt01-2024/01-TCD", "tt01-2024/01-XLD", "tt01-2024/01-KQGQ", "tt01-2024/03-KQGQ"];
const TT06 = ["tt06-2025/01-TCD", "tt06-2025/02-XLD", "tt06-2025/03-GQKN", "tt06-2025/04-GQTC"];

describe("selectForms: the circular in force on the period's last day", () => {
  it.each([
    ["Thông tư 01/2024/TT-TTCP not yet in force on 04/03/2024", "2024-03-04", []],
    ["Thông tư 01/2024/TT-TTCP in force from 05/03/2024", "2024-03-05", TT01],
    ["Thông tư 01/2024/TT-TTCP for 2025-Q1 (to 14/03/2025)", "2025-03-14", TT01],
    ["Thông tư 01/2024/TT-TTCP until 29/09/2025", "2025-09-29", TT01],
    ["Thông tư 06/2025/TT-TTCP in force from 30/09/2025", "2025-09-30", TT06],
    ["Thông tư 06/2025/TT-TTCP for 2026-Q1 (to 14/03/2026)", "2026-03-14", TT06],
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

  it("TT 06/2025: 01/TCD, 02/XLD, 03/GQKN, 04/GQTC, read in the circular's appendix (TT 01/2024's set is not)", () => {
    expect([TT06_2025_01_TCD, TT06_2025_02_XLD, TT06_2025_03_GQKN, TT06_2025_04_GQTC].map((f) => f.code)).toEqual([
      "01/TCD",
      "02/XLD",
      "03/GQKN",
      "04/GQTC",
    ]);
    expect(FORMS.filter((f) => f.verified).map((f) => f.id)).toEqual([
      "tt06-2025/01-TCD",
      "tt06-2025/02-XLD",
      "tt06-2025/03-GQKN",
      "tt06-2025/04-GQTC",
    ]);
  });

  it.each([
    [
      "TT 01/2024 01/KQGQ (complaints): 26 columns, 1=2+3, 5=20+..+24; a four-row header",
      TT01_2024_01_KQGQ,
      26,
      4,
      { 1: "1=2+3", 5: "5=20+..+24", 6: "6", 25: "25", 26: "26" },
    ],
    [
      "TT 01/2024 03/KQGQ (denunciations): 31 columns, 1=2+3, 6=7+..+10=24+26+28=30+31, 8=25+27+29",
      TT01_2024_03_KQGQ,
      31,
      4,
      { 1: "1=2+3", 6: "6=7+..+10=24+26+28=30+31", 8: "8=25+27+29", 30: "30", 31: "31" },
    ],
    [
      "TT 06/2025 01/TCD: 21 columns, 1=5+11+17, 2=6+12+18, 3=7+13+19, 4=8+14+20; a four-row header",
      TT06_2025_01_TCD,
      21,
      4,
      { 1: "1=5+11+17", 2: "2=6+12+18", 3: "3=7+13+19", 4: "4=8+14+20", 10: "10", 21: "21" },
    ],
    [
      "TT 06/2025 02/XLD: 25 columns, 3=4+23, 4=6+12+19, 6=7+8=9+10+11, 12=13+14=15+16+17+18, 19=20+21+22, 23=24+25",
      TT06_2025_02_XLD,
      25,
      4,
      {
        1: "1",
        3: "3=4+23",
        4: "4=6+12+19",
        6: "6=7+8=9+10+11",
        12: "12=13+14=15+16+17+18",
        19: "19=20+21+22",
        23: "23=24+25",
        25: "25",
      },
    ],
    [
      "TT 06/2025 03/GQKN: 23 columns, 2=3+4+5+6, 7=8+9+10+11+12",
      TT06_2025_03_GQKN,
      23,
      2,
      { 1: "1", 2: "2=3+4+5+6", 7: "7=8+9+10+11+12", 23: "23" },
    ],
    [
      "TT 06/2025 04/GQTC: 25 columns, 2=3+4+5+6, 7=8+9+10+11+12+13",
      TT06_2025_04_GQTC,
      25,
      2,
      { 1: "1", 2: "2=3+4+5+6", 7: "7=8+9+10+11+12+13", 25: "25" },
    ],
  ] as const)("%s", (_name, form, count, headerRows, codes) => {
    const leaves = listFormColumns(form.header);
    expect(leaves).toHaveLength(count);
    expect(layoutHeader("Đơn vị", form.header).rows).toBe(headerRows);
    for (const [n, code] of Object.entries(codes))
      expect(columnCode(leaves[Number(n) - 1] ?? { number: 0 })).toBe(code);
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
    [
      "carried over: received before, not processed before (a route recorded, no notice in the range)",
      "processing.carriedOver",
      0,
    ],
    ["received in the range", "processing.received", 3],
    ["processed: a route recorded", "processing.processed", 3],
    ["a complaint that is also a denunciation counts as a denunciation", "processing.competent.denunciation", 1],
    ["a transfer from before the range, its notice then: not processed again", "processing.transferred", 0],
    ["an archived letter is not eligible", "processing.eligible.petition", 1],
  ] as const)("%s", (_name, measure, value) => {
    expect(m[measure]).toBe(value);
  });
});

describe("countFormMeasures: settlement of complaints and denunciations within the unit's competence", () => {
  const range = { from: "2025-12-15", to: "2026-03-14" };
  const handled = (over: Partial<Case> & Pick<Case, "id" | "receivedOn">): Case =>
    c({ route: "handle", authority: "own", kinds: ["complaint"], ...over });
  const cases: Case[] = [
    // Settled 12 days after acceptance.
    handled({ id: "K1", receivedOn: "2026-01-05", acceptedOn: "2026-01-08", resultOn: "2026-01-20", filingCount: 1 }),
    // Carried over, settled three months after acceptance.
    handled({ id: "K2", receivedOn: "2025-10-01", acceptedOn: "2025-10-05", resultOn: "2026-01-10" }),
    // Withdrawn.
    handled({
      id: "K3",
      receivedOn: "2026-02-01",
      acceptedOn: "2026-02-03",
      resultOn: "2026-02-10",
      status: "withdrawn",
    }),
    // A result after the as-of date is not known on it.
    handled({ id: "K4", receivedOn: "2026-03-01", acceptedOn: "2026-03-02", resultOn: "2026-03-20" }),
    // A complaint that is also a denunciation counts as a denunciation; a repeat denunciation (Lần 2).
    handled({
      id: "T1",
      receivedOn: "2026-01-15",
      kinds: ["complaint", "denunciation"],
      filingCount: 2,
      acceptedOn: "2026-01-16",
      resultOn: "2026-01-30",
    }),
    // Settled without “Ngày thụ lý”: neither on time nor late.
    handled({ id: "T2", receivedOn: "2026-01-20", kinds: ["denunciation"], filingCount: 1, resultOn: "2026-02-01" }),
    handled({
      id: "T3",
      receivedOn: "2026-02-10",
      kinds: ["denunciation"],
      acceptedOn: "2026-02-12",
      resultOn: "2026-02-20",
      status: "withdrawn",
    }),
    // Transferred, or not a complaint or denunciation: not settled here.
    handled({ id: "T4", receivedOn: "2026-01-10", kinds: ["denunciation"], route: "direct", resultOn: "2026-01-12" }),
    handled({ id: "P1", receivedOn: "2026-01-10", kinds: ["petition"], resultOn: "2026-01-12" }),
  ];
  const m = countFormMeasures(cases, [], range);
  it.each([
    ["complaints carried over (received before the range, no result before it)", "settlement.complaint.carriedOver", 1],
    ["complaints received in the range", "settlement.complaint.received", 3],
    ["decided: a result on or before the as-of date, not withdrawn", "settlement.complaint.decided", 2],
    ["withdrawn: Trạng thái “Rút đơn”", "settlement.complaint.withdrawn", 1],
    ["Luật Khiếu nại 2011 Điều 28: settled within 30 days of acceptance is on time", "settlement.complaint.onTime", 2],
    ["Luật Khiếu nại 2011 Điều 28: settled after 30 days is late", "settlement.complaint.late", 1],
    ["denunciations received (a complaint that is also a denunciation is one)", "settlement.denunciation.received", 3],
    ["repeat denunciations (Lần ≥ 2), settled or not", "settlement.denunciation.repeat", 1],
    ["settled, withdrawn included", "settlement.denunciation.settled", 3],
    ["decided, first denunciation (Lần 1)", "settlement.denunciation.decidedFirst", 1],
    ["decided, repeat denunciation (Lần ≥ 2)", "settlement.denunciation.decidedRepeat", 1],
    ["withdrawn denunciations", "settlement.denunciation.withdrawn", 1],
    ["Luật Tố cáo 2018 Điều 30: settled within 30 days of acceptance is on time", "settlement.denunciation.onTime", 2],
    ["without Ngày thụ lý the period cannot be judged: not late", "settlement.denunciation.late", 0],
  ] as const)("%s", (_name, measure, value) => {
    expect(m[measure]).toBe(value);
  });

  it("settlement runs on from period to period; processing does not: a complaint accepted before the range and settled in it", () => {
    // K2: received 01/10/2025, settled 10/01/2026 — still to settle in the range, processed long before it.
    expect(m["settlement.complaint.carriedOver"]).toBe(1);
    expect(m["settlement.complaint.carriedOver"] + m["settlement.complaint.received"]).toBe(
      m["processing.competent.complaint"] + 1,
    );
    expect(m["settlement.denunciation.carriedOver"] + m["settlement.denunciation.received"]).toBe(
      m["processing.competent.denunciation"],
    );
  });

  it.each([
    ["Rút đơn without a result date: withdrawn, not still examined", { status: "withdrawn" as const }, "withdrawn"],
    ["no route before the range: carried over and processed now", { route: undefined }, "carried"],
    ["notice sent in the range: processed now", { route: "guide" as const, notifiedOn: "2026-01-05" }, "carried"],
    ["notice sent before the range: processed before", { route: "guide" as const, notifiedOn: "2025-12-01" }, "before"],
  ])("%s", (_name, over, expected) => {
    const one = countFormMeasures([handled({ id: "X", receivedOn: "2025-11-20", ...over })], [], range);
    if (expected === "withdrawn") {
      expect(one["processing.competent.complaint.withdrawn"]).toBe(0); // from before the range, not processed now
      const now = countFormMeasures([handled({ id: "Y", receivedOn: "2026-01-02", ...over })], [], range);
      expect([now["processing.competent.complaint.withdrawn"], now["processing.competent.complaint.pending"]]).toEqual([
        1, 0,
      ]);
    } else expect(one["processing.carriedOver"]).toBe(expected === "carried" ? 1 : 0);
  });

  it("03/GQKN (7): a decision dated after the range is not issued in it, even with a later as-of date", () => {
    const late = countFormMeasures(cases, [], range, { asOf: "2026-03-31" });
    expect([late["settlement.complaint.issued"], late["settlement.complaint.decided"]]).toEqual([2, 3]);
  });

  it("an earlier as-of date does not know the later results", () => {
    const early = countFormMeasures(cases, [], range, { asOf: "2026-01-25" });
    expect([early["settlement.complaint.decided"], early["settlement.denunciation.settled"]]).toEqual([2, 0]);
  });
});

describe("countFormMeasures: the splits of Thông tư 06/2025/TT-TTCP's forms", () => {
  const range = { from: "2025-12-15", to: "2026-03-14" };
  const handled = (over: Partial<Case> & Pick<Case, "id" | "kinds">): Case =>
    c({ receivedOn: "2026-01-05", route: "handle", ...over });
  const cases: Case[] = [
    handled({ id: "A", kinds: ["complaint"], field: "Đất đai", filingCount: 1 }),
    handled({ id: "B", kinds: ["complaint"], field: "Chính sách xã hội", filingCount: 2, acceptedOn: "2026-01-07" }),
    handled({ id: "C", kinds: ["complaint"], field: "Môi trường" }),
    handled({ id: "D", kinds: ["denunciation"], field: "Tài chính, ngân sách", filingCount: 1 }),
    handled({
      id: "E",
      kinds: ["denunciation"],
      field: "Cán bộ, đảng viên",
      filingCount: 3,
      acceptedOn: "2026-01-06",
      resultOn: "2026-01-20",
      status: "withdrawn",
    }),
    handled({ id: "F", kinds: ["denunciation"], field: "Tư pháp", acceptedOn: "2026-01-06", resultOn: "2026-02-01" }),
    handled({ id: "G", kinds: ["petition"], field: "Bồi thường, hỗ trợ, tái định cư" }),
    handled({ id: "H", kinds: ["petition"] }),
  ];
  const sessions: ReceptionSession[] = [
    { id: "S1", date: "2026-01-06", kind: "scheduled" },
    { id: "S2", date: "2026-01-06", kind: "adHoc" },
    { id: "S3", date: "2026-02-02", kind: "scheduled" },
    { id: "S4", date: "2026-03-16", kind: "scheduled" },
  ];
  const m = countFormMeasures(cases, sessions, range);
  it.each([
    ["01/TCD (10) Số ngày tiếp: the days sessions were held, two on one day counted once", "reception.head.days", 2],
    ["02/XLD (7) Khiếu nại lần đầu: Lần 1", "processing.competent.complaint.first", 1],
    ["02/XLD (8) Khiếu nại lần 2: Lần ≥ 2", "processing.competent.complaint.second", 1],
    ["02/XLD (9) Đất đai", "processing.competent.complaint.land", 1],
    ["02/XLD (10) Chế độ, chính sách", "processing.competent.complaint.policy", 1],
    ["02/XLD (11) Khác: any other field", "processing.competent.complaint.other", 1],
    ["02/XLD (13) Tố cáo lần đầu", "processing.competent.denunciation.first", 1],
    ["02/XLD (14) Tố cáo tiếp", "processing.competent.denunciation.repeat", 1],
    ["02/XLD (15) Hành chính: officials, policy, land", "processing.competent.denunciation.administrative", 1],
    ["02/XLD (16) Tham nhũng", "processing.competent.denunciation.corruption", 0],
    ["02/XLD (17) Tư pháp", "processing.competent.denunciation.judicial", 1],
    ["02/XLD (18) Khác", "processing.competent.denunciation.other", 1],
    ["02/XLD (21) kiến nghị, phản ánh: Đất đai (bồi thường, tái định cư)", "processing.competent.petition.land", 1],
    ["02/XLD (22) kiến nghị, phản ánh: Khác, also without a field", "processing.competent.petition.other", 1],
    [
      "03/GQKN (3) Đang xem xét điều kiện thụ lý: neither accepted nor settled",
      "processing.competent.complaint.pending",
      2,
    ],
    ["03/GQKN (4) Đã thụ lý giải quyết: Ngày thụ lý by the as-of date", "processing.competent.complaint.accepted", 1],
    ["04/GQTC (4) accepted and withdrawn: counted under (6) only", "processing.competent.denunciation.accepted", 1],
    ["04/GQTC (6) Rút đơn", "processing.competent.denunciation.withdrawn", 1],
    [
      "04/GQTC (7) Kết luận ban hành trong kỳ: settled in the range, not withdrawn",
      "settlement.denunciation.issued",
      1,
    ],
  ] as const)("%s", (_name, measure, value) => {
    expect(m[measure]).toBe(value);
  });

  it("02/XLD (6)=(9)+(10)+(11), (12)=(15)+(16)+(17)+(18), (19)=(20)+(21)+(22): every letter has one field column", () => {
    const sum = (...ks: (typeof FORM_MEASURES)[number][]) => ks.reduce((a, k) => a + m[k], 0);
    const p = "processing.competent";
    expect(sum(`${p}.complaint.land`, `${p}.complaint.policy`, `${p}.complaint.other`)).toBe(m[`${p}.complaint`]);
    expect(
      sum(
        `${p}.denunciation.administrative`,
        `${p}.denunciation.corruption`,
        `${p}.denunciation.judicial`,
        `${p}.denunciation.other`,
      ),
    ).toBe(m[`${p}.denunciation`]);
    expect(sum(`${p}.petition.policy`, `${p}.petition.land`, `${p}.petition.other`)).toBe(m[`${p}.petition`]);
  });

  it("02/XLD (6)=(7)+(8) broken by a blank “Lần”: found and reported as a gap, the numbers left as counted", () => {
    const gaps = formulaGaps(fillForm(TT06_2025_02_XLD, [{ label: "Tổng", measures: m, total: true }], null));
    // C (a complaint without “Lần”) is in (6) but in neither (7) nor (8); E, F (denunciations) likewise for (12).
    expect(gaps.map((g) => `${g.number}: ${g.value} ≠ ${g.parts} = ${g.sum}`)).toEqual([
      "6: 3 ≠ 7+8 = 2",
      "12: 3 ≠ 13+14 = 2",
    ]);
  });

  it.each([
    ["complaint", "Đất đai", "land"],
    ["complaint", "Bồi thường, hỗ trợ, tái định cư", "land"],
    ["complaint", "GIẢI PHÓNG MẶT BẰNG", "land"],
    ["complaint", "Tranh chấp đất", "land"],
    ["complaint", "Cấp GCN QSDĐ", "land"],
    ["complaint", "dat dai", "land"],
    ["complaint", "Đạt chuẩn nông thôn mới", "other"],
    ["complaint", "Đất đai; Tư pháp", "land"],
    ["complaint", "Chính sách xã hội", "policy"],
    ["complaint", "Chế độ người có công", "policy"],
    ["complaint", "Bảo hiểm xã hội", "policy"],
    ["complaint", "Tư pháp", "other"],
    ["denunciation", "Tham nhũng, tiêu cực", "corruption"],
    ["denunciation", "Đất đai, tham nhũng", "corruption"],
    ["denunciation", "Tư pháp", "judicial"],
    ["denunciation", "Thi hành án dân sự", "judicial"],
    ["denunciation", "Cán bộ, đảng viên", "administrative"],
    ["denunciation", "Đất đai", "administrative"],
    ["denunciation", "Chính sách xã hội", "administrative"],
    ["denunciation", "Môi trường", "other"],
    ["petition", "Đất đai; chính sách", "policy"],
    ["petition", "Nhà ở", "land"],
    ["petition", "", "other"],
    ["petition", undefined, "other"],
  ] as const)("02/XLD field column of a %s about %j: %s", (kind, field, column) => {
    expect(fieldColumn(kind, field)).toBe(column);
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
    const filled = fillForm(
      TT01_2024_01_XLD,
      [{ label: "Tổng", measures, total: true }],
      ["filingCount", "sessionId", "route"],
    );
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
          "form": "01/XLD",
          "label": "Số vụ việc",
          "number": 7,
          "reason": "sổ theo dõi ghi mỗi dòng một đơn, không gộp các đơn cùng nội dung thành một vụ việc",
        },
        {
          "form": "01/XLD",
          "label": "Lần đầu",
          "number": 11,
          "reason": "sổ theo dõi không ghi tình trạng giải quyết của vụ việc trước khi nhận đơn",
        },
        {
          "form": "01/XLD",
          "label": "Nhiều lần",
          "number": 12,
          "reason": "sổ theo dõi không ghi tình trạng giải quyết của vụ việc trước khi nhận đơn",
        },
        {
          "form": "01/XLD",
          "label": "Chưa giải quyết xong",
          "number": 13,
          "reason": "sổ theo dõi không ghi tình trạng giải quyết của vụ việc trước khi nhận đơn",
        },
        {
          "form": "01/XLD",
          "label": "Đôn đốc giải quyết",
          "number": 21,
          "reason": "sổ theo dõi không ghi văn bản đôn đốc giải quyết",
        },
        {
          "form": "01/XLD",
          "label": "Số văn bản phúc đáp nhận được do chuyển đơn",
          "number": 22,
          "reason": "sổ theo dõi không ghi văn bản phúc đáp của cơ quan nhận đơn chuyển",
        },
      ]
    `);
  });

  it("a register without the column “Lần” leaves the first/repeat columns of 01/TCD blank, and says why", () => {
    const filled = fillForm(TT01_2024_01_TCD, [{ label: "Tổng", measures, total: true }], ["sessionId"]);
    const reasons = filled.blanks.filter((b) => b.reason.includes("“Lần”")).map((b) => b.number);
    expect(reasons).toEqual([3, 6, 7, 10, 11, 15, 16, 19, 20]);
    // Column 3 sums columns blank for want of “Lần”: its total would be short, so it is blank too, and says why.
    expect(filled.blanks.find((b) => b.number === 3)?.reason).toBe(
      "cột (6) cộng vào để trống vì sổ theo dõi đơn không có cột “Lần”",
    );
  });

  it("a total is not printed short: TT 06/2025 01/TCD (2)=6+12+18 without “Buổi tiếp” is blank, not the head's people alone", () => {
    const withPeople = { ...measures, "reception.head.people": 10, "reception.head.visits": 4 };
    const filled = fillForm(TT06_2025_01_TCD, [{ label: "Tổng", measures: withPeople, total: true }], ["filingCount"]);
    const value = (n: number) => filled.rows[0]?.values[filled.leaves.findIndex((l) => l.number === n)];
    expect([value(1), value(2), value(12)]).toEqual([null, null, 10]);
    expect(filled.blanks.find((b) => b.number === 2)?.reason).toBe(
      "cột (6) cộng vào để trống vì sổ theo dõi đơn không có cột “Buổi tiếp”",
    );
    // With every register column, the delegated columns (never recorded) do not blank the totals.
    const full = fillForm(TT06_2025_01_TCD, [{ label: "Tổng", measures: withPeople, total: true }], null);
    expect(full.rows[0]?.values[full.leaves.findIndex((l) => l.number === 2)]).toBe(10);
  });

  it.each([
    ["TT 06/2025 01/TCD", TT06_2025_01_TCD, [10, 12], [2]],
    ["TT 01/2024 01/TCD", TT01_2024_01_TCD, [12, 14], [2]],
  ] as const)(
    "%s without a sessions register: the columns counted from it are blank, not 0, and so are the totals they add to",
    (_name, form, fromSessions, totals) => {
      const rows = [{ label: "Tổng", measures: { ...measures, "reception.head.visits": 4 }, total: true }];
      const filled = fillForm(form, rows, null, { sessionsRegister: false });
      const value = (n: number) => filled.rows[0]?.values[filled.leaves.findIndex((l) => l.number === n)];
      const reason = "chưa có sổ theo dõi buổi tiếp công dân";
      expect(filled.blanks.filter((b) => b.reason === reason).map((b) => b.number)).toEqual([...fromSessions]);
      for (const n of [...fromSessions, ...totals]) expect(value(n), `cột (${n})`).toBeNull();
      for (const n of totals) expect(filled.blanks.find((b) => b.number === n)?.reason).toContain(reason);
      // With a sessions register (the default), the same columns are counted.
      const given = fillForm(form, rows, null);
      for (const n of fromSessions)
        expect(given.rows[0]?.values[given.leaves.findIndex((l) => l.number === n)]).toBe(0);
    },
  );

  it("03/GQKN and 04/GQTC: the columns the registers cannot fill, by reason", () => {
    const byReason = (form: FormDefinition) => {
      const out: Record<string, number[]> = {};
      for (const b of fillForm(form, [{ label: "Tổng", measures, total: true }], null).blanks) {
        out[b.reason] = [...(out[b.reason] ?? []), b.number];
      }
      return out;
    };
    expect({ "03/GQKN": byReason(TT06_2025_03_GQKN), "04/GQTC": byReason(TT06_2025_04_GQTC) }).toMatchInlineSnapshot(`
      {
        "03/GQKN": {
          "sổ theo dõi không ghi kiến nghị xử lý hành chính": [
            19,
            20,
          ],
          "sổ theo dõi không ghi kết luận khiếu nại đúng, sai hay đúng một phần": [
            8,
            9,
            10,
          ],
          "sổ theo dõi không ghi quyết định giải quyết lần hai công nhận hay hủy, sửa quyết định lần đầu": [
            11,
            12,
          ],
          "sổ theo dõi không ghi số tiền, đất kiến nghị thu hồi cho Nhà nước": [
            13,
            14,
          ],
          "sổ theo dõi không ghi số tiền, đất, quyền lợi trả lại cho tổ chức, cá nhân": [
            15,
            16,
            17,
            18,
          ],
          "sổ theo dõi không ghi việc không thụ lý giải quyết": [
            5,
          ],
          "sổ theo dõi không ghi vụ việc chuyển cơ quan điều tra": [
            21,
            22,
            23,
          ],
        },
        "04/GQTC": {
          "sổ theo dõi không ghi kiến nghị xử lý hành chính": [
            20,
            21,
            22,
          ],
          "sổ theo dõi không ghi kết luận tố cáo đúng, sai hay có đúng, có sai": [
            8,
            9,
            10,
            11,
            12,
            13,
          ],
          "sổ theo dõi không ghi số tiền, đất kiến nghị thu hồi cho Nhà nước": [
            14,
            15,
          ],
          "sổ theo dõi không ghi số tiền, đất, quyền lợi trả lại cho tổ chức, cá nhân": [
            16,
            17,
            18,
            19,
          ],
          "sổ theo dõi không ghi việc không thụ lý giải quyết": [
            5,
          ],
          "sổ theo dõi không ghi vụ việc chuyển cơ quan điều tra": [
            23,
            24,
            25,
          ],
        },
      }
    `);
  });

  it("a register without “Ngày thụ lý” leaves the deadline columns of TT 01/2024's settlement forms blank, and says why", () => {
    const fields = ["filingCount", "sessionId", "status", "resultOn", "field", "route"];
    const gqkn = fillForm(TT01_2024_01_KQGQ, [{ label: "Tổng", measures, total: true }], fields);
    const gqtc = fillForm(TT01_2024_03_KQGQ, [{ label: "Tổng", measures, total: true }], fields);
    const lacking = (f: typeof gqkn) =>
      f.blanks.filter((b) => b.reason === "sổ theo dõi đơn không có cột “Ngày thụ lý”").map((b) => b.number);
    expect([lacking(gqkn), lacking(gqtc)]).toEqual([
      [25, 26],
      [30, 31],
    ]);
    // TT 06/2025: what is still examined and what was accepted (03/GQKN, 04/GQTC columns 3 and 4).
    const tt06 = [TT06_2025_03_GQKN, TT06_2025_04_GQTC].map((f) =>
      lacking(fillForm(f, [{ label: "Tổng", measures, total: true }], fields)),
    );
    expect(tt06).toEqual([
      [3, 4],
      [3, 4],
    ]);
  });

  it("a register without “Lĩnh vực” leaves the field columns of TT 06/2025's 02/XLD blank, and says why", () => {
    const filled = fillForm(
      TT06_2025_02_XLD,
      [{ label: "Tổng", measures, total: true }],
      ["filingCount", "status", "route"],
    );
    const lacking = filled.blanks.filter((b) => b.reason === "sổ theo dõi đơn không có cột “Lĩnh vực”");
    expect(lacking.map((b) => b.number)).toEqual([9, 10, 11, 15, 16, 17, 18, 20, 21, 22]);
  });

  it("a register without “Hướng xử lý” leaves 02/XLD blank, and says why: nothing tells a processed letter", () => {
    const filled = fillForm(TT06_2025_02_XLD, [{ label: "Tổng", measures, total: true }], ["filingCount", "field"]);
    const value = (n: number) => filled.rows[0]?.values[filled.leaves.findIndex((l) => l.number === n)];
    const reason = "sổ theo dõi đơn không có cột “Hướng xử lý”";
    // (1) adds the letters carried over, which need the column (processed before the period or not).
    expect(filled.blanks.filter((b) => b.reason === reason).map((b) => b.number)).toEqual([
      1, 2, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25,
    ]);
    for (const n of [1, 2, 3, 4, 23, 25]) expect(value(n), `cột (${n})`).toBeNull();
  });

  it("as an appendix table: two header levels, the numbered-column row, no note about our sources", () => {
    const table = formToStatTable(fillForm(TT01_2024_01_XLD, [{ label: "Tổng", measures, total: true }], null));
    expect(table.title).toBe("Biểu số 01/XLD. TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN");
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
