import { type Case, type CaseKind, type DocumentMetaInput, LABELS, type Period } from "@tiepdan/core";
import { NOTICE_TITLES, type NoticeKind, type NoticeModel, renderNotice } from "@tiepdan/templates";
import { buildDocument, type ProfileName } from "../document/buildDocument.js";
import type { DocumentNode } from "../document/ir.js";
import { parseMarkup } from "../document/parseMarkup.js";
import { mayBeDenunciation } from "../intake/_lib/validateTable.js";
import { byReceipt } from "./_caseText.js";
import { withoutContact } from "./_contact.js";

/** Input of {@link buildNoticeModels}. */
export interface BuildNoticeModelsInput {
  /** Which document. */
  kind: NoticeKind;
  /** Accepted cases. */
  cases: readonly Case[];
  /** Only cases received in this period (all cases when absent). */
  period?: Pick<Period, "from" | "to">;
  /** Only these `Mã số` (all when absent). */
  ids?: readonly string[];
  /**
   * The issuing body's name, e.g. "Tỉnh ủy Minh Sơn", or per case (a notice comes from the unit that received the
   * case: its issuing body under the profile).
   */
  issuer: string | ((c: Case) => string);
  /** Why a case's document is a draft (placeholders in its unit's settings); none by default. */
  draftNotes?: (c: Case) => string[];
  /** Format profile: chooses the legal basis sentence. */
  profile: ProfileName;
}

const KIND_ORDER: readonly CaseKind[] = ["complaint", "denunciation", "petition", "reflection"];
const BASIS: Record<ProfileName, string> = {
  party:
    "Thực hiện Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân (được sửa đổi, bổ sung theo Kết luận số 215-KL/TW ngày 23/11/2025)",
  state:
    "Căn cứ Luật Tiếp công dân năm 2013, Luật Khiếu nại năm 2011, Luật Tố cáo năm 2018 và Thông tư số 05/2021/TT-TTCP ngày 01/10/2021 của Thanh tra Chính phủ quy định quy trình xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh",
};

/** Which cases get which document: a receipt for every case with a known sender; guidance for a case guided
 * elsewhere; a transfer slip for a case directed to the competent body. */
function wanted(kind: NoticeKind, c: Case): boolean {
  const known = c.anonymous !== true && senderOf(c) !== undefined;
  if (kind === "receipt") return known;
  if (kind === "guidance") return known && c.route === "guide";
  return c.route === "direct";
}

/**
 * Why a case of the period gets no document of a kind though its route asks for one: an anonymous letter, or no
 * sender recorded, has nobody to address a notice of receipt or a guidance to. `undefined` when the case gets its
 * document, or needs none.
 *
 * @param kind - the document
 * @param c - a case
 * @returns the reason in Vietnamese, or `undefined`
 * @example
 * noticeSkipReason("receipt", { ...c, anonymous: true }) //=> "đơn nặc danh"
 */
export function noticeSkipReason(kind: NoticeKind, c: Case): string | undefined {
  if (kind === "transfer" || (kind === "guidance" && c.route !== "guide")) return undefined;
  if (c.anonymous === true) return "đơn nặc danh";
  if (c.senderName !== undefined && WITHHELD_NAME.test(c.senderName)) return "người gửi đề nghị giữ bí mật họ tên";
  if (senderOf(c) === undefined) return "sổ không ghi người gửi";
  return undefined;
}

/**
 * The sender's name as a document may print it: without a phone or identity number after it (review s22b W14, s22c
 * X10: a cell holding a number only names nobody), and none for "Giấu tên" (a denouncer who asked that the name be
 * kept secret: the case is no anonymous letter, its deadlines run, but no document can name or address them; review
 * s22c X9).
 */
function senderOf(c: Case): string | undefined {
  if (c.senderName === undefined || WITHHELD_NAME.test(c.senderName)) return undefined;
  const name = withoutContact(c.senderName).trim();
  // A form of address alone names nobody (review s22b W15: "Kính gửi: Ông (Bà) Ông").
  return name === "" || TITLE_ONLY.test(name) ? undefined : name;
}

/** A cell holding a form of address and nothing else. */
const TITLE_ONLY = /^(?:ông|bà|anh|chị|cụ|bác|cô|thầy|ô|b|ông\s*(?:\(\s*bà\s*\)|[/,]\s*bà))\.?$/iu;

