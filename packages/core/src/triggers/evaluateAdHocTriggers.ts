import { differenceInCalendarDays, type IsoDate, isIsoDate } from "../date/plainDate.js";
import { formatVietnameseDate } from "../format/formatVietnameseDate.js";
import { ruleSetInForce } from "../rules/_ruleSetInForce.js";
import type { Case } from "../schemas/case.js";
import type { Side } from "../schemas/common.js";
import type { AdHocCriterionId, Citation, RuleSet } from "../schemas/ruleSet.js";

/** Options of {@link evaluateAdHocTriggers}. */
export interface EvaluateAdHocTriggersOptions {
  /** The day of the evaluation; needed to tell how long an open case has lasted. Never read from the clock. */
  asOf?: IsoDate;
  /** Force a rule set (otherwise the one in force on the case's `receivedOn`). */
  ruleSet?: RuleSet;
  /** Side of the rule set chosen by date; `party` by default. */
  side?: Side;
  /** People from which a case has "many participants" (default from the rule set: 5). */
  manyPeople?: number;
  /** Days open after which a case is "prolonged" (default from the rule set: 90). */
  prolongedDays?: number;
}

/** The outcome of one criterion. */
export interface CriterionResult {
  /** Criterion id. */
  id: AdHocCriterionId;
  /** Vietnamese label. */
  label: string;
  /** `true` fired, `false` did not, `null` when the register lacks the facts ("không đủ dữ liệu"). */
  fired: boolean | null;
  /** Vietnamese reason. */
  reason: string;
  /** The facts read (field → value); empty when none were available. */
  facts: Record<string, string | number | boolean>;
  /** The clause that sets the criterion. */
  source: Citation;
  /** Where the threshold used comes from (many people, days open), when one was used. */
  thresholdSource?: Citation;
}

/** Result of {@link evaluateAdHocTriggers}. */
export interface AdHocTriggers {
  /** `true` when at least one criterion fired. */
  triggered: boolean;
  /** Every criterion of the rule set, in its order. */
  criteria: CriterionResult[];
  /** Criteria that could not be judged for lack of data. */
  undetermined: AdHocCriterionId[];
  /** Id of the rule set applied. */
  ruleSetId: string;
}

const NO_DATA = "Không đủ dữ liệu";

/** The closed statuses of the register, as the clerk wrote them. */
const CLOSED_WORDS = { resolved: "“Đã giải quyết”", withdrawn: "“Rút đơn”", archived: "“Đã lưu đơn”" } as const;

/**
 * Tells whether a case calls for an ad hoc reception or dialogue by the head (QĐ 11-QĐi/TW Điều 4 k2;
 * Kế hoạch 97-KH/TU mục I.4(2)): a prominent, complex or prolonged case; many participants; the
 * responsibility of several agencies, or agencies whose opinions differ; or a risk of serious consequences
 * for political security, public order and safety.
 *
 * Every criterion is reported with its facts. A criterion whose facts the register does not hold reports
 * "không đủ dữ liệu" (`fired: null`); it never guesses.
 *
 * @param c - the case
 * @param options - `asOf`, thresholds, rule set
 * @returns whether any criterion fired, and each criterion with its reason, facts and source
 * @throws {RangeError} for a bad `asOf`, or when no bundled rule set of the side was in force on the date of
 *   receipt (Party: before 18/02/2019) and `options.ruleSet` is not given
 * @example
 * const r = evaluateAdHocTriggers(
 *   { id: "D1", receivedOn: "2026-03-02", channel: "inPerson", kinds: ["complaint"], people: 12 },
 *   { asOf: "2026-03-20" },
 * );
 * r.triggered //=> true
 * r.criteria.find((x) => x.id === "manyParticipants")?.reason //=> "Có 12 người tham gia (từ 5 người trở lên)."
 */
