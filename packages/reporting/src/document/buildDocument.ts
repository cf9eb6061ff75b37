import { type DocumentMetaInput, DocumentMetaSchema, formatPlaceAndDate, type SignatureVariant } from "@tiepdan/core";
import type { Block, DocumentNode, Inline, ParagraphNode, RuleNode, TableCellNode, TableNode } from "./ir.js";
import { paragraph, text } from "./ir.js";

/** The two format profiles (DESIGN.md "Document formats"). */
export type ProfileName = "party" | "state";

/** Input of {@link buildDocument}. */
export interface BuildDocumentInput {
  /** Document metadata (validated with `DocumentMetaSchema`). */
  meta: DocumentMetaInput;
  /** `party` (Hướng dẫn 36-HD/VPTW) or `state` (Nghị định 30/2020/NĐ-CP Phụ lục I). */
  profile: ProfileName;
  /** The body, e.g. from `parseMarkup`. */
  body: Block[];
  /** Appendices (phụ lục), placed after the signature block and "Nơi nhận", e.g. landscape sections of tables. */
  appendices?: Block[];
}

/** Sizes and layout of a profile, in points and millimetres. */
export interface Profile {
  name: ProfileName;
  /** Margins: Nghị định 30/2020 for both (Hướng dẫn 36-HD/VPTW sets none we could find). */
  marginsMm: { top: number; right: number; bottom: number; left: number };
  bodySize: number;
  /** First-line indent of body paragraphs. */
  indentMm: number;
  /** Prefix of each signature variant. */
  signaturePrefix: Record<Exclude<SignatureVariant, "direct">, string>;
}

/** Hướng dẫn 36-HD/VPTW (2018): Party documents. */
export const PARTY_PROFILE: Profile = {
  name: "party",
  marginsMm: { top: 20, right: 15, bottom: 20, left: 30 },
  bodySize: 14,
  indentMm: 10,
  signaturePrefix: { onBehalfOf: "T/M", deputy: "K/T", byOrder: "T/L", byAuthorization: "T/U", acting: "Q." },
};

/** Nghị định 30/2020/NĐ-CP Phụ lục I: State administrative documents. */
export const STATE_PROFILE: Profile = {
  name: "state",
  marginsMm: { top: 20, right: 15, bottom: 20, left: 30 },
  bodySize: 14,
  indentMm: 10,
  signaturePrefix: { onBehalfOf: "TM.", deputy: "KT.", byOrder: "TL.", byAuthorization: "TUQ.", acting: "Q." },
};

const upper = (s: string) => s.normalize("NFC").toLocaleUpperCase("vi");

function cell(children: (ParagraphNode | RuleNode)[], extra: Partial<TableCellNode> = {}): TableCellNode {
  return { type: "cell", children, verticalAlign: "top", ...extra };
}

function layoutTable(widths: number[], cells: TableCellNode[]): TableNode {
  return { type: "table", widths, headerRows: 0, borders: false, rows: [{ type: "row", cells }] };
}

/** A number given without its digits ("-BC/TU", "/BC-UBND") leaves a blank for the office to write it in. */
const numberText = (n: string) => (/^[-/]/.test(n) ? `${"\u00a0".repeat(8)}${n}` : n);

function headerBlock(meta: ReturnType<typeof DocumentMetaSchema.parse>, profile: Profile): TableNode {
  const left: (ParagraphNode | RuleNode)[] = [];
  const right: ParagraphNode[] = [];
  const dateLine = formatPlaceAndDate(meta.place, meta.date);
  if (profile.name === "party") {
    if (meta.parentBody) left.push(paragraph(upper(meta.parentBody), { align: "center", size: 14 }));
    left.push(paragraph(upper(meta.issuingBody), { align: "center", size: 14, bold: true }));
    left.push(paragraph("*", { align: "center", size: 14 }));
    left.push(paragraph(`Số ${numberText(meta.number)}`, { align: "center", size: 14 }));
    right.push(paragraph("ĐẢNG CỘNG SẢN VIỆT NAM", { align: "center", size: 15, bold: true, underline: true }));
    right.push(paragraph(dateLine, { align: "center", size: 14, italic: true, spaceBeforePt: 12 }));
  } else {
    if (meta.parentBody) left.push(paragraph(upper(meta.parentBody), { align: "center", size: 13 }));
    left.push(paragraph(upper(meta.issuingBody), { align: "center", size: 13, bold: true }));
    left.push({ type: "rule", widthMm: 25, align: "center" });
    left.push(paragraph(`Số: ${numberText(meta.number)}`, { align: "center", size: 13, spaceBeforePt: 6 }));
    right.push(paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { align: "center", size: 13, bold: true }));
    right.push(paragraph("Độc lập - Tự do - Hạnh phúc", { align: "center", size: 14, bold: true, underline: true }));
    right.push(paragraph(dateLine, { align: "center", size: 14, italic: true, spaceBeforePt: 12 }));
  }
  if (meta.classification)
    left.push(paragraph(meta.classification, { align: "center", size: 14, bold: true, spaceBeforePt: 6 }));
  return layoutTable([4, 6], [cell(left), cell(right)]);
}

