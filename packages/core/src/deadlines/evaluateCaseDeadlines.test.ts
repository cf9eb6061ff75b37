import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WEEKENDS_ONLY_CALENDAR } from "../calendar/workingDays.js";
import { addCalendarDays } from "../date/plainDate.js";
import { QD11_KL215_RULES } from "../rules/ruleSets.js";
import { type Case, type CaseInput, CaseSchema } from "../schemas/case.js";
import { computeDeadline, type Deadline } from "./computeDeadline.js";
import { evaluateCaseDeadlines, isCaseOverdue, missedCaseDeadlines } from "./evaluateCaseDeadlines.js";
import { DEADLINE_SOURCES } from "./sources.js";

const make = (extra: Partial<CaseInput>): Case =>
  CaseSchema.parse({ id: "K1", receivedOn: "2026-03-02", channel: "letter", kinds: ["petition"], ...extra });
const statuses = (c: Case, asOf: string, options = {}) =>
  evaluateCaseDeadlines(c, asOf, options).map((s) => [s.kind, s.status, s.daysLate ?? null]);

describe("QĐ 11-QĐi/TW: the notice to the citizen, met / missed / pending", () => {
  it.each([
    { notifiedOn: "2026-03-16", asOf: "2026-04-30", status: "met", late: null },
    { notifiedOn: "2026-03-18", asOf: "2026-04-30", status: "missed", late: 2 },
    { notifiedOn: undefined, asOf: "2026-03-10", status: "pending", late: null },
    { notifiedOn: undefined, asOf: "2026-03-20", status: "missed", late: 4 },
  ])("notified $notifiedOn, as of $asOf → $status", ({ notifiedOn, asOf, status, late }) => {
    expect(statuses(make(notifiedOn ? { notifiedOn } : {}), asOf)).toEqual([["partyNotice", status, late]]);
  });

  it("does not apply to an anonymous sender", () => {
    expect(evaluateCaseDeadlines(make({ anonymous: true }), "2026-12-31")).toEqual([]);
  });

  it("follows a province's own rule set (options.ruleSets): 5 working days, or no notice at all", () => {
    const bundled = QD11_KL215_RULES.notice;
    if (!bundled) throw new Error("QĐ 11 as amended has a notice rule");
    const own = { ...QD11_KL215_RULES, id: "kh-tinh", notice: { ...bundled, workingDays: 5 } };
    // Received Monday 02/03/2026, notified Tuesday 10/03: late under 5 working days, on time under the bundled 10.
    expect(statuses(make({ notifiedOn: "2026-03-10" }), "2026-04-30", { ruleSets: [own] })).toEqual([
      ["partyNotice", "missed", 1],
    ]);
    expect(statuses(make({ notifiedOn: "2026-03-10" }), "2026-04-30")).toEqual([["partyNotice", "met", null]]);
    const { notice: _none, ...withoutNotice } = own;
    expect(evaluateCaseDeadlines(make({}), "2026-04-30", { ruleSets: [withoutNotice] })).toEqual([]);
  });

  it.each([
    { kinds: ["petition"] as const, party: ["partyNotice"], state: [] },
    {
      kinds: ["complaint"] as const,
      party: ["partyNotice", "complaintAcceptance", "complaintSettlement"],
      state: ["complaintAcceptance", "complaintSettlement"],
    },
    {
      kinds: ["denunciation"] as const,
      party: ["partyNotice", "denunciationProcessing", "denunciationSettlement"],
      state: ["denunciationProcessing", "denunciationSettlement"],
    },
  ])(
    "binds a Party committee's head only: the State side judges $kinds on the laws' deadlines alone",
    ({ kinds, party, state }) => {
      const c = make({ kinds: [...kinds], authority: "own", route: "handle" });
      expect(evaluateCaseDeadlines(c, "2026-12-31").map((s) => s.kind)).toEqual(party);
      expect(evaluateCaseDeadlines(c, "2026-12-31", { side: "party" }).map((s) => s.kind)).toEqual(party);
      expect(evaluateCaseDeadlines(c, "2026-12-31", { side: "state" }).map((s) => s.kind)).toEqual(state);
    },
  );

  it("is “không đủ dữ liệu” when the register has no Ngày thông báo column", () => {
    const [s] = evaluateCaseDeadlines(make({}), "2026-12-31", { recordedFields: ["receivedOn", "resultOn"] });
    expect(s?.status).toBe("insufficientData");
    expect(s?.reason).toBe(
      'Không đủ dữ liệu: sổ không có cột "Ngày thông báo"; Thông báo bằng văn bản cho người gửi: hạn 16/03/2026.',
    );
  });
});

