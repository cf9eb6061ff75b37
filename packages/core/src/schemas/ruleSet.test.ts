import { describe, expect, it } from "vitest";
import { RULE_SETS } from "../rules/ruleSets.js";
import { CitationSchema, RuleSetSchema } from "./ruleSet.js";

describe("RuleSetSchema: a dated, cited set of rules", () => {
  it.each(RULE_SETS.map((r) => [r.id, r] as const))("the bundled rule set %s is valid", (_, ruleSet) => {
    expect(RuleSetSchema.parse(ruleSet)).toEqual(ruleSet);
  });

  it("refuses an impossible validity date and an unknown reporting slot", () => {
    const [first] = RULE_SETS;
    const r = RuleSetSchema.safeParse({
      ...first,
      effectiveTo: "2025-11-31",
      reporting: [{ ...first?.reporting[0], slots: ["quarterly"] }],
    });
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["effectiveTo", "reporting.0.slots.0"]);
  });

  it("refuses a citation without its verification flag or with an unknown key", () => {
    const citation = {
      document: "Quy định 11-QĐi/TW",
      clause: "khoản 1 Điều 4",
      issuedOn: "2019-02-18",
      effectiveFrom: "2019-02-18",
    };
    expect(CitationSchema.safeParse(citation).error?.issues.map((i) => i.path.join("."))).toEqual(["verified"]);
    expect(CitationSchema.safeParse({ ...citation, verified: true, page: 2 }).success).toBe(false);
    expect(CitationSchema.parse({ ...citation, verified: true })).toEqual({ ...citation, verified: true });
  });
});
