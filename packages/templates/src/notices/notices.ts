import type { IsoDate, Route } from "@tiepdan/core";
import { createTemplateEngine, type TemplateEngine } from "../createTemplateEngine.js";

/** The per-case documents (issue 7): the notice of receipt, the guidance to the citizen, the transfer slip. */
export type NoticeKind = "receipt" | "guidance" | "transfer";

/** Everything one per-case document prints (built by `buildNoticeModels` of `@tiepdan/reporting`). */
export interface NoticeModel {
  /** Which document. */
  kind: NoticeKind;
  /** The issuing unit's name, e.g. "Tỉnh ủy Minh Sơn". */
  issuer: string;
  /** `Mã số` of the case. */
  caseId: string;
  /** Date of receipt. */
  receivedOn: IsoDate;
  /** What the letter is, in lower case: "đơn khiếu nại", "đơn kiến nghị, phản ánh", "đơn tố cáo". */
  letter: string;
  /** `Lĩnh vực` ("" when not recorded). */
  field: string;
  /**
   * Who the document is addressed to: the citizen for a receipt or a guidance (the one document that may name a
   * denouncer, since it is addressed to them), the competent body for a transfer.
   */
  addressee: string;
  /**
   * How the body of a document addressed to the citizen calls them: "Ông", "Bà", "Anh", "Chị", "Cụ" when the register
   * writes the sender with that form of address, "các Ông (Bà)" for a group, "Ông (Bà)" otherwise. Absent: "Ông (Bà)"
   * (a model built before this field).
   */
  addressedAs?: string;
  /** Address line under the addressee ("" when none). */
  addresseeAddress: string;
  /**
   * The sender as a transfer slip may name them, with the form of address ("Ông (Bà) Lê Văn An"; a group as written);
   * `null` for a denunciation (name and address withheld).
   */
  sender: { name: string; address: string } | null;
  /**
   * A transfer of a letter that names no sender (anonymous, or no "Người gửi"): the slip says so, informs nobody of the
   * result and lists nobody but the body under "Nơi nhận" (review s16 F9). Absent: `false`.
   */
  senderUnknown?: boolean;
  /**
   * A case settled within the issuer's competence whose "Cơ quan xử lý" names another body (the People's Committee
   * for an administrative complaint): the notice says that body is settling it, not that the issuer settles it
   * (review s16 F7). Absent: the issuer settles it.
   */
  handledBy?: string;
  /** The matter: the recorded content, or for a transfer of a denunciation only its field. */
  matter: string;
  /** What was done with the case (recorded `Hướng xử lý`), for the receipt. */
  route: Route | null;
  /** The competent or handling body ("" when the register does not name one). */
  body: string;
  /** The sentence stating the legal basis, e.g. "Thực hiện Quy định số 11-QĐi/TW …". */
  basis: string;
  /** Whether the sender's identity was withheld in this document. */
  withheld: boolean;
  /** Why the document is a draft (placeholders left in its settings); printed at its top. Empty when signable. */
  draftNotes: string[];
}

// The citizen as the body calls them (the model's `addressedAs`, "Ông (Bà)" when it has none).
const YOU = `{{#*inline "you"}}{{#if addressedAs}}{{addressedAs}}{{else}}Ông (Bà){{/if}}{{/inline}}`;

const HEAD = `${YOU}<body>
{{#each draftNotes}}
<p align="center" indent="no"><b>[DỰ THẢO] {{this}}</b></p>
{{/each}}
<p indent="no"><b>Kính gửi:</b> {{addressee}}</p>
{{#if addresseeAddress}}<p indent="no">Địa chỉ: {{addresseeAddress}}</p>{{/if}}
<p>{{basis}},</p>`;

/** Notice of receipt to the citizen (QĐ 11-QĐi/TW: in writing, within 10 working days of receipt). */
export const RECEIPT_NOTICE = `${HEAD}
<p>{{issuer}} đã nhận được {{letter}} của {{> you}} ngày {{dateNumeric receivedOn}} (mã số {{caseId}}){{#if matter}}, nội dung: {{matter}}{{/if}}.</p>
{{#if (eq route "handle")}}{{#if handledBy}}<p>Đơn đang được {{handledBy}} xem xét, giải quyết theo quy định; kết quả sẽ được thông báo đến {{> you}}.</p>{{else}}<p>Nội dung đơn thuộc thẩm quyền giải quyết của {{issuer}}. {{issuer}} đang xem xét, giải quyết theo quy định và sẽ thông báo kết quả đến {{> you}}.</p>{{/if}}{{/if}}
{{#if (eq route "direct")}}<p>Nội dung đơn thuộc thẩm quyền giải quyết của {{#if body}}{{body}}{{else}}[cơ quan có thẩm quyền]{{/if}}. {{issuer}} đã chuyển đơn đến {{#if body}}{{body}}{{else}}[cơ quan có thẩm quyền]{{/if}} để xem xét, giải quyết theo thẩm quyền và thông báo kết quả đến {{> you}}.</p>{{/if}}
{{#if (eq route "guide")}}<p>Nội dung đơn không thuộc thẩm quyền giải quyết của {{issuer}}. Đề nghị {{> you}} gửi đơn đến {{#if body}}{{body}}{{else}}[cơ quan có thẩm quyền]{{/if}} để được xem xét, giải quyết theo quy định.</p>{{/if}}
{{#if (eq route "archive")}}<p>Đơn không đủ điều kiện xử lý theo quy định nên được lưu theo dõi.</p>{{/if}}
{{#unless route}}<p>{{issuer}} đang xem xét, xử lý đơn theo quy định và sẽ thông báo kết quả đến {{> you}}.</p>{{/unless}}
<p>{{issuer}} thông báo để {{> you}} được biết.</p>
</body>`;

