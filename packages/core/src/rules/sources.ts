import { deepFreeze } from "../_lib/deepFreeze.js";
import type { Citation } from "../schemas/ruleSet.js";

/**
 * Writes a citation the Vietnamese way, clause first: "khoản 1 Điều 4 Quy định 11-QĐi/TW".
 *
 * @param citation - the citation
 * @returns the text
 * @example
 * formatCitation(QD11_2019.frequency) //=> "khoản 1 Điều 4 Quy định 11-QĐi/TW"
 */
export function formatCitation(citation: Pick<Citation, "clause" | "document">): string {
  return `${citation.clause} ${citation.document}`;
}

// Every citation used by the bundled rule sets. `verified: true` means the clause was read in the text of the
// document (or of its amending text); `false` means the figure comes from secondary sources or the clause
// number is inferred, and `note` says which. docs/legal-sources.md records where each was read.

const QD11 = "Quy định 11-QĐi/TW";
const QD11_ISSUED = "2019-02-18";
const KL215 = "Quy định 11-QĐi/TW, sửa đổi theo Kết luận 215-KL/TW";
const KL215_ISSUED = "2025-11-23";
const KH97 = "Kế hoạch 97-KH/TU (Kon Tum)";
const KH97_ISSUED = "2019-06-18";

const KL215_NOTE =
  "Ngày hiệu lực chưa đối chiếu được với văn bản; áp dụng từ ngày ký (23/11/2025) theo thông lệ văn bản của Đảng.";

/** Citations of Quy định 11-QĐi/TW as issued (18/02/2019). */
export const QD11_2019 = {
  frequency: {
    document: QD11,
    clause: "khoản 1 Điều 4",
    issuedOn: QD11_ISSUED,
    effectiveFrom: QD11_ISSUED,
    quote:
      "Người đứng đầu cấp ủy cấp tỉnh, cấp huyện tiếp dân ít nhất 1 ngày trong 1 tháng; người đứng đầu cấp ủy cấp xã tiếp dân ít nhất 2 ngày trong 1 tháng.",
    // The wording comes from news reprints, the clause number from what KL 215 amends (docs/legal-sources.md §1(a):
    // [INFER + NEWS]): not read in the text (review s21 C14).
    verified: false,
    note: "Số khoản xác định theo Kết luận 215-KL/TW (sửa đổi “khoản 1 Điều 4”); lời văn theo các bản tin đăng toàn văn nội dung.",
  },
  adHoc: {
    document: QD11,
    clause: "khoản 2 Điều 4",
    issuedOn: QD11_ISSUED,
    effectiveFrom: QD11_ISSUED,
    quote:
      "Vụ việc nổi cộm, phức tạp, kéo dài, có nhiều người tham gia, liên quan đến trách nhiệm của nhiều cơ quan, tổ chức, đơn vị hoặc ý kiến các cơ quan, tổ chức, đơn vị còn khác nhau; vụ việc có thể gây ra hậu quả nghiêm trọng, ảnh hưởng đến an ninh chính trị, trật tự, an toàn xã hội.",
    verified: false,
    note: "Nội dung khớp giữa nhiều nguồn và Kế hoạch 97-KH/TU mục I.4(2); số khoản suy ra từ bố cục Điều 4, chưa đọc được trong văn bản.",
  },
  notice: {
    document: QD11,
    clause: "Điều 5",
    issuedOn: QD11_ISSUED,
    effectiveFrom: QD11_ISSUED,
    quote:
      "Trong thời hạn 10 ngày làm việc, kể từ khi tiếp nhận phản ánh, kiến nghị, khiếu nại, tố cáo, người đứng đầu cấp ủy thông báo bằng văn bản đến người phản ánh, kiến nghị, khiếu nại, tố cáo về việc tiếp nhận để giải quyết hoặc đã chuyển, chỉ đạo cơ quan, người có thẩm quyền xử lý, giải quyết.",
    verified: false,
    note: "Thời hạn 10 ngày làm việc có trong các bản tin; số điều (Điều 5 — tiếp nhận, xử lý) chưa đối chiếu được.",
  },
  handling: {
    document: QD11,
    clause: "Điều 5",
    issuedOn: QD11_ISSUED,
    effectiveFrom: QD11_ISSUED,
    verified: false,
    note: "Số điều chưa đối chiếu được; nội dung theo Kế hoạch 97-KH/TU mục I.5 triển khai Quy định 11.",
  },
  reporting: {
    document: QD11,
    clause: "khoản 8 Điều 3",
    issuedOn: QD11_ISSUED,
    effectiveFrom: QD11_ISSUED,
    quote: "Định kỳ hằng tháng, quý I, 6 tháng, 9 tháng, năm hoặc đột xuất báo cáo…",
    verified: true,
    note: "Kỳ báo cáo theo Công văn 511-CV/BNCTW (02/7/2021) dẫn Quy định 11.",
  },
} as const satisfies Record<string, Citation>;

