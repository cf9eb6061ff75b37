// `tiepdan init <folder>`: writes what a clerk needs to start — org file, narrative skeleton, empty registers,
// README. Exit codes: 0 written; 2 a command typed wrong, files already there (without --force), or a folder
// that cannot be written.
import { copyFileSync, lstatSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { makeFolders } from "../node/_outputs.js";
import { writeAtomically } from "./_common.js";
import {
  buildInitFiles,
  INIT_NAMES,
  type InitFormat,
  initFileNames,
  initReportCommand,
  initValidateCommands,
} from "./_initFiles.js";
import { type CliIo, parseCommand, UsageError } from "./_usage.js";

export const INIT_HELP = `tiepdan init — tạo một thư mục có sẵn các tệp mẫu để bắt đầu ghi sổ và lập báo cáo

Cách dùng:
  tiepdan init <thư mục> [--only csv|xlsx] [--force]

Ghi vào thư mục (tạo mới nếu chưa có):
  don-vi.json              thông tin đơn vị mẫu: cấp ủy báo cáo, hai xã ví dụ, cơ quan ban hành, người ký, nơi nhận;
                           các chữ trong ngoặc vuông phải thay bằng thông tin thật
  tuong-thuat.txt          khung phần tường thuật của báo cáo, bốn mục “## ”
  so-theo-doi-don.xlsx     sổ theo dõi đơn trống (Excel), có danh sách chọn và trang “Hướng dẫn”
  so-buoi-tiep-dan.xlsx    sổ buổi tiếp dân trống (Excel), có danh sách chọn và trang “Hướng dẫn”
  so-theo-doi-don.csv      sổ theo dõi đơn trống (CSV UTF-8 có BOM, phân tách bằng dấu chấm phẩy)
  so-buoi-tiep-dan.csv     sổ buổi tiếp dân trống (CSV)
  README.txt               các bước tiếp theo: điền sổ, kiểm tra bằng tiepdan validate, lập báo cáo

Tùy chọn:
  --only csv|xlsx          chỉ ghi sổ dạng CSV, hoặc chỉ dạng Excel (mặc định: cả hai)
  --force                  ghi đè các tệp cùng tên đã có trong thư mục (tệp đã sửa được giữ lại ở <tên tệp>.bak;
                           các tệp khác không bị động đến)
  -h, --help               in hướng dẫn này

Tên thư mục có dấu cách thì đặt trong ngoặc kép, ví dụ: tiepdan init "Sổ tiếp dân 2026"

Mã thoát: 0 đã ghi các tệp; 2 lệnh gõ sai, thư mục đã có tệp cùng tên (chưa dùng --force) hoặc không ghi được.
`;

/** Why a folder or file cannot be written, in Vietnamese; undefined for an unexpected error. */
function writeProblem(e: unknown, path: string): UsageError | undefined {
  const code = (e as { code?: string }).code;
  const reason: Record<string, string> = {
    EACCES: "không có quyền ghi",
    EPERM: "không có quyền ghi",
    EROFS: "ổ đĩa chỉ đọc",
    ENOSPC: "ổ đĩa đã đầy",
    ENOTDIR: "một phần của đường dẫn không phải thư mục",
    EEXIST: "đã có một tệp trùng tên",
    EISDIR: "đã có một thư mục trùng tên",
  };
  const what = code === undefined ? undefined : reason[code];
  return what === undefined ? undefined : new UsageError(`Không ghi được “${path}”: ${what}.`);
}

/** Tells whether a path exists (a broken link counts: writing would replace it; a path under a file does not). */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ENOENT" || code === "ENOTDIR") return false;
    throw e;
  }
}

/** The current quarter, e.g. `2026-Q2`, for the README's example command. */
function currentQuarter(now: Date): string {
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
}

