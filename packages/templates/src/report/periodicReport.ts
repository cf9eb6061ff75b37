import { createTemplateEngine, type TemplateEngine } from "../createTemplateEngine.js";
import type { ReportModel, StatTable } from "./model.js";

/**
 * The body of the periodic report (markup of `parseMarkup` in `@tiepdan/reporting`): data range, basis, the
 * leadership section of the narrative, the results (sessions, cases, handling), then the other narrative
 * sections. The header, title, signature and "Nơi nhận" come from the format profile, not from here.
 */
export const PERIODIC_REPORT_BODY = `<body>
{{#each draftNotes}}
<p align="center" indent="no"><b>[DỰ THẢO] {{this}}</b></p>
{{/each}}
<p align="center" indent="no"><i>(Số liệu tính từ ngày {{dateNumeric period.from}} đến ngày {{dateNumeric period.to}}{{#if (eq period.cutoff "mid-month")}}, thời điểm khóa sổ số liệu ngày 14{{/if}}; kết quả giải quyết và thời hạn tính đến ngày {{dateNumeric period.asOf}})</i></p>
{{#if rows.rejected}}
<p><i>Số liệu lập từ {{number rows.accepted}} trong {{number rows.read}} dòng của {{number rows.files}} sổ theo dõi; {{number rows.rejected}} dòng có lỗi chưa được tính vào báo cáo.</i></p>
{{/if}}
{{#if unreported.length}}
<p><i>Số liệu tổng hợp chưa gồm số liệu của {{#each unreported}}{{#if @index}}{{#if @last}} và {{else}}, {{/if}}{{/if}}{{this}}{{/each}} (chưa gửi báo cáo).</i></p>
{{/if}}
{{#if (eq voice.profile "state")}}
<p>Thực hiện {{basis}}, {{unit.reporter}} báo cáo tình hình, kết quả công tác tiếp công dân, xử lý đơn và giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh {{period.label}} như sau:</p>
{{else}}
<p>Thực hiện {{basis}}, {{unit.reporter}} báo cáo tình hình, kết quả tiếp dân, đối thoại trực tiếp với dân và xử lý phản ánh, kiến nghị, khiếu nại, tố cáo {{period.label}} như sau:</p>
{{/if}}
{{#each narrative.intro}}
<p>{{this}}</p>
{{/each}}
{{#if (eq outline.plan "mau02")}}
<h1>I. TÌNH HÌNH KHIẾU NẠI, TỐ CÁO</h1>
{{#if cases.total}}
<p>Trong kỳ, tiếp nhận {{number cases.byKind.complaint}} vụ việc khiếu nại ({{share cases.byKind.complaint cases.total}} số vụ việc tiếp nhận) và {{number cases.byKind.denunciation}} vụ việc tố cáo ({{share cases.byKind.denunciation cases.total}}){{#if comparison}}; so với cùng kỳ năm trước ({{comparison.label}}), số vụ việc khiếu nại {{change cases.byKind.complaint comparison.complaints "vụ việc"}}, số vụ việc tố cáo {{change cases.byKind.denunciation comparison.denunciations "vụ việc"}}{{/if}}.</p>
{{else}}
<p>Trong kỳ, không tiếp nhận vụ việc khiếu nại, tố cáo nào{{#if comparison}} (cùng kỳ năm trước, {{comparison.label}}: {{number comparison.complaints}} vụ việc khiếu nại, {{number comparison.denunciations}} vụ việc tố cáo){{/if}}.</p>
{{/if}}
{{#each narrative.situation}}
<h2>{{add @index 1}}. {{heading}}</h2>
{{#each paragraphs}}
<p>{{this}}</p>
{{/each}}
{{/each}}
{{else}}
{{#with narrative.leadership}}
<h1>I. {{upper heading}}</h1>
{{#each paragraphs}}
<p>{{this}}</p>
{{/each}}
{{/with}}
{{/if}}
<h1>{{outline.results}}. {{#if (eq outline.plan "mau02")}}KẾT QUẢ CÔNG TÁC TIẾP CÔNG DÂN, XỬ LÝ ĐƠN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO{{else if (eq voice.profile "state")}}KẾT QUẢ TIẾP CÔNG DÂN, XỬ LÝ ĐƠN VÀ GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO, KIẾN NGHỊ, PHẢN ÁNH{{else}}KẾT QUẢ TIẾP DÂN, ĐỐI THOẠI VÀ XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ, KHIẾU NẠI, TỐ CÁO{{/if}}</h1>
<h2>1. {{#if (eq outline.plan "mau02")}}Công tác tiếp công dân{{else if (eq voice.profile "state")}}Tiếp công dân, đối thoại{{else}}Tiếp dân, đối thoại trực tiếp với dân{{/if}}</h2>
{{#if (eq sessions.status "noRegister")}}
<p>Báo cáo này chưa tổng hợp sổ theo dõi buổi {{voice.reception}} nên không nêu số buổi {{voice.reception}} định kỳ, đột xuất của {{voice.heads}} trong kỳ.</p>
{{else if (eq sessions.status "noSessions")}}
<p>Trong kỳ, sổ theo dõi buổi {{voice.reception}} không ghi buổi {{voice.reception}} nào của {{voice.heads}} trong phạm vi báo cáo.</p>
{{else}}
<p>Trong kỳ, {{voice.heads}} trong phạm vi báo cáo đã tổ chức {{number sessions.held}} buổi {{voice.reception}} ({{number sessions.scheduled}} buổi định kỳ, {{number sessions.adHoc}} buổi đột xuất), tiếp {{number sessions.people}} lượt người; {{number sessions.dialogues}} buổi có đối thoại{{#unless (eq voice.profile "state")}} trực tiếp với dân{{/unless}}.</p>
{{#if (eq sessions.status "judged")}}
{{#if sessions.monthsJudged}}
<p>{{unit.headTitle}} {{voice.reception}} định kỳ {{number sessions.headDays}} ngày trong {{number sessions.monthsJudged}} tháng {{#if sessions.monthsOpen.length}}đã kết thúc {{/if}}của kỳ báo cáo; số ngày tối thiểu theo {{sessions.citation}} là {{number sessions.required}} ngày{{#if sessions.perWeek}} (ít nhất {{number sessions.perWeek}} ngày mỗi tuần){{/if}}.{{#if sessions.monthsShort.length}} Các tháng chưa bảo đảm số ngày {{voice.reception}} định kỳ tối thiểu: {{monthList sessions.monthsShort}}.{{else}} Bảo đảm số ngày {{voice.reception}} định kỳ tối thiểu trong {{#if sessions.monthsOpen.length}}các tháng đã kết thúc{{else}}tất cả các tháng{{/if}} của kỳ báo cáo.{{/if}}{{#if sessions.monthsOpen.length}} Riêng {{monthList sessions.monthsOpen}} chưa kết thúc đến ngày {{dateNumeric period.asOf}} (ngày tính số liệu) nên chưa đánh giá; đến ngày này, {{unit.headTitle}} đã {{voice.reception}} định kỳ {{number sessions.openDays}} ngày.{{/if}}</p>
{{else}}
<p>Đến ngày {{dateNumeric period.asOf}} (ngày tính số liệu), {{monthList sessions.monthsOpen}} chưa kết thúc nên chưa đánh giá số ngày {{voice.reception}} định kỳ tối thiểu của {{unit.headTitle}}; đến ngày này, {{unit.headTitle}} đã {{voice.reception}} định kỳ {{number sessions.openDays}} ngày.</p>
{{/if}}
{{else if (eq sessions.status "noRule")}}
<p>Chưa có quy định về số ngày {{voice.reception}} tối thiểu áp dụng cho cấp của {{unit.name}}.</p>
{{/if}}
{{#if sessions.unitsShort.length}}
{{#*inline "unitsShortHeads"}}{{#if (eq voice.profile "state")}}Có {{number sessions.unitsShort.length}} đơn vị cấp dưới mà Chủ tịch Ủy ban nhân dân{{else}}Người đứng đầu {{number sessions.unitsShort.length}} đơn vị cấp dưới{{/if}}{{/inline}}
{{#if (gt sessions.unitsShort.length 10)}}
<p>{{> unitsShortHeads}} chưa bảo đảm số ngày {{voice.reception}} định kỳ tối thiểu trong một số tháng của kỳ báo cáo.</p>
{{else}}
<p>{{> unitsShortHeads}} chưa bảo đảm số ngày {{voice.reception}} định kỳ tối thiểu: {{#each sessions.unitsShort}}{{name}} ({{#if byWeeks}}{{number byWeeks.weeks}} tuần chưa đủ tối thiểu {{number byWeeks.perWeek}} ngày mỗi tuần trong {{monthList byWeeks.months}}{{#if byWeeks.days}} và thiếu {{number byWeeks.days.shortfall}} ngày trong {{monthList byWeeks.days.months}}{{/if}}{{else}}thiếu {{number shortfall}} ngày trong {{monthList months}}{{/if}}){{#unless @last}}; {{/unless}}{{/each}}.</p>
{{/if}}
{{/if}}
{{#if sessionsComparison}}
<p>So với cùng kỳ năm trước ({{sessionsComparison.label}}): số buổi {{voice.reception}} {{change sessions.held sessionsComparison.sessionsHeld "buổi"}}; số lượt người được tiếp {{change sessions.people sessionsComparison.sessionsPeople "lượt"}}.</p>
{{/if}}
{{#if outline.appendixSessions}}
<p>Chi tiết theo đơn vị tại Phụ lục {{outline.appendixSessions}}.</p>
{{/if}}
{{/if}}
<h2>2. {{#if (eq outline.plan "mau02")}}Tiếp nhận, phân loại và xử lý đơn{{else}}Tiếp nhận, phân loại phản ánh, kiến nghị, khiếu nại, tố cáo{{/if}}</h2>
<p>Trong kỳ tiếp nhận {{number cases.total}} vụ việc của {{number cases.people}} người, trong đó: phản ánh {{number cases.byKind.reflection}}, kiến nghị {{number cases.byKind.petition}}, khiếu nại {{number cases.byKind.complaint}}, tố cáo {{number cases.byKind.denunciation}} vụ việc (một vụ việc có thể có nhiều nội dung); {{number cases.group}} vụ việc đông người (từ 5 người trở lên). Kỳ trước chuyển sang {{number cases.carriedOver}} vụ việc chưa có kết quả.</p>
{{#if comparison}}
<p>So với cùng kỳ năm trước ({{comparison.label}}): số vụ việc tiếp nhận {{change cases.total comparison.casesTotal "vụ việc"}}; số vụ việc đông người {{change cases.group comparison.casesGroup "vụ việc"}}.</p>
{{else}}
<p><i>{{comparisonNote}}</i></p>
{{/if}}
{{#if cases.total}}
<p>Theo lĩnh vực: {{#each cases.byField}}{{label}} {{number count}} vụ việc ({{share count ../cases.total}}){{#if @last}}.{{else}}; {{/if}}{{/each}} Theo hình thức tiếp nhận: {{#each cases.byChannel}}{{lower label}} {{number count}}{{#if @last}}.{{else}}; {{/if}}{{/each}}</p>
{{/if}}
{{#if outline.appendixCases}}
<p>Chi tiết theo đơn vị tại Phụ lục {{outline.appendixCases}}{{#if outline.appendixFields}}, theo lĩnh vực tại Phụ lục {{outline.appendixFields}}{{/if}}.</p>
{{/if}}
{{#*inline "routes"}}
<p>{{#if inPeriod}}Riêng các vụ việc tiếp nhận trong kỳ, theo{{else}}Theo{{/if}} hướng xử lý đã ghi trong sổ: giải quyết theo thẩm quyền {{number cases.byRoute.handle}} vụ việc; chỉ đạo, chuyển cơ quan có thẩm quyền {{number cases.byRoute.direct}} vụ việc; hướng dẫn người dân {{number cases.byRoute.guide}} vụ việc; lưu đơn {{number cases.byRoute.archive}} vụ việc{{#if cases.routeUnrecorded}}; chưa ghi hướng xử lý {{number cases.routeUnrecorded}} vụ việc{{/if}}.</p>
{{/inline}}
{{#*inline "settled"}}
<p>{{what}} thuộc thẩm quyền được xử lý trong kỳ (tiếp nhận trong kỳ và kỳ trước chuyển sang chưa xử lý): {{number kind.competent}} đơn{{#if (isNumber kind.accepted)}}, trong đó đã thụ lý giải quyết {{number kind.accepted}}, đang xem xét điều kiện thụ lý {{number kind.pending}}, rút đơn {{number kind.withdrawn}}{{else if (isNumber kind.withdrawn)}}, trong đó rút đơn {{number kind.withdrawn}}{{/if}}.{{#if (isNumber kind.decided)}} Trong kỳ đã ban hành {{number kind.decided}} {{issued}}{{#if kind.decided}} (kể cả đối với vụ việc đã thụ lý từ kỳ trước){{/if}}.{{/if}}</p>
{{/inline}}
{{#if (eq outline.plan "mau02")}}
{{#if processing}}
{{#with processing}}
<p>Kết quả tiếp nhận, phân loại và xử lý đơn (số liệu của Biểu số 02/XLD):</p>
<p>a) Tổng số đơn {{number (add carriedOver received)}} (đơn kỳ trước chuyển sang chưa xử lý {{number carriedOver}}, tiếp nhận trong kỳ {{number received}}); đã xử lý {{number processed}} đơn; số đơn đủ điều kiện xử lý {{number eligible}}, trong đó thuộc thẩm quyền {{number competent}} đơn.</p>
<p>b) Đơn thuộc thẩm quyền:{{#unless competent}} không có.{{/unless}}</p>
{{#if complaint.total}}
<p>- Khiếu nại: {{number complaint.total}} đơn{{#if (isNumber complaint.first)}} (lần đầu {{number complaint.first}} đơn, lần hai {{number complaint.second}} đơn){{/if}}{{#if (isNumber complaint.land)}}; theo lĩnh vực: đất đai {{number complaint.land}}; chế độ, chính sách {{number complaint.policy}}; khác {{number complaint.other}}{{/if}}.</p>
{{/if}}
{{#if denunciation.total}}
<p>- Tố cáo: {{number denunciation.total}} đơn{{#if (isNumber denunciation.first)}} (lần đầu {{number denunciation.first}} đơn, tố cáo tiếp {{number denunciation.repeat}} đơn){{/if}}{{#if (isNumber denunciation.administrative)}}; theo lĩnh vực: hành chính {{number denunciation.administrative}}; tham nhũng {{number denunciation.corruption}}; tư pháp {{number denunciation.judicial}}; khác {{number denunciation.other}}{{/if}}.</p>
{{/if}}
{{#if petition.total}}
<p>- Kiến nghị, phản ánh: {{number petition.total}} đơn{{#if (isNumber petition.policy)}}; theo lĩnh vực: chế độ, chính sách {{number petition.policy}}; đất đai {{number petition.land}}; khác {{number petition.other}}{{/if}}.</p>
{{/if}}
<p>c) Đơn không thuộc thẩm quyền: {{#if notCompetent}}{{number notCompetent}} đơn, trong đó hướng dẫn {{number guided}} đơn, chuyển đơn đến cơ quan có thẩm quyền {{number transferred}} đơn.{{else}}không có.{{/if}}</p>
{{/with}}
{{else}}
<p>Sổ theo dõi đơn chưa có cột “Hướng xử lý” nên chưa tổng hợp được số đơn đã xử lý, đủ điều kiện xử lý, thuộc và không thuộc thẩm quyền (các cột này của Biểu số 02/XLD để trống).</p>
{{/if}}
{{> routes inPeriod=true}}
<h2>3. Kết quả giải quyết khiếu nại, tố cáo</h2>
{{#if settlement}}
{{> settled what="Đơn khiếu nại" kind=settlement.complaint issued="quyết định giải quyết khiếu nại"}}
{{> settled what="Đơn tố cáo" kind=settlement.denunciation issued="kết luận nội dung tố cáo"}}
{{else}}
<p>Sổ theo dõi đơn chưa có cột “Hướng xử lý” nên chưa xác định được đơn khiếu nại, tố cáo thuộc thẩm quyền giải quyết.</p>
{{/if}}
{{else}}
<h2>3. Kết quả xử lý, giải quyết</h2>
{{> routes inPeriod=false}}
{{/if}}
{{#if cases.total}}
<p>Đến ngày {{dateNumeric period.asOf}}, {{number cases.resolved}}/{{number cases.total}} vụ việc tiếp nhận trong kỳ đã có kết quả (đạt {{share cases.resolved cases.total}}); {{number cases.open}} vụ việc đang xử lý.</p>
{{/if}}
{{#if (isNumber cases.overdue)}}
{{#if cases.overdue}}
<p>Có {{number cases.overdue}} vụ việc quá thời hạn theo quy định (thông báo bằng văn bản cho người dân, thụ lý hoặc giải quyết){{#if outline.appendixOverdue}}; danh sách tại Phụ lục {{outline.appendixOverdue}}{{/if}}.{{#if cases.deadlineColumnsMissing.length}} Sổ theo dõi chưa ghi {{#each cases.deadlineColumnsMissing}}“{{this}}”{{#unless @last}}, {{/unless}}{{/each}} nên các thời hạn cần ngày đó chưa được đánh giá.{{/if}}</p>
{{else if cases.deadlineColumnsMissing.length}}
<p>Trong các thời hạn đánh giá được, không có vụ việc quá hạn; sổ theo dõi chưa ghi {{#each cases.deadlineColumnsMissing}}“{{this}}”{{#unless @last}}, {{/unless}}{{/each}} nên các thời hạn cần ngày đó chưa được đánh giá.</p>
{{else}}
<p>Không có vụ việc quá thời hạn theo quy định.</p>
{{/if}}
{{/if}}
{{#if (eq outline.plan "mau02")}}
{{#with narrative.leadership}}
<h2>4. Công tác quản lý nhà nước về tiếp công dân, giải quyết khiếu nại, tố cáo</h2>
{{#each paragraphs}}
<p>{{this}}</p>
{{/each}}
{{/with}}
{{/if}}
{{#each narrative.others}}
<h1>{{lookup ../outline.others @index}}. {{upper heading}}</h1>
{{#each paragraphs}}
<p>{{this}}</p>
{{/each}}
{{/each}}
</body>`;

