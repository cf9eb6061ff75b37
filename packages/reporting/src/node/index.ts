/**
 * `@tiepdan/reporting/node` — intake from file paths and Node streams. A CSV register is streamed with
 * bounded memory (the set of ids already seen is the only state that grows with the file); JSON, NDJSON and
 * XLSX are read whole, XLSX through `@tiepdan/reporting/xlsx`, loaded only when needed.
 *
 * @packageDocumentation
 */
import type { Case, ReceptionSession } from "@tiepdan/core";
import { createReading } from "../intake/_lib/createReading.js";
import { checkReadArguments, checkRegisterOptions, validateOptionsOf } from "../intake/_lib/openTable.js";
import type { IntakeCollected, IntakeReading, ReadCasesOptions, ReadSessionsOptions } from "../intake/types.js";
import { fileEvents, streamEvents } from "./_openEvents.js";

/** Options of {@link readCasesFile} and {@link readCasesStream}: those of `readCases`; the XLSX reader is supplied. */
export type ReadCasesFileOptions = ReadCasesOptions;
/** Options of {@link readSessionsFile} and {@link readSessionsStream}. */
export type ReadSessionsFileOptions = ReadSessionsOptions;

function checkPath(call: string, path: unknown): void {
  if (typeof path !== "string" || path === "") throw new TypeError(`${call}: path must be a non-empty string`);
}

function checkStream(call: string, stream: unknown): void {
  if (typeof stream !== "object" || stream === null || !(Symbol.asyncIterator in stream)) {
    throw new TypeError(`${call}: stream must be an async iterable of Uint8Array or string chunks (a Node Readable)`);
  }
}

/**
 * Reads a cases register from a file. CSV is streamed; the format comes from the extension or the content.
 * A file that cannot be opened (missing, unreadable) rejects the iteration with the Node error.
 *
 * @param path - the register's path (`.csv`, `.tsv`, `.txt`, `.json`, `.ndjson`, `.jsonl`, `.xlsx`)
 * @param options - as for `readCases` (the file name is the path's)
 * @returns a reading: iterate it for the accepted cases; `rows` and `problems` are final at the end
 * @throws {TypeError} when `path` is not a non-empty string
 * @example
 * // createStats, addCase and resolvePeriod come from @tiepdan/core
 * const stats = createStats({ period: resolvePeriod("2026-Q1") });
 * const reading = readCasesFile("so-theo-doi-don.csv");
 * for await (const c of reading) addCase(stats, c);
 * reading.rows; //=> { read: 1000000, accepted: 999998, rejected: 2 } (a register of a million rows, two rejected)
 */
export function readCasesFile(path: string, options: ReadCasesFileOptions = {}): IntakeReading<Case> {
  checkPath("readCasesFile", path);
  checkReadArguments("readCasesFile", "", options);
  checkRegisterOptions("readCasesFile", "cases", options);
  const sessionIds = options.sessionIds === undefined ? undefined : new Set(options.sessionIds);
  return createReading<Case>(
    "readCasesFile",
    () =>
      fileEvents("cases", path, options, validateOptionsOf(options, sessionIds ? { sessionIds } : {}), "readCasesFile"),
    options.onProblem,
  );
}

/**
 * Reads a sessions register from a file, as {@link readCasesFile} reads cases.
 *
 * @param path - the register's path
 * @param options - as for `readSessions`
 * @returns a reading: iterate it for the accepted sessions
 * @throws {TypeError} when `path` is not a non-empty string
 * @example
 * const { records } = await collectReading(readSessionsFile("buoi-tiep-dan.xlsx"));
 */
export function readSessionsFile(path: string, options: ReadSessionsFileOptions = {}): IntakeReading<ReceptionSession> {
  checkPath("readSessionsFile", path);
  checkReadArguments("readSessionsFile", "", options);
  checkRegisterOptions("readSessionsFile", "sessions", options);
  return createReading<ReceptionSession>(
    "readSessionsFile",
    () => fileEvents("sessions", path, options, validateOptionsOf(options), "readSessionsFile"),
    options.onProblem,
  );
}

/**
 * Reads a cases register from a stream of bytes or text (a Node `Readable`, a web `ReadableStream` in Node,
 * any async iterable of chunks). CSV is parsed as it arrives.
 *
 * @param stream - the chunks of the file
 * @param options - as for `readCases`; give `fileName` or `format` when the content is not CSV
 * @returns a reading: iterate it for the accepted cases
 * @throws {TypeError} when `stream` is not an async iterable
 * @example
 * const reading = readCasesStream(process.stdin, { format: "csv" });
 * for await (const c of reading) console.log(c.id);
 */
export function readCasesStream(
  stream: AsyncIterable<Uint8Array | string>,
  options: ReadCasesFileOptions = {},
): IntakeReading<Case> {
  checkStream("readCasesStream", stream);
  checkReadArguments("readCasesStream", "", options);
  checkRegisterOptions("readCasesStream", "cases", options);
  const sessionIds = options.sessionIds === undefined ? undefined : new Set(options.sessionIds);
  return createReading<Case>(
    "readCasesStream",
    () =>
      streamEvents(
        "cases",
        stream,
        options,
        validateOptionsOf(options, sessionIds ? { sessionIds } : {}),
        "readCasesStream",
      ),
    options.onProblem,
  );
}

/**
 * Reads a sessions register from a stream, as {@link readCasesStream} reads cases.
 *
 * @param stream - the chunks of the file
 * @param options - as for `readSessions`
 * @returns a reading: iterate it for the accepted sessions
 * @throws {TypeError} when `stream` is not an async iterable
 * @example
 * const reading = readSessionsStream(createReadStream("buoi-tiep.csv"));
 * for await (const s of reading) console.log(s.date);
 */
export function readSessionsStream(
  stream: AsyncIterable<Uint8Array | string>,
  options: ReadSessionsFileOptions = {},
): IntakeReading<ReceptionSession> {
  checkStream("readSessionsStream", stream);
  checkReadArguments("readSessionsStream", "", options);
  checkRegisterOptions("readSessionsStream", "sessions", options);
  return createReading<ReceptionSession>(
    "readSessionsStream",
    () => streamEvents("sessions", stream, options, validateOptionsOf(options), "readSessionsStream"),
    options.onProblem,
  );
}

/**
 * Reads a whole register file into memory: the accepted records, the row counts and the problems.
 *
 * @param reading - a reading from {@link readCasesFile}, {@link readSessionsFile} or a stream reader
 * @returns the records with the outcome
 * @example
 * const { records, rows, problems } = await collectReading(readCasesFile("so.csv"));
 */
export async function collectReading<T>(reading: IntakeReading<T>): Promise<IntakeCollected<T>> {
  const records: T[] = [];
  for await (const r of reading) records.push(r);
  return { records, ...(await reading.result()) };
}
export * from "./fonts.js";
