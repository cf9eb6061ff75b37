import type { DocumentMetaInput } from "@tiepdan/core";
import { type ReportModel, renderPeriodicReport } from "@tiepdan/templates";
import { buildDocument, type ProfileName } from "../document/buildDocument.js";
import type { Block, DocumentNode, TableNode, TableRowNode } from "../document/ir.js";
import { parseMarkup } from "../document/parseMarkup.js";
import { overdueRows, registerRows } from "./_appendixRows.js";

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
 * @param profile - `state`: the words of Luật Tiếp công dân ("tiếp công dân"); `party` by default
 * @returns the summary line
 * @example
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
  const { model } = input;
  // The long tables' rows are built straight into IR (report/_appendixRows.ts); the template writes the rest.
  const { body, appendices } = renderPeriodicReport(model, { rowsApart: true });
  const blocks = parseMarkup(appendices);
  const sections = blocks.filter((b) => b.type === "section");
  let next = model.tables.length;
  if (model.overdueItems.length > 0) fillRows(sections[next++], overdueRows(model.overdueItems));
  if (model.register) fillRows(sections[next], registerRows(model.register.rows));
  return buildDocument({ meta: input.meta, profile: input.profile, body: parseMarkup(body), appendices: blocks });
}

/** Appends the rows to the last table of an appendix section, which the template left with its header row only. */
function fillRows(section: Block | undefined, rows: TableRowNode[]): void {
  const tables = section?.type === "section" ? section.children.filter((c) => c.type === "table") : [];
  const table = tables[tables.length - 1] as TableNode | undefined;
  if (!table || table.rows.length !== table.headerRows)
    throw new Error("buildPeriodicReport: the appendices template has no long table where its rows go");
  table.rows = [...table.rows, ...rows];
}
