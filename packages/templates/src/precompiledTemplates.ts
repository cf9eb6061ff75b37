import { createTemplateEngine } from "./createTemplateEngine.js";
import { TEMPLATE_SOURCES } from "./templateSources.js";

/**
 * The code of an ES module exporting `PRECOMPILED`: every entry of {@link TEMPLATE_SOURCES} precompiled, as
 * `[source, strict, noEscape, spec]`. The package's build puts it in place of its empty internal list, so that every
 * engine of {@link createTemplateEngine} serves the default templates without compiling them; a page under a
 * Content-Security-Policy builds the same specs into its bundle. Runs Handlebars' compiler: call it at build time.
 *
 * @returns the module's JavaScript source
 * @example
 * writeFileSync("precompiled.js", precompiledTemplatesModule()); // at build time
 */
export function precompiledTemplatesModule(): string {
  const hb = createTemplateEngine();
  const entries = TEMPLATE_SOURCES.map(
    (t) =>
      `  [${JSON.stringify(t.source)}, ${t.options.strict}, ${t.options.noEscape === true}, ${hb.precompile(t.source, t.options)}]`,
  );
  return `// Generated at build time from TEMPLATE_SOURCES of @tiepdan/templates.\nexport const PRECOMPILED = [\n${entries.join(",\n")}\n];\n`;
}
