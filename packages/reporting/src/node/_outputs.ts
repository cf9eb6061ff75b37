// How every command writes its files: all of a run's outputs form one set, each written first to a temporary
// file beside its target and renamed over it only when every file of the set is complete. A run that fails
// leaves no temporary file and says exactly which files it wrote (none, unless a rename itself fails); a run
// that was killed leaves temporary files that the next run writing to the same folder removes.
// File-system failures become an OutputError: a Vietnamese message naming the path and the reason.
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmdirSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** A file the CLI cannot write: exit code 2 with a Vietnamese message (never called a read error). */
export class OutputError extends Error {
  /** The files of the run already in place when the failure happened. */
  readonly written: readonly string[];

  constructor(message: string, written: readonly string[] = []) {
    super(message);
    this.name = "OutputError";
    this.written = written;
  }
}

/** Vietnamese reasons for the file-system error codes a clerk can meet. */
const REASONS: Record<string, string> = {
  EACCES: "không có quyền ghi",
  EPERM: "không có quyền ghi (tệp hoặc thư mục bị khóa)",
  EROFS: "ổ đĩa chỉ cho đọc, không cho ghi",
  ENOSPC: "ổ đĩa đã đầy",
  EDQUOT: "đã hết dung lượng được cấp trên ổ đĩa",
  ENOTDIR: "một phần của đường dẫn là tệp, không phải thư mục",
  EEXIST: "đã có một tệp trùng tên với thư mục cần tạo",
  EISDIR: "đã có một thư mục trùng tên",
  ENAMETOOLONG: "tên tệp hoặc đường dẫn quá dài",
  ENOENT: "thư mục chứa tệp không tồn tại",
  EBUSY: "tệp đang được chương trình khác mở (ví dụ Word, Excel): hãy đóng tệp rồi chạy lại",
  EMFILE: "quá nhiều tệp đang mở",
  EIO: "lỗi đọc ghi của ổ đĩa",
  EXDEV: "không chuyển được tệp giữa hai ổ đĩa",
};

/**
 * Why a path cannot be written, in Vietnamese, from a Node file-system error; `undefined` when the error is not
 * a file-system error.
 */
export function describeWriteError(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return undefined;
  return REASONS[code] ?? `lỗi hệ thống tệp ${code}`;
}

/** The longest file name (in bytes) common file systems accept. */
const NAME_MAX = 255;
/** Temporary files of this program: `.tiepdan-<pid>-<n>.tmp`. */
const TEMP = /^\.tiepdan-(\d+)-\d+\.tmp$/;

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another user.
    return (e as { code?: string }).code === "EPERM";
  }
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch (e) {
    // A path that cannot be resolved (missing, under a file, too long) is no existing input file.
    if (describeWriteError(e) !== undefined) return false;
    throw e;
  }
}

/** A path as shown to the clerk: as typed when relative, else absolute. */
const shown = (path: string) => path;

/** What a path that exists is, when not a regular file (nor a folder), in words; `undefined` for a regular file. */
function notRegularFile(st: Stats): string | undefined {
  if (st.isFile() || st.isDirectory()) return undefined;
  if (st.isSymbolicLink()) return "một lối tắt (liên kết tượng trưng)";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "một thiết bị";
  if (st.isFIFO()) return "một ống dẫn (FIFO)";
  return "một tệp đặc biệt";
}

let tempCounter = 0;
/** Sets with files not yet committed: removed by {@link abortAllOutputs} when a run fails or is interrupted. */
const ACTIVE = new Set<OutputSet>();

/** Removes the temporary files of every set not committed (a run that failed or was interrupted). */
export function abortAllOutputs(): void {
  for (const set of [...ACTIVE]) set.abort();
}

/**
 * The outputs of one run. `check` every target before the work starts, `add` each file as it is made (written to
 * a temporary file at once), then `commit` (all renamed into place) or `abort` (temporary files removed).
 */
export class OutputSet {
  readonly #inputs: string[];
  readonly #pending: Array<{ temp: string; target: string }> = [];
  readonly #folders = new Set<string>();
  readonly #targets = new Set<string>();

  /** @param inputs - the run's input files: no output may replace one of them */
  constructor(inputs: ReadonlyArray<string | undefined> = []) {
    this.#inputs = inputs.filter((p): p is string => p !== undefined);
  }

