import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import {
  type ComplianceModel,
  createTemplateEngine,
  type NoticeModel,
  precompiledTemplatesModule,
  type ReportModel,
  renderComplianceReport,
  renderNotice,
  renderPeriodicReport,
  renderReceptionSchedule,
  type ScheduleModel,
  TEMPLATE_SOURCES,
  type TemplateEngine,
} from "../src/index.js";

// Sample models built by @tiepdan/reporting from the Minh Sơn example (a few cases of Xã An Bình, Q1 2026; the
// 2027 schedule; two findings of each kind; one notice of each kind). Regenerate them when a model changes shape.
const SAMPLES = JSON.parse(readFileSync(new URL("./sample-models.json", import.meta.url), "utf8")) as {
  report: ReportModel;
  compliance: ComplianceModel;
  notices: NoticeModel[];
  schedule: ScheduleModel;
};

/** An engine whose `compile` records every source and options it is called with. */
function spyingEngine(): { engine: TemplateEngine; calls: { source: string; options: Record<string, unknown> }[] } {
  const engine = createTemplateEngine();
  const compile = engine.compile.bind(engine);
  const calls: { source: string; options: Record<string, unknown> }[] = [];
  engine.compile = ((source: string, options?: Record<string, unknown>) => {
    calls.push({ source, options: options ?? {} });
    return compile(source, options);
  }) as TemplateEngine["compile"];
  return { engine, calls };
}

const renders: [string, (engine: TemplateEngine) => unknown][] = [
  ["renderPeriodicReport", (engine) => renderPeriodicReport(SAMPLES.report, { engine })],
  ["renderComplianceReport", (engine) => renderComplianceReport(SAMPLES.compliance, { engine })],
  ...SAMPLES.notices.map((n): [string, (engine: TemplateEngine) => unknown] => [
    `renderNotice (${n.kind})`,
    (engine) => renderNotice(n, { engine }),
  ]),
  ["renderReceptionSchedule", (engine) => renderReceptionSchedule(SAMPLES.schedule, { engine })],
];

describe("TEMPLATE_SOURCES: every source a render function compiles, for precompilation under a CSP", () => {
  it.each(renders)("%s compiles only listed sources, with the listed options", (_name, render) => {
    const { engine, calls } = spyingEngine();
    render(engine);
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      const listed = TEMPLATE_SOURCES.find((t) => t.source === call.source);
      expect(listed, `not in TEMPLATE_SOURCES: ${call.source.slice(0, 80)}`).toBeDefined();
      // Handlebars adds its own keys (data …) to a parent's options passed on to a partial: compare the listed ones.
      for (const [key, value] of Object.entries(listed?.options ?? {})) expect(call.options[key]).toBe(value);
    }
  });

  it("covers every partial (the samples render each one) and lists no source twice", () => {
    const seen = new Set<string>();
    for (const [, render] of renders) {
      const { engine, calls } = spyingEngine();
      render(engine);
      for (const c of calls) seen.add(c.source);
    }
    expect(TEMPLATE_SOURCES.filter((t) => !seen.has(t.source)).map((t) => t.name)).toEqual([]);
    expect(new Set(TEMPLATE_SOURCES.map((t) => t.source)).size).toBe(TEMPLATE_SOURCES.length);
    expect(new Set(TEMPLATE_SOURCES.map((t) => t.name)).size).toBe(TEMPLATE_SOURCES.length);
  });

  it("precompiled templates give the same text as compiled ones, with no compiler at run time", () => {
    const hb = createTemplateEngine();
    // As a page does: evaluate each precompiled spec once (here with Function, at build time a bundler emits it).
    const specs = new Map(
      TEMPLATE_SOURCES.map((t) => [t.source, new Function(`return ${hb.precompile(t.source, t.options)}`)()]),
    );
    const runtime = createTemplateEngine();
    runtime.compile = ((source: string) => {
      const spec = specs.get(source);
      if (!spec) throw new Error(`not precompiled: ${source.slice(0, 60)}`);
      return runtime.template(spec);
    }) as TemplateEngine["compile"];
    for (const [, render] of renders) expect(render(runtime)).toEqual(render(createTemplateEngine()));
  });
});

describe("the default templates precompiled into the built package (src/_precompiled.ts, tsup.config.ts)", () => {
  it("precompiledTemplatesModule lists every source with its options, in TEMPLATE_SOURCES' order", async () => {
    const module = (await import(
      `data:text/javascript;charset=utf-8,${encodeURIComponent(precompiledTemplatesModule())}`
    )) as { PRECOMPILED: [string, boolean, boolean, unknown][] };
    expect(module.PRECOMPILED.map(([source, strict, noEscape]) => [source, strict, noEscape])).toEqual(
      TEMPLATE_SOURCES.map((t) => [t.source, t.options.strict, t.options.noEscape === true]),
    );
  });

  it("an engine of the built package renders every document without compiling, with the same text", async () => {
    const code = precompiledTemplatesModule();
    vi.resetModules();
    vi.doMock("../src/_precompiled.js", () => import(`data:text/javascript;charset=utf-8,${encodeURIComponent(code)}`));
    try {
      const built = (await import("../src/index.js")) as typeof import("../src/index.js");
      const parsed: string[] = [];
      const engine = () => {
        const e = built.createTemplateEngine();
        const parse = e.parse.bind(e);
        e.parse = ((input: string, options?: object) => {
          parsed.push(input);
          return parse(input, options);
        }) as TemplateEngine["parse"];
        return e;
      };
      for (const [name, render] of renders) {
        expect(render(engine() as TemplateEngine), name).toEqual(render(createTemplateEngine()));
      }
      expect(parsed).toEqual([]);
      // A source of the caller's own is compiled as before, strict.
      expect(() => engine().compile("{{missing}}")({})).toThrow(/missing/);
      expect(parsed).toEqual(["{{missing}}"]);
      // The default source compiled with other options than it was precompiled with is compiled, not served.
      engine().compile(TEMPLATE_SOURCES[0]?.source ?? "", { strict: false, noEscape: false })(SAMPLES.report);
      expect(parsed).toHaveLength(2);
      // An option beyond strict and noEscape is honoured (review s24 R24-3): knownHelpersOnly refuses the helpers.
      const notice = TEMPLATE_SOURCES.find((t) => t.name === "notice.receipt")?.source ?? "";
      expect(() => engine().compile(notice, { strict: true, knownHelpersOnly: true })({})).toThrow(/knownHelpersOnly/);
      expect(parsed).toHaveLength(3);
    } finally {
      vi.doUnmock("../src/_precompiled.js");
      vi.resetModules();
    }
  });
});
