import { defineConfig } from "tsup";
import { precompiledTemplatesModule } from "./src/precompiledTemplates.js";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  shims: true,
  treeshake: true,
  // The default templates precompiled into the package (src/_precompiled.ts): no compiler runs when a report renders.
  esbuildPlugins: [
    {
      name: "tiepdan-precompiled-templates",
      setup(build) {
        build.onLoad({ filter: /[\\/]_precompiled\.ts$/ }, () => ({
          contents: precompiledTemplatesModule(),
          loader: "js",
        }));
      },
    },
  ],
});
