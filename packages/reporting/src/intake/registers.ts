import type { Case, ReceptionSession } from "@tiepdan/core";
import { REGISTERS, type RegisterKind } from "./_lib/columns.js";
import { createReading } from "./_lib/createReading.js";
import { createFixWriter } from "./_lib/fixWriter.js";
import { mergeRegisterEvents } from "./_lib/mergeRegisters.js";
import { checkReadArguments, checkRegisterOptions, openTable, validateOptionsOf } from "./_lib/openTable.js";
import { validateTable } from "./_lib/validateTable.js";
import { describeAllowed } from "./_lib/values.js";
import { isZip, sheetRegisters, type WorkbookSheets, workbookSheets } from "./_lib/workbookSheets.js";
import type {
  CorrectedRegister,
  CorrectRegisterOptions,
  ReadRegisterFilesOptions,
  RegisterColumnInfo,
  RegisterFileInput,
  RegisterFiles,
  RegisterInput,
  XlsxReader,
} from "./types.js";

function checkKind(call: string, kind: unknown): asserts kind is RegisterKind {
  if (kind !== "cases" && kind !== "sessions") {
    throw new RangeError(`${call}: kind must be "cases" or "sessions", got ${JSON.stringify(kind)}`);
  }
}

/**
 * The columns of a register kind, in DESIGN.md order: what a page offers when the clerk says which field
 * an unrecognised column holds (the `columns` option accepts each `field` and each `label`).
 *
 * @param kind - `"cases"` (sổ theo dõi đơn) or `"sessions"` (sổ buổi tiếp dân)
 * @returns each column's field, Vietnamese label, whether it is required, other headers recognised for it,
 *   what a cell may hold, and the values to choose from when the column has a closed set
 * @throws {RangeError} when `kind` is neither
 * @example
 * registerColumns("sessions")[3];
 * //=> { field: "kind", label: "Loại buổi", required: true, aliases: ["Loại"], allowed: "Định kỳ, Đột xuất",
 * //     values: ["Định kỳ", "Đột xuất"] }
 */
export function registerColumns(kind: "cases" | "sessions"): RegisterColumnInfo[] {
  checkKind("registerColumns", kind);
  return REGISTERS[kind].columns.map((c) => ({
    field: c.field,
    label: c.label,
    required: c.required,
    aliases: [...c.aliases],
    allowed: describeAllowed(c),
    ...(c.enum ? { values: Object.values(c.enum.labels) } : c.type === "bool" ? { values: ["Có", "Không"] } : {}),
  }));
}

/**
 * Reads several registers of one kind (files in memory: a browser's `File`s as bytes) and merges them as
 * `tiepdan report` does: a Mã số (Mã buổi) already accepted from an earlier file rejects the later row with
 * `ID_DUPLICATE`, rows are counted per file and in all, the fields every file has a column for are
 * intersected, and each problem keeps its file name and its “what is wrong” / “what is allowed” halves.
 * Files are read one after another; bad data never throws. A workbook holding several registers (one sheet per
 * month) is read as one register per sheet, named after the file and the sheet (“so.xlsx (trang Tháng 02)”), unless
 * the file names its sheet or comes with corrections (`edits`).
 *
 * @param kind - `"cases"` or `"sessions"`
 * @param files - each file's name, bytes (or text) and own options (format, delimiter, sheet, `columns`, `edits`)
 * @param options - the XLSX reader, the known session ids (for cases), a progress callback
 * @returns the accepted records of all files, the rows, the problems by file, the fields recorded by every
 *   file, and each file's rows, layout and fields
 * @throws {TypeError} when a file is not `{ name, data }` with bytes or text, or a workbook comes without `options.xlsx`
 * @throws {RangeError} when `kind` is unknown, or a file's options are (see {@link readCases})
 * @example
 * const cases = await readRegisterFiles<Case>("cases", [
 *   { name: "so-quy-1.csv", data: bytes1 },
 *   { name: "so-phuong.xlsx", data: bytes2, options: { columns: { "Ngày nhận hồ sơ": "receivedOn" } } },
 * ], { xlsx });
 * cases.rows; //=> { read: 120, accepted: 118, rejected: 2 }
 * cases.problems[0]; //=> { file: "so-quy-1.csv", problem: { code: "DATE_INVALID", … }, what: "…", allowed: "…" }
 */