function titleBlocks(meta: ReturnType<typeof DocumentMetaSchema.parse>, profile: Profile): Block[] {
  const typeSize = profile.name === "party" ? 16 : 14;
  return [
    paragraph(upper(meta.documentType), { align: "center", size: typeSize, bold: true, spaceBeforePt: 18 }),
    { type: "paragraph", align: "center", size: 14, bold: true, children: [text(meta.summary)] },
    ...(profile.name === "party"
      ? [paragraph("-----", { align: "center", size: 14, spaceAfterPt: 12 })]
      : [
          { type: "rule" as const, widthMm: 40, align: "center" as const },
          paragraph("", { size: 6, spaceAfterPt: 6 }),
        ]),
  ];
}

function signatureAndRecipients(meta: ReturnType<typeof DocumentMetaSchema.parse>, profile: Profile): TableNode {
  const s = meta.signer;
  const sign: ParagraphNode[] = [];
  if (s.variant !== "direct" && s.onBehalfOf) {
    sign.push(
      paragraph(`${profile.signaturePrefix[s.variant]} ${upper(s.onBehalfOf)}`, {
        align: "center",
        size: 14,
        bold: true,
      }),
    );
  }
  sign.push(paragraph(upper(s.title), { align: "center", size: 14, bold: true }));
  sign.push(paragraph("", { size: 14, spaceAfterPt: 48 }));
  sign.push(paragraph(s.name, { align: "center", size: 14, bold: true }));

  const rec: ParagraphNode[] = [];
  if (meta.recipients.length > 0) {
    const heading: Inline[] =
      profile.name === "party"
        ? [text("Nơi nhận:", { underline: true, size: 14 })]
        : [text("Nơi nhận:", { bold: true, italic: true, size: 12 })];
    rec.push({ type: "paragraph", align: "left", children: heading });
    const last = meta.recipients.length - 1;
    meta.recipients.forEach((r, i) => {
      const label = r.purpose ? `${r.name} (${r.purpose})` : r.name;
      const end = profile.name === "state" ? (i === last ? "." : ";") : i === last ? "." : ",";
      rec.push(paragraph(`- ${label}${end}`, { align: "left", size: profile.name === "party" ? 12 : 11 }));
    });
  }
  return layoutTable([5, 5], [cell(rec), cell(sign)]);
}

/**
 * Builds a whole document from metadata and a body through a format profile: the header (issuing body under its
 * parent body, "*", number, "ĐẢNG CỘNG SẢN VIỆT NAM" or the national motto, place and date), the document type
 * and summary, the body with the profile's sizes and indent, then the signature block (T/M, K/T … for the Party;
 * TM., KT., TL., TUQ., Q. for the State) beside "Nơi nhận". Margins follow Nghị định 30/2020 for both profiles;
 * page numbers at the top centre from page 2. Nothing in a template positions the header by hand.
 *
 * @param input - metadata, profile and body
 * @returns the document IR, ready for `renderPdf` and `renderDocx`
 * @throws {ZodError} when the metadata is invalid
 * @example
 * const doc = buildDocument({ meta, profile: "party", body: parseMarkup("<body><p>Nội dung.</p></body>") });
 * doc.children[0].type //=> "table" (the header)
 */
export function buildDocument(input: BuildDocumentInput): DocumentNode {
  const meta = DocumentMetaSchema.parse(input.meta);
  const profile = input.profile === "party" ? PARTY_PROFILE : input.profile === "state" ? STATE_PROFILE : undefined;
  if (!profile) throw new RangeError(`buildDocument: unknown profile ${JSON.stringify(input.profile)}`);
  const styleBody = (blocks: Block[]): Block[] =>
    blocks.map((b): Block => {
      if (b.type === "paragraph") return { align: "justify", indentMm: profile.indentMm, spaceAfterPt: 6, ...b };
      if (b.type === "section") return { ...b, children: styleBody(b.children) };
      return b;
    });
  return {
    type: "document",
    page: { size: "A4", marginsMm: profile.marginsMm, pageNumbers: "topFromSecondPage" },
    font: { family: "Times New Roman", sizePt: profile.bodySize },
    info: {
      title: `${meta.documentType} ${meta.number}`.normalize("NFC"),
      subject: meta.summary,
      author: meta.issuingBody,
      date: meta.date,
    },
    children: [
      headerBlock(meta, profile),
      ...titleBlocks(meta, profile),
      ...styleBody(input.body),
      paragraph("", { size: 6, spaceAfterPt: 6 }),
      signatureAndRecipients(meta, profile),
      ...styleBody(input.appendices ?? []),
    ],
  };
}
