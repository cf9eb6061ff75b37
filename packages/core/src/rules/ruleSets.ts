import { deepFreeze } from "../_lib/deepFreeze.js";
import type { RuleSet } from "../schemas/ruleSet.js";
import { KH97_2019, LAWS, LUAT_136_2025, QD11_2019, QD11_KL215 } from "./sources.js";

const AD_HOC_LABELS = {
  prominent: "Vụ việc nổi cộm",
  complex: "Vụ việc phức tạp",
  prolonged: "Vụ việc kéo dài",
  manyParticipants: "Có nhiều người tham gia",
  severalAgencies: "Liên quan đến trách nhiệm của nhiều cơ quan, tổ chức, đơn vị",
  opinionsDiffer: "Ý kiến các cơ quan, tổ chức, đơn vị còn khác nhau",
  seriousConsequences: "Có thể gây hậu quả nghiêm trọng, ảnh hưởng đến an ninh chính trị, trật tự, an toàn xã hội",
} as const;

// Luật Tiếp công dân 2013 khoản 3 Điều 18: no "prolonged" criterion; "gay gắt" where QĐ 11 says "nổi cộm".
const STATE_AD_HOC_LABELS: Partial<Record<keyof typeof AD_HOC_LABELS, string>> = {
  prominent: "Vụ việc gay gắt",
  complex: "Vụ việc phức tạp",
  manyParticipants: "Có nhiều người tham gia",
  severalAgencies: "Liên quan đến trách nhiệm của nhiều cơ quan, tổ chức, đơn vị",
  opinionsDiffer: "Ý kiến của các cơ quan, tổ chức, đơn vị còn khác nhau",
  seriousConsequences:
    "Nếu không chỉ đạo, xem xét kịp thời có thể gây ra hậu quả nghiêm trọng, hủy hoại tài sản của Nhà nước, của tập thể, xâm hại đến tính mạng, tài sản của nhân dân, ảnh hưởng đến an ninh, chính trị, trật tự, an toàn xã hội",
};

function adHocCriteria(
  source: RuleSet["adHocCriteria"][number]["source"],
  labels: Partial<Record<keyof typeof AD_HOC_LABELS, string>> = AD_HOC_LABELS,
): RuleSet["adHocCriteria"] {
  return (Object.keys(AD_HOC_LABELS) as Array<keyof typeof AD_HOC_LABELS>).flatMap((id) => {
    const label = labels[id];
    return label === undefined ? [] : [{ id, label, source }];
  });
}

const THRESHOLDS: RuleSet["adHocThresholds"] = {
  manyPeople: { value: 5, source: LAWS.groupCase },
  prolongedDays: { value: 90, source: LAWS.prolonged },
};

const ROUTING: RuleSet["routing"] = {
  handle: KH97_2019.handle,
  direct: KH97_2019.direct,
  guide: KH97_2019.guide,
  partyMember: LAWS.partyMember,
  anonymous: LAWS.anonymous,
};

// A People's Committee is not bound by a Party plan: its routes rest on Luật Tiếp công dân (and TT 05/2021/TT-TTCP).
const STATE_ROUTING: RuleSet["routing"] = {
  ...ROUTING,
  handle: LAWS.tcdHandling,
  direct: LAWS.tcdHandling,
  guide: LAWS.tcdHandling,
};

const PARTY_ADVISERS: RuleSet["advisers"] = [
  {
    matter: "general",
    lead: "Ban Nội chính",
    assist: ["Văn phòng cấp ủy", "các cơ quan liên quan"],
    source: KH97_2019.advisersGeneral,
  },
  {
    matter: "security",
    lead: "Đảng ủy Công an",
    assist: ["các cơ quan liên quan"],
    source: KH97_2019.advisersSecurity,
  },
  { matter: "partyMember", lead: "Ủy ban Kiểm tra cấp ủy", assist: ["Ban Nội chính"], source: LAWS.partyMember },
];

/**
 * Quy định 11-QĐi/TW as issued on 18/02/2019: province and district heads ≥ 1 day a month, commune ≥ 2 — until
 * district Party committees ended with two-tier local government on 01/07/2025 (see {@link QD11_2019_TWO_TIER_RULES}).
 */
