// A denouncer's name or address written where the register does not expect it — in another case's content, in
// "Cơ quan xử lý", in "Đơn vị", in the clerk's narrative — is withheld like the identity columns are
// (DESIGN.md "Confidentiality"; Luật Tố cáo 2018 Điều 8 k3, Điều 47–48, Điều 56).
import type { Case, OrgUnit } from "@tiepdan/core";
import { latinLookAlike } from "../intake/_lib/hostileText.js";
import {
  ADDRESS_WORD,
  houseIdentities,
  isBareAddress,
  isHouseAddress,
  isVillageAddress,
  looksLikeAddress,
  looksLikeName,
  nameParts,
} from "../intake/_lib/personNames.js";
import type { DetailedProblem } from "../intake/_lib/types.js";
import { mayBeDenunciation } from "../intake/_lib/validateTable.js";
import { WITHHELD } from "./buildReportModel.js";
import type { Narrative } from "./parseNarrative.js";

/** Lower case, without diacritics, "đ" as "d": one character for one character of an NFC text. */
function fold(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, whose folding is its lower case
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  let out = "";
  for (const ch of text) out += FOLDED.get(ch) ?? foldChar(ch);
  return out;
}

/** Folded characters, remembered: a register's texts use a few hundred distinct ones. */
const FOLDED = new Map<string, string>();

/** Hangul fillers: letters that print as nothing, taken for a space between words ("Mạc\u3164Đăng"). */
const BLANK_LETTERS = new Set(["\u115f", "\u1160", "\u3164", "\uffa0"]);

/**
 * One character folded: its compatibility form (fullwidth "Ｍ", mathematical "𝐌" as "M"), without its marks, in lower
 * case, a Cyrillic or Greek look-alike as the Latin letter ("М" as "m"), "đ", "ð" (Latin Eth) and "ɖ" (African D) as
 * "d" — all printed alike. The result has the character's length in code units: a letter of two units folds to the
 * letter and a zero-width space (invisible to the matcher), so that offsets stay those of the text.
 */
function foldChar(ch: string): string {
  let folded = ch;
  if (BLANK_LETTERS.has(ch)) folded = " ";
  else {
    const base = ch
      .normalize("NFKC")
      .normalize("NFD")
      .replace(/\p{M}+/gu, "");
    if (base.length === 1) {
      const c = base.toLowerCase();
      const latin = c === "đ" || c === "ð" || c === "ɖ" ? "d" : (latinLookAlike(c) ?? c);
      if (latin.length === 1 && latin.length <= ch.length) folded = latin + "\u200b".repeat(ch.length - 1);
    }
  }
  if (FOLDED.size < 65_536) FOLDED.set(ch, folded);
  return folded;
}

/**
 * What separates the words of a name wherever it is written: any run of characters that are neither letters nor
 * digits — spaces, commas, but also hyphens, dots, underscores, slashes ("Đinh-Thị-Mật", "Đinh.Thị.Mật").
 */
const SEPARATOR = /[^\p{L}\p{N}]+/u;

/**
 * Characters that show nothing or only mark a letter, once folded: the format characters of Unicode (zero-width space
 * and joiners, word joiner, soft hyphen, BOM, the marks of the direction of writing U+200E, U+200F, U+061C) and the
 * combining marks left standing alone (a stroke on a "D", the grapheme joiner U+034F, a variation selector): inside a
 * word they do not separate it ("T\u200Bâm" and "Khuy\u200Fếnh" print as "Tâm" and "Khuyếnh").
 */
const INVISIBLE_CHARS = "\\p{Cf}\\p{M}";
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, "gu");

/** A name or address as folded words, the way it is looked for. */
const wordsOf = (value: string | undefined): string[] =>
  fold((value ?? "").normalize("NFC"))
    .replace(INVISIBLE, "")
    .split(SEPARATOR)
    .filter(Boolean);

/** A word of a text: a maximal run of letters and digits, invisible characters inside it included. */
const TOKEN = new RegExp(`[\\p{L}\\p{N}](?:[\\p{L}\\p{N}${INVISIBLE_CHARS}]*[\\p{L}\\p{N}])?`, "gu");

/**
 * A word before a street's name ("đường Nguyễn Văn Linh", "phố Lê Lợi"). Not "cầu", "lộ", "kiệt": "yêu cầu", "tiết
 * lộ", "Nguyễn Tuấn Kiệt" come before a person as often (review s15d N1).
 */
const STREET_WORD = /^(?:đường|phố|ngõ|ngách|hẻm)$/iu;

/** The beginning of a sender cell that names a group or nobody, not a person. */
const GENERIC_SENDER =
  /^(?:một số|một nhóm|nhóm|các|nhiều|không|chưa|nặc danh|ẩn danh|tập thể|người dân|công dân|quần chúng)(?![\p{L}])/iu;

/**
 * The beginning of a sender cell that names a body, not a person ("UBND xã An Bình" that forwarded a letter, "Công ty
 * TNHH Minh Phát"): a denouncer is a person (Luật Tố cáo 2018 Điều 2), and the body's name is printed in every
 * document as a handling body or an addressee (review s15d N5).
 */
const BODY_SENDER =
  /^(?:ubnd|hđnd|ủy ban|uỷ ban|công ty|tổng công ty|cty|doanh nghiệp|dntn|hợp tác xã|htx|chi nhánh|cơ quan|sở|phòng|ban|đảng ủy|đảng uỷ|chi bộ|chi hội|hội|mặt trận|mttq|tòa án|toà án|viện|công an|trường|bệnh viện|trung tâm|văn phòng|đội|tổ chức|liên đoàn)(?![\p{L}])/iu;

/** "Đoàn thanh niên…", a body; "Đoàn Văn Hậu", a person (Đoàn is a surname): told apart by the next word's case. */
const BODY_DOAN = /^[Đđ]oàn\s+\p{Ll}/u;

/** What may separate the groups of digits of one number: a space, a dot, a dash, a slash, brackets (at most three). */
const NUMBER_JOIN = /^[\s.\-/()]{1,3}$/u;

/**
 * The same number whatever way it is written: "+84…"/"0084…" as "0…", a mobile number of nine digits (Excel drops
 * the leading 0) and an ID-card number of eleven (the same) with it; undefined when too short or too long to be a
 * phone or an ID-card number.
 */
function canonicalNumber(digits: string): string | undefined {
  let d = digits;
  if (d.startsWith("0084")) d = `0${d.slice(4)}`;
  else if (d.length === 11 && d.startsWith("84")) d = `0${d.slice(2)}`;
  else if (d.length === 9 && /^[35789]/.test(d)) d = `0${d}`;
  else if (d.length === 11 && !d.startsWith("0")) d = `0${d}`;
  return d.length >= 9 && d.length <= 12 ? d : undefined;
}

