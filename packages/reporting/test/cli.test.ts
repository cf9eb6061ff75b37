// Builds the CLI the way `pnpm build` does (tsup), then runs it as a clerk would: `node tiepdan.js validate …`,
// checking the exit codes and what it prints.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { build as tsup } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const fixtures = join(root, "test", "fixtures");
let outDir = "";

beforeAll(async () => {
  // Inside the package, so that csv-parse and exceljs resolve from its node_modules.
  mkdirSync(join(root, "node_modules"), { recursive: true });
  outDir = mkdtempSync(join(root, "node_modules", ".cli-test-"));
  await tsup({
    entry: { tiepdan: join(root, "src/cli/tiepdan.ts") },
    format: ["esm"],
    outDir,
    dts: false,
    config: false,
    platform: "node",
    target: "es2022",
    silent: true,
    // @tiepdan/core and @tiepdan/templates from their sources (no build of them needed), with their dependencies;
    // the reporting package's own dependencies stay external, as in `pnpm build`.
    noExternal: ["@tiepdan/core", "@tiepdan/templates", "zod", "handlebars"],
    external: ["csv-parse", "exceljs", "pdfmake", "docx", "saxes", "@expo-google-fonts/tinos"],
    esbuildOptions(options) {
      options.conditions = ["@tiepdan/source"];
    },
  });
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const tiepdan = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(outDir, "tiepdan.js"), ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe("the built tiepdan executable", () => {
  it("starts with a shebang, as package.json bin needs", () => {
    expect(readFileSync(join(outDir, "tiepdan.js"), "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(pkg.bin.tiepdan).toBe("./dist/cli/tiepdan.js");
  });

  it.each([
    ["utf8-bom-semicolon.csv", 0],
    ["tcvn3.csv", 0],
    ["titles.xlsx", 1],
    ["repeated-ids.csv", 1],
    ["binary-garbage.csv", 1],
  ])("validate %s exits %d", (file, code) => {
    const r = tiepdan("validate", join(fixtures, file));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(code);
    expect(r.stdout).toContain("Đã đọc");
  });

  it("report --help prints the report command's help (the bundle loads pdfmake, docx and exceljs)", () => {
    const r = tiepdan("report", "--help");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Mã thoát: 0 đã ghi báo cáo");
  });

  it("--json prints JSON only", () => {
    const r = tiepdan("validate", join(fixtures, "impossible-dates.csv"), "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).rows).toEqual({ read: 8, accepted: 1, rejected: 7 });
  });

  it("exits 2 on a command typed wrong", () => {
    const r = tiepdan("validate", "--kind");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tiepdan:");
  });

  it("stops with a line in Vietnamese, no stack trace, when its output is closed early (`| head`)", () => {
    // A shell pipe into a reader that exits at once: the first write fails with EPIPE.
    const r = spawnSync(
      "sh",
      [
        "-c",
        `"${process.execPath}" "${join(outDir, "tiepdan.js")}" validate "${join(fixtures, "repeated-ids.csv")}" | true`,
      ],
      { encoding: "utf8" },
    );
    expect(r.stderr).not.toMatch(/\bat |node:internal|Error:/);
    expect(r.stderr).toMatch(/^(tiepdan: đầu ra đã bị đóng giữa chừng.*\n)?$/);
  });
});