/** A sender cell saying the name is kept secret. */
const WITHHELD_NAME = /^\s*(?:đề nghị\s+)?(?:giấu tên|giữ bí mật(?: họ tên)?)(?![\p{L}])/iu;

/**
 * A letter whose sender the slip cannot name: none written, or an anonymous letter (a name on it is unknown or false by
 * definition, and nobody is informed "để biết"; review s22b W13).
 */
const nameless = (c: Case): boolean => senderOf(c) === undefined || c.anonymous === true;

/** Whether "Cơ quan xử lý" names the issuing body itself ("Đảng ủy xã An Bình", "Ban Thường vụ Đảng ủy xã An Bình"). */
function sameBody(body: string, issuer: string): boolean {
  const key = (t: string) => t.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
  return key(body).endsWith(key(issuer)) || key(issuer).endsWith(key(body));
}

/** How a document to the sender names them on its address line, and how its body calls them. */
interface Salutation {
  /** The address line's name: "Ông (Bà) Lê Văn An", "Bà Nguyễn Thị Hoa", a group as written. */
  line: string;
  /** The body's form of address: "Ông (Bà)", "Bà", "các Ông (Bà)" … */
  you: string;
}

/**
 * A sender as a document names them and calls them. A sender the register writes with a form of address ("Bà Nguyễn
 * Thị Hoa", "ông Lê Văn Tám", "Ô. Tám", "Cụ ông …", "Thầy …") is named with it only (review s21 K9: "Ông (Bà) Bà Nguyễn
 * Thị Hoa") and called by it (review s17s F8, F9: the body said "Ông (Bà)" under "Kính gửi: Bà …"). A group ("Một số hộ
 * dân thôn 1", "Bà con thôn 3", "Anh chị em …", "Gia đình ông …") is named as written and called "các Ông (Bà)", as are
 * several people in one cell ("Ông A và bà B", "Bà C và 5 hộ dân khác"; review s22 V1, V2, V5). Any other sender is
 * "Ông (Bà) …".
 */
function salutation(written: string): Salutation {
  // A phone or identity number written after the name is no part of it: an official writes the name only, and a slip
  // sent to another body never carries a citizen's CCCD (review s22b W14).
  const sender = withoutContact(written);
  // "Cử tri Nguyễn Văn A" is one voter, "Cử tri thôn 5" the voters of a hamlet (review s22b).
  const voter = /^\s*cử tri\s+((\S+).*)$/iu.exec(sender);
  if (voter?.[2] && /^\p{Lu}/u.test(voter[2]) && !PLACE_WORD.test(voter[2]))
    return { line: `Ông (Bà) ${voter[1]}`, you: "Ông (Bà)" };
  if (GROUP_SENDER.test(sender)) return { line: sender, you: "các Ông (Bà)" };
  // An organisation is named as written and called by its kind: "Đề nghị Công ty gửi đơn đến …" (review s22b W12:
  // "Kính gửi: Ông (Bà) Công ty TNHH …").
  const organisation = ORGANISATION.exec(sender);
  if (organisation) {
    const kind = (organisation[1] ?? "").toLocaleLowerCase("vi").replace(/\s+/g, " ");
    const you = ORGANISATION_KINDS[kind] ?? `${kind.charAt(0).toLocaleUpperCase("vi")}${kind.slice(1)}`;
    return { line: sender, you };
  }
  const neutral = NEUTRAL_TITLE.exec(sender);
  if (neutral) {
    // "Ông, bà Nguyễn Văn A" is the neutral form of one person's address (review s22c X5).
    const rest = sender.slice(neutral[0].length);
    return { line: `Ông (Bà) ${rest}`.trim(), you: SEVERAL_PEOPLE.test(rest) ? "các Ông (Bà)" : "Ông (Bà)" };
  }
  // What a parenthesis adds ("(đại diện 12 hộ)", "(con ông B)") names no second sender (review s22b W8).
  const several = SEVERAL_PEOPLE.test(sender.replace(/\([^)]*\)/gu, " "));
  const titled = titleOf(sender);
  if (titled) return { line: `${titled.title} ${titled.rest}`.trim(), you: several ? "các Ông (Bà)" : titled.you };
  return { line: `Ông (Bà) ${sender}`.trim(), you: several ? "các Ông (Bà)" : "Ông (Bà)" };
}

