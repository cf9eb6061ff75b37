import { describe, expect, it } from "vitest";
import { DEADLINE_SOURCES } from "../deadlines/sources.js";
import type { Side } from "../schemas/common.js";
import type { RuleSet } from "../schemas/ruleSet.js";
import { findRuleSetAt, getRuleSetAt } from "./getRuleSetAt.js";
import {
  LUAT_TCD_136_2025_RULES,
  LUAT_TCD_2013_RULES,
  LUAT_TCD_2013_TWO_TIER_RULES,
  QD11_2019_RULES,
  QD11_2019_TWO_TIER_RULES,
  QD11_KL215_RULES,
  RULE_SETS,
} from "./ruleSets.js";
import { LAWS, QD11_2019 } from "./sources.js";

describe("Quy định 11-QĐi/TW (18/02/2019), amended by Kết luận 215-KL/TW (23/11/2025): the text in force on the event's date", () => {
  it.each([
    ["2019-02-18", "qd11-2019", "the day Quy định 11 was issued"],
    ["2019-06-18", "qd11-2019", "Kế hoạch 97-KH/TU"],
    ["2024-05-10", "qd11-2019", "a 2024 case"],
    ["2025-06-30", "qd11-2019", "the last day of district Party committees"],
    ["2025-07-01", "qd11-2019-hai-cap", "two-tier local government, before KL 215"],
    ["2025-11-22", "qd11-2019-hai-cap", "the last day before KL 215"],
    ["2025-11-23", "qd11-kl215-2025", "the day KL 215 was signed"],
    ["2026-01-15", "qd11-kl215-2025", "a 2026 case"],
    ["2026-12-31", "qd11-kl215-2025", "end of 2026"],
    ["2199-12-31", "qd11-kl215-2025", "no end date"],
  ])("party side on %s → %s (%s)", (date, id) => {
    expect(getRuleSetAt(date).id).toBe(id);
    expect(getRuleSetAt(date, { side: "party" }).id).toBe(id);
  });

  it("returns the bundled rule set objects themselves", () => {
    expect(getRuleSetAt("2025-06-30")).toBe(QD11_2019_RULES);
    expect(getRuleSetAt("2025-11-22")).toBe(QD11_2019_TWO_TIER_RULES);
    expect(getRuleSetAt("2025-11-23")).toBe(QD11_KL215_RULES);
  });

  it("has no Party rule set before 18/02/2019", () => {
    expect(() => getRuleSetAt("2019-02-17")).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getRuleSetAt: no party rule set is in force on 2019-02-17]`,
    );
    expect(() => getRuleSetAt("2000-01-01", { side: "party" })).toThrow(RangeError);
  });
});

describe("Luật Tiếp công dân 2013 (in force 01/7/2014), two-tier local government (01/7/2025), Luật 136/2025/QH15 (01/7/2026): the State side", () => {
  it.each([
    ["2014-07-01", "luat-tcd-2013", "the first day in force"],
    ["2019-02-17", "luat-tcd-2013", "before Quy định 11"],
    ["2025-06-30", "luat-tcd-2013", "the last day of district People's Committees"],
    ["2025-07-01", "luat-tcd-2013-hai-cap", "two-tier local government"],
    ["2025-11-23", "luat-tcd-2013-hai-cap", "after KL 215, which binds Party heads only"],
    ["2026-01-15", "luat-tcd-2013-hai-cap", "the documented example"],
    ["2026-06-30", "luat-tcd-2013-hai-cap", "the last day before Luật 136/2025/QH15"],
    ["2026-07-01", "luat-tcd-136-2025", "the day Luật 136/2025/QH15 took effect"],
    ["2199-12-31", "luat-tcd-136-2025", "no end date"],
  ])("state side on %s → %s (%s)", (date, id) => {
    expect(getRuleSetAt(date, { side: "state" }).id).toBe(id);
  });

  it("returns the bundled State rule set objects themselves", () => {
    expect(getRuleSetAt("2025-06-30", { side: "state" })).toBe(LUAT_TCD_2013_RULES);
    expect(getRuleSetAt("2025-07-01", { side: "state" })).toBe(LUAT_TCD_2013_TWO_TIER_RULES);
    expect(getRuleSetAt("2026-07-01", { side: "state" })).toBe(LUAT_TCD_136_2025_RULES);
  });

  it("has no State rule set before 01/7/2014", () => {
    expect(() => getRuleSetAt("2014-06-30", { side: "state" })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getRuleSetAt: no state rule set is in force on 2014-06-30]`,
    );
  });
});

