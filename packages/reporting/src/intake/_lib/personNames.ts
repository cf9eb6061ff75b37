// What a "Người gửi" or "Địa chỉ" cell holds, as the withholding of denouncers' identities reads it (DESIGN.md
// "Confidentiality"): the persons a sender cell names when it names several or says more than a name ("Bà Lê Thị
// Khuyếnh", "Trần Văn Bình, Ngô Thị Lan", "Hoàng Văn Phúc (trưởng thôn)"), and whether a text looks like a person's
// name or like an address (to choose between the ways a shifted row may line up).

/** Forms of address: "ông", "bà", "đồng chí"… */
const FORMS_OF_ADDRESS = "ông|bà|anh|chị|em|cô|chú|bác|cụ|cháu|đồng chí|đ\\/c";

/** Relatives named before a second person of a sender cell: "vợ", "con trai"… */
const RELATIVES = "vợ|chồng|con trai|con gái|con|bố|mẹ|cha|em trai|em gái|anh trai|chị gái|cháu";

/** Words put before a name: forms of address, "gia đình", "hộ", "đồng chí". */
const BEFORE_NAME = new RegExp(
  `^(?:(?:${FORMS_OF_ADDRESS}|đc|gia đình|hộ gia đình|hộ|nhóm|công dân|người dân|luật sư|ls)\\s+)+`,
  "iu",
);

/** What separates the persons of a cell: punctuation, "và", "cùng", "với", a dash between spaces. */
const BETWEEN_NAMES = /[,;:{}"[\]\n\r]|\s+(?:và|cùng|với|cùng với)\s+|\s+[-–]\s+/iu;

/**
 * A note in brackets: "(trưởng thôn)", "[đại diện]" — the innermost, so that a cell of unclosed brackets is read in
 * linear time (review s23s S23-4: 200,000 characters of "(1" took 13 s).
 */
const NOTE = /\([^()]*\)|\[[^[\]]*\]/g;

/** A text without its notes in brackets and its forms of address ("bà Lê Thị Hoa (đại diện)" → "Lê Thị Hoa"). */
function bareName(text: string): string {
  return text.replace(NOTE, " ").trim().replace(BEFORE_NAME, "").replace(/\s+/g, " ").trim();
}

/**
 * Whether a text, without its forms of address and notes, is a person's name: two to six words, the first and the last
 * beginning with a capital, no digit ("Lê Thị Khuyếnh", "LÊ THỊ KHUYẾNH", "ông Phùng Văn Tý", "Lê thị Hoa") — not a
 * role, a relation or a group ("giáo viên", "Trưởng thôn", "gia đình").
 *
 * @param text - a cell's text or a part of it
 * @returns whether it looks like a name
 */
export function looksLikeName(text: string): boolean {
  const bare = bareName(text);
  const words = bare.split(" ").filter(Boolean);
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    /^\p{Lu}/u.test(words[0] as string) &&
    /^\p{Lu}/u.test(words[words.length - 1] as string) &&
    !/\p{N}/u.test(bare)
  );
}

/**
 * A number that is a house's, not a village's or a road's ("Số 9", "12 Đường Hoa"; not "Thôn 4", "Tổ 3", nor the
 * number in a road's name or a marker on it: "đường 3 Tháng 2", "ngõ 3 Tôn Thất Tùng", "Km 12 Quốc lộ 14").
 */
const HOUSE_NUMBER =
  /(?<!(?<![\p{L}])(?:thôn|tổ|xóm|ấp|khu|khối|khóm|đội|bản|buôn|làng|plei|phố|dân phố|tdp|phường|quận|tiểu khu|đường|ngõ|ngách|hẻm|kiệt|quốc lộ|tỉnh lộ|hương lộ|huyện lộ|ql|tl|đt|km|tháng)\s*\.?\s*\d*)\d/iu;

/** Words that begin the name of a village or a part of one: "Thôn 4", "Buôn Ma Rai", "Làng Kon Klor", "Tổ 3". */
const VILLAGE_START = /^(?:thôn|xóm|ấp|bản|buôn|làng|plei|tổ|khu|khối|khóm|tiểu khu|khu phố|tổ dân phố)\s+\S/iu;

/**
 * Whether an address names a village or a part of one, not a house: it has no house number, and it begins with a
 * village's word ("Buôn Ma Rai", "Thôn 4"), or it has a comma and a word of an address ("Làng Kon Klor, xã Hòa Lạc"),
 * or its only numbers are a village's ("Thôn 4, xã Ya Xiêr"). A person's name that holds such a word ("Nguyễn Văn
 * Tỉnh", "Lò Văn Bản", "Đường Văn Minh") is none of these.
 *
 * @param text - an address or a name, as written
 * @returns whether it is a village's address
 */
