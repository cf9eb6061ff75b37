/// <reference types="vite/client" />

declare module "virtual:precompiled-templates" {
  /** `[source, strict, noEscape, templateSpec]` for every entry of `TEMPLATE_SOURCES` of @tiepdan/templates. */
  export const PRECOMPILED: ReadonlyArray<readonly [string, boolean, boolean, object]>;
}