/**
 * A form of address the sender's cell begins with: the title as printed, the body's form, and the name after it.
 * "Bàng Văn Minh", "BÀNG THỊ LAN", "Chịnh Văn A" are names (the title is a whole word: review s21b T4); so are "Ông
 * Thị Hoa" ("Ông" a surname: no man's name goes on with "Thị", review s22 V3) and "Anh Tuấn", "Chị Lan" (a given
 * name without a surname after it: calling a citizen "Anh" wrongly is the worse mistake, review s22 V4). A title
 * followed by a common noun stays one ("Bà mẹ Việt Nam anh hùng …", "Cô giáo …"), unless the two make another noun
 * ({@link NOT_A_TITLE}).
 */
function titleOf(sender: string): { title: string; you: string; rest: string } | undefined {
  const m = TITLE.exec(sender);
  if (!m) return undefined;
  const word = (m[1] ?? m[2] ?? "").toLocaleLowerCase("vi").replace(/\s+/g, " ");
  const rest = sender.slice(m[0].length);
  if (!rest.trim()) return undefined;
  // A word that makes the title part of another noun is no form of address ("Bác sĩ …", "Thầy thuốc …", "Anh hùng …",
  // review s22b W7); any other word after it is ("Bà mẹ Việt Nam anh hùng …", "Ông cụ …", "Cô giáo …", review s22c X2).
  if (NOT_A_TITLE.test(sender)) return undefined;
  const words = rest.trim().split(/\s+/u);
  // A man's title before "Thị", a woman's before "Văn": the word is the surname ("Ông Thị Hoa", "Cô Văn Minh"; review
  // s22 V3, s22b W10).
  const middle = words[0] ?? "";
  if (/^(?:ông|anh|cụ ông)$/u.test(word) && /^thị$/iu.test(middle)) return undefined;
  if (/^(?:bà|cô|chị|cụ bà|b\.)$/u.test(word) && /^văn$/iu.test(middle)) return undefined;
  if ((word === "anh" || word === "chị") && words.length < 2) return undefined;
  const known = TITLES[word];
  if (!known) return undefined;
  return { ...known, rest };
}

/** Nouns that begin with a form of address and are none. */
const NOT_A_TITLE =
  /^\s*(?:bác\s+sĩ|thầy\s+(?:thuốc|cúng|bói|lang)|anh\s+(?:hùng|em)|chị\s+em|sư\s+(?:đoàn|phạm)|cô\s+(?:nhi|đơn)|bà\s+(?:con|đỡ)|ông\s+bà)(?![\p{L}])/iu;

/** The forms of address a sender's cell may begin with, as printed and as the body calls the sender. */
const TITLES: Record<string, { title: string; you: string }> = {
  "ô.": { title: "Ông", you: "Ông" },
  "b.": { title: "Bà", you: "Bà" },
  ông: { title: "Ông", you: "Ông" },
  bà: { title: "Bà", you: "Bà" },
  anh: { title: "Anh", you: "Anh" },
  chị: { title: "Chị", you: "Chị" },
  cụ: { title: "Cụ", you: "Cụ" },
  "cụ ông": { title: "Cụ ông", you: "Cụ" },
  "cụ bà": { title: "Cụ bà", you: "Cụ" },
  bác: { title: "Bác", you: "Bác" },
  cô: { title: "Cô", you: "Cô" },
  thầy: { title: "Thầy", you: "Thầy" },
  sư: { title: "Sư", you: "Sư" },
  "sư cô": { title: "Sư cô", you: "Sư cô" },
  "sư thầy": { title: "Sư thầy", you: "Sư thầy" },
};

/** A cell beginning with a form of address of {@link TITLES}: a whole word, then a space (or the abbreviation's dot). */
const TITLE = /^\s*(?:(ô\.|b\.)\s*|(cụ\s+ông|cụ\s+bà|sư\s+cô|sư\s+thầy|ông|bà|anh|chị|cụ|bác|cô|thầy|sư)\s+)/iu;

/** A cell already written "Ông (Bà) …", "Ông/Bà …" or "Ông, bà …": printed "Ông (Bà) …" once. */
const NEUTRAL_TITLE = /^\s*ông\s*(?:\(\s*bà\s*\)|\/\s*bà|,\s*bà(?![\p{L}]))\s*/iu;

