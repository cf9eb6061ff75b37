import { createTemplateEngine, type TemplateEngine } from "../createTemplateEngine.js";
import type { ComplianceModel } from "./model.js";

/**
 * The `caseTable` partial of the compliance report: a table of findings about cases — case, unit, what is wrong,
 * clause.
 *
 * @example
 * createTemplateEngine().registerPartial("caseTable", CASE_TABLE)
 */
export const CASE_TABLE = `<table widths="3,9,9,20,9" header-rows="1" size="10">
<tr><th>STT</th><th>Mã số, nội dung</th><th>Đơn vị</th><th>Chưa bảo đảm</th><th>Căn cứ</th></tr>
{{#each this}}<tr><td align="center">{{add @index 1}}</td><td>{{subject}}<br/>{{detail}}</td><td>{{unit}}</td><td>{{what}}</td><td>{{clause}}</td></tr>
{{/each}}</table>`;

/**
 * The body of the compliance report (markup for `parseMarkup`): the summary of breaches, each unit's scheduled
 * sessions against the minimum, then each breach with the clause it breaches, and the notes on what could not be
 * judged. Findings carry no identity: cases are named by `Mã số`, kinds and field.
 */
export const COMPLIANCE_REPORT_BODY = `<body>
{{#each draftNotes}}
<p align="center" indent="no"><b>[DỰ THẢO] {{this}}</b></p>
{{/each}}
<p align="center" indent="no"><i>(Số liệu tính từ ngày {{dateNumeric period.from}} đến ngày {{dateNumeric period.to}}; đánh giá theo dữ liệu đến ngày {{dateNumeric period.asOf}})</i></p>
{{#if (eq voice.profile "state")}}
<p>{{unit.reporter}} rà soát việc thực hiện trách nhiệm của {{voice.heads}} trong công tác tiếp công dân, xử lý đơn và giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh {{period.label}}{{#if units.length}} tại {{number units.length}} đơn vị{{/if}}, trên {{number casesChecked}} vụ việc; kết quả như sau:</p>
{{else}}
<p>{{unit.reporter}} rà soát việc thực hiện trách nhiệm của {{voice.heads}} trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý phản ánh, kiến nghị, khiếu nại, tố cáo {{period.label}}{{#if units.length}} tại {{number units.length}} đơn vị{{/if}}, trên {{number casesChecked}} vụ việc; kết quả như sau:</p>
{{/if}}
<h1>I. TỔNG HỢP</h1>
<table widths="1,10,3" header-rows="1" size="12">
<tr><th>STT</th><th>Nội dung chưa bảo đảm quy định</th><th>Số trường hợp</th></tr>
<tr><td align="center">1</td><td>Tháng {{voice.heads}} {{voice.reception}} định kỳ chưa đủ số ngày tối thiểu</td><td align="right">{{#if sessionsNotJudged}}—{{else}}{{number findings.sessions.length}}{{/if}}</td></tr>
<tr><td align="center">2</td><td>Vụ việc có dấu hiệu phải {{voice.reception}} đột xuất nhưng chưa tiếp</td><td align="right">{{#if adHocNotJudged}}—{{else}}{{number findings.adHoc.length}}{{/if}}</td></tr>
<tr><td align="center">3</td><td>Thời hạn thông báo, thụ lý, giải quyết chưa bảo đảm</td><td align="right">{{number findings.deadline.length}}</td></tr>
<tr><td align="center">4</td><td>Hướng xử lý đã ghi khác với hướng xử lý theo quy định</td><td align="right">{{number findings.route.length}}</td></tr>
</table>
{{#if sessionsNotJudged}}
<p>{{sessionsNotJudged}}</p>
{{else}}
<p>Số ngày {{voice.reception}} định kỳ của {{voice.heads}} từng đơn vị trong các tháng của kỳ:</p>
<table widths="6,2,2,2,2" header-rows="1" size="12">
<tr><th>Đơn vị</th><th>Số tháng</th><th>Số ngày đã tiếp</th><th>Số ngày tối thiểu</th><th>Số tháng chưa đủ</th></tr>
{{#each units}}<tr><td>{{unit}}</td><td align="right">{{number months}}</td><td align="right">{{number days}}</td><td align="right">{{#if (isNumber required)}}{{number required}}{{/if}}</td><td align="right">{{number monthsShort}}</td></tr>
{{/each}}</table>
{{/if}}
<h1>II. CÁC TRƯỜNG HỢP CHƯA BẢO ĐẢM QUY ĐỊNH</h1>
<h2>1. {{#if (eq voice.profile "state")}}Tiếp công dân{{else}}Tiếp dân{{/if}} định kỳ chưa đủ số ngày tối thiểu</h2>
{{#if sessionsNotJudged}}
<p>{{sessionsNotJudged}}</p>
{{else if findings.sessions.length}}
<table widths="3,11,6,20,9" header-rows="1" size="10">
<tr><th>STT</th><th>Đơn vị</th><th>Tháng</th><th>Chưa bảo đảm</th><th>Căn cứ</th></tr>
{{#each findings.sessions}}<tr><td align="center">{{add @index 1}}</td><td>{{unit}}</td><td>{{subject}}</td><td>{{what}}</td><td>{{clause}}</td></tr>
{{/each}}</table>
{{else}}
<p>Không có.</p>
{{/if}}
<h2>2. Vụ việc có dấu hiệu phải {{voice.reception}} đột xuất nhưng chưa tiếp</h2>
{{#if adHocNotJudged}}<p>{{adHocNotJudged}}</p>{{else if findings.adHoc.length}}{{> caseTable findings.adHoc}}{{else}}<p>Không có.</p>{{/if}}
<h2>3. Thời hạn thông báo, thụ lý, giải quyết chưa bảo đảm</h2>
{{#if findings.deadline.length}}{{> caseTable findings.deadline}}{{else}}<p>Không có.</p>{{/if}}
<h2>4. Hướng xử lý đã ghi khác với hướng xử lý theo quy định</h2>
{{#if findings.route.length}}{{> caseTable findings.route}}{{else}}<p>Không có.</p>{{/if}}
<h1>III. GHI CHÚ</h1>
{{#each notes}}
<p>{{this}}</p>
{{/each}}
<p>Danh sách chỉ ghi mã số, loại và lĩnh vực của vụ việc; không ghi họ tên, địa chỉ người gửi và nội dung tố cáo (Điều 8, Điều 47 Luật Tố cáo năm 2018).</p>
</body>`;

/** Options of {@link renderComplianceReport}. */
export interface RenderComplianceReportOptions {
  /** A template engine from {@link createTemplateEngine} (a new one by default). */
  engine?: TemplateEngine;
  /** Replace the body template. */
  template?: string;
}

/**
 * Fills the compliance report's template with its model (Handlebars strict mode, values escaped).
 *
 * @param model - the model, from `buildComplianceModel` of `@tiepdan/reporting`
 * @param options - a template engine or a replacement template
 * @returns the markup of the body, for `parseMarkup`
 * @throws {Error} when the template refers to a value the model lacks
 * @example
 * const doc = buildDocument({ meta, profile: "party", body: parseMarkup(renderComplianceReport(model)) });
 */
export function renderComplianceReport(model: ComplianceModel, options: RenderComplianceReportOptions = {}): string {
  const env = options.engine ?? createTemplateEngine();
  env.registerPartial("caseTable", CASE_TABLE);
  return env.compile(options.template ?? COMPLIANCE_REPORT_BODY, { strict: true })(model);
}
