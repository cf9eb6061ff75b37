import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "node/index": "src/node/index.ts",
    "xlsx/index": "src/xlsx/index.ts",
    "cli/tiepdan": "src/cli/tiepdan.ts",
    "pdf/index": "src/pdf/index.ts",
    "docx/index": "src/docx/index.ts",
  },
  format: ["esm", "cjs"],
  dts: {
    entry: {
      index: "src/index.ts",
      "node/index": "src/node/index.ts",
      "xlsx/index": "src/xlsx/index.ts",
      "pdf/index": "src/pdf/index.ts",
      "docx/index": "src/docx/index.ts",
    },
    compilerOptions: { ignoreDeprecations: "6.0" },
  },
  sourcemap: true,
  clean: true,
  target: "es2022",
  // The browser entries (index, xlsx) use no Node API (test/browserBundle.test.ts checks it); the node and
  // cli entries import node: modules, which stay external.
  platform: "node",
  shims: true,
  treeshake: true,
});
