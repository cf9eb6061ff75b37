import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CASE_COLUMNS, type ColumnSpec, SESSION_COLUMNS } from "../intake/_lib/columns.js";
import { readCasesAll, readSessionsAll } from "../intake/index.js";
import { parseOrgFile } from "../report/orgFile.js";
import { parseNarrative } from "../report/parseNarrative.js";
import { xlsx } from "../xlsx/xlsx.js";
import { INIT_DEFAULT_DATE, VALIDATED_ROWS } from "./_initFiles.js";
import { main } from "./main.js";

const root = mkdtempSync(join(tmpdir(), "tiepdan-init-"));
let counter = 0;
/** A fresh folder path (not created) with a space and Vietnamese letters. */
const freshDir = () => join(root, `Sổ tiếp dân ${++counter} – Đắk Lắk`);

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), columns: 100 });
  return { code, stdout, stderr };
}

const ALL = [
  "README.txt",
  "don-vi.json",
  "so-buoi-tiep-dan.csv",
  "so-buoi-tiep-dan.xlsx",
  "so-theo-doi-don.csv",
  "so-theo-doi-don.xlsx",
  "tuong-thuat.txt",
];
const text = (dir: string, name: string) => readFileSync(join(dir, name), "utf8");
const bytes = (dir: string, name: string) => new Uint8Array(readFileSync(join(dir, name)));
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((n) => [n, bytes(dir, n)]));

/** A valid value of each column, so that a data row touches every column. */
function sampleValue(spec: ColumnSpec): string {
  switch (spec.type) {
    case "date":
      return "05/03/2026";
    case "int":
      return String(Math.max(1, spec.min ?? 0));
    case "bool":
      return "Có";
    case "enum":
    case "enumList":
      return Object.values(spec.enum?.labels ?? {})[0] as string;
    default:
      return spec.field === "id" ? "MS-1" : `Giá trị ${spec.label}`;
  }
}

async function loadWorkbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data.slice().buffer as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

const REGISTERS = [
  { kind: "cases", stem: "so-theo-doi-don", columns: CASE_COLUMNS, read: readCasesAll },
  { kind: "sessions", stem: "so-buoi-tiep-dan", columns: SESSION_COLUMNS, read: readSessionsAll },
] as const;

