import type { FormMeasures } from "./measures.js";
import { lackingFields, SESSIONS_MEASURES } from "./measures.js";
import type { FormColumn, FormDefinition, FormHeaderNode } from "./types.js";

/** A unit's row (or the total) to fill, with the measures counted for it. */
export interface FormRowInput {
  /** Row label: the unit's name, or "Tổng". */
  label: string;
  /** The measures of the unit. */
  measures: Readonly<FormMeasures>;
  /** The total row (printed bold; in a workbook its cells are formulas over the unit rows). */
  total?: boolean;
  /** A unit a roll-up has no numbers of: every cell blank, not zero. */
  unreported?: boolean;
}

/** A numbered column left blank, and why. */
export interface BlankColumn {
  /** Form code, e.g. `02/XLD`. */
  form: string;
  /** Column number. */
  number: number;
  /** Header text of the column. */
  label: string;
  /** Why the registers cannot fill it (Vietnamese). */
  reason: string;
}

/** A form filled for the rows of a report. */
export interface FilledForm {
  /** The definition. */
  form: FormDefinition;
  /** The numbered columns, left to right. */
  leaves: FormColumn[];
  /** Rows; `values` has one entry per leaf, `null` for a blank cell. */
  rows: { label: string; total: boolean; values: (number | null)[] }[];
  /** The columns left blank, with their reasons. */
  blanks: BlankColumn[];
}

/** Labels of register columns the form measures may need. */
const FIELD_LABELS: Record<string, string> = {
  filingCount: "Lần",
  sessionId: "Buổi tiếp",
  status: "Trạng thái",
  resultOn: "Ngày có kết quả",
  acceptedOn: "Ngày thụ lý",
  field: "Lĩnh vực",
  route: "Hướng xử lý",
};

/**
 * The numbered columns of a form, left to right.
 *
 * @param header - a form's header tree
 * @returns its leaves in order
 * @example
 * listFormColumns(TT06_2025_02_XLD.header).length //=> 25
 */
export function listFormColumns(header: readonly FormHeaderNode[]): FormColumn[] {
  return header.flatMap((n) => ("children" in n ? listFormColumns(n.children) : [n]));
}

/** Options of {@link fillForm}. */
export interface FillFormOptions {
  /**
   * Whether the registers include a sessions register (default: yes). Without one, the columns counted from it (the
   * head's sessions, days and people received) are blank with that reason, and so are the totals they add to.
   */
  sessionsRegister?: boolean;
}

/**
 * Fills a form from the measures of each row: a measure column takes the measure, a formula column the sum of
 * its columns (blank when all of them are, or when one is blank for want of a register column), a column the registers cannot fill stays blank and is listed with
 * its reason — as is a measure column whose register column is missing from some register.
 *
 * @param form - the definition
 * @param rows - the total row and one row per unit, in print order
 * @param recordedFields - the fields every cases register has a column for (`null`: all of them)
 * @param options - whether there is a sessions register
 * @returns the filled form
 * @throws {RangeError} when a formula names a column the form does not have
 * @example
 * const measures = { ...emptyFormMeasures(), "processing.carriedOver": 3, "processing.received": 17 };
 * const filled = fillForm(TT01_2024_01_XLD, [{ label: "Tổng", measures, total: true }], null);
 * filled.rows[0].values[2] //=> 17 (column 3, "Tiếp nhận trong kỳ": processing.received)
 * filled.rows[0].values[0] //=> 20 (column 1 = 2+3: carried over + received)
 * // 02/XLD of TT 06/2025 has no column for the letters received alone: its column 1 is carried over + received
 * fillForm(TT06_2025_02_XLD, [{ label: "Tổng", measures, total: true }], null).rows[0].values[0] //=> 20
 */