/** A word that begins a place's name ("thôn", "xã" …), written with a capital or not. */
const PLACE_WORD = /^(?:thôn|xã|tổ|khu|ấp|bản|phường|làng|xóm|khối|buôn|plei|sóc|huyện|tỉnh|thị)$/iu;

/** A sender cell naming an organisation, by its kind. */
const ORGANISATION =
  /^\s*(tổng công ty|công ty|cty|hợp tác xã|htx|doanh nghiệp tư nhân|dntn|doanh nghiệp|chi nhánh|ngân hàng|trường(?=\s+(?:mầm non|mẫu giáo|tiểu học|trung học|thcs|thpt|phổ thông|đại học|cao đẳng|trung cấp|dạy nghề|chính trị))|bệnh viện|ban quản lý|tập đoàn|nhà máy|xí nghiệp|trung tâm|hiệp hội|ủy ban nhân dân|uỷ ban nhân dân|ubnd|chùa|giáo xứ|văn phòng)(?![\p{L}])/iu;

/** How the body calls an organisation whose kind is written short or in capitals. */
const ORGANISATION_KINDS: Record<string, string> = {
  cty: "Công ty",
  htx: "Hợp tác xã",
  "tổng công ty": "Tổng công ty",
  trường: "Nhà trường",
  chùa: "Nhà chùa",
  dntn: "Doanh nghiệp",
  "doanh nghiệp tư nhân": "Doanh nghiệp",
  ubnd: "Ủy ban nhân dân",
  "ủy ban nhân dân": "Ủy ban nhân dân",
  "uỷ ban nhân dân": "Ủy ban nhân dân",
};

/**
 * A cell naming more than one person: "Ông A và bà B", "Nguyễn Văn A và Lê Thị B", "Bà C cùng 5 hộ dân", "Ông A; bà B"
 * (the title after the comma capitalised, the name after "và" a capital: "Công ty Xây dựng và Thương mại …" is caught
 * as an organisation first, ", bác sĩ …" is no second person; review s22b W8).
 */
const SEVERAL_PEOPLE =
  /\s(?:[Vv]à|VÀ|[Cc]ùng|CÙNG)\s+(?:\d|(?:các|những|nhiều|một số)\s|\p{Lu}|(?:ông|bà|anh|chị|cụ|bác|cô|vợ|chồng|con|cha|mẹ|bố|em|cháu)(?![\p{L}]))|[,;]\s*(?:[Ôô]ng|ÔNG|[Bb]à|BÀ|[Aa]nh|ANH|[Cc]hị|CHỊ|[Cc]ụ|CỤ)\s+\p{Lu}/u;

/** A sender cell naming a group of people, not one person: addressed as written, without "Ông (Bà)". */
const GROUP_SENDER =
  /^\s*(?:(?:một số|các|nhóm|tập thể|đại diện|những)\s+(?:các\s+)?(?:hộ|hộ dân|công dân|người|cử tri|gia đình|dân)|(?:\d+|nhiều)\s+(?:hộ|công dân|người)(?![\p{L}])|(?:bà con|anh chị em|anh em|chị em|ông bà|vợ chồng|cô bác|cô chú|hộ|cử tri|nhân dân|tập thể|gia đình)(?![\p{L}]))/iu;

/**
 * The per-case documents of a kind for the cases that need one (issue 7): the **notice of receipt** to every sender
 * who is known (QĐ 11-QĐi/TW: in writing within 10 working days) and the **guidance** to a citizen whose case is
 * outside the committee's scope (TT 05/2021/TT-TTCP Mẫu số 02) are addressed to the citizen, so they may name them —
 * a denouncer included, since the document is addressed to that person. The **transfer slip** to the competent body
 * names the sender of an ordinary letter, but for a denunciation withholds the name, the address and the content
 * (only its field is given), as Luật Tố cáo 2018 Điều 47 and 56 require.
 *
 * @param input - kind, cases, period or ids, issuer and profile
 * @returns one model per document, in order of reception
 * @example
 * buildNoticeModels({ kind: "transfer", cases, issuer: "Tỉnh ủy Minh Sơn", profile: "party" })[0].sender //=> null (a denunciation)
 */