describe("Luật Khiếu nại 2011 Điều 27, 28, 37 on a complaint", () => {
  it("acceptance and first-level settlement, both met", () => {
    const c = make({
      kinds: ["complaint"],
      notifiedOn: "2026-03-10",
      acceptedOn: "2026-03-10",
      resultOn: "2026-04-08",
      complexity: "normal",
      remoteArea: false,
    });
    expect(statuses(c, "2026-05-01")).toEqual([
      ["partyNotice", "met", null],
      ["complaintAcceptance", "met", null],
      ["complaintSettlement", "met", null],
    ]);
  });

  it("a second-level (Lần 2) remote complex complaint gets 70 days", () => {
    const c = make({
      kinds: ["complaint"],
      filingCount: 2,
      acceptedOn: "2026-03-05",
      complexity: "complex",
      remoteArea: true,
      notifiedOn: "2026-03-05",
    });
    const settlement = evaluateCaseDeadlines(c, "2026-05-01").find((s) => s.kind === "complaintSettlement");
    expect(settlement?.deadline?.days).toBe(70);
    expect(settlement?.deadline?.source.clause).toBe("Điều 37");
    expect(settlement?.status).toBe("pending");
  });

  it("settlement is “không đủ dữ liệu” without Ngày thụ lý, and says which assumptions it made", () => {
    const [, acceptance, settlement] = evaluateCaseDeadlines(
      make({ kinds: ["complaint"], notifiedOn: "2026-03-03", resultOn: "2026-04-01" }),
      "2026-05-01",
    );
    expect(acceptance?.status).toBe("insufficientData");
    expect(acceptance?.reason).toContain('vụ việc đã có kết quả nhưng sổ không ghi "Ngày thụ lý"');
    expect(settlement).toMatchObject({
      status: "insufficientData",
      deadline: null,
      reason: 'Không đủ dữ liệu: sổ không ghi "Ngày thụ lý" để tính thời hạn.',
    });
    const open = evaluateCaseDeadlines(make({ kinds: ["complaint"], acceptedOn: "2026-03-04" }), "2026-03-10").find(
      (s) => s.kind === "complaintSettlement",
    );
    expect(open?.reason).toBe(
      "Giải quyết khiếu nại lần đầu: hạn 03/04/2026 (sổ không ghi Mức độ, áp dụng thời hạn của vụ việc thông thường; sổ không ghi Vùng sâu vùng xa, áp dụng thời hạn thông thường); đến 10/03/2026 chưa đến hạn.",
    );
  });

  it.each([
    { route: "guide" as const, authority: undefined },
    { route: "archive" as const, authority: undefined },
    { route: undefined, authority: "none" as const },
  ])(
    "no acceptance or settlement deadline when guided elsewhere or archived ($route, $authority)",
    ({ route, authority }) => {
      const c = make({ kinds: ["complaint"], ...(route ? { route } : {}), ...(authority ? { authority } : {}) });
      expect(evaluateCaseDeadlines(c, "2026-12-31").map((s) => s.kind)).toEqual(["partyNotice"]);
    },
  );
});

