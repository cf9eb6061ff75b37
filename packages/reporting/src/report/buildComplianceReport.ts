import type { DocumentMetaInput } from "@tiepdan/core";
import { type ComplianceModel, renderComplianceReport } from "@tiepdan/templates";
import { buildDocument, type ProfileName } from "../document/buildDocument.js";
import type { DocumentNode } from "../document/ir.js";
import { parseMarkup } from "../document/parseMarkup.js";

/**
 * The summary (trích yếu) of the compliance report for a period label.
 *
 * @param periodLabel - e.g. "quý I năm 2026"
 * @param profile - `state`: the words of Luật Tiếp công dân; `party` by default
 * @returns the summary line
 * @example
 * complianceReportSummary("năm 2026")
 * //=> "kết quả rà soát việc thực hiện trách nhiệm tiếp dân, đối thoại trực tiếp với dân và xử lý phản ánh, kiến nghị, khiếu nại, tố cáo năm 2026"
 */
export function complianceReportSummary(periodLabel: string, profile: ProfileName = "party"): string {
  if (profile === "state") {
    return `kết quả rà soát việc thực hiện trách nhiệm tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo ${periodLabel}`;
  }
  return `kết quả rà soát việc thực hiện trách nhiệm tiếp dân, đối thoại trực tiếp với dân và xử lý phản ánh, kiến nghị, khiếu nại, tố cáo ${periodLabel}`;
}

/**
 * Builds the compliance report as a document: the model through the Handlebars template of `@tiepdan/templates`,
 * the strict markup parser, and the format profile (header, title, signature, "Nơi nhận").
 *
 * @param input - model, metadata and profile
 * @returns the document IR for `renderPdf` and `renderDocx`
 * @example
 * const doc = buildComplianceReport({ model, meta, profile: "state" });
 */
export function buildComplianceReport(input: {
  model: ComplianceModel;
  meta: DocumentMetaInput;
  profile: ProfileName;
}): DocumentNode {
  return buildDocument({
    meta: input.meta,
    profile: input.profile,
    body: parseMarkup(renderComplianceReport(input.model)),
  });
}
