import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig, type Plugin, runnerImport } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";

// The workspace packages are bundled from their TypeScript sources (export condition "@tiepdan/source"): no dist needed.
const SOURCE_CONDITIONS = ["@tiepdan/source", ...defaultClientConditions];
const VIRTUAL = "virtual:precompiled-templates";

/** `virtual:precompiled-templates`: every template of @tiepdan/templates precompiled in Node at build time. */
const precompiledTemplates = (): Plugin => ({
  name: "tiepdan-precompiled-templates",
  resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
  async load(id) {
    if (id !== `\0${VIRTUAL}`) return null;
    const { module } = await runnerImport<typeof import("./build/precompile.ts")>(
      fileURLToPath(new URL("./build/precompile.ts", import.meta.url)),
      {
        configFile: false,
        logLevel: "error",
        // The module runner's environment: the workspace packages from their sources, everything else native.
        environments: { inline: { resolve: { noExternal: [/^@tiepdan\//], conditions: ["@tiepdan/source"] } } },
      },
    );
    return module.precompiledTemplatesModule();
  },
});

/**
 * After vite-plugin-singlefile has inlined everything: the page's Content-Security-Policy allows exactly its one
 * inline script, by hash, instead of 'unsafe-inline'.
 */
const cspScriptHash = (): Plugin => ({
  name: "tiepdan-csp-script-hash",
  enforce: "post",
  generateBundle: {
    order: "post",
    handler(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== "asset" || !file.fileName.endsWith(".html")) continue;
        const html = String(file.source);
        const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
          (m) =>
            `'sha256-${createHash("sha256")
              .update(m[1] ?? "", "utf8")
              .digest("base64")}'`,
        );
        if (hashes.length !== 1) throw new Error(`csp: expected one inline script, found ${hashes.length}`);
        if (!html.includes("script-src 'unsafe-inline'"))
          throw new Error("csp: no script-src 'unsafe-inline' to replace");
        file.source = html.replace("script-src 'unsafe-inline'", `script-src ${hashes[0]}`);
      }
    },
  },
});

export default defineConfig(({ command }) => ({
  plugins: [
    precompiledTemplates(),
    ...(command === "build" ? [viteSingleFile({ removeViteModuleLoader: true }), cspScriptHash()] : []),
  ],
  resolve: {
    conditions: SOURCE_CONDITIONS,
    // Only precompiled templates run in the page: the Handlebars runtime, without the compiler.
    alias: [{ find: /^handlebars$/, replacement: "handlebars/runtime" }],
  },
  worker: { format: "iife", plugins: () => [precompiledTemplates()] },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    target: "es2022",
    reportCompressedSize: false,
    chunkSizeWarningLimit: 10_000,
    rollupOptions: { input: fileURLToPath(new URL("./tiep-dan.html", import.meta.url)) },
  },
  server: { open: "/tiep-dan.html" },
}));
