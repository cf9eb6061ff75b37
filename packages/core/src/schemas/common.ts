import { z } from "zod";
import { isIsoDate } from "../date/plainDate.js";
import { viEnum, viError } from "./_messages.js";

/** A calendar date `YYYY-MM-DD` that exists (2026-02-31 is refused). */
export const IsoDateSchema = z
  .string(viError("Ngày phải viết dạng YYYY-MM-DD"))
  // abort: a date written another way is not also reported as "không có thật trên lịch".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Ngày phải viết dạng YYYY-MM-DD", abort: true })
  .refine(isIsoDate, "Ngày không có thật trên lịch")
  .meta({ format: "date", description: "Ngày dương lịch YYYY-MM-DD" });

/** Trimmed, NFC-normalised text that is not empty. */
export const TextSchema = z
  .string(viError("Phải là chữ"))
  .transform((s) => s.normalize("NFC").trim())
  .pipe(z.string().min(1, "Không được để trống"));

/** The kinds of matter a case may carry (glossary: phản ánh, kiến nghị, khiếu nại, tố cáo). */
export const CaseKindSchema = viEnum(["reflection", "petition", "complaint", "denunciation"]);
/** One of `reflection`, `petition`, `complaint`, `denunciation`. */
export type CaseKind = z.infer<typeof CaseKindSchema>;

/** How a case reached the committee (`Hình thức tiếp nhận`). */
export const ReceptionChannelSchema = viEnum(["inPerson", "letter", "online", "phone", "transferred"]);
/** One of `inPerson`, `letter`, `online`, `phone`, `transferred`. */
export type ReceptionChannel = z.infer<typeof ReceptionChannelSchema>;

/** Whose authority the case falls under (`Thuộc thẩm quyền`: Có / Cấp dưới / Không). */
export const AuthoritySchema = viEnum(["own", "subordinate", "none"]);
/** One of `own` (the head's), `subordinate` (a subordinate or a body under the committee), `none`. */
export type Authority = z.infer<typeof AuthoritySchema>;

/** What was, or should be, done with a case (`Hướng xử lý`). */
export const RouteSchema = viEnum(["handle", "direct", "guide", "archive"]);
/** One of `handle`, `direct`, `guide`, `archive`. */
export type Route = z.infer<typeof RouteSchema>;

/** Where a case stands (`Trạng thái`). */
export const CaseStatusSchema = viEnum(["inProgress", "resolved", "transferred", "guided", "archived", "withdrawn"]);
/** One of `inProgress`, `resolved`, `transferred`, `guided`, `archived`, `withdrawn`. */
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/** How complex a case is (`Mức độ`). */
export const ComplexitySchema = viEnum(["normal", "complex", "veryComplex"]);
/** One of `normal`, `complex`, `veryComplex`. */
export type Complexity = z.infer<typeof ComplexitySchema>;

/** Kind of reception session (`Loại buổi`). */
export const SessionKindSchema = viEnum(["scheduled", "adHoc"]);
/** `scheduled` (định kỳ) or `adHoc` (đột xuất). */
export type SessionKind = z.infer<typeof SessionKindSchema>;

/** Which side's rules apply to a unit: the Party committee's or the People's Committee's. */
export const SideSchema = viEnum(["party", "state"]);
/** `party` (cấp ủy) or `state` (chính quyền). */
export type Side = z.infer<typeof SideSchema>;

/**
 * Vietnamese labels of every enumerated value, as clerks write them in registers and as reports print them.
 * The first label of each value is the canonical one.
 */
export const LABELS = {
  caseKind: {
    reflection: "Phản ánh",
    petition: "Kiến nghị",
    complaint: "Khiếu nại",
    denunciation: "Tố cáo",
  },
  channel: {
    inPerson: "Tiếp trực tiếp",
    letter: "Đơn thư",
    online: "Trực tuyến",
    phone: "Điện thoại",
    transferred: "Cơ quan khác chuyển đến",
  },
  authority: { own: "Có", subordinate: "Cấp dưới", none: "Không" },
  route: { handle: "Giải quyết", direct: "Chuyển", guide: "Hướng dẫn", archive: "Lưu đơn" },
  routeLong: {
    handle: "Giải quyết theo thẩm quyền",
    direct: "Chỉ đạo, chuyển cơ quan có thẩm quyền",
    guide: "Hướng dẫn người dân",
    archive: "Lưu đơn",
  },
  status: {
    inProgress: "Đang xử lý",
    resolved: "Đã giải quyết",
    transferred: "Đã chuyển",
    guided: "Đã hướng dẫn",
    archived: "Đã lưu đơn",
    withdrawn: "Rút đơn",
  },
  complexity: { normal: "Bình thường", complex: "Phức tạp", veryComplex: "Đặc biệt phức tạp" },
  sessionKind: { scheduled: "Định kỳ", adHoc: "Đột xuất" },
} as const satisfies Record<string, Record<string, string>>;
