import { toRomanNumeral } from "@tiepdan/core";
import { describe, expect, it } from "vitest";
import type { NarrativeSection, RegisterRow, ReportModel, StatTable } from "./model.js";
import { renderPeriodicReport } from "./periodicReport.js";

/** A table with a plain column and two groups of two: a two-level header. */
const GROUPED: StatTable = {
  id: "xu-ly-don",
  title: "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN",
  sheetName: "Xử lý đơn",
  rowHeader: "Đơn vị",
  columns: [
    { label: "Tổng số" },
    { label: "Theo loại", children: [{ label: "Khiếu nại" }, { label: "Tố cáo" }] },
    { label: "Theo hướng xử lý", children: [{ label: "Giải quyết" }, { label: "Hướng dẫn" }] },
  ],
  columnCodes: ["1=2+3", "2", "3", "4", "5"],
  rows: [
    { label: "Xã An Bình", values: [1234, 1000, 234, null, 0] },
    { label: "Tổng số", values: [1234, 1000, 234, null, 0], total: true },
  ],
  notes: ["Một vụ việc có thể có nhiều nội dung."],
};

/** A table whose columns are all leaves: one header row. */
const FLAT: StatTable = {
  id: "linh-vuc",
  title: "TỔNG HỢP THEO LĨNH VỰC",
  sheetName: "Lĩnh vực",
  rowHeader: "Lĩnh vực",
  columns: [{ label: "Số vụ việc" }, { label: "Tỷ lệ" }],
  rows: [{ label: "Đất đai", values: [12, 3] }],
  notes: [],
};

const REGISTER_ROW: RegisterRow = {
  id: "TD-001",
  receivedOn: "2026-01-05",
  kinds: "Tố cáo",
  field: "Đất đai",
  sender: "(giữ bí mật)",
  address: "(giữ bí mật)",
  people: 1,
  content: "Tố cáo về lĩnh vực Đất đai",
  route: "Chỉ đạo, chuyển cơ quan có thẩm quyền",
  handlingBody: "Ủy ban kiểm tra",
  result: "Đang xử lý",
  unit: "Xã An Bình",
  withheld: true,
};

const section = (heading: string, ...paragraphs: string[]): NarrativeSection => ({ heading, paragraphs });

/**
 * A complete, small report model; `outline` is derived from the rest as `buildReportModel` does (results "II" after
 * a leadership section, the narrative sections after it, the overdue list and the register after the tables).
 */
