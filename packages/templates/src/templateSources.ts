import { CASE_TABLE, COMPLIANCE_REPORT_BODY } from "./compliance/complianceReport.js";
import { GUIDANCE_NOTICE, RECEIPT_NOTICE, TRANSFER_SLIP } from "./notices/notices.js";
import { PERIODIC_REPORT_APPENDICES, PERIODIC_REPORT_BODY, STAT_TABLE } from "./report/periodicReport.js";
import { RECEPTION_SCHEDULE_APPENDIX, RECEPTION_SCHEDULE_BODY, SCHEDULE_TABLE } from "./schedule/receptionSchedule.js";

/** Handlebars compile options the render functions of this package use. */
export interface TemplateCompileOptions {
  /** A missing value is an error. */
  strict: boolean;
  /** Values are HTML-escaped when `false` (given explicitly by some render functions). */
  noEscape?: boolean;
}

/** One template source that a render function of this package compiles, with the options it compiles it with. */
export interface TemplateSource {
  /** A name for messages and generated code, e.g. `"periodicReport.body"`. */
  name: string;
  /** The Handlebars source, exactly as it is passed to `compile`. */
  source: string;
  /**
   * The options of that `compile` call. A partial is compiled lazily by Handlebars with the options of the template
   * that includes it, so its entry carries the options of its parent template.
   */
  options: TemplateCompileOptions;
  /** The partial name it is registered under, for a partial. */
  partial?: string;
}

const REPORT_OPTIONS: TemplateCompileOptions = { strict: true, noEscape: false };
const STRICT: TemplateCompileOptions = { strict: true };

/**
 * Every template source and partial the render functions of this package compile, with the compile options they
 * use — `renderPeriodicReport`, `renderComplianceReport`, `renderNotice` and `renderReceptionSchedule` with their
 * default templates. A page under a Content-Security-Policy without `'unsafe-eval'` cannot run Handlebars' compiler
 * (it generates code with `new Function`): it precompiles these at build time and replaces the engine's `compile`
 * by a lookup of the precompiled template by source. A test of this package fails when a render function compiles a
 * source that is not listed here.
 *
 * @example
 * const hb = createTemplateEngine();
 * const specs = TEMPLATE_SOURCES.map((t) => [t.source, hb.precompile(t.source, t.options)]); // at build time
 */
export const TEMPLATE_SOURCES: readonly TemplateSource[] = [
  { name: "periodicReport.body", source: PERIODIC_REPORT_BODY, options: REPORT_OPTIONS },
  { name: "periodicReport.appendices", source: PERIODIC_REPORT_APPENDICES, options: REPORT_OPTIONS },
  { name: "periodicReport.statTable", source: STAT_TABLE, options: REPORT_OPTIONS, partial: "statTable" },
  { name: "complianceReport.body", source: COMPLIANCE_REPORT_BODY, options: STRICT },
  { name: "complianceReport.caseTable", source: CASE_TABLE, options: STRICT, partial: "caseTable" },
  { name: "notice.receipt", source: RECEIPT_NOTICE, options: STRICT },
  { name: "notice.guidance", source: GUIDANCE_NOTICE, options: STRICT },
  { name: "notice.transfer", source: TRANSFER_SLIP, options: STRICT },
  { name: "receptionSchedule.body", source: RECEPTION_SCHEDULE_BODY, options: REPORT_OPTIONS },
  { name: "receptionSchedule.appendix", source: RECEPTION_SCHEDULE_APPENDIX, options: REPORT_OPTIONS },
  {
    name: "receptionSchedule.scheduleTable",
    source: SCHEDULE_TABLE,
    options: REPORT_OPTIONS,
    partial: "scheduleTable",
  },
];
