import { defineConfig } from "vitest/config";

// Tests run on the TypeScript sources: the "@tiepdan/source" export condition points each workspace
// package at its src/ entry, so no build is needed first.
export default defineConfig({
  resolve: { conditions: ["@tiepdan/source"] },
  ssr: { resolve: { conditions: ["@tiepdan/source"] } },
  test: {
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