function makeModel(patch: Partial<Omit<ReportModel, "outline">> = {}): ReportModel {
  const base: Omit<ReportModel, "outline"> = {
    format: "tiepdan-report@1",
    settlement: null,
    processing: null,
    voice: { profile: "party", heads: "người đứng đầu cấp ủy các cấp", reception: "tiếp dân" },
    unit: {
      name: "Tỉnh ủy Minh Sơn",
      headTitle: "Bí thư Tỉnh ủy",
      level: "province",
      reporter: "Ban Thường vụ Tỉnh ủy",
    },
    period: {
      spec: "2026-Q1",
      kind: "quarter",
      label: "quý I năm 2026",
      from: "2026-01-01",
      to: "2026-03-31",
      cutoff: "calendar",
      asOf: "2026-04-10",
    },
    basis: "Quy định số 11-QĐi/TW",
    rows: { read: 1500, accepted: 1500, rejected: 0, files: 6 },
    unreported: [],
    narrative: { intro: [], leadership: null, situation: [], others: [] },
    attachedTo: "Báo cáo số 12-BC/TU ngày 05/04/2026 của Tỉnh ủy Minh Sơn",
    sessions: {
      held: 14,
      scheduled: 12,
      adHoc: 2,
      people: 1234,
      dialogues: 3,
      required: 3,
      headDays: 2,
      monthsJudged: 3,
      openDays: 0,
      monthsShort: ["2026-02"],
      monthsOpen: [],
      unitsShort: [],
      status: "judged",
      months: [
        { month: "2026-01", days: 1, required: 1 },
        { month: "2026-02", days: 0, required: 1 },
        { month: "2026-03", days: 1, required: 1 },
      ],
      citation: "Quy định 11-QĐi/TW, khoản 1 Điều 4",
      rulesApplied: null,
    },
    cases: {
      total: 1500,
      byKind: { reflection: 700, petition: 500, complaint: 200, denunciation: 100 },
      group: 7,
      people: 2345,
      carriedOver: 12,
      byRoute: { handle: 1000, direct: 300, guide: 150, archive: 40 },
      routeUnrecorded: 10,
      deadlineColumnsMissing: [],
      resolved: 1200,
      open: 300,
      overdue: 2,
      byField: [
        { label: "Đất đai", count: 900 },
        { label: "Chế độ, chính sách", count: 600 },
      ],
      byChannel: [{ label: "Trực tiếp", count: 1500 }],
      byUnit: [{ label: "Xã An Bình", count: 1500 }],
    },
    comparison: null,
    sessionsComparison: null,
    comparisonNote: "Sổ theo dõi chưa có số liệu cùng kỳ năm trước.",
    overdueItems: [
      {
        id: "TD-007",
        receivedOn: "2026-01-02",
        kinds: "Khiếu nại",
        field: "Đất đai",
        unit: "Xã An Bình",
        missed: ["Thông báo bằng văn bản (hạn 15/01/2026)", "Thụ lý (hạn 20/01/2026)"],
      },
    ],
    tables: [GROUPED, FLAT],
    register: { revealIdentities: false, scope: "all", rows: [REGISTER_ROW] },
    draftNotes: [],
  };
  const m = { ...base, ...patch };
  const results = m.narrative.leadership ? 2 : 1;
  const overdue = m.overdueItems.length > 0;
  return {
    ...m,
    outline: {
      plan: "default",
      results: toRomanNumeral(results),
      others: m.narrative.others.map((_, i) => toRomanNumeral(results + 1 + i)),
      appendixSessions: 1,
      appendixCases: 2,
      appendixFields: 3,
      appendixOverdue: overdue ? m.tables.length + 1 : null,
      appendixRegister: m.register ? m.tables.length + (overdue ? 2 : 1) : null,
    },
  };
}

const body = (patch?: Partial<Omit<ReportModel, "outline">>) => renderPeriodicReport(makeModel(patch)).body;
const appendices = (patch?: Partial<Omit<ReportModel, "outline">>) => renderPeriodicReport(makeModel(patch)).appendices;
/** The texts of the `<h1>` headings, in order. */
const h1s = (markup: string) => [...markup.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]);
const count = (markup: string, s: string) => markup.split(s).length - 1;

