import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, resolve } from "node:path";
import { runInNewContext } from "node:vm";
import { build as esbuild } from "esbuild";
import { build as tsup } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Builds the package the way `pnpm build` does (tsup, ESM, neutral platform), then bundles the built file
// for the browser and evaluates it in a context that has no Node globals at all.
const root = resolve(import.meta.dirname, "..");
let outDir = "";
let bundle = "";
let inputs: string[] = [];

beforeAll(async () => {
  // Inside the package, so that the bundler resolves zod from the package's own node_modules.
  mkdirSync(join(root, "node_modules"), { recursive: true });
  outDir = mkdtempSync(join(root, "node_modules", ".browser-test-"));
  await tsup({
    entry: [join(root, "src/index.ts")],
    format: ["esm"],
    outDir,
    dts: false,
    config: false,
    platform: "neutral",
    target: "es2022",
    silent: true,
    external: ["zod"],
  });
  const result = await esbuild({
    entryPoints: [join(outDir, "index.js")],
    bundle: true,
    platform: "browser",
    format: "iife",
    globalName: "tiepdanCore",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  bundle = result.outputFiles[0]?.text ?? "";
  inputs = Object.keys(result.metafile.inputs);
}, 60_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe("@tiepdan/core runs in a browser", () => {
  it("bundles for the browser with no Node built-in among its inputs", () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect(inputs.some((i) => i.includes("node_modules/zod/"))).toBe(true);
    expect(inputs.filter((i) => builtins.has(i) || i.startsWith("node:"))).toEqual([]);
    expect(bundle).not.toMatch(/\brequire\(\s*["'](node:)?(fs|path|os|crypto|module|url|process)["']/);
  });

  it("evaluates with no process, require or Buffer and resolves a period", () => {
    const sandbox: Record<string, unknown> = {};
    runInNewContext(`${bundle}\nthis.result = tiepdanCore.resolvePeriod("2026-Q1", { cutoff: "mid-month" });`, sandbox);
    expect(sandbox.result).toMatchObject({ from: "2025-12-15", to: "2026-03-14", label: "quý I năm 2026" });
  });

  it("the built file is the one the exports map names", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(pkg.exports["."].import.default).toBe("./dist/index.js");
    expect(pkg.sideEffects).toBe(false);
  });
});
