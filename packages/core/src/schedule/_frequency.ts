import { getMonthRange, type IsoMonth } from "../date/plainDate.js";
import { getRuleSetAt } from "../rules/getRuleSetAt.js";
import type { OrgUnit } from "../schemas/orgUnit.js";
import type { RuleSet, SessionFrequencyRule } from "../schemas/ruleSet.js";

/** The rule set and the frequency rule that apply to a unit in a month (judged on the month's first day). */
export function frequencyFor(
  unit: Pick<OrgUnit, "level" | "side">,
  month: IsoMonth,
  ruleSet: RuleSet | undefined,
): { ruleSet: RuleSet; rule: SessionFrequencyRule | undefined } {
  const rs = ruleSet ?? getRuleSetAt(getMonthRange(month).from, { side: unit.side });
  return { ruleSet: rs, rule: rs.sessionFrequency.find((f) => f.level === unit.level) };
}
