import { type Case, resolvePeriod, VIETNAM_CALENDAR } from "@tiepdan/core";
import { describe, expect, it } from "vitest";
import { readCasesAll } from "../intake/readCases.js";
import { farDateNotes } from "./farDates.js";
import { PLACEHOLDER_ORG } from "./orgFile.js";
import { parseNarrative } from "./parseNarrative.js";
import {
  daysOffFallbackNotes,
  deadlineColumnNotes,
  prepareComplianceReport,
  prepareNotices,
  preparePeriodicReport,
  resolveRunDates,
} from "./runs.js";

const CSV = `Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi;Địa chỉ;Nội dung;Hướng xử lý;Cơ quan xử lý
MS-1;05/03/2026;Đơn thư;Tố cáo;Đất đai;Nguyễn Văn Tố;12 Lê Lợi;Cán bộ xã nhận tiền;Chuyển;Ủy ban kiểm tra Huyện ủy
MS-2;06/03/2026;Tiếp trực tiếp;Kiến nghị;Môi trường;Trần Thị Kiến;3 Hùng Vương;Khói nhà máy;Hướng dẫn;Tòa án nhân dân huyện
MS-3;07/04/2026;Đơn thư;Phản ánh;Giao thông;Lê Văn Phản;7 Trần Phú;Đường hỏng;Giải quyết;
`;

async function input(profile: "party" | "state") {
  const { records, rows } = await readCasesAll(CSV, { fileName: "so.csv" });
  const period = resolvePeriod("2026-03", { cutoff: "calendar" });
  return {
    period,
    asOf: period.to,
    date: period.to,
    profile,
    org: PLACEHOLDER_ORG,
    draftNotes: ["Bản nháp."],
    cases: records,
    sessions: [],
    rows: { ...rows, files: 1 },
    recordedFields: ["id", "receivedOn", "channel", "kinds", "route"] as const,
  };
}

/** The report of a profile for a period (the State's cut mid-month), with the clerk's narrative when one is given. */
async function reportOf(profile: "party" | "state", text?: string, spec = "2026-Q1") {
  const period = resolvePeriod(spec, { cutoff: profile === "state" ? "mid-month" : "calendar" });
  return preparePeriodicReport({
    ...(await input(profile)),
    period,
    asOf: period.to,
    date: period.to,
    ...(text === undefined ? {} : { narrative: parseNarrative(text) }),
  });
}

describe("runs: what the CLI writes and the web page renders come from one place", () => {
  it.each([
    ["party", "bao-cao-2026-03-dang", "ra-soat-2026-03-dang"],
    ["state", "bao-cao-2026-03-nha-nuoc", "ra-soat-2026-03-nha-nuoc"],
  ] as const)("%s: file stems, provenance, summary of the period only", async (profile, reportStem, complianceStem) => {
    const run = preparePeriodicReport(await input(profile));
    expect(run.stem).toBe(reportStem);
    expect(run.provenance).toEqual({
      TiepdanRevealIdentities: "no",
      TiepdanPeriod: "2026-03",
      TiepdanCutoff: "calendar",
      TiepdanAsOf: "2026-03-31",
    });
    expect(run.summary.cases.total).toBe(2);
    expect(run.summary.cases.byKind).toEqual({ reflection: 0, petition: 1, complaint: 0, denunciation: 1 });
    expect(run.workbook.range).toBe("Số liệu tính từ ngày 01/03/2026 đến ngày 31/03/2026");
    expect(prepareComplianceReport(await input(profile)).stem).toBe(complianceStem);
  });

  it("--reveal-identities marks the file name and the provenance", async () => {
    const run = preparePeriodicReport({ ...(await input("party")), revealIdentities: true });
    expect(run.stem).toBe("bao-cao-2026-03-dang-MAT");
    expect(run.provenance.TiepdanRevealIdentities).toBe("yes");
  });

  it.each([
    ["receipt", ["MS-1", "MS-2"]],
    ["guidance", ["MS-2"]],
    ["transfer", ["MS-1"]],
  ] as const)("notices %s: one document per case of the period that needs one", async (kind, ids) => {
    const run = prepareNotices({ ...(await input("party")), kind, ids: [...ids, "MS-3", "MS-9"] });
    expect(run.documents.map((d) => d.caseId)).toEqual(ids);
    expect(run.missingIds).toEqual(["MS-3", "MS-9"]);
    expect(run.folder).toMatch(/-2026-03$/);
    expect(run.documents[0]?.provenance).toEqual({ TiepdanNoticeKind: kind, TiepdanCaseId: ids[0] });
  });
});

