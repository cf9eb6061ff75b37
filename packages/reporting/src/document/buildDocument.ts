import { type DocumentMetaInput, DocumentMetaSchema, formatPlaceAndDate, type SignatureVariant } from "@tiepdan/core";
import { LONGEST_WHOLE_WORD } from "./_cells.js";
import { wordMm } from "./_metrics.js";
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

/**
 * A body name in capitals with its place phrase kept on one line ("ỦY BAN NHÂN DÂN / TỈNH HÀ TRUNG", never
 * "… TỈNH HÀ / TRUNG"): the spaces from the place word on become no-break spaces, so a letterhead breaks only before it.
 * "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY" name a body, not a place: left as they are.
 */
function keepPlaceName(name: string): string {
  const m =
    /(^|\s)((?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU)\s(?!ỦY(?:\s|$))\S+(?:\s\S+){0,3})$/u.exec(
      name,
    );
  if (!m || m.index === undefined) return name;
  const at = m.index + (m[1] as string).length;
  return name.slice(0, at) + (m[2] as string).replace(/ /g, "\u00a0");
}

/**
 * A word of at most this many characters (a date, "11-QĐi/TW", a row number, a short code) keeps its column wide
 * enough for it even when the table's longer words cannot all fit (see {@link fitColumns}).
 */
const SHORT_WORD = 12;

/**
 * The width of the widest word of a cell's paragraphs, each run at its size and weight, and of its widest word of at
 * most {@link SHORT_WORD} characters (-Infinity for none; a word longer than {@link LONGEST_WHOLE_WORD} characters is
 * cut by the renderers and does not count). Remembered per cell node in `known` (one table at one size; the last
 * 20,000 cells): a long table's equal cells are one node.
 */
function widestWordMm(c: TableCellNode, size: number, known: Map<TableCellNode, [number, number]>): [number, number] {
  const seen = known.get(c);
  if (seen !== undefined) return seen;
  let widest = Number.NEGATIVE_INFINITY;
  let widestShort = Number.NEGATIVE_INFINITY;
  for (const p of c.children) {
    if (p.type !== "paragraph") continue;
    for (const i of p.children) {
      if (i.type === "break") continue;
      const runSize = i.size ?? p.size ?? size;
      const bold = (i.bold ?? p.bold) === true;
      for (const word of i.value.split(/\s+/)) {
        if (word === "" || word.length > LONGEST_WHOLE_WORD) continue;
        const mm = wordMm(word, runSize, bold);
        widest = Math.max(widest, mm);
        if (word.length <= SHORT_WORD) widestShort = Math.max(widestShort, mm);
      }
    }
  }
  if (known.size >= 20_000) known.clear();
  const both: [number, number] = [widest, widestShort];
  known.set(c, both);
  return both;
}

/**
 * Column widths that follow their content (issue 16): each column at least as wide as its longest word (a date,
 * "11-QĐi/TW", a header word) plus the cell padding, the rest of the width shared by the template's weights. When the
 * words cannot all fit even in a smaller type (codes of 30 characters in several columns), each column keeps room for
 * its short words (a date, a row number) and the columns of longer words share what is left.
 */
function fitColumns(t: TableNode, widthMm: number, bodySize: number): TableNode {
  if (t.borders === false) return t;
  const n = t.widths.length;
  const min = new Array<number>(n).fill(0);
  const minShort = new Array<number>(n).fill(0);
  const measured = new Map<TableCellNode, [number, number]>();
  // Rows still covered by a cell above that spans rows, per column (a header tree: a leaf sits under its parents).
  const covered = new Array<number>(n).fill(0);
  for (const row of t.rows) {
    let col = 0;
    const skip = () => {
      while (col < n && (covered[col] as number) > 0) col += 1;
    };
    for (const c of row.cells) {
      skip();
      const span = c.colSpan ?? 1;
      if (span === 1 && col < n) {
        const [widest, widestShort] = widestWordMm(c, t.size ?? bodySize, measured);
        min[col] = Math.max(min[col] as number, widest + 3.2);
        minShort[col] = Math.max(minShort[col] as number, widestShort + 3.2);
      }
      for (let k = col; k < Math.min(n, col + span); k++) covered[k] = Math.max(covered[k] as number, c.rowSpan ?? 1);
      col += span;
    }
    for (let k = 0; k < n; k++) if ((covered[k] as number) > 0) covered[k] = (covered[k] as number) - 1;
  }
  const total = t.widths.reduce((a, b) => a + b, 0);
  const need = min.reduce((a, b) => a + b, 0);
  if (need >= widthMm) {
    // Too many columns for the page at this size (an official form's thirty columns): a smaller type, down to 5 pt,
    // if one lets every word fit; else each column keeps its short words and the longer ones share what is left;
    // else the columns share the page in proportion to what each needs.
    const size = t.size ?? bodySize;
    for (let smaller = size - 0.5; smaller >= 5; smaller -= 0.5) {
      const scaled = min.reduce((a, m) => a + (m > 0 ? ((m - 3.2) * smaller) / size + 3.2 : 0), 0);
      if (scaled < widthMm) return fitColumns({ ...t, size: smaller }, widthMm, bodySize);
    }
    const shortNeed = minShort.reduce((a, b) => a + b, 0);
    const longer = min.map((m, i) => m - (minShort[i] as number));
    const longerNeed = longer.reduce((a, b) => a + b, 0);
    if (shortNeed < widthMm && longerNeed > 0) {
      const left = widthMm - shortNeed;
      return {
        ...t,
        widths: minShort.map((m, i) => Math.round((m + ((longer[i] as number) * left) / longerNeed) * 10) / 10),
      };
    }
    return { ...t, widths: min.map((m) => Math.round(((m * widthMm) / need) * 10) / 10) };
  }
  // Columns below their minimum are fixed at it; the others share what is left by weight, until none is below.
  const fixed = new Array<boolean>(n).fill(false);
  let out = t.widths.map((w) => (w / total) * widthMm);
  for (let round = 0; round < n; round++) {
    const short = out.map((w, i) => !fixed[i] && w < (min[i] as number) - 1e-6);
    if (!short.some(Boolean)) break;
    short.forEach((s, i) => {
      if (s) fixed[i] = true;
    });
    const left = widthMm - min.reduce((a, m, i) => a + (fixed[i] ? m : 0), 0);
    const weight = t.widths.reduce((a, w, i) => a + (fixed[i] ? 0 : w), 0);
    out = t.widths.map((w, i) => (fixed[i] ? (min[i] as number) : (w / weight) * left));
  }
  return { ...t, widths: out.map((w) => Math.round(w * 10) / 10) };
}

