// Issue 16, "signable as is": one voice per document, notices from the receiving unit, no silent wrong number. The
// documents are read back as text from their IR (every paragraph and cell), as a reader would read them.
import { type Case, type ReceptionSession, resolvePeriod, summarizeStats } from "@tiepdan/core";
import { describe, expect, it } from "vitest";
import type { DocumentNode } from "../document/ir.js";
import { closestUnit, matchUnit, resolveUnitRefs, unmatchedUnitWarnings } from "./matchUnits.js";
import { PLACEHOLDER_ORG, parseOrgFile } from "./orgFile.js";
import { parseNarrative } from "./parseNarrative.js";
import { collectProfileStatistics, reportingUnitFor, sessionSide } from "./profileSide.js";
import { mergeReportStatistics } from "./reportStatistics.js";
import { prepareComplianceReport, prepareNotices, preparePeriodicReport } from "./runs.js";

/** Every text of a document, in order, joined by spaces. */
function textOf(node: unknown): string {
  const out: string[] = [];
  const walk = (n: unknown) => {
    if (typeof n === "string") out.push(n);
    else if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === "object") {
      for (const [k, v] of Object.entries(n)) if (k !== "type") walk(v);
    }
  };
  walk(node);
  return out.join(" ").replace(/\s+/g, " ");
}