export function buildNoticeModels(input: BuildNoticeModelsInput): NoticeModel[] {
  const ids = input.ids ? new Set(input.ids) : undefined;
  return input.cases
    .filter((c) => !input.period || (c.receivedOn >= input.period.from && c.receivedOn <= input.period.to))
    .filter((c) => !ids || ids.has(c.id))
    .filter((c) => wanted(input.kind, c))
    .sort(byReceipt)
    .map((c): NoticeModel => {
      const secret = input.kind === "transfer" && mayBeDenunciation(c);
      const field = c.field ?? "";
      const letter = `đơn ${KIND_ORDER.filter((k) => c.kinds.includes(k))
        .map((k) => LABELS.caseKind[k].toLocaleLowerCase("vi"))
        .join(", ")}`;
      const citizen = input.kind !== "transfer";
      // The citizen's name on the address line and how the body calls them, read once.
      const you = citizen ? salutation(c.senderName ?? "") : undefined;
      const issuer = typeof input.issuer === "function" ? input.issuer(c) : input.issuer;
      return {
        kind: input.kind,
        issuer,
        caseId: c.id,
        receivedOn: c.receivedOn,
        letter,
        field,
        // A group ("Một số hộ dân thôn 1", "Tập thể công dân…") is no "Ông (Bà)" (review s16 F18).
        addressee: you ? you.line : c.handlingBody || "[cơ quan có thẩm quyền]",
        ...(you ? { addressedAs: you.you } : {}),
        addresseeAddress: citizen ? withoutContact(c.senderAddress ?? "") : "",
        sender:
          secret || citizen || nameless(c)
            ? null
            : // A group is named as written, without "Ông (Bà)" (review s16r #11).
              { name: salutation(c.senderName ?? "").line, address: withoutContact(c.senderAddress ?? "") },
        // An anonymous denunciation's slip asks nobody to inform a denouncer nobody knows (review s22c X8).
        ...(!citizen && (secret ? c.anonymous === true : nameless(c)) ? { senderUnknown: true } : {}),
        ...(c.route === "handle" && c.handlingBody && !sameBody(c.handlingBody, issuer)
          ? { handledBy: c.handlingBody }
          : {}),
        // The sentence ends with its own full stop: the content's own one goes (review s16 F18: "…bà X..").
        matter: secret ? "" : (c.content ?? "").trim().replace(/[.。]+$/u, ""),
        route: c.route ?? null,
        body: c.handlingBody ?? "",
        basis: BASIS[input.profile],
        withheld: secret,
        draftNotes: input.draftNotes ? input.draftNotes(c) : [],
      };
    });
}

/**
 * One per-case document: the notice through its template, the strict markup parser and the format profile. "Nơi
 * nhận" is "Như trên" and the archive line; a transfer of an ordinary letter also informs its sender, a transfer of
 * a denunciation never names the denouncer.
 *
 * @param input - the model, the metadata of the issuing unit (its number, date, signer) and the profile
 * @returns the document IR
 * @example
 * const doc = buildNoticeDocument({ model, meta, profile: "party" });
 */
export function buildNoticeDocument(input: {
  model: NoticeModel;
  meta: DocumentMetaInput;
  profile: ProfileName;
}): DocumentNode {
  const { model } = input;
  const archive = input.meta.recipients?.find((r) => /^Lưu/.test(r.name)) ?? { name: "Lưu" };
  const title = NOTICE_TITLES[model.kind];
  const meta: DocumentMetaInput = {
    ...input.meta,
    documentType: title.documentType,
    summary: title.summary,
    recipients: [
      { name: "Như trên" },
      ...(model.kind === "transfer" && model.sender
        ? [{ name: heldTogether(model.sender.name), purpose: "để biết" }]
        : []),
      archive,
    ],
  };
  return buildDocument({ meta, profile: input.profile, body: parseMarkup(heldTogether(renderNotice(model))) });
}

/**
 * "Ông (Bà)" held together at a line's end: a no-break space between its two words (review s22 V7: a line ended on
 * "Ông" and the next began "(Bà)"). The model keeps the plain space; the document gets the no-break one.
 */
function heldTogether(text: string): string {
  return text.replaceAll("Ông (Bà)", "Ông\u00a0(Bà)");
}
