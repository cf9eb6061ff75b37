import { type IsoDate, isIsoDate } from "../date/plainDate.js";
import type { Side } from "../schemas/common.js";
import type { RuleSet } from "../schemas/ruleSet.js";
import { RULE_SETS } from "./ruleSets.js";

/** Options of {@link getRuleSetAt}. */
export interface GetRuleSetAtOptions {
  /** `party` (default): Quy định 11-QĐi/TW; `state`: Luật Tiếp công dân 2013. */
  side?: Side;
  /** Rule sets to choose from instead of the bundled ones (e.g. a province's own plan). */
  ruleSets?: readonly RuleSet[];
}

/**
 * Picks the rule set in force on a date: an event is judged under the text in force when it happened, so a
 * 2024 case falls under Quy định 11-QĐi/TW as issued and a 2026 case under its amendment by
 * Kết luận 215-KL/TW (in force from 23/11/2025).
 *
 * @param date - the date of the event, `YYYY-MM-DD`
 * @param options - side and candidate rule sets
 * @returns the rule set whose validity window holds the date
 * @throws {RangeError} when `date` is not a date, or when no rule set was in force (before 18/02/2019 on the
 *   Party side, before 01/7/2014 on the State side)
 * @example
 * getRuleSetAt("2024-05-10").id //=> "qd11-2019"
 * getRuleSetAt("2026-01-15").id //=> "qd11-kl215-2025"
 * getRuleSetAt("2026-01-15", { side: "state" }).id //=> "luat-tcd-2013-hai-cap"
 */
export function getRuleSetAt(date: IsoDate, options: GetRuleSetAtOptions = {}): RuleSet {
  const found = findRuleSetAt(date, options);
  if (!found) {
    throw new RangeError(`getRuleSetAt: no ${options.side ?? "party"} rule set is in force on ${date}`);
  }
  return found;
}

/**
 * Like {@link getRuleSetAt}, but answers `undefined` instead of throwing when no rule set was in force
 * (e.g. a date before Quy định 11-QĐi/TW).
 *
 * @param date - the date of the event, `YYYY-MM-DD`
 * @param options - side and candidate rule sets
 * @returns the rule set in force, or `undefined`
 * @throws {RangeError} when `date` is not a date
 * @example
 * findRuleSetAt("2018-12-31") //=> undefined
 * findRuleSetAt("2019-02-18")?.id //=> "qd11-2019"
 */
export function findRuleSetAt(date: IsoDate, options: GetRuleSetAtOptions = {}): RuleSet | undefined {
  if (!isIsoDate(date)) throw new RangeError(`getRuleSetAt: expected a YYYY-MM-DD date, got ${JSON.stringify(date)}`);
  const side = options.side ?? "party";
  const candidates = (options.ruleSets ?? RULE_SETS).filter(
    (r) => r.side === side && r.effectiveFrom <= date && (r.effectiveTo === undefined || date <= r.effectiveTo),
  );
  // With overlapping windows, the most recent text wins.
  return candidates.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
}
