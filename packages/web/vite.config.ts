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
 * Handlebars' CommonJS files begin with "use strict", which the bundler drops when it turns them into ESM-in-IIFE
 * (the worker is a classic script, so sloppy). Sloppy mode boxes `this` — and Handlebars' block helpers call
 * `options.fn(this)`, so `{{#if x}}{{number this}}{{/if}}` would receive a Number object, refused by the helpers.
 * Each file is wrapped in a strict function to keep the semantics it was written for.
 */
const strictHandlebars = (): Plugin => ({
  name: "tiepdan-strict-handlebars",
  transform(code, id) {
    if (!/[\\/]handlebars[\\/]dist[\\/]cjs[\\/].*\.js$/.test(id) || !code.startsWith("'use strict'")) return null;
    return { code: `(function () {\n${code}\n}).call(this);\n`, map: null };
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

/** `pnpm web` (dev server): the same policy, plus what the dev server needs (its own scripts and its socket). */
const devCsp = (): Plugin => ({
  name: "tiepdan-dev-csp",
  apply: "serve",
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'unsafe-inline'", "script-src 'self' 'unsafe-inline'")
      .replace("style-src 'unsafe-inline'", "style-src 'self' 'unsafe-inline'")
      .replace("worker-src blob:", "worker-src 'self' blob:")
      .replace("connect-src 'none'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
  configureServer(server) {
    // The page is tiep-dan.html: the address the server prints opens it.
    server.middlewares.use((req, res, next) => {
      if (req.url !== "/") return next();
      res.statusCode = 302;
      res.setHeader("Location", "/tiep-dan.html");
      res.end();
    });
  },
});

export default defineConfig(({ command }) => ({
  plugins: [
    devCsp(),
    precompiledTemplates(),
    strictHandlebars(),
    ...(command === "build" ? [viteSingleFile({ removeViteModuleLoader: true }), cspScriptHash()] : []),
  ],
  resolve: {
    conditions: SOURCE_CONDITIONS,
    // Only precompiled templates run in the page: the Handlebars runtime, without the compiler.
    alias: [{ find: /^handlebars$/, replacement: "handlebars/runtime" }],
  },
  worker: { format: "iife", plugins: () => [precompiledTemplates(), strictHandlebars()] },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    target: "es2022",
    reportCompressedSize: false,
    chunkSizeWarningLimit: 10_000,
    rollupOptions: { input: fileURLToPath(new URL("./tiep-dan.html", import.meta.url)) },
  },
  server: { open: false },
}));
