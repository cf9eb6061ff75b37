/// <reference types="vite/client" />

declare module "virtual:precompiled-templates" {
  /** `[name, source, templateSpec]` for every entry of `TEMPLATE_SOURCES` of @tiepdan/templates. */
  export const PRECOMPILED: ReadonlyArray<readonly [string, string, object]>;
}
