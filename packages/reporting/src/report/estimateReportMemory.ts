/** What {@link estimateReportMemoryMB} needs to know of a report run. */
export interface EstimateReportMemoryOptions {
  /** Cases read from the registers (all of them, not only those of the period). */
  cases: number;
  /** The register appendix asked for (`tiepdan report --register`). */
  register: "all" | "open" | "none";
  /** The formats asked for: only PDF and DOCX hold the register appendix as a document. */
  formats: readonly string[];
}

/** Memory of a report run that does not grow with the registers: fonts, templates, libraries (MB). */
const BASE_MB = 300;
/** Per case with the register appendix in PDF or DOCX: the model, the document IR and the long-table renderers (KB). */
const PER_CASE_WITH_APPENDIX_KB = 12;
/** Per case without it: the cases, their deadlines and the statistics (KB). */
const PER_CASE_KB = 0.5;

/**
 * Estimates the memory a periodic report needs, in MB, so that a job too big for the memory it has is refused
 * before it starts (with what to do) instead of crashing part way (issue 18, goal 7). The figures come from the
 * scale benchmark (`docs/performance.md`); the CLI compares the estimate with V8's heap limit, the web page with
 * the browser's.
 *
 * @param options - how many cases, which register appendix, which formats
 * @returns the estimated peak memory in MB
 * @example
 * estimateReportMemoryMB({ cases: 100_000, register: "all", formats: ["pdf", "docx"] }); //=> 1471.875
 * estimateReportMemoryMB({ cases: 100_000, register: "none", formats: ["pdf"] }); //=> 348.828125
 */
export function estimateReportMemoryMB(options: EstimateReportMemoryOptions): number {
  const { cases, register, formats } = options;
  if (!Number.isInteger(cases) || cases < 0) {
    throw new RangeError(`estimateReportMemoryMB: options.cases must be a non-negative integer, got ${cases}`);
  }
  const documents = formats.includes("pdf") || formats.includes("docx");
  return BASE_MB + (cases * (documents && register !== "none" ? PER_CASE_WITH_APPENDIX_KB : PER_CASE_KB)) / 1024;
}