/** The example province's Tỉnh ủy, one commune's Đảng ủy and the People's Committee, with more communes if given. */
const orgOf = (more: { id: string; name: string; level: string; side: "party"; parentId: string }[]) => ({
  ...PLACEHOLDER_ORG,
  reportingUnit: "tu",
  units: [
    { id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province", side: "party" as const },
    { id: "xa", name: "Đảng ủy xã An Bình", level: "commune", side: "party" as const, parentId: "tu" },
    ...more,
    { id: "ub", name: "Ủy ban nhân dân tỉnh Minh Sơn", level: "province", side: "state" as const },
  ],
});

describe("each profile reports the cases its own side received (review s17s F2)", () => {
  const SIDES_CSV = `Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi;Hướng xử lý;Đơn vị
P-1;05/03/2026;Đơn thư;Kiến nghị;Đất đai;An;Giải quyết;Đảng ủy xã An Bình
P-2;06/03/2026;Đơn thư;Phản ánh;Đất đai;Bình;Giải quyết;Tỉnh ủy Minh Sơn
S-1;07/03/2026;Đơn thư;Khiếu nại;Đất đai;Chi;Giải quyết;UBND xã An Bình
S-2;08/03/2026;Đơn thư;Kiến nghị;Đất đai;Dũng;Giải quyết;Ủy ban nhân dân tỉnh Minh Sơn
N-1;09/03/2026;Đơn thư;Kiến nghị;Đất đai;Hà;Giải quyết;
`;
  const org = orgOf([]);
  const run = async (profile: "party" | "state") => {
    const { records, rows } = await readCasesAll(SIDES_CSV, { fileName: "so.csv" });
    return { ...(await input(profile)), org, cases: records, rows: { ...rows, files: 1 } };
  };

  it.each([
    [
      "party",
      3,
      "Trong kỳ (tháng 3 năm 2026), sổ theo dõi đơn có 2 vụ việc do cơ quan hành chính nhà nước tiếp nhận (UBND xã An Bình: 1; Ủy ban nhân dân tỉnh Minh Sơn: 1)",
    ],
    [
      "state",
      2,
      "3 vụ việc do cấp ủy, tổ chức đảng tiếp nhận (Đảng ủy xã An Bình: 1; Tỉnh ủy Minh Sơn: 1; không ghi đơn vị: 1)",
    ],
  ] as const)(
    "%s: %i cases counted (a case naming no unit is the reporting unit's side's, review s18h F1), the others named in a note",
    async (profile, n, note) => {
      const report = preparePeriodicReport(await run(profile));
      expect(report.summary.cases.total).toBe(n);
      expect(report.notes).toContainEqual(expect.stringContaining(note));
    },
  );

  it.each([
    ["party", "Lập văn bản theo thể thức hành chính cho các vụ việc đó."],
    ["state", "Lập văn bản theo thể thức của Đảng cho các vụ việc đó."],
  ] as const)(
    "%s: the note on the other side's cases reads the same on the page and from the CLI: no command-line option (review s23w W23-4)",
    async (profile, other) => {
      const report = preparePeriodicReport(await run(profile));
      expect(report.notes).toContainEqual(expect.stringContaining(other));
      for (const note of report.notes) expect(note).not.toMatch(/--[a-z]/);
    },
  );

  it("a narrative naming a denouncer: the note says to correct the narrative, not a file the page does not have (review s23w W23-4)", async () => {
    const report = await reportOf(
      "party",
      "## Công tác lãnh đạo\n\nĐã gặp ông Nguyễn Văn Tố để trao đổi.\n",
      "2026-03",
    );
    expect(report.notes).toContainEqual(expect.stringContaining("Nên sửa lại phần tường thuật."));
    for (const note of report.notes) expect(note).not.toMatch(/--[a-z]|tệp tường thuật/);
  });

  it("a notice asked for a case of the other side says which profile makes it", async () => {
    const notices = prepareNotices({ ...(await run("state")), kind: "receipt", ids: ["P-1", "S-1", "N-1"] });
    expect(notices.documents.map((d) => d.caseId)).toEqual(["S-1"]);
    expect(notices.missing).toEqual([
      { id: "P-1", reason: "do Đảng ủy xã An Bình tiếp nhận: lập văn bản theo thể thức của Đảng (--profile party)" },
      {
        id: "N-1",
        reason:
          "không ghi đơn vị tiếp nhận, được tính cho Tỉnh ủy Minh Sơn: lập văn bản theo thể thức của Đảng (--profile party)",
      },
    ]);
    // One body writes to the sender of a case naming no unit: the Party profile's run does.
    const party = prepareNotices({ ...(await run("party")), kind: "receipt", ids: ["N-1"] });
    expect(party.documents.map((d) => d.caseId)).toEqual(["N-1"]);
  });

  it("a State report from the Party committees' registers only says it counts nothing (review s18h F16)", async () => {
    const { records, rows } = await readCasesAll(
      SIDES_CSV.split("\n")
        .filter((l) => !l.startsWith("S-"))
        .join("\n"),
      {
        fileName: "so.csv",
      },
    );
    const report = preparePeriodicReport({
      ...(await input("state")),
      org,
      cases: records,
      rows: { ...rows, files: 1 },
    });
    expect(report.summary.cases.total).toBe(0);
    expect(report.notes).toContainEqual(
      "Các sổ đưa vào không có vụ việc nào do cơ quan hành chính nhà nước tiếp nhận: văn bản theo thể thức hành chính ghi 0 vụ việc. Kiểm tra lại đã đưa đúng sổ của Ủy ban nhân dân và đúng thể thức trước khi trình ký.",
    );
  });

  it("a session naming no unit and no host is counted once, by the reporting unit's side (review s18h F3)", async () => {
    const sessions = [
      { id: "B1", date: "2026-03-10", kind: "scheduled" as const, people: 4 },
      { id: "B2", date: "2026-03-12", kind: "scheduled" as const, people: 3, unit: "Ủy ban nhân dân tỉnh Minh Sơn" },
    ];
    const party = preparePeriodicReport({ ...(await run("party")), sessions });
    const state = preparePeriodicReport({ ...(await run("state")), sessions });
    expect([party.summary.sessions.held, state.summary.sessions.held]).toEqual([1, 1]);
    // A unit the org file does not have, whose words tell no side, too (review s18b F2).
    const named = [...sessions, { id: "B3", date: "2026-03-13", kind: "scheduled" as const, unit: "Ban Tiếp dân" }];
    const both = await Promise.all(
      (["party", "state"] as const).map(async (p) => preparePeriodicReport({ ...(await run(p)), sessions: named })),
    );
    expect(both.map((r) => r.summary.sessions.held)).toEqual([2, 1]);
    expect(party.notes).toContainEqual(
      "Trong kỳ (tháng 3 năm 2026), sổ buổi tiếp dân có 1 buổi tiếp công dân của Ủy ban nhân dân: văn bản theo thể thức của Đảng không tính các buổi này.",
    );
  });
});

describe("the body names the units below whose head fell short of the minimum (review s18b F9)", () => {
  const org = orgOf([
    { id: "xb", name: "Đảng ủy xã Hòa Lạc", level: "commune", side: "party" as const, parentId: "tu" },
  ]);
  // Quarter I of 2026, calendar months: the province's head 1 day in January and February, none in March (minimum 1,
  // QĐ 11 Điều 4 k1: the body's own sentence says so); An Bình's
  // 2 days in January and March, 1 in February (minimum 2); Hòa Lạc's 2 every month.
  const day = (unit: string, date: string, i: number) => ({
    id: `${unit}-${i}`,
    date,
    kind: "scheduled" as const,
    unit,
    people: 1,
  });
  const sessions = [
    ...["2026-01-05", "2026-02-05"].map((d, i) => day("tu", d, i)),
    ...["2026-01-06", "2026-01-20", "2026-02-10", "2026-03-03", "2026-03-17"].map((d, i) => day("xa", d, i)),
    ...["2026-01-07", "2026-01-21", "2026-02-04", "2026-02-25", "2026-03-04", "2026-03-18"].map((d, i) =>
      day("xb", d, i),
    ),
  ];
  const run = async (spec: string, asOf?: string) => {
    const base = await input("party");
    const period = resolvePeriod(spec, { cutoff: "calendar" });
    return preparePeriodicReport({
      ...base,
      org,
      period,
      asOf: (asOf ?? period.to) as typeof period.to,
      date: period.to,
      sessions,
      sessionsRegister: true,
    });
  };

  it("a commune short in one month is named with its shortfall; the reporting unit and the communes that met it are not", async () => {
    const report = await run("2026-Q1");
    expect(report.model.sessions.monthsShort).toEqual(["2026-03"]);
    expect(report.model.sessions.unitsShort).toEqual([
      { name: "Đảng ủy xã An Bình", months: ["2026-02"], shortfall: 1 },
    ]);
    // The sentences agree with Phụ lục 1's column (8), the months short of each unit.
    const table = report.model.tables.find((t) => t.id === "tiep-dan");
    const short = table?.rows.filter((r) => !r.total && (r.values[7] ?? 0) > 0).map((r) => r.label);
    expect(short).toEqual(["Tỉnh ủy Minh Sơn", "Đảng ủy xã An Bình"]);
  });

  it("a State commune under the weekly minimum is short by weeks, not by days (Luật Tiếp công dân 2013 Điều 15)", async () => {
    const stateOrg = {
      ...PLACEHOLDER_ORG,
      reportingUnit: "ub",
      units: [
        { id: "ub", name: "Ủy ban nhân dân tỉnh Minh Sơn", level: "province", side: "state" as const },
        { id: "ux", name: "UBND xã An Bình", level: "commune", side: "state" as const, parentId: "ub" },
      ],
    };
    // March 2026 (weeks of 02, 09, 16, 23 and 30/03): the commune's chair received citizens on four days, two of them
    // in the week of 02/03 and none in the week of 16/03 nor in that of 30/03.
    const dates = ["2026-03-03", "2026-03-05", "2026-03-10", "2026-03-24"];
    // Judged once the week of 30/03 has ended (review s21 C2).
    const report = preparePeriodicReport({
      ...(await input("state")),
      asOf: "2026-04-06",
      org: stateOrg,
      sessions: [
        { id: "P-1", date: "2026-03-02", kind: "scheduled" as const, unit: "ub", people: 1 },
        ...dates.map((d, i) => ({ id: `X-${i}`, date: d, kind: "scheduled" as const, unit: "ux", people: 1 })),
      ],
      sessionsRegister: true,
    });
    expect(report.model.sessions.unitsShort).toEqual([
      {
        name: "UBND xã An Bình",
        months: ["2026-03"],
        shortfall: 2,
        byWeeks: { days: null, months: ["2026-03"], weeks: 2, perWeek: 1 },
      },
    ]);
    const texts: string[] = [];
    const walk = (n: unknown): void => {
      if (typeof n === "string") texts.push(n);
      else if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === "object") for (const [k, v] of Object.entries(n)) if (k !== "type") walk(v);
    };
    walk(report.doc);
    const text = texts.join("");
    expect(text).toContain("UBND xã An Bình (2 tuần chưa đủ tối thiểu 1 ngày mỗi tuần trong tháng 03/2026)");
    expect(text).not.toContain("thiếu 2 ngày");
  });

  it("a month not ended by the as-of date is not held against a unit", async () => {
    // As of 14/02, February is not judged: An Bình met January's minimum.
    const report = await run("2026-Q1", "2026-02-14");
    expect(report.model.sessions.unitsShort).toEqual([]);
  });
});

