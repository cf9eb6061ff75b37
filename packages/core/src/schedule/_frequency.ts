import { addCalendarDays, getMonthRange, type IsoDate, type IsoMonth } from "../date/plainDate.js";
import { formatVietnameseDate } from "../format/formatVietnameseDate.js";
import { findRuleSetAt } from "../rules/getRuleSetAt.js";
import type { OrgUnit } from "../schemas/orgUnit.js";
import type { RuleSet, SessionFrequencyRule } from "../schemas/ruleSet.js";

/** The frequency rule that applies to a unit in a month, or why there is none. */
export type FrequencyLookup =
  | { ruleSet: RuleSet; rule: SessionFrequencyRule }
  | { ruleSet: RuleSet | undefined; rule: undefined; why: string };

/** The rule set and the frequency rule that apply to a unit in a month (judged on the month's first day). */
export function frequencyFor(
  unit: Pick<OrgUnit, "level" | "side">,
  month: IsoMonth,
  ruleSet: RuleSet | undefined,
): FrequencyLookup {
  const first = getMonthRange(month).from;
  const rs = ruleSet ?? findRuleSetAt(first, { side: unit.side });
  if (rs === undefined) {
    return {
      ruleSet: undefined,
      rule: undefined,
      why: `Chưa có văn bản quy định số ngày tiếp dân tối thiểu có hiệu lực vào ${formatVietnameseDate(first)}.`,
    };
  }
  const rule = rs.sessionFrequency.find((f) => f.level === unit.level);
  if (rule === undefined) {
    return {
      ruleSet: rs,
      rule: undefined,
      why: `${rs.title} không quy định số ngày tiếp dân tối thiểu cho ${levelInWords(unit.level, rs)}.`,
    };
  }
  return { ruleSet: rs, rule };
}

/**
 * The last day a weekly minimum applies when the rule set giving it ends and the next one in force asks for no weekly
 * minimum of the unit's level (a State commune chair: 1 day a week until 30/06/2026, 2 days a month from 01/07/2026);
 * undefined when it goes on (review s22b W1: the rule set of 2025 ended on 30/06/2025, the weekly minimum did not) or
 * when the caller forced one rule set.
 */
export function weeklyUntil(
  ruleSet: RuleSet | undefined,
  unit: Pick<OrgUnit, "level" | "side">,
  forced: RuleSet | undefined,
): IsoDate | undefined {
  const end = ruleSet?.effectiveTo;
  if (forced !== undefined || end === undefined) return undefined;
  const next = findRuleSetAt(addCalendarDays(end, 1), unit.side ? { side: unit.side } : {});
  const rule = next?.sessionFrequency.find((f) => f.level === unit.level);
  return rule?.per === "week" ? undefined : end;
}

/** The bundled levels in words (review s20b S3, s21 C10: no code such as "district" in a Vietnamese sentence). */
const LEVEL_WORDS: Readonly<Record<string, string>> = {
  province: "cấp tỉnh",
  district: "cấp huyện (cấp huyện đã kết thúc hoạt động từ ngày 01/07/2025)",
  commune: "cấp xã",
};

/** A unit's level in a sentence: in words when known, else as written with the levels the rule set knows. */
function levelInWords(level: string, rs: RuleSet): string {
  const known = Object.hasOwn(LEVEL_WORDS, level) ? LEVEL_WORDS[level] : undefined;
  if (known !== undefined) return known;
  const levels = [...new Set(rs.sessionFrequency.map((f) => f.level))];
  return `cấp “${level}” (cấp mà văn bản quy định: ${levels.map((l) => `“${l}”`).join(", ")}; kiểm tra “level” của đơn vị)`;
}
