// Goal 7 of issue 18: a report too big for the memory it has is refused before it starts, in Vietnamese, with
// what to do, exit 2, nothing written. The budget is forced small with TIEPDAN_MEMORY_MB.
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EXAMPLE_DIR } from "../../../../examples/generate-minh-son.mjs";
import { estimateReportMemoryMB } from "../report/estimateReportMemory.js";
import { memoryBudgetMB, reportTooBigMessage } from "./_memoryBudget.js";
import { main } from "./main.js";

const casePaths = readdirSync(EXAMPLE_DIR)
  .filter((f) => f.startsWith("so-theo-doi-don-"))
  .map((f) => join(EXAMPLE_DIR, f));

async function report(...extra: string[]) {
  const out = join(mkdtempSync(join(tmpdir(), "tiepdan-memory-")), "bao-cao");
  let stdout = "";
  let stderr = "";
  const code = await main(["report", "--cases", ...casePaths, "--period", "2026", "--out", out, ...extra], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr, files: existsSync(out) ? readdirSync(out) : [] };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("a report too big for the memory it has (issue 18, goal 7)", () => {
  it("says so in Vietnamese before starting, with what to do, exits 2 and writes nothing", async () => {
    vi.stubEnv("TIEPDAN_MEMORY_MB", "200");
    const r = await report("--format", "pdf,docx");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/Sổ có [\d.]+ vụ việc: lập báo cáo cần khoảng 3\d\d MB bộ nhớ, máy cho phép 200 MB\./);
    expect(r.stderr).toContain("Chưa lập báo cáo.");
    expect(r.stderr).toContain("--register open");
    expect(r.stderr).toContain("--register none");
    expect(r.stderr).toContain("NODE_OPTIONS=--max-old-space-size=");
    expect(r.stderr).not.toContain("Đang dựng văn bản");
    expect(r.files).toEqual([]);
  }, 60_000);

  it("the same job fits once the budget is the machine's", async () => {
    vi.stubEnv("TIEPDAN_MEMORY_MB", "");
    const r = await report("--format", "xlsx");
    expect(r.stderr).not.toContain("Chưa lập báo cáo");
    expect(r.code === 0 || r.code === 3).toBe(true);
    expect(r.files.some((f) => f.endsWith(".xlsx"))).toBe(true);
  }, 60_000);

  it("a budget that is not a number is a usage error (exit 2)", async () => {
    vi.stubEnv("TIEPDAN_MEMORY_MB", "nhiều");
    const r = await report("--format", "pdf");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("TIEPDAN_MEMORY_MB phải là một số MB lớn hơn 0, không phải “nhiều”.");
  });

  it.each([
    [100_000, "all", ["pdf", "docx"], 1471.875],
    [100_000, "open", ["pdf"], 1471.875],
    [100_000, "none", ["pdf", "docx"], 348.828125],
    [100_000, "all", ["xlsx"], 348.828125],
    [0, "all", ["pdf"], 300],
  ] as const)("estimates %i cases, register %s, %j at %d MB", (cases, register, formats, mb) => {
    expect(estimateReportMemoryMB({ cases, register, formats })).toBe(mb);
  });

  it("the register appendix is what makes 100,000 cases too big for a 1 GB budget", () => {
    const env = { TIEPDAN_MEMORY_MB: "1024" };
    expect(memoryBudgetMB(env)).toBe(1024);
    expect(reportTooBigMessage(100_000, "all", ["pdf"], env)).toContain("cần khoảng 1.472 MB");
    expect(reportTooBigMessage(100_000, "none", ["pdf"], env)).toBeUndefined();
    expect(memoryBudgetMB({})).toBeGreaterThan(100);
  });
});