describe("Luật Tố cáo 2018 Điều 24, 30 on a denunciation", () => {
  it("processing and settlement with one extension for a complex case", () => {
    const c = make({
      kinds: ["denunciation"],
      notifiedOn: "2026-03-05",
      acceptedOn: "2026-03-10",
      complexity: "complex",
      extensions: 1,
      resultOn: "2026-05-08",
    });
    expect(statuses(c, "2026-06-01")).toEqual([
      ["partyNotice", "met", null],
      ["denunciationProcessing", "met", null],
      ["denunciationSettlement", "met", null],
    ]);
  });

  it("missed settlement: days late counted to the as-of date", () => {
    const c = make({
      kinds: ["denunciation"],
      notifiedOn: "2026-03-05",
      acceptedOn: "2026-03-10",
      complexity: "normal",
    });
    const s = evaluateCaseDeadlines(c, "2026-04-20").find((x) => x.kind === "denunciationSettlement");
    expect(s).toMatchObject({ status: "missed", daysLate: 11 });
    expect(s?.deadline?.due).toBe("2026-04-09");
  });

  it("an anonymous denunciation has no deadlines (Điều 25)", () => {
    expect(evaluateCaseDeadlines(make({ kinds: ["denunciation"], anonymous: true }), "2026-12-31")).toEqual([]);
  });
});

describe("isCaseOverdue: DESIGN.md “Report semantics” cases.overdue", () => {
  it.each([
    { c: make({ notifiedOn: "2026-03-10" }), overdue: false },
    { c: make({}), overdue: true },
    { c: make({ kinds: ["complaint"], notifiedOn: "2026-03-10", acceptedOn: "2026-03-20" }), overdue: true },
  ])("%# → $overdue", ({ c, overdue }) => {
    expect(isCaseOverdue(c, "2026-04-30")).toBe(overdue);
  });

  it("throws a RangeError for a bad asOf", () => {
    expect(() => evaluateCaseDeadlines(make({}), "30/04/2026")).toThrow(RangeError);
  });
});

describe("DESIGN.md “Report semantics”: overdue “as of the as-of date” — nothing after it is known", () => {
  const complaint = make({
    kinds: ["complaint"],
    notifiedOn: "2026-03-10",
    acceptedOn: "2026-03-10",
    resultOn: "2026-06-27",
    complexity: "normal",
    remoteArea: false,
  });
  it.each([
    // Settlement due 09/04/2026 (30 days from 10/03), done 27/06/2026: late, but only once the due date has passed.
    ["2026-03-31", "pending", null],
    ["2026-04-20", "missed", 11],
    ["2026-06-30", "missed", 79],
  ] as const)("complaint settled late, as of %s → %s", (asOf, status, late) => {
    const settlement = statuses(complaint, asOf).find(([kind]) => kind === "complaintSettlement");
    expect(settlement).toEqual(["complaintSettlement", status, late]);
  });

  it("a period that starts after the as-of date has not begun", () => {
    const c = make({ kinds: ["denunciation"], acceptedOn: "2026-04-15", notifiedOn: "2026-03-05" });
    const settlement = evaluateCaseDeadlines(c, "2026-03-31").find((s) => s.kind === "denunciationSettlement");
    expect(settlement?.status).toBe("pending");
    expect(settlement?.reason).toBe(
      'Giải quyết tố cáo: đến 31/03/2026 chưa phát sinh ("Ngày thụ lý" là ngày 15/04/2026).',
    );
  });
});