/**
 * The `statTable` partial of the periodic report: a statistical table as markup — two-level header, the "MS" row of
 * column numbers, rows, notes.
 *
 * @example
 * createTemplateEngine().registerPartial("statTable", STAT_TABLE)
 */
export const STAT_TABLE = `<table widths="{{widths}}" header-rows="{{headerRows}}" size="{{size}}">
{{#if table.headerGrid}}{{#each table.headerGrid}}<tr>{{#each this}}<th colspan="{{colspan}}" rowspan="{{rowspan}}" valign="top">{{label}}</th>{{/each}}</tr>
{{/each}}{{else}}<tr><th rowspan="{{levels}}">{{table.rowHeader}}</th>{{#each table.columns}}{{#if children}}<th colspan="{{children.length}}">{{label}}</th>{{else}}<th rowspan="{{../levels}}">{{label}}</th>{{/if}}{{/each}}</tr>
{{#if (eq levels 2)}}<tr>{{#each table.columns}}{{#each children}}<th>{{label}}</th>{{/each}}{{/each}}</tr>{{/if}}{{/if}}
{{#if table.columnCodes}}<tr><th>MS</th>{{#each table.columnCodes}}<th>{{this}}</th>{{/each}}</tr>{{/if}}
{{#each table.rows}}<tr><td>{{#if total}}<b>{{label}}</b>{{else}}{{label}}{{/if}}</td>{{#each values}}<td align="right">{{#if (isNumber this)}}{{#if ../total}}<b>{{number this}}</b>{{else}}{{number this}}{{/if}}{{/if}}</td>{{/each}}</tr>
{{/each}}</table>
{{#each table.notes}}
<p indent="no" size="11"><i>{{this}}</i></p>
{{/each}}`;