/** Citations of Quy định 11-QĐi/TW as amended by Kết luận 215-KL/TW (23/11/2025). */
export const QD11_KL215 = {
  frequency: {
    document: KL215,
    clause: "khoản 1 Điều 4",
    issuedOn: KL215_ISSUED,
    effectiveFrom: KL215_ISSUED,
    quote:
      "a) Người đứng đầu cấp ủy cấp tỉnh tiếp dân ít nhất 1 ngày trong 1 tháng; b) Người đứng đầu cấp ủy cấp xã tiếp dân ít nhất 2 ngày trong 1 tháng. Người đứng đầu cấp ủy bố trí và công bố công khai thời gian cố định tiếp dân trong tháng.",
    verified: true,
    note: `Bỏ cấp huyện (sửa khoản 2 Điều 1). ${KL215_NOTE}`,
  },
  reporting: {
    document: KL215,
    clause: "khoản 8 Điều 3",
    issuedOn: KL215_ISSUED,
    effectiveFrom: KL215_ISSUED,
    quote:
      "Định kỳ hằng tháng, quý I, 6 tháng, 9 tháng, năm hoặc đột xuất báo cáo tình hình, kết quả tiếp dân và xử lý, giải quyết phản ánh, kiến nghị, khiếu nại, tố cáo của dân.",
    verified: true,
    note: `Bí thư cấp tỉnh báo cáo Bộ Chính trị, Ban Bí thư, Ban Nội chính Trung ương, Ban Tuyên giáo và Dân vận Trung ương; bí thư cấp xã báo cáo bí thư, ban nội chính, ban tuyên giáo và dân vận cấp tỉnh. ${KL215_NOTE}`,
  },
} as const satisfies Record<string, Citation>;