  /**
   * Refuses a target that is an input file, a folder, a name too long, or twice in the set; `option` names the
   * command-line option the clerk typed it with (for the message).
   */
  check(target: string, option?: string): void {
    const name = basename(target);
    const typed = option === undefined ? "" : ` (${option})`;
    // "-" means the screen to many programs; here it would be a file named "-" (review s21b T8).
    if (name === "-") {
      throw new OutputError(
        `Không ghi được “-”${typed}: chương trình không ghi tệp này ra màn hình; hãy đặt tên tệp, ví dụ tom-tat.json.`,
      );
    }
    if (new TextEncoder().encode(name).length > NAME_MAX) {
      throw new OutputError(
        `Không ghi được “${shown(target)}”${typed}: tên tệp quá dài (${new TextEncoder().encode(name).length} byte, tối đa ${NAME_MAX}).`,
      );
    }
    for (const input of this.#inputs) {
      if (sameFile(target, input)) {
        throw new OutputError(
          `Không ghi “${shown(target)}”${typed}: đó là tệp đầu vào “${shown(input)}”; hãy chọn tên khác để không ghi đè lên tệp gốc.`,
        );
      }
    }
    try {
      const own = lstatSync(target);
      if (own.isDirectory() || (own.isSymbolicLink() && statSync(target, { throwIfNoEntry: false })?.isDirectory())) {
        throw new OutputError(`Không ghi được “${shown(target)}”${typed}: đã có một thư mục trùng tên.`);
      }
      // Only a regular file is replaced: a device, a pipe or a link would be replaced by a file of ours (review s21 K3:
      // "--json /dev/full" replaced the machine's device, a link lost its target).
      const other = notRegularFile(own);
      if (other !== undefined) {
        throw new OutputError(
          `Không ghi được “${shown(target)}”${typed}: đã có ${other} trùng tên, không phải tệp thường; hãy chọn tên tệp khác.`,
        );
      }
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (e instanceof OutputError) throw e;
      if (code === "ENOTDIR") throw this.#error(e, target, typed);
      if (code !== "ENOENT") throw this.#error(e, target, typed);
    }
  }

  /** Refuses, before any work, an output folder that is a file or lies under a file. */
  checkFolder(dir: string, option?: string): void {
    const typed = option === undefined ? "" : ` (${option})`;
    if (existsAsFile(resolve(dir))) {
      throw new OutputError(
        `Không tạo được thư mục “${shown(dir)}”${typed}: đường dẫn trùng với một tệp (hoặc nằm trong một tệp), không phải thư mục; hãy chọn tên thư mục khác.`,
      );
    }
  }

  /** Creates a folder (and its parents) for outputs, and removes what killed runs left in it. */
  folder(dir: string, option?: string): string {
    const path = resolve(dir);
    const typed = option === undefined ? "" : ` (${option})`;
    try {
      makeFolders(path);
      if (!statSync(path).isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === "EEXIST" || (code === "ENOTDIR" && existsAsFile(path))) this.checkFolder(dir, option);
      throw this.#error(code === "ENOENT" ? (mkdirError(path) ?? e) : e, dir, typed, "Không tạo được thư mục");
    }
    this.#sweep(path);
    return path;
  }

  /** Writes a file of the set to its temporary file now; it replaces `target` at {@link commit}. */
  add(target: string, bytes: Uint8Array | string): void {
    const stream = this.open(target);
    stream.write(bytes);
    stream.close();
  }

