import type { IsoDate } from "@tiepdan/core";
import type { FormMeasure } from "./measures.js";

/**
 * A node of a form's header tree: a group (with children) or a numbered column (a leaf). The tree is drawn as
 * merged cells: a group spans its leaves, a leaf spans down to the numbered-column row.
 */
export type FormHeaderNode = FormHeaderGroup | FormColumn;

/** A header cell over several columns. */
export interface FormHeaderGroup {
  /** Header text, as the form prints it. */
  label: string;
  /** Sub-columns, left to right. */
  children: FormHeaderNode[];
}

/**
 * How a column is filled: from one measure of the statistics, or the sum of several; as the sum of other columns of the same row (the
 * form's formula, e.g. "1=2+3"); or left blank because the registers do not carry the fact (with the reason the
 * clerk reads on stderr and in the summary JSON).
 */
export type FormFill = { measure: FormMeasure } | { measures: FormMeasure[] } | { sum: number[] } | { blank: string };

/** A numbered column of a form. */
export interface FormColumn {
  /** Header text. */
  label: string;
  /** Column number printed in the numbered-column row ("MS" row). */
  number: number;
  /** The formula printed after the number, e.g. `"2+3"` printed as "1=2+3"; several equalities allowed ("2+3=4+5"). */
  formula?: string;
  /** How the column is filled. */
  fill: FormFill;
}

/** A form of a circular (biểu mẫu), as data: adding a form or a circular version is adding one such object. */
export interface FormDefinition {
  /** Stable id, e.g. `tt06-2025/01-TCD`. */
  id: string;
  /** Form code as printed, e.g. `01/TCD`. */
  code: string;
  /** Title as printed, in capitals. */
  title: string;
  /** Short sheet name for the workbook (at most 31 characters). */
  sheetName: string;
  /** The circular the form belongs to, with its validity window (both ends inclusive). */
  circular: {
    /** e.g. "Thông tư 06/2025/TT-TTCP". */
    citation: string;
    /** First day the form is used (the circular's entry into force). */
    validFrom: IsoDate;
    /** Last day, when a later circular replaced it; absent while in force. */
    validTo?: IsoDate;
  };
  /**
   * Whether the layout was read in the circular's own appendix (`true`), or taken from another source and not
   * confirmed against the circular (`false`: docs/legal-sources.md says which source and what is in doubt).
   */
  verified: boolean;
  /** Header of the row-label column. */
  rowHeader: string;
  /** The header tree, left to right. */
  header: FormHeaderNode[];
}
