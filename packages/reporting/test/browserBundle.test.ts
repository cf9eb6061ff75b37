import { builtinModules } from "node:module";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// The browser-capable entries must bundle for the browser without any Node built-in: the offline web page
// renders PDF and DOCX in the browser from the same code.
const root = resolve(import.meta.dirname, "..");
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe("@tiepdan/reporting browser entries", () => {
  it.each(["src/index.ts", "src/pdf/index.ts", "src/docx/index.ts"])(
    "%s bundles for the browser with no Node built-in",
    async (entry) => {
      const result = await build({
        entryPoints: [join(root, entry)],
        bundle: true,
        platform: "browser",
        format: "esm",
        write: false,
        metafile: true,
        logLevel: "silent",
        conditions: ["@tiepdan/source"],
      });
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.length).toBeGreaterThan(1);
      expect(inputs.filter((i) => builtins.has(i) || i.startsWith("node:"))).toEqual([]);
      const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
      expect(imports.filter((p) => builtins.has(p))).toEqual([]);
    },
    60_000,
  );
});
