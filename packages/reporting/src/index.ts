/**
 * `@tiepdan/reporting` — the pipeline from clerks' registers to the official reports, and the CLI `tiepdan`.
 *
 * Intake, the document engine and the report itself arrive with their issues; this entry already fixes the
 * shape of the machine-readable summary every report run writes (`--summary-json`).
 *
 * @packageDocumentation
 */
export * from "./buildSummaryJson.js";
export * from "./document/index.js";
export * from "./forms/index.js";
export * from "./intake/index.js";
export * from "./report/index.js";
export * from "./statsFile/index.js";