/** Guidance to the citizen naming the competent body (TT 05/2021/TT-TTCP, Mẫu số 02: once, in writing). */
export const GUIDANCE_NOTICE = `${HEAD}
<p>{{issuer}} đã nhận được {{letter}} của {{> you}} ngày {{dateNumeric receivedOn}} (mã số {{caseId}}){{#if matter}}, nội dung: {{matter}}{{/if}}.</p>
<p>Căn cứ nội dung đơn và quy định của pháp luật, nội dung đơn không thuộc thẩm quyền giải quyết của {{issuer}}. Đề nghị {{> you}} gửi đơn đến <b>{{#if body}}{{body}}{{else}}[cơ quan có thẩm quyền]{{/if}}</b> để được xem xét, giải quyết theo quy định của pháp luật.</p>
<p>Việc hướng dẫn chỉ thực hiện một lần; {{issuer}} không nhận lại đơn có cùng nội dung.</p>
</body>`;

/** Transfer slip to the competent body (TT 05/2021/TT-TTCP; for a denunciation Luật Tố cáo 2018 Điều 47, 56). */
export const TRANSFER_SLIP = `${HEAD}
<p>{{issuer}} nhận được {{letter}}{{#if sender}} của {{sender.name}}{{#if sender.address}}, địa chỉ: {{sender.address}}{{/if}}{{/if}}{{#if senderUnknown}} không ghi họ tên, địa chỉ người gửi{{/if}}{{#if sender}},{{else if senderUnknown}},{{/if}} ngày {{dateNumeric receivedOn}} (mã số {{caseId}}){{#if field}}, lĩnh vực {{lower field}}{{/if}}{{#if matter}}; nội dung: {{matter}}{{/if}}.</p>
<p>Xét thấy nội dung đơn thuộc thẩm quyền giải quyết của {{addressee}}, {{issuer}} chuyển đơn đến {{addressee}} để xem xét, giải quyết theo thẩm quyền{{#unless senderUnknown}}{{#if withheld}}, thông báo kết quả cho người tố cáo theo quy định{{else}}, thông báo kết quả cho người gửi đơn{{/if}}{{/unless}} và báo cáo kết quả về {{issuer}}.</p>
{{#if withheld}}<p><i>Họ tên, địa chỉ, bút tích và các thông tin khác có thể làm lộ danh tính người tố cáo đã được loại bỏ khỏi đơn và tài liệu kèm theo trước khi chuyển (Điều 47, Điều 56 Luật Tố cáo năm 2018). Việc chuyển đơn chỉ thực hiện một lần đối với đơn tố cáo có cùng nội dung.</i></p>{{/if}}
<p>Kèm theo: {{#if withheld}}đơn tố cáo đã loại bỏ thông tin về người tố cáo{{else}}đơn và tài liệu kèm theo (nếu có){{/if}}.</p>
</body>`;

const TEMPLATES: Record<NoticeKind, string> = {
  receipt: RECEIPT_NOTICE,
  guidance: GUIDANCE_NOTICE,
  transfer: TRANSFER_SLIP,
};

/**
 * Document type, summary (trích yếu) and type abbreviation of each kind (Nghị định 30/2020 Phụ lục III: TB thông báo,
 * PC phiếu chuyển; the guidance has no listed abbreviation: HD, as for "hướng dẫn").
 */
export const NOTICE_TITLES: Record<NoticeKind, { documentType: string; summary: string; typeCode: string }> = {
  receipt: { documentType: "Thông báo", summary: "về việc tiếp nhận, xử lý đơn", typeCode: "TB" },
  guidance: { documentType: "Phiếu hướng dẫn", summary: "về việc gửi đơn đến cơ quan có thẩm quyền", typeCode: "HD" },
  transfer: {
    documentType: "Phiếu chuyển đơn",
    summary: "về việc chuyển đơn đến cơ quan có thẩm quyền",
    typeCode: "PC",
  },
};

/**
 * Fills the template of a per-case document (Handlebars strict mode, values escaped) and returns its body markup.
 *
 * @param model - the notice, from `buildNoticeModels` of `@tiepdan/reporting`
 * @param options - a template engine, or a replacement template for this kind
 * @returns markup for `parseMarkup`
 * @example
 * renderNotice(model) //=> "<body>\n<p indent=\"no\"><b>Kính gửi:</b> Sở Tài nguyên và Môi trường</p>…"
 */
export function renderNotice(model: NoticeModel, options: { engine?: TemplateEngine; template?: string } = {}): string {
  const env = options.engine ?? createTemplateEngine();
  return env.compile(options.template ?? TEMPLATES[model.kind], { strict: true })(model);
}
