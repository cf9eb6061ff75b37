import { z } from "zod";
import { countSchema, FlagSchema, UNKNOWN_KEYS, viError } from "./_messages.js";
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
  .object(
    {
      /** `Mã số` — unique within a register. */
      id: TextSchema.describe("Mã số — unique within a register."),
      /** `Ngày tiếp nhận`. */
      receivedOn: IsoDateSchema.describe("Ngày tiếp nhận."),
      /** `Hình thức tiếp nhận`. */
      channel: ReceptionChannelSchema.describe("Hình thức tiếp nhận."),
      /** `Loại` — one or more kinds; a case that is both a complaint and a denunciation is a denunciation for confidentiality. */
      kinds: z
        .array(CaseKindSchema, viError("Phải là danh sách các loại"))
        .min(1, { error: "Phải có ít nhất một loại" })
        .max(4, { error: "Nhiều nhất 4 loại" })
        .describe(
          "Loại — one or more kinds; a case that is both a complaint and a denunciation is a denunciation for confidentiality.",
        ),
      /** `Lĩnh vực` — e.g. "Đất đai". */
      field: TextSchema.optional().describe('Lĩnh vực — e.g. "Đất đai".'),
      /** `Người gửi` — identity: withheld for denunciations. */
      senderName: TextSchema.optional().describe("Người gửi — identity: withheld for denunciations."),
      /** `Địa chỉ` — identity: withheld for denunciations. */
      senderAddress: TextSchema.optional().describe("Địa chỉ — identity: withheld for denunciations."),
      /** `Số người` — people who brought the case; 5 or more makes a group case. */
      people: countSchema(1)
        .optional()
        .describe("Số người — people who brought the case; 5 or more makes a group case."),
      /** `Nội dung` — for a denunciation, only its field is ever printed. */
      content: TextSchema.optional().describe("Nội dung — for a denunciation, only its field is ever printed."),
      /** `Thuộc thẩm quyền` — Có / Cấp dưới / Không. */
      authority: AuthoritySchema.optional().describe("Thuộc thẩm quyền — Có / Cấp dưới / Không."),
      /** `Hướng xử lý` — what was actually done. */
      route: RouteSchema.optional().describe("Hướng xử lý — what was actually done."),
      /** `Cơ quan xử lý`. */
      handlingBody: TextSchema.optional().describe("Cơ quan xử lý."),
      /** `Cơ quan liên quan` — other bodies responsible. */
      relatedBodies: z
        .array(TextSchema, viError("Phải là danh sách"))
        .optional()
        .describe("Cơ quan liên quan — other bodies responsible."),
      /** `Ngày thông báo` — written notice to the citizen. */
      notifiedOn: IsoDateSchema.optional().describe("Ngày thông báo — written notice to the citizen."),
      /** `Ngày có kết quả`. */
      resultOn: IsoDateSchema.optional().describe("Ngày có kết quả."),
      /** `Trạng thái`. */
      status: CaseStatusSchema.optional().describe("Trạng thái."),
      /** `Đơn vị` — the unit whose register holds the case. */
      unit: TextSchema.optional().describe("Đơn vị — the unit whose register holds the case."),
      /** `Buổi tiếp` — id of the reception session where the case was received. */
      sessionId: TextSchema.optional().describe("Buổi tiếp — id of the reception session where the case was received."),
      /** `Ngày thụ lý` — acceptance for settlement. */
      acceptedOn: IsoDateSchema.optional().describe("Ngày thụ lý — acceptance for settlement."),
      /** `Lần` — 1 for a first filing; 2 or more for a second-level complaint or a repeat filing. */
      filingCount: countSchema(1)
        .optional()
        .describe("Lần — 1 for a first filing; 2 or more for a second-level complaint or a repeat filing."),
      /** `Vùng sâu vùng xa` — remote or disadvantaged area (longer statutory periods). */
      remoteArea: FlagSchema.optional().describe(
        "Vùng sâu vùng xa — remote or disadvantaged area (longer statutory periods).",
      ),
      /** `Mức độ`. */
      complexity: ComplexitySchema.optional().describe("Mức độ."),
      /** `Gia hạn` — number of extensions of the settlement period. */
      extensions: countSchema(0).optional().describe("Gia hạn — number of extensions of the settlement period."),
      /** `Đảng viên` — the person complained about or denounced is a Party member. */
      subjectIsPartyMember: FlagSchema.optional().describe(
        "Đảng viên — the person complained about or denounced is a Party member.",
      ),
      /** `Nặc danh` — the sender's name or address is unknown or false. */
      anonymous: FlagSchema.optional().describe("Nặc danh — the sender's name or address is unknown or false."),
      /** `Nổi cộm` — prominent. */
      prominent: FlagSchema.optional().describe("Nổi cộm — prominent."),
      /** `Nguy cơ ANCT-TTATXH` — risk of serious consequences for political security, order and safety. */
      securityRisk: FlagSchema.optional().describe(
        "Nguy cơ ANCT-TTATXH — risk of serious consequences for political security, order and safety.",
      ),
      /** `Ý kiến khác nhau` — the bodies concerned hold differing opinions. */
      opinionsDiffer: FlagSchema.optional().describe(
        "Ý kiến khác nhau — the bodies concerned hold differing opinions.",
      ),
    },
    UNKNOWN_KEYS,
  )
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
