/**
 * Statistics files (`so-lieu.json`): a unit's report numbers, sent up instead of its registers and added up by
 * `tiepdan rollup`.
 *
 * @packageDocumentation
 */

export * from "./rollupStatistics.js";
export * from "./statsFile.js";
