// The CLI's readRegisters (CSV streamed from disk) and readRegisterFiles (bytes in memory, as in the browser)
// are one merge: on the whole test corpus they give the same records, rows, problems, fields and layouts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRegisters } from "../cli/_common.js";
import { collectReading, readCasesFile, readSessionsFile } from "../node/index.js";
import { xlsx } from "../xlsx/xlsx.js";
import { readCasesAll } from "./readCases.js";
import { readSessionsAll } from "./readSessions.js";
import { readRegisterFiles } from "./registers.js";

const fixtures = join(import.meta.dirname, "../../test/fixtures");
const manifest = JSON.parse(readFileSync(join(fixtures, "manifest.json"), "utf8")) as Array<{
  file: string;
  kind: "cases" | "sessions";
}>;

describe("readRegisterFiles and the CLI's readRegisters merge alike (test corpus)", () => {
  it.each(["cases", "sessions"] as const)("%s registers, all in one merge", async (kind) => {
    const files = manifest.filter((m) => m.kind === kind).map((m) => m.file);
    const stderr: string[] = [];
    const cli = await readRegisters(
      kind,
      files.map((f) => join(fixtures, f)),
      { stdout: () => undefined, stderr: (t) => stderr.push(t) },
    );
    const web = await readRegisterFiles(
      kind,
      files.map((f) => ({ name: f, data: new Uint8Array(readFileSync(join(fixtures, f))) })),
      { xlsx },
    );
    expect(web.records).toEqual(cli.records);
    expect(web.rows).toEqual(cli.rows);
    expect(web.problems.map(({ file, ...detail }) => ({ file, detail }))).toEqual(cli.problems);
    expect(web.recordedFields).toEqual([...(cli.recordedFields ?? [])]);
    expect(web.perFile.map(({ file, rows, fields }) => ({ file, rows, fields }))).toEqual(cli.perFile);
    // One line per register: a workbook of two month sheets is two registers.
    expect(stderr.filter((l) => l.startsWith("Đã đọc "))).toHaveLength(cli.perFile.length);
    expect(cli.perFile.length).toBe(files.length + (kind === "cases" ? 1 : 0));
  });
});

describe("the layout is the same streamed from disk and read in memory (test corpus)", () => {
  it.each(manifest.map((m) => [m.file, m.kind] as const))("%s", async (file, kind) => {
    const path = join(fixtures, file);
    const bytes = new Uint8Array(readFileSync(path));
    const [streamed, inMemory] =
      kind === "cases"
        ? [await collectReading(readCasesFile(path)), await readCasesAll(bytes, { fileName: file, xlsx })]
        : [await collectReading(readSessionsFile(path)), await readSessionsAll(bytes, { fileName: file, xlsx })];
    expect(streamed.layout).toEqual(inMemory.layout);
    expect(streamed.problems).toEqual(inMemory.problems);
  });

  it("a UTF-8 CSV with titles above its header", async () => {
    const { layout } = await readCasesAll(new Uint8Array(readFileSync(join(fixtures, "titles-above-header.csv"))));
    expect({ ...layout, columns: layout.columns.length }).toMatchInlineSnapshot(`
      {
        "columns": 4,
        "delimiter": ";",
        "encoding": "utf-8",
        "format": "csv",
        "headerRow": 4,
        "missing": [],
      }
    `);
  });
});

describe("a long CSV streamed in pieces: cells to clean are found in any piece", () => {
  it("a control character and an apostrophe before a formula deep in the file: the same problems and records as in memory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tiepdan-pieces-"));
    try {
      const rows = Array.from(
        { length: 30000 },
        (_, i) =>
          `MS-${i};05/01/2026;Đơn thư;Kiến nghị;Đất đai;Nguyễn Văn ${i};Thôn ${i % 50};Nội dung đơn số ${i} về đất đai`,
      );
      rows[15000] = "MS-15000;05/01/2026;Đơn thư;Kiến nghị;Đất đai;Lê Văn A;Thôn 1;Nội dung\u0007 có ký tự lạ";
      rows[27000] = "MS-27000;05/01/2026;Đơn thư;Kiến nghị;Đất đai;Lê Văn B;Thôn 2;'=1+1";
      const text = `Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi;Địa chỉ;Nội dung\r\n${rows.join("\r\n")}\r\n`;
      const path = join(dir, "so-dai.csv");
      writeFileSync(path, text);
      // Past the first megabyte (read whole to find the encoding), in pieces of 256 KB.
      expect(text.length).toBeGreaterThan(1024 * 1024 + 3 * 256 * 1024);
      const streamed = await collectReading(readCasesFile(path));
      const inMemory = await readCasesAll(new Uint8Array(readFileSync(path)), { fileName: "so-dai.csv" });
      expect(streamed.problems).toEqual(inMemory.problems);
      expect(streamed.records).toEqual(inMemory.records);
      expect(streamed.problems.map((p) => [p.row, p.code])).toEqual([[15002, "VALUE_CONTROL_CHAR"]]);
      const byId = new Map(streamed.records.map((r) => [r.id, r.content]));
      expect([byId.get("MS-15000"), byId.get("MS-27000")]).toEqual(["Nội dung có ký tự lạ", "=1+1"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