describe("validity of the laws (review s21 C3): an event before a law's effective date is not judged under it", () => {
  it.each([
    { kind: "denunciationSettlement", from: "2018-12-31", law: "Luật Tố cáo 2018", throws: true },
    { kind: "denunciationSettlement", from: "2019-01-01", law: "Luật Tố cáo 2018", throws: false },
    { kind: "complaintAcceptance", from: "2012-06-30", law: "Luật Khiếu nại 2011", throws: true },
    { kind: "complaintAcceptance", from: "2012-07-01", law: "Luật Khiếu nại 2011", throws: false },
  ] as const)("computeDeadline $kind from $from: throws $throws", ({ kind, from, throws }) => {
    const run = () => computeDeadline({ kind, from });
    if (throws) expect(run).toThrow(/in force from .* and no earlier law is bundled/);
    else expect(run().source.effectiveFrom <= from).toBe(true);
  });

  it("a denunciation accepted in 2018 has no settlement deadline from the 2018 law: “không đủ dữ liệu”, not overdue", () => {
    const c = make({
      kinds: ["denunciation"],
      receivedOn: "2018-05-20",
      route: "handle",
      authority: "own",
      notifiedOn: "2018-05-25",
      acceptedOn: "2018-06-01",
      resultOn: "2018-07-20",
    });
    const statuses = evaluateCaseDeadlines(c, "2018-12-31");
    expect(statuses.map((s) => [s.kind, s.status])).toEqual([
      ["denunciationProcessing", "insufficientData"],
      ["denunciationSettlement", "insufficientData"],
    ]);
    expect(statuses[1]?.reason).toBe(
      'Không đủ dữ liệu: "Ngày thụ lý" là ngày 01/06/2018, trước khi Luật Tố cáo 2018 (25/2018/QH14) có hiệu lực (01/01/2019); công cụ không có quy định về thời hạn áp dụng trước ngày đó.',
    );
    expect(isCaseOverdue(c, "2018-12-31")).toBe(false);
  });
});

describe("dates no register can hold (review s23 D23-2): a step before the receipt, or before the step it follows", () => {
  it.each([
    {
      name: "a notice dated before the letter came",
      extra: { kinds: ["petition"], notifiedOn: "2026-02-01" },
      want: [["partyNotice", "insufficientData"]],
      reason: 'Không đủ dữ liệu: "Ngày thông báo" là ngày 01/02/2026, trước "Ngày tiếp nhận" (02/03/2026).',
    },
    {
      name: "a complaint accepted a year before it was received",
      extra: {
        kinds: ["complaint"],
        route: "handle",
        authority: "own",
        notifiedOn: "2026-03-05",
        acceptedOn: "2025-01-01",
      },
      want: [
        ["partyNotice", "met"],
        ["complaintAcceptance", "insufficientData"],
        ["complaintSettlement", "insufficientData"],
      ],
      reason: 'Không đủ dữ liệu: "Ngày thụ lý" là ngày 01/01/2025, trước "Ngày tiếp nhận" (02/03/2026).',
    },
    {
      name: "a denunciation settled before it was accepted",
      extra: {
        kinds: ["denunciation"],
        route: "handle",
        authority: "own",
        notifiedOn: "2026-03-05",
        acceptedOn: "2026-03-10",
        resultOn: "2026-03-09",
      },
      want: [
        ["partyNotice", "met"],
        ["denunciationProcessing", "met"],
        ["denunciationSettlement", "insufficientData"],
      ],
      reason: 'Không đủ dữ liệu: "Ngày có kết quả" là ngày 09/03/2026, trước "Ngày thụ lý" (10/03/2026).',
    },
  ] satisfies { name: string; extra: Partial<CaseInput>; want: string[][]; reason: string }[])(
    "$name: “không đủ dữ liệu”, neither met nor overdue",
    ({ extra, want, reason }) => {
      const c = make(extra);
      const statuses = evaluateCaseDeadlines(c, "2026-12-31");
      expect(statuses.map((s) => [s.kind, s.status])).toEqual(want);
      expect(statuses.map((s) => s.reason)).toContain(reason);
      expect(missedCaseDeadlines(c, "2026-12-31")).toEqual([]);
      expect(isCaseOverdue(c, "2026-12-31")).toBe(false);
    },
  );
});

describe("Luật Tố cáo 2018 Điều 30 k2–k3 (review s21 C7): a recorded extension is not overruled by an unrecorded Mức độ", () => {
  it("a denunciation extended once, Mức độ blank, settled on day 54 is on time, without the 'thông thường' assumption", () => {
    const c = make({
      kinds: ["denunciation"],
      receivedOn: "2026-01-02",
      route: "handle",
      authority: "own",
      notifiedOn: "2026-01-05",
      acceptedOn: "2026-01-12",
      resultOn: "2026-03-05",
      extensions: 1,
    });
    const settlement = evaluateCaseDeadlines(c, "2026-04-30").find((s) => s.kind === "denunciationSettlement");
    expect(settlement?.status).toBe("met");
    expect(settlement?.reason).not.toContain("thông thường");
    expect(isCaseOverdue(c, "2026-04-30")).toBe(false);
  });
});