export const QD11_2019_RULES: RuleSet = {
  id: "qd11-2019",
  side: "party",
  title: "Quy định 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị",
  effectiveFrom: "2019-02-18",
  effectiveTo: "2025-06-30",
  sessionFrequency: [
    {
      level: "province",
      headLabel: "Người đứng đầu cấp ủy cấp tỉnh",
      minDays: 1,
      per: "month",
      source: QD11_2019.frequency,
    },
    {
      level: "district",
      headLabel: "Người đứng đầu cấp ủy cấp huyện",
      minDays: 1,
      per: "month",
      source: QD11_2019.frequency,
    },
    {
      level: "commune",
      headLabel: "Người đứng đầu cấp ủy cấp xã",
      minDays: 2,
      per: "month",
      source: QD11_2019.frequency,
    },
  ],
  scheduledOnlySource: QD11_2019.frequency,
  adHocCriteria: adHocCriteria(QD11_2019.adHoc),
  adHocThresholds: THRESHOLDS,
  notice: { workingDays: 10, source: QD11_2019.notice },
  routing: ROUTING,
  reporting: [
    {
      id: "reportToCentral",
      label: "Báo cáo tình hình, kết quả tiếp dân và xử lý phản ánh, kiến nghị, khiếu nại, tố cáo",
      slots: ["month", "Q1", "h1", "m9", "year", "adHoc"],
      source: QD11_2019.reporting,
    },
    {
      id: "workingSessions",
      label: "Làm việc với người đứng đầu cấp ủy cấp dưới, thủ trưởng cơ quan, đơn vị về công tác tiếp dân",
      slots: ["Q1", "h1", "m9", "year", "adHoc"],
      source: KH97_2019.workingSessions,
    },
  ],
  advisers: PARTY_ADVISERS,
};

const { effectiveTo: _superseded, ...QD11_BASE } = QD11_2019_RULES;

/**
 * Quy định 11-QĐi/TW as issued, from 01/07/2025 (two-tier local government: no district level, district Party
 * committees dissolved) to 22/11/2025, the day before Kết luận 215-KL/TW removed the district level from the text:
 * province ≥ 1 day a month, commune ≥ 2.
 */
export const QD11_2019_TWO_TIER_RULES: RuleSet = {
  ...QD11_BASE,
  id: "qd11-2019-hai-cap",
  title: "Quy định 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị (từ 01/7/2025, không còn cấp huyện)",
  effectiveFrom: "2025-07-01",
  effectiveTo: "2025-11-22",
  sessionFrequency: QD11_2019_RULES.sessionFrequency.filter((f) => f.level !== "district"),
};

/**
 * Quy định 11-QĐi/TW as amended by Kết luận 215-KL/TW of 23/11/2025: the district level is gone; province
 * ≥ 1 day a month, commune ≥ 2; the fixed reception time must be announced.
 */
export const QD11_KL215_RULES: RuleSet = {
  ...QD11_BASE,
  id: "qd11-kl215-2025",
  title: "Quy định 11-QĐi/TW, sửa đổi theo Kết luận 215-KL/TW ngày 23/11/2025 của Bộ Chính trị",
  effectiveFrom: "2025-11-23",
  sessionFrequency: [
    {
      level: "province",
      headLabel: "Người đứng đầu cấp ủy cấp tỉnh",
      minDays: 1,
      per: "month",
      source: QD11_KL215.frequency,
    },
    {
      level: "commune",
      headLabel: "Người đứng đầu cấp ủy cấp xã",
      minDays: 2,
      per: "month",
      source: QD11_KL215.frequency,
    },
  ],
  scheduledOnlySource: QD11_KL215.frequency,
  reporting: [
    {
      id: "reportToCentral",
      label:
        "Báo cáo tình hình, kết quả tiếp dân và xử lý phản ánh, kiến nghị, khiếu nại, tố cáo (cấp tỉnh: Bộ Chính trị, Ban Bí thư, Ban Nội chính Trung ương, Ban Tuyên giáo và Dân vận Trung ương; cấp xã: bí thư, ban nội chính, ban tuyên giáo và dân vận cấp tỉnh)",
      slots: ["month", "Q1", "h1", "m9", "year", "adHoc"],
      source: QD11_KL215.reporting,
    },
    {
      id: "workingSessions",
      label: "Làm việc với người đứng đầu cấp ủy cấp dưới, thủ trưởng cơ quan, đơn vị về công tác tiếp dân",
      slots: ["Q1", "h1", "m9", "year", "adHoc"],
      source: KH97_2019.workingSessions,
    },
  ],
};

