// Runs in Node at build time (loaded by vite.config.ts through Vite's module runner, on the TypeScript sources):
// precompiles every Handlebars template the render functions use, so that the page never runs Handlebars'
// compiler (which generates code with `new Function`, refused by the page's Content-Security-Policy).
import { createTemplateEngine, TEMPLATE_SOURCES } from "@tiepdan/templates";

/**
 * The code of the virtual module `virtual:precompiled-templates`: `PRECOMPILED`, a list of
 * `[source, templateSpec]` pairs, one for every entry of `TEMPLATE_SOURCES`.
 */
export function precompiledTemplatesModule(): string {
  const hb = createTemplateEngine();
  const entries = TEMPLATE_SOURCES.map(
    (t) => `  [${JSON.stringify(t.name)}, ${JSON.stringify(t.source)}, ${hb.precompile(t.source, t.options)}]`,
  );
  return `// Generated at build time from TEMPLATE_SOURCES of @tiepdan/templates.\nexport const PRECOMPILED = [\n${entries.join(",\n")}\n];\n`;
}