/** The appendices: the statistical tables, the overdue list and the case register, each on landscape pages. */
export const PERIODIC_REPORT_APPENDICES = `<body>
{{#each tables}}
<section orientation="landscape">
<p align="center" indent="no"><b>Phụ lục {{add @index 1}}</b></p>
<p align="center" indent="no"><b>{{title}}</b></p>
<p align="center" indent="no"><i>(Kèm theo {{../attachedTo}}; số liệu tính từ ngày {{dateNumeric ../period.from}} đến ngày {{dateNumeric ../period.to}})</i></p>
{{> statTable (tableLayout this)}}
</section>
{{/each}}
{{#if overdueItems.length}}
<section orientation="landscape">
<p align="center" indent="no"><b>Phụ lục {{outline.appendixOverdue}}</b></p>
<p align="center" indent="no"><b>DANH SÁCH VỤ VIỆC QUÁ THỜI HẠN THEO QUY ĐỊNH</b></p>
<p align="center" indent="no"><i>(Kèm theo {{attachedTo}}; tính đến ngày {{dateNumeric period.asOf}})</i></p>
<table widths="2,5,4,5,5,6,16" header-rows="1" size="10">
<tr><th>STT</th><th>Mã số</th><th>Ngày tiếp nhận</th><th>Loại</th><th>Lĩnh vực</th><th>Đơn vị</th><th>Thời hạn chưa bảo đảm</th></tr>
{{#unless @rowsApart}}{{#each overdueItems}}<tr><td align="center">{{add @index 1}}</td><td>{{id}}</td><td align="center">{{dateNumeric receivedOn}}</td><td>{{kinds}}</td><td>{{field}}</td><td>{{unit}}</td><td>{{#each missed}}{{this}}{{#unless @last}}<br/>{{/unless}}{{/each}}</td></tr>
{{/each}}{{/unless}}</table>
</section>
{{/if}}
{{#if register}}
<section orientation="landscape">
<p align="center" indent="no"><b>Phụ lục {{outline.appendixRegister}}</b></p>
<p align="center" indent="no"><b>{{#if (eq register.scope "open")}}DANH SÁCH VỤ VIỆC CHƯA CÓ KẾT QUẢ{{else}}DANH SÁCH VỤ VIỆC TIẾP NHẬN TRONG KỲ{{/if}}</b></p>
<p align="center" indent="no"><i>(Kèm theo {{attachedTo}}; số liệu tính từ ngày {{dateNumeric period.from}} đến ngày {{dateNumeric period.to}})</i></p>
{{#if register.revealIdentities}}
<p align="center" indent="no"><b>SỔ NỘI BỘ CÓ THÔNG TIN NGƯỜI TỐ CÁO — KHÔNG GỬI RA NGOÀI (Điều 8, Điều 47 Luật Tố cáo năm 2018)</b></p>
{{else}}
<p align="center" indent="no"><i>Họ tên, địa chỉ người tố cáo và nội dung tố cáo được giữ bí mật theo Điều 8, Điều 47 Luật Tố cáo năm 2018; nội dung tố cáo chỉ ghi lĩnh vực.</i></p>
{{/if}}
<table widths="2,5,3,4,7,2,10,5,5,5" header-rows="1" size="9">
<tr><th>STT</th><th>Mã số</th><th>Ngày tiếp nhận</th><th>Loại, lĩnh vực</th><th>Người gửi, địa chỉ</th><th>Số người</th><th>Nội dung</th><th>Hướng xử lý, cơ quan xử lý</th><th>Kết quả</th><th>Đơn vị</th></tr>
{{#unless @rowsApart}}{{#each register.rows}}<tr><td align="center">{{add @index 1}}</td><td>{{id}}</td><td align="center">{{dateNumeric receivedOn}}</td><td>{{kinds}}{{#if field}}<br/>{{field}}{{/if}}</td><td>{{#if withheld}}<i>{{sender}}</i>{{else}}{{sender}}{{#if address}}<br/>{{address}}{{/if}}{{/if}}</td><td align="center">{{number people}}</td><td>{{content}}</td><td>{{route}}{{#if handlingBody}}<br/>{{handlingBody}}{{/if}}</td><td>{{result}}</td><td>{{unit}}</td></tr>
{{/each}}{{/unless}}</table>
</section>
{{/if}}
</body>`;

