// `tiepdan init`: the starter folder is read back by the same readers the other commands use.
import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { readCasesAll, readSessionsAll } from "../src/intake/index.js";
import { parseOrgFile } from "../src/report/orgFile.js";
import { parseNarrative } from "../src/report/parseNarrative.js";
import { xlsx } from "../src/xlsx/index.js";
import { tempDir } from "./document/readers.js";

const tmp = tempDir("tiepdan-khởi tạo ");
afterAll(() => tmp.remove());

async function cli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const dir = join(tmp.dir, "Sổ tiếp dân 2026");
const first = await cli(["init", dir]);
const read = (name: string) => readFileSync(join(dir, name));

describe("tiepdan init: a folder to start from", () => {
  it("writes the org file, the narrative, both registers as CSV and XLSX, and a README", () => {
    expect(first.code, first.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      "README.txt",
      "don-vi.json",
      "so-buoi-tiep-dan.csv",
      "so-buoi-tiep-dan.xlsx",
      "so-theo-doi-don.csv",
      "so-theo-doi-don.xlsx",
      "tuong-thuat.txt",
    ]);
    expect(first.stdout).toContain("tiepdan report --cases so-theo-doi-don.xlsx");
  });

  it("the org file is valid, with placeholders in square brackets to replace", () => {
    const r = parseOrgFile(read("don-vi.json").toString("utf8"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.org.units.find((u) => u.id === r.org.reportingUnit)?.level).toBe("province");
    expect(JSON.stringify(r.org)).toContain("[");
  });

  it("the narrative has the report's sections and no problem", () => {
    const n = parseNarrative(read("tuong-thuat.txt").toString("utf8"));
    expect(n.problems).toEqual([]);
    expect(n.sections.map((s) => s.heading)).toEqual([
      "Công tác lãnh đạo, chỉ đạo",
      "Đánh giá chung",
      "Phương hướng, nhiệm vụ thời gian tới",
      "Kiến nghị, đề xuất",
    ]);
  });

  it.each([
    ["so-theo-doi-don.csv", "cases"],
    ["so-buoi-tiep-dan.csv", "sessions"],
    ["so-theo-doi-don.xlsx", "cases"],
    ["so-buoi-tiep-dan.xlsx", "sessions"],
  ] as const)("%s reads back as an empty %s register: the header only, no error", async (name, kind) => {
    const reader = kind === "cases" ? readCasesAll : readSessionsAll;
    const r = await reader(new Uint8Array(read(name)), { fileName: name, xlsx });
    expect(r.rows).toEqual({ read: 0, accepted: 0, rejected: 0 });
    expect(r.problems.map((p) => p.code)).toEqual(["FILE_NO_ROWS"]);
  });

  it("the CSV is saved as Excel saves it (BOM, ;, CRLF) and a row typed under its header is accepted", async () => {
    const csv = join(dir, "so-theo-doi-don.csv");
    const text = readFileSync(csv, "utf8");
    expect(text.startsWith("\uFEFFMã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const columns =
      text
        .replace(/^\uFEFF/, "")
        .split("\r\n")[0]
        ?.split(";") ?? [];
    const row = columns.map((c) =>
      c === "Mã số"
        ? "XA-1"
        : c === "Ngày tiếp nhận"
          ? "05/03/2026"
          : c === "Hình thức tiếp nhận"
            ? "Đơn thư"
            : c === "Loại"
              ? "Kiến nghị"
              : "",
    );
    const copy = join(tmp.dir, "một dòng.csv");
    writeFileSync(copy, text);
    appendFileSync(copy, `${row.join(";")}\r\n`);
    const r = await readCasesAll(new Uint8Array(readFileSync(copy)), { fileName: "một dòng.csv" });
    expect(r.rows).toEqual({ read: 1, accepted: 1, rejected: 0 });
  });

  it("the workbook offers the allowed values as lists and explains each column on a second sheet", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(read("so-theo-doi-don.xlsx") as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toContain("Hướng dẫn");
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const col = header.indexOf("Hướng xử lý") + 1;
    expect(col).toBeGreaterThan(0);
    const validation = ws.getCell(2, col).dataValidation;
    expect(validation?.type).toBe("list");
    expect(String(validation?.formulae?.[0])).toContain("Giải quyết");
  });

  it("never overwrites without --force (exit 2, files unchanged); with --force it does", async () => {
    const before = statSync(join(dir, "don-vi.json")).mtimeMs;
    writeFileSync(join(dir, "don-vi.json"), "{}");
    const again = await cli(["init", dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("không ghi đè");
    expect(again.stderr).toContain("tiepdan init --help");
    expect(read("don-vi.json").toString()).toBe("{}");
    const forced = await cli(["init", dir, "--force"]);
    expect(forced.code).toBe(0);
    expect(parseOrgFile(read("don-vi.json").toString("utf8")).ok).toBe(true);
    expect(statSync(join(dir, "don-vi.json")).mtimeMs).toBeGreaterThanOrEqual(before);
  });

  it("writes byte-identical files each time, and --only csv writes no workbook", async () => {
    const other = join(tmp.dir, "lần hai");
    expect((await cli(["init", other])).code).toBe(0);
    for (const f of readdirSync(dir)) expect(readFileSync(join(other, f)).equals(read(f)), f).toBe(true);
    const csvOnly = join(tmp.dir, "chỉ csv");
    expect((await cli(["init", csvOnly, "--only", "csv"])).code).toBe(0);
    expect(readdirSync(csvOnly).some((f) => f.endsWith(".xlsx"))).toBe(false);
  });

  it("refuses a bad --only with exit 2", async () => {
    const r = await cli(["init", join(tmp.dir, "x"), "--only", "pdf"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--only phải là “csv” hoặc “xlsx”");
  });
});
