import type { Case } from "@tiepdan/core";
import { createReading } from "./_lib/createReading.js";
import { checkReadArguments, checkRegisterOptions, openTable, validateOptionsOf } from "./_lib/openTable.js";
import { validateTable } from "./_lib/validateTable.js";
import type { IntakeCollected, IntakeReading, ReadCasesOptions, RegisterInput } from "./types.js";

/**
 * Reads a cases register (sổ theo dõi đơn) — CSV, JSON, NDJSON or XLSX bytes, or text — into validated
 * {@link Case} records. Bad data never throws: every problem is collected with its row, column and a
 * Vietnamese message, and each row read is either accepted or rejected (DESIGN.md "Registers", "Problems").
 *
 * The records come as an async iterable, so that a large file need not be held in memory as records;
 * `rows` and `problems` are final when the iteration ends (or call `result()`).
 *
 * @param input - the file's bytes (UTF-8, UTF-16 with BOM, Windows-1258, TCVN3 or VNI text; or an XLSX workbook) or its text
 * @param options - file name or format, CSV delimiter, XLSX sheet and reader, known session ids, column mapping,
 *   cell edits, a problem callback
 * @returns a reading: iterate it for the accepted cases
 * @throws {TypeError} when `input` is neither bytes nor text, or an XLSX workbook is given without `options.xlsx`
 * @throws {RangeError} when `options.format` or `options.delimiter` is not one of the allowed values, or
 *   `options.columns` maps a header to something that is no field of the register
 * @example
 * const reading = readCases("Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại\nMS-1;05/03/2026;Đơn thư;Tố cáo\n");
 * for await (const c of reading) c.kinds; //=> ["denunciation"]
 * reading.rows; //=> { read: 1, accepted: 1, rejected: 0 }
 */
export function readCases(input: RegisterInput, options: ReadCasesOptions = {}): IntakeReading<Case> {
  checkReadArguments("readCases", input, options);
  checkRegisterOptions("readCases", "cases", options);
  const sessionIds = options.sessionIds === undefined ? undefined : new Set(options.sessionIds);
  return createReading<Case>(
    "readCases",
    async function* () {
      const table = await openTable("cases", "readCases", input, options);
      yield* validateTable("cases", table, validateOptionsOf(options, sessionIds ? { sessionIds } : {}));
    },
    options.onProblem,
  );
}

/**
 * Reads a whole cases register into memory: the collected form of {@link readCases}, for small files.
 *
 * @param input - the file's bytes or text
 * @param options - as for {@link readCases}
 * @returns the accepted cases, the row counts and every problem
 * @throws {TypeError} on misuse, as {@link readCases}
 * @example
 * const { records, rows, problems } = await readCasesAll(bytes, { fileName: "so-theo-doi-don.csv" });
 * rows; //=> { read: 12, accepted: 11, rejected: 1 }
 * problems[0].code; //=> "DATE_INVALID"
 */
export async function readCasesAll(
  input: RegisterInput,
  options: ReadCasesOptions = {},
): Promise<IntakeCollected<Case>> {
  const reading = readCases(input, options);
  const records: Case[] = [];
  for await (const c of reading) records.push(c);
  return { records, ...(await reading.result()) };
}
