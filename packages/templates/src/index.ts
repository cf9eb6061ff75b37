/**
 * `@tiepdan/templates` — Handlebars templates of the official documents and helpers for Vietnamese text.
 *
 * The document templates arrive with the report issues; this entry already provides the template engine with
 * the Vietnamese helpers every template uses, built on the formatting of `@tiepdan/core`.
 *
 * @packageDocumentation
 */
export * from "./createTemplateEngine.js";
