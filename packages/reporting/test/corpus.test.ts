// The bad-file corpus (test/fixtures, made by scripts/make-fixtures.mjs): every file is read in memory
// (the browser core) and streamed from disk (the Node entry), and both give the expected rows and problems.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Problem, ProblemSchema } from "@tiepdan/core";
import { describe, expect, it } from "vitest";
import { type IntakeCollected, readCasesAll, readSessionsAll } from "../src/index.js";
import { PROBLEM_CODES } from "../src/intake/problemCodes.js";
import { collectReading, readCasesFile, readSessionsFile } from "../src/node/index.js";
import { xlsx } from "../src/xlsx/index.js";

interface Entry {
  file: string;
  description: string;
  kind: "cases" | "sessions";
  options?: { sheet?: string; sessionIds?: string[] };
  rows: { read: number; accepted: number; rejected: number };
  problems: Array<[string, number]>;
}

const dir = join(import.meta.dirname, "fixtures");
const manifest: Entry[] = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));

async function readInMemory(e: Entry): Promise<IntakeCollected<unknown>> {
  const bytes = new Uint8Array(readFileSync(join(dir, e.file)));
  const options = { fileName: e.file, xlsx, ...e.options };
  return e.kind === "cases" ? readCasesAll(bytes, options) : readSessionsAll(bytes, options);
}

async function readStreamed(e: Entry): Promise<IntakeCollected<unknown>> {
  const path = join(dir, e.file);
  return e.kind === "cases"
    ? collectReading(readCasesFile(path, e.options ?? {}))
    : collectReading(readSessionsFile(path, e.options ?? {}));
}

const summary = (r: IntakeCollected<unknown>) => ({ rows: r.rows, problems: r.problems.map((p) => [p.code, p.row]) });

describe("DESIGN.md “Registers”, “Problems”: the corpus of bad files", () => {
  it("has at least 30 files, each with a description", () => {
    expect(manifest.length).toBeGreaterThanOrEqual(30);
    for (const e of manifest) expect(e.description.length).toBeGreaterThan(5);
  });

  it.each(manifest.map((e) => [e.file, e] as const))("%s", async (_, e) => {
    const result = await readInMemory(e);
    expect(summary(result)).toEqual({ rows: e.rows, problems: e.problems });
    expect(summary(await readStreamed(e))).toEqual({ rows: e.rows, problems: e.problems });
    // Every problem is a valid Problem with a catalogued code and its catalogued severity, in NFC Vietnamese.
    for (const p of result.problems as Problem[]) {
      expect(ProblemSchema.safeParse(p).success).toBe(true);
      expect(PROBLEM_CODES[p.code as keyof typeof PROBLEM_CODES]?.severity).toBe(p.severity);
      expect(p.message).toBe(p.message.normalize("NFC"));
    }
    expect(result.rows.read).toBe(result.rows.accepted + result.rows.rejected);
    expect(result.records.length).toBe(result.rows.accepted);
  });
});
