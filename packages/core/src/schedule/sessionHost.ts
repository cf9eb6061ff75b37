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
 * A deputy's title, or a session held on the head's behalf ("Phó" alone may be a surname: "Phó Đức Phương").
 */
const DEPUTY =
  /(?<![\p{L}])(?:(?:phó|p\.)\s*(?:bí thư|chủ tịch|trưởng|giám đốc|chánh|thủ trưởng)|cấp phó|ủy quyền|uỷ quyền|thay mặt)(?![\p{L}])/u;

/** Titles of officials who are not the head (of either side). */
const OTHER_TITLE =
  /(?<![\p{L}])(?:bí thư|chủ tịch|trưởng ban|chánh văn phòng|chánh thanh tra|thanh tra viên|ủy viên|uỷ viên|trưởng phòng|trưởng thôn|cán bộ|chuyên viên|công chức|thành viên|tổ công tác|đoàn công tác)(?![\p{L}])/u;

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
  const heads = side === undefined ? [HEAD_TITLE.party, HEAD_TITLE.state] : [HEAD_TITLE[side]];
  if (heads.some((r) => r.test(h)) || ANY_HEAD.test(h)) return "head";
  if (DEPUTY.test(h)) return "deputy";
  if (OTHER_TITLE.test(h)) return "other";
  // A name alone: the register of the head's sessions names the head.
  return "head";
}
