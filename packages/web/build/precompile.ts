// Runs in Node at build time (loaded by vite.config.ts through Vite's module runner, on the TypeScript sources):
// precompiles every Handlebars template the render functions use, so that the page never runs Handlebars'
// compiler (which generates code with `new Function`, refused by the page's Content-Security-Policy). The code is the
// one the package @tiepdan/templates builds into its own dist.
export { precompiledTemplatesModule } from "@tiepdan/templates";
