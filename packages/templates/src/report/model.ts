import type { CaseKind, Cutoff, IsoDate, IsoMonth, PeriodKind, Route } from "@tiepdan/core";

/**
 * A column of a statistical table. A column with `children` is a group: its label spans its children in the first
 * header row and the children sit in the second (two levels at most, as in the forms of TT 02/2021/TT-TTCP and
 * TT 01/2024/TT-TTCP).
 */
export interface StatColumn {
  /** Header text. */
  label: string;
  /** Sub-columns; absent for a leaf. */
  children?: StatLeafColumn[];
}

/** A column without sub-columns. */
export interface StatLeafColumn {
  /** Header text. */
  label: string;
}

/** One row of a statistical table: a label and one value per leaf column. */
export interface StatRow {
  /** Row label, e.g. a unit's name or "Tổng số". */
  label: string;
  /** One value per leaf column, in order; `null` prints as an empty cell. */
  values: (number | null)[];
  /** A total row, printed bold. */
  total?: boolean;
}

/**
 * A statistical table of the report's appendices, shared by the document template and the XLSX workbook so
 * that both show the same numbers.
 */
export interface StatTable {
  /** Stable id, also the workbook sheet's name source, e.g. `xu-ly-don`. */
  id: string;
  /** Appendix title, e.g. "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN". */
  title: string;
  /** Short sheet name for a workbook (≤ 31 characters, no `[]:*?/\`). */
  sheetName: string;
  /** Header of the first column, e.g. "Đơn vị". */
  rowHeader: string;
  /** Columns after the first; leaves in order define `StatRow.values`. */
  columns: StatColumn[];
  /** Column numbers and formulas under the header ("MS" row), one per leaf, e.g. "1=2+3"; absent to omit the row. */
  columnCodes?: string[];
  /**
   * A header of more than two levels (an official form's header tree), row by row, the row-label cell first:
   * when present it is printed instead of the header made from `columns` (whose leaves still give the widths).
   */
  headerGrid?: { label: string; colspan: number; rowspan: number }[][];
  /** The rows. */
  rows: StatRow[];
  /** Notes printed under the table: what each number means and which form the layout follows. */
  notes: string[];
}

/** A narrative section of the clerk's text file (DESIGN.md: `## Heading` lines, blank-line-separated paragraphs). */
export interface NarrativeSection {
  /** Heading as the clerk wrote it. */
  heading: string;
  /** Paragraphs, inserted as text. */
  paragraphs: string[];
}

/** A unit whose head received citizens on fewer days than the minimum (see `ReportModel.sessions.unitsShort`). */
export interface ReportUnitShort {
  /** The unit's name, as the org file writes it. */
  name: string;
  /** The months judged below the minimum. */
  months: IsoMonth[];
  /** Days missing in those months, in all. */
  shortfall: number;
  /**
   * When some of those months are judged under a weekly minimum (a commune's People's Committee chair until
   * 30/06/2026, Luật Tiếp công dân 2013 Điều 15): those months, with the weeks short and the minimum per week, and the
   * months judged by days (`null` when none; they come after the weekly ones). Absent: every month is judged by days
   * (a model built before this field).
   */
  byWeeks?: {
    days: { months: IsoMonth[]; shortfall: number } | null;
    months: IsoMonth[];
    weeks: number;
    perWeek: number;
  };
}

/** A month of session compliance. */
export interface ReportComplianceMonth {
  /** `YYYY-MM`. */
  month: IsoMonth;
  /** Distinct days of scheduled sessions of the reporting unit's head. */
  days: number;
  /** Minimum days (null when no rule sets one). */
  required: number | null;
}

/** The words a document uses for its side's bodies and heads. */
export interface ReportVoice {
  /** `party` or `state`. */
  profile: "party" | "state";
  /** The heads whose reception is reported, e.g. "người đứng đầu cấp ủy các cấp", "Chủ tịch Ủy ban nhân dân các cấp". */
  heads: string;
  /** The reception, e.g. "tiếp dân" (QĐ 11) or "tiếp công dân" (Luật Tiếp công dân). */
  reception: string;
}

/** A count with its label, for lists such as cases by field. */
export interface LabelledCount {
  /** Label as printed. */
  label: string;
  /** Count. */
  count: number;
}