/** Layout of a statistical table in markup: header levels and column widths. */
function tableLayout(table: StatTable) {
  const levels = table.headerGrid?.length ?? (table.columns.some((c) => c.children && c.children.length > 0) ? 2 : 1);
  const leaves = table.columns.flatMap((c) => (c.children && c.children.length > 0 ? c.children : [c]));
  return {
    table,
    levels,
    headerRows: levels + (table.columnCodes ? 1 : 0),
    widths: [leaves.length > 20 ? 3 : leaves.length > 10 ? 4 : 3, ...leaves.map(() => 1)].join(","),
    size: leaves.length > 20 ? 6 : leaves.length > 10 ? 9 : 11,
  };
}

/** The markup of the periodic report: the body, and the appendices (placed after the signature). */
export interface PeriodicReportMarkup {
  /** Markup of the body. */
  body: string;
  /** Markup of the appendices. */
  appendices: string;
}

/** Options of {@link renderPeriodicReport}. */
export interface RenderPeriodicReportOptions {
  /** A template engine from {@link createTemplateEngine} (a new one by default). */
  engine?: TemplateEngine;
  /** Replace the body template (same model, same helpers). */
  bodyTemplate?: string;
  /** Replace the appendices template. */
  appendicesTemplate?: string;
  /**
   * Leave out the rows of the appendices' two long tables, the overdue list and the case register (`@rowsApart` in
   * the template): they keep their header row, for a caller that builds the rows itself — `buildPeriodicReport` of
   * `@tiepdan/reporting` does, since a province's year has tens of thousands of them. `false` by default.
   */
  rowsApart?: boolean;
}