/**
 * The words a person is called by before the given name, with their diacritics, in small letters ("bà Mến", "dì
 * Mến", "o Mến" in the Centre's speech, "mệ Mến" in Huế's).
 */
const CALLING_FORMS = new Set([
  "ông",
  "bà",
  "anh",
  "chị",
  "cô",
  "chú",
  "bác",
  "em",
  "cụ",
  "cháu",
  "dì",
  "mệ",
  "o",
  "thím",
  "mợ",
  "cậu",
  "dượng",
  "thầy",
  "lão",
  "con",
]);

/** A word that begins a place's name: what follows it is the place's, not a person called by a form of address. */
const PLACE_BEFORE_NAME =
  /^(?:thôn|xã|tổ|khu|ấp|bản|phường|làng|xóm|khối|buôn|huyện|tỉnh|thị|quận|thành|phố|đường|ngõ|ngách|hẻm|sông|núi|cầu|chợ|trường|chùa|đền|đình|miếu|hồ|đảo|bến|đèo|cù|lao|tại|ở|về|từ|đến|qua|trên|ủy|bộ|viện|sở|ban|hội|cư|khoa|an|đội|tp|tx|tt)$/iu;

/** Forms of two words, read by their first: a Party member's, a teacher's, a doctor's … ("đồng chí Nhật", "bác sĩ Nhật"). */
const TWO_WORD_FORMS = new Set(["đồng chí", "thầy giáo", "cô giáo", "bác sĩ", "y sĩ", "kỹ sư", "luật sư", "nhà báo"]);

/** A form and a word that make a set phrase, not a person called ("Bác Hồ", "Anh hùng"), the word folded. */
const SET_PHRASES = new Set(["bác ho", "anh hung", "bà trieu", "bà ria", "ông ich"]);

/**
 * Words after which a capitalised form calls a person mid-sentence ("theo lời Bà Mến", "đơn của Ông Nhật", "Kết Quả Gặp
 * Bà Mến"); after any other word it is taken for a name's or a place's ("Huyện ủy Anh Sơn", "Lê Anh Thanh").
 */
const BEFORE_A_PERSON = new Set([
  "chờ",
  "của",
  "với",
  "gặp",
  "lời",
  "theo",
  "và",
  "cho",
  "do",
  "bởi",
  "cùng",
  "mời",
  "hỏi",
  "thăm",
  "tiếp",
  "nhận",
  "là",
  "giữa",
  "hộ",
  "thay",
  "giúp",
  "nhờ",
  "gửi",
  "kính",
  "báo",
  "đề",
  "nghị",
  "hướng",
  "dẫn",
]);

/** The forms written short, with a dot ("Ô. Nhật"); not "b.", a list's letter ("b. An ninh", review s23s S23-2). */
const ABBREVIATED_FORMS = new Set(["ô"]);

/**
 * {@link CALLING_FORMS} and {@link TWO_WORD_FORMS} without diacritics, as a text typed without them writes them ("ba
 * Men", "ong Nhat", "dong chi Nhat"); those a text writes alike either way ("anh", "em", "con") stay with the first.
 */
const FOLDED_FORMS = new Set([...CALLING_FORMS].map(fold).filter((f) => !CALLING_FORMS.has(f)));
const FOLDED_TWO_WORD_FORMS = new Set([...TWO_WORD_FORMS].map(fold));

/** A form of address glued to a capitalised name ("bàMến"). */
const GLUED_FORM = /^(ông|bà|anh|chị|cô|chú|bác|em|cụ|cháu|dì|mệ)(\p{Lu}\p{Ll}*)$/u;

/** Forms of address, folded: before a given name, they make it a person's ("Bà Hoa", "ông Thắng"). */
const ADDRESS_FORMS = new Set(["ong", "ba", "anh", "chi", "co", "chu", "em", "bac", "cu"]);

/**
 * The phone and ID-card numbers a text may hold, each with where it is: every run of groups of digits joined by at
 * most three separators ("0912.777.888", "(0905) 123 456", "0905 - 123 - 456", "ĐT0977888999") of nine to thirteen
 * digits, as {@link canonicalNumber} writes it (review s15c F3, s15d N3).
 */
