// The `tiepdan` command line. Everything a clerk reads is Vietnamese; exit codes: 0 no error in the data,
// 1 errors in the data, 2 a command typed wrong or a file that cannot be opened.
import { copyFileSync, existsSync } from "node:fs";
import { basename } from "node:path";
import type { Case, Problem, ReceptionSession } from "@tiepdan/core";
import { REGISTER_NAMES, type RegisterKind } from "../intake/_lib/columns.js";
import { createFixWriter, type FixCounts } from "../intake/_lib/fixWriter.js";
import type { DetailedProblem } from "../intake/_lib/types.js";
import type { TableEvent } from "../intake/_lib/validateTable.js";
import { isZip } from "../intake/_lib/workbookSheets.js";
import type { ReadRegisterOptions } from "../intake/types.js";
import { fileEvents } from "../node/_openEvents.js";
import { abortAllOutputs, describeWriteError, OutputError, OutputSet } from "../node/_outputs.js";
import { farDateNotes, hasDateAfter } from "../report/farDates.js";
import { denouncerIdentities, problemWithholder, registerVocabulary } from "../report/withholdIdentities.js";
import { type FileRegister, fileRegisters, localToday, readFileHead, readRegisters } from "./_common.js";
import { formatProblemTable } from "./_table.js";
import { type CliIo, checkReadable, parseCommand, UsageError } from "./_usage.js";
import { complianceCommand } from "./compliance.js";
import { initCommand } from "./init.js";
import { noticesCommand } from "./notices.js";
import { reportCommand } from "./report.js";
import { rollupCommand } from "./rollup.js";
import { scheduleCommand } from "./schedule.js";

export type { CliIo } from "./_usage.js";

const VERSION = "0.1.0";

const HELP = `tiepdan — công cụ sổ tiếp dân và xử lý đơn thư

Cách dùng:
  tiepdan report --cases <sổ>... [--sessions <sổ>...] --period <kỳ> --out <thư mục> [tùy chọn]
                         lập báo cáo định kỳ (PDF, DOCX, Excel); xem “tiepdan report --help”
  tiepdan rollup --stats <so-lieu.json>... --org <don-vi.json> --period <kỳ> --out <thư mục> [tùy chọn]
                         tổng hợp báo cáo cấp trên từ tệp số liệu của các đơn vị; xem “tiepdan rollup --help”
  tiepdan schedule --year <năm> --out <thư mục> [tùy chọn]  lịch tiếp dân cả năm; xem “tiepdan schedule --help”
  tiepdan compliance --cases <sổ>... [--sessions <sổ>...] --period <kỳ> --out <thư mục> [tùy chọn]
                         rà soát các trường hợp chưa bảo đảm quy định, kèm căn cứ; xem “tiepdan compliance --help”
  tiepdan notices --kind receipt|guidance|transfer --cases <sổ>... --period <kỳ> --out <thư mục> [tùy chọn]
                         thông báo tiếp nhận, phiếu hướng dẫn, phiếu chuyển đơn cho từng vụ việc
  tiepdan validate <tệp> [--kind cases|sessions] [--json] [--fix <tệp-sửa.csv>]
                         [--sheet <tên trang tính>] [--sessions <sổ buổi tiếp>]
  tiepdan init <thư mục> [--only csv|xlsx] [--force]
                         tạo thư mục có sẵn tệp mẫu (đơn vị, tường thuật, sổ trống); xem “tiepdan init --help”

Mỗi lệnh có hướng dẫn riêng: “tiepdan <lệnh> --help” (hoặc “tiepdan help <lệnh>”).

Tùy chọn:
  -h, --help             in hướng dẫn này
  -v, --version          in phiên bản

Mã thoát của validate: 0 không có lỗi (có thể có cảnh báo), 1 sổ có lỗi, 2 lệnh gõ sai hoặc không mở được tệp.
Mã thoát của report: 0 đã ghi báo cáo, 1 sổ có lỗi (chưa ghi gì), 2 lệnh gõ sai hoặc không đọc được tệp,
3 đã ghi báo cáo với --allow-partial (có dòng lỗi không được tính).
Mã thoát của rollup: 0 đã ghi báo cáo, 1 sổ của cấp tổng hợp có lỗi, 2 lệnh gõ sai, không đọc được tệp hoặc
các tệp số liệu không tổng hợp được (khác kỳ, trùng đơn vị, phiên bản không đọc được).
`;

