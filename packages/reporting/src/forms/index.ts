/**
 * The official State report forms (biểu mẫu) as data, one file a form and circular version, and how they are
 * filled from the statistics.
 *
 * @packageDocumentation
 */

export { TT01_2024_01_KQGQ } from "./definitions/tt01-2024-01-KQGQ.js";
export { TT01_2024_01_TCD } from "./definitions/tt01-2024-01-TCD.js";
export { TT01_2024_01_XLD } from "./definitions/tt01-2024-01-XLD.js";
export { TT01_2024_03_KQGQ } from "./definitions/tt01-2024-03-KQGQ.js";
export { TT06_2025_01_TCD } from "./definitions/tt06-2025-01-TCD.js";
export { TT06_2025_02_XLD } from "./definitions/tt06-2025-02-XLD.js";
export { TT06_2025_03_GQKN } from "./definitions/tt06-2025-03-GQKN.js";
export { TT06_2025_04_GQTC } from "./definitions/tt06-2025-04-GQTC.js";
export * from "./fillForm.js";
export * from "./layoutHeader.js";
export * from "./measures.js";
export * from "./registry.js";
export * from "./types.js";