export function isVillageAddress(text: string): boolean {
  if (isHouseAddress(text)) return false;
  const t = text.trim();
  return VILLAGE_START.test(t) || (/,/.test(t) && ADDRESS_WORD.test(t)) || /\d/.test(t);
}

/**
 * Whether an address points at a house — it has a house number — rather than at a village that hundreds of people
 * share ("Thôn 4, xã Hòa Lạc", "Buôn Ma Rai", "Làng Kon Klor"): only such an address identifies its sender when another
 * text names it.
 *
 * @param text - an address as written
 * @returns whether it has a house number
 */
export function isHouseAddress(text: string): boolean {
  return HOUSE_NUMBER.test(text);
}

/** A house number and what follows it: "9", "12A", "27/3", "15-17". */
const HOUSE_NUMBER_RUN = /\d[\p{L}\d]*(?:[/-]\d[\p{L}\d]*)*/u;

/**
 * The house's own part of a house address: its number and the lane or street after it up to the next comma (the
 * next part when a comma follows the number), without "số nhà", "nhà số", "số" before it — "Nhà số 9 ngõ Kín, thôn 5,
 * xã Hòa Lạc" → "9 ngõ Kín", "Số nhà 27, xóm Chợ" → "27 xóm Chợ". Another text naming the house that way ("Hộ ở 9 ngõ
 * Kín") points at the sender as the whole address does. None when what follows the number names no more than a
 * village's part ("Số 5, Thôn 3": thôn 3 is shared by hundreds), when no capitalised name follows the number ("5 hộ
 * dân"), or when the address has no house number.
 *
 * @param text - an address as written
 * @returns the house's part, or undefined
 * @example
 * housePart("Nhà số 9 ngõ Kín, thôn 5, xã Hòa Lạc") //=> "9 ngõ Kín"
 */
export function housePart(text: string): string | undefined {
  const t = text.normalize("NFC");
  const at = HOUSE_NUMBER.exec(t);
  if (!at) return undefined;
  const run = HOUSE_NUMBER_RUN.exec(t.slice(at.index));
  if (!run) return undefined;
  const number = run[0];
  const segments = t.slice(at.index + number.length).split(/[,;]/);
  let rest = (segments[0] as string).trim();
  if (rest === "" && segments.length > 1) rest = (segments[1] as string).trim();
  const words = rest.split(/\s+/).filter(Boolean);
  // A lane or street has a name: a capitalised word that is not a word of an address ("5 hộ dân" is no house).
  const named = words.some((w) => /^\p{Lu}/u.test(w) && !ADDRESS_WORD.test(w));
  if (named) return `${number} ${words.join(" ")}`;
  // A lane named by its number: "45 ngõ 12", "12/3 hẻm 5" (review s15e E6).
  const lane = /^(?:ngõ|ngách|hẻm|kiệt)\s+\d+[\p{L}\d/]*/iu.exec(rest);
  if (lane) return `${number} ${lane[0].replace(/\s+/g, " ")}`;
  // A house of a village's part: "Số 21, thôn 5" — the number picks one house of the village (review s15c F2).
  const village = VILLAGE_PART.exec(rest);
  return village ? `${number} ${village[0].replace(/\s+/g, " ")}` : undefined;
}

/**
 * How other texts name the house of an address, to be looked for as the address itself: its number and lane ("9 ngõ
 * Kín"); for a house of a village's part, its number with "số" and the part, either way round ("số 21 thôn 5", "số nhà
 * 21 thôn 5", "thôn 5 số 21"…) — without "số", "21 thôn, 5 tổ" is a count, not a house (review s15d N6, N7).
 *
 * @param text - an address as written
 * @returns the ways to look for its house (none when it has no house number)
 * @example
 * houseIdentities("Thôn 4, số nhà 12") //=> ["số 12 Thôn 4", "số nhà 12 Thôn 4", …, "Thôn 4 nhà số 12"]
 */
export function houseIdentities(text: string): string[] {
  const t = text.normalize("NFC").trim();
  let number: string | undefined;
  let village: string | undefined;
  // The village first: "Thôn 4, số nhà 12".
  const first = VILLAGE_FIRST.exec(t);
  if (first) {
    village = (first[1] as string).replace(/[,\s]+/g, " ");
    number = first[2] as string;
  } else {
    const part = housePart(t);
    if (part === undefined) return [];
    const at = part.indexOf(" ");
    const rest = part.slice(at + 1);
    const v = VILLAGE_PART.exec(rest);
    if (!v || v[0].length !== rest.length) return [part];
    number = part.slice(0, at);
    village = rest;
  }
  return ["số", "số nhà", "nhà số"].flatMap((w) => [`${w} ${number} ${village}`, `${village} ${w} ${number}`]);
}

