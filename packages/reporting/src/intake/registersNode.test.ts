// The CLI's readRegisters (CSV streamed from disk) and readRegisterFiles (bytes in memory, as in the browser)
// are one merge: on the whole test corpus they give the same records, rows, problems, fields and layouts.
import { readFileSync } from "node:fs";
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
    expect(stderr.filter((l) => l.startsWith("Đã đọc "))).toHaveLength(files.length);
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
