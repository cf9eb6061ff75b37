// Whose session a row of the sessions register is, by its "Người chủ trì": only the head's own scheduled sessions
// count toward the minimum days of reception (QĐ 11 Điều 4 k1, Luật Tiếp công dân 2013 Điều 12–15: the head
// receives citizens), not a deputy's nor another official's (review s16 F3).

import type { Side } from "../schemas/common.js";

/** Who presided a session, as far as its "Người chủ trì" tells. */
export type SessionHost = "head" | "deputy" | "other";

/** The head's title on each side: the secretary of a Party committee, the chair of a People's Committee. */
const HEAD_TITLE: Record<Side, RegExp> = {
  party: /(?<!phó\s*)(?<![\p{L}])bí thư(?![\p{L}])/u,
  state: /(?<!phó\s*)(?<![\p{L}])chủ tịch(?![\p{L}])/u,
};

/** Words that name the head whatever the side. */
const ANY_HEAD = /(?<![\p{L}])(?:người đứng đầu|thủ trưởng)(?![\p{L}])/u;

/**
 * A deputy's title, or a session held on the head's behalf ("Phó" alone may be a surname: "Phó Đức Phương"); the
 * usual abbreviations ("PCT UBND xã", "PBT", "P. Bí thư", and "Phó CT", "Phó BT", "P.CT": review s21 C8).
 */
const DEPUTY =
  /(?<![\p{L}])(?:(?:phó|p\.)\s*(?:bí thư|chủ tịch|trưởng|giám đốc|chánh|thủ trưởng|ct|bt)|pct|pbt|cấp phó|ủy quyền|uỷ quyền|thay mặt|thay\s+(?:bí thư|chủ tịch))(?![\p{L}])/u;

/** A head of another body that bears the same title (review s16r #5): of the council, the Front, a mass organisation, a Party cell. */
const OTHER_HEAD: Record<Side, RegExp> = {
  party: /(?<![\p{L}])bí thư\s+(?:chi bộ|chi đoàn|đoàn|tỉnh đoàn|đảng đoàn|ban cán sự)(?![\p{L}])/u,
  state:
    /(?<![\p{L}])chủ tịch\s+(?:hđnd|hội đồng nhân dân|mttq|ủy ban mttq|ủy ban mặt trận|mặt trận|hội|công đoàn|liên đoàn|ubmttq)(?![\p{L}])/u,
};

/** Titles of officials who are not the head (of either side). */
const OTHER_TITLE =
  /(?<![\p{L}])(?:bí thư|chủ tịch|trưởng ban|chánh văn phòng|chánh thanh tra|thanh tra viên|ủy viên|uỷ viên|trưởng phòng|trưởng thôn|cán bộ|chuyên viên|công chức|thành viên|tổ công tác|đoàn công tác|giám đốc|lãnh đạo|thường trực)(?![\p{L}])/u;

/**
 * Who presided a session, from its "Người chủ trì" and the side of the unit it belongs to: the head (the secretary of a
 * Party committee, the chair of a People's Committee, "người đứng đầu", "Thủ trưởng" — also when the cell says only a
 * name, or nothing), a deputy ("Phó Bí thư", "Phó Chủ tịch", "được ủy quyền"), or another official ("Chủ tịch UBND xã"
 * for a Party committee's session, "Trưởng Ban Nội chính"). Only the head's scheduled sessions count toward the
 * minimum days of reception.
 *
 * @param host - the "Người chủ trì" cell, as written
 * @param side - the side of the session's unit (both heads' titles count when unknown)
 * @returns who presided
 * @example
 * sessionHost("Phó Bí thư Thường trực Đảng ủy xã", "party") //=> "deputy"
 * sessionHost("Bí thư kiêm Chủ tịch UBND xã", "party") //=> "head"
 * sessionHost("Chủ tịch UBND xã An Bình", "party") //=> "other"
 */
export function sessionHost(host: string | undefined, side?: Side): SessionHost {
  const h = (host ?? "").normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
  if (h === "") return "head";
  // A deputy first: "Phó Chủ tịch UBND xã (được Chủ tịch ủy quyền)" names the head too (review s16r #3).
  if (DEPUTY.test(h)) return "deputy";
  const sides: Side[] = side === undefined ? ["party", "state"] : [side];
  const own = (s: Side) => HEAD_TITLE[s].test(h.replace(OTHER_HEAD[s], ""));
  if (sides.some(own) || ANY_HEAD.test(h)) return "head";
  if (OTHER_TITLE.test(h)) return "other";
  // A name alone: the register of the head's sessions names the head.
  return "head";
}
