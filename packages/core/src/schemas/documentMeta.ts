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
    name: TextSchema.describe('Full name, e.g. "Nguyễn Văn A".'),
    /** Title printed above the name, e.g. "BÍ THƯ", "PHÓ CHỦ TỊCH". */
    title: TextSchema.describe('Title printed above the name, e.g. "BÍ THƯ", "PHÓ CHỦ TỊCH".'),
    /** How the signer signs; `direct` by default. */
    variant: SignatureVariantSchema.default("direct").describe("How the signer signs; direct by default."),
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
    name: TextSchema.describe('Body or person, e.g. "Ban Nội chính Trung ương".'),
    /** Why, printed in brackets, e.g. "báo cáo", "để biết". */
    purpose: TextSchema.optional().describe('Why, printed in brackets, e.g. "báo cáo", "để biết".'),
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
    issuingBody: TextSchema.describe('Issuing body, e.g. "TỈNH ỦY MINH SƠN"; printed in capitals.'),
    /** Body above it, printed above it when present, e.g. "ĐẢNG BỘ TỈNH MINH SƠN". */
    parentBody: TextSchema.optional().describe(
      'Body above it, printed above it when present, e.g. "ĐẢNG BỘ TỈNH MINH SƠN".',
    ),
    /**
     * Number and symbol without "Số", e.g. "97-KH/TU" or "12/BC-UBND"; only the symbol ("-BC/TU", "/BC-UBND") leaves
     * a blank for the office to write the number in when the document is issued.
     */
    number: TextSchema.describe(
      'Number and symbol without "Số", e.g. "97-KH/TU" or "12/BC-UBND"; only the symbol ("-BC/TU", "/BC-UBND") leaves a blank for the office to write the number in.',
    ),
    /** Place name for the date line, e.g. "Kon Tum". */
    place: TextSchema.describe('Place name for the date line, e.g. "Kon Tum".'),
    /** Date of the document. */
    date: IsoDateSchema.describe("Date of the document."),
    /** Document type, e.g. "BÁO CÁO", "KẾ HOẠCH", "THÔNG BÁO". */
    documentType: TextSchema.describe('Document type, e.g. "BÁO CÁO", "KẾ HOẠCH", "THÔNG BÁO".'),
    /** What it is about (trích yếu). */
    summary: TextSchema.describe("What it is about (trích yếu)."),
    /** Who signs. */
    signer: SignerSchema.describe("Who signs."),
    /** "Nơi nhận"; the archive line ("Lưu …") included. */
    recipients: z.array(RecipientSchema).default([]).describe('"Nơi nhận"; the archive line ("Lưu …") included.'),
    /** Security marking printed on the first page, e.g. "MẬT". */
    classification: z
      .enum(["MẬT", "TỐI MẬT", "TUYỆT MẬT"])
      .optional()
      .describe('Security marking printed on the first page, e.g. "MẬT".'),
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