/** `tiepdan validate --help`. */
export const VALIDATE_HELP = `tiepdan validate — kiểm tra một sổ và in bảng lỗi

Cách dùng:
  tiepdan validate <tệp> [--kind cases|sessions] [--json] [--fix <tệp-sửa.csv>]
                   [--sheet <tên trang tính>] [--sessions <sổ buổi tiếp>]

Lệnh validate kiểm tra một sổ (CSV, JSON, NDJSON hoặc Excel .xlsx) và in bảng lỗi:
dòng, cột, có gì sai và giá trị nào được phép.

Tùy chọn:
  --kind cases|sessions  loại sổ: cases = sổ theo dõi đơn (mặc định),
                         sessions = sổ buổi tiếp dân
  --json                 chỉ in kết quả dạng JSON: { rows: { read, accepted, rejected }, problems }
  --fix <tệp.csv>        ghi bản sửa của sổ: UTF-8 có BOM, phân tách bằng dấu chấm phẩy, ngày dd/mm/yyyy,
                         giá trị viết chuẩn; giữ nguyên mọi cột và mọi dòng (dòng có lỗi giữ như cũ)
  --sheet <tên>          trang tính cần đọc trong tệp Excel (mặc định: mọi trang tính có dòng tiêu đề của sổ)
  --sessions <tệp>       sổ buổi tiếp dân để đối chiếu cột “Buổi tiếp” của sổ theo dõi đơn
  -h, --help             in hướng dẫn này

Mã thoát: 0 không có lỗi (có thể có cảnh báo), 1 sổ có lỗi, 2 lệnh gõ sai hoặc không mở được tệp.
`;

interface RunOutcome {
  rows: { read: number; accepted: number; rejected: number };
  problems: DetailedProblem[];
  /** The denouncers' names and addresses of the register, accepted rows or not (withheld from the problems). */
  identities: string[];
  /** The register's fields and units: texts that name no person (see `problemWithholder`). */
  vocabulary: Set<string>;
  /** The accepted cases with a date after today (a year typed wrong may be among them: `farDateNotes`). */
  ahead: Case[];
  fix?: FixCounts;
  /** Where the rows a problem may name begin in the file `--fix` wrote (see `createFixWriter`). */
  fixLines?: Map<number, number>;
}

async function run(
  kind: RegisterKind,
  path: string,
  opts: { read?: ReadRegisterOptions; sessionIds?: ReadonlySet<string>; fixTo?: string },
): Promise<RunOutcome> {
  const outcome: RunOutcome = {
    rows: { read: 0, accepted: 0, rejected: 0 },
    problems: [],
    identities: [],
    vocabulary: new Set(),
    ahead: [],
  };
  const today = localToday();
  let onEvent: ((e: TableEvent) => void) | undefined;
  let finish: (() => Promise<void>) | undefined;
  let abort: (() => void) | undefined;
  if (opts.fixTo) {
    // The corrected register is streamed to a temporary file of an output set: renamed into place when complete,
    // removed on any failure (synchronous writes: a failure is an exception, not a stream event).
    const outputs = new OutputSet([path]);
    const out = outputs.open(opts.fixTo);
    const writer = createFixWriter((t) => out.write(t));
    onEvent = writer.onEvent;
    outcome.fix = writer.counts;
    outcome.fixLines = writer.lines;
    finish = async () => {
      out.close();
      outputs.commit();
    };
    abort = () => outputs.abort();
  }
  const events = fileEvents(
    kind,
    path,
    opts.read ?? {},
    { ...(opts.sessionIds ? { sessionIds: opts.sessionIds } : {}), canonical: Boolean(opts.fixTo) },
    "tiepdan validate",
  );
  try {
    for await (const batch of events) {
      for (const e of batch) {
        onEvent?.(e);
        if (e.type === "problem") outcome.problems.push(e.problem);
        else if (e.type === "data") {
          outcome.rows.read += 1;
          if (e.record) outcome.rows.accepted += 1;
          else outcome.rows.rejected += 1;
          outcome.problems.push(...e.problems);
          if (e.identities) outcome.identities.push(...e.identities);
          else if (e.record && "kinds" in e.record) {
            outcome.identities.push(...denouncerIdentities([e.record]));
            if (e.record.field) outcome.vocabulary.add(e.record.field);
            if (e.record.unit) outcome.vocabulary.add(e.record.unit);
          }
          if (e.record && "kinds" in e.record && hasDateAfter(e.record, today)) outcome.ahead.push(e.record);
        }
      }
    }
  } catch (e) {
    abort?.();
    throw e;
  }
  await finish?.();
  return outcome;
}

