import { z } from "zod";
import { IsoDateSchema, SideSchema, TextSchema } from "./common.js";

/** Where a rule comes from: document, clause, dates, and whether we read the clause in its text. */
export const CitationSchema = z
  .object({
    /** Document name and number, e.g. "Quy định 11-QĐi/TW". */
    document: TextSchema,
    /** Clause, e.g. "Điều 4 khoản 1". */
    clause: TextSchema,
    /** Date the document was issued. */
    issuedOn: IsoDateSchema,
    /** Date the rule took effect. */
    effectiveFrom: IsoDateSchema,
    /** Short quotation of the clause in Vietnamese, when read in the text. */
    quote: TextSchema.optional(),
    /** `true` when the figure was read in the text itself; `false` when taken from a secondary source or inferred. */
    verified: z.boolean(),
    /** What is uncertain or inferred, in Vietnamese. */
    note: TextSchema.optional(),
  })
  .strict();

/** A citation of a legal source. */
export type Citation = z.infer<typeof CitationSchema>;

/** Minimum number of scheduled reception days for the head of a unit at one level. */
export const SessionFrequencyRuleSchema = z
  .object({
    /** Level id, matching `OrgUnit.level`. */
    level: TextSchema,
    /** Vietnamese name of the level's head, e.g. "Người đứng đầu cấp ủy cấp tỉnh". */
    headLabel: TextSchema,
    /** Minimum days. */
    minDays: z.number().int().min(1),
    /** Per calendar month or per week (Monday to Sunday). */
    per: z.enum(["month", "week"]),
    /** Source. */
    source: CitationSchema,
  })
  .strict();

/** A session frequency rule. */
export type SessionFrequencyRule = z.infer<typeof SessionFrequencyRuleSchema>;

/** Ids of the ad hoc reception criteria (DESIGN.md rule 2). */
export const AdHocCriterionIdSchema = z.enum([
  "prominent",
  "complex",
  "prolonged",
  "manyParticipants",
  "severalAgencies",
  "opinionsDiffer",
  "seriousConsequences",
]);
/** One ad hoc criterion id. */
export type AdHocCriterionId = z.infer<typeof AdHocCriterionIdSchema>;

/** Period slots a reporting obligation names (glossary: period kinds; `Q1` is the first quarter only). */
export const ReportingSlotSchema = z.enum(["month", "Q1", "quarter", "h1", "m9", "year", "adHoc"]);
/** One reporting slot. */
export type ReportingSlot = z.infer<typeof ReportingSlotSchema>;

/** A duty to report, or to meet subordinate heads, at given periods. */
export const ReportingObligationSchema = z
  .object({
    /** Stable id, e.g. `reportToCentral`. */
    id: TextSchema,
    /** Vietnamese description. */
    label: TextSchema,
    /** Periods it applies to. */
    slots: z.array(ReportingSlotSchema).min(1),
    /** Source. */
    source: CitationSchema,
  })
  .strict();

/** A reporting obligation. */
export type ReportingObligation = z.infer<typeof ReportingObligationSchema>;

/** Who advises the head on a matter: the lead body (chủ trì) and those that assist (phối hợp). */
export const AdviserRuleSchema = z
  .object({
    /** What the advice is on: `general`, `security` (order and safety of reception), `partyMember`. */
    matter: z.enum(["general", "security", "partyMember"]),
    /** Lead body, e.g. "Ban Nội chính". */
    lead: TextSchema,
    /** Assisting bodies. */
    assist: z.array(TextSchema),
    /** Source. */
    source: CitationSchema,
  })
  .strict();

/** An adviser rule. */
export type AdviserRule = z.infer<typeof AdviserRuleSchema>;

/**
 * A dated, cited set of rules (văn bản quy định) with a validity window: the rules in force for events
 * on or after `effectiveFrom` and, when set, up to and including `effectiveTo`.
 */
export const RuleSetSchema = z
  .object({
    /** Stable id, e.g. `qd11-2019`. */
    id: TextSchema,
    /** Whose rules: `party` or `state`. */
    side: SideSchema,
    /** Vietnamese title. */
    title: TextSchema,
    /** First day in force. */
    effectiveFrom: IsoDateSchema,
    /** Last day in force, when superseded. */
    effectiveTo: IsoDateSchema.optional(),
    /** Minimum scheduled reception days per level. */
    sessionFrequency: z.array(SessionFrequencyRuleSchema),
    /** Only scheduled sessions count toward the minimum. */
    scheduledOnlySource: CitationSchema,
    /** Ad hoc reception criteria. */
    adHocCriteria: z.array(
      z.object({ id: AdHocCriterionIdSchema, label: TextSchema, source: CitationSchema }).strict(),
    ),
    /** Default thresholds of the ad hoc criteria, with where each comes from. */
    adHocThresholds: z
      .object({
        manyPeople: z.object({ value: z.number().int().min(2), source: CitationSchema }).strict(),
        prolongedDays: z.object({ value: z.number().int().min(1), source: CitationSchema }).strict(),
      })
      .strict(),
    /** Written notice to the citizen after receipt, in working days; absent when the rule set has none. */
    notice: z
      .object({ workingDays: z.number().int().min(1), source: CitationSchema })
      .strict()
      .optional(),
    /** Sources of the routing rule's branches. */
    routing: z
      .object({
        handle: CitationSchema,
        direct: CitationSchema,
        guide: CitationSchema,
        partyMember: CitationSchema,
        anonymous: CitationSchema,
      })
      .strict(),
    /** Reporting and meeting obligations. */
    reporting: z.array(ReportingObligationSchema),
    /** Who advises the head. */
    advisers: z.array(AdviserRuleSchema),
  })
  .strict()
  .meta({ title: "RuleSet", description: "Một bộ quy tắc có trích dẫn và thời gian hiệu lực." });

/** A validated rule set. */
export type RuleSet = z.infer<typeof RuleSetSchema>;