const STATE_PROVINCE: RuleSet["sessionFrequency"][number] = {
  level: "province",
  headLabel: "Chủ tịch Ủy ban nhân dân cấp tỉnh",
  minDays: 1,
  per: "month",
  source: LAWS.tcdProvince,
};

/**
 * Luật Tiếp công dân 2013, for apps serving People's Committees: province chair ≥ 1 day a month (Điều 12),
 * district chair ≥ 2 days a month (Điều 13), commune chair ≥ 1 day a week (Điều 15) — until district People's
 * Committees ended on 01/07/2025 (see {@link LUAT_TCD_2013_TWO_TIER_RULES}).
 */
export const LUAT_TCD_2013_RULES: RuleSet = {
  id: "luat-tcd-2013",
  side: "state",
  title: "Luật Tiếp công dân 2013 (42/2013/QH13)",
  effectiveFrom: "2014-07-01",
  effectiveTo: "2025-06-30",
  sessionFrequency: [
    STATE_PROVINCE,
    {
      level: "district",
      headLabel: "Chủ tịch Ủy ban nhân dân cấp huyện",
      minDays: 2,
      per: "month",
      source: LAWS.tcdDistrict,
    },
    {
      level: "commune",
      headLabel: "Chủ tịch Ủy ban nhân dân cấp xã",
      minDays: 1,
      per: "week",
      source: LAWS.tcdCommune,
    },
  ],
  scheduledOnlySource: LAWS.tcdCommune,
  adHocCriteria: adHocCriteria(LAWS.tcdAdHoc, STATE_AD_HOC_LABELS),
  adHocThresholds: THRESHOLDS,
  routing: STATE_ROUTING,
  reporting: [],
  advisers: [],
};

/**
 * Luật Tiếp công dân 2013 under two-tier local government, 01/07/2025 – 30/06/2026: no district level; province
 * chair ≥ 1 day a month, commune chair ≥ 1 day a week.
 */
export const LUAT_TCD_2013_TWO_TIER_RULES: RuleSet = {
  ...LUAT_TCD_2013_RULES,
  id: "luat-tcd-2013-hai-cap",
  title: "Luật Tiếp công dân 2013 (42/2013/QH13), chính quyền địa phương hai cấp từ 01/7/2025",
  effectiveFrom: "2025-07-01",
  effectiveTo: "2026-06-30",
  sessionFrequency: LUAT_TCD_2013_RULES.sessionFrequency.filter((f) => f.level !== "district"),
};

const { effectiveTo: _twoTierEnd, ...TCD_BASE } = LUAT_TCD_2013_TWO_TIER_RULES;

/**
 * Luật Tiếp công dân 2013 as amended by Luật 136/2025/QH15, from 01/07/2026: province chair ≥ 1 day a month,
 * commune chair ≥ 2 days a month (instead of 1 day a week).
 */
export const LUAT_TCD_136_2025_RULES: RuleSet = {
  ...TCD_BASE,
  id: "luat-tcd-136-2025",
  title: "Luật Tiếp công dân 2013, sửa đổi theo Luật 136/2025/QH15",
  effectiveFrom: "2026-07-01",
  sessionFrequency: [
    // The province chair's clause is not among those Luật 136/2025/QH15 amends (as far as read), but from 01/07/2026 it
    // is a clause of the law as amended, and a document cites it so (review s17s F10).
    {
      ...STATE_PROVINCE,
      source: {
        ...STATE_PROVINCE.source,
        document: "Luật Tiếp công dân 2013 (42/2013/QH13), sửa đổi, bổ sung theo Luật 136/2025/QH15",
      },
    },
    {
      level: "commune",
      headLabel: "Chủ tịch Ủy ban nhân dân cấp xã",
      minDays: 2,
      per: "month",
      source: LUAT_136_2025.communeChair,
    },
  ],
  scheduledOnlySource: LUAT_136_2025.scheduledOnly,
};

/** Every bundled rule set, oldest first within each side. Frozen, with everything they hold: copy one to change it. */
export const RULE_SETS: readonly RuleSet[] = deepFreeze([
  QD11_2019_RULES,
  QD11_2019_TWO_TIER_RULES,
  QD11_KL215_RULES,
  LUAT_TCD_2013_RULES,
  LUAT_TCD_2013_TWO_TIER_RULES,
  LUAT_TCD_136_2025_RULES,
]);