/** A case past a statutory deadline, listed without any identity. */
export interface OverdueItem {
  /** `Mã số`. */
  id: string;
  /** `Ngày tiếp nhận`. */
  receivedOn: IsoDate;
  /** Kinds, in Vietnamese, e.g. "Khiếu nại". */
  kinds: string;
  /** `Lĩnh vực` ("" when not recorded). */
  field: string;
  /** `Đơn vị`. */
  unit: string;
  /** The deadlines missed, e.g. "Thông báo bằng văn bản (hạn 15/01/2026)". */
  missed: string[];
}

/** One row of the case register appendix. */
export interface RegisterRow {
  /** `Mã số`. */
  id: string;
  /** `Ngày tiếp nhận`. */
  receivedOn: IsoDate;
  /** Kinds in Vietnamese. */
  kinds: string;
  /** `Lĩnh vực`. */
  field: string;
  /** Sender, or the withheld marker for a denunciation (unless identities are revealed). */
  sender: string;
  /** Address, or the withheld marker. */
  address: string;
  /** People. */
  people: number;
  /** Content, or "Tố cáo về lĩnh vực …" for a denunciation. */
  content: string;
  /** Recorded route in Vietnamese ("" when not recorded). */
  route: string;
  /** `Cơ quan xử lý`. */
  handlingBody: string;
  /** Result date or status in Vietnamese. */
  result: string;
  /** `Đơn vị`. */
  unit: string;
  /** Whether identity fields were withheld in this row. */
  withheld: boolean;
}

/** Comparison with the same period of the previous year. */
export interface ReportComparison {
  /** Label of the earlier period, e.g. "quý I năm 2025". */
  label: string;
  /** Its range. */
  from: IsoDate;
  /** Its range. */
  to: IsoDate;
  /** Cases received then. */
  casesTotal: number;
  /** Group cases then. */
  casesGroup: number;
  /** Sessions held then. */
  sessionsHeld: number;
  /** People received at sessions then. */
  sessionsPeople: number;
  /** Complaints received then (cases with the kind; a case may have several kinds). */
  complaints: number;
  /** Denunciations received then. */
  denunciations: number;
}

/** The letters of one kind within the unit's competence and what became of them (Biểu 03/GQKN, 04/GQTC). */
export interface ReportSettlementKind {
  /** Letters within competence processed in the period (column 1 of the form, column 6 or 12 of 02/XLD). */
  competent: number;
  /** Accepted for settlement (`Ngày thụ lý`), not withdrawn; `null` when a register lacks the columns. */
  accepted: number | null;
  /** Neither accepted nor settled: the conditions still examined; `null` when a register lacks the columns. */
  pending: number | null;
  /** Decisions or conclusions issued in the period (column 7); `null` when a register lacks the columns. */
  decided: number | null;
  /** Withdrawn; `null` when a register lacks the columns. */
  withdrawn: number | null;
}

/**
 * Receiving, classifying and processing letters, as Biểu 02/XLD of Thông tư 06/2025/TT-TTCP counts them (part II.2
 * of Mẫu số 02): the numbers of the form attached, so that the text and the form agree. A split is `null` when a
 * register lacks the column it needs (`Lần`, `Lĩnh vực`), as the form leaves it blank.
 */
export interface ReportProcessing {
  /** Letters carried over from the previous period (part of column 1). */
  carriedOver: number;
  /** Letters received in the period (part of column 1). */
  received: number;
  /** Letters processed (column 2). */
  processed: number;
  /** Letters eligible for processing (column 3 = 4 + 23). */
  eligible: number;
  /** Letters within competence (column 4 = 6 + 12 + 19). */
  competent: number;
  /** Complaints within competence (columns 6–11). */
  complaint: {
    total: number;
    first: number | null;
    second: number | null;
    land: number | null;
    policy: number | null;
    other: number | null;
  };
  /** Denunciations within competence (columns 12–18). */
  denunciation: {
    total: number;
    first: number | null;
    repeat: number | null;
    administrative: number | null;
    corruption: number | null;
    judicial: number | null;
    other: number | null;
  };
  /** Petitions and reflections within competence (columns 19–22). */
  petition: { total: number; policy: number | null; land: number | null; other: number | null };
  /** Letters outside competence (column 23 = 24 + 25). */
  notCompetent: number;
  /** … of which the sender was guided (column 24). */
  guided: number;
  /** … of which were transferred (column 25). */
  transferred: number;
}

