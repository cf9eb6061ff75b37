import type { DocumentMetaInput } from "@tiepdan/core";
import { type ReportModel, renderPeriodicReport } from "@tiepdan/templates";
import { buildDocument, type ProfileName } from "../document/buildDocument.js";
import type { DocumentNode } from "../document/ir.js";
import { parseMarkup } from "../document/parseMarkup.js";

/** Input of {@link buildPeriodicReport}. */
export interface BuildPeriodicReportInput {
  /** The report model, from {@link buildReportModel}. */
  model: ReportModel;
  /** Document metadata, e.g. from {@link documentMetaFor}. */
  meta: DocumentMetaInput;
  /** Format profile. */
  profile: ProfileName;
}

/**
 * The summary (trích yếu) of the periodic report for a period label.
 *
 * @param periodLabel - e.g. "quý I năm 2026"
 * @returns the summary line
 * @example
 * @param profile - `state`: the words of Luật Tiếp công dân ("tiếp công dân"); `party` by default
 * periodicReportSummary("quý I năm 2026")
 * //=> "tình hình, kết quả tiếp dân, đối thoại trực tiếp với dân và xử lý phản ánh, kiến nghị, khiếu nại, tố cáo quý I năm 2026"
 */
export function periodicReportSummary(periodLabel: string, profile: ProfileName = "party"): string {
  if (profile === "state") {
    return `kết quả công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo ${periodLabel}`;
  }
  return `tình hình, kết quả tiếp dân, đối thoại trực tiếp với dân và xử lý phản ánh, kiến nghị, khiếu nại, tố cáo ${periodLabel}`;
}

/**
 * Builds the periodic report as a document: the model goes through the Handlebars templates of
 * `@tiepdan/templates` to markup, the strict markup parser to IR blocks, and the format profile adds the header,
 * title, signature, "Nơi nhận" and the appendices after them.
 *
 * @param input - model, metadata and profile
 * @returns the document IR for `renderPdf` and `renderDocx`
 * @throws {MarkupError} when a replaced template produces malformed markup
 * @example
 * const doc = buildPeriodicReport({ model, meta, profile: "party" });
 * const pdf = await renderPdf(doc, { fonts });
 */
export function buildPeriodicReport(input: BuildPeriodicReportInput): DocumentNode {
  const { body, appendices } = renderPeriodicReport(input.model);
  return buildDocument({
    meta: input.meta,
    profile: input.profile,
    body: parseMarkup(body),
    appendices: parseMarkup(appendices),
  });
}