describe("getRuleSetAt: custom rule sets", () => {
  const base = QD11_2019_RULES;
  const ruleSet = (id: string, side: Side, effectiveFrom: string, effectiveTo?: string): RuleSet => {
    const { effectiveTo: _, ...rest } = base;
    return { ...rest, id, side, effectiveFrom, ...(effectiveTo === undefined ? {} : { effectiveTo }) };
  };
  const plan2020 = ruleSet("plan-2020", "party", "2020-01-01", "2020-12-31");
  const plan2021 = ruleSet("plan-2021", "party", "2021-01-01");
  const overlap = ruleSet("plan-2021-06", "party", "2021-06-01", "2021-06-30");
  const stateOnly = ruleSet("state-2020", "state", "2020-01-01");
  const ruleSets = [plan2021, overlap, plan2020, stateOnly];

  it.each([
    ["2020-01-01", "party", "plan-2020"],
    ["2020-12-31", "party", "plan-2020"],
    ["2021-01-01", "party", "plan-2021"],
    ["2021-05-31", "party", "plan-2021"],
    ["2021-06-01", "party", "plan-2021-06"],
    ["2021-06-30", "party", "plan-2021-06"],
    ["2021-07-01", "party", "plan-2021"],
    ["2020-06-01", "state", "state-2020"],
  ] as const)("on %s, %s side → %s (the most recent text wins where windows overlap)", (date, side, id) => {
    expect(getRuleSetAt(date, { side, ruleSets }).id).toBe(id);
  });

  it("chooses only among the given rule sets", () => {
    expect(() => getRuleSetAt("2019-06-18", { ruleSets })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getRuleSetAt: no party rule set is in force on 2019-06-18]`,
    );
    expect(() => getRuleSetAt("2026-01-15", { ruleSets: [] })).toThrow(RangeError);
  });

  it("does not reorder the caller's array", () => {
    const before = ruleSets.map((r) => r.id);
    getRuleSetAt("2021-06-15", { ruleSets });
    expect(ruleSets.map((r) => r.id)).toEqual(before);
  });
});

describe("getRuleSetAt: misuse", () => {
  it.each([["2026-02-30"], ["18/02/2019"], [""], ["2026-1-5"]])("throws a RangeError for %j", (date) => {
    expect(() => getRuleSetAt(date)).toThrow(RangeError);
  });

  it("names the call in its message", () => {
    expect(() => getRuleSetAt("18/02/2019")).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getRuleSetAt: expected a YYYY-MM-DD date, got "18/02/2019"]`,
    );
  });
});

describe("the bundled rule sets and citations are frozen", () => {
  it("a caller cannot change a period for every later decision of the process", () => {
    const notice = getRuleSetAt("2026-03-02").notice;
    expect(() => {
      if (notice) (notice as { workingDays: number }).workingDays = 3;
    }).toThrow(TypeError);
    expect(getRuleSetAt("2026-03-02").notice?.workingDays).toBe(10);
    expect(() => (RULE_SETS as RuleSet[]).pop()).toThrow(TypeError);
    expect(Object.isFrozen(LAWS.groupCase)).toBe(true);
    // A copy is the way to a province's own rules.
    const own = { ...QD11_KL215_RULES, id: "own" };
    own.title = "Kế hoạch của tỉnh";
    expect(own.title).toBe("Kế hoạch của tỉnh");
  });
});