export function evaluateAdHocTriggers(c: Case, options: EvaluateAdHocTriggersOptions = {}): AdHocTriggers {
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) {
    throw new RangeError(`evaluateAdHocTriggers: invalid asOf ${JSON.stringify(options.asOf)}`);
  }
  const ruleSet = options.ruleSet ?? ruleSetInForce("evaluateAdHocTriggers", c.receivedOn, options.side);
  const manyPeople = options.manyPeople ?? ruleSet.adHocThresholds.manyPeople.value;
  const prolongedDays = options.prolongedDays ?? ruleSet.adHocThresholds.prolongedDays.value;

  const judge = (id: AdHocCriterionId): Omit<CriterionResult, "id" | "label" | "source"> => {
    switch (id) {
      case "prominent":
        return c.prominent === undefined
          ? { fired: null, reason: `${NO_DATA}: sổ không có cột "Nổi cộm".`, facts: {} }
          : {
              fired: c.prominent,
              reason: c.prominent ? "Vụ việc được ghi là nổi cộm." : "Vụ việc không được ghi là nổi cộm.",
              facts: { prominent: c.prominent },
            };
      case "complex":
        return c.complexity === undefined
          ? { fired: null, reason: `${NO_DATA}: sổ không có cột "Mức độ".`, facts: {} }
          : {
              fired: c.complexity !== "normal",
              reason:
                c.complexity === "normal"
                  ? "Mức độ: bình thường."
                  : `Mức độ: ${c.complexity === "complex" ? "phức tạp" : "đặc biệt phức tạp"}.`,
              facts: { complexity: c.complexity },
            };
      case "prolonged": {
        const facts: Record<string, string | number | boolean> = {};
        if (c.filingCount !== undefined) facts.filingCount = c.filingCount;
        if (c.filingCount !== undefined && c.filingCount >= 2) {
          return {
            fired: true,
            reason: `Đơn gửi lần thứ ${c.filingCount} (đã gửi nhiều lần).`,
            facts,
            thresholdSource: ruleSet.adHocThresholds.prolongedDays.source,
          };
        }
        // A case the register says is closed (settled, withdrawn, archived) with no result date: how long it lasted is
        // not known, and it is no longer open (review s17d F4: a withdrawn letter "called for" an ad hoc reception).
        const closed = c.status === "resolved" || c.status === "withdrawn" || c.status === "archived";
        if (closed && c.resultOn === undefined) {
          return {
            fired: null,
            reason: `${NO_DATA}: sổ ghi trạng thái ${CLOSED_WORDS[c.status as keyof typeof CLOSED_WORDS]} nhưng không ghi ngày có kết quả, nên không tính được thời gian kéo dài.`,
            facts: { ...facts, status: c.status as string },
            thresholdSource: ruleSet.adHocThresholds.prolongedDays.source,
          };
        }
        if (options.asOf !== undefined && options.asOf >= c.receivedOn) {
          const end = c.resultOn !== undefined && c.resultOn <= options.asOf ? c.resultOn : options.asOf;
          const days = differenceInCalendarDays(c.receivedOn, end);
          facts.daysOpen = days;
          const open = end === options.asOf && !(c.resultOn !== undefined && c.resultOn <= options.asOf);
          const fired = days > prolongedDays;
          return {
            fired,
            reason:
              `${open ? "Đến" : "Có kết quả"} ${formatVietnameseDate(end, { style: "numeric" })}, vụ việc kéo dài ${days} ngày kể từ ngày tiếp nhận ` +
              `(${fired ? "quá" : "không quá"} ${prolongedDays} ngày)${c.filingCount === undefined ? "; sổ không ghi số lần gửi đơn" : ""}.`,
            facts,
            thresholdSource: ruleSet.adHocThresholds.prolongedDays.source,
          };
        }
        // An as-of date before the receipt: the case did not exist yet on it (review s21 C19: "no asOf given").
        const why =
          options.asOf === undefined
            ? "chưa cho ngày đánh giá (asOf) để tính thời gian kéo dài"
            : `ngày đánh giá ${formatVietnameseDate(options.asOf, { style: "numeric" })} trước ngày tiếp nhận ${formatVietnameseDate(c.receivedOn, { style: "numeric" })}, vụ việc chưa phát sinh`;
        return {
          fired: c.filingCount === undefined ? null : false,
          reason:
            c.filingCount === undefined ? `${NO_DATA}: sổ không có cột "Lần" và ${why}.` : `Đơn gửi lần đầu; ${why}.`,
          facts,
          thresholdSource: ruleSet.adHocThresholds.prolongedDays.source,
        };
      }
      case "manyParticipants":
        return c.people === undefined
          ? { fired: null, reason: `${NO_DATA}: sổ không có cột "Số người".`, facts: {} }
          : {
              fired: c.people >= manyPeople,
              reason: `Có ${c.people} người tham gia (${c.people >= manyPeople ? "từ" : "dưới"} ${manyPeople} người${c.people >= manyPeople ? " trở lên" : ""}).`,
              facts: { people: c.people },
              thresholdSource: ruleSet.adHocThresholds.manyPeople.source,
            };
      case "severalAgencies": {
        if (c.relatedBodies === undefined) {
          return { fired: null, reason: `${NO_DATA}: sổ không có cột "Cơ quan liên quan".`, facts: {} };
        }
        const bodies = [
          ...new Set(
            [c.handlingBody, ...c.relatedBodies]
              .filter((b): b is string => b !== undefined)
              .map((b) => b.normalize("NFC").toLocaleLowerCase("vi")),
          ),
        ];
        return {
          fired: bodies.length >= 2,
          reason:
            bodies.length >= 2
              ? `Liên quan đến ${bodies.length} cơ quan, đơn vị.`
              : "Chỉ liên quan đến một cơ quan, đơn vị.",
          facts: { agencies: bodies.length },
        };
      }
      case "opinionsDiffer":
        return c.opinionsDiffer === undefined
          ? { fired: null, reason: `${NO_DATA}: sổ không có cột "Ý kiến khác nhau".`, facts: {} }
          : {
              fired: c.opinionsDiffer,
              reason: c.opinionsDiffer
                ? "Ý kiến các cơ quan, đơn vị còn khác nhau."
                : "Ý kiến các cơ quan, đơn vị thống nhất.",
              facts: { opinionsDiffer: c.opinionsDiffer },
            };
      case "seriousConsequences":
        return c.securityRisk === undefined
          ? { fired: null, reason: `${NO_DATA}: sổ không có cột "Nguy cơ ANCT-TTATXH".`, facts: {} }
          : {
              fired: c.securityRisk,
              reason: c.securityRisk
                ? "Có nguy cơ gây hậu quả nghiêm trọng về an ninh chính trị, trật tự, an toàn xã hội."
                : "Không ghi nhận nguy cơ về an ninh chính trị, trật tự, an toàn xã hội.",
              facts: { securityRisk: c.securityRisk },
            };
    }
  };

  const criteria = ruleSet.adHocCriteria.map((criterion): CriterionResult => {
    return { id: criterion.id, label: criterion.label, ...judge(criterion.id), source: criterion.source };
  });
  return {
    triggered: criteria.some((x) => x.fired === true),
    criteria,
    undetermined: criteria.filter((x) => x.fired === null).map((x) => x.id),
    ruleSetId: ruleSet.id,
  };
}