/** A path as the clerk types it in a command line: quoted when it has spaces. */
function shellPath(path: string): string {
  return /[\s"'&;|()<>$`]/.test(path) ? `"${path}"` : path;
}

/**
 * Runs `tiepdan init`: writes the starter files into a folder (created when missing), never over existing files
 * unless `--force`.
 *
 * @param args - the arguments after `init`
 * @param io - where to write messages
 * @returns the exit code (0, or 2 through a thrown {@link UsageError})
 * @throws {UsageError} when the command is typed wrong, files would be overwritten without `--force`, or the
 *   folder cannot be written (the caller prints it and exits 2)
 * @example
 * await initCommand(["Sổ tiếp dân 2026", "--only", "xlsx"], { stdout: console.log, stderr: console.error }) //=> 0
 */
export async function initCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      only: { type: "string" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("Thiếu tên thư mục: tiepdan init <thư mục>.");
  if (positionals.length > 1) {
    throw new UsageError(
      `Chỉ tạo một thư mục mỗi lần, nhưng đã gõ ${positionals.length}: ${positionals.map((p) => `“${p}”`).join(", ")}. Tên thư mục có dấu cách thì đặt trong ngoặc kép.`,
    );
  }
  if (values.only !== undefined && values.only !== "csv" && values.only !== "xlsx") {
    throw new UsageError(`--only phải là “csv” hoặc “xlsx”, không phải “${values.only}”.`);
  }
  const formats: InitFormat[] = values.only === undefined ? ["xlsx", "csv"] : [values.only];
  const given = positionals[0] as string;
  if (given.trim() === "") throw new UsageError("Tên thư mục để trống.");
  const dir = resolve(given);
  if (exists(dir) && !statSync(dir).isDirectory()) {
    throw new UsageError(`“${dir}” đã có và không phải thư mục: hãy chọn tên khác.`);
  }

  const names = initFileNames(formats);
  const existing = new Set(names.filter((n) => exists(join(dir, n))));
  if (existing.size > 0 && values.force !== true) {
    throw new UsageError(
      `Thư mục “${dir}” đã có ${existing.size} tệp cùng tên, không ghi đè:\n${[...existing].map((n) => `  ${n}\n`).join("")}Dùng --force để ghi đè các tệp này, hoặc chọn thư mục khác.`,
    );
  }

  // Everything is built before anything is written.
  const period = currentQuarter(new Date());
  const files = await buildInitFiles({ formats, period, folder: shellPath(dir) });
  try {
    makeFolders(dir);
  } catch (e) {
    throw writeProblem(e, dir) ?? e;
  }
  // A file replaced with --force that the clerk had changed (don-vi.json filled in, a register kept) is kept beside
  // as <name>.bak (review s16 F20: the filled org file was lost).
  const kept = new Set<string>();
  for (const f of files) {
    const target = join(dir, f.name);
    try {
      if (existing.has(f.name) && !sameBytes(readFileSync(target), f.bytes)) {
        copyFileSync(target, `${target}.bak`);
        kept.add(f.name);
      }
      writeAtomically(target, f.bytes);
    } catch (e) {
      throw writeProblem(e, target) ?? e;
    }
  }

  const pad = Math.max(...files.map((f) => f.name.length)) + 2;
  const format = formats[0] as InitFormat;
  io.stdout(
    [
      `Đã ghi ${files.length} tệp vào thư mục “${dir}”:`,
      ...files.map(
        (f) =>
          `  ${f.name.padEnd(pad)}${f.description}${kept.has(f.name) ? ` (ghi đè; bản cũ giữ ở ${f.name}.bak)` : existing.has(f.name) ? " (ghi đè)" : ""}`,
      ),
      "",
      `Bước tiếp theo (chi tiết trong ${INIT_NAMES.readme}): thay các chữ trong ngoặc vuông ở ${INIT_NAMES.org}, ghi sổ, viết tường thuật, rồi:`,
      `  cd ${shellPath(dir)}`,
      ...initValidateCommands(format).map((c) => `  ${c}`),
      `  ${initReportCommand(format, period)}`,
      "",
    ].join("\n"),
  );
  return 0;
}

/** Whether a file on disk holds these bytes. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return (
    a.length === b.length &&
    Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0
  );
}