export function fillForm(
  form: FormDefinition,
  rows: readonly FormRowInput[],
  recordedFields: readonly string[] | null,
  options: FillFormOptions = {},
): FilledForm {
  const leaves = listFormColumns(form.header);
  const byNumber = new Map(leaves.map((l) => [l.number, l]));
  const blanks: BlankColumn[] = [];
  const missingReason = (column: FormColumn): string | null => {
    const fill = column.fill;
    if (!("measure" in fill || "measures" in fill)) return null;
    const measures = "measure" in fill ? [fill.measure] : fill.measures;
    if (options.sessionsRegister === false && measures.some((x) => SESSIONS_MEASURES.has(x)))
      return "chưa có sổ theo dõi buổi tiếp công dân";
    const lacking = lackingFields(measures, recordedFields);
    return lacking.length === 0
      ? null
      : `sổ theo dõi đơn không có cột ${lacking.map((f) => `“${FIELD_LABELS[f] ?? f}”`).join(", ")}`;
  };
  const missing = new Set<number>();
  for (const column of leaves) {
    const lacking = missingReason(column);
    if (lacking !== null) missing.add(column.number);
    const reason = "blank" in column.fill ? column.fill.blank : lacking;
    if (reason !== null) blanks.push({ form: form.code, number: column.number, label: column.label, reason });
    if ("sum" in column.fill) {
      for (const n of column.fill.sum) {
        if (!byNumber.has(n))
          throw new RangeError(`fillForm: ${form.id} column ${column.number} sums a column ${n} it does not have`);
      }
    }
  }
  const blankNumbers = new Set(blanks.map((b) => b.number));
  const cellValue = (column: FormColumn, measures: Readonly<FormMeasures>, seen: Set<number>): number | null => {
    if (blankNumbers.has(column.number)) return null;
    const fill = column.fill;
    if ("measure" in fill) return measures[fill.measure];
    if ("measures" in fill) return fill.measures.reduce((a, x) => a + measures[x], 0);
    if ("blank" in fill) return null;
    if (seen.has(column.number)) throw new RangeError(`fillForm: ${form.id} column ${column.number} sums itself`);
    const parts = fill.sum.map((n) =>
      cellValue(byNumber.get(n) as FormColumn, measures, new Set([...seen, column.number])),
    );
    return parts.every((p) => p === null) ? null : parts.reduce<number>((a, p) => a + (p ?? 0), 0);
  };
  // A formula column is blank when a part is blank for want of a register column (its total would be short: the
  // registers may hold what that part counts), or when all its parts are blank.
  const sumsMissing = (column: FormColumn, seen: Set<number>): number | undefined => {
    if (!("sum" in column.fill) || seen.has(column.number)) return undefined;
    for (const n of column.fill.sum) {
      if (missing.has(n)) return n;
      const deeper = sumsMissing(byNumber.get(n) as FormColumn, new Set([...seen, column.number]));
      if (deeper !== undefined) return deeper;
    }
    return undefined;
  };
  for (const column of leaves) {
    const short = blankNumbers.has(column.number) ? undefined : sumsMissing(column, new Set());
    if (short !== undefined) {
      blanks.push({
        form: form.code,
        number: column.number,
        label: column.label,
        reason: `cột (${short}) cộng vào để trống vì ${blanks.find((b) => b.number === short)?.reason ?? "sổ thiếu cột"}`,
      });
      blankNumbers.add(column.number);
    }
  }
  for (const column of leaves) {
    if ("sum" in column.fill && !blankNumbers.has(column.number)) {
      const zero = Object.fromEntries(Object.keys(rows[0]?.measures ?? {}).map((k) => [k, 0])) as FormMeasures;
      if (cellValue(column, zero, new Set()) === null) {
        blanks.push({
          form: form.code,
          number: column.number,
          label: column.label,
          reason: "các cột cộng vào đều để trống",
        });
      }
    }
  }
  const blankAfter = new Set(blanks.map((b) => b.number));
  return {
    form,
    leaves,
    rows: rows.map((r) => ({
      label: r.label,
      total: r.total === true,
      values: leaves.map((l) =>
        r.unreported || blankAfter.has(l.number) ? null : cellValue(l, r.measures, new Set()),
      ),
    })),
    blanks: blanks.sort((a, b) => a.number - b.number),
  };
}

/** A formula of a form that the filled numbers do not satisfy, on one row. */
export interface FormulaGap {
  /** Form code, e.g. `02/XLD`. */
  form: string;
  /** Row label. */
  row: string;
  /** The column whose formula fails. */
  number: number;
  /** Its value. */
  value: number;
  /** The printed parts that do not add up to it, e.g. `7+8`, and their sum. */
  parts: string;
  /** Their sum. */
  sum: number;
}

/**
 * The printed equalities of a filled form ("6=7+8=9+10+11") that its numbers break, on the rows given: a column
 * filled from a measure whose parts, all filled, add up to something else — rows whose `Lần` or other cell is blank
 * are in the total but in none of its parts. Formulas with a blank part or "..", and blank columns, are not checked.
 *
 * @param filled - a filled form
 * @returns one gap per broken equality and row
 * @example
 * formulaGaps(fillForm(TT06_2025_02_XLD, rows, fields)) //=> [{ form: "02/XLD", row: "Tổng", number: 6, value: 10, parts: "7+8", sum: 9 }]
 */
export function formulaGaps(filled: FilledForm): FormulaGap[] {
  const out: FormulaGap[] = [];
  const at = new Map(filled.leaves.map((l, i) => [l.number, i]));
  for (const row of filled.rows) {
    for (const [i, leaf] of filled.leaves.entries()) {
      const value = row.values[i];
      if (leaf.formula === undefined || value === null || value === undefined || leaf.formula.includes("..")) continue;
      for (const group of leaf.formula.split("=")) {
        const parts = group.split("+").map((n) => row.values[at.get(Number(n)) ?? -1]);
        if (parts.some((p) => p === null || p === undefined)) continue;
        const sum = (parts as number[]).reduce((a, b) => a + b, 0);
        if (sum !== value)
          out.push({ form: filled.form.code, row: row.label, number: leaf.number, value, parts: group, sum });
      }
    }
  }
  return out;
}
