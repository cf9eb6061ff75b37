// Templates under the page's Content-Security-Policy: Handlebars' compiler generates code with `new Function`, which
// the policy refuses. `handlebars` is aliased to its runtime (vite.config.ts), every template the render functions of
// @tiepdan/templates use is precompiled at build time (TEMPLATE_SOURCES), and every environment the runtime creates
// gets a `compile` that returns the precompiled template of that source. Partials registered as strings are
// compiled lazily by Handlebars through `compile` too, so they are found the same way.

import { PRECOMPILED } from "virtual:precompiled-templates";
import Handlebars from "handlebars";

type Env = ReturnType<typeof Handlebars.create>;
type Spec = Parameters<Env["template"]>[0];

const specs = new Map(PRECOMPILED.map(([source, , , spec]) => [source, spec as Spec]));

/**
 * Makes `Handlebars.create()` (called by `createTemplateEngine` of @tiepdan/templates) return environments whose
 * `compile` serves precompiled templates. Call once, before any document is built.
 */
export function installPrecompiledTemplates(): void {
  const create = Handlebars.create.bind(Handlebars);
  Handlebars.create = () => {
    const env = create();
    const cache = new Map<string, ReturnType<Env["template"]>>();
    env.compile = ((source: string) => {
      let template = cache.get(source);
      if (!template) {
        const spec = specs.get(source);
        if (!spec) throw new Error(`Mẫu văn bản chưa được biên dịch sẵn: ${source.slice(0, 60)}…`);
        template = env.template(spec);
        cache.set(source, template);
      }
      return template;
    }) as Env["compile"];
    return env;
  };
}
