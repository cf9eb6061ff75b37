// Helpers of the deadline hot loops. Internal: not exported from the package.
import type { IsoDate } from "../date/plainDate.js";
import { formatVietnameseDate } from "../format/formatVietnameseDate.js";
import { findRuleSetAt } from "../rules/getRuleSetAt.js";
import type { Citation, RuleSet } from "../schemas/ruleSet.js";
import { DEADLINE_SOURCES } from "./sources.js";

/** dd/mm/yyyy of a valid date: sliced, not parsed (the same text as `formatVietnameseDate` numeric for years ≥ 1000). */
export const numericDate = (d: IsoDate): string =>
  d.charCodeAt(0) !== 48
    ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`
    : formatVietnameseDate(d, { style: "numeric" });

/**
 * The Party rule set in force on a date: the bundled ones remembered per date (deadlines ask it for every case), or
 * the caller's own.
 */
const partyRuleSets = new Map<IsoDate, ReturnType<typeof findRuleSetAt>>();
export function partyRuleSetAt(date: IsoDate, ruleSets?: readonly RuleSet[]): ReturnType<typeof findRuleSetAt> {
  // A caller's own rule sets are not remembered (they may differ from call to call).
  if (ruleSets !== undefined) return findRuleSetAt(date, { side: "party", ruleSets });
  let found = partyRuleSets.get(date);
  if (found === undefined && !partyRuleSets.has(date)) {
    found = findRuleSetAt(date, { side: "party" });
    if (partyRuleSets.size > 100_000) partyRuleSets.clear();
    partyRuleSets.set(date, found);
  }
  return found;
}

/**
 * The law that gives a statutory deadline (the Party notice's rule set is chosen by date elsewhere): an event before
 * its `effectiveFrom` is not judged under it (review s21 C3: a 2018 denunciation was judged under Luật Tố cáo 2018,
 * in force 01/01/2019, and no earlier law is bundled).
 */
export function lawOfDeadline(kind: string): Citation | undefined {
  switch (kind) {
    case "complaintAcceptance":
      return DEADLINE_SOURCES.complaintAcceptance;
    case "complaintSettlement":
      return DEADLINE_SOURCES.complaintFirst;
    case "denunciationProcessing":
      return DEADLINE_SOURCES.denunciationProcessing;
    case "denunciationTransfer":
      return DEADLINE_SOURCES.denunciationTransfer;
    case "denunciationSettlement":
      return DEADLINE_SOURCES.denunciationSettlement;
    default:
      return undefined;
  }
}
