import { getMonthRange, type IsoMonth } from "../date/plainDate.js";
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