  /**
   * Opens a file of the set for writing in pieces (`--fix` streams a large register): synchronous writes, so that
   * a failure is an exception at the write, never an unhandled stream event.
   */
  open(target: string): { write(chunk: Uint8Array | string): void; close(): void } {
    const path = resolve(target);
    if (this.#targets.has(path)) {
      throw new RangeError(`OutputSet: “${target}” is written twice in one run (two outputs with one name)`);
    }
    const dir = dirname(path);
    tempCounter += 1;
    const temp = join(dir, `.tiepdan-${process.pid}-${tempCounter}.tmp`);
    let fd: number;
    try {
      this.check(path);
      if (!this.#folders.has(dir)) this.#sweep(dir);
      fd = openSync(temp, "wx");
    } catch (e) {
      // One file that cannot be written stops the set: none of it is put in place.
      this.abort();
      throw e instanceof OutputError ? e : this.#error(e, target, "");
    }
    this.#pending.push({ temp, target: path });
    this.#targets.add(path);
    ACTIVE.add(this);
    let buffered: Array<Uint8Array | string> = [];
    let size = 0;
    const flush = () => {
      for (const chunk of buffered) {
        const data = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
        let at = 0;
        while (at < data.length) at += writeSync(fd, data, at, data.length - at);
      }
      buffered = [];
      size = 0;
    };
    const fail = (e: unknown): never => {
      closeQuietly(fd);
      this.abort();
      throw this.#error(e, target, "");
    };
    return {
      write: (chunk) => {
        buffered.push(chunk);
        size += chunk.length;
        if (size < 256 * 1024) return;
        try {
          flush();
        } catch (e) {
          fail(e);
        }
      },
      close: () => {
        try {
          flush();
          closeSync(fd);
        } catch (e) {
          fail(e);
        }
      },
    };
  }

  /** Renames every file of the set into place; returns their paths. */
  commit(): string[] {
    const done: string[] = [];
    for (let i = 0; i < this.#pending.length; i += 1) {
      const { temp, target } = this.#pending[i] as { temp: string; target: string };
      try {
        renameSync(temp, target);
      } catch (e) {
        this.#pending.splice(0, i);
        this.abort();
        const reason = describeWriteError(e) ?? String(e);
        throw new OutputError(
          `Không ghi được “${target}”: ${reason}.\n${
            done.length === 0
              ? "Chưa ghi tệp nào."
              : `Các tệp đã ghi trước khi lỗi: ${done.map((d) => `“${d}”`).join(", ")}; các tệp còn lại chưa được ghi.`
          }`,
          done,
        );
      }
      done.push(target);
    }
    this.#pending.length = 0;
    ACTIVE.delete(this);
    return done;
  }

  /** Removes the temporary files of files not yet committed. */
  abort(): void {
    ACTIVE.delete(this);
    for (const { temp } of this.#pending.splice(0)) {
      try {
        unlinkSync(temp);
      } catch (e) {
        if ((e as { code?: string }).code !== "ENOENT") throw e;
      }
    }
  }

  /** Removes the temporary files of runs that were killed (their process is gone) from a folder. */
  #sweep(dir: string): void {
    this.#folders.add(dir);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (e) {
      // A folder that cannot be listed cannot be written either: the write will say so.
      if (describeWriteError(e) !== undefined) return;
      throw e;
    }
    for (const name of names) {
      const m = TEMP.exec(name);
      if (!m || isAlive(Number(m[1]))) continue;
      try {
        unlinkSync(join(dir, name));
      } catch (e) {
        if (describeWriteError(e) === undefined) throw e;
      }
    }
  }

  #error(e: unknown, path: string, typed: string, verb = "Không ghi được"): OutputError {
    const reason = describeWriteError(e);
    if (reason === undefined) throw e;
    return new OutputError(`${verb} “${shown(path)}”${typed}: ${reason}. Chưa ghi tệp nào.`);
  }
}

function existsAsFile(path: string): boolean {
  for (let p = path; p !== dirname(p); p = dirname(p)) {
    try {
      return !statSync(p).isDirectory();
    } catch (e) {
      if ((e as { code?: string }).code !== "ENOENT" && (e as { code?: string }).code !== "ENOTDIR") throw e;
    }
  }
  return false;
}

/**
 * The real reason a folder cannot be made: Node's recursive mkdir says ENOENT when a parent cannot be created
 * (a read-only disk, no permission); creating the first missing level alone gives the kernel's own code.
 */
/**
 * Creates a folder and its missing parents one by one. Node's recursive `mkdir` loops for ever, deaf to Ctrl+C, where a
 * file system answers "no such file" for a folder whose parent exists (/proc, some network mounts; review s21 K7):
 * here that answer is the error.
 *
 * @param path - the folder
 * @throws the file system's error (ENOENT, EACCES, EROFS, ENOTDIR …) for the first folder that cannot be made
 */
export function makeFolders(path: string): void {
  const missing: string[] = [];
  for (let p = path; !existsSync(p); p = dirname(p)) {
    missing.push(p);
    if (dirname(p) === p) break;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (e) {
      // Made meanwhile by another run: fine when it is a folder.
      if ((e as { code?: string }).code !== "EEXIST" || !statSync(dir).isDirectory()) throw e;
    }
  }
}

function mkdirError(path: string): unknown {
  let missing = path;
  while (dirname(missing) !== missing && !existsSync(dirname(missing))) missing = dirname(missing);
  try {
    mkdirSync(missing);
    rmdirSync(missing);
    return undefined;
  } catch (e) {
    return e;
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch (e) {
    // The descriptor is being abandoned after a write failure: a second failure adds nothing to the first.
    if (describeWriteError(e) === undefined) throw e;
  }
}
