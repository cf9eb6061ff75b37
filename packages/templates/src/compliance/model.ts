import type { Cutoff, IsoDate, PeriodKind } from "@tiepdan/core";
import type { ReportVoice } from "../report/model.js";

/** The four kinds of breach a compliance report lists (issue 7; DESIGN.md "Report semantics"). */
export type ComplianceCategory = "sessions" | "adHoc" | "deadline" | "route";

/** One breach, with the clause it breaches. Never holds a sender's identity or a denunciation's content. */
export interface ComplianceFinding {
  /** Kind of breach. */
  category: ComplianceCategory;
  /** Unit concerned (its name). */
  unit: string;
  /** What it is about: a month ("tháng 02/2026") or a case (`Mã số`). */
  subject: string;
  /** Kinds and field of the case ("Khiếu nại — Đất đai"); "" for a month. */
  detail: string;
  /** What is wrong, in Vietnamese. */
  what: string;
  /** The clause breached, e.g. "khoản 1 Điều 4 Quy định 11-QĐi/TW". */
  clause: string;
  /** `false` when the clause number could not be checked against the text (the citation says so). */
  verified: boolean;
}

/** Session compliance of one unit's head over the period's months. */
export interface UnitSessionSummary {
  /** Unit name. */
  unit: string;
  /** Its head. */
  head: string;
  /** Months judged (ended by the as-of date). */
  months: number;
  /** Scheduled days held in them. */
  days: number;
  /** Minimum days; null when no rule sets one for the level. */
  required: number | null;
  /** Months below the minimum. */
  monthsShort: number;
}

/** Everything the compliance report prints: plain JSON, built by `buildComplianceModel` of `@tiepdan/reporting`. */
export interface ComplianceModel {
  /** Format marker. */
  format: "tiepdan-compliance@1";
  /** Whose voice the document speaks in, and whose reception it judges (the profile's side). */
  voice: ReportVoice;
  /**
   * Why the heads' scheduled reception is not judged ("" when it is): no sessions register, no session of the
   * profile's side, or no known reporting unit. Printed in place of the sessions table.
   */
  sessionsNotJudged: string;
  /** Why the ad hoc triggers are not checked ("" when they are): no sessions register to check them against. */
  adHocNotJudged: string;
  /** The reporting unit. */
  unit: {
    /** Name. */
    name: string;
    /** Who reports. */
    reporter: string;
  };
  /** The period. */
  period: {
    spec: string;
    kind: PeriodKind;
    label: string;
    from: IsoDate;
    to: IsoDate;
    cutoff: Cutoff;
    asOf: IsoDate;
  };
  /** Cases judged (received in the period, and those carried over for deadlines falling in it). */
  casesChecked: number;
  /** Per-unit session summary. */
  units: UnitSessionSummary[];
  /** Findings per category, in the order sessions, adHoc, deadline, route. */
  findings: Record<ComplianceCategory, ComplianceFinding[]>;
  /** How the checks read the registers, and what they could not judge. */
  notes: string[];
  /** Notes printed at the top of a draft. */
  draftNotes: string[];
}