/** Citations of Kế hoạch 97-KH/TU (Kon Tum, 18/6/2019), the model provincial plan. */
export const KH97_2019 = {
  adHoc: {
    document: KH97,
    clause: "mục I.4(2)",
    issuedOn: KH97_ISSUED,
    effectiveFrom: KH97_ISSUED,
    quote:
      "Vụ việc nổi cộm, phức tạp, kéo dài, có nhiều người tham gia, liên quan đến trách nhiệm của nhiều cơ quan, tổ chức, đơn vị hoặc ý kiến các cơ quan, tổ chức đơn vị còn khác nhau. Vụ việc có thể gây ra hậu quả nghiêm trọng, ảnh hưởng đến an ninh chính trị, trật tự, an toàn xã hội trên địa bàn tỉnh.",
    verified: true,
  },
  handle: {
    document: KH97,
    clause: "mục I.5(1)",
    issuedOn: KH97_ISSUED,
    effectiveFrom: KH97_ISSUED,
    quote:
      "Tiếp nhận, xem xét, xử lý, giải quyết các khiếu nại, tố cáo, kiến nghị, phản ánh thuộc thẩm quyền; … hoặc xử lý, giải quyết ngay đối với trường hợp nội dung có căn cứ, rõ ràng, cụ thể.",
    verified: true,
  },
  direct: {
    document: KH97,
    clause: "mục I.5(2)",
    issuedOn: KH97_ISSUED,
    effectiveFrom: KH97_ISSUED,
    quote:
      "Tiếp nhận, chỉ đạo, yêu cầu cấp dưới hoặc các cơ quan, người có thẩm quyền giải quyết; báo cáo kết quả với Bí thư Tỉnh ủy và thông báo kết quả giải quyết cho người phản ánh, kiến nghị, khiếu nại, tố cáo.",
    verified: true,
  },
  guide: {
    document: KH97,
    clause: "mục I.5(2) đoạn 2",
    issuedOn: KH97_ISSUED,
    effectiveFrom: KH97_ISSUED,
    quote:
      "Trường hợp không thuộc phạm vi trách nhiệm lãnh đạo, chỉ đạo, thẩm quyền xử lý, giải quyết thì hướng dẫn người phản ánh, kiến nghị, khiếu nại, tố cáo đến đúng cơ quan, tổ chức, người có thẩm quyền đề nghị giải quyết.",
    verified: true,
  },
  advisersGeneral: {
    document: KH97,
    clause: "mục I.5, I.4",
    issuedOn: KH97_ISSUED,
    effectiveFrom: KH97_ISSUED,
    quote: "Ban Nội chính Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy và các cơ quan liên quan tham mưu.",
    verified: true,
  },
  advisersSecurity: {
    document: KH97,
    clause: "mục I.3",
    issuedOn: KH97_ISSUED,
    effectiveFrom: KH97_ISSUED,
    quote: "Đảng ủy Công an tỉnh chủ trì, phối hợp với các cơ quan có liên quan tham mưu thực hiện.",
    verified: true,
  },
  workingSessions: {
    document: KH97,
    clause: "mục I.2(4)",
    issuedOn: KH97_ISSUED,
    effectiveFrom: KH97_ISSUED,
    quote:
      "Định kỳ quý I, 6 tháng, 9 tháng, năm hoặc đột xuất làm việc với bí thư các huyện ủy, thành ủy, thủ trưởng các cơ quan, đơn vị về tình hình, kết quả công tác tiếp dân…",
    verified: true,
  },
  reporting: {
    document: KH97,
    clause: "mục I.2(5)",
    issuedOn: KH97_ISSUED,
    effectiveFrom: KH97_ISSUED,
    quote:
      "Định kỳ hằng tháng, quý I, 6 tháng, 9 tháng, năm hoặc đột xuất báo cáo với Trung ương về tình hình, kết quả tiếp dân…",
    verified: true,
  },
} as const satisfies Record<string, Citation>;