async function readSessionIds(path: string): Promise<Set<string>> {
  checkReadable(path);
  const ids = new Set<string>();
  for await (const batch of fileEvents("sessions", path, {}, {}, "tiepdan validate --sessions")) {
    for (const e of batch) if (e.type === "data" && e.record) ids.add(e.record.id);
  }
  return ids;
}

function summary(kind: RegisterKind, name: string, o: RunOutcome): string {
  const errors = o.problems.filter((p) => p.problem.severity === "error").length;
  const warnings = o.problems.length - errors;
  const lines = [
    `Đã đọc ${o.rows.read} dòng của ${REGISTER_NAMES[kind]} “${name}”: ${o.rows.accepted} dòng hợp lệ, ${o.rows.rejected} dòng bị loại.`,
    errors === 0 && warnings === 0
      ? "Không có lỗi nào."
      : `${errors} lỗi, ${warnings} cảnh báo.${errors > 0 ? " Sửa các lỗi rồi kiểm tra lại." : ""}`,
  ];
  return `${lines.join("\n")}\n`;
}

async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      kind: { type: "string" },
      json: { type: "boolean" },
      fix: { type: "string" },
      sheet: { type: "string" },
      sessions: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(VALIDATE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("Thiếu tên tệp cần kiểm tra: tiepdan validate <tệp>.");
  if (positionals.length > 1) {
    throw new UsageError(
      `Chỉ kiểm tra một tệp mỗi lần, nhưng đã gõ ${positionals.length} tệp: ${positionals.join(", ")}.`,
    );
  }
  const path = positionals[0] as string;
  if (values.kind !== undefined && values.kind !== "cases" && values.kind !== "sessions") {
    throw new UsageError(
      `--kind phải là “cases” (sổ theo dõi đơn) hoặc “sessions” (sổ buổi tiếp dân), không phải “${values.kind}”.`,
    );
  }
  if (values.fix !== undefined && values.fix.trim() === "") throw new UsageError("--fix cần tên tệp để ghi bản sửa.");
  checkReadable(path);
  if (values.sheet !== undefined && !isZip(readFileHead(path, 4))) {
    io.stderr(
      `Lưu ý: --sheet chỉ dùng cho tệp Excel (.xlsx); “${basename(path)}” không phải tệp Excel nên đã bỏ qua --sheet.\n`,
    );
  }
  if (values.sessions !== undefined) checkReadable(values.sessions);
  // Refused before reading: a corrected register over an input file, into a folder, or under a file.
  if (values.fix !== undefined) {
    new OutputSet([path, values.sessions]).check(values.fix, "--fix");
    // The corrected register is CSV text: a name ending .xlsx made a file Excel refuses (review s19x F11).
    if (!/\.(?:csv|txt)$/i.test(values.fix.trim())) {
      throw new UsageError(
        `--fix ghi bản sửa dạng CSV (mở được bằng Excel): tên tệp phải có đuôi .csv, ví dụ “${basename(values.fix).replace(/\.[^.]*$/, "")}.csv”, không phải “${basename(values.fix)}”.`,
      );
    }
    // A file already there (another commune's register typed by mistake, an earlier corrected copy) is kept as .bak,
    // as `init --force` does (review s19x F11: it was overwritten without a word).
    if (existsSync(values.fix)) {
      try {
        copyFileSync(values.fix, `${values.fix}.bak`);
      } catch (e) {
        throw new UsageError(
          `Tệp “${values.fix}” đã có và không giữ được bản cũ ở “${values.fix}.bak” (${describeWriteError(e) ?? "không ghi được"}): đặt tên khác cho --fix.`,
        );
      }
      io.stderr(`Lưu ý: tệp “${values.fix}” đã có; bản cũ được giữ ở “${values.fix}.bak”.\n`);
    }
  }
  const sessionIds = values.sessions === undefined ? undefined : await readSessionIds(values.sessions);
  let kind: RegisterKind = (values.kind as RegisterKind | undefined) ?? "cases";
  const opts = {
    ...(sessionIds ? { sessionIds } : {}),
    ...(values.fix === undefined ? {} : { fixTo: values.fix }),
  };
  // Each register the file holds: a workbook kept one sheet per month is checked sheet by sheet (review s14 F1).
  const readAs = async (k: RegisterKind) => {
    const registers = await fileRegisters(k, path, values.sheet);
    if (registers.length > 1 && values.fix !== undefined) {
      throw new UsageError(
        `Tệp Excel “${basename(path)}” có ${registers.length} trang tính là sổ (${registers.map((r) => `“${r.options.sheet}”`).join(", ")}): --fix ghi bản sửa của một trang; chọn trang bằng --sheet.`,
      );
    }
    const out: { name: string; sheet: string | undefined; outcome: RunOutcome }[] = [];
    if (registers.length === 1) {
      const [r] = registers as [FileRegister];
      const sheet = r.options.sheet === undefined ? undefined : String(r.options.sheet);
      out.push({ name: r.name, sheet, outcome: await run(k, path, { ...opts, read: r.options }) });
      return out;
    }
    // Several sheets are merged as report merges them: a Mã số already on an earlier sheet is ID_DUPLICATE (review
    // s14b F5), so that validate passes only what report accepts.
    const merged = await readRegisters<Case | ReceptionSession>(
      k,
      [path],
      { stdout: () => undefined, stderr: () => undefined },
      opts.sessionIds,
    );
    const cases = merged.records.filter((c): c is Case => "kinds" in c);
    const identities = [...denouncerIdentities(cases), ...merged.withheldIdentities];
    const vocabulary = new Set(registerVocabulary(cases));
    // Named once, with the workbook's first register (the note names cases, not sheets).
    const today = localToday();
    const ahead = cases.filter((c) => hasDateAfter(c, today));
    for (const r of registers) {
      const rows = merged.perFile.find((f) => f.file === r.name)?.rows ?? { read: 0, accepted: 0, rejected: 0 };
      const problems = merged.problems.filter((p) => p.file === r.name).map((p) => p.detail);
      out.push({
        name: r.name,
        sheet: String(r.options.sheet),
        outcome: { rows, problems, identities, vocabulary, ahead: r === registers[0] ? ahead : [] },
      });
    }
    return out;
  };
  let read = await readAs(kind);
  const mismatch = read.some((r) => r.outcome.problems.some((p) => p.problem.code === "REGISTER_KIND_MISMATCH"));
  if (values.kind === undefined && mismatch) {
    // No --kind and the columns are those of a sessions register: read it as one.
    kind = "sessions";
    read = await readAs(kind);
    io.stderr("Tệp có các cột của sổ buổi tiếp dân: đã kiểm tra như sổ buổi tiếp dân (--kind sessions).\n");
  }
  // A denouncer's name quoted by the problem of another row is withheld (the register's own rows keep theirs in --fix).
  const clean = problemWithholder(
    read.flatMap((r) => r.outcome.identities),
    read.flatMap((r) => [...r.outcome.vocabulary]),
  );
  for (const r of read) r.outcome.problems = r.outcome.problems.map(clean);
  const several = read.length > 1;
  const problems: (Problem & { sheet?: string })[] = read.flatMap((r) =>
    r.outcome.problems.map((p) => (several && r.sheet !== undefined ? { ...p.problem, sheet: r.sheet } : p.problem)),
  );
  // A date typed a year or more ahead (25/02/2062): no row's error, but the report would count the case wrongly.
  const far = farDateNotes(
    read.flatMap((r) => r.outcome.ahead),
    localToday(),
  );
  if (values.json) {
    for (const note of far) io.stderr(`Lưu ý: ${note}\n`);
    const rows = { read: 0, accepted: 0, rejected: 0 };
    for (const r of read) {
      rows.read += r.outcome.rows.read;
      rows.accepted += r.outcome.rows.accepted;
      rows.rejected += r.outcome.rows.rejected;
    }
    io.stdout(`${JSON.stringify({ rows, problems }, null, 2)}\n`);
  } else {
    for (const r of read) {
      if (r.outcome.problems.length === 0) continue;
      if (several) io.stdout(`Trang tính “${r.sheet}”:\n`);
      io.stdout(`${formatProblemTable(r.outcome.problems, io.columns ?? 120)}\n\n`);
    }
    for (const note of far) io.stdout(`Lưu ý: ${note}\n\n`);
    for (const r of read) io.stdout(summary(kind, r.name, r.outcome));
  }

  const fix = read[0]?.outcome.fix;
  if (fix && values.fix !== undefined) {
    const note =
      `Đã ghi bản sửa vào “${values.fix}”: ${fix.normalised} dòng đã chuẩn hóa, ${fix.keptAsIs} dòng có lỗi được giữ nguyên.\n` +
      fixLinesNote(basename(path), values.fix, read[0]?.outcome.problems ?? [], read[0]?.outcome.fixLines);
    if (values.json) io.stderr(note);
    else io.stdout(note);
  }
  // A sheet the workbook lacks is the option typed wrong, as the help's exit codes say (2), not an error of the register.
  if (values.sheet !== undefined && problems.some((p) => p.code === "XLSX_SHEET_NOT_FOUND")) return 2;
  return problems.some((p) => p.severity === "error") ? 1 : 0;
}