/**
 * Everything the periodic report prints, built from core's statistics (`buildReportModel` in
 * `@tiepdan/reporting`): plain JSON, numbers unformatted; the template formats them.
 */
export interface ReportModel {
  /** Format marker. */
  format: "tiepdan-report@1";
  /**
   * Whose voice the document speaks in: the Party profile speaks of Party committees and their secretaries
   * (QĐ 11-QĐi/TW), the State profile of People's Committees and their chairs (Luật Tiếp công dân).
   */
  voice: ReportVoice;
  /** The reporting unit. */
  unit: {
    /** Name, e.g. "Tỉnh ủy Minh Sơn". */
    name: string;
    /** Its head, e.g. "Bí thư Tỉnh ủy". */
    headTitle: string;
    /** Level, e.g. `province`. */
    level: string;
    /** Who reports, e.g. "Ban Thường vụ Tỉnh ủy Minh Sơn". */
    reporter: string;
  };
  /** The period. */
  period: {
    /** Canonical spec. */
    spec: string;
    /** Kind. */
    kind: PeriodKind;
    /** Label, e.g. "quý I năm 2026". */
    label: string;
    /** Data range. */
    from: IsoDate;
    /** Data range. */
    to: IsoDate;
    /** Cutoff. */
    cutoff: Cutoff;
    /** As-of date of results and deadlines. */
    asOf: IsoDate;
  };
  /** The text the report rests on (rule set in force at the period's end), e.g. QĐ 11 as amended by KL 215. */
  basis: string;
  /** Rows of the registers. */
  rows: {
    /** Rows read. */
    read: number;
    /** Rows accepted. */
    accepted: number;
    /** Rows rejected and left out of the numbers (only with `--allow-partial`). */
    rejected: number;
    /** Register files read. */
    files: number;
  };
  /**
   * The units whose numbers a roll-up lacks (they sent no statistics file and no part counted a row of theirs, and
   * the clerk went on with `--allow-partial`): their names, said under the data range; empty otherwise.
   */
  unreported: string[];
  /** Narrative from the clerk's file. */
  narrative: {
    /** Paragraphs before the first heading. */
    intro: string[];
    /** The section on leadership and direction (heading mentions "lãnh đạo" or "chỉ đạo"), placed first. */
    leadership: NarrativeSection | null;
    /**
     * Mẫu số 02 only: the sections on the situation of complaints and denunciations and on its causes (headings
     * starting "Tình hình khiếu nại…", "Nguyên nhân…"), placed in part I; empty otherwise.
     */
    situation: NarrativeSection[];
    /** The other sections, in file order, placed after the results. */
    others: NarrativeSection[];
  };
  /**
   * Settlement of complaints and denunciations within competence, for the outline of Mẫu số 02 (Thông tư
   * 06/2025/TT-TTCP); `null` in other reports, and when the registers lack `Hướng xử lý`.
   */
  settlement: { complaint: ReportSettlementKind; denunciation: ReportSettlementKind } | null;
  /**
   * Receiving, classifying and processing letters (Biểu 02/XLD), for part II.2 of the outline of Mẫu số 02; `null`
   * in other reports, and when the registers lack `Hướng xử lý` (nothing then tells a processed letter).
   */
  processing: ReportProcessing | null;
  /** Roman numerals of the top-level parts: the results part, then each narrative section after it. */
  outline: {
    /**
     * `mau02`: the outline of Mẫu số 02 of Thông tư 06/2025/TT-TTCP (a State report under it) — I. the situation
     * of complaints and denunciations, II. the results (reception; receiving, classifying and processing letters;
     * settlement; State management, from the leadership section), then the narrative sections; `default` otherwise.
     */
    plan: "default" | "mau02";
    /** Numeral of the results part ("I", or "II" after the leadership section). */
    results: string;
    /** Numerals of `narrative.others`, in order. */
    others: string[];
    /** Number of the sessions appendix; `null` without a sessions register. */
    appendixSessions: number | null;
    /** Number of the appendix of cases per unit (the report's table, or the State form of handling petitions). */
    appendixCases: number | null;
    /** Number of the appendix of cases per field; `null` when the appendices are the official State forms. */
    appendixFields: number | null;
    /** Number of the overdue list appendix (after the tables), null when there is none. */
    appendixOverdue: number | null;
    /** Number of the case register appendix, null when there is none. */
    appendixRegister: number | null;
  };
  /** What the appendices are attached to, e.g. "Báo cáo số 12-BC/TU ngày 05/04/2026 của Tỉnh ủy Minh Sơn". */
  attachedTo: string;
  /** Sessions of the period. */
  sessions: {
    /** All sessions dated in the period. */
    held: number;
    /** Scheduled. */
    scheduled: number;
    /** Ad hoc. */
    adHoc: number;
    /** People received. */
    people: number;
    /** Sessions with a dialogue. */
    dialogues: number;
    /** Required scheduled days of the reporting unit's head in the months judged (null when no rule applies). */
    required: number | null;
    /** Scheduled days of the reporting unit's head in the months judged (the nominal months ended by the as-of date). */
    headDays: number;
    /** How many months are judged (those of `headDays` and `required`). */
    monthsJudged: number;
    /**
     * The minimum per week when a month judged has a weekly minimum (a commune chair's, Luật Tiếp công dân 2013 Điều 15,
     * until 30/06/2026), else null: the sentence then says the minimum is counted week by week.
     */
    perWeek?: number | null;
    /** Scheduled days of the reporting unit's head in the months not judged yet (`monthsOpen`), up to the as-of date. */
    openDays: number;
    /** Months below the minimum. */
    monthsShort: IsoMonth[];
    /**
     * The units below the reporting unit (of the profile's side) whose head fell short of the minimum in a month judged:
     * the body names them beside the reporting unit's head (review s18b F9), the appendix has their figures. Empty when
     * none is, or when the minimum is not judged.
     */
    unitsShort: ReportUnitShort[];
    /**
     * Nominal months not ended by the as-of date (the last month of a mid-month period): not judged, days may still be
     * held.
     */
    monthsOpen: IsoMonth[];
    /**
     * What the report can say of the head's scheduled reception: `judged` against a minimum; `noRule` (no minimum
     * for the unit's level); `noSessions` (the sessions register holds no session of the profile's side);
     * `noRegister` (no sessions register was given: no figure and no compliance statement); `unjudged` (no org file
     * and the sessions name several units: the reporting unit is unknown).
     */
    status: "judged" | "noRule" | "noSessions" | "noRegister" | "unjudged";
    /** Month by month. */
    months: ReportComplianceMonth[];
    /** Citation of the minimum, e.g. "Quy định 11-QĐi/TW, khoản 1 Điều 4". */
    citation: string;
    /**
     * One sentence saying which text set the minimum for which months, when the period spans a change (e.g. the
     * State commune chair's minimum changing on 01/07/2026); `null` when one text applied throughout.
     */
    rulesApplied: string | null;
  };
  /** Cases of the period (DESIGN.md "Report semantics"). */
  cases: {
    total: number;
    byKind: Record<CaseKind, number>;
    group: number;
    people: number;
    carriedOver: number;
    byRoute: Record<Route, number>;
    routeUnrecorded: number;
    resolved: number;
    /** total − resolved. */
    open: number;
    /** Absent when not counted. */
    overdue: number | null;
    /**
     * Register columns the deadlines need that a register lacks (“Ngày thông báo”, “Ngày thụ lý”): those deadlines
     * could not be judged, and the report says so beside its overdue count.
     */
    deadlineColumnsMissing: string[];
    /** By field, most frequent first. */
    byField: LabelledCount[];
    /** By channel, most frequent first. */
    byChannel: LabelledCount[];
    /** By unit, in the org file's order. */
    byUnit: LabelledCount[];
  };
  /** Same period of the previous year, when the registers cover it. */
  comparison: ReportComparison | null;
  /** The same, for the sessions: `null` when the sessions register does not reach back to the previous year. */
  sessionsComparison: ReportComparison | null;
  /** Why there is no comparison, when there is none. */
  comparisonNote: string | null;
  /** Cases past a deadline. */
  overdueItems: OverdueItem[];
  /** Appendix tables. */
  tables: StatTable[];
  /** The case register appendix; null when not asked for. */
  register: {
    /** Identities shown (internal register, marked MẬT). */
    revealIdentities: boolean;
    /** Which cases: all of the period, or only those still open at the as-of date. */
    scope: "all" | "open";
    /** Rows in order of reception. */
    rows: RegisterRow[];
  } | null;
  /** Warnings printed at the top of a draft (placeholder metadata, rows left out). */
  draftNotes: string[];
}
