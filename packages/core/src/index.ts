/**
 * `@tiepdan/core` — the rules of citizen reception and of the handling of reflections, petitions, complaints
 * and denunciations in Vietnam (Quy định 11-QĐi/TW, amended by Kết luận 215-KL/TW; Kế hoạch 97-KH/TU;
 * Luật Tiếp công dân 2013; Luật Tố cáo 2018), as a pure library: no Node APIs, no I/O, no clock.
 *
 * Every decision returns its reasons and the clause it rests on; rule sets are chosen by the date of the event.
 *
 * @packageDocumentation
 */

export * from "./calendar/daysOffFile.js";
export * from "./calendar/daysOffNotices.js";
export * from "./calendar/holidays.js";
export * from "./calendar/lunar.js";
export * from "./calendar/workingDays.js";
export * from "./date/plainDate.js";
export * from "./deadlines/computeDeadline.js";
export * from "./deadlines/evaluateCaseDeadlines.js";
export { DEADLINE_SOURCES } from "./deadlines/sources.js";
export * from "./errors.js";
export * from "./format/canonicalJson.js";
export * from "./format/compareVietnamese.js";
export * from "./format/formatVietnameseDate.js";
export * from "./format/formatVietnameseNumber.js";
export * from "./format/toRomanNumeral.js";
export * from "./org/findOrgUnit.js";
export * from "./periods/getSamePeriodLastYear.js";
export * from "./periods/listPeriodObligations.js";
export * from "./periods/normalizePeriodSpec.js";
export * from "./periods/resolvePeriod.js";
export * from "./routing/routeCase.js";
export * from "./rules/getRuleSetAt.js";
export * from "./rules/getStateReportingRegimeAt.js";
export * from "./rules/ruleSets.js";
export * from "./rules/sources.js";
export * from "./schedule/checkSessionCompliance.js";
export * from "./schedule/nextSessionDue.js";
export * from "./schedule/proposeSchedule.js";
export * from "./schedule/sessionHost.js";
export * from "./schemas/index.js";
export { type AddCaseOptions, addCase, GROUP_CASE_MIN_PEOPLE } from "./stats/addCase.js";
export * from "./stats/addSession.js";
export { type CreateStatsOptions, createStats } from "./stats/createStats.js";
export * from "./stats/mergeStats.js";
export * from "./stats/summarizeStats.js";
export * from "./stats/types.js";
export * from "./triggers/evaluateAdHocTriggers.js";