describe("findRuleSetAt: the same choice without throwing", () => {
  it.each([
    ["2019-02-17", "party", undefined],
    ["2019-02-18", "party", "qd11-2019"],
    ["2014-06-30", "state", undefined],
    ["2014-07-01", "state", "luat-tcd-2013"],
  ] as const)("%s (%s) → %s", (date, side, id) => {
    expect(findRuleSetAt(date, { side })?.id).toBe(id);
  });

  it("still throws a RangeError for a value that is not a date", () => {
    expect(() => findRuleSetAt("18/02/2019")).toThrow(RangeError);
  });
});

describe("minimum reception days of each level, by the text in force", () => {
  const minimum = (date: string, side: Side, level: string) => {
    const rule = getRuleSetAt(date, { side }).sessionFrequency.find((f) => f.level === level);
    return rule ? `${rule.minDays}/${rule.per}` : null;
  };

  it.each([
    ["2026-06-30", "1/week", "Luật Tiếp công dân 2013 điểm d khoản 2 Điều 15: at least 1 day a week"],
    ["2026-07-01", "2/month", "Luật 136/2025/QH15: at least 2 days a month from 01/07/2026"],
    ["2026-12-31", "2/month", "Luật 136/2025/QH15, end of 2026"],
  ])("State commune chair on %s: %s (%s)", (date, expected) => {
    expect(minimum(date, "state", "commune")).toBe(expected);
  });

  it("Luật 136/2025/QH15: the commune chair's new minimum cites the amending law and is flagged as read in secondary sources", () => {
    const rule = getRuleSetAt("2026-07-01", { side: "state" }).sessionFrequency.find((f) => f.level === "commune");
    expect(rule?.source.document).toBe("Luật Tiếp công dân 2013, sửa đổi theo Luật 136/2025/QH15");
    expect(rule?.source.effectiveFrom).toBe("2026-07-01");
    expect(rule?.source.verified).toBe(false);
  });

  it.each([
    ["party", "2025-06-30", "1/month"],
    ["party", "2025-08-01", null],
    ["party", "2026-03-01", null],
    ["state", "2025-06-30", "2/month"],
    ["state", "2025-08-01", null],
    ["state", "2026-08-01", null],
  ] as const)("two-tier local government from 01/07/2025: the %s district head on %s → %s", (side, date, expected) => {
    expect(minimum(date, side, "district")).toBe(expected);
  });

  it.each([
    ["party", "2025-08-01", "1/month", "2/month"],
    ["state", "2025-08-01", "1/month", "1/week"],
  ] as const)(
    "the %s side on %s keeps the province (%s) and commune (%s) minimums",
    (side, date, province, commune) => {
      expect(minimum(date, side, "province")).toBe(province);
      expect(minimum(date, side, "commune")).toBe(commune);
    },
  );

  it("Luật Tiếp công dân 2013 khoản 3 Điều 18: the State ad hoc criteria have no “prolonged” criterion", () => {
    const ids = getRuleSetAt("2026-03-01", { side: "state" }).adHocCriteria.map((c) => c.id);
    expect(ids).toEqual([
      "prominent",
      "complex",
      "manyParticipants",
      "severalAgencies",
      "opinionsDiffer",
      "seriousConsequences",
    ]);
    expect(getRuleSetAt("2026-03-01", { side: "state" }).adHocCriteria[0]?.source.clause).toBe("khoản 3 Điều 18");
  });
});

describe("docs/rules.md: `verified: false` when the clause number is inferred or the wording from reprints (review s21 C14)", () => {
  it.each([
    ["QĐ 11 (2019) khoản 1 Điều 4: wording from news, clause from KL 215", QD11_2019.frequency],
    ["Bộ luật Dân sự 2015 khoản 5 Điều 148: clause inferred from the article's structure", DEADLINE_SOURCES.periodEnd],
  ])("%s", (_, citation) => {
    expect(citation.verified).toBe(false);
    expect(citation.note ?? "").not.toBe("");
  });
});
