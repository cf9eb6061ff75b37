import { describe, expect, it } from "vitest";
import { QD11_2019_RULES } from "../rules/ruleSets.js";
import { type Case, type CaseInput, CaseSchema } from "../schemas/case.js";
import { evaluateAdHocTriggers } from "./evaluateAdHocTriggers.js";

const base: CaseInput = { id: "D1", receivedOn: "2026-03-02", channel: "inPerson", kinds: ["complaint"] };
const make = (extra: Partial<CaseInput>): Case => CaseSchema.parse({ ...base, ...extra });
const criterion = (c: Case, id: string, options = {}) =>
  evaluateAdHocTriggers(c, options).criteria.find((x) => x.id === id);

describe("QĐ 11-QĐi/TW khoản 2 Điều 4; Kế hoạch 97-KH/TU mục I.4(2): ad hoc reception criteria", () => {
  it.each([
    { id: "prominent", facts: { prominent: true }, fired: true },
    { id: "prominent", facts: { prominent: false }, fired: false },
    { id: "prominent", facts: {}, fired: null },
    { id: "complex", facts: { complexity: "complex" }, fired: true },
    { id: "complex", facts: { complexity: "veryComplex" }, fired: true },
    { id: "complex", facts: { complexity: "normal" }, fired: false },
    { id: "complex", facts: {}, fired: null },
    { id: "manyParticipants", facts: { people: 5 }, fired: true },
    { id: "manyParticipants", facts: { people: 4 }, fired: false },
    { id: "manyParticipants", facts: {}, fired: null },
    {
      id: "severalAgencies",
      facts: { handlingBody: "UBND xã", relatedBodies: ["Văn phòng đăng ký đất đai"] },
      fired: true,
    },
    { id: "severalAgencies", facts: { relatedBodies: ["Sở Xây dựng", "sở xây dựng"] }, fired: false },
    { id: "severalAgencies", facts: { relatedBodies: [] }, fired: false },
    { id: "severalAgencies", facts: { handlingBody: "UBND xã" }, fired: null },
    { id: "opinionsDiffer", facts: { opinionsDiffer: true }, fired: true },
    { id: "opinionsDiffer", facts: { opinionsDiffer: false }, fired: false },
    { id: "opinionsDiffer", facts: {}, fired: null },
    { id: "seriousConsequences", facts: { securityRisk: true }, fired: true },
    { id: "seriousConsequences", facts: { securityRisk: false }, fired: false },
    { id: "seriousConsequences", facts: {}, fired: null },
  ] as const)("$id with $facts → $fired", ({ id, facts, fired }) => {
    const r = criterion(make(facts as Partial<CaseInput>), id);
    expect(r?.fired).toBe(fired);
    if (fired === null) expect(r?.reason).toMatch(/^Không đủ dữ liệu: sổ không có cột "/);
    expect(r?.source.clause).toBe("khoản 2 Điều 4");
  });

  it.each([
    { name: "a repeat filing", facts: { filingCount: 2 }, asOf: undefined, fired: true, daysOpen: undefined },
    { name: "open 91 days", facts: {}, asOf: "2026-06-01", fired: true, daysOpen: 91 },
    { name: "open exactly 90 days", facts: {}, asOf: "2026-05-31", fired: false, daysOpen: 90 },
    {
      name: "settled after 10 days",
      facts: { resultOn: "2026-03-12" },
      asOf: "2026-12-31",
      fired: false,
      daysOpen: 10,
    },
    { name: "a first filing, no asOf", facts: { filingCount: 1 }, asOf: undefined, fired: false, daysOpen: undefined },
    { name: "no filing count, no asOf", facts: {}, asOf: undefined, fired: null, daysOpen: undefined },
    // A letter the register marks closed, with no result date: not open, and how long it lasted is unknown.
    ...(["resolved", "withdrawn", "archived"] as const).map((status) => ({
      name: `marked ${status} with no result date`,
      facts: { status },
      asOf: "2026-12-31",
      fired: null,
      daysOpen: undefined,
    })),
    {
      name: "transferred, still open",
      facts: { status: "transferred" as const },
      asOf: "2026-06-01",
      fired: true,
      daysOpen: 91,
    },
  ])("prolonged (kéo dài): $name → $fired", ({ facts, asOf, fired, daysOpen }) => {
    const r = criterion(make(facts), "prolonged", asOf ? { asOf } : {});
    expect(r?.fired).toBe(fired);
    expect(r?.facts.daysOpen).toBe(daysOpen);
    expect(r?.thresholdSource?.document).toBe("Luật Tố cáo 2018 (25/2018/QH14)");
  });

  it("an as-of date before the receipt says the case did not exist yet, not that no date was given (review s21 C19)", () => {
    const r = criterion(make({ receivedOn: "2026-03-10" }), "prolonged", { asOf: "2026-03-01" });
    expect(r?.fired).toBeNull();
    expect(r?.reason).toBe(
      'Không đủ dữ liệu: sổ không có cột "Lần" và ngày đánh giá 01/03/2026 trước ngày tiếp nhận 10/03/2026, vụ việc chưa phát sinh.',
    );
  });

  it("takes thresholds as options", () => {
    const c = make({ people: 8, receivedOn: "2026-01-01" });
    expect(criterion(c, "manyParticipants", { manyPeople: 10 })?.fired).toBe(false);
    expect(criterion(c, "prolonged", { asOf: "2026-01-31", prolongedDays: 20 })?.fired).toBe(true);
  });

  it("reports every criterion, with the ones lacking data listed", () => {
    const r = evaluateAdHocTriggers(make({ people: 12 }), { asOf: "2026-03-20" });
    expect(r.triggered).toBe(true);
    expect(r.ruleSetId).toBe("qd11-kl215-2025");
    expect(r.criteria.map((x) => [x.id, x.fired])).toEqual([
      ["prominent", null],
      ["complex", null],
      ["prolonged", false],
      ["manyParticipants", true],
      ["severalAgencies", null],
      ["opinionsDiffer", null],
      ["seriousConsequences", null],
    ]);
    expect(r.undetermined).toEqual([
      "prominent",
      "complex",
      "severalAgencies",
      "opinionsDiffer",
      "seriousConsequences",
    ]);
    expect(r.criteria.find((x) => x.id === "manyParticipants")?.reason).toBe(
      "Có 12 người tham gia (từ 5 người trở lên).",
    );
  });

  it("does not fire when nothing is known (it does not guess)", () => {
    const r = evaluateAdHocTriggers(make({}));
    expect(r.triggered).toBe(false);
    expect(r.undetermined).toHaveLength(7);
  });

  it("uses the rule set in force on the date of receipt", () => {
    expect(evaluateAdHocTriggers(make({ receivedOn: "2024-06-01" })).ruleSetId).toBe("qd11-2019");
    expect(evaluateAdHocTriggers(make({ receivedOn: "2024-06-01" }), { side: "state" }).ruleSetId).toBe(
      "luat-tcd-2013",
    );
  });

  it("throws a RangeError for a bad asOf", () => {
    expect(() => evaluateAdHocTriggers(make({}), { asOf: "2026-13-01" })).toThrow(RangeError);
  });

  it("QĐ 11-QĐi/TW dates from 18/02/2019: an earlier case is refused by name, unless a rule set is given", () => {
    expect(() => evaluateAdHocTriggers(make({ receivedOn: "2018-11-05" }))).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: evaluateAdHocTriggers: no party rule set is in force on 2018-11-05 (the earliest bundled one, qd11-2019, is in force from 2019-02-18); pass the ruleSet option to judge the case under a text you choose]`,
    );
    expect(
      evaluateAdHocTriggers(make({ receivedOn: "2018-11-05" }), { ruleSet: QD11_2019_RULES, asOf: "2019-03-01" })
        .ruleSetId,
    ).toBe("qd11-2019");
  });
});
