// Internal: not exported from the package.
import type { IsoDate } from "../date/plainDate.js";
import type { Side } from "../schemas/common.js";
import type { RuleSet } from "../schemas/ruleSet.js";
import { findRuleSetAt } from "./getRuleSetAt.js";
import { RULE_SETS } from "./ruleSets.js";

/**
 * The bundled rule set in force on a case's date, for the functions that judge one case: the error names the
 * function, the date, and the way out (their `ruleSet` option).
 */
export function ruleSetInForce(caller: string, date: IsoDate, side: Side = "party"): RuleSet {
  const found = findRuleSetAt(date, { side });
  if (!found) {
    const first = RULE_SETS.filter((r) => r.side === side).reduce((a, b) =>
      a.effectiveFrom <= b.effectiveFrom ? a : b,
    );
    throw new RangeError(
      `${caller}: no ${side} rule set is in force on ${date} (the earliest bundled one, ${first.id}, is in force from ${first.effectiveFrom}); pass the ruleSet option to judge the case under a text you choose`,
    );
  }
  return found;
}