describe("renderPeriodicReport: the body", () => {
  it("names the period and the data range as dd/mm/yyyy, with the as-of date", () => {
    const b = body();
    expect(b).toContain("kết quả tiếp dân, đối thoại trực tiếp với dân và xử lý phản ánh");
    expect(b).toContain(" quý I năm 2026 như sau:");
    expect(b).toContain(
      "(Số liệu tính từ ngày 01/01/2026 đến ngày 31/03/2026; kết quả giải quyết và thời hạn tính đến ngày 10/04/2026)",
    );
    expect(b).toContain("Thực hiện Quy định số 11-QĐi/TW, Ban Thường vụ Tỉnh ủy báo cáo");
  });

  it("names the cutoff of a mid-month period (Thông tư 01/2024/TT-TTCP: data closed on the 14th)", () => {
    const m = makeModel();
    const b = renderPeriodicReport({
      ...m,
      period: { ...m.period, from: "2025-12-15", to: "2026-03-14", cutoff: "mid-month", asOf: "2026-03-14" },
    }).body;
    expect(b).toContain(
      "(Số liệu tính từ ngày 15/12/2025 đến ngày 14/03/2026, thời điểm khóa sổ số liệu ngày 14; kết quả giải quyết",
    );
    expect(body()).not.toContain("khóa sổ");
  });

  it.each([
    ["people at sessions", "tiếp 1.234 lượt người"],
    ["cases and people", "tiếp nhận 1.500 vụ việc của 2.345 người"],
    ["resolved out of total, with the share", "1.200/1.500 vụ việc tiếp nhận trong kỳ đã có kết quả (đạt 80%)"],
    ["routes", "giải quyết theo thẩm quyền 1.000 vụ việc"],
    ["fields with their share", "Đất đai 900 vụ việc (60%); Chế độ, chính sách 600 vụ việc (40%)."],
  ])("formats numbers the Vietnamese way (1.234): %s", (_what, expected) => {
    expect(body()).toContain(expected);
  });

  it.each([
    ["no narrative sections: results are I.", null, [], ["I. KẾT QUẢ"]],
    [
      "leadership section: it is I., results II.",
      section("Công tác lãnh đạo, chỉ đạo", "x"),
      [],
      ["I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "II. KẾT QUẢ"],
    ],
    [
      "leadership and two other sections: numbered after the results",
      section("Công tác lãnh đạo, chỉ đạo", "x"),
      [section("Đánh giá chung", "y"), section("Nhiệm vụ thời gian tới", "z")],
      ["I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "II. KẾT QUẢ", "III. ĐÁNH GIÁ CHUNG", "IV. NHIỆM VỤ THỜI GIAN TỚI"],
    ],
    [
      "other sections without leadership: results I., then II.",
      null,
      [section("Đánh giá chung", "y")],
      ["I. KẾT QUẢ", "II. ĐÁNH GIÁ CHUNG"],
    ],
  ])("numbers the parts: %s", (_rule, leadership, others, expected) => {
    const headings = h1s(body({ narrative: { intro: [], leadership, situation: [], others } }));
    expect(headings.map((h) => h?.replace(/^(\w+\. KẾT QUẢ).*$/, "$1"))).toEqual(expected);
  });

  it("puts the leadership section before the results and the others after, with their paragraphs", () => {
    const b = body({
      narrative: {
        intro: ["Lời mở đầu."],
        leadership: section("Công tác lãnh đạo", "Đoạn lãnh đạo một.", "Đoạn lãnh đạo hai."),
        situation: [],
        others: [section("Nhiệm vụ", "Đoạn nhiệm vụ.")],
      },
    });
    const order = [
      "<p>Lời mở đầu.</p>",
      "<p>Đoạn lãnh đạo một.</p>",
      "<p>Đoạn lãnh đạo hai.</p>",
      "II. KẾT QUẢ",
      "<p>Đoạn nhiệm vụ.</p>",
    ];
    const positions = order.map((s) => b.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, c) => a - c)).toEqual(positions);
  });

  it.each([
    [
      "months short are listed as “tháng MM/YYYY”",
      { monthsShort: ["2026-02", "2026-03"] },
      "Các tháng chưa bảo đảm số ngày tiếp dân định kỳ tối thiểu: tháng 02/2026, tháng 03/2026.",
    ],
    [
      "no month short",
      { monthsShort: [] },
      "Bảo đảm số ngày tiếp dân định kỳ tối thiểu trong tất cả các tháng của kỳ báo cáo.",
    ],
    [
      "a month not ended by the as-of date is said not judged (review s17s F4)",
      { monthsShort: [], monthsOpen: ["2026-03"], monthsJudged: 2, required: 2, headDays: 2, openDays: 1 },
      "Bí thư Tỉnh ủy tiếp dân định kỳ 2 ngày trong 2 tháng đã kết thúc của kỳ báo cáo; số ngày tối thiểu theo Quy định 11-QĐi/TW, khoản 1 Điều 4 là 2 ngày. Bảo đảm số ngày tiếp dân định kỳ tối thiểu trong các tháng đã kết thúc của kỳ báo cáo. Riêng tháng 03/2026 chưa kết thúc đến ngày 10/04/2026 (ngày tính số liệu) nên chưa đánh giá; đến ngày này, Bí thư Tỉnh ủy đã tiếp dân định kỳ 1 ngày.",
    ],
    [
      "no month ended by the as-of date: no minimum, no “Bảo đảm” (review s18h F7)",
      { monthsShort: [], monthsOpen: ["2026-03"], monthsJudged: 0, required: 0, headDays: 0, openDays: 1 },
      "Đến ngày 10/04/2026 (ngày tính số liệu), tháng 03/2026 chưa kết thúc nên chưa đánh giá số ngày tiếp dân định kỳ tối thiểu của Bí thư Tỉnh ủy; đến ngày này, Bí thư Tỉnh ủy đã tiếp dân định kỳ 1 ngày.",
    ],
    [
      "a weekly minimum says it is counted week by week (review s21b T5)",
      { monthsShort: ["2026-03"], monthsJudged: 1, required: 5, headDays: 5, perWeek: 1 },
      "là 5 ngày (ít nhất 1 ngày mỗi tuần). Các tháng chưa bảo đảm số ngày tiếp dân định kỳ tối thiểu: tháng 03/2026.",
    ],
    [
      "the minimum and its citation",
      {},
      "Bí thư Tỉnh ủy tiếp dân định kỳ 2 ngày trong 3 tháng của kỳ báo cáo; số ngày tối thiểu theo Quy định 11-QĐi/TW, khoản 1 Điều 4 là 3 ngày.",
    ],
    [
      "no rule for the unit's level",
      { required: null, status: "noRule" as const },
      "Chưa có quy định về số ngày tiếp dân tối thiểu áp dụng cho cấp của Tỉnh ủy Minh Sơn.",
    ],
    [
      "subordinate units short of the minimum are named beside the head (review s18b F9)",
      {
        unitsShort: [
          { name: "Đảng ủy xã Suối Đá", months: ["2026-02"], shortfall: 1 },
          { name: "Đảng ủy xã Ngọc Lĩnh", months: ["2026-01", "2026-03"], shortfall: 3 },
        ],
      },
      "Người đứng đầu 2 đơn vị cấp dưới chưa bảo đảm số ngày tiếp dân định kỳ tối thiểu: Đảng ủy xã Suối Đá (thiếu 1 ngày trong tháng 02/2026); Đảng ủy xã Ngọc Lĩnh (thiếu 3 ngày trong tháng 01/2026, tháng 03/2026).",
    ],
    [
      "a unit under a weekly minimum is short by weeks, not days (Luật Tiếp công dân 2013 Điều 15; review s21 K5, s22 V8)",
      {
        unitsShort: [
          {
            name: "Đảng ủy xã Suối Đá",
            months: ["2026-06", "2026-08"],
            shortfall: 3,
            byWeeks: { days: { months: ["2026-08"], shortfall: 2 }, months: ["2026-06"], weeks: 1, perWeek: 1 },
          },
          {
            name: "Đảng ủy xã Ngọc Lĩnh",
            months: ["2026-03"],
            shortfall: 2,
            byWeeks: { days: null, months: ["2026-03"], weeks: 2, perWeek: 1 },
          },
        ],
      },
      "Người đứng đầu 2 đơn vị cấp dưới chưa bảo đảm số ngày tiếp dân định kỳ tối thiểu: Đảng ủy xã Suối Đá (1 tuần chưa đủ tối thiểu 1 ngày mỗi tuần trong tháng 06/2026 và thiếu 2 ngày trong tháng 08/2026); Đảng ủy xã Ngọc Lĩnh (2 tuần chưa đủ tối thiểu 1 ngày mỗi tuần trong tháng 03/2026).",
    ],
    [
      "more than ten subordinate units short: counted, the appendix names them",
      {
        unitsShort: Array.from({ length: 11 }, (_, i) => ({
          name: `Đảng ủy xã ${i + 1}`,
          months: ["2026-02"],
          shortfall: 1,
        })),
      },
      "Người đứng đầu 11 đơn vị cấp dưới chưa bảo đảm số ngày tiếp dân định kỳ tối thiểu trong một số tháng của kỳ báo cáo.",
    ],
  ])("session compliance: %s", (_rule, sessions, expected) => {
    expect(body({ sessions: { ...makeModel().sessions, ...sessions } })).toContain(expected);
  });

  it("State: the units' heads short of the minimum are their People's Committees' chairs (review s22)", () => {
    const text = body({
      voice: { profile: "state", heads: "Chủ tịch Ủy ban nhân dân các cấp", reception: "tiếp công dân" },
      sessions: {
        ...makeModel().sessions,
        unitsShort: [
          {
            name: "Ủy ban nhân dân xã An Bình",
            months: ["2026-03"],
            shortfall: 2,
            byWeeks: { days: null, months: ["2026-03"], weeks: 2, perWeek: 1 },
          },
        ],
      },
    });
    expect(text).toContain(
      "Có 1 đơn vị cấp dưới mà Chủ tịch Ủy ban nhân dân chưa bảo đảm số ngày tiếp công dân định kỳ tối thiểu: Ủy ban nhân dân xã An Bình (2 tuần chưa đủ tối thiểu 1 ngày mỗi tuần trong tháng 03/2026).",
    );
  });

  it("prints the comparison with the same period of last year only when there is one", () => {
    const comparison = {
      label: "quý I năm 2025",
      from: "2025-01-01",
      to: "2025-03-31",
      casesTotal: 1000,
      casesGroup: 7,
      sessionsHeld: 15,
      sessionsPeople: 1234,
      complaints: 10,
      denunciations: 4,
    };
    const withIt = body({ comparison, sessionsComparison: comparison, comparisonNote: null });
    expect(withIt).toContain(
      "So với cùng kỳ năm trước (quý I năm 2025): số vụ việc tiếp nhận tăng 500 vụ việc (50%); số vụ việc đông người không thay đổi.",
    );
    expect(withIt).toContain("số buổi tiếp dân giảm 1 buổi (6,7%); số lượt người được tiếp không thay đổi.");
    expect(withIt).not.toContain("Sổ theo dõi chưa có số liệu cùng kỳ năm trước.");

    const without = body();
    expect(without).not.toContain("So với cùng kỳ năm trước");
    expect(without).toContain("<p><i>Sổ theo dõi chưa có số liệu cùng kỳ năm trước.</i></p>");
  });

  it.each([
    [
      "overdue counted",
      2,
      "Có 2 vụ việc quá thời hạn theo quy định (thông báo bằng văn bản cho người dân, thụ lý hoặc giải quyết); danh sách tại Phụ lục 3.",
    ],
    ["none overdue", 0, "Không có vụ việc quá thời hạn theo quy định."],
  ])("deadlines: %s", (_rule, overdue, expected) => {
    expect(body({ cases: { ...makeModel().cases, overdue } })).toContain(expected);
  });

  it.each([
    [
      "none overdue among those judged",
      0,
      "Trong các thời hạn đánh giá được, không có vụ việc quá hạn; sổ theo dõi chưa ghi “Ngày thông báo”, “Ngày thụ lý” nên các thời hạn cần ngày đó chưa được đánh giá.",
    ],
    [
      "some overdue",
      2,
      "danh sách tại Phụ lục 3. Sổ theo dõi chưa ghi “Ngày thông báo”, “Ngày thụ lý” nên các thời hạn cần ngày đó chưa được đánh giá.",
    ],
  ])(
    "deadlines a register could not judge (no “Ngày thông báo”, “Ngày thụ lý”): %s — never “none overdue” alone",
    (_n, overdue, expected) => {
      const b = body({
        cases: { ...makeModel().cases, overdue, deadlineColumnsMissing: ["Ngày thông báo", "Ngày thụ lý"] },
      });
      expect(b).toContain(expected);
      expect(b).not.toContain("Không có vụ việc quá thời hạn theo quy định.");
    },
  );

  it("overdue counted but no list (a roll-up of statistics files): no reference to a missing appendix", () => {
    // `tiepdan rollup` printed "danh sách tại Phụ lục ." — the statistics files carry the count, not the cases.
    const b = body({ cases: { ...makeModel().cases, overdue: 3 }, overdueItems: [] });
    expect(b).toContain(
      "Có 3 vụ việc quá thời hạn theo quy định (thông báo bằng văn bản cho người dân, thụ lý hoặc giải quyết).",
    );
    expect(b).not.toMatch(/Phụ lục\s*[.,;)]/);
  });

  it("says nothing about deadlines when they were not counted", () => {
    const b = body({ cases: { ...makeModel().cases, overdue: null }, overdueItems: [] });
    expect(b).not.toContain("quá thời hạn");
  });

  it("Mẫu số 02 part I of an empty period: no shares of nothing, the same period of last year when known", () => {
    const kind = { competent: 0, accepted: 0, pending: 0, decided: 0, withdrawn: 0 };
    const zeros = { total: 0, first: 0, second: 0, repeat: 0, land: 0, policy: 0, other: 0 };
    const empty = makeModel({
      cases: {
        ...makeModel().cases,
        total: 0,
        resolved: 0,
        open: 0,
        byKind: { reflection: 0, petition: 0, complaint: 0, denunciation: 0 },
      },
      settlement: { complaint: kind, denunciation: kind },
      processing: {
        carriedOver: 0,
        received: 0,
        processed: 0,
        eligible: 0,
        competent: 0,
        complaint: zeros,
        denunciation: { ...zeros, administrative: 0, corruption: 0, judicial: 0 },
        petition: zeros,
        notCompetent: 0,
        guided: 0,
        transferred: 0,
      },
    });
    const mau02 = (m: ReportModel) => renderPeriodicReport({ ...m, outline: { ...m.outline, plan: "mau02" } }).body;
    const text = mau02(empty);
    expect(text).toContain("<p>Trong kỳ, không tiếp nhận vụ việc khiếu nại, tố cáo nào.</p>");
    expect(text).not.toContain("0%");
    const comparison = { label: "quý I năm 2025", from: "2025-01-01", to: "2025-03-31", casesTotal: 9, casesGroup: 0 };
    expect(
      mau02({
        ...empty,
        comparison: { ...comparison, sessionsHeld: 1, sessionsPeople: 2, complaints: 3, denunciations: 4 },
      }),
    ).toContain(
      "Trong kỳ, không tiếp nhận vụ việc khiếu nại, tố cáo nào (cùng kỳ năm trước, quý I năm 2025: 3 vụ việc khiếu nại, 4 vụ việc tố cáo).",
    );
  });

  it("says how many rows were left out, only when some were", () => {
    expect(body()).not.toContain("dòng có lỗi");
    expect(body({ rows: { read: 1503, accepted: 1500, rejected: 3, files: 6 } })).toContain(
      "Số liệu lập từ 1.500 trong 1.503 dòng của 6 sổ theo dõi; 3 dòng có lỗi chưa được tính vào báo cáo.",
    );
  });

  it("names the units a roll-up has no numbers of, only when there are some, joined the Vietnamese way", () => {
    expect(body()).not.toContain("chưa gửi báo cáo");
    expect(body({ unreported: ["Đảng ủy xã A"] })).toContain(
      "Số liệu tổng hợp chưa gồm số liệu của Đảng ủy xã A (chưa gửi báo cáo).",
    );
    expect(body({ unreported: ["Đảng ủy xã A", "Đảng ủy xã B", "Đảng ủy phường C"] })).toContain(
      "Số liệu tổng hợp chưa gồm số liệu của Đảng ủy xã A, Đảng ủy xã B và Đảng ủy phường C (chưa gửi báo cáo).",
    );
  });

  it("prints draft notes at the top", () => {
    const b = body({ draftNotes: ["Thông tin đơn vị là thông tin mẫu."] });
    expect(b.indexOf("<b>[DỰ THẢO] Thông tin đơn vị là thông tin mẫu.</b>")).toBeGreaterThan(-1);
    expect(b.indexOf("[DỰ THẢO]")).toBeLessThan(b.indexOf("Số liệu tính từ"));
  });

  it("escapes the clerk's text: <b> and & print as typed, in paragraphs and headings", () => {
    const b = body({
      narrative: {
        intro: ["Mở đầu <i>x</i>"],
        leadership: null,
        situation: [],
        others: [section("Đánh giá <b> & chỉ đạo", "Đất đai <b>nóng</b> & phức tạp {{x}}")],
      },
    });
    expect(b).toContain("<p>Đất đai &lt;b&gt;nóng&lt;/b&gt; &amp; phức tạp {{x}}</p>");
    expect(b).toContain("<h1>II. ĐÁNH GIÁ &lt;B&gt; &amp; CHỈ ĐẠO</h1>");
    expect(b).toContain("<p>Mở đầu &lt;i&gt;x&lt;/i&gt;</p>");
    expect(b).not.toContain("<b>nóng");
  });

  it("fails loudly when the model lacks a value (strict mode)", () => {
    const { label: _label, ...period } = makeModel().period;
    const broken = { ...makeModel(), period } as unknown as ReportModel;
    expect(() => renderPeriodicReport(broken)).toThrow(/"label" not defined/);
  });
});

