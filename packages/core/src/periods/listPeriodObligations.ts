import { findRuleSetAt } from "../rules/getRuleSetAt.js";
import type { ReportingObligation, ReportingSlot, RuleSet } from "../schemas/ruleSet.js";
import type { Period } from "./resolvePeriod.js";

/** Options of {@link listPeriodObligations}. */
export interface ListPeriodObligationsOptions {
  /** Force a rule set (otherwise the Party rule set in force on the period's last day). */
  ruleSet?: RuleSet;
}

/** The slot a period fills: a quarter is `Q1` or a plain `quarter`. */
function slotsOf(period: Pick<Period, "kind" | "quarter">): ReportingSlot[] {
  if (period.kind === "quarter") return period.quarter === 1 ? ["Q1", "quarter"] : ["quarter"];
  return [period.kind];
}

/**
 * Lists the obligations a period serves: the report to the Central bodies (monthly, Q1, 6 months, 9 months,
 * year or ad hoc — QĐ 11-QĐi/TW Điều 3 k8, also as amended by KL 215-KL/TW) and the working sessions with
 * subordinate heads (Q1, 6 months, 9 months, year — Kế hoạch 97-KH/TU mục I.2(4)).
 *
 * @param period - a resolved period
 * @param options - rule set override
 * @returns the obligations whose slots include the period's, each with its source; none for a period
 *   ending before Quy định 11-QĐi/TW (18/02/2019)
 * @example
 * listPeriodObligations(resolvePeriod("2026-Q2")) //=> [] (Q2 is covered by the 6-month report)
 * listPeriodObligations(resolvePeriod("2026-Q1")).map((o) => o.id) //=> ["reportToCentral", "workingSessions"]
 */
export function listPeriodObligations(
  period: Pick<Period, "kind" | "quarter" | "to">,
  options: ListPeriodObligationsOptions = {},
): ReportingObligation[] {
  const ruleSet = options.ruleSet ?? findRuleSetAt(period.to, { side: "party" });
  if (ruleSet === undefined) return [];
  const slots = slotsOf(period);
  return ruleSet.reporting.filter((o) => o.slots.some((s) => slots.includes(s)));
}