describe("Luật Khiếu nại 2011 Điều 27: a complaint directed to the competent subordinate is accepted and settled there", () => {
  // Review s21 C1: acceptance and settlement run from the competent person's receipt, not the forwarding unit's.
  it.each([
    { route: "direct", authority: "subordinate", kinds: ["partyNotice"] },
    { route: "direct", authority: "own", kinds: ["partyNotice"] },
    { route: "handle", authority: "own", kinds: ["partyNotice", "complaintAcceptance", "complaintSettlement"] },
    { route: "guide", authority: "none", kinds: ["partyNotice"] },
    // Review s21b T6: the subordinate competent, no route recorded.
    { route: undefined, authority: "subordinate", kinds: ["partyNotice"] },
    { route: undefined, authority: "own", kinds: ["partyNotice", "complaintAcceptance", "complaintSettlement"] },
  ] as const)("Hướng xử lý $route, thẩm quyền $authority → $kinds", ({ route, authority, kinds }) => {
    const c = make({ kinds: ["complaint"], ...(route ? { route } : {}), authority, notifiedOn: "2026-03-06" });
    expect(evaluateCaseDeadlines(c, "2026-04-30").map((s) => s.kind)).toEqual(kinds);
    expect(isCaseOverdue(c, "2026-04-30")).toBe(kinds.length > 1);
  });

  it("a complaint and denunciation directed there is judged on the transfer only", () => {
    const c = make({ kinds: ["complaint", "denunciation"], route: "direct", authority: "subordinate" });
    expect(evaluateCaseDeadlines(c, "2026-04-30").map((s) => s.kind)).toEqual(["partyNotice", "denunciationTransfer"]);
  });
});

describe("Luật Tố cáo 2018 khoản 2 Điều 24: a denunciation outside one's competence is transferred within 5 working days", () => {
  const den = (extra: Partial<CaseInput>) =>
    make({ kinds: ["denunciation"], receivedOn: "2026-02-12", route: "direct", authority: "none", ...extra });

  it("Luật Tố cáo 2018 khoản 2 Điều 24: transferred within 5 working days across Tết 2026 (received 12/02, due 26/02)", () => {
    const [, transfer] = evaluateCaseDeadlines(den({ notifiedOn: "2026-02-26" }), "2026-04-30");
    expect(transfer?.kind).toBe("denunciationTransfer");
    expect(transfer?.status).toBe("met");
    expect(transfer?.deadline?.due).toBe("2026-02-26");
    expect(transfer?.deadline?.skipped.filter((d) => d.reason === "Tết Nguyên đán").map((d) => d.date)).toEqual([
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
    ]);
  });

  it.each([
    { notifiedOn: "2026-02-27", asOf: "2026-04-30", status: "missed", late: 1 },
    { notifiedOn: undefined, asOf: "2026-02-25", status: "pending", late: null },
    { notifiedOn: undefined, asOf: "2026-03-02", status: "missed", late: 4 },
  ])("notified of the transfer $notifiedOn, as of $asOf → $status", ({ notifiedOn, asOf, status, late }) => {
    const transfer = statuses(den(notifiedOn ? { notifiedOn } : {}), asOf).filter(
      ([k]) => k === "denunciationTransfer",
    );
    expect(transfer).toEqual([["denunciationTransfer", status, late]]);
  });

  it("does not count the receiving body's processing and settlement periods against the unit that transferred it", () => {
    const c = den({ authority: "subordinate", notifiedOn: "2026-02-20", acceptedOn: undefined, resultOn: undefined });
    const kinds = evaluateCaseDeadlines(c, "2026-12-31").map((s) => s.kind);
    expect(kinds).toEqual(["partyNotice", "denunciationTransfer"]);
    expect(isCaseOverdue(c, "2026-12-31")).toBe(false);
  });

  it("a denunciation handled by the unit itself keeps the processing and settlement deadlines", () => {
    const kinds = evaluateCaseDeadlines(den({ route: "handle", authority: "own" }), "2026-12-31").map((s) => s.kind);
    expect(kinds).toEqual(["partyNotice", "denunciationProcessing", "denunciationSettlement"]);
  });

  it("an anonymous denunciation has no transfer deadline (Luật Tố cáo 2018 Điều 25)", () => {
    expect(evaluateCaseDeadlines(den({ anonymous: true }), "2026-12-31")).toEqual([]);
  });

  it("says that the transfer date is read from Ngày thông báo", () => {
    const transfer = evaluateCaseDeadlines(den({}), "2026-03-02").find((s) => s.kind === "denunciationTransfer");
    expect(transfer?.reason).toMatchInlineSnapshot(
      `"Chuyển đơn tố cáo và thông báo cho người tố cáo: hạn 26/02/2026 (ngày chuyển đơn, thông báo cho người tố cáo lấy theo cột “Ngày thông báo”); đến 02/03/2026 chưa thực hiện, quá hạn 4 ngày."`,
    );
  });
});

