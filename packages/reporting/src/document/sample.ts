import type { DocumentMetaInput } from "@tiepdan/core";
import { buildDocument, type ProfileName } from "./buildDocument.js";
import type { DocumentNode } from "./ir.js";
import { parseMarkup } from "./parseMarkup.js";

/**
 * Markup using every IR feature (headings, marks, lists, a table with a two-level header, a landscape section, a
 * page break), as in the sample pages of `docs/samples/`.
 */
export const SAMPLE_MARKUP = `<body>
<h1>I. TÌNH HÌNH, KẾT QUẢ TIẾP DÂN</h1>
<p>Trong quý I năm 2026, Bí thư Tỉnh ủy đã tiếp <b>3 buổi</b> định kỳ và <i>1 buổi</i> đột xuất; tổng số <u>95 lượt</u> công dân.
Các vụ việc đông người tập trung ở lĩnh vực đất đai, bồi thường, hỗ trợ tái định cư.</p>
<h2>1. Kết quả xử lý đơn</h2>
<ul><li>Giải quyết theo thẩm quyền: 12 vụ việc;</li><li>Chuyển cơ quan có thẩm quyền: 30 vụ việc.</li></ul>
<ol><li>Tiếp tục rà soát các vụ việc tồn đọng;</li><li>Công khai lịch tiếp dân.</li></ol>
<table widths="3,1,1,1" header-rows="2" size="12">
<tr><th rowspan="2">Đơn vị</th><th colspan="3">Số vụ việc</th></tr>
<tr><th>Tổng số</th><th>Khiếu nại</th><th>Tố cáo</th></tr>
<tr><td>Xã An Bình</td><td align="right">12</td><td align="right">3</td><td align="right">1</td></tr>
<tr><td>Phường Hòa Lạc</td><td align="right">1.234</td><td align="right">20</td><td align="right">4</td></tr>
</table>
<p>Đoạn văn sau bảng: ổn định tình hình, không để phát sinh điểm nóng.</p>
<section orientation="landscape">
<h1>PHỤ LỤC: BẢNG SỐ LIỆU CHI TIẾT</h1>
<table widths="1,4,2,2,2,2" header-rows="1" size="11">
<tr><th>STT</th><th>Đơn vị</th><th>Phản ánh</th><th>Kiến nghị</th><th>Khiếu nại</th><th>Tố cáo</th></tr>
<tr><td align="center">1</td><td>Xã An Bình</td><td align="right">4</td><td align="right">5</td><td align="right">3</td><td align="right">1</td></tr>
</table>
</section>
<page-break/>
<h1>II. NHIỆM VỤ TRỌNG TÂM</h1>
<p>Tiếp tục thực hiện nghiêm Quy định 11-QĐi/TW.</p>
</body>`;

/** Metadata of the sample: a fictional provincial committee (Tỉnh ủy Minh Sơn). */
export const SAMPLE_META: DocumentMetaInput = {
  issuingBody: "Tỉnh ủy Minh Sơn",
  parentBody: "Đảng bộ tỉnh Minh Sơn",
  number: "12-BC/TU",
  place: "Minh Sơn",
  date: "2026-04-05",
  documentType: "Báo cáo",
  summary: "tình hình, kết quả tiếp dân và xử lý phản ánh, kiến nghị, khiếu nại, tố cáo quý I năm 2026",
  signer: { name: "Nguyễn Văn Minh", title: "Bí thư", variant: "onBehalfOf", onBehalfOf: "Ban Thường vụ" },
  recipients: [
    { name: "Ban Nội chính Trung ương", purpose: "báo cáo" },
    { name: "Thường trực Tỉnh ủy" },
    { name: "Lưu Văn phòng Tỉnh ủy" },
  ],
};

/**
 * A sample document under a profile, to preview what the profiles and renderers produce.
 *
 * @param profile - party or state
 * @returns the IR
 * @example
 * const pdf = await renderPdf(buildSampleDocument("state"), { fonts });
 */
export function buildSampleDocument(profile: ProfileName): DocumentNode {
  const meta =
    profile === "party"
      ? SAMPLE_META
      : {
          ...SAMPLE_META,
          issuingBody: "Ủy ban nhân dân tỉnh Minh Sơn",
          parentBody: undefined,
          number: "45/BC-UBND",
          signer: { name: "Trần Thị Hòa", title: "Phó Chủ tịch", variant: "deputy" as const, onBehalfOf: "Chủ tịch" },
          recipients: [{ name: "Thanh tra Chính phủ", purpose: "báo cáo" }, { name: "Lưu: VT, TCD" }],
        };
  const { parentBody: _drop, ...rest } = meta;
  return buildDocument({ meta: meta.parentBody ? meta : rest, profile, body: parseMarkup(SAMPLE_MARKUP) });
}
