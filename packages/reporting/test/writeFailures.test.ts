// Issue 17 points 5–7: every file-system failure of an output is a Vietnamese message with exit code 2, leaves
// no temporary file, and writes either the whole set of outputs or none. Real failing folders where the machine
// allows: a read-only tmpfs and a 64 KB tmpfs that fills up (mounting needs root); without mount rights, a folder
// made read-only with chmod (non-root) or chattr +i (root), and the kernel's own ENOSPC from /dev/full.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeWriteError, OutputError, OutputSet } from "../src/node/_outputs.js";
import { cli } from "./outputs.js";

const dir = mkdtempSync(join(tmpdir(), "tiepdan-write-"));
const CASES = join(dir, "so-don.csv");
writeFileSync(
  CASES,
  "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi;Số người\nMS-1;05/01/2026;Đơn thư;Khiếu nại;Đất đai;Trần Thị Lộ;1\nMS-2;06/01/2026;Đơn thư;Phản ánh;Môi trường;Lê Văn B;1\n",
);
/** A register larger than the small tmpfs below, for `--fix`. */
const BIG = join(dir, "so-lon.csv");
writeFileSync(
  BIG,
  `Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Nội dung\n${Array.from({ length: 3000 }, (_, i) => `MS-${i};05/01/2026;Đơn thư;Phản ánh;Phản ánh về đường giao thông nông thôn số ${i}`).join("\n")}\n`,
);

const mounted: string[] = [];
/** A tmpfs mounted with `options`, or undefined when this machine does not allow mounting. */
function mountTmpfs(name: string, options: string): string | undefined {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", path], { stdio: "ignore" });
  } catch (e) {
    if ((e as { status?: unknown }).status === undefined && (e as { code?: string }).code !== "ENOENT") throw e;
    return undefined;
  }
  mounted.push(path);
  return path;
}

const isRoot = process.getuid?.() === 0;
/** A folder nobody may write in: a read-only tmpfs, else chattr +i (root) or chmod 555 (others). */
function readOnlyFolder(): { path: string; how: string } {
  const ro = mountTmpfs("ro", "ro,size=64k");
  if (ro) return { path: ro, how: "tmpfs ro" };
  const path = join(dir, "locked");
  mkdirSync(path, { recursive: true });
  if (isRoot) execFileSync("chattr", ["+i", path]);
  else execFileSync("chmod", ["555", path]);
  mounted.push(`attr:${path}`);
  return { path, how: isRoot ? "chattr +i" : "chmod 555" };
}

afterAll(() => {
  for (const m of mounted) {
    if (m.startsWith("attr:")) {
      const p = m.slice(5);
      if (isRoot) execFileSync("chattr", ["-i", p]);
      else execFileSync("chmod", ["755", p]);
    } else execFileSync("umount", [m]);
  }
  rmSync(dir, { recursive: true, force: true });
});

/** Every file under a folder, temporary ones included. */
function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => d.name);
}
const temporary = (path: string) => filesUnder(path).filter((f) => f.endsWith(".tmp"));

const report = (out: string, ...more: string[]) =>
  cli(["report", "--cases", CASES, "--period", "2026-Q1", "--out", out, "--format", "docx", ...more]);