/** Citations of the laws that apply on the State side and to every case. */
export const LAWS = {
  tcdProvince: {
    document: "Luật Tiếp công dân 2013 (42/2013/QH13)",
    clause: "khoản 5 Điều 12",
    issuedOn: "2013-11-25",
    effectiveFrom: "2014-07-01",
    quote: "Chủ tịch Ủy ban nhân dân cấp tỉnh … tiếp công dân ít nhất 01 ngày trong 01 tháng.",
    verified: false,
    note: "Theo bản tin; chưa đọc trực tiếp khoản 5.",
  },
  tcdDistrict: {
    document: "Luật Tiếp công dân 2013 (42/2013/QH13)",
    clause: "khoản 5 Điều 13",
    issuedOn: "2013-11-25",
    effectiveFrom: "2014-07-01",
    quote: "Chủ tịch Ủy ban nhân dân cấp huyện … tiếp công dân ít nhất 02 ngày trong 01 tháng.",
    verified: false,
    note: "Theo bản tin; chưa đọc trực tiếp khoản 5.",
  },
  tcdCommune: {
    document: "Luật Tiếp công dân 2013 (42/2013/QH13)",
    clause: "điểm d khoản 2 Điều 15",
    issuedOn: "2013-11-25",
    effectiveFrom: "2014-07-01",
    quote:
      "Trực tiếp tiếp công dân tại trụ sở Ủy ban nhân dân cấp xã ít nhất 01 ngày trong 01 tuần và thực hiện việc tiếp công dân đột xuất trong các trường hợp quy định tại khoản 3 Điều 18.",
    verified: true,
  },
  tcdAdHoc: {
    document: "Luật Tiếp công dân 2013 (42/2013/QH13)",
    clause: "khoản 3 Điều 18",
    issuedOn: "2013-11-25",
    effectiveFrom: "2014-07-01",
    verified: false,
    note: "Tiêu chí tiếp đột xuất của người đứng đầu cơ quan hành chính (điểm d khoản 2 Điều 15 dẫn chiếu cho Chủ tịch UBND cấp xã): a) vụ việc gay gắt, phức tạp, có nhiều người tham gia, liên quan đến trách nhiệm của nhiều cơ quan, tổ chức, đơn vị hoặc ý kiến của các cơ quan, tổ chức, đơn vị còn khác nhau; b) vụ việc nếu không chỉ đạo, xem xét kịp thời có thể gây ra hậu quả nghiêm trọng. Nội dung theo bản tóm tắt tiếng Anh (lawnet) và Nghị định 64/2014/NĐ-CP cùng lời văn; chưa đọc nguyên văn tiếng Việt. Khác Quy định 11-QĐi/TW: không có tiêu chí “kéo dài”.",
  },
  tcdHandling: {
    document: "Luật Tiếp công dân 2013 (42/2013/QH13)",
    clause: "Điều 28, Điều 29, Điều 30",
    issuedOn: "2013-11-25",
    effectiveFrom: "2014-07-01",
    verified: false,
    note: "Xử lý khiếu nại, tố cáo, kiến nghị, phản ánh tại nơi tiếp công dân: thuộc thẩm quyền thì tiếp nhận, giải quyết; không thuộc thẩm quyền thì hướng dẫn hoặc chuyển đến cơ quan có thẩm quyền. Số điều theo mục lục của Luật, chưa đọc nguyên văn; quy trình xử lý đơn chi tiết ở Thông tư 05/2021/TT-TTCP (chuyển đơn tố cáo: Điều 14). Bên Nhà nước dùng căn cứ này thay cho Kế hoạch 97-KH/TU mục I.5 (văn bản của cấp ủy).",
  },
  groupCase: {
    document: "Luật Tiếp công dân 2013 (42/2013/QH13); Nghị định 124/2020/NĐ-CP",
    clause: "Điều 29 (Luật); Điều 6 (Nghị định 124/2020)",
    issuedOn: "2013-11-25",
    effectiveFrom: "2014-07-01",
    verified: false,
    note: "Ngưỡng 5 người: Nghị định 124/2020/NĐ-CP Điều 6 (từ 05 người cùng khiếu nại cử đại diện); điều khoản của Luật chưa đối chiếu.",
  },
  prolonged: {
    document: "Luật Tố cáo 2018 (25/2018/QH14)",
    clause: "Điều 30",
    issuedOn: "2018-06-12",
    effectiveFrom: "2019-01-01",
    quote:
      "Thời hạn giải quyết tố cáo là không quá 30 ngày kể từ ngày thụ lý tố cáo; … gia hạn giải quyết 02 lần, mỗi lần không quá 30 ngày.",
    verified: true,
    note: "Không văn bản nào định nghĩa “kéo dài” bằng số ngày. Mặc định 90 ngày là thời hạn dài nhất của một lần giải quyết theo luật (tố cáo đặc biệt phức tạp: 30 + 2 × 30 ngày); có thể đổi bằng tùy chọn.",
  },
  partyMember: {
    document: "Thông tư 05/2021/TT-TTCP",
    clause: "Điều 15",
    issuedOn: "2021-10-01",
    effectiveFrom: "2021-11-15",
    verified: false,
    note: "Điều 15 chỉ nói về đơn tố cáo đối với đảng viên (chuyển đến tổ chức đảng có thẩm quyền); Điều 14 liền trước là đơn tố cáo không thuộc thẩm quyền (đã đọc qua bản hỏi đáp của Thư viện Pháp luật). Với khiếu nại của đảng viên, công cụ áp dụng cùng hướng chuyển tổ chức đảng theo quy định của Đảng, không dựa vào Điều 15.",
  },
  twoTierLocalGovernment: {
    document:
      "Nghị quyết 203/2025/QH15 sửa đổi, bổ sung một số điều của Hiến pháp; Luật Tổ chức chính quyền địa phương 2025 (72/2025/QH15)",
    clause: "toàn văn",
    issuedOn: "2025-06-16",
    effectiveFrom: "2025-07-01",
    verified: false,
    note: "Chính quyền địa phương hai cấp (tỉnh, xã) từ 01/7/2025, không còn cấp huyện; các đảng bộ huyện kết thúc hoạt động cùng thời điểm. Ngày theo bản tin; Luật 136/2025/QH15 dẫn Nghị quyết 203/2025/QH15 trong phần căn cứ.",
  },
  anonymous: {
    document: "Luật Tố cáo 2018 (25/2018/QH14)",
    clause: "Điều 25",
    issuedOn: "2018-06-12",
    effectiveFrom: "2019-01-01",
    quote:
      "… không rõ họ tên, địa chỉ của người tố cáo … thì cơ quan, tổ chức, cá nhân có thẩm quyền không xử lý theo quy định của Luật này. Trường hợp … có nội dung rõ ràng về người có hành vi vi phạm pháp luật, có tài liệu, chứng cứ cụ thể … và có cơ sở để thẩm tra, xác minh thì … tiến hành việc thanh tra, kiểm tra theo thẩm quyền hoặc chuyển đến cơ quan, tổ chức, cá nhân có thẩm quyền.",
    verified: true,
  },
} as const satisfies Record<string, Citation>;