/** A village's part named by a number or a name: "thôn 5", "tổ 3", "xóm Chợ", "tổ dân phố 7". */
const VILLAGE_PART_SOURCE =
  "(?:thôn|xóm|ấp|bản|buôn|làng|plei|tổ dân phố|tổ|khu phố|khu|khối|khóm|tiểu khu)\\s+(?:\\d+[\\p{L}]?|\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*)*)";
const VILLAGE_PART = new RegExp(`^${VILLAGE_PART_SOURCE}`, "iu");

/**
 * An address that begins with a village's part (or two: "Tổ 5 khu phố 3") and then gives the house's number: "Thôn 4,
 * số nhà 12".
 */
const VILLAGE_FIRST = new RegExp(
  `^(${VILLAGE_PART_SOURCE}(?:[,\\s]+${VILLAGE_PART_SOURCE})?)[,\\s]+(?:số nhà|nhà số|số)\\s*(\\d[\\p{L}\\d]*(?:[/-]\\d[\\p{L}\\d]*)*)`,
  "iu",
);

/** A word of an address: thôn, xóm, làng, tổ, số, đường, xã, phường… */
export const ADDRESS_WORD =
  /(^|[\s,;.])(thôn|xóm|ấp|bản|buôn|làng|plei|tổ|khu|khối|số|đường|phố|ngõ|ngách|hẻm|xã|phường|thị trấn|đặc khu|huyện|quận|tỉnh|thành phố|tp\.?)(?=[\s,;.]|$)/iu;

/**
 * Whether a text looks like an address: it has a word of an address ("Số 9, ngõ Kín", "Làng Kon Klor", "thôn Kon Hring,
 * xã Hòa Lạc").
 *
 * @param text - a cell's text
 * @returns whether it looks like an address
 */
export function looksLikeAddress(text: string): boolean {
  return ADDRESS_WORD.test(text);
}

/**
 * An address that names nobody: a word of an address and a number, nothing else ("Thôn 1", "Tổ 3", "Xóm 5") — a
 * village's part shared by hundreds of people, written in the content of many cases.
 *
 * @param text - an address as written
 * @returns whether it is that short
 */
export function isBareAddress(text: string): boolean {
  const words = text
    .trim()
    .split(/[\s,;.]+/)
    .filter(Boolean);
  return words.length === 2 && ADDRESS_WORD.test(words[0] as string) && /^\d+$/.test(words[1] as string);
}

/**
 * The persons a "Người gửi" cell names, each as written without its form of address, besides the cell itself; only
 * those that look like a name ({@link looksLikeName}): not "5 hộ dân", "giáo viên", "gia đình". A note in brackets is
 * not a name.
 *
 * @param cell - the cell's text
 * @returns the names found in it, not the cell itself, each once
 * @example
 * nameParts("Trần Văn Bình, bà Ngô Thị Lan (trưởng thôn)") //=> ["Trần Văn Bình", "Ngô Thị Lan"]
 */
export function nameParts(cell: string): string[] {
  const whole = cell.normalize("NFC").trim();
  const out = new Set<string>();
  // A bracket is a separator, not only a note: "Kiều Thị Nga (người được ủy quyền: Lạc Văn Định)" names two persons.
  for (const raw of whole.replace(/[()[\]]/g, ",").split(BETWEEN_NAMES)) {
    const part = bareName(raw);
    // A title or a body written with capitals ("Cựu Chiến Binh", "Bí Thư Chi Bộ") is no person (review s15d N4).
    // A role of one person of a village ("Trưởng thôn Bản Phiêng") names that person: kept (review s15e E4).
    const villageRole =
      TITLE_START.test(part) && /(?:[Tt]hôn|[Bb]ản|[Xx]óm|[Bb]uôn|[Ll]àng|[Ấấ]p|[Pp]lei)\s+\p{Lu}/u.test(part);
    if (looksLikeName(part) && (villageRole || (!TITLE_START.test(part) && !BODY_START.test(part)))) {
      if (part !== whole) out.add(part);
    }
    // A cell written all in small letters ("lê văn sơn và vợ cao thị mận"): each piece of three or four words after
    // its relation word (review s15d N8).
    if (!/\p{Lu}/u.test(whole)) {
      const piece = part.replace(RELATION, "").trim();
      const words = piece.split(" ").filter(Boolean);
      // Only what reads as a name: a middle name "văn", "thị" ("lê văn sơn"), not a job ("lao động tự do", review
      // s15e E5).
      const named = words.slice(1, -1).some((w) => /^(?:văn|thị)$/iu.test(w));
      if (words.length >= 3 && words.length <= 4 && named && !/\p{N}/u.test(piece) && !ADDRESS_WORD.test(piece))
        if (piece !== whole && !TITLE_START.test(piece) && !BODY_START.test(piece)) out.add(piece);
    }
    // A name inside words that are not ("vợ Cao Thị Mận", "do ông Khúc Văn Hào đứng tên", "Cựu chiến binh Nguyễn Văn
    // Tư"): each run of three capitalised words or more, or of two after a form of address (review s15c F1, s15d N2).
    for (const m of raw.matchAll(CAPITALISED_RUN)) {
      // A title written in capitals before the name ("CỰU CHIẾN BINH NGUYỄN VĂN TƯ", "Thương Binh Trần Văn Lợi"): its
      // words are left out (review s15e E3).
      const all = bareName(m[0]).split(" ");
      let k = 0;
      while (k < all.length && TITLE_WORD.test(all[k] as string)) k++;
      const name = all.slice(k).join(" ");
      const before = `${raw.slice(0, m.index)}${all.slice(0, k).join(" ")}${k > 0 ? " " : ""}`;
      // A place's name after its word ("xã An Bình", "đường Lê Lợi") is no person.
      if (AFTER_PLACE_WORD.test(before)) continue;
      // A body's name holds an acronym in capitals beside words that are not ("TNHH Minh Phát", review s15e).
      if (/(?:^|\s)\p{Lu}{2,}(?:\s|$)/u.test(name) && /\p{Ll}/u.test(name)) continue;
      const words = name.split(" ").length;
      const addressed =
        words === 2 && (BEFORE_NAME.test(m[0]) || ADDRESS_BEFORE.test(before) || RELATION_BEFORE.test(before));
      if ((words >= 3 || addressed) && looksLikeName(name) && !BODY_START.test(name) && !TITLE_START.test(name))
        if (name !== whole && name !== part) out.add(name);
    }
  }
  return [...out];
}