describe("renderPeriodicReport: the appendices", () => {
  it.each([
    ["tables, overdue list and register", {}, 4],
    ["tables and register", { overdueItems: [] }, 3],
    ["tables and overdue list", { register: null }, 3],
    ["tables only", { overdueItems: [], register: null }, 2],
    ["one table only", { tables: [FLAT], overdueItems: [], register: null }, 1],
  ])("one landscape section per appendix: %s", (_rule, patch, sections) => {
    const a = appendices(patch);
    expect(count(a, '<section orientation="landscape">')).toBe(sections);
    expect(count(a, "<section")).toBe(sections);
    expect(count(a, "</section>")).toBe(sections);
  });

  it("numbers the appendices: tables first, then the overdue list, then the register", () => {
    const a = appendices();
    const numbers = [...a.matchAll(/<b>Phụ lục (\d+)<\/b><\/p>\n<p align="center" indent="no"><b>(.*?)<\/b>/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(numbers).toEqual([
      "1 TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN",
      "2 TỔNG HỢP THEO LĨNH VỰC",
      "3 DANH SÁCH VỤ VIỆC QUÁ THỜI HẠN THEO QUY ĐỊNH",
      "4 DANH SÁCH VỤ VIỆC TIẾP NHẬN TRONG KỲ",
    ]);
    expect(a).toContain(
      "(Kèm theo Báo cáo số 12-BC/TU ngày 05/04/2026 của Tỉnh ủy Minh Sơn; số liệu tính từ ngày 01/01/2026 đến ngày 31/03/2026)",
    );
  });

  it("two-level header: a group spans its leaves (colspan), a plain column and the row header span both rows", () => {
    const a = appendices({ tables: [GROUPED], overdueItems: [], register: null });
    expect(a).toContain('header-rows="3"'); // two header rows and the MS row
    expect(a).toContain(
      '<tr><th rowspan="2">Đơn vị</th><th rowspan="2">Tổng số</th><th colspan="2">Theo loại</th><th colspan="2">Theo hướng xử lý</th></tr>',
    );
    expect(a).toContain("<tr><th>Khiếu nại</th><th>Tố cáo</th><th>Giải quyết</th><th>Hướng dẫn</th></tr>");
    // Handlebars escapes "=" as a character reference, which the XML parser reads back as "=".
    expect(a).toContain("<tr><th>MS</th><th>1&#x3D;2+3</th><th>2</th><th>3</th><th>4</th><th>5</th></tr>");
    expect(a).toContain('widths="3,1,1,1,1,1"');
  });

  it("a group of three leaves gets colspan 3", () => {
    const { columnCodes: _codes, ...withoutCodes } = GROUPED;
    const three: StatTable = {
      ...withoutCodes,
      columns: [{ label: "Nhóm", children: [{ label: "a" }, { label: "b" }, { label: "c" }] }],
      rows: [{ label: "Xã", values: [1, 2, 3] }],
    };
    const a = appendices({ tables: [three], overdueItems: [], register: null });
    expect(a).toContain('<tr><th rowspan="2">Đơn vị</th><th colspan="3">Nhóm</th></tr>');
    expect(a).toContain('header-rows="2"');
  });

  it("flat table: a single header row", () => {
    const a = appendices({ tables: [FLAT], overdueItems: [], register: null });
    const headerRows = a.split("\n").filter((l) => l.startsWith("<tr><th"));
    expect(headerRows).toEqual([
      '<tr><th rowspan="1">Lĩnh vực</th><th rowspan="1">Số vụ việc</th><th rowspan="1">Tỷ lệ</th></tr>',
    ]);
    expect(a).toContain('header-rows="1"');
    expect(a).not.toContain("colspan");
  });

  it("rows: numbers the Vietnamese way, null as an empty cell, total rows bold", () => {
    const a = appendices({ tables: [GROUPED], overdueItems: [], register: null });
    expect(a).toContain(
      '<tr><td>Xã An Bình</td><td align="right">1.234</td><td align="right">1.000</td><td align="right">234</td><td align="right"></td><td align="right">0</td></tr>',
    );
    expect(a).toContain('<tr><td><b>Tổng số</b></td><td align="right"><b>1.234</b></td>');
    expect(a).toContain('<p indent="no" size="11"><i>Một vụ việc có thể có nhiều nội dung.</i></p>');
  });

  it("the overdue list: one row per case, the missed deadlines on separate lines, no identity", () => {
    const a = appendices({ register: null });
    expect(a).toContain(
      '<tr><td align="center">1</td><td>TD-007</td><td align="center">02/01/2026</td><td>Khiếu nại</td><td>Đất đai</td><td>Xã An Bình</td><td>Thông báo bằng văn bản (hạn 15/01/2026)<br/>Thụ lý (hạn 20/01/2026)</td></tr>',
    );
    expect(a).toContain(
      "(Kèm theo Báo cáo số 12-BC/TU ngày 05/04/2026 của Tỉnh ủy Minh Sơn; tính đến ngày 10/04/2026)",
    );
  });

  it("the register withholds a denouncer's identity and says so (DESIGN.md “Confidentiality”)", () => {
    const a = appendices();
    expect(a).toContain("<td><i>(giữ bí mật)</i></td>");
    expect(count(a, "(giữ bí mật)")).toBe(1); // the address is not printed for a withheld row
    expect(a).toContain(
      "<i>Họ tên, địa chỉ người tố cáo và nội dung tố cáo được giữ bí mật theo Điều 8, Điều 47 Luật Tố cáo năm 2018; nội dung tố cáo chỉ ghi lĩnh vực.</i>",
    );
    expect(a).not.toContain("SỔ NỘI BỘ");
  });

  it("the internal register (revealIdentities) names the sender and carries the internal line", () => {
    const a = appendices({
      register: {
        revealIdentities: true,
        scope: "open",
        rows: [{ ...REGISTER_ROW, sender: "Nguyễn Văn A", address: "Thôn 1, xã An Bình", withheld: false }],
      },
    });
    expect(a).toContain(
      "<b>SỔ NỘI BỘ CÓ THÔNG TIN NGƯỜI TỐ CÁO — KHÔNG GỬI RA NGOÀI (Điều 8, Điều 47 Luật Tố cáo năm 2018)</b>",
    );
    expect(a).toContain("<td>Nguyễn Văn A<br/>Thôn 1, xã An Bình</td>");
    expect(a).toContain("<b>DANH SÁCH VỤ VIỆC CHƯA CÓ KẾT QUẢ</b>");
    expect(a).not.toContain("(giữ bí mật)");
    expect(a).not.toContain("nội dung tố cáo chỉ ghi lĩnh vực");
  });

  it("escapes values in tables (a unit named with < or &)", () => {
    const a = appendices({
      tables: [{ ...FLAT, rows: [{ label: "Xã <A> & B", values: [1, 2] }] }],
      overdueItems: [],
      register: null,
    });
    expect(a).toContain("<td>Xã &lt;A&gt; &amp; B</td>");
  });
});