describe("issue 17 point 5: file-system failures of outputs (exit 2, Vietnamese, no temporary file)", () => {
  it("--out that is a file is refused before anything is read", async () => {
    const file = join(dir, "la-tep.txt");
    writeFileSync(file, "x");
    const r = await report(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Không tạo được thư mục “${file}” (--out): đường dẫn trùng với một tệp`);
    expect(r.stderr).not.toMatch(/đọc|Error|at /);
    expect(r.stderr).not.toContain("Đã đọc sổ");
  });

  it("--out under a file is refused", async () => {
    const file = join(dir, "la-tep-2.txt");
    writeFileSync(file, "x");
    const r = await report(join(file, "bao-cao"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nằm trong một tệp");
  });

  it("--fix into a folder that does not exist: Vietnamese message, no 'Unhandled error event'", async () => {
    const r = await cli(["validate", CASES, "--fix", join(dir, "khong-co", "sua.csv")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("thư mục chứa tệp không tồn tại");
    expect(r.stderr).not.toMatch(/Unhandled|ENOENT|at /);
  });

  it("--summary-json into a folder that does not exist: nothing of the set is written", async () => {
    const out = join(dir, "out-missing-json");
    const r = await report(out, "--summary-json", join(dir, "khong-co", "so-lieu.json"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Không ghi được");
    expect(r.stderr).toContain("thư mục chứa tệp không tồn tại");
    expect(r.stderr).toContain("Chưa ghi tệp nào.");
    expect(filesUnder(out)).toEqual([]);
  });

  it("a file name too long is refused before anything is written", async () => {
    const out = join(dir, "out-long");
    const r = await report(out, "--summary-json", join(dir, `${"so-lieu-".repeat(40)}.json`));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tên tệp quá dài");
    expect(filesUnder(out)).toEqual([]);
  });

  it("a read-only folder: 'không có quyền ghi' or 'chỉ cho đọc', exit 2, never called a read error", async () => {
    const { path } = readOnlyFolder();
    const r = await report(join(path, "bao-cao"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Không tạo được thư mục “.*bao-cao” \(--out\): (ổ đĩa chỉ cho đọc|không có quyền ghi)/);
    expect(r.stderr).not.toContain("không đọc được");
    const fix = await cli(["validate", CASES, "--fix", join(path, "sua.csv")]);
    expect(fix.code).toBe(2);
    expect(fix.stderr).toMatch(/Không ghi được “.*sua.csv”: (ổ đĩa chỉ cho đọc|không có quyền ghi)/);
    expect(temporary(path)).toEqual([]);
  });

  it("a full disk: 'ổ đĩa đã đầy', exit 2, no temporary file, no partial output (64 KB tmpfs, or /dev/full)", async () => {
    const small = mountTmpfs("full", "size=64k");
    if (small) {
      const fix = await cli(["validate", BIG, "--fix", join(small, "sua.csv")]);
      expect(fix.code).toBe(2);
      expect(fix.stderr).toContain("ổ đĩa đã đầy");
      expect(readdirSync(small)).toEqual([]);
      const r = await cli(["report", "--cases", CASES, "--period", "2026-Q1", "--out", small, "--format", "pdf,docx"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("ổ đĩa đã đầy");
      expect(r.stderr).toContain("Chưa ghi tệp nào.");
      expect(readdirSync(small)).toEqual([]);
    } else {
      // No mount rights: the kernel's ENOSPC from /dev/full, through the same message.
      let error: unknown;
      try {
        writeFileSync("/dev/full", "x");
      } catch (e) {
        error = e;
      }
      expect(describeWriteError(error)).toBe("ổ đĩa đã đầy");
    }
  });
});

describe("review s21 K3: only a regular file is replaced by an output", () => {
  /** A compliance review of March whose JSON goes to `target`. */
  const complianceTo = (target: string, out: string) =>
    cli(["compliance", "--cases", CASES, "--period", "2026-03", "--out", join(dir, out), "--json", target]);

  it("“-” is no file name (review s21b T8): refused, not written as a file named “-”", async () => {
    const r = await complianceTo("-", "k3-dash");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Không ghi được “-” (--json): chương trình không ghi tệp này ra màn hình");
    expect(existsSync("-")).toBe(false);
  });

  it.each([
    ["a link", "lien-ket.json", "một lối tắt (liên kết tượng trưng)"],
    ["a link to nothing", "lien-ket-hong.json", "một lối tắt (liên kết tượng trưng)"],
    ["a pipe", "ong-dan", "một ống dẫn (FIFO)"],
    ["a device", "/dev/null", "một thiết bị"],
  ])("%s is refused before anything is read, and left as it was", async (_, name, what) => {
    const target = name.startsWith("/") ? name : join(dir, name);
    if (name === "lien-ket.json") {
      writeFileSync(join(dir, "dich.json"), "{}");
      symlinkSync(join(dir, "dich.json"), target);
    } else if (name === "lien-ket-hong.json") symlinkSync(join(dir, "khong-co.json"), target);
    else if (name === "ong-dan") execFileSync("mkfifo", [target]);
    const r = await complianceTo(target, "k3");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`đã có ${what} trùng tên, không phải tệp thường; hãy chọn tên tệp khác.`);
    const st = lstatSync(target);
    expect(st.isFile()).toBe(false);
  });
});

describe("review s21 K7: a file system that answers “no such file” for a folder being made", () => {
  it("--out under /proc ends with a Vietnamese message and exit 2 (Node's recursive mkdir looped for ever there)", async () => {
    expect(existsSync("/proc/self")).toBe(true); // Linux, as CI
    const r = await cli([
      "compliance",
      "--cases",
      CASES,
      "--period",
      "2026-03",
      "--out",
      "/proc/tiepdan-khong-co/ket-qua",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Không tạo được thư mục “/proc/tiepdan-khong-co/ket-qua” (--out)");
  }, 20_000);
});

describe("issue 17 points 6–7: all outputs or none; no output over an input", () => {
  it("a killed run's temporary files are removed by the next run writing to the folder", async () => {
    const out = join(dir, "out-killed");
    mkdirSync(out, { recursive: true });
    // A process id that is not running (above the kernel's limit).
    writeFileSync(join(out, ".tiepdan-4194999-1.tmp"), "half a PDF");
    const r = await report(out);
    expect(r.code).toBe(0);
    expect(temporary(out)).toEqual([]);
    expect(filesUnder(out)).toEqual(["bao-cao-2026-Q1-dang.docx"]);
  });

  it.each([
    ["--summary-json", CASES],
    ["--summary-json", join(dir, ".", "so-don.csv")],
  ])("%s naming an input file is refused before reading (%s)", async (option, path) => {
    const out = join(dir, "out-input");
    const r = await report(out, option, path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("để không ghi đè lên tệp gốc");
    expect(r.stderr).not.toContain("Đã đọc sổ");
    expect(filesUnder(out)).toEqual([]);
  });

  it("OutputSet: a failure while adding removes the files already made; nothing is renamed into place", () => {
    const out = join(dir, "set");
    mkdirSync(out);
    const set = new OutputSet();
    set.add(join(out, "a.pdf"), "a");
    expect(() => set.add(join(out, "khong-co", "b.pdf"), "b")).toThrow(OutputError);
    expect(readdirSync(out)).toEqual([]);
  });

  it("OutputSet: two outputs with one name in one run are a programming error, not a silent overwrite", () => {
    const out = join(dir, "set-twice");
    mkdirSync(out);
    const set = new OutputSet();
    set.add(join(out, "a.pdf"), "a");
    expect(() => set.add(join(out, "a.pdf"), "b")).toThrow(RangeError);
    set.abort();
    expect(readdirSync(out)).toEqual([]);
  });
});