/** A relation before a second person's name in a sender cell: "vợ", "con trai", "người được ủy quyền". */
const RELATION = new RegExp(`^(?:(?:${RELATIVES}|người được ủy quyền|người đại diện|đại diện)\\s+)+`, "iu");

/** A word of a title or a role written before a name: "Cựu chiến binh", "Thương binh", "Thầy giáo", "Trưởng thôn". */
const TITLE_WORD =
  /^(?:cựu|chiến|binh|thương|bệnh|thầy|giáo|viên|cô|bác|sĩ|đảng|hội|cử|tri|trưởng|thôn|bản|chủ|tịch|bí|thư|nhiệm|ccb|cán|bộ|hưu|trí|đại|diện|biểu|công|nhân|quân|mẹ)$/iu;

/** A relation just before a second person's name: "vợ ", "con trai ". */
const RELATION_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${RELATIVES})\\s+$`, "iu");

/** A form of address just before a name ("ông ", "bà "). */
const ADDRESS_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${FORMS_OF_ADDRESS})\\s+$`, "iu");

/** The first word of a title or a role, never a surname: "Phó Chủ tịch", "Bí thư", "Cựu chiến binh", "Thầy giáo". */
const TITLE_START =
  /^(?:phó\s+(?:chủ|bí|giám|trưởng|chánh|tổng|hiệu|thủ|viện|cục|ban|phòng)|việt\s+nam|mẹ|chủ|bí|trưởng|giám|cựu|cán|thầy|chánh|kế|thủ|tổng|trợ|luật|kỹ|kĩ|kiểm|thanh|chiến|nguyên|đại|thượng|thiếu|hiệu|giáo|bác sĩ|y sĩ|công an|đảng viên|cử tri|hội viên|nông dân|người)(?![\p{L}])/iu;

/** The first word of a body's or a place's name, never a surname: "Hội Nông Dân", "Ủy Ban…", "Trường Tiểu Học". */
const BODY_START =
  /^(?:hội|ủy|ubnd|ban|phòng|sở|trường|công|hợp|chi|đảng|mặt|tòa|viện|cục|bộ|trung|bệnh|ngân|thôn|xóm|xã|phường|huyện|tỉnh|thành|tổ|khu|đội|nhóm|gia|hộ|cơ|tập|liên|văn phòng|đài|báo|câu|nhà|quỹ|ấp|buôn|bản|làng)(?![\p{L}])/iu;

/** Text ending with a word that names a place or a body ("xã", "đường", "thôn", "trường"), before a capitalised name. */
const AFTER_PLACE_WORD =
  /(?:^|[^\p{L}])(?:thôn|xóm|ấp|bản|buôn|làng|plei|tổ|khu|khối|khóm|xã|phường|thị trấn|đặc khu|huyện|quận|tỉnh|thành phố|tp|đường|phố|ngõ|ngách|hẻm|trường|chi bộ|đảng ủy|ủy ban|ubnd|hội|sông|suối|núi|chợ|cầu)\s+$/iu;

/** Two to six capitalised words in a row ("Cao Thị Mận", "H'Luyên Rơ Châm"), no digit. */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){1,5}(?![\p{L}\p{N}])/gu;