describe("deadlines computed once per calendar and start date, shared and frozen", () => {
  const complaint = (id: string, extra: Partial<Case> = {}): Case => ({
    id,
    receivedOn: "2026-03-02",
    channel: "letter",
    people: 1,
    kinds: ["complaint"],
    acceptedOn: "2026-03-09",
    ...extra,
  });

  it("gives the same deadline as computeDeadline, one object for equal facts, another for other facts", () => {
    const [a, b, c] = [complaint("A"), complaint("B"), complaint("C", { complexity: "complex" })].map(
      (x) => evaluateCaseDeadlines(x, "2026-06-30").find((s) => s.kind === "complaintSettlement")?.deadline,
    );
    expect(a).toEqual(computeDeadline({ kind: "complaintSettlement", step: "first", from: "2026-03-09", options: {} }));
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(c?.days).toBe(45);
  });

  // The deadlines are found by start date and a number made of the kind, the step and each option (scale, #18): every
  // fact that changes a period must give its own deadline, the one computeDeadline gives for it.
  it.each<[string, Partial<Case>, "complaintSettlement" | "denunciationSettlement" | "denunciationProcessing"]>([
    ["a complaint, normal", { complexity: "normal" }, "complaintSettlement"],
    ["a complaint, complex", { complexity: "complex" }, "complaintSettlement"],
    ["a complaint, remote area", { remoteArea: true }, "complaintSettlement"],
    ["a complaint, not a remote area", { remoteArea: false }, "complaintSettlement"],
    ["a complaint, complex and remote", { complexity: "complex", remoteArea: true }, "complaintSettlement"],
    ["a second complaint", { filingCount: 2 }, "complaintSettlement"],
    [
      "a second complaint, complex and remote",
      { filingCount: 2, complexity: "complex", remoteArea: true },
      "complaintSettlement",
    ],
    ["a denunciation", { kinds: ["denunciation"] }, "denunciationSettlement"],
    ["a denunciation, one extension", { kinds: ["denunciation"], extensions: 1 }, "denunciationSettlement"],
    [
      "a denunciation, two extensions",
      { kinds: ["denunciation"], extensions: 2, complexity: "complex" },
      "denunciationSettlement",
    ],
    ["a denunciation, 40 extensions (text key)", { kinds: ["denunciation"], extensions: 40 }, "denunciationSettlement"],
    [
      "a denunciation, very complex",
      { kinds: ["denunciation"], complexity: "veryComplex", extensions: 2 },
      "denunciationSettlement",
    ],
    ["a denunciation's processing", { kinds: ["denunciation"] }, "denunciationProcessing"],
  ])("Luật Khiếu nại 2011 Điều 28, 37, Luật Tố cáo 2018 Điều 24, 30 from one start date: %s", (_name, facts, kind) => {
    // Every row of the table evaluated first, so that each one's deadline is found among the others'.
    const all = [
      { complexity: "normal" },
      { complexity: "complex" },
      { remoteArea: true },
      { remoteArea: false },
      { filingCount: 2, complexity: "complex", remoteArea: true },
      { kinds: ["denunciation"], extensions: 1 },
      { kinds: ["denunciation"], extensions: 40 },
    ] as Partial<Case>[];
    for (const x of all) evaluateCaseDeadlines(complaint("X", x), "2026-12-31");
    const c = complaint("A", facts);
    const got = evaluateCaseDeadlines(c, "2026-12-31").find((s) => s.kind === kind)?.deadline;
    const options = {
      ...(c.complexity ? { complexity: c.complexity } : {}),
      ...(c.remoteArea !== undefined ? { remoteArea: c.remoteArea } : {}),
      ...(c.extensions !== undefined ? { extensions: c.extensions } : {}),
    };
    const from = kind === "denunciationProcessing" ? c.receivedOn : (c.acceptedOn as string);
    const step = kind === "complaintSettlement" ? ((c.filingCount ?? 1) >= 2 ? "second" : "first") : undefined;
    expect(got).toEqual(computeDeadline({ kind, from, options, ...(step ? { step } : {}) }));
  });

  it.each([
    ["-1", -1],
    ["true", true],
    ["false", false],
    ["1.5", 1.5],
  ])(
    "Luật Tố cáo 2018 Điều 30: extensions %s (an object built without the schema) is refused, whatever was computed before (review s24 R24-1)",
    (_name, extensions) => {
      const den = (id: string, extra: Partial<Case>) => complaint(id, { kinds: ["denunciation"], ...extra });
      for (const valid of [undefined, 0, 1, 2]) evaluateCaseDeadlines(den("V", { extensions: valid }), "2026-12-31");
      expect(() => evaluateCaseDeadlines(den("X", { extensions: extensions as number }), "2026-12-31")).toThrow(
        RangeError,
      );
    },
  );

  it("keeps calendars apart: a calendar without holidays gives its own deadline", () => {
    const national = evaluateCaseDeadlines(complaint("A"), "2026-06-30")[1]?.deadline;
    const weekends = evaluateCaseDeadlines(complaint("A"), "2026-06-30", { calendar: WEEKENDS_ONLY_CALENDAR })[1]
      ?.deadline;
    expect(weekends).not.toBe(national);
    expect(weekends?.calendar.includesHolidays).toBe(false);
  });

  it("cannot be changed through one case's status", () => {
    const deadline = evaluateCaseDeadlines(complaint("A"), "2026-06-30")[1]?.deadline as Deadline;
    expect(() => {
      (deadline as { due: string }).due = "2030-01-01";
    }).toThrow(TypeError);
    expect(() => deadline.skipped.push({ date: "2026-03-10", reason: "x" })).toThrow(TypeError);
    expect(evaluateCaseDeadlines(complaint("B"), "2026-06-30")[1]?.deadline?.due).not.toBe("2030-01-01");
    // The library's citations it points to are frozen with the library's constants, at import.
    expect(Object.isFrozen(deadline.source)).toBe(true);
    expect(Object.isFrozen(DEADLINE_SOURCES.periodStart)).toBe(true);
  });
});

