import { deepFreeze } from "../_lib/deepFreeze.js";
import type { Citation } from "../schemas/ruleSet.js";

const KN = "Luật Khiếu nại 2011 (02/2011/QH13)";
const TC = "Luật Tố cáo 2018 (25/2018/QH14)";
const DS = "Bộ luật Dân sự 2015 (91/2015/QH13)";

/** Citations of the statutory deadlines (docs/legal-sources.md records where each was read). */
export const DEADLINE_SOURCES = {
  complaintAcceptance: {
    document: KN,
    clause: "Điều 27",
    issuedOn: "2011-11-11",
    effectiveFrom: "2012-07-01",
    quote:
      "Trong thời hạn 10 ngày, kể từ ngày nhận được khiếu nại thuộc thẩm quyền … người có thẩm quyền giải quyết khiếu nại lần đầu phải thụ lý giải quyết; thông báo bằng văn bản cho người khiếu nại …",
    verified: true,
    note: "Điều 27 ghi “10 ngày”, không ghi “ngày làm việc”: tính theo ngày dương lịch. “Ngày làm việc” trong các thông tư về quy trình xử lý đơn (Thông tư 07/2014/TT-TTCP, nay là Thông tư 05/2021/TT-TTCP) là thời hạn xử lý đơn — phân loại, đề xuất thụ lý, chuyển hoặc hướng dẫn — một bước khác, không phải thời hạn thụ lý của Điều 27.",
  },
  complaintFirst: {
    document: KN,
    clause: "Điều 28",
    issuedOn: "2011-11-11",
    effectiveFrom: "2012-07-01",
    quote:
      "Thời hạn giải quyết khiếu nại lần đầu không quá 30 ngày, kể từ ngày thụ lý; đối với vụ việc phức tạp … không quá 45 ngày … Ở vùng sâu, vùng xa đi lại khó khăn thì … không quá 45 ngày …; đối với vụ việc phức tạp … không quá 60 ngày, kể từ ngày thụ lý.",
    verified: true,
  },
  complaintSecond: {
    document: KN,
    clause: "Điều 37",
    issuedOn: "2011-11-11",
    effectiveFrom: "2012-07-01",
    quote:
      "Thời hạn giải quyết khiếu nại lần hai không quá 45 ngày, kể từ ngày thụ lý; đối với vụ việc phức tạp … không quá 60 ngày … Ở vùng sâu, vùng xa đi lại khó khăn thì … không quá 60 ngày …; đối với vụ việc phức tạp … không quá 70 ngày, kể từ ngày thụ lý.",
    verified: true,
  },
  denunciationProcessing: {
    document: TC,
    clause: "khoản 1 Điều 24",
    issuedOn: "2018-06-12",
    effectiveFrom: "2019-01-01",
    verified: false,
    note: "Thời hạn 07 ngày làm việc (không quá 10 ngày làm việc khi phải kiểm tra, xác minh tại nhiều địa điểm) theo tài liệu thiết kế; chưa đọc được nguyên văn Điều 24.",
  },
  denunciationTransfer: {
    document: TC,
    clause: "khoản 2 Điều 24",
    issuedOn: "2018-06-12",
    effectiveFrom: "2019-01-01",
    verified: false,
    note: "Tố cáo không thuộc thẩm quyền: trong thời hạn 05 ngày làm việc kể từ ngày nhận được, chuyển đến cơ quan, tổ chức, cá nhân có thẩm quyền giải quyết và thông báo cho người tố cáo. Theo các bản giải đáp pháp luật (Luật Tố cáo 2011 có cùng thời hạn 05 ngày làm việc); chưa đọc được nguyên văn khoản 2 Điều 24. Việc chuyển đơn theo Mẫu số 03 của Thông tư 05/2021/TT-TTCP (Điều 14).",
  },
  denunciationSettlement: {
    document: TC,
    clause: "Điều 30",
    issuedOn: "2018-06-12",
    effectiveFrom: "2019-01-01",
    quote:
      "1. Thời hạn giải quyết tố cáo là không quá 30 ngày kể từ ngày thụ lý tố cáo. 2. Đối với vụ việc phức tạp thì có thể gia hạn giải quyết tố cáo một lần nhưng không quá 30 ngày. 3. Đối với vụ việc đặc biệt phức tạp thì có thể gia hạn giải quyết tố cáo hai lần, mỗi lần không quá 30 ngày.",
    verified: true,
  },
  periodStart: {
    document: DS,
    clause: "khoản 2 Điều 147",
    issuedOn: "2015-11-24",
    effectiveFrom: "2017-01-01",
    quote:
      "Khi thời hạn được xác định bằng ngày, tuần, tháng, năm thì ngày đầu tiên của thời hạn không được tính mà tính từ ngày tiếp theo liền kề ngày được xác định.",
    verified: true,
  },
  periodEnd: {
    document: DS,
    clause: "khoản 5 Điều 148",
    issuedOn: "2015-11-24",
    effectiveFrom: "2017-01-01",
    quote:
      "Khi ngày cuối cùng của thời hạn là ngày nghỉ cuối tuần hoặc ngày nghỉ lễ thì thời hạn kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo ngày nghỉ đó.",
    // The wording was read in a reprint that leaves out clauses; the clause number follows from the article's
    // structure (docs/legal-sources.md §5: [INFER]), not from the official code (review s21 C14).
    verified: false,
    note: "Lời văn đọc trong bản đăng lại; số khoản suy ra từ cấu trúc Điều 148, chưa đối chiếu bản chính thức.",
  },
  amendment2025: {
    document: "Luật 136/2025/QH15 sửa đổi, bổ sung một số điều của Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo",
    clause: "toàn văn",
    issuedOn: "2025-12-10",
    effectiveFrom: "2026-07-01",
    verified: false,
    note: "Chưa đọc được các điều sửa đổi Luật Khiếu nại, Luật Tố cáo. Các bản tin về luật đã thông qua nêu: rút khiếu nại, tạm đình chỉ, đình chỉ giải quyết, tiếp tục giải quyết khi người khiếu nại vắng mặt đối thoại, nguyên tắc xác định thẩm quyền giải quyết tố cáo, chấm dứt bảo vệ người tố cáo — không nêu thay đổi thời hạn thụ lý, giải quyết, gia hạn.",
  },
} as const satisfies Record<string, Citation>;

deepFreeze(DEADLINE_SOURCES);