describe("tiepdan init", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const dir = freshDir();
  let first: Awaited<ReturnType<typeof run>>;
  it("creates the folder (space, Vietnamese letters) and writes every file, listing them", async () => {
    expect(existsSync(dir)).toBe(false);
    first = await run("init", dir);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(ALL);
    expect(first.stdout).toContain(`Đã ghi 7 tệp vào thư mục “${dir}”:`);
    for (const name of ALL) expect(first.stdout).toContain(`  ${name}`);
    expect(first.stdout).toContain(`cd "${dir}"`);
    expect(first.stdout).toBe(first.stdout.normalize("NFC"));
  });

  it("writes an org file that parseOrgFile accepts, with bracketed placeholders and a note", () => {
    const raw = text(dir, "don-vi.json");
    const parsed = parseOrgFile(raw);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const org = parsed.org;
    expect(org.units.map((u) => u.level)).toEqual(["province", "commune", "commune"]);
    expect(org.units.filter((u) => u.parentId === org.reportingUnit)).toHaveLength(2);
    expect(org.documents?.party?.signer.name).toBe("[Họ và tên]");
    expect(org.documents?.state?.signer.name).toBe("[Họ và tên]");
    expect(org.documents?.party?.issuingBody).toContain("[tên tỉnh]");
    expect(org.documents?.state?.issuingBody).toContain("[tên tỉnh]");
    for (const field of ["reportingUnit", "issuingBody", "numberPrefix", "signer.variant", "recipients"]) {
      expect(org.note).toContain(`${field}:`);
    }
    expect(Object.keys(JSON.parse(raw))[0]).toBe("note");
    expect(raw).toBe(raw.normalize("NFC"));
  });

  it("writes a narrative skeleton that parses into the four sections without problems", () => {
    const raw = text(dir, "tuong-thuat.txt");
    const narrative = parseNarrative(raw);
    expect(narrative.problems).toEqual([]);
    expect(narrative.intro).toEqual([]);
    expect(narrative.sections.map((s) => s.heading)).toEqual([
      "Công tác lãnh đạo, chỉ đạo",
      "Đánh giá chung",
      "Phương hướng, nhiệm vụ thời gian tới",
      "Kiến nghị, đề xuất",
    ]);
    for (const s of narrative.sections) {
      expect(s.paragraphs).toHaveLength(1);
      expect(s.paragraphs[0]).toMatch(/^\[.+\]$/);
    }
    expect(raw).toBe(raw.normalize("NFC"));
  });

  it.each(REGISTERS)(
    "writes the $kind CSV as Excel saves it: BOM, `;`, CRLF, the column labels in order",
    async (r) => {
      const data = bytes(dir, `${r.stem}.csv`);
      expect([...data.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(data.slice(3))).toBe(`${r.columns.map((c) => c.label).join(";")}\r\n`);
      const result = await r.read(data, { fileName: `${r.stem}.csv` });
      expect(result.rows).toEqual({ read: 0, accepted: 0, rejected: 0 });
      expect(result.problems.map((p) => [p.code, p.severity])).toEqual([["FILE_NO_ROWS", "warning"]]);
    },
  );

  it.each(REGISTERS)("the $kind CSV takes a data row in every column: 1 accepted, no error", async (r) => {
    const row = r.columns.map(sampleValue).join(";");
    const data = `${text(dir, `${r.stem}.csv`)}${row}\r\n`;
    const result = await r.read(new TextEncoder().encode(data), { fileName: `${r.stem}.csv` });
    expect(result.rows).toEqual({ read: 1, accepted: 1, rejected: 0 });
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(result.records).toHaveLength(1);
  });

  it.each(REGISTERS)("the $kind workbook reads back through the intake: 0 rows, only FILE_NO_ROWS", async (r) => {
    const result = await r.read(bytes(dir, `${r.stem}.xlsx`), { fileName: `${r.stem}.xlsx`, xlsx });
    expect(result.rows).toEqual({ read: 0, accepted: 0, rejected: 0 });
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([["FILE_NO_ROWS", "warning"]]);
  });

  it.each(REGISTERS)("the $kind workbook takes a row typed in Excel (dates as date cells): 1 accepted", async (r) => {
    const wb = await loadWorkbook(bytes(dir, `${r.stem}.xlsx`));
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    r.columns.forEach((spec, i) => {
      ws.getCell(2, i + 1).value =
        spec.type === "date"
          ? new Date(Date.UTC(2026, 2, 5))
          : spec.type === "int"
            ? Number(sampleValue(spec))
            : sampleValue(spec);
    });
    const result = await r.read(await workbookBytes(wb), { fileName: `${r.stem}.xlsx`, xlsx });
    expect(result.rows).toEqual({ read: 1, accepted: 1, rejected: 0 });
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    const record = result.records[0] as unknown as Record<string, unknown>;
    expect(record[r.kind === "cases" ? "receivedOn" : "date"]).toBe("2026-03-05");
  });

  it.each(REGISTERS)("the $kind workbook: bold frozen header, widths, date format, validation lists", async (r) => {
    const wb = await loadWorkbook(bytes(dir, `${r.stem}.xlsx`));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      r.kind === "cases" ? "Sổ theo dõi đơn" : "Sổ buổi tiếp dân",
      "Hướng dẫn",
    ]);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const header = ws.getRow(1);
    let listed = 0;
    r.columns.forEach((spec, i) => {
      const cell = header.getCell(i + 1);
      expect(cell.value).toBe(spec.label);
      expect(cell.font?.bold).toBe(true);
      const column = ws.getColumn(i + 1);
      expect(column.width ?? 0).toBeGreaterThanOrEqual(Array.from(spec.label).length);
      if (spec.type === "date") expect(column.numFmt).toBe("dd/mm/yyyy");
      const expected =
        spec.type === "bool"
          ? ["Có", "Không"]
          : spec.enum && (spec.type === "enum" || spec.type === "enumList")
            ? Object.values(spec.enum.labels)
            : undefined;
      for (const row of [2, VALIDATED_ROWS + 1]) {
        const validation = ws.getCell(row, i + 1).dataValidation;
        if (expected) {
          expect(validation?.type, `${spec.label} row ${row}`).toBe("list");
          expect(validation?.formulae).toEqual([`"${expected.join(",")}"`]);
          expect(validation?.errorStyle).toBe(spec.type === "enumList" ? "information" : "warning");
        } else if (spec.type === "int") {
          expect(validation?.type).toBe("whole");
          expect(validation?.formulae).toEqual([spec.min ?? 0]);
        } else {
          expect(validation, spec.label).toBeUndefined();
        }
      }
      expect(ws.getCell(VALIDATED_ROWS + 2, i + 1).dataValidation).toBeUndefined();
      if (expected) listed++;
    });
    expect(listed).toBe(r.kind === "cases" ? 12 : 2);
    if (r.kind === "cases") {
      // Loại, as the issue names it.
      expect(ws.getCell("D2").dataValidation?.formulae).toEqual(['"Phản ánh,Kiến nghị,Khiếu nại,Tố cáo"']);
    }
  });

  it.each(REGISTERS)(
    "the $kind workbook's guide sheet lists each column, required or not, allowed values",
    async (r) => {
      const wb = await loadWorkbook(bytes(dir, `${r.stem}.xlsx`));
      const guide = wb.getWorksheet("Hướng dẫn") as ExcelJS.Worksheet;
      expect(guide.getRow(1).values).toEqual([undefined, "Cột", "Bắt buộc", "Giá trị cho phép", "Ý nghĩa"]);
      r.columns.forEach((spec, i) => {
        const row = guide.getRow(i + 2);
        expect(row.getCell(1).value).toBe(spec.label);
        expect(row.getCell(2).value).toBe(spec.required ? "Có" : "Không");
        const allowed = String(row.getCell(3).value);
        for (const label of Object.values(spec.enum?.labels ?? {})) expect(allowed).toContain(label);
        if (spec.type === "date") expect(allowed).toContain("05/03/2026");
        expect(String(row.getCell(4).value ?? "").length, `meaning of ${spec.label}`).toBeGreaterThan(10);
      });
    },
  );

  it("stamps the workbooks with the fixed date", () => {
    const core = new TextDecoder().decode(unzipSync(bytes(dir, "so-theo-doi-don.xlsx"))["docProps/core.xml"]);
    expect(core).toContain(`>${INIT_DEFAULT_DATE}T00:00:00Z</dcterms:created>`);
    expect(core).toContain(`>${INIT_DEFAULT_DATE}T00:00:00Z</dcterms:modified>`);
  });

  it("writes a Vietnamese README with the validate and report command lines for these files", () => {
    const readme = text(dir, "README.txt");
    expect(readme).toBe(readme.normalize("NFC"));
    expect(readme).toContain("tiepdan validate so-buoi-tiep-dan.xlsx --kind sessions");
    expect(readme).toContain("tiepdan validate so-theo-doi-don.csv --sessions so-buoi-tiep-dan.csv");
    expect(readme).toMatch(
      /tiepdan report --cases so-theo-doi-don\.xlsx --sessions so-buoi-tiep-dan\.xlsx --org don-vi\.json --narrative tuong-thuat\.txt --period \d{4}-Q[1-4] --out bao-cao/,
    );
    expect(readme).toContain("--profile state");
  });

  it("the README's report command line runs on the files as written", async () => {
    const line = /tiepdan report (--cases so-theo-doi-don\.csv [^\r\n]+)/.exec(text(dir, "README.txt"))?.[1];
    expect(line).toBeDefined();
    const files = new Set(readdirSync(dir));
    const out = join(root, "bao cáo");
    const argv = (line as string).split(" ").map((a) => (files.has(a) ? join(dir, a) : a === "bao-cao" ? out : a));
    const r = await run("report", ...argv, "--format", "docx");
    expect(r.stderr).not.toContain("tiepdan:");
    expect(r.code).toBe(0);
    expect(readdirSync(out).some((n) => n.endsWith(".docx"))).toBe(true);
    // The placeholders left in don-vi.json make the report a marked draft, and the clerk is told which.
    expect(r.stderr).toMatch(/còn \d+ chữ mẫu trong ngoặc vuông \(\[/);
    const docx = readdirSync(out).find((n) => n.endsWith(".docx")) as string;
    const xml = strFromU8(unzipSync(readFileSync(join(out, docx)))["word/document.xml"] as Uint8Array);
    expect(xml).toContain("[DỰ THẢO] Tệp thông tin đơn vị còn chữ mẫu trong ngoặc vuông");
  }, 60_000);

  it("refuses to overwrite without --force: lists the files, exits 2, changes nothing", async () => {
    writeFileSync(join(dir, "don-vi.json"), "sửa tay");
    writeFileSync(join(dir, "so-theo-doi-don.xlsx"), "sửa tay");
    const before = snapshot(dir);
    const r = await run("init", dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("đã có 7 tệp cùng tên, không ghi đè");
    for (const name of ALL) expect(r.stderr).toContain(`  ${name}\n`);
    expect(r.stderr).toContain("--force");
    expect(snapshot(dir)).toEqual(before);
  });

  it("--force overwrites them, and says so", async () => {
    const r = await run("init", dir, "--force");
    expect(r.code).toBe(0);
    expect(text(dir, "don-vi.json")).not.toBe("sửa tay");
    expect(parseOrgFile(text(dir, "don-vi.json")).ok).toBe(true);
    expect(text(dir, "so-theo-doi-don.xlsx")).not.toBe("sửa tay");
    expect(r.stdout).toMatch(/don-vi\.json .*\(ghi đè; bản cũ giữ ở don-vi\.json\.bak\)/);
    // The files the clerk had changed are kept beside (review s16 F20); those still as written are not.
    expect(text(dir, "don-vi.json.bak")).toBe("sửa tay");
    expect(text(dir, "so-theo-doi-don.xlsx.bak")).toBe("sửa tay");
    expect(readdirSync(dir).filter((n) => n.endsWith(".bak"))).toHaveLength(2);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("lists only the clashing files, and writes nothing when one clashes", async () => {
    const other = freshDir();
    expect((await run("init", other, "--only", "csv")).code).toBe(0);
    const before = snapshot(other);
    const r = await run("init", other);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("đã có 5 tệp cùng tên");
    expect(r.stderr).not.toContain("so-theo-doi-don.xlsx");
    expect(snapshot(other)).toEqual(before);
  });

  it("gives byte-identical files on two runs at different times", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-05-04T08:00:00"));
    const a = freshDir();
    expect((await run("init", a)).code).toBe(0);
    vi.setSystemTime(new Date("2026-05-06T17:31:07"));
    const b = freshDir();
    expect((await run("init", b)).code).toBe(0);
    const sa = snapshot(a);
    const sb = snapshot(b);
    expect(Object.keys(sb).sort()).toEqual(ALL);
    for (const name of ALL.filter((n) => n !== "README.txt"))
      expect(Buffer.from(sb[name] as Uint8Array).equals(Buffer.from(sa[name] as Uint8Array)), name).toBe(true);
    // The README names its own folder in its `cd` line (issue 16 point 10: commands that work as printed).
    expect(text(b, "README.txt").replaceAll(b, a)).toBe(text(a, "README.txt"));
    expect(text(a, "README.txt")).toContain("--period 2026-Q2");
    expect(text(a, "README.txt")).toContain(`cd "${a}"`);
  });

  it.each([
    ["csv", ["README.txt", "don-vi.json", "so-buoi-tiep-dan.csv", "so-theo-doi-don.csv", "tuong-thuat.txt"]],
    ["xlsx", ["README.txt", "don-vi.json", "so-buoi-tiep-dan.xlsx", "so-theo-doi-don.xlsx", "tuong-thuat.txt"]],
  ])("--only %s writes the registers in that format only, and the README names them", async (only, expected) => {
    const d = freshDir();
    const r = await run("init", d, "--only", only);
    expect(r.code).toBe(0);
    expect(readdirSync(d).sort()).toEqual(expected);
    const readme = text(d, "README.txt");
    expect(readme).toContain(`--cases so-theo-doi-don.${only} --sessions so-buoi-tiep-dan.${only}`);
    expect(readme).not.toContain(only === "csv" ? ".xlsx" : ".csv");
  });

  it("prints a Vietnamese --help with the exit codes; the main help names the command", async () => {
    const r = await run("init", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("tiepdan init <thư mục> [--only csv|xlsx] [--force]");
    expect(r.stdout).toContain("Mã thoát: 0 đã ghi các tệp; 2 ");
    expect((await run("--help")).stdout).toContain("tiepdan init <thư mục>");
  });

  it.each([
    [[], "Thiếu tên thư mục"],
    [["a", "b"], "Chỉ tạo một thư mục mỗi lần"],
    [["a", "--only", "pdf"], "--only phải là “csv” hoặc “xlsx”, không phải “pdf”"],
    [["a", "--bogus"], "Không có tùy chọn “--bogus”"],
  ])("exits 2 on a command typed wrong: %j", async (args, message) => {
    const r = await run("init", ...args.map((a) => (a === "a" || a === "b" ? join(root, `x-${a}`) : a)));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(existsSync(join(root, "x-a"))).toBe(false);
  });

  it("exits 2 when the folder is a file, or cannot be written", async () => {
    const file = join(root, "tệp thường.txt");
    writeFileSync(file, "x");
    const r = await run("init", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("không phải thư mục");
    const below = await run("init", join(file, "con"));
    expect(below.code).toBe(2);
    expect(below.stderr).toContain("Không ghi được");
  });
});