/**
 * Fills the periodic report's templates with a report model. Handlebars runs in strict mode (a missing value is an
 * error) and escapes every value, so a clerk's text containing `<` or `&` prints as typed; the result is markup for
 * `parseMarkup` of `@tiepdan/reporting`.
 *
 * @param model - the report model, from `buildReportModel` of `@tiepdan/reporting`
 * @param options - a template engine or replacement templates
 * @returns the markup of the body and of the appendices
 * @throws {Error} when a template refers to a value the model lacks (Handlebars strict mode)
 * @example
 * const { body, appendices } = renderPeriodicReport(model);
 * const doc = buildDocument({ meta, profile: "party", body: parseMarkup(body), appendices: parseMarkup(appendices) });
 */
export function renderPeriodicReport(
  model: ReportModel,
  options: RenderPeriodicReportOptions = {},
): PeriodicReportMarkup {
  const env = options.engine ?? createTemplateEngine();
  env.registerHelper("tableLayout", (t: StatTable) => tableLayout(t));
  env.registerPartial("statTable", STAT_TABLE);
  const compile = (t: string) => env.compile(t, { strict: true, noEscape: false });
  return {
    body: compile(options.bodyTemplate ?? PERIODIC_REPORT_BODY)(model),
    appendices: compile(options.appendicesTemplate ?? PERIODIC_REPORT_APPENDICES)(model, {
      data: { rowsApart: options.rowsApart === true },
    }),
  };
}