/** Citations of Luật 136/2025/QH15 (10/12/2025, in force 01/7/2026) amending Luật Tiếp công dân. */
export const LUAT_136_2025 = {
  communeChair: {
    document: "Luật Tiếp công dân 2013, sửa đổi theo Luật 136/2025/QH15",
    clause: "điểm d khoản 2 Điều 15",
    issuedOn: "2025-12-10",
    effectiveFrom: "2026-07-01",
    verified: false,
    note: "Chủ tịch Ủy ban nhân dân cấp xã trực tiếp tiếp công dân định kỳ tại địa điểm tiếp công dân ít nhất 02 ngày trong 01 tháng (thay cho 01 ngày trong 01 tuần). Theo báo cáo của Thanh tra Chính phủ trả lời kiến nghị cử tri và các bản tin về luật đã thông qua; đã đọc phần đầu văn bản (Điều 1 sửa Luật Tiếp công dân) nhưng chưa đọc được điều khoản sửa Điều 15 nên số điểm, khoản sau sửa đổi là suy luận.",
  },
  scheduledOnly: {
    document: "Luật Tiếp công dân 2013, sửa đổi theo Luật 136/2025/QH15",
    clause: "Điều 15",
    issuedOn: "2025-12-10",
    effectiveFrom: "2026-07-01",
    verified: false,
    note: "Tiếp định kỳ và tiếp đột xuất trong các trường hợp luật định được quy định riêng; chỉ buổi định kỳ tính vào số ngày tối thiểu.",
  },
} as const satisfies Record<string, Citation>;

// The citations are shared by every rule set and decision: frozen, so that no caller can change them.
for (const sources of [QD11_2019, QD11_KL215, KH97_2019, LAWS, LUAT_136_2025]) deepFreeze(sources);