export async function readRegisterFiles<T extends Case | ReceptionSession = Case | ReceptionSession>(
  kind: "cases" | "sessions",
  files: ReadonlyArray<RegisterFileInput>,
  options: ReadRegisterFilesOptions = {},
): Promise<RegisterFiles<T>> {
  const call = "readRegisterFiles";
  checkKind(call, kind);
  if (!Array.isArray(files)) throw new TypeError(`${call}: files must be an array of { name, data, options? }`);
  for (const f of files as ReadonlyArray<Partial<RegisterFileInput> | null>) {
    if (typeof f !== "object" || f === null || typeof f.name !== "string") {
      throw new TypeError(`${call}: each file must be { name: string, data, options? }`);
    }
    checkReadArguments(call, f.data, f.options);
    checkRegisterOptions(call, kind, f.options);
  }
  const sessionIds = options.sessionIds === undefined ? undefined : new Set(options.sessionIds);
  // A workbook holding several registers (one sheet per month) is one register per sheet, named after the file and
  // the sheet, as the CLI reads it; not when the file comes with corrections, whose rows would be ambiguous.
  // A workbook given once per sheet (a page keeping one entry per sheet) is opened once, and each sheet's reading
  // still names the sheets left.
  const opened = new Map<unknown, Promise<WorkbookSheets | undefined>>();
  const registers: { name: string; file: RegisterFileInput; xlsx: XlsxReader | undefined }[] = [];
  for (const f of files) {
    const bytes = f.data instanceof Uint8Array ? f.data : f.data instanceof ArrayBuffer ? new Uint8Array(f.data) : null;
    const xlsx = options.xlsx;
    const sheet = f.options?.sheet;
    const open = () => {
      let book = opened.get(f.data);
      if (!book) {
        book = workbookSheets(kind, bytes as Uint8Array, xlsx as XlsxReader, f.options?.columns);
        opened.set(f.data, book);
      }
      return book;
    };
    if (xlsx && bytes && isZip(bytes) && typeof sheet === "string") {
      registers.push({ name: f.name, file: f, xlsx: (await open())?.readerOf(sheet) ?? xlsx });
      continue;
    }
    const workbook =
      xlsx && bytes && sheet === undefined && !f.options?.edits?.length && isZip(bytes) ? await open() : undefined;
    if (!workbook) {
      registers.push({ name: f.name, file: f, xlsx: options.xlsx });
      continue;
    }
    for (const r of sheetRegisters(f.name, workbook)) {
      registers.push({ name: r.name, file: { ...f, options: { ...f.options, sheet: r.sheet } }, xlsx: r.reader });
    }
  }
  return mergeRegisterEvents<T>(
    kind,
    registers.map(({ name, file: f, xlsx }) => ({
      name,
      events: async function* () {
        const fileOptions = {
          ...f.options,
          fileName: f.name,
          ...(xlsx ? { xlsx } : {}),
        };
        const table = await openTable(kind, call, f.data, fileOptions);
        yield* validateTable(kind, table, validateOptionsOf(fileOptions, sessionIds ? { sessionIds } : {}));
      },
    })),
    options.onProgress ? { onProgress: options.onProgress } : {},
  );
}

/**
 * The corrected register, as `tiepdan validate --fix` writes it: CSV text that Excel opens directly (UTF-8
 * BOM, `;`-separated, CRLF) keeping every column and row of the file; rows without errors get canonical
 * values (dates dd/mm/yyyy, Vietnamese labels, Có/Không), rows with errors are written as they were. With
 * `columns`, a mapped column's header is written as its field's label, so the corrected file reads without
 * the mapping; with `edits`, the edited cells hold the new text (and their rows are validated with it).
 *
 * @param kind - `"cases"` or `"sessions"`
 * @param input - the file's bytes or text
 * @param options - as for {@link readCases} (file name or format, delimiter, sheet, XLSX reader, `columns`,
 *   `edits`, known session ids)
 * @returns the CSV text, how many rows were normalised or kept as they were, and the reading's outcome
 * @throws {TypeError} on misuse, as {@link readCases}
 * @throws {RangeError} when `kind` is unknown, or an option is (see {@link readCases})
 * @example
 * const { text, counts } = await correctRegister("sessions", "Mã buổi,Ngày,Loại\nB1,5/1/2026,dinh ky\n");
 * text; //=> "\uFEFFMã buổi;Ngày;Loại\r\nB1;05/01/2026;Định kỳ\r\n"
 * counts; //=> { normalised: 1, keptAsIs: 0 }
 */
export async function correctRegister(
  kind: "cases" | "sessions",
  input: RegisterInput,
  options: CorrectRegisterOptions = {},
): Promise<CorrectedRegister> {
  const call = "correctRegister";
  checkKind(call, kind);
  checkReadArguments(call, input, options);
  checkRegisterOptions(call, kind, options);
  const sessionIds = kind === "cases" && options.sessionIds !== undefined ? new Set(options.sessionIds) : undefined;
  const parts: string[] = [];
  const writer = createFixWriter((t) => parts.push(t));
  const reading = createReading<Case | ReceptionSession>(
    call,
    async function* () {
      const table = await openTable(kind, call, input, options);
      const validate = validateOptionsOf(options, { canonical: true, ...(sessionIds ? { sessionIds } : {}) });
      for await (const batch of validateTable(kind, table, validate)) {
        for (const e of batch) writer.onEvent(e);
        yield batch;
      }
    },
    options.onProblem,
  );
  const result = await reading.result();
  return { text: parts.join(""), counts: { ...writer.counts }, result };
}
