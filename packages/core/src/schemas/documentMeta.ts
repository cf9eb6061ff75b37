import { z } from "zod";
import { IsoDateSchema, TextSchema } from "./common.js";

/**
 * How the signer signs (thể thức ký): directly, or on behalf of a collective or a principal.
 * The profile prints the prefix: `party` writes "T/M", `state` writes "TM." (Nghị định 30/2020 Phụ lục I
 * mục II.8; Hướng dẫn 36-HD/VPTW).
 */
export const SignatureVariantSchema = z.enum([
  "direct",
  "onBehalfOf",
  "deputy",
  "byOrder",
  "byAuthorization",
  "acting",
]);
/**
 * `direct` (ký trực tiếp), `onBehalfOf` (T/M, TM. — thay mặt a collective), `deputy` (KT. — ký thay),
 * `byOrder` (TL. — thừa lệnh), `byAuthorization` (TUQ. — thừa ủy quyền), `acting` (Q. — quyền).
 */
export type SignatureVariant = z.infer<typeof SignatureVariantSchema>;

/** Who signs a document. */
export const SignerSchema = z
  .object({
    /** Full name, e.g. "Nguyễn Văn A". */
    name: TextSchema,
    /** Title printed above the name, e.g. "BÍ THƯ", "PHÓ CHỦ TỊCH". */
    title: TextSchema,
    /** How the signer signs; `direct` by default. */
    variant: SignatureVariantSchema.default("direct"),
    /**
     * The collective or principal named after the prefix: "BAN THƯỜNG VỤ" for T/M, "CHỦ TỊCH" for KT.,
     * "CHÁNH VĂN PHÒNG" for TL. Required for every variant but `direct`.
     */
    onBehalfOf: TextSchema.optional(),
  })
  .strict()
  .refine((s) => s.variant === "direct" || s.onBehalfOf !== undefined, {
    message: "Cần ghi rõ thay mặt / ký thay cho ai (onBehalfOf)",
    path: ["onBehalfOf"],
  });

/** A validated signer. */
export type Signer = z.infer<typeof SignerSchema>;

/** One line of "Nơi nhận". */
export const RecipientSchema = z
  .object({
    /** Body or person, e.g. "Ban Nội chính Trung ương". */
    name: TextSchema,
    /** Why, printed in brackets, e.g. "báo cáo", "để biết". */
    purpose: TextSchema.optional(),
  })
  .strict();

/** A validated recipient. */
export type Recipient = z.infer<typeof RecipientSchema>;

/**
 * What a format profile needs to print the header, the signature block and "Nơi nhận" of an official
 * document (DESIGN.md "Document formats").
 */
export const DocumentMetaSchema = z
  .object({
    /** Issuing body, e.g. "TỈNH ỦY MINH SƠN"; printed in capitals. */
    issuingBody: TextSchema,
    /** Body above it, printed above it when present, e.g. "ĐẢNG BỘ TỈNH MINH SƠN". */
    parentBody: TextSchema.optional(),
    /** Number and symbol without "Số", e.g. "97-KH/TU" or "12/BC-UBND". */
    number: TextSchema,
    /** Place name for the date line, e.g. "Kon Tum". */
    place: TextSchema,
    /** Date of the document. */
    date: IsoDateSchema,
    /** Document type, e.g. "BÁO CÁO", "KẾ HOẠCH", "THÔNG BÁO". */
    documentType: TextSchema,
    /** What it is about (trích yếu). */
    summary: TextSchema,
    /** Who signs. */
    signer: SignerSchema,
    /** "Nơi nhận"; the archive line ("Lưu …") included. */
    recipients: z.array(RecipientSchema).default([]),
    /** Security marking printed on the first page, e.g. "MẬT". */
    classification: z.enum(["MẬT", "TỐI MẬT", "TUYỆT MẬT"]).optional(),
  })
  .strict()
  .meta({
    title: "DocumentMeta",
    description: "Thông tin thể thức của một văn bản: cơ quan ban hành, số, ngày, người ký, nơi nhận.",
  });

/** Validated document metadata. */
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;
/** Document metadata as given. */
export type DocumentMetaInput = z.input<typeof DocumentMetaSchema>;
