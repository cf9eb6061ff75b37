// The default templates precompiled: the package's build (tsup.config.ts) replaces this module by the code
// `precompiledTemplatesModule()` writes, so that a render from the built package runs no Handlebars compiler (it took
// 130–150 ms of every report's run, ahead of any work). Empty when the package runs from its TypeScript sources
// (tests, the docs): the templates are then compiled at run time, with the same text (test/templateSources.test.ts).

/** A default template precompiled: its source, the compile options it was precompiled with, and its spec. */
export type PrecompiledTemplate = readonly [source: string, strict: boolean, noEscape: boolean, spec: unknown];

export const PRECOMPILED: readonly PrecompiledTemplate[] = [];
