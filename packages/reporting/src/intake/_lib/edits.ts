// The clerk's corrections (`ReadRegisterOptions.edits`): applied to a row's cells before the row is validated;
// those that name no data row or no column are reported back as `EDIT_NOT_APPLIED`.
import type { CellEdit } from "../types.js";
import { normalizeKey } from "./normalizeKey.js";
import type { DetailedProblem, SourceRow } from "./types.js";
import { makeProblem } from "./validateTable.js";

/** Checks the `edits` option; throws on misuse. */
export function checkEdits(call: string, edits: unknown): void {
  if (edits === undefined) return;
  if (!Array.isArray(edits)) throw new TypeError(`${call}: options.edits must be an array of { row, column, value }`);
  edits.forEach((e: unknown, i) => {
    const edit = e as Partial<CellEdit> | null;
    if (
      typeof edit !== "object" ||
      edit === null ||
      !Number.isInteger(edit.row) ||
      typeof edit.column !== "string" ||
      typeof edit.value !== "string"
    ) {
      throw new TypeError(
        `${call}: options.edits[${i}] must be { row: integer, column: string, value: string }, got ${JSON.stringify(e)}`,
      );
    }
  });
}

function collapse(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** The edits of one file, by row; remembers which were applied. */
export class Edits {
  readonly #byRow = new Map<number, CellEdit[]>();
  readonly #applied = new Set<CellEdit>();
  #all: readonly CellEdit[];
  #exact: Map<string, number> | undefined;
  #loose: Map<string, number> | undefined;
  #reported = false;

  constructor(edits: ReadonlyArray<CellEdit> | undefined) {
    this.#all = edits ?? [];
    for (const e of this.#all) this.#byRow.set(e.row, [...(this.#byRow.get(e.row) ?? []), e]);
  }

  /** The header texts of the file (as in `Problem.column`), by position. */
  setColumns(headers: readonly string[]): void {
    this.#exact = new Map();
    this.#loose = new Map();
    headers.forEach((h, i) => {
      if (h === "") return;
      if (!this.#exact?.has(h)) this.#exact?.set(h, i);
      const key = normalizeKey(h);
      if (!this.#loose?.has(key)) this.#loose?.set(key, i);
    });
  }

  #indexOf(column: string): number | undefined {
    const c = collapse(column);
    return this.#exact?.get(c) ?? this.#loose?.get(normalizeKey(c));
  }

  /** The row's cells with its edits applied (the same array when it has none). */
  apply(source: SourceRow): readonly unknown[] {
    const edits = this.#byRow.get(source.row);
    // A row whose cells could not be read (a quote never closed) has no cell to correct.
    if (!edits || (source.cells.length === 0 && source.problems?.length)) return source.cells;
    let cells: unknown[] | undefined;
    for (const e of edits) {
      const i = this.#indexOf(e.column);
      if (i === undefined) continue;
      cells ??= [...source.cells];
      while (cells.length <= i) cells.push("");
      cells[i] = e.value.normalize("NFC");
      this.#applied.add(e);
    }
    return cells ?? source.cells;
  }

  /** Problems for the edits not applied (once, at the end of the file). */
  notApplied(): Array<{ type: "problem"; problem: DetailedProblem }> {
    if (this.#reported) return [];
    this.#reported = true;
    return this.#all
      .filter((e) => !this.#applied.has(e))
      .map((e) => {
        const noColumn = this.#indexOf(e.column) === undefined;
        return {
          type: "problem" as const,
          problem: makeProblem(
            "EDIT_NOT_APPLIED",
            e.row,
            e.column,
            "",
            noColumn
              ? `Không sửa được ô “${e.column}” ở dòng ${e.row}: sổ không có cột “${e.column}”; giá trị sửa bị bỏ qua.`
              : `Không sửa được ô “${e.column}” ở dòng ${e.row}: dòng ${e.row} không phải là dòng dữ liệu của sổ (dòng trống, dòng tiêu đề hoặc dòng không đọc được); giá trị sửa bị bỏ qua.`,
            noColumn ? "tên cột đúng như ở dòng tiêu đề của sổ" : "số dòng của một dòng dữ liệu trong sổ",
          ),
        };
      });
  }
}
