import { defineConfig } from "vitest/config";

// The browser tests of the page (`pnpm test:web`): they drive Debian's chromium on the built single file, so they
// are not part of the root `pnpm test` (which runs packages/*/test/**/*.test.ts; these files end in .browser.ts).
export default defineConfig({
  resolve: { conditions: ["@tiepdan/source"] },
  ssr: { resolve: { conditions: ["@tiepdan/source"] } },
  test: {
    include: ["test/**/*.browser.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
