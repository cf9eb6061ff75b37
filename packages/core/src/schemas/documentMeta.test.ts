import { describe, expect, it } from "vitest";
import { type DocumentMetaInput, DocumentMetaSchema, type SignatureVariant, SignerSchema } from "./documentMeta.js";

const kh97: DocumentMetaInput = {
  issuingBody: "TỈNH ỦY KON TUM",
  parentBody: "ĐẢNG BỘ TỈNH KON TUM",
  number: "97-KH/TU",
  place: "Kon Tum",
  date: "2019-06-18",
  documentType: "KẾ HOẠCH",
  summary: "thực hiện Quy định 11-QĐi/TW của Bộ Chính trị",
  signer: { name: "Nguyễn Văn A", title: "BÍ THƯ", variant: "onBehalfOf", onBehalfOf: "BAN THƯỜNG VỤ" },
  recipients: [{ name: "Ban Nội chính Trung ương", purpose: "báo cáo" }, { name: "Lưu Văn phòng Tỉnh ủy" }],
};

describe("DocumentMetaSchema: what a format profile needs for the header, signature and Nơi nhận", () => {
  it("accepts the metadata of Kế hoạch 97-KH/TU", () => {
    expect(DocumentMetaSchema.parse(kh97)).toEqual(kh97);
  });

  it("fills the defaults: a direct signature and no recipients", () => {
    expect(
      DocumentMetaSchema.parse({
        issuingBody: "ỦY BAN NHÂN DÂN TỈNH MINH SƠN",
        number: "12/BC-UBND",
        place: "Minh Sơn",
        date: "2026-01-05",
        documentType: "BÁO CÁO",
        summary: "Kết quả công tác tiếp công dân năm 2025",
        signer: { name: "Trần Thị B", title: "CHỦ TỊCH" },
      }),
    ).toMatchInlineSnapshot(`
      {
        "date": "2026-01-05",
        "documentType": "BÁO CÁO",
        "issuingBody": "ỦY BAN NHÂN DÂN TỈNH MINH SƠN",
        "number": "12/BC-UBND",
        "place": "Minh Sơn",
        "recipients": [],
        "signer": {
          "name": "Trần Thị B",
          "title": "CHỦ TỊCH",
          "variant": "direct",
        },
        "summary": "Kết quả công tác tiếp công dân năm 2025",
      }
    `);
  });

  it("normalises NFD text to NFC and trims it", () => {
    const parsed = DocumentMetaSchema.parse({
      ...kh97,
      issuingBody: " TỈNH ỦY KON TUM ".normalize("NFD"),
      place: "Kon Tum ".normalize("NFD"),
      signer: { ...kh97.signer, name: " Nguyễn Văn Ấn ".normalize("NFD") },
    });
    expect([parsed.issuingBody, parsed.place, parsed.signer.name]).toEqual([
      "TỈNH ỦY KON TUM",
      "Kon Tum",
      "Nguyễn Văn Ấn",
    ]);
    expect(parsed.signer.name).toBe(parsed.signer.name.normalize("NFC"));
  });

  it.each(["MẬT", "TỐI MẬT", "TUYỆT MẬT"] as const)("accepts the security marking %s", (classification) => {
    expect(DocumentMetaSchema.parse({ ...kh97, classification }).classification).toBe(classification);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["an impossible date", { date: "2019-06-31" }, "date"],
    ["an empty number", { number: "  " }, "number"],
    ["an empty summary", { summary: "" }, "summary"],
    ["an unknown marking", { classification: "KHẨN" }, "classification"],
    ["an unknown key", { urgency: "KHẨN" }, ""],
    ["an empty recipient", { recipients: [{ name: " " }] }, "recipients.0.name"],
    ["an unknown recipient key", { recipients: [{ name: "Ban Nội chính", copies: 2 }] }, "recipients.0"],
    ["an unknown signer key", { signer: { name: "A", title: "BÍ THƯ", seal: true } }, "signer"],
  ])("rejects %s", (_, patch, path) => {
    const r = DocumentMetaSchema.safeParse({ ...kh97, ...patch });
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual([path]);
  });
});

describe("NĐ 30/2020 Phụ lục I mục II.8; Hướng dẫn 36-HD/VPTW: a signature other than direct names whom it is for", () => {
  it.each<[SignatureVariant, string]>([
    ["onBehalfOf", "BAN THƯỜNG VỤ"],
    ["deputy", "CHỦ TỊCH"],
    ["byOrder", "CHÁNH VĂN PHÒNG"],
    ["byAuthorization", "GIÁM ĐỐC"],
    ["acting", "CHỦ TỊCH"],
  ])("%s with onBehalfOf %j is accepted", (variant, onBehalfOf) => {
    expect(SignerSchema.parse({ name: "Lê Văn C", title: "PHÓ CHỦ TỊCH", variant, onBehalfOf })).toEqual({
      name: "Lê Văn C",
      title: "PHÓ CHỦ TỊCH",
      variant,
      onBehalfOf,
    });
  });

  it.each<SignatureVariant>(["onBehalfOf", "deputy", "byOrder", "byAuthorization", "acting"])(
    "%s without onBehalfOf is refused",
    (variant) => {
      const r = SignerSchema.safeParse({ name: "Lê Văn C", title: "PHÓ CHỦ TỊCH", variant });
      expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
        ["onBehalfOf", "Cần ghi rõ thay mặt / ký thay cho ai (onBehalfOf)"],
      ]);
    },
  );

  it("accepts a direct signature with or without onBehalfOf", () => {
    expect(SignerSchema.parse({ name: "Lê Văn C", title: "BÍ THƯ" }).variant).toBe("direct");
    expect(SignerSchema.safeParse({ name: "Lê Văn C", title: "BÍ THƯ", variant: "direct" }).success).toBe(true);
  });

  it("refuses an onBehalfOf of spaces", () => {
    const r = SignerSchema.safeParse({ name: "Lê Văn C", title: "KT. CHỦ TỊCH", variant: "deputy", onBehalfOf: "  " });
    expect(r.success).toBe(false);
  });

  it("reports the missing onBehalfOf under the signer in the document", () => {
    const r = DocumentMetaSchema.safeParse({
      ...kh97,
      signer: { name: "Nguyễn Văn A", title: "BÍ THƯ", variant: "onBehalfOf" },
    });
    expect(r.error?.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "custom",
          "message": "Cần ghi rõ thay mặt / ký thay cho ai (onBehalfOf)",
          "path": [
            "signer",
            "onBehalfOf",
          ],
        },
      ]
    `);
  });

  it("refuses an unknown variant", () => {
    const r = SignerSchema.safeParse({
      name: "Lê Văn C",
      title: "BÍ THƯ",
      variant: "T/M",
      onBehalfOf: "BAN THƯỜNG VỤ",
    });
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["variant"]);
  });
});
