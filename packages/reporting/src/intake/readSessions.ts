import type { ReceptionSession } from "@tiepdan/core";
import { createReading } from "./_lib/createReading.js";
import { checkReadArguments, checkRegisterOptions, openTable, validateOptionsOf } from "./_lib/openTable.js";
import { validateTable } from "./_lib/validateTable.js";
import type { IntakeCollected, IntakeReading, ReadSessionsOptions, RegisterInput } from "./types.js";

/**
 * Reads a sessions register (sổ buổi tiếp dân) into validated {@link ReceptionSession} records, exactly as
 * {@link readCases} reads cases: bytes or text in, an async iterable of records out, problems as values.
 *
 * @param input - the file's bytes or text
 * @param options - file name or format, CSV delimiter, XLSX sheet and reader, a problem callback
 * @returns a reading: iterate it for the accepted sessions
 * @throws {TypeError} when `input` is neither bytes nor text, or an XLSX workbook is given without `options.xlsx`
 * @throws {RangeError} when `options.format` or `options.delimiter` is not one of the allowed values, or
 *   `options.columns` maps a header to something that is no field of the register
 * @example
 * const reading = readSessions("Mã buổi,Ngày tiếp,Loại buổi\nB1,15/01/2026,Định kỳ\n");
 * for await (const s of reading) s.kind; //=> "scheduled"
 */
export function readSessions(input: RegisterInput, options: ReadSessionsOptions = {}): IntakeReading<ReceptionSession> {
  checkReadArguments("readSessions", input, options);
  checkRegisterOptions("readSessions", "sessions", options);
  return createReading<ReceptionSession>(
    "readSessions",
    async function* () {
      yield* validateTable(
        "sessions",
        await openTable("sessions", "readSessions", input, options),
        validateOptionsOf(options),
      );
    },
    options.onProblem,
  );
}

/**
 * Reads a whole sessions register into memory: the collected form of {@link readSessions}.
 *
 * @param input - the file's bytes or text
 * @param options - as for {@link readSessions}
 * @returns the accepted sessions, the row counts and every problem
 * @throws {TypeError} on misuse, as {@link readSessions}
 * @example
 * const { records } = await readSessionsAll("Mã buổi;Ngày tiếp;Loại buổi\nB1;15/01/2026;Định kỳ\n");
 * records[0]; //=> { id: "B1", date: "2026-01-15", kind: "scheduled" }
 */
export async function readSessionsAll(
  input: RegisterInput,
  options: ReadSessionsOptions = {},
): Promise<IntakeCollected<ReceptionSession>> {
  const reading = readSessions(input, options);
  const records: ReceptionSession[] = [];
  for await (const s of reading) records.push(s);
  return { records, ...(await reading.result()) };
}
