/**
 * `@tiepdan/templates` — Handlebars templates of the official documents and helpers for Vietnamese text.
 *
 * The template engine carries the Vietnamese helpers every template uses, built on the formatting of
 * `@tiepdan/core`; the periodic report's template is typed against {@link ReportModel}.
 *
 * @packageDocumentation
 */

export * from "./compliance/complianceReport.js";
export * from "./compliance/model.js";
export * from "./createTemplateEngine.js";
export * from "./notices/notices.js";
export * from "./precompiledTemplates.js";
export * from "./report/model.js";
export * from "./report/periodicReport.js";
export * from "./schedule/receptionSchedule.js";
export * from "./templateSources.js";