/** How many rows {@link fixLinesNote} names one by one. */
const FIX_LINES_NAMED = 10;

/**
 * Where the rows the problems name are in the file `--fix` wrote, when one of them is not on the same line (review
 * s20 R11): a JSON register's rows are its lines or its elements' positions, a workbook's its sheet rows, and a
 * cell holding a line break makes a CSV record longer than one line, while the corrected CSV holds the rows one
 * after the other. Every row named is then given (the first ten), so that none is thought missing. Only numbers are
 * said, never a value (a denunciation row's values are not printed). Empty when every line is the same.
 */
function fixLinesNote(
  source: string,
  fixed: string,
  problems: readonly DetailedProblem[],
  lines: ReadonlyMap<number, number> | undefined,
): string {
  if (lines === undefined) return "";
  const rows = [...new Set(problems.map((p) => p.problem.row))].sort((a, b) => a - b);
  const pairs = rows.flatMap((row) => {
    const line = lines.get(row);
    return line === undefined ? [] : [{ row, line }];
  });
  if (pairs.every(({ row, line }) => row === line)) return "";
  const named = pairs
    .slice(0, FIX_LINES_NAMED)
    .map(({ row, line }, i) =>
      i === 0 ? `dòng ${row} của “${source}” là dòng ${line}` : `dòng ${row} là dòng ${line}`,
    );
  const more = pairs.length - named.length;
  const rest =
    more === 0 ? "." : `; ${more} dòng khác: chạy “tiepdan validate ${fixed}” để có bảng lỗi theo dòng của tệp này.`;
  return `Vị trí trong “${fixed}” của các dòng có lỗi, cảnh báo: ${named.join(", ")}${rest}\n`;
}