function numberRuns(text: string): { digits: string; start: number; end: number }[] {
  const groups = [...text.matchAll(/\d+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const out: { digits: string; start: number; end: number }[] = [];
  for (let i = 0; i < groups.length; i++) {
    // Inside an amount written with thousands separators ("1.905.777.321 đồng"): no number starts there (review s15e).
    const before = groups[i - 1];
    const here = groups[i] as (typeof groups)[number];
    // …that is, a group of three digits after one of one to three, joined by a dot or a comma alone: "0905777321,
    // 0912345678" is two numbers, "1.905.777.321" one amount (review s16r #1).
    if (
      before &&
      here.text.length === 3 &&
      before.text.length <= 3 &&
      /^[.,]$/.test(text.slice(before.end, here.start))
    )
      continue;
    let digits = "";
    for (let j = i; j < groups.length; j++) {
      const g = groups[j] as (typeof groups)[number];
      if (j > i && !NUMBER_JOIN.test(text.slice((groups[j - 1] as (typeof groups)[number]).end, g.start))) break;
      digits += g.text;
      if (digits.length > 13) break;
      const canonical = digits.length >= 9 ? canonicalNumber(digits) : undefined;
      if (canonical !== undefined) {
        const start = (groups[i] as (typeof groups)[number]).start;
        // "(0905) 123 456", "(+84) 905…": the bracket opened before the number goes with it.
        const opening = /\(\s*\+?$/.exec(text.slice(Math.max(0, start - 3), start));
        const opened = opening !== null && text.slice(start, g.end).includes(")");
        out.push({ digits: canonical, start: opened ? start - opening[0].length : start, end: g.end });
      }
    }
  }
  return out;
}

/** The phone and ID-card numbers a sender's cell holds, as their canonical digits. */
function personalNumbers(text: string): string[] {
  return numberRuns(text.normalize("NFC")).map((r) => r.digits);
}

/** One format character (see `INVISIBLE_CHARS`). */
const INVISIBLE_ONE = new RegExp(`[${INVISIBLE_CHARS}]`, "u");

/**
 * One Vietnamese syllable, folded (no diacritics): an initial consonant, one to three vowels, a final consonant.
 * Every word of a Vietnamese text is one ("nghiêng", "hoàng", "khuyếnh"); a token that is not — "ôngLê", "Dungxã",
 * "Dung12", a code, a pasted blob, a foreign word — may have a name glued inside it.
 */
const SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/**
 * Whether the two tokens from `i` are written as a name of two words on its own: both begin with a capital ("Tăng
 * Cường", not "tăng cường"), and the next word, after a space only, is not a capitalised word that would make it a
 * longer name ("Y Moan" is not the beginning of "Y Moan Niê"; it is in "Y Moan, Bà H Nhung", in "Y MOAN ĐÃ ĐẾN", in
 * a heading in title case, and after a form of address: "ông Y Moan Trưởng thôn").
 */
function asTwoWordName(
  nfc: string,
  tokens: readonly string[],
  starts: readonly number[],
  ends: readonly number[],
  i: number,
  titleCase: boolean,
): boolean {
  const count = tokens.length;
  const capital = (k: number) => /\p{Lu}/u.test(nfc[starts[k] as number] as string);
  if (!capital(i) || !capital(i + 1)) return false;
  if (titleCase || i + 2 >= count || !capital(i + 2)) return true;
  // After a form of address ("ông Tăng Cường Trưởng thôn") the two words are the person's name, whatever follows.
  if (i > 0 && FORMS_OF_ADDRESS.has(tokens[i - 1] as string)) return true;
  // Only a space before the next word: a comma, a full stop, a bracket ends the name.
  if (!/^[ \u00a0]+$/.test(nfc.slice(ends[i + 1] as number, starts[i + 2] as number))) return true;
  return !/\p{Ll}/u.test(nfc.slice(starts[i + 2] as number, ends[i + 2] as number));
}

/** Words put before a person's name ("ông", "bà", …), folded: what follows them is a name. */
const FORMS_OF_ADDRESS = new Set(["ong", "ba", "anh", "chi", "em", "co", "chu", "bac", "cu", "chau", "ho"]);

/** Small words a heading in title case writes with a capital, and a sentence does not ("Của", "Về", "Và"). */
const TITLE_CASE_WORDS = new Set([
  "cua",
  "ve",
  "va",
  "voi",
  "cho",
  "trong",
  "cac",
  "nhung",
  "viec",
  "den",
  "tai",
  "duoc",
  "la",
  "co",
  "da",
  "theo",
  "tu",
  "tren",
]);

/**
 * Whether a text is in title case ("Ý Kiến Của Ông …"): one of its small words, not the first, is written with a
 * capital and then small letters ("Của"; "CỦA" in a text in capitals does not count).
 */
function inTitleCase(nfc: string, starts: readonly number[], tokens: readonly string[], skip = -1): boolean {
  for (let k = 1; k < tokens.length; k++) {
    if (k === skip || !TITLE_CASE_WORDS.has(tokens[k] as string)) continue;
    const word = nfc.slice(starts[k] as number, (starts[k] as number) + (tokens[k] as string).length);
    // A sentence begins with a capital: "… trình bày. Theo ông …" is no heading.
    const before = nfc.slice(0, starts[k] as number).trimEnd();
    if (/^\p{Lu}\p{Ll}/u.test(word) && !/[.!?:;\n]$/.test(before)) return true;
  }
  return false;
}

/** Whether a folded token may have a name glued inside it (see {@link SYLLABLE}); digits alone never. */
function mayBeGlued(token: string): boolean {
  const known = GLUED_TOKENS.get(token);
  if (known !== undefined) return known;
  const answer = !SYLLABLE.test(token) && !/^\d+$/.test(token);
  if (GLUED_TOKENS.size >= 65_536) GLUED_TOKENS.clear();
  GLUED_TOKENS.set(token, answer);
  return answer;
}
const GLUED_TOKENS = new Map<string, boolean>();

/**
 * A name is looked for glued to other letters only when it has at least this many letters: a shorter one ("Lê Na",
 * "Vũ Công") would be found inside ordinary longer words and links ("dichvucong").
 */
const GLUED_MIN_LETTERS = 8;

/** A text that begins with a word of an address ("Đường Văn Minh", "Xã Hai"). */
const STARTS_WITH_ADDRESS_WORD = new RegExp(`^${ADDRESS_WORD.source}`, "iu");

/** The free-text fields of a case that the documents print and that are not its own sender's identity. */
const FREE_TEXT = ["content", "handlingBody", "unit", "field"] as const;

/**
 * The names and addresses of the denouncers of some cases (those with the kind "Tố cáo", or whose content speaks of
 * one: `mayBeDenunciation`), as written: what a report
 * that counts the cases through a statistics file (a roll-up with the unit's own registers) still withholds from its
 * texts, as `withheldIdentities` of its input.
 *
 * @param cases - cases of a register
 * @returns each denunciation's "Người gửi" and "Địa chỉ" that is not blank, and each person a "Người gửi" names
 *   (`nameParts`: "Bà Lê Thị Khuyếnh" also gives "Lê Thị Khuyếnh")
 * @example
 * denouncerIdentities([{ ...c, kinds: ["denunciation"], senderName: "Trần Văn Kín" }]) //=> ["Trần Văn Kín"]
 */
export function denouncerIdentities(cases: readonly Case[]): string[] {
  return [...readOnce(cases, "identities", findDenouncerIdentities)];
}

/**
 * What is found in a register read once: a run asks for its denouncers and its vocabulary twice (for the problems of
 * the reading, then for the documents), over 100,000 cases. Remembered only for an array of cases the CLI registered
 * as read and never changed ({@link registerUnchangedCases}) — not for any caller's array, frozen or not: freezing is
 * shallow, and a case corrected in place must never be answered from before its correction (review s24 R24-2: a
 * denouncer's name was printed on a transfer slip).
 */
const FOUND = new WeakMap<readonly Case[], Found>();
const UNCHANGED = new WeakSet<readonly Case[]>();

/**
 * Registers an array of cases that is never changed afterwards, neither the array nor its cases (the cases a CLI run
 * read): what is found in it is then found once. Internal to the package.
 *
 * @param cases - the cases read
 */
export function registerUnchangedCases(cases: readonly Case[]): void {
  UNCHANGED.add(cases);
}

interface Found {
  identities?: readonly string[];
  vocabulary?: ReadonlySet<string>;
}

function readOnce<K extends keyof Found>(
  cases: readonly Case[],
  key: K,
  find: (cases: readonly Case[]) => NonNullable<Found[K]>,
): NonNullable<Found[K]> {
  if (!UNCHANGED.has(cases)) return find(cases);
  let found = FOUND.get(cases);
  if (found === undefined) {
    found = {};
    FOUND.set(cases, found);
  }
  const known = found[key];
  if (known !== undefined) return known as NonNullable<typeof known>;
  const value = find(cases);
  found[key] = value;
  return value;
}

function findDenouncerIdentities(cases: readonly Case[]): string[] {
  const out: string[] = [];
  // A sender of several letters is read into names once.
  const parts = new Map<string, string[]>();
  for (const c of cases) {
    if (!mayBeDenunciation(c)) continue;
    if (c.senderName) {
      let named = parts.get(c.senderName);
      if (named === undefined) {
        named = nameParts(c.senderName);
        parts.set(c.senderName, named);
      }
      out.push(c.senderName, ...named);
    }
    // An address without a house number ("An Bình", "Minh Sơn", "Thôn 4") names a place many share: looked for, it
    // would blank out a commune's or a province's name in every document (review s15c F5).
    if (c.senderAddress && isHouseAddress(c.senderAddress)) out.push(c.senderAddress);
  }
  return out;
}

/** What {@link withholdIdentities} finds and returns. */
export interface WithheldIdentities {
  /** The cases with every denouncer's name and address removed from their free-text fields. */
  cases: Case[];
  /** The same removal for any other text (the narrative, a note). */
  text: (text: string) => string;
  /** Mã số of the cases where a cell named a denouncer (for the clerk's note; the ids reveal nobody). */
  ids: string[];
  /**
   * The case as written for a document addressed to its own sender (the notice of receipt, the guidance slip): the
   * other denouncers withheld, the sender's own name and address kept.
   */
  forSender: (c: Case) => Case;
  /**
   * Whether a denouncer bears a name the documents print as someone else's (the signer's, from `publicNames`): that
   * name is printed, not withheld — withheld, it would give the denouncer's name away beside the signature (for a
   * note to the clerk, who should read the texts that name it).
   */
  publicClash?: boolean;
}

/**
 * Finds the names and addresses of the denouncers in the registers (a case with the kind "Tố cáo") and removes them
 * from every other printed text: content, "Cơ quan xử lý", "Cơ quan liên quan", "Đơn vị", "Lĩnh vực" of every
 * case, and whatever else is passed to `text`. The match ignores case, diacritics, spacing and what separates the
 * words (hyphens, dots…); a name of one word is not looked for (it would match ordinary words).
 *
 * @param cases - the accepted rows of the cases registers
 * @param more - other denouncers' names and addresses, as written: those of the rejected denunciation rows
 *   (`withheldIdentities` of a reading), which are not cases but whose senders are still protected
 * @param vocabulary - texts that name no person (the org file's unit names and aliases): a name or address that is
 *   one of them, or a run of their words, is not looked for (an address "xã Hòa Lạc" would otherwise blank out the
 *   unit "Đảng ủy xã Hòa Lạc"); the cases' own fields and units are added
 * @param publicNames - names the documents print as someone else's (the signer's): a denouncer bearing one is not
 *   looked for (withheld beside the signature, the blank would give the name away); `publicClash` says so
 * @returns the cases with the identities withheld, the same function for other texts, and the ids concerned
 * @example
 * const w = withholdIdentities(cases); // a denunciation from "Trần Văn Kín"
 * w.text("Đề nghị bảo vệ ông Tran Van Kin") //=> "Đề nghị bảo vệ ông (giữ bí mật)"
 */
export function withholdIdentities(
  cases: readonly Case[],
  more: readonly string[] = [],
  vocabulary: Iterable<string> = [],
  publicNames: Iterable<string> = [],
): WithheldIdentities {
  const names = new Set([...vocabulary, ...registerVocabulary(cases)]);
  const identities = [...denouncerIdentities(cases), ...more];
  const publicKeys = new Set([...publicNames].map((n) => wordsOf(n).join(" ")).filter((k) => k.includes(" ")));
  const looked = publicKeys.size === 0 ? identities : identities.filter((v) => !publicKeys.has(wordsOf(v).join(" ")));
  const clash = looked.length < identities.length ? { publicClash: true } : {};
  const text = identityMatcher(looked, names);
  if (text === undefined) return { cases: [...cases], text: (t) => t, ids: [], forSender: (c) => c, ...clash };
  const withhold = (c: Case, keep: readonly string[]): Case | undefined => {
    let changed: Case | undefined;
    for (const key of FREE_TEXT) {
      const value = c[key];
      if (typeof value !== "string") continue;
      // A unit or a field the org file or three cases name is kept whole, even when a denouncer's name is part of it
      // ("Chi bộ Trường Tiểu học Lê Văn Tám"): it is the name of a unit, and the unit must still be found.
      if ((key === "unit" || key === "field") && names.has(value)) continue;
      const clean = text(value, keep);
      if (clean !== value) {
        changed ??= { ...c };
        changed[key] = clean;
      }
    }
    if (c.relatedBodies?.length) {
      const related = c.relatedBodies.map((r) => text(r, keep));
      if (related.some((r, i) => r !== c.relatedBodies?.[i])) {
        changed ??= { ...c };
        changed.relatedBodies = related;
      }
    }
    return changed;
  };
  const ids: string[] = [];
  const out = cases.map((c) => {
    const changed = withhold(c, []);
    if (changed) ids.push(c.id);
    return changed ?? c;
  });
  const forSender = (c: Case): Case =>
    withhold(c, [wordsOf(c.senderName).join(" "), wordsOf(c.senderAddress).join(" ")].filter(Boolean)) ?? c;
  return { cases: out, text: (t) => text(t), ids, forSender, ...clash };
}

/**
 * The names of some units and their aliases: texts that name no person (the `vocabulary` the runs give the
 * withholding of denouncers' names, with {@link registerVocabulary}).
 *
 * @param units - the org file's units
 * @returns each unit's name and aliases
 * @example
 * unitNames([{ id: "xhl", name: "Đảng ủy xã Hòa Lạc", aliases: ["ĐU Hòa Lạc"], level: "commune", side: "party" }])
 * //=> ["Đảng ủy xã Hòa Lạc", "ĐU Hòa Lạc"]
 */
export function unitNames(units: readonly OrgUnit[]): string[] {
  return units.flatMap((u) => [u.name, ...(u.aliases ?? [])]);
}

/**
 * The texts of a register that name no person: its fields and its units as written (the vocabulary the runs give
 * the withholding of denouncers' names).
 *
 * @param cases - the cases of a register
 * @returns each "Lĩnh vực" and "Đơn vị" written in three cases or more
 * @example
 * registerVocabulary([c, c, c]) //=> Set { "Đất đai", "Đảng ủy xã Hòa Lạc" } (the field and unit of c)
 */
export function registerVocabulary(cases: readonly Case[]): Set<string> {
  return new Set(readOnce(cases, "vocabulary", findRegisterVocabulary));
}

function findRegisterVocabulary(cases: readonly Case[]): Set<string> {
  // A value of three cases or more: a denouncer's name typed once into "Đơn vị" is not made vocabulary by it.
  const seen = new Map<string, number>();
  const out = new Set<string>();
  const count = (value: string | undefined) => {
    if (!value) return;
    const n = (seen.get(value) ?? 0) + 1;
    seen.set(value, n);
    if (n === VOCABULARY_CASES) out.add(value);
  };
  for (const c of cases) {
    count(c.field);
    count(c.unit);
  }
  return out;
}

/** How many cases write a field or unit before it counts as a text that names no person. */
const VOCABULARY_CASES = 3;

/**
 * A problem of a register with the denouncers' names and addresses withheld from its message, its two halves and its
 * value: a clerk's typing slip may put a denouncer's name in a cell of another row (a "Số người" that does not read),
 * and the problem quotes that cell (DESIGN.md "Confidentiality": problem messages are outputs too).
 *
 * @param identities - the denouncers' names and addresses, as written (`denouncerIdentities` of the accepted cases
 *   and `withheldIdentities` of the reading)
 * @param vocabulary - texts that name no person: the register's fields and units ({@link registerVocabulary}), the
 *   org file's unit names and aliases: a name or address that is one of them is not looked for
 * @returns a function giving each problem with the identities withheld (the same object when none is named)
 * @example
 * // p: the NUMBER_INVALID problem of a row whose "Số người" holds "Lê Thị Khuyếnh" (from readRegisterFiles)
 * const clean = problemWithholder(["Lê Thị Khuyếnh"]);
 * clean(p).problem.message
 * //=> "“(giữ bí mật)” ở cột “Số người” không phải là số. Cho phép: số nguyên từ 1 trở lên (dấu chấm ngăn cách hàng nghìn: 1.234)."
 */
export function problemWithholder(
  identities: readonly string[],
  vocabulary: Iterable<string> = [],
): <T extends DetailedProblem>(p: T) => T {
  const text = identityMatcher(identities, vocabulary);
  if (text === undefined) return (p) => p;
  return <T extends DetailedProblem>(p: T): T => {
    const { problem } = p;
    const message = text(problem.message);
    const what = text(p.what);
    const allowed = p.allowed === undefined ? undefined : text(p.allowed);
    const value = typeof problem.value === "string" ? text(problem.value) : problem.value;
    if (message === problem.message && what === p.what && allowed === p.allowed && value === problem.value) return p;
    return {
      ...p,
      problem: { ...problem, message, ...(value === undefined ? {} : { value }) },
      what,
      ...(allowed === undefined ? {} : { allowed }),
    };
  };
}

/**
 * The matcher of some names and addresses: a text with each of them replaced by "(giữ bí mật)" (see
 * {@link withholdIdentities}), except those of `keep` (folded words joined by a space); `undefined` when there is
 * nothing to look for.
 */
function identityMatcher(identities: Iterable<string>, vocabulary: Iterable<string> = []): Matcher | undefined {
  // A report builds the same matcher twice (for the registers' problems and for the documents): the last one is
  // kept, found by its names and vocabulary (0.2 s for a register of 100,000 cases).
  const names = [...identities];
  const words = [...new Set(vocabulary)].sort();
  const key = `${names.join("\u0000")}\u0001${words.join("\u0000")}`;
  if (lastMatcher?.key === key) return lastMatcher.matcher;
  const matcher = buildMatcher(names, words);
  lastMatcher = { key, matcher };
  return matcher;
}

/** A text with some names and addresses withheld (see {@link identityMatcher}). */
type Matcher = (raw: string, keep?: readonly string[]) => string;

/** The matcher {@link identityMatcher} built last, with the key of its names and vocabulary. */
let lastMatcher: { key: string; matcher: Matcher | undefined } | undefined;

function buildMatcher(identities: readonly string[], vocabulary: readonly string[]): Matcher | undefined {
  // What is not a person's name or address, whatever cell it was read from: a field, a unit's name ("Xây dựng" read
  // from a row whose cells were shifted), and — for a place, not a person — every run of their words ("xã Hòa Lạc" of
  // "Đảng ủy xã Hòa Lạc"; but "Lê Văn Tám" of "Trường Tiểu học Lê Văn Tám" is still a denouncer's name).
  const vocabularyKeys = new Set<string>();
  const vocabularyRuns = new Set<string>();
  for (const text of vocabulary) {
    const words = wordsOf(text);
    vocabularyKeys.add(words.join(" "));
    if (words.length > 12) continue;
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 2; j <= words.length; j++) vocabularyRuns.add(words.slice(i, j).join(" "));
    }
  }
  // Each name or address as its folded words, by its first word; the one of most words first, so that an address
  // is removed whole before a name inside it.
  const byFirst = new Map<string, (readonly string[])[]>();
  const seen = new Set<string>();
  const add = (value: string | undefined) => {
    if (value === undefined) return;
    // A phone or ID-card number in a sender's cells identifies the person exactly (review s15c F3).
    if (/\d/.test(value)) for (const n of personalNumbers(value)) numbers.add(n);
    if (isBareAddress(value)) return;
    // "Một số hộ dân", "Không ghi tên", "Hội Cựu chiến binh xã": no person (the names inside, if any, are parts of
    // their own, review s15c F5).
    if (
      (GENERIC_SENDER.test(value.trim()) && !looksLikeName(value)) ||
      BODY_SENDER.test(value.trim()) ||
      BODY_DOAN.test(value.trim())
    )
      return;
    // An address of a village, not a house, names a place hundreds share: written in another case ("các hộ thôn 4"),
    // it is left.
    if (isVillageAddress(value)) return;
    const place = /[\p{N},]/u.test(value) || STARTS_WITH_ADDRESS_WORD.test(value.trim());
    const words = wordsOf(value);
    const key = words.join(" ");
    if (words.length < 2 || seen.has(key)) return;
    // A field or a unit's name read from a shifted row is no name; a person's name that a unit also bears ("Hoàng
    // Văn Thụ") is still withheld.
    const person = looksLikeName(value) && !place;
    // "bà Mến" for "Hoàng Thị Mến": a person is called by a form of address and the given name (review s23 W23-1),
    // and by the family and given names without the middle one ("bà Hoàng Mến", review s23r R23-1).
    if (person && !vocabularyKeys.has(key)) {
      const given = words[words.length - 1] as string;
      givenNames.add(given);
      const written = value.normalize("NFC").trim().split(/\s+/u).at(-1)?.toLocaleLowerCase("vi");
      if (written !== undefined && fold(written) === given) givenWritten.set(given, written);
      if (words.length >= 3) {
        // A given name of two words ("Thu Hà" of "Nguyễn Thị Thu Hà", of "Lê Thu Hà"), not a middle name and a given
        // one ("Văn Nhật").
        const second = words[words.length - 2] as string;
        const pair = second !== "van" && second !== "thi" ? `${second} ${given}` : undefined;
        if (pair !== undefined) givenPairs.add(pair);
        // The family name, called after a form of address only: "Trần Phú" alone is a street, a school, a ward (review
        // s23s S23-2).
        if (!ADDRESS_FORMS.has(words[0] as string)) {
          familyNames.add(words[0] as string);
          familyGiven.add(`${words[0]} ${given}`);
          if (pair !== undefined) familyGiven.add(`${words[0]} ${pair}`);
        }
      }
    }
    if (vocabularyKeys.has(key) && !person) return;
    if (vocabularyRuns.has(key) && place) return;
    // A name of two words ("Tăng Cường", "Y Moan") is looked for only where it is written as a name on its own
    // ({@link asTwoWordName}): in small letters they are ordinary words ("tăng cường").
    if (words.length === 2 && !/\p{N}/u.test(value) && !looksLikeAddress(value)) capitalsOnly.add(key);
    seen.add(key);
    const list = byFirst.get(words[0] as string) ?? [];
    list.push(words);
    byFirst.set(words[0] as string, list);
  };
  const capitalsOnly = new Set<string>();
  const numbers = new Set<string>();
  const givenNames = new Set<string>();
  /** Family names, family and given names, and given names of two words, folded, of the persons looked for. */
  const familyNames = new Set<string>();
  const familyGiven = new Set<string>();
  const givenPairs = new Set<string>();
  /** Each given name as written (lower case, with its diacritics), by its folded form. */
  const givenWritten = new Map<string, string>();
  // A denouncer of many cases is one name to look for (each value costs its words, numbers and tests).
  for (const value of new Set(identities)) {
    add(value);
    // The house alone ("Hộ ở 9 ngõ Kín") points at the sender as the whole address does.
    if (/\d/.test(value)) for (const house of houseIdentities(value)) add(house);
  }
  if (byFirst.size === 0 && numbers.size === 0) return undefined;
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  // The same cell text comes back case after case (units, fields, handling bodies): its answer is remembered.
  const answers = new Map<string, string>();
  const text = (raw: string, keep: readonly string[] = []): string => {
    if (keep.length > 0) return withheldText(raw, keep);
    const known = answers.get(raw);
    if (known !== undefined) return known;
    const answer = withheldText(raw, keep);
    if (answers.size >= 65_536) answers.clear();
    answers.set(raw, answer);
    return answer;
  };
  // A name glued to other letters ("ôngLê Thị Khuyếnh", "…xxxLêThịKhuyếnh…") is looked for as its letters and
  // digits without separators, by their first four.
  const glued = new Map<string, { letters: string; key: string }[]>();
  let longestGlued = 0;
  for (const list of byFirst.values()) {
    for (const words of list) {
      const letters = words.join("");
      // A two-word name glued ("tangcuong.gov.vn") is an ordinary word as often as a name.
      if (letters.length < GLUED_MIN_LETTERS || capitalsOnly.has(words.join(" "))) continue;
      const prefix = letters.slice(0, 4);
      const entries = glued.get(prefix) ?? [];
      entries.push({ letters, key: words.join(" ") });
      glued.set(prefix, entries);
      longestGlued = Math.max(longestGlued, letters.length);
    }
  }
  /**
   * A name matches where its words are neighbouring tokens of the folded text (its maximal runs of letters and
   * digits, an invisible character inside one not counting), whatever separates them: the match of the pattern
   * `(?<![\p{L}\p{N}])w1[^\p{L}\p{N}]+w2…(?![\p{L}\p{N}])` over the text without its invisible characters, found token
   * by token instead of by one pattern of thousands of names (slow to compile and to run). It also matches where its
   * letters run into a glued token's (see {@link gluedSpans}); overlapping matches are withheld as one.
   */
  const withheldText = (raw: string, keep: readonly string[]): string => {
    const nfc = raw.normalize("NFC");
    const folded = fold(nfc);
    if (folded.length !== nfc.length) return raw;
    const tokens: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    let glue = false;
    for (const m of folded.matchAll(TOKEN)) {
      const token = m[0].replace(INVISIBLE, "");
      tokens.push(token);
      starts.push(m.index);
      ends.push(m.index + m[0].length);
      if (!glue && glued.size > 0 && mayBeGlued(token)) glue = true;
    }
    const spans: [number, number][] = [];
    let titleCase: boolean | undefined;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const candidates = byFirst.get(tokens[i] as string);
      if (candidates === undefined) continue;
      const words = candidates.find(
        (w) =>
          w.every((word, k) => tokens[i + k] === word) &&
          (!capitalsOnly.has(w.join(" ")) ||
            asTwoWordName(nfc, tokens, starts, ends, i, (titleCase ??= inTitleCase(nfc, starts, tokens)))),
      );
      if (words === undefined) continue;
      const last = i + words.length - 1;
      // A street or a bridge named after a person ("đường Nguyễn Văn Linh") is no person (review s15c F6).
      const street = i > 0 && STREET_WORD.test(nfc.slice(starts[i - 1], ends[i - 1]));
      if (!keep.includes(words.join(" ")) && !street) {
        let start = starts[i] as number;
        let end = ends[last] as number;
        // "Bà Hoa (Trần Thị Hoa) trình bày": the given name before the name in brackets is the same person's, and is
        // withheld with it — "Bà (giữ bí mật) trình bày" (review s15c F8).
        // Only after a form of address ("Bà Hoa (…)"): "Xã Nam (Lê Văn Nam)" names a place (review s16r #13).
        const close = i > 1 ? /^\s*\)/.exec(folded.slice(end)) : null;
        if (
          close &&
          tokens[i - 1] === words.at(-1) &&
          ADDRESS_FORMS.has(tokens[i - 2] as string) &&
          /^\s*\(\s*$/.test(folded.slice(ends[i - 1], start))
        ) {
          start = starts[i - 1] as number;
          end += close[0].length;
        }
        spans.push([start, end]);
      }
      i = last;
    }
    if (givenNames.size > 0)
      spans.push(
        // The form itself ("Cô", "Có" folded alike) is not what makes a text a heading.
        ...calledSpans(nfc, tokens, starts, ends, keep, (form) => inTitleCase(nfc, starts, tokens, form)),
      );
    if (glue) spans.push(...gluedSpans(folded, tokens, starts, ends, keep));
    if (numbers.size > 0) {
      const kept = new Set(keep.flatMap((k) => personalNumbers(k)));
      for (const r of numberRuns(nfc)) if (numbers.has(r.digits) && !kept.has(r.digits)) spans.push([r.start, r.end]);
    }
    if (spans.length === 0) return raw;
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let out = "";
    let at = 0;
    let open: [number, number] | undefined;
    for (const span of spans) {
      if (open && span[0] < open[1]) open[1] = Math.max(open[1], span[1]);
      else {
        if (open) {
          out += nfc.slice(at, open[0]) + WITHHELD;
          at = open[1];
        }
        open = [...span];
      }
    }
    if (open) {
      out += nfc.slice(at, open[0]) + WITHHELD;
      at = open[1];
    }
    return out + nfc.slice(at);
  };
  /**
   * A denouncer called by a form of address and the given name ("gặp bà Mến", "ông Tám cho biết", "Ô. Nhật", "dì
   * Mến", "bàMến"): the given name after a form of address of {@link CALLING_FORMS}, read with its diacritics (review
   * s23r R23-2: "Chủ Nhật", "Ba Lan", "Nguyễn Bá Thanh" fold to "chú", "bà" …), written in small letters, or with a
   * capital where a sentence or a cell begins ("Bà Mến cho biết"; not "huyện Anh Sơn", "Lê Anh Thanh"), or in capitals
   * in a text in capitals; whitespace of any kind between (a tab, Alt+Enter's line break), or the abbreviation's dot
   * (review s23r R23-1). The given name is written with a capital. A name kept (the addressee's own document) keeps its
   * given name too; a street named after a person keeps its name ("đường Bà Triệu"). Another person of the same given
   * name is withheld as well: withholding a stranger's given name is the lesser harm (review s23 W23-1).
   */
  const calledSpans = (
    nfc: string,
    tokens: readonly string[],
    starts: readonly number[],
    ends: readonly number[],
    keep: readonly string[],
    titleCase: (form: number) => boolean,
  ): [number, number][] => {
    const out: [number, number][] = [];
    const kept = new Set(keep.map((k) => k.split(" ").at(-1)));
    let undiacritized: boolean | undefined;
    const capitalAt = (k: number) => /\p{Lu}/u.test(nfc[starts[k] as number] as string);
    const word = (k: number) => nfc.slice(starts[k], ends[k]);
    // A given name written without the diacritics it has ("Men" for "Mến"): typed without them.
    const strippedName = (k: number) => {
      const written = k < tokens.length ? word(k) : "";
      const own = givenWritten.get(tokens[k] as string);
      return (
        own !== undefined &&
        own !== written.toLocaleLowerCase("vi") &&
        fold(written) === written.toLocaleLowerCase("vi")
      );
    };
    const lowerAt = (k: number) => (k >= 0 && k < tokens.length ? word(k).toLocaleLowerCase("vi") : "");
    const gap = (k: number) => nfc.slice(ends[k], starts[k + 1]);
    const spaced = (k: number) => /^\s+$/u.test(gap(k));
    /** Whether the word at `k` begins the text, a sentence or a clause (after a stop, a comma, a bracket, a dash …). */
    const opensClause = (k: number) => k === 0 || /[.,:;!?([“"'«–—\-/\n\r]\s*$/u.test(gap(k - 1));
    /** A given name of one or two words from `j`: the index of its last word, or -1. */
    const givenAt = (j: number): number => {
      if (j >= tokens.length || !capitalAt(j)) return -1;
      if (j + 1 < tokens.length && spaced(j) && capitalAt(j + 1)) {
        if (givenPairs.has(`${tokens[j]} ${tokens[j + 1]}`) && !kept.has(tokens[j + 1])) return j + 1;
      }
      return givenNames.has(tokens[j] as string) && !kept.has(tokens[j]) ? j : -1;
    };
    /** Where the name called after the form at `i` ends (a token index), or -1. */
    const calledName = (i: number): number => {
      const direct = givenAt(i + 1);
      if (direct >= 0) return direct;
      // The family name and initials before the given name ("bà Hoàng Mến", "bà Hoàng T. Mến", "bà H.T. Mến", "bà
      // Nguyễn Thu Hà").
      let j = i + 1;
      const family =
        j + 1 < tokens.length && familyNames.has(tokens[j] as string) && spaced(j) && capitalAt(j) ? j : -1;
      if (family >= 0) j += 1;
      const initials = j;
      while (j + 1 < tokens.length && (tokens[j] as string).length === 1 && capitalAt(j) && /^\.\s*$/u.test(gap(j)))
        j += 1;
      if (family < 0 && j === initials) return -1;
      const end = givenAt(j);
      if (end < 0) return -1;
      // A family name and a given name of two persons ("bà Hoàng Lan" for "Hoàng Thị Mến" and "Nguyễn Thị Lan") are no
      // one's name.
      const given = end === j ? (tokens[j] as string) : `${tokens[j]} ${tokens[end]}`;
      if (family >= 0 && j === family + 1 && !familyGiven.has(`${tokens[family]} ${given}`)) return -1;
      return end;
    };
    for (let i = 0; i < tokens.length; i++) {
      const form = word(i);
      // "bàMến": the form glued to the name.
      const glued = GLUED_FORM.exec(form);
      if (glued) {
        const given = fold(glued[2] as string);
        if (givenNames.has(given) && !kept.has(given))
          out.push([(starts[i] as number) + (glued[1] as string).length, ends[i] as number]);
        continue;
      }
      if (i + 1 >= tokens.length) continue;
      const lower = lowerAt(i);
      const previous = lowerAt(i - 1);
      // "Ông (Bà) Mến": the form in brackets.
      const bracketed = /^\)\s+$/u.test(gap(i)) && nfc[(starts[i] as number) - 1] === "(";
      const abbreviated = ABBREVIATED_FORMS.has(lower) && /^\.\s*$/u.test(gap(i));
      // Forms of two words, read by their first: "đồng chí", "thầy giáo", "bác sĩ"; "đ/c", "d/c".
      const pair =
        (i > 0 &&
          spaced(i - 1) &&
          (TWO_WORD_FORMS.has(`${previous} ${lower}`) || FOLDED_TWO_WORD_FORMS.has(`${previous} ${lower}`))) ||
        (lower === "c" && (previous === "đ" || previous === "d") && /^\s*\/\s*$/u.test(gap(i - 1)));
      // A text typed without diacritics: "ba Men", "ONG NHAT", "Ba Men cho biet" (the form and the name both without
      // them; a capital only in a text without any: "Ba Lan và Chủ Nhật" is a country).
      const plain =
        !CALLING_FORMS.has(lower) &&
        FOLDED_FORMS.has(lower) &&
        fold(form) === lower &&
        (form === lower || (undiacritized ??= fold(nfc) === nfc.toLocaleLowerCase("vi")) || strippedName(i + 1));
      const called = CALLING_FORMS.has(lower) || pair || plain || lower === "đc";
      if (!abbreviated && (!called || !(spaced(i) || bracketed))) continue;
      const end = calledName(i);
      if (end < 0) continue;
      const name = nfc.slice(starts[i + 1], ends[end]);
      if (plain && fold(name) !== name.toLocaleLowerCase("vi")) continue;
      const head = pair ? i - 1 : i;
      const before = lowerAt(head - 1);
      // A set phrase, capitalised ("Bác Hồ", "Anh Hùng"; "anh Hùng" is a person); a street's name ("đường Bà Triệu").
      const phrase = `${lower} ${fold(tokens[i + 1] as string)}`;
      // "Anh Hùng" opening a sentence is a person ("Anh Hùng phản ánh …"), within one a title ("danh hiệu Anh Hùng").
      const opensSentence = i === 0 || /[.:;!?\n\r]\s*$/u.test(nfc.slice(ends[i - 1], starts[i]));
      if (form !== lower && SET_PHRASES.has(phrase) && !(phrase === "anh hung" && opensSentence)) continue;
      if (head > 0 && STREET_WORD.test(before)) continue;
      // An abbreviation is written with its capital anywhere ("chờ Ô. Nhật ký"). A capitalised form is a place's name
      // after a place's word, a body's or a number ("xã Anh Sơn", "Huyện ủy Anh Sơn", "P. Cô Giang", "số 12 Cô Giang");
      // elsewhere a respectful one where a sentence or a clause begins, after words that come before a person ("của", "với",
      // "gặp", "theo lời" …), in capitals before a name in capitals, or in a heading in title case — not after a body's
      // name ("Huyện ủy Anh Sơn", "Công an Anh Sơn").
      const headWord = word(head);
      if (headWord !== headWord.toLocaleLowerCase("vi") && !abbreviated) {
        if (head > 0 && (PLACE_BEFORE_NAME.test(before) || /\d/u.test(before))) continue;
        if (head > 0 && /^[pqx]$/u.test(before) && /^\.\s*$/u.test(gap(head - 1))) continue;
        const inCapitals =
          headWord.length > 1 && headWord === headWord.toLocaleUpperCase("vi") && name === name.toLocaleUpperCase("vi");
        // …or after the first word of a sentence ("Chờ Ông Nhật ký").
        const respectful = head > 0 && (BEFORE_A_PERSON.has(before) || opensClause(head - 1));
        if (!inCapitals && !opensClause(head) && !respectful && !titleCase(head)) continue;
      }
      out.push([starts[i + 1] as number, ends[end] as number]);
      i = end;
    }
    return out;
  };
  /**
   * Where a name's letters (its folded words without what separates them) run into a glued token's: a token that is
   * not one Vietnamese syllable ({@link mayBeGlued}: "ôngLê", "Dungxã", "Dung12", "NguyễnThịẨn", a pasted blob). An
   * occurrence of a name of at least {@link GLUED_MIN_LETTERS} letters in the text's letters is a match, from its first
   * letter to its last, when the token it begins inside and the token it ends inside are such tokens, or, from a word's
   * start to a word's end, one of its tokens is.
   */
  const gluedSpans = (
    folded: string,
    tokens: readonly string[],
    starts: readonly number[],
    ends: readonly number[],
    keep: readonly string[],
  ): [number, number][] => {
    // The text's letters and digits, and where each came from.
    let letters = "";
    const origin: number[] = [];
    const tokenAt: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      tokenAt.push(letters.length);
      const start = starts[i] as number;
      let k = start;
      for (const ch of folded.slice(start, ends[i])) {
        if (!INVISIBLE_ONE.test(ch)) {
          letters += ch;
          // A character outside the first plane is two code units: each comes from where the character starts.
          for (let u = 0; u < ch.length; u++) origin.push(k + u);
        }
        k += ch.length;
      }
    }
    tokenAt.push(letters.length);
    /** The token a letter belongs to (binary search of `tokenAt`). */
    const tokenOf = (at: number): number => {
      let lo = 0;
      let hi = tokens.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((tokenAt[mid] as number) <= at) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const spans: [number, number][] = [];
    let scannedTo = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (!mayBeGlued(tokens[i] as string)) continue;
      const from = Math.max(scannedTo, (tokenAt[i] as number) - longestGlued + 1, 0);
      const to = tokenAt[i + 1] as number;
      for (let p = from; p < to; p++) {
        const entries = glued.get(letters.slice(p, p + 4));
        if (entries === undefined) continue;
        for (const { letters: name, key } of entries) {
          const end = p + name.length;
          if (end <= (tokenAt[i] as number) || !letters.startsWith(name, p) || keep.includes(key)) continue;
          // Where the match begins or ends inside a token, that token is the glued one: a name that ends inside a word
          // ("Ksor Lan" in "Ksor Lanh") is another person's.
          const first = tokenOf(p);
          const last = tokenOf(end - 1);
          const startsInside = p > (tokenAt[first] as number);
          const endsInside = end < (tokenAt[last + 1] as number);
          if (startsInside && !mayBeGlued(tokens[first] as string)) continue;
          if (endsInside && !mayBeGlued(tokens[last] as string)) continue;
          // From a word's start to a word's end: a name written without separators ("NguyễnThịẨn", an e-mail's
          // "nguyenthian@…"), not one the words of the text spell out (that is the token match).
          if (!startsInside && !endsInside && !tokens.slice(first, last + 1).some(mayBeGlued)) continue;
          spans.push([origin[p] as number, (origin[end - 1] as number) + 1]);
        }
      }
      scannedTo = to;
    }
    return spans;
  };
  return text;
}

/** The narrative with {@link withholdIdentities}' `text` applied to every heading and paragraph. */
export function withholdInNarrative(narrative: Narrative, text: (t: string) => string): Narrative {
  return {
    ...narrative,
    intro: narrative.intro.map(text),
    sections: narrative.sections.map((s) => ({ ...s, heading: text(s.heading), paragraphs: s.paragraphs.map(text) })),
  };
}