describe("evaluateCaseDeadlines with explain: false: the same statuses and deadlines, no explanations (scale, #18)", () => {
  it("a property over generated cases: statuses and deadlines as with explanations, every reason empty", () => {
    const dates = fc.integer({ min: 0, max: 400 }).map((n) => addCalendarDays("2026-01-01", n));
    fc.assert(
      fc.property(
        fc.record({
          kinds: fc.subarray(["reflection", "petition", "complaint", "denunciation"] as const, { minLength: 1 }),
          receivedOn: dates,
          notified: fc.option(fc.integer({ min: 0, max: 40 })),
          accepted: fc.option(fc.integer({ min: 0, max: 40 })),
          result: fc.option(fc.integer({ min: 0, max: 120 })),
          route: fc.option(fc.constantFrom("handle", "direct", "guide", "archive" as const)),
          complexity: fc.option(fc.constantFrom("normal", "complex", "veryComplex" as const)),
          extensions: fc.option(fc.integer({ min: 0, max: 2 })),
          anonymous: fc.boolean(),
        }),
        dates,
        (x, asOf) => {
          const c = make({
            kinds: x.kinds,
            receivedOn: x.receivedOn,
            anonymous: x.anonymous,
            ...(x.notified === null ? {} : { notifiedOn: addCalendarDays(x.receivedOn, x.notified) }),
            ...(x.accepted === null ? {} : { acceptedOn: addCalendarDays(x.receivedOn, x.accepted) }),
            ...(x.result === null ? {} : { resultOn: addCalendarDays(x.receivedOn, x.result) }),
            ...(x.route === null ? {} : { route: x.route }),
            ...(x.complexity === null ? {} : { complexity: x.complexity }),
            ...(x.extensions === null ? {} : { extensions: x.extensions }),
          });
          const full = evaluateCaseDeadlines(c, asOf);
          const bare = evaluateCaseDeadlines(c, asOf, { explain: false });
          expect(bare.map((s) => s.reason)).toEqual(full.map(() => ""));
          expect(bare.map(({ reason: _r, ...rest }) => rest)).toEqual(full.map(({ reason: _r, ...rest }) => rest));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("missedCaseDeadlines: the missed deadlines of evaluateCaseDeadlines, without the others' explanations", () => {
  const day = (n: number) => addCalendarDays("2025-11-01", n);
  // Dates a few days apart, so that a step done on its very due date, or an as-of date on it, comes up often.
  const after = fc.option(fc.integer({ min: 0, max: 70 }), { nil: undefined });
  const caseArb = fc
    .record({
      received: fc.integer({ min: 0, max: 300 }),
      kinds: fc.subarray(["reflection", "petition", "complaint", "denunciation"] as const, { minLength: 1 }),
      route: fc.option(fc.constantFrom("handle", "direct", "guide", "archive" as const), { nil: undefined }),
      authority: fc.option(fc.constantFrom("own", "subordinate", "none" as const), { nil: undefined }),
      anonymous: fc.option(fc.boolean(), { nil: undefined }),
      complexity: fc.option(fc.constantFrom("normal", "complex", "veryComplex" as const), { nil: undefined }),
      extensions: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      remoteArea: fc.option(fc.boolean(), { nil: undefined }),
      filingCount: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      notified: after,
      accepted: after,
      result: after,
    })
    .map(({ received, notified, accepted, result, ...r }) => {
      const input: Record<string, unknown> = { id: "P1", channel: "letter", receivedOn: day(received) };
      for (const [k, v] of Object.entries(r)) if (v !== undefined) input[k] = v;
      if (notified !== undefined) input.notifiedOn = day(received + notified);
      if (accepted !== undefined) input.acceptedOn = day(received + accepted);
      if (result !== undefined) input.resultOn = day(received + (accepted ?? 0) + result);
      return CaseSchema.parse(input);
    });
  const optionsArb = fc.record({
    side: fc.constantFrom("party", "state" as const),
    recordedFields: fc.option(fc.subarray(["notifiedOn", "acceptedOn", "resultOn"] as const), { nil: undefined }),
    complaintAcceptanceCounting: fc.option(fc.constantFrom("calendarDays", "workingDays" as const), { nil: undefined }),
  });

  it("gives what filtering evaluateCaseDeadlines for status missed gives, for any case, date and options", () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 160 }), optionsArb, (c, offset, raw) => {
        const asOf = addCalendarDays(c.receivedOn, offset);
        const options = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
        const all = evaluateCaseDeadlines(c, asOf, options);
        expect(missedCaseDeadlines(c, asOf, options)).toEqual(all.filter((s) => s.status === "missed"));
        expect(isCaseOverdue(c, asOf, options)).toBe(all.some((s) => s.status === "missed"));
      }),
      { numRuns: 2_000 },
    );
  });

  it("refuses a bad as-of date, as evaluateCaseDeadlines does", () => {
    expect(() => missedCaseDeadlines(make({}), "2026-02-30")).toThrow(RangeError);
  });
});