function cell(children: (ParagraphNode | RuleNode)[], extra: Partial<TableCellNode> = {}): TableCellNode {
  return { type: "cell", children, verticalAlign: "top", ...extra };
}

function layoutTable(widths: number[], cells: TableCellNode[]): TableNode {
  return { type: "table", widths, headerRows: 0, borders: false, rows: [{ type: "row", cells }] };
}

/** A number given without its digits, only its suffix ("-BC/TU", "/BC-UBND"): the office writes them in. */
const unnumbered = (n: string): boolean => /^[-/]/.test(n);

/**
 * A document's number as printed in its header: one given without its digits ("-BC/TU", "/BC-UBND") leaves a blank
 * for the office to write it in.
 *
 * @param n - the number, or only its suffix when none is given yet
 * @returns the number with its blank
 * @example
 * printedNumber("-TB/TU") //=> "        -TB/TU" (eight no-break spaces)
 */
const printedNumber = (n: string): string => (unnumbered(n) ? `${"\u00a0".repeat(8)}${n}` : n);

/**
 * A document's number where another text cites it (an appendix's "Kèm theo Thông báo số … ngày …"): a number not yet
 * given is dots the registry writes over, since that text's spaces are collapsed (review s21 K11: the appendix cited
 * "Thông báo ngày …" with no number at all).
 *
 * @param n - the number, or only its suffix when none is given yet
 * @returns the number, or dots before its suffix
 * @example
 * citedNumber("-TB/TU") //=> "......-TB/TU"
 */
export const citedNumber = (n: string): string => (unnumbered(n) ? `......${n}` : n);

function headerBlock(meta: ReturnType<typeof DocumentMetaSchema.parse>, profile: Profile): TableNode {
  const left: (ParagraphNode | RuleNode)[] = [];
  const right: ParagraphNode[] = [];
  const dateLine = formatPlaceAndDate(meta.place, meta.date);
  if (profile.name === "party") {
    if (meta.parentBody) left.push(paragraph(keepPlaceName(upper(meta.parentBody)), { align: "center", size: 14 }));
    left.push(paragraph(keepPlaceName(upper(meta.issuingBody)), { align: "center", size: 14, bold: true }));
    left.push(paragraph("*", { align: "center", size: 14 }));
    left.push(paragraph(`Số ${printedNumber(meta.number)}`, { align: "center", size: 14 }));
    right.push(paragraph("ĐẢNG CỘNG SẢN VIỆT NAM", { align: "center", size: 15, bold: true, underline: true }));
    right.push(paragraph(dateLine, { align: "center", size: 14, italic: true, spaceBeforePt: 12 }));
  } else {
    if (meta.parentBody) left.push(paragraph(keepPlaceName(upper(meta.parentBody)), { align: "center", size: 13 }));
    left.push(paragraph(keepPlaceName(upper(meta.issuingBody)), { align: "center", size: 13, bold: true }));
    left.push({ type: "rule", widthMm: 25, align: "center" });
    left.push(paragraph(`Số: ${printedNumber(meta.number)}`, { align: "center", size: 13, spaceBeforePt: 6 }));
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
  const portraitMm = 210 - profile.marginsMm.left - profile.marginsMm.right;
  const landscapeMm = 297 - profile.marginsMm.left - profile.marginsMm.right;
  const styleBody = (blocks: Block[], widthMm = portraitMm): Block[] =>
    blocks.map((b): Block => {
      if (b.type === "paragraph") return { align: "justify", indentMm: profile.indentMm, spaceAfterPt: 6, ...b };
      if (b.type === "table") return fitColumns(b, widthMm, profile.bodySize);
      if (b.type === "section") {
        return { ...b, children: styleBody(b.children, b.orientation === "landscape" ? landscapeMm : portraitMm) };
      }
      return b;
    });
  // The signature block and "Nơi nhận" never stand alone on a page: the last paragraph goes with them.
  const body = styleBody(input.body);
  const last = body[body.length - 1];
  if (last?.type === "paragraph") {
    body[body.length - 1] = { ...last, keepWithNext: true };
    const before = body[body.length - 2];
    if (before?.type === "heading") body[body.length - 2] = { ...before, keepWithNext: true };
  }
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
      ...body,
      paragraph("", { size: 6, spaceAfterPt: 6, keepWithNext: true }),
      signatureAndRecipients(meta, profile),
      ...styleBody(input.appendices ?? []),
    ],
  };
}
