import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "pdf/index": "src/pdf/index.ts", "docx/index": "src/docx/index.ts" },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  shims: true,
  treeshake: true,
});
