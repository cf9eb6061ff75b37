import { z } from "zod";
import {
  AuthoritySchema,
  CaseKindSchema,
  CaseStatusSchema,
  ComplexitySchema,
  IsoDateSchema,
  ReceptionChannelSchema,
  RouteSchema,
  TextSchema,
} from "./common.js";

/**
 * One case (vụ việc / đơn) as a register row describes it (DESIGN.md "Registers"). The comment of each
 * field names its column. Optional facts feed the rules; when one is absent a rule that needs it answers
 * "không đủ dữ liệu" instead of guessing.
 */
export const CaseSchema = z
  .object({
    /** `Mã số` — unique within a register. */
    id: TextSchema,
    /** `Ngày tiếp nhận`. */
    receivedOn: IsoDateSchema,
    /** `Hình thức tiếp nhận`. */
    channel: ReceptionChannelSchema,
    /** `Loại` — one or more kinds; a case that is both a complaint and a denunciation is a denunciation for confidentiality. */
    kinds: z.array(CaseKindSchema).min(1).max(4),
    /** `Lĩnh vực` — e.g. "Đất đai". */
    field: TextSchema.optional(),
    /** `Người gửi` — identity: withheld for denunciations. */
    senderName: TextSchema.optional(),
    /** `Địa chỉ` — identity: withheld for denunciations. */
    senderAddress: TextSchema.optional(),
    /** `Số người` — people who brought the case; 5 or more makes a group case. */
    people: z.number().int().min(1).optional(),
    /** `Nội dung` — for a denunciation, only its field is ever printed. */
    content: TextSchema.optional(),
    /** `Thuộc thẩm quyền` — Có / Cấp dưới / Không. */
    authority: AuthoritySchema.optional(),
    /** `Hướng xử lý` — what was actually done. */
    route: RouteSchema.optional(),
    /** `Cơ quan xử lý`. */
    handlingBody: TextSchema.optional(),
    /** `Cơ quan liên quan` — other bodies responsible. */
    relatedBodies: z.array(TextSchema).optional(),
    /** `Ngày thông báo` — written notice to the citizen. */
    notifiedOn: IsoDateSchema.optional(),
    /** `Ngày có kết quả`. */
    resultOn: IsoDateSchema.optional(),
    /** `Trạng thái`. */
    status: CaseStatusSchema.optional(),
    /** `Đơn vị` — the unit whose register holds the case. */
    unit: TextSchema.optional(),
    /** `Buổi tiếp` — id of the reception session where the case was received. */
    sessionId: TextSchema.optional(),
    /** `Ngày thụ lý` — acceptance for settlement. */
    acceptedOn: IsoDateSchema.optional(),
    /** `Lần` — 1 for a first filing; 2 or more for a second-level complaint or a repeat filing. */
    filingCount: z.number().int().min(1).optional(),
    /** `Vùng sâu vùng xa` — remote or disadvantaged area (longer statutory periods). */
    remoteArea: z.boolean().optional(),
    /** `Mức độ`. */
    complexity: ComplexitySchema.optional(),
    /** `Gia hạn` — number of extensions of the settlement period. */
    extensions: z.number().int().min(0).optional(),
    /** `Đảng viên` — the person complained about or denounced is a Party member. */
    subjectIsPartyMember: z.boolean().optional(),
    /** `Nặc danh` — the sender's name or address is unknown or false. */
    anonymous: z.boolean().optional(),
    /** `Nổi cộm` — prominent. */
    prominent: z.boolean().optional(),
    /** `Nguy cơ ANCT-TTATXH` — risk of serious consequences for political security, order and safety. */
    securityRisk: z.boolean().optional(),
    /** `Ý kiến khác nhau` — the bodies concerned hold differing opinions. */
    opinionsDiffer: z.boolean().optional(),
  })
  .strict()
  .meta({ title: "Case", description: "Một vụ việc / đơn trong sổ theo dõi (DESIGN.md “Registers”)." });

/** A validated case. */
export type Case = z.infer<typeof CaseSchema>;
/** A case as given, before normalisation. */
export type CaseInput = z.input<typeof CaseSchema>;

/**
 * Tells whether a case carries a denunciation, which makes its sender's identity and its content
 * confidential (Luật Tố cáo 2018 Điều 8 k3, Điều 47).
 *
 * @param c - the case (only its kinds are read)
 * @returns `true` when `denunciation` is among its kinds
 * @example
 * isDenunciation({ kinds: ["complaint", "denunciation"] }) //=> true
 */
export function isDenunciation(c: Pick<Case, "kinds">): boolean {
  return c.kinds.includes("denunciation");
}