describe("what is dated after the as-of date is not known on it (review s18b F3)", () => {
  it("neither the cases nor the sessions after it are counted, and the clerk is told how many", async () => {
    const base = await input("party");
    const sessions = [
      { id: "B1", date: "2026-03-05", kind: "scheduled" as const, people: 2 },
      { id: "B2", date: "2026-03-25", kind: "scheduled" as const, people: 3 },
    ];
    const run = preparePeriodicReport({ ...base, asOf: "2026-03-05", date: "2026-03-05", sessions });
    // MS-1 (05/03) counts; MS-2 (06/03) and MS-3 (07/04) are after the as-of date; B2 too.
    expect([run.summary.cases.total, run.summary.sessions.held]).toEqual([1, 1]);
    expect(run.notes).toContainEqual(
      "Sổ có 2 vụ việc và 1 buổi tiếp ghi ngày sau ngày tính số liệu 05/03/2026: không được tính trong văn bản này.",
    );
  });
});

describe("a report made without the clerk's narrative shows its missing parts and is a draft (review s17s F15)", () => {
  it.each([
    ["party", "2026-03", ["I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "ĐÁNH GIÁ CHUNG", "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"]],
    ["state", "2026-Q1", ["NHẬN XÉT, ĐÁNH GIÁ", "DỰ BÁO TÌNH HÌNH", "PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP"]],
  ] as const)("%s %s: the outline's sections with their bracketed lines", async (profile, spec, headings) => {
    const run = await reportOf(profile, undefined, spec);
    const text = JSON.stringify(run.doc);
    for (const h of headings) expect(text).toContain(h);
    expect(text).toContain("[DỰ THẢO] Chưa có phần tường thuật");
    expect(run.notes).toContainEqual(expect.stringContaining("Chưa có phần tường thuật"));
  });

  // Review F10: "Kiến nghị, đề xuất" was a placeholder for an empty file and absent for a partial one.
  it.each([
    ["party", "no narrative", undefined],
    ["party", "an empty file", "\n"],
    ["party", "the assessment only", "## Đánh giá chung\n\nĐã tiếp dân đúng lịch.\n"],
    ["state", "no narrative", undefined],
    ["state", "an empty file", "\n"],
    ["state", "the assessment only", "## Nhận xét, đánh giá\n\nĐã tiếp công dân đúng lịch.\n"],
  ] as const)(
    "%s, %s: “Kiến nghị, đề xuất” follows one rule — optional for the Party, part VI of Mẫu số 02 for the State",
    async (profile, _what, text) => {
      const run = await reportOf(profile, text);
      const doc = JSON.stringify(run.doc);
      const said = run.notes.filter((n) => /tường thuật/.test(n)).join("\n");
      if (profile === "party") {
        expect(doc).not.toContain("KIẾN NGHỊ, ĐỀ XUẤT");
        expect(said).not.toMatch(/kiến nghị/i);
      } else {
        expect(doc).toContain("KIẾN NGHỊ, ĐỀ XUẤT");
        expect(doc).toContain("không có kiến nghị thì ghi “Không có kiến nghị, đề xuất.”");
        expect(said).toContain("Kiến nghị, đề xuất");
      }
    },
  );

  it("a narrative with its own proposals keeps them, in either profile, and none is added", async () => {
    for (const [profile, text] of [
      ["party", "## Lãnh đạo\n\nA.\n\n## Đánh giá\n\nB.\n\n## Nhiệm vụ\n\nC.\n\n## Đề xuất, kiến nghị\n\nD.\n"],
      [
        "state",
        "## Chỉ đạo, điều hành\n\nA.\n\n## Nhận xét\n\nB.\n\n## Dự báo\n\nC.\n\n## Giải pháp\n\nD.\n\n## Kiến nghị\n\nKhông có kiến nghị, đề xuất.\n",
      ],
    ] as const) {
      const run = await reportOf(profile, text);
      expect(run.notes.join("\n")).not.toContain("Phần tường thuật chưa có mục");
      expect(JSON.stringify(run.doc)).not.toContain("[Nêu kiến nghị");
    }
  });

  it.each([
    ["an empty file", "\n\n", ["Công tác lãnh đạo, chỉ đạo", "Đánh giá chung", "Phương hướng, nhiệm vụ thời gian tới"]],
    [
      "the leadership section only",
      "## Công tác lãnh đạo, chỉ đạo\n\nBan Thường vụ đã ban hành kế hoạch.\n",
      ["Đánh giá chung", "Phương hướng, nhiệm vụ thời gian tới"],
    ],
    [
      "every required section, under the clerk's own headings",
      "## I. Lãnh đạo, chỉ đạo\n\nA.\n\n## Ưu điểm, hạn chế\n\nB.\n\n## Nhiệm vụ kỳ tới\n\nC.\n",
      [],
    ],
  ] as const)(
    "a narrative of %s: the missing sections are printed as placeholders and named (review s18h F9)",
    async (_what, text, missing) => {
      const run = preparePeriodicReport({ ...(await input("party")), narrative: parseNarrative(text) });
      const doc = JSON.stringify(run.doc);
      for (const heading of missing) expect(doc).toContain(heading.toLocaleUpperCase("vi"));
      if (missing.length === 0) {
        expect(run.notes.join("\n")).not.toContain("Phần tường thuật chưa có mục");
      } else {
        expect(run.notes).toContainEqual(
          `Phần tường thuật chưa có mục: ${missing.join("; ")}. Văn bản in các mục này với dòng hướng dẫn trong ngoặc vuông, phải viết trước khi trình ký.`,
        );
        expect(doc).toContain("[DỰ THẢO]");
      }
    },
  );

  const stateAllBut = "## Chỉ đạo, điều hành\n\nA.\n\n## Nhận xét\n\nB.\n\n## Dự báo\n\nC.\n\n";
  it.each([
    [
      "a heading on the citizens' letters",
      `${stateAllBut}## Giải pháp\n\nD.\n\n## Kết quả xử lý đơn khiếu nại, kiến nghị\n\nE.\n`,
      true,
    ],
    [
      "a heading on receiving petitions",
      `${stateAllBut}## Giải pháp\n\nD.\n\n## Tình hình tiếp nhận đơn kiến nghị\n\nE.\n`,
      true,
    ],
    ["the tasks that propose solutions", `${stateAllBut}## Phương hướng, nhiệm vụ và đề xuất giải pháp\n\nD.\n`, true],
    [
      "the committee's own proposals",
      `${stateAllBut}## Giải pháp\n\nD.\n\n## Kiến nghị của Ủy ban nhân dân tỉnh\n\nE.\n`,
      false,
    ],
  ] as const)("R4, R6: a State narrative with %s → the proposals part asked: $2", async (_what, text, asked) => {
    const run = await reportOf("state", text);
    const doc = JSON.stringify(run.doc);
    const note = "Phần tường thuật chưa có mục: Kiến nghị, đề xuất.";
    if (asked) {
      expect(run.notes.join("\n")).toContain(note);
      expect(doc).toContain("KIẾN NGHỊ, ĐỀ XUẤT");
      expect(doc).toContain("[DỰ THẢO]");
    } else {
      expect(run.notes.join("\n")).not.toContain("Phần tường thuật chưa có mục");
      expect(doc).not.toContain("KIẾN NGHỊ, ĐỀ XUẤT");
    }
  });

  it("a State report of the second quarter is the forms only (Thông tư 06/2025/TT-TTCP Điều 4): no narrative asked", async () => {
    const run = await reportOf("state", undefined, "2026-Q2");
    expect(JSON.stringify(run.doc)).not.toContain("Chưa có phần tường thuật");
  });
});

describe("the proposals part under the clerk's usual headings (review s20b S4, S5)", () => {
  const stateAllBut =
    "## Công tác lãnh đạo, chỉ đạo, điều hành\n\nA.\n\n## Nhận xét, đánh giá\n\nB.\n\n## Dự báo tình hình\n\nC.\n\n## Phương hướng, nhiệm vụ, giải pháp\n\nD.\n\n";
  const state = (text: string) => reportOf("state", text);
  it.each([
    ["Một số kiến nghị, đề xuất", "MỘT SỐ KIẾN NGHỊ, ĐỀ XUẤT"],
    ["Những kiến nghị, đề xuất", "NHỮNG KIẾN NGHỊ, ĐỀ XUẤT"],
    ["Phần VI - Kiến nghị, đề xuất", "KIẾN NGHỊ, ĐỀ XUẤT"],
    ["PHẦN VI. KIẾN NGHỊ, ĐỀ XUẤT", "KIẾN NGHỊ, ĐỀ XUẤT"],
    ["Mục VI: Kiến nghị, đề xuất", "KIẾN NGHỊ, ĐỀ XUẤT"],
    ["6.1. Kiến nghị với Chính phủ", "KIẾN NGHỊ VỚI CHÍNH PHỦ"],
    ["Kiến nghị Chính phủ chỉ đạo", "KIẾN NGHỊ CHÍNH PHỦ CHỈ ĐẠO"],
    ["Kiến nghị, đề xuất giải pháp", "KIẾN NGHỊ, ĐỀ XUẤT GIẢI PHÁP"],
  ])(
    "S4: a State narrative whose part VI is headed “%s” → one part VI, “%s”, no placeholder, no draft",
    async (heading, printed) => {
      const run = await state(`${stateAllBut}## ${heading}\n\nĐề nghị Thanh tra Chính phủ hướng dẫn.\n`);
      const doc = JSON.stringify(run.doc);
      expect(doc).toContain(printed);
      expect(doc).not.toContain("PHẦN VI");
      expect(doc).not.toContain("[Nêu kiến nghị");
      // No draft note for the narrative (the test's org file makes the report a draft for its own reasons).
      expect(doc).not.toContain("Phần tường thuật chưa có mục");
      expect(run.notes.join("\n")).not.toMatch(/chưa có mục|không được coi là mục Kiến nghị/);
    },
  );

  it.each([
    ["Kiến nghị, đề xuất của công dân", "tên mục nói về kiến nghị của công dân, tổ chức, doanh nghiệp"],
    ["Kiến nghị của tổ chức, công dân", "tên mục nói về kiến nghị của công dân, tổ chức, doanh nghiệp"],
    ["Kiến nghị của doanh nghiệp", "tên mục nói về kiến nghị của công dân, tổ chức, doanh nghiệp"],
  ])(
    "S5: a State narrative whose last heading is “%s” → part VI is asked, a draft, and the clerk is told why",
    async (heading, why) => {
      const run = await state(`${stateAllBut}## ${heading}\n\nCông dân kiến nghị nhiều về đất đai.\n`);
      const doc = JSON.stringify(run.doc);
      expect(doc).toContain("[Nêu kiến nghị, đề xuất với cấp trên");
      expect(doc).toContain("[DỰ THẢO]");
      expect(run.notes).toContainEqual(expect.stringContaining("Phần tường thuật chưa có mục: Kiến nghị, đề xuất."));
      expect(run.notes).toContainEqual(
        `Phần tường thuật: mục “${heading}” không được coi là mục Kiến nghị, đề xuất (${why}). Kiến nghị, đề xuất của cơ quan báo cáo viết trong mục có tiêu đề “## Kiến nghị, đề xuất”.`,
      );
    },
  );

  it.each([
    [
      "Đề xuất nhiệm vụ năm 2027",
      "mục “Đề xuất nhiệm vụ năm 2027” không được coi là mục Kiến nghị, đề xuất (được coi là mục “Phương hướng, nhiệm vụ, giải pháp”)",
    ],
    [
      "Tình hình tiếp nhận đơn kiến nghị",
      "mục “Tình hình tiếp nhận đơn kiến nghị” không được coi là mục Kiến nghị, đề xuất (tên mục không bắt đầu bằng “Kiến nghị”, “Đề xuất” hoặc “Đề nghị”)",
    ],
  ])("S4: a State heading “%s” on proposals that is not part VI is named on stderr", async (heading, said) => {
    const run = await state(`${stateAllBut}## ${heading}\n\nE.\n`);
    expect(run.notes.join("\n")).toContain(said);
  });

  it.each([
    [
      "Một số kiến nghị, đề xuất",
      ["ĐÁNH GIÁ CHUNG", "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "MỘT SỐ KIẾN NGHỊ, ĐỀ XUẤT"],
      false,
    ],
    ["Kiến nghị của cử tri", ["KIẾN NGHỊ CỦA CỬ TRI", "ĐÁNH GIÁ CHUNG", "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"], true],
  ] as const)(
    "S4, S5: a Party narrative with the leadership and “%s” → the parts in the order %j; named as not the proposals: %s",
    async (heading, order, named) => {
      const run = preparePeriodicReport({
        ...(await input("party")),
        narrative: parseNarrative(`## Công tác lãnh đạo, chỉ đạo\n\nA.\n\n## ${heading}\n\nE.\n`),
      });
      const doc = JSON.stringify(run.doc);
      const at = order.map((h) => doc.indexOf(h));
      expect(at.every((x) => x >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(run.notes.some((n) => n.includes("không được coi là mục Kiến nghị, đề xuất"))).toBe(named);
    },
  );
});

describe("resolveRunDates: the defaults of --as-of and --date, shared by the CLI and the web page", () => {
  const q1 = resolvePeriod("2026-Q1", { cutoff: "calendar" });
  it.each([
    ["nothing given: the period's last day for both", {}, "2026-03-31", "2026-03-31", 0],
    ["as-of only: the document is dated that day", { asOf: "2026-04-06" }, "2026-04-06", "2026-04-06", 0],
    // Review s17s F13: a document is not signed on a day off by default.
    ["as-of on a Sunday: dated the next working day, said", { asOf: "2026-04-05" }, "2026-04-05", "2026-04-06", 1],
    ["as-of at Tết: dated after it", { asOf: "2026-02-17" }, "2026-02-17", "2026-02-23", 2],
    ["a document date typed on a day off: said", { date: "2026-04-05" }, "2026-03-31", "2026-04-05", 1],
    ["date only", { date: "2026-04-10" }, "2026-03-31", "2026-04-10", 0],
    ["as-of before the end of the period: a note", { asOf: "2026-03-16" }, "2026-03-16", "2026-03-16", 1],
    ["as-of before the start of the period: a note", { asOf: "2025-12-01" }, "2025-12-01", "2025-12-01", 1],
    ["document dated before the as-of date: a note", { date: "2026-03-30" }, "2026-03-31", "2026-03-30", 1],
  ] as const)("%s", (_name, given, asOf, date, notes) => {
    const run = resolveRunDates(q1, given);
    expect([run.asOf, run.date, run.notes.length]).toEqual([asOf, date, notes]);
  });

  it.each([
    ["as-of before the start of the period", { asOf: "2025-12-15" }, "Ngày tính số liệu 15/12/2025"],
    ["document dated before the start of the period", { date: "2025-12-31" }, "Ngày văn bản 31/12/2025"],
    ["nothing before the period", { asOf: "2026-01-01" }, undefined],
  ] as const)("refused: %s (review s14 F6)", (_name, given, start) => {
    const refused = resolveRunDates(q1, given).refused;
    if (start === undefined) expect(refused).toBeUndefined();
    else
      expect(refused).toBe(
        `${start} trước ngày đầu kỳ báo cáo (01/01/2026, quý I năm 2026): văn bản sẽ ghi ngày trước cả kỳ nó báo cáo. Kiểm tra lại ngày (thường do gõ nhầm năm).`,
      );
  });

  it("a date more than a year after today is said (review s14b F8); an old period counted again today is not", () => {
    expect(resolveRunDates(q1, { asOf: "2062-03-31" }, "2026-12-07").notes).toEqual([
      "Ngày tính số liệu 31/03/2062 sau hôm nay (07/12/2026) hơn một năm: kiểm tra lại năm (thường do gõ nhầm).",
    ]);
    expect(resolveRunDates(q1, { asOf: "2062-03-31" }).notes).toEqual([]);
    expect(resolveRunDates(q1, { asOf: "2027-06-30" }, "2027-07-01").notes).toEqual([]);
  });

  it("says which date and which end of period", () => {
    expect(resolveRunDates(q1, { asOf: "2026-03-16" }).notes).toMatchInlineSnapshot(`
      [
        "Ngày tính số liệu 16/03/2026 trước ngày cuối kỳ (31/03/2026): vụ việc, buổi tiếp ghi ngày sau ngày này không được tính; thời hạn và kết quả tính đến ngày này.",
      ]
    `);
    expect(resolveRunDates(resolvePeriod("2026-Q1", { cutoff: "mid-month" }), {}).notes).toEqual([
      "Ngày văn bản 16/03/2026: ngày làm việc đầu tiên sau ngày tính số liệu 14/03/2026 (ngày nghỉ). Muốn ghi ngày khác, chọn ngày văn bản.",
    ]);
  });
});

describe("deadlineColumnNotes: registers without the columns deadlines are counted from", () => {
  it("names each register and its missing columns, and nothing for a complete one", () => {
    expect(
      deadlineColumnNotes([
        { file: "xa-a.csv", fields: ["id", "notifiedOn", "acceptedOn", "resultOn"] },
        { file: "xa-b.csv", fields: ["id", "acceptedOn"] },
        { file: "xa-rong.csv", fields: [], rows: { read: 0 } },
      ]),
    ).toMatchInlineSnapshot(`
      [
        "Sổ “xa-b.csv” không có cột “Ngày thông báo”, “Ngày có kết quả”: các thời hạn cần cột này được coi là không đủ dữ liệu, không tính là quá hạn (ở mọi sổ).",
      ]
    `);
  });

  it("says once for the registers lacking the same columns (a workbook's month sheets, review s14b)", () => {
    const sheet = (n: number) => ({ file: `so.xlsx (trang Tháng ${String(n).padStart(2, "0")})`, fields: ["id"] });
    expect(deadlineColumnNotes([1, 2, 3].map(sheet))).toMatchInlineSnapshot(`
      [
        "Sổ “so.xlsx (trang Tháng 01)”, “so.xlsx (trang Tháng 02)” và “so.xlsx (trang Tháng 03)” không có cột “Ngày thông báo”, “Ngày thụ lý”, “Ngày có kết quả”: các thời hạn cần cột này được coi là không đủ dữ liệu, không tính là quá hạn (ở mọi sổ).",
      ]
    `);
    expect(deadlineColumnNotes([1, 2, 3, 4, 5, 6, 7].map(sheet))).toMatchInlineSnapshot(`
      [
        "Sổ “so.xlsx (trang Tháng 01)”, “so.xlsx (trang Tháng 02)”, “so.xlsx (trang Tháng 03)”, “so.xlsx (trang Tháng 04)”, “so.xlsx (trang Tháng 05)” và 2 sổ khác không có cột “Ngày thông báo”, “Ngày thụ lý”, “Ngày có kết quả”: các thời hạn cần cột này được coi là không đủ dữ liệu, không tính là quá hạn (ở mọi sổ).",
      ]
    `);
  });
});

describe("farDateNotes: a year typed wrong in a register (review s14b F8)", () => {
  const base: Omit<Case, "id"> = { receivedOn: "2026-02-01", channel: "letter", kinds: ["complaint"], people: 1 };
  it("names the cases whose dates are more than a year after today, and nothing otherwise", () => {
    const cases: Case[] = [
      { ...base, id: "A-01", notifiedOn: "2062-02-25" },
      { ...base, id: "A-02", resultOn: "2027-03-31" },
      { ...base, id: "A-03", resultOn: "2099-02-10", acceptedOn: "2062-02-01" },
    ];
    expect(farDateNotes(cases, "2026-12-07")).toEqual([
      "Sổ theo dõi đơn có ngày sau hôm nay (07/12/2026) hơn một năm: A-01 (Ngày thông báo 25/02/2062); A-03 (Ngày thụ lý 01/02/2062, Ngày có kết quả 10/02/2099). Sổ ghi việc đã xảy ra nên đây thường là năm gõ nhầm; vụ việc như vậy bị tính sai (ngoài kỳ, chưa có kết quả hoặc chưa đến hạn). Kiểm tra lại sổ.",
    ]);
    expect(farDateNotes(cases.slice(1, 2), "2026-12-07")).toEqual([]);
  });

  it("a denunciation's code and dates are not repeated: counted, with their columns (review s21 K8)", () => {
    const cases: Case[] = [
      { ...base, id: "A-01", notifiedOn: "2062-02-25" },
      { ...base, id: "TC-LE-THI-MAI", kinds: ["denunciation"], resultOn: "2062-03-01" },
    ];
    const [note] = farDateNotes(cases, "2026-12-07");
    expect(note).toContain(
      "A-01 (Ngày thông báo 25/02/2062); 1 vụ việc tố cáo có ngày như vậy ở cột “Ngày có kết quả” (mã số và ngày không in lại để giữ bí mật).",
    );
    expect(note).not.toMatch(/TC-LE|01\/03\/2062/);
  });
});

describe("a unit written without “side” is a Party committee's, as the org file reads it (review s19d D5)", () => {
  it("the report and the compliance review are made, in the Party's voice", async () => {
    const { buildReportModel } = await import("./buildReportModel.js");
    const { buildComplianceModel } = await import("./buildComplianceModel.js");
    const period = resolvePeriod("2026-03");
    const units = [{ id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province" }] as never;
    const rows = { read: 0, accepted: 0, rejected: 0, files: 1 };
    const model = buildReportModel({ period, cases: [], sessions: [], units, reportingUnit: "tu", rows });
    expect(model.voice.profile).toBe("party");
    const compliance = buildComplianceModel({ period, cases: [], sessions: [], units, reportingUnit: "tu" });
    expect(compliance.voice.profile).toBe("party");
  });
});

describe("daysOffFallbackNotes: the note reads the same on the page and from the CLI (review s23w W23-4)", () => {
  it("a deadline running into a year without a days-off notice: the days-off file is named, not the CLI's option", () => {
    const period = resolvePeriod("2027-12");
    const cases: Case[] = [{ id: "A", receivedOn: "2027-12-20", channel: "letter", kinds: ["complaint"] }];
    const notes = daysOffFallbackNotes({ period, asOf: period.to, cases, calendar: VIETNAM_CALENDAR });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain("thêm các ngày nghỉ đó vào tệp ngày nghỉ (ngay-nghi.csv) và lập lại báo cáo.");
    expect(notes[0]).not.toMatch(/--[a-z]/);
  });
});
