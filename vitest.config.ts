import { defineConfig } from "vitest/config";

// TIEPDAN_TEST_JSON=<file> also writes vitest's JSON report there (CI reads the counts from it).
const jsonReport = process.env.TIEPDAN_TEST_JSON;

export default defineConfig({
  // Tests run on the TypeScript sources: the "@tiepdan/source" export condition points each workspace
  // package at its src/ entry, so no build is needed first.
  resolve: { conditions: ["@tiepdan/source"] },
  ssr: { resolve: { conditions: ["@tiepdan/source"] } },
  test: {
    reporters: jsonReport ? ["default", "json"] : ["default"],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts"],
    coverage: {
      provider: "v8",
      include: ["packages/core/src/**/*.ts"],
      exclude: ["**/*.test.ts", "**/index.ts"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 90 },
    },
  },
});