/** parseArgs' errors (unknown option, missing value) in Vietnamese. */
function usageFromParseError(e: unknown): UsageError | undefined {
  const code = (e as { code?: string }).code;
  if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS")) return undefined;
  const message = e instanceof Error ? e.message : String(e);
  const option = /'([^']+)'/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return new UsageError(`Không có tùy chọn “${option}”.`);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return new UsageError(`Tùy chọn “${option.split(" ")[0]}” cần một giá trị.`);
  return new UsageError(`Lệnh gõ sai: ${message}`);
}

/**
 * Runs the `tiepdan` command line with its arguments and returns the exit code.
 *
 * @param argv - the arguments after the program name
 * @param io - where to write
 * @returns the exit code: 0, 1, 2, or 3 (`report --allow-partial` with rows left out)
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "help" && rest.length > 0) return await main([rest[0] as string, "--help"], io);
    if (command === undefined || command === "-h" || command === "--help" || command === "help") {
      io.stdout(HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === "-v" || command === "--version") {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (command === "report") return await reportCommand(rest, io);
    if (command === "rollup") return await rollupCommand(rest, io);
    if (command === "init") return await initCommand(rest, io);
    if (command === "schedule") return await scheduleCommand(rest, io);
    if (command === "compliance") return await complianceCommand(rest, io);
    if (command === "notices") return await noticesCommand(rest, io);
    if (command !== "validate")
      throw new UsageError(
        `Không có lệnh “${command}”. Lệnh hiện có: report, rollup, compliance, notices, schedule, init, validate (gõ “tiepdan --help”).`,
      );
    return await validateCommand(rest, io);
  } catch (e) {
    // Whatever stopped the run, the temporary files of what it was writing go.
    abortAllOutputs();
    const usage = e instanceof UsageError ? e : usageFromParseError(e);
    if (usage) {
      const helpFor = ["report", "rollup", "compliance", "notices", "schedule", "init", "validate"].includes(
        command ?? "",
      )
        ? `tiepdan ${command} --help`
        : "tiepdan --help";
      io.stderr(`tiepdan: ${usage.message}\nGõ “${helpFor}” để xem cách dùng.\n`);
      return 2;
    }
    if (e instanceof OutputError) {
      io.stderr(`tiepdan: ${e.message}\n`);
      return 2;
    }
    const fs = fileSystemMessage(e);
    if (fs !== undefined) {
      io.stderr(`tiepdan: ${fs}\n`);
      return 2;
    }
    throw e;
  }
}

/** A file-system error met outside the output sets, in Vietnamese: reading when it was a read, else writing. */
function fileSystemMessage(e: unknown): string | undefined {
  const { code, syscall, path } = (e ?? {}) as { code?: unknown; syscall?: unknown; path?: unknown };
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return undefined;
  const where = typeof path === "string" ? ` “${path}”` : "";
  const reading = syscall === "read" || syscall === "stat" || syscall === "scandir" || syscall === "lstat";
  const readReasons: Record<string, string> = {
    ENOENT: "không có tệp này",
    EACCES: "không có quyền đọc",
    EISDIR: "đây là một thư mục, không phải tệp",
  };
  // A path no file can have (review s16 F17: an output folder's name of 300 letters was "lỗi hệ thống tệp").
  const pathReasons: Record<string, string> = {
    ENAMETOOLONG: "tên tệp hoặc thư mục quá dài (mỗi tên tối đa 255 byte): đặt tên ngắn hơn",
    ENOTDIR: "một phần của đường dẫn là tệp, không phải thư mục",
    ELOOP: "đường dẫn vòng qua các liên kết (link) không dứt",
  };
  if (code in pathReasons) return `Không dùng được đường dẫn${where}: ${pathReasons[code]}.`;
  if (reading || (syscall === "open" && code in readReasons)) {
    return `Không đọc được tệp${where}: ${readReasons[code] ?? describeWriteError(e) ?? code}.`;
  }
  return `Không ghi được${where}: ${describeWriteError(e) ?? code}.`;
}