const ORG = (() => {
  const r = parseOrgFile(
    JSON.stringify({
      reportingUnit: "tu",
      units: [
        { id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province", headTitle: "Bí thư Tỉnh ủy" },
        {
          id: "xa-an-binh",
          name: "Đảng ủy xã An Bình",
          level: "commune",
          parentId: "tu",
          headTitle: "Bí thư Đảng ủy xã",
          documents: {
            party: {
              issuingBody: "Đảng ủy xã An Bình",
              parentBody: "Đảng bộ tỉnh Minh Sơn",
              numberPrefix: "BC/ĐU",
              place: "An Bình",
              signer: { name: "Lò Văn Xã", title: "Bí thư", variant: "onBehalfOf", onBehalfOf: "Ban Thường vụ" },
              recipients: [{ name: "Lưu Văn phòng Đảng ủy" }],
            },
          },
        },
        { id: "xa-hoa-lac", name: "Đảng ủy xã Hòa Lạc", level: "commune", parentId: "tu" },
      ],
      documents: {
        party: {
          issuingBody: "Tỉnh ủy Minh Sơn",
          numberPrefix: "BC/TU",
          place: "Minh Sơn",
          signer: { name: "Nguyễn Văn Minh", title: "Bí thư", variant: "onBehalfOf", onBehalfOf: "Ban Thường vụ" },
          recipients: [{ name: "Lưu Văn phòng Tỉnh ủy" }],
        },
        state: {
          issuingBody: "Ủy ban nhân dân tỉnh Minh Sơn",
          numberPrefix: "BC-UBND",
          place: "Minh Sơn",
          signer: { name: "Trần Thị Hòa", title: "Chủ tịch", variant: "onBehalfOf", onBehalfOf: "Ủy ban nhân dân" },
          recipients: [{ name: "Lưu: VT" }],
        },
      },
    }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.org;
})();

const period = resolvePeriod("2026-Q1");
const session = (id: string, date: string, unit: string, host?: string): ReceptionSession => ({
  id,
  date,
  kind: "scheduled",
  unit,
  ...(host ? { host } : {}),
  people: 5,
});
const SESSIONS: ReceptionSession[] = [
  session("TU-1", "2026-01-15", "Tỉnh ủy Minh Sơn", "Bí thư Tỉnh ủy"),
  session("TU-2", "2026-02-12", "Tỉnh ủy Minh Sơn", "Bí thư Tỉnh ủy"),
  session("TU-3", "2026-03-12", "Tỉnh ủy Minh Sơn", "Bí thư Tỉnh ủy"),
  session("UB-1", "2026-01-20", "UBND tỉnh Minh Sơn", "Chủ tịch UBND tỉnh"),
];
const kase = (id: string, patch: Partial<Case> = {}): Case => ({
  id,
  receivedOn: "2026-02-02",
  channel: "letter",
  kinds: ["petition"],
  senderName: "Lê Văn An",
  senderAddress: "Thôn 1, xã An Bình",
  content: "Kiến nghị sửa đường",
  route: "direct",
  handlingBody: "Sở Xây dựng",
  unit: "xa-an-binh",
  ...patch,
});
const CASES: Case[] = [
  kase("MS-1"),
  kase("MS-2", { unit: "Xã An Bìn" }),
  kase("MS-3", { unit: "xa hoa lac", notifiedOn: "2026-02-09" }),
  kase("MS-4", { anonymous: true, senderName: undefined, senderAddress: undefined }),
];
const run = (profile: "party" | "state", patch: Record<string, unknown> = {}) => ({
  period,
  asOf: period.to,
  date: "2026-04-02",
  profile,
  org: ORG,
  draftNotes: [],
  cases: CASES,
  sessions: SESSIONS,
  rows: { read: 8, accepted: 8, rejected: 0, files: 2 },
  recordedFields: ["notifiedOn", "resultOn"] as (keyof Case)[],
  ...patch,
});

describe("issue 16 point 1: one document, one voice; each profile counts its own side (DESIGN.md rule 1)", () => {
  it("the State report speaks as the People's Committee and counts only the chairs' sessions", () => {
    const r = preparePeriodicReport(run("state"));
    const text = textOf(r.doc);
    expect(text).toContain("Chủ tịch Ủy ban nhân dân các cấp trong phạm vi báo cáo đã tổ chức 1 buổi tiếp công dân");
    expect(text).toContain("Ủy ban nhân dân tỉnh Minh Sơn báo cáo");
    expect(text).not.toContain("Bí thư Tỉnh ủy");
    expect(text).not.toContain("người đứng đầu cấp ủy");
    expect(r.summary.sessions.held).toBe(1);
    expect(r.model.sessions.months.map((m) => m.days)).toEqual([1, 0, 0]);
  });

  it("the Party report counts only the secretaries' sessions", () => {
    const r = preparePeriodicReport(run("party"));
    expect(r.summary.sessions).toMatchObject({ held: 3, monthsShort: [] });
    expect(textOf(r.doc)).toContain("Bí thư Tỉnh ủy tiếp dân định kỳ 3 ngày");
  });

  it("a profile with no session of its side says so instead of a shortfall", () => {
    const r = preparePeriodicReport(run("state", { sessions: SESSIONS.slice(0, 3) }));
    const text = textOf(r.doc);
    expect(text).toContain("không ghi buổi tiếp công dân nào của Chủ tịch Ủy ban nhân dân các cấp");
    expect(text).not.toContain("Các tháng chưa bảo đảm");
    expect(r.summary.sessions).toMatchObject({ required: null, monthsShort: null });
  });

  it("the compliance report judges the profile's side only", () => {
    const state = prepareComplianceReport(run("state"));
    expect(state.model.units.map((u) => u.unit)).toEqual(["Ủy ban nhân dân tỉnh Minh Sơn"]);
    expect(textOf(state.doc)).not.toContain("cấp ủy");
    const party = prepareComplianceReport(run("party"));
    expect(party.model.units.map((u) => u.unit)).toEqual([
      "Tỉnh ủy Minh Sơn",
      "Đảng ủy xã An Bình",
      "Đảng ủy xã Hòa Lạc",
    ]);
  });

  it.each([
    ["state", /tiếp dân|cấp ủy|Bí thư/, "tiếp công dân đột xuất của Ủy ban nhân dân tỉnh Minh Sơn"],
    ["party", /tiếp công dân|Ủy ban nhân dân|Chủ tịch/, "tiếp dân đột xuất của Tỉnh ủy Minh Sơn"],
  ] as const)("the %s compliance report's findings and notes speak its own words", (profile, foreign, phrase) => {
    // A group case (ad hoc trigger, no ad hoc session), an unfinished month, cases whose triggers lack data.
    const r = prepareComplianceReport(
      run(profile, { cases: [...CASES, kase("MS-5", { people: 6, unit: undefined })], asOf: "2026-03-20" }),
    );
    const text = textOf(r.doc);
    expect(text).toContain(phrase);
    expect(text).toContain("Các tháng chưa kết thúc đến ngày 20/03/2026 chưa được đánh giá");
    expect(text).not.toMatch(foreign);
  });

  it.each([
    ["a unit of the org file", session("a", "2026-01-01", "Đảng ủy xã An Bình"), "party"],
    ["“UBND …” in Đơn vị", session("b", "2026-01-01", "UBND xã An Bình"), "state"],
    [
      "“Chủ tịch” as host, no unit",
      { ...session("c", "2026-01-01", ""), unit: undefined, host: "Chủ tịch UBND" },
      "state",
    ],
    ["nothing said: the reporting unit's", { id: "d", date: "2026-01-01", kind: "scheduled" as const }, "party"],
  ])("whose session: %s", (_what, s, side) => {
    expect(sessionSide(s as ReceptionSession, ORG.units, reportingUnitFor(ORG, "party"))).toBe(side);
  });
});

describe("issue 16 point 2: notices come from the unit that received the case", () => {
  it("issued under the receiving unit's own settings, dated Ngày thông báo, anonymous cases listed", () => {
    const r = prepareNotices({ ...run("party"), kind: "receipt" });
    const byId = new Map(r.documents.map((d) => [d.caseId, d]));
    const anBinh = textOf(byId.get("MS-1")?.doc);
    expect(anBinh).toContain("ĐẢNG ỦY XÃ AN BÌNH");
    expect(anBinh).toContain("Đảng ủy xã An Bình đã nhận được đơn kiến nghị");
    expect(anBinh).toContain("Lò Văn Xã");
    expect(anBinh).not.toContain("[DỰ THẢO]");
    // A unit without settings: its name, placeholders, a marked draft; dated the recorded notice date.
    const hoaLac = textOf(byId.get("MS-3")?.doc);
    expect(hoaLac).toContain("Đảng ủy xã Hòa Lạc đã nhận được");
    expect(hoaLac).toContain("[DỰ THẢO]");
    expect(hoaLac).toContain("ngày 09 tháng 02 năm 2026");
    expect(r.skipped).toEqual([{ caseId: "MS-4", reason: "đơn nặc danh" }]);
  });

  it("the State transfer slip speaks as the People's Committee, never as the Party committee", () => {
    const r = prepareNotices({ ...run("state"), kind: "transfer", cases: [kase("MS-9", { unit: undefined })] });
    const text = textOf(r.documents[0]?.doc);
    expect(text).toContain("Ủy ban nhân dân tỉnh Minh Sơn nhận được đơn kiến nghị");
    expect(text).toContain("báo cáo kết quả về Ủy ban nhân dân tỉnh Minh Sơn");
    expect(text).not.toContain("Tỉnh ủy");
  });

  it("the transfer slip of a letter naming no sender says so, informs nobody and lists nobody (review s16 F9)", () => {
    const anonymous = kase("MS-8", { senderName: undefined, senderAddress: undefined, anonymous: true });
    const r = prepareNotices({ ...run("party"), kind: "transfer", cases: [anonymous] });
    const text = textOf(r.documents[0]?.doc);
    expect(text).toContain("nhận được đơn kiến nghị không ghi họ tên, địa chỉ người gửi, ngày 02/02/2026");
    expect(text).toContain("để xem xét, giải quyết theo thẩm quyền và báo cáo kết quả về");
    expect(text).not.toMatch(/không rõ|thông báo kết quả cho người gửi/);
  });

  it("the transfer slip of an anonymous letter that bears a name names nobody and informs nobody (review s22b W13)", () => {
    const anonymous = kase("MS-7", { senderName: "Nguyễn Văn Ẩn", senderAddress: "Thôn 9", anonymous: true });
    const text = textOf(prepareNotices({ ...run("party"), kind: "transfer", cases: [anonymous] }).documents[0]?.doc);
    expect(text).toContain("nhận được đơn kiến nghị không ghi họ tên, địa chỉ người gửi, ngày 02/02/2026");
    expect(text).not.toMatch(/Nguyễn Văn Ẩn|Thôn 9|để biết/);
  });

  it("an anonymous denunciation's slip asks nobody to inform its denouncer (review s22c X8)", () => {
    const den = kase("MS-6", {
      kinds: ["denunciation"],
      senderName: undefined,
      senderAddress: undefined,
      anonymous: true,
    });
    const text = textOf(prepareNotices({ ...run("party"), kind: "transfer", cases: [den] }).documents[0]?.doc);
    expect(text).not.toContain("thông báo kết quả cho người tố cáo");
    expect(text).toContain("và báo cáo kết quả về");
  });

  it("“Giấu tên” gets no receipt, said why; a number or a title alone names nobody (review s22c X9, X10, s22b W15)", () => {
    const cases = [
      kase("MS-4", { senderName: "Giấu tên" }),
      kase("MS-5", { senderName: "0912345678" }),
      kase("MS-6", { senderName: "Ông" }),
    ];
    const r = prepareNotices({ ...run("party"), kind: "receipt", cases });
    expect(r.documents).toEqual([]);
    expect(r.skipped.map((x) => [x.caseId, x.reason])).toEqual([
      ["MS-4", "người gửi đề nghị giữ bí mật họ tên"],
      ["MS-5", "sổ không ghi người gửi"],
      // A form of address alone (review s22b W15).
      ["MS-6", "sổ không ghi người gửi"],
    ]);
  });

  it("a content's own full stop is not doubled, and a group is addressed as written (review s16 F18)", () => {
    const group = kase("MS-7", { senderName: "Một số hộ dân thôn 1", content: "Đề nghị sửa đường." });
    const r = prepareNotices({ ...run("party"), kind: "receipt", cases: [group] });
    const text = textOf(r.documents[0]?.doc);
    expect(text).toContain("nội dung: Đề nghị sửa đường.");
    expect(text).not.toContain("đường..");
    expect(text).toContain("Một số hộ dân thôn 1");
    expect(text).not.toContain("Ông (Bà) Một số hộ dân");
    // The transfer slip too, in its text and under "Nơi nhận" (review s16r #11).
    const slip = prepareNotices({ ...run("party"), kind: "transfer", cases: [group] });
    const slipText = textOf(slip.documents[0]?.doc);
    expect(slipText).toContain("nhận được đơn kiến nghị của Một số hộ dân thôn 1");
    expect(slipText).not.toContain("Ông (Bà) Một số hộ dân");
  });

  it.each([
    ["Bà Nguyễn Thị Hoa", "Bà Nguyễn Thị Hoa"],
    ["ông LÊ VĂN TÁM", "Ông LÊ VĂN TÁM"],
    ["Ô. Trần Tám", "Ông Trần Tám"],
    ["Lê Văn An", "Ông (Bà) Lê Văn An"],
    // Surnames that begin as a form of address does (review s21b T4).
    ["Bàng Văn Minh", "Ông (Bà) Bàng Văn Minh"],
    ["BÀNG THỊ LAN", "Ông (Bà) BÀNG THỊ LAN"],
    ["Chịnh Văn A", "Ông (Bà) Chịnh Văn A"],
    ["BÀ NGUYỄN THỊ HOA", "Bà NGUYỄN THỊ HOA"],
    // Review s22: groups in capitals, a surname "Ông", a given name after "Anh", other forms of address.
    ["BÀ CON THÔN 3", "BÀ CON THÔN 3"],
    ["Ông Thị Hoa", "Ông (Bà) Ông Thị Hoa"],
    ["Anh Tuấn", "Ông (Bà) Anh Tuấn"],
    ["Anh Nguyễn Văn Tuấn", "Anh Nguyễn Văn Tuấn"],
    ["Cụ ông Lê Văn Tám", "Cụ ông Lê Văn Tám"],
    ["Thầy Trần Văn Giáo", "Thầy Trần Văn Giáo"],
    ["Ông (Bà) Nguyễn Văn A", "Ông (Bà) Nguyễn Văn A"],
    ["Ông/Bà Nguyễn Văn A", "Ông (Bà) Nguyễn Văn A"],
    ["bà nguyễn thị hoa", "Bà nguyễn thị hoa"],
    ["ÔNG nguyễn văn a", "Ông nguyễn văn a"],
    ["Sư Thích Minh Tuệ", "Sư Thích Minh Tuệ"],
    ["Bác sĩ Nguyễn Văn A", "Ông (Bà) Bác sĩ Nguyễn Văn A"],
    // Review s22b W14, W9: no phone or identity number on the address line; "Ông, bà …" printed "Ông (Bà) …".
    ["Bà Lương Thị Mật, SĐT 0987654321", "Bà Lương Thị Mật"],
    ["Nguyễn Văn A - CCCD 001089012345", "Ông (Bà) Nguyễn Văn A"],
    ["Trần Văn B, 0912345678", "Ông (Bà) Trần Văn B"],
    ["Ông, bà Nguyễn Văn A", "Ông (Bà) Nguyễn Văn A"],
    // Review s22c X2, X3, X4: forms of address followed by a common noun; more contact numbers; a parenthesis closed.
    ["Bà mẹ Việt Nam anh hùng Nguyễn Thị A", "Bà mẹ Việt Nam anh hùng Nguyễn Thị A"],
    ["Ông cụ Nguyễn Văn A", "Ông cụ Nguyễn Văn A"],
    ["Cô giáo Lê Thị Mai", "Cô giáo Lê Thị Mai"],
    ["Nguyễn Văn A (thôn 3, SĐT 0912345678)", "Ông (Bà) Nguyễn Văn A (thôn 3)"],
    ["Lê Văn B SĐT 0912345678", "Ông (Bà) Lê Văn B"],
    ["Trần Văn C ĐT 0912.345.678", "Ông (Bà) Trần Văn C"],
    ["Phạm Văn D, 0912 345 678, 0987 654 321", "Ông (Bà) Phạm Văn D"],
    ["Trường THCS An Bình", "Trường THCS An Bình"],
    ["Công ty TNHH Xây dựng và Thương mại An Bình", "Công ty TNHH Xây dựng và Thương mại An Bình"],
  ])("a sender written “%s” is addressed as “%s”, never “Ông (Bà) Bà …” (review s21 K9)", (sender, addressed) => {
    const c = kase("MS-6", { senderName: sender });
    const receipt = textOf(prepareNotices({ ...run("party"), kind: "receipt", cases: [c] }).documents[0]?.doc);
    expect(receipt).toContain(`Kính gửi: ${addressed}`);
    const slip = textOf(prepareNotices({ ...run("party"), kind: "transfer", cases: [c] }).documents[0]?.doc);
    expect(slip).toContain(`của ${addressed}`);
    // "Ông" is also a surname: "Ông Thị Hoa" is printed after "Ông (Bà)" (review s22 V3).
    const doubled = /Ông \(Bà\) (?:Bà|BÀ|Ông|ông|Ô\.)(?![\p{L}])/u;
    if (!doubled.test(addressed)) expect(`${receipt} ${slip}`).not.toMatch(doubled);
  });

  it("“Ông (Bà)” is held together by a no-break space in the documents, never broken at a line's end (review s22 V7)", () => {
    const c = kase("MS-8", { senderName: "Lê Văn An" });
    const raw = (doc: unknown) => JSON.stringify(doc);
    for (const kind of ["receipt", "transfer"] as const) {
      const doc = prepareNotices({ ...run("party"), kind, cases: [c] }).documents[0]?.doc;
      expect(raw(doc)).toContain("Ông\u00a0(Bà) Lê Văn An");
      expect(raw(doc)).not.toContain("Ông (Bà)");
    }
    // The model keeps the plain space (what a developer's template would print).
    const model = prepareNotices({ ...run("party"), kind: "receipt", cases: [c] }).documents[0]?.model;
    expect(model?.addressee).toBe("Ông (Bà) Lê Văn An");
  });

  it.each([
    ["Bà Nguyễn Thị Hoa", "Bà"],
    ["ông LÊ VĂN TÁM", "Ông"],
    ["Chị Đào Thu", "Chị"],
    ["Lê Văn An", "Ông (Bà)"],
    ["Bàng Văn Minh", "Ông (Bà)"],
    ["Một số hộ dân thôn 1", "các Ông (Bà)"],
    // Review s22 V1–V5: groups and several people in one cell, a surname "Ông", a given name after "Anh".
    ["BÀ CON THÔN 3", "các Ông (Bà)"],
    ["ANH CHỊ EM THÔN 2", "các Ông (Bà)"],
    ["Chị em phụ nữ thôn 2", "các Ông (Bà)"],
    ["ÔNG BÀ NGUYỄN VĂN A VÀ LÊ THỊ B", "các Ông (Bà)"],
    ["Ông Nguyễn Văn A và bà Lê Thị B", "các Ông (Bà)"],
    ["Bà Nguyễn Thị Hoa và 5 hộ dân khác", "các Ông (Bà)"],
    ["Đại diện các hộ dân thôn 4", "các Ông (Bà)"],
    ["Gia đình ông Nguyễn Văn A", "các Ông (Bà)"],
    ["Tập thể giáo viên trường tiểu học", "các Ông (Bà)"],
    ["Cử tri thôn 5", "các Ông (Bà)"],
    ["Ông Thị Hoa", "Ông (Bà)"],
    ["Anh Tuấn", "Ông (Bà)"],
    ["Cụ bà Lê Thị Tám", "Cụ"],
    ["Cô Nguyễn Thị Lan", "Cô"],
    ["Nguyễn Văn A, SĐT 0912345678", "Ông (Bà)"],
    // Review s22b W7, W8, W9, W12: no title without a capital after it, parentheses and organisations are no second
    // person, a semicolon between two people is.
    ["Bác sĩ Nguyễn Văn A", "Ông (Bà)"],
    ["Anh hùng Lê Văn Tám", "Ông (Bà)"],
    ["Sư cô Thích Nữ Diệu Hạnh", "Sư cô"],
    ["Nguyễn Văn A (con ông B và bà C)", "Ông (Bà)"],
    ["Nguyễn Văn A và Lê Thị B", "các Ông (Bà)"],
    ["Bà Lê Thị A; ông Trần Văn B", "các Ông (Bà)"],
    ["Nguyễn Văn A, bác sĩ Bệnh viện tỉnh", "Ông (Bà)"],
    ["Công ty TNHH Xây dựng và Thương mại An Bình", "Công ty"],
    ["HTX Nông nghiệp An Bình", "Hợp tác xã"],
    ["Vợ chồng ông Nguyễn Văn A", "các Ông (Bà)"],
    ["Hộ Nguyễn Văn A", "các Ông (Bà)"],
    ["Hồ Văn An", "Ông (Bà)"],
    ["Ông, bà Nguyễn Văn A", "Ông (Bà)"],
    ["Nguyễn Thị A và chồng", "các Ông (Bà)"],
    ["Bà mẹ Việt Nam anh hùng Nguyễn Thị A", "Bà"],
    ["Cô giáo Lê Thị Mai", "Cô"],
    ["Trường Giang", "Ông (Bà)"],
    ["Trường THCS An Bình", "Nhà trường"],
    ["Ủy ban nhân dân xã Hòa Lạc", "Ủy ban nhân dân"],
    ["Cử tri Nguyễn Văn A", "Ông (Bà)"],
    ["Cô Văn Minh", "Ông (Bà)"],
    ["Anh Thị Mai", "Ông (Bà)"],
    ["Cử tri Thôn 5", "các Ông (Bà)"],
  ])("the body of a notice to “%s” calls them “%s”, as the address line does (review s17s F8, F9)", (sender, you) => {
    const c = kase("MS-6", { senderName: sender, route: "guide", handlingBody: "UBND xã An Bình" });
    for (const kind of ["receipt", "guidance"] as const) {
      const text = textOf(prepareNotices({ ...run("party"), kind, cases: [c] }).documents[0]?.doc);
      expect(text).toContain(`của ${you} ngày`);
      expect(text).toContain(`Đề nghị ${you} gửi đơn đến`);
      if (you !== "Ông (Bà)" && you !== "các Ông (Bà)") expect(text).not.toContain("Ông (Bà)");
    }
  });

  it("ids are matched as codes are (case, spaces), and each id that gets nothing says why (review s16 F21)", () => {
    const cases = [kase("MS-1"), kase("MS-2", { receivedOn: "2025-12-30" }), kase("MS-3", { route: "guide" })];
    const r = prepareNotices({ ...run("party"), kind: "transfer", cases, ids: ["ms-1", "MS-2", "MS-3", "MS-404"] });
    expect(r.documents.map((d) => d.caseId)).toEqual(["MS-1"]);
    expect(r.missing).toEqual([
      { id: "MS-2", reason: expect.stringMatching(/^tiếp nhận ngày 30\/12\/2025, ngoài /) },
      { id: "MS-3", reason: "hướng xử lý không phải “Chuyển”" },
      { id: "MS-404", reason: "không có trong sổ" },
    ]);
  });

  it("says which notices are dated past their own deadline or on a day off (review s16 F10)", () => {
    const cases = [
      kase("MS-1"), // received 02/02/2026, no notice date: dated 02/04/2026, past 10 working days
      kase("MS-2", { notifiedOn: "2026-02-08" }), // a Sunday
      kase("MS-3", { notifiedOn: "2026-02-05" }),
    ];
    const r = prepareNotices({ ...run("party"), kind: "receipt", cases });
    expect(r.notes).toContain(
      "1 thông báo ghi ngày 02/04/2026 (ngày của lần lập, vì sổ chưa ghi “Ngày thông báo”), quá thời hạn 10 ngày làm việc kể từ ngày tiếp nhận (MS-1): ghi ngày thông báo thật vào sổ rồi lập lại, hoặc xem lại trước khi ký.",
    );
    expect(r.notes).toContain("1 văn bản ghi ngày là ngày nghỉ (ngày thông báo ghi trong sổ): MS-2 (08/02/2026).");
  });

  it("a case settled within competence by another body names that body as the one settling it (review s16 F7)", () => {
    const cases = [
      kase("MS-1", { route: "handle", kinds: ["complaint"], handlingBody: "UBND xã An Bình" }),
      kase("MS-2", { route: "handle", handlingBody: "Đảng ủy xã An Bình" }),
    ];
    const r = prepareNotices({ ...run("party"), kind: "receipt", cases });
    const [other, own] = r.documents.map((d) => textOf(d.doc));
    expect(other).toContain(
      "Đơn đang được UBND xã An Bình xem xét, giải quyết theo quy định; kết quả sẽ được thông báo",
    );
    expect(other).not.toContain("thuộc thẩm quyền giải quyết của Đảng ủy xã An Bình");
    expect(own).toContain("Nội dung đơn thuộc thẩm quyền giải quyết của Đảng ủy xã An Bình.");
  });

  it("--unit limits the notices to one unit", () => {
    const r = prepareNotices({ ...run("party"), kind: "receipt", unit: "Xã Hòa Lạc" });
    expect(r.documents.map((d) => d.caseId)).toEqual(["MS-3"]);
  });
});

describe("issue 16 point 3: a report without an org file takes its unit from the sessions register", () => {
  const commune = [1, 2, 3].flatMap((m) => [
    session(`B${m}a`, `2026-0${m}-05`, "Đảng ủy xã Suối Đá"),
    session(`B${m}b`, `2026-0${m}-19`, "Đảng ủy xã Suối Đá"),
  ]);
  it("the unit every session names is the reporting unit: its days are counted, not 0", () => {
    const r = preparePeriodicReport(
      run("party", { org: PLACEHOLDER_ORG, sessions: commune, deriveReportingUnit: true }),
    );
    expect(r.model.unit.name).toBe("Đảng ủy xã Suối Đá");
    expect(r.summary.sessions).toMatchObject({ required: 6, monthsShort: [] });
    expect(textOf(r.doc)).toContain("tiếp dân định kỳ 6 ngày");
  });
  it("sessions of several units and no org file: no statement about any head", () => {
    const mixed = [...commune, session("X1", "2026-01-07", "Đảng ủy xã Ngọc Lĩnh")];
    const r = preparePeriodicReport(run("party", { org: PLACEHOLDER_ORG, sessions: mixed, deriveReportingUnit: true }));
    expect(textOf(r.doc)).not.toMatch(/tiếp dân định kỳ 0 ngày|Các tháng chưa bảo đảm/);
    expect(r.summary.sessions.monthsShort).toBeNull();
    expect(r.notes.join(" ")).toContain("chưa xác định được đơn vị báo cáo");
  });
});

describe("issue 16 point 4: a Đơn vị matching no unit is a warning with the closest unit", () => {
  it.each([
    ["case and spacing", "  đảng ủy XÃ an bình ", "xa-an-binh"],
    ["no diacritics", "Dang uy xa An Binh", "xa-an-binh"],
    ["the usual prefixes", "Xã An Bình", "xa-an-binh"],
    ["a Party value never names the People's Committee", "UBND xã An Bình", undefined],
  ])("%s", (_what, ref, id) => {
    expect(matchUnit(ref, ORG.units)?.id).toBe(id);
  });

  it("a typo is warned, names its rows and the closest unit", () => {
    const { unmatched, cases } = resolveUnitRefs({ cases: CASES, sessions: [], units: ORG.units });
    expect(cases.map((c) => c.unit)).toEqual(["xa-an-binh", "Xã An Bìn", "xa-hoa-lac", "xa-an-binh"]);
    expect(closestUnit("Xã An Bìn", ORG.units)?.id).toBe("xa-an-binh");
    expect(unmatchedUnitWarnings(unmatched)).toMatchInlineSnapshot(`
      [
        "Sổ theo dõi đơn (mã số MS-2): cột “Đơn vị” ghi “Xã An Bìn” — không khớp đơn vị nào trong tệp thông tin đơn vị; các dòng này được tính riêng dưới tên “Xã An Bìn” trong các biểu. Có phải “Đảng ủy xã An Bình” (id “xa-an-binh”)? Sửa lại ô “Đơn vị”, hoặc thêm tên này vào “aliases” của đơn vị đó trong tệp thông tin đơn vị.",
      ]
    `);
  });

  it("the report's phantom row never comes without its warning", () => {
    const r = preparePeriodicReport(run("party"));
    const rows = r.model.tables.find((t) => t.id === "xu-ly-don")?.rows.map((x) => x.label);
    expect(rows).toContain("Xã An Bìn");
    expect(r.notes.some((n) => n.includes("“Xã An Bìn”"))).toBe(true);
    expect(r.summary.notes?.some((n) => n.includes("“Xã An Bìn”"))).toBe(true);
  });

  it("the notices' warning says what the value changes in a notice (its issuing unit), not in tables", () => {
    const r = prepareNotices({ ...run("party"), kind: "receipt" });
    const note = r.notes.find((n) => n.includes("“Xã An Bìn”")) ?? "";
    expect(note).toContain("văn bản của các vụ việc này ghi đơn vị ban hành là");
    expect(note).not.toContain("biểu");
  });
});

describe("issue 16 point 5: no sessions register, no statement about sessions", () => {
  it.each([
    ["a unit whose file was made without a sessions register", "xa-hoa-lac", null],
    ["a unit that sent no file", "tu", null],
    ["a unit whose file counted its sessions", "xa-an-binh", ["2026-02"]],
  ])("roll-up: %s is judged only when its sessions were counted", (_what, id, monthsShort) => {
    // Each commune's statistics file, as `tiepdan report --stats-out` makes it with its own org file.
    const partOf = (unitId: string, sessions: ReceptionSession[], sessionsRegister: boolean) => {
      const unit = ORG.units.find((u) => u.id === unitId) as (typeof ORG.units)[number];
      return collectProfileStatistics({
        period,
        cases: [],
        sessions,
        units: [unit],
        head: unit,
        profile: "party",
        sessionsRegister,
      }).statistics;
    };
    const anBinh = ["2026-01-05", "2026-01-19", "2026-03-02", "2026-03-16"].map((d, i) =>
      session(`AB-${i}`, d, "Đảng ủy xã An Bình"),
    );
    const merged = mergeReportStatistics(
      [partOf("xa-an-binh", anBinh, true), partOf("xa-hoa-lac", [], false)],
      ORG.units,
    );
    const row = merged.units.find((u) => u.id === id);
    expect(row && summarizeStats(row.stats).sessions.monthsShort).toEqual(monthsShort);
  });

  it("says the register was not given, and makes no compliance statement", () => {
    const r = preparePeriodicReport(run("party", { sessions: [], sessionsRegister: false }));
    const text = textOf(r.doc);
    expect(text).toContain("chưa tổng hợp sổ theo dõi buổi tiếp dân");
    expect(text.replace(/\[[^\]]*\]/g, "")).not.toMatch(/0 buổi|chưa bảo đảm số ngày/);
    expect(r.summary.sessions).toMatchObject({ required: null, monthsShort: null });
    expect(r.model.tables.map((t) => t.id)).toEqual(["xu-ly-don", "linh-vuc"]);
    const c = prepareComplianceReport(run("party", { sessions: [], sessionsRegister: false }));
    expect(c.model.findings.sessions).toEqual([]);
    expect(textOf(c.doc)).toContain("Không có sổ theo dõi buổi tiếp dân nên chưa rà soát");
  });
});

describe("issue 16 point 7: narrative placeholders make the report a marked draft", () => {
  it("prints the draft note and names the placeholder", () => {
    const narrative = parseNarrative("## Đánh giá chung\n\n[Nêu kết quả nổi bật trong kỳ]\n");
    const text = textOf(preparePeriodicReport({ ...run("party"), narrative }).doc);
    expect(text).toContain("[DỰ THẢO] Phần tường thuật còn chữ mẫu trong ngoặc vuông ([Nêu kết quả nổi bật trong kỳ])");
  });
});

describe("issue 16 point 8: notes about our sources stay out of the documents", () => {
  it.each(["party", "state"] as const)("%s: report and compliance report", (profile) => {
    for (const doc of [preparePeriodicReport(run(profile)).doc, prepareComplianceReport(run(profile)).doc]) {
      const text = textOf(doc as DocumentNode);
      for (const phrase of ["chưa tra cứu", "chưa đối chiếu", "công cụ", "(*)"]) expect(text).not.toContain(phrase);
    }
    // Where the layouts come from goes to the summary: the Party tables' sources as notes, the State forms as `forms`.
    const prepared = preparePeriodicReport(run(profile));
    if (profile === "party") expect(prepared.summary.notes?.join(" ")).toContain("chưa tra cứu được");
    else expect(prepared.forms.map((f) => f.form.code)).toContain("01/TCD");
  });
});
