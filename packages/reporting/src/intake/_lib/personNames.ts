// The names a "Người gửi" cell holds: the whole cell, and each person it names when it names several or says more
// than a name ("Bà Lê Thị Khuyếnh", "Trần Văn Bình, Ngô Thị Lan", "Đỗ Văn Hùng và 5 hộ dân", "Hoàng Văn Phúc (trưởng
// thôn)"). Each is a denouncer's name the documents withhold wherever else it is written (DESIGN.md "Confidentiality").

/** Words put before a name: forms of address, "gia đình", "hộ", "đồng chí". */
const BEFORE_NAME =
  /^(?:(?:ông|bà|anh|chị|em|cô|chú|bác|cụ|cháu|đồng chí|đ\/c|đc|gia đình|hộ gia đình|hộ|nhóm|công dân|người dân|luật sư|ls)\s+)+/iu;

/** What separates the persons of a cell: punctuation, "và", "cùng", "với", a dash between spaces. */
const BETWEEN_NAMES = /[,;:{}"[\]\n\r]|\s+(?:và|cùng|với|cùng với)\s+|\s+[-–]\s+/iu;

/**
 * The persons a "Người gửi" cell names, each as written without its form of address, besides the cell itself; only
 * those of two to six words without a digit (a name, not "5 hộ dân"). A note in brackets is not a name.
 *
 * @param cell - the cell's text
 * @returns the names found in it, not the cell itself, each once
 * @example
 * nameParts("Trần Văn Bình, bà Ngô Thị Lan (trưởng thôn)") //=> ["Trần Văn Bình", "Ngô Thị Lan"]
 */
export function nameParts(cell: string): string[] {
  const whole = cell.normalize("NFC").trim();
  const out = new Set<string>();
  for (const raw of whole.replace(/\([^)]*\)|\[[^\]]*\]/g, ",").split(BETWEEN_NAMES)) {
    const part = raw.trim().replace(BEFORE_NAME, "").trim();
    const words = part.split(/\s+/).filter(Boolean);
    if (words.length < 2 || words.length > 6 || /\p{N}/u.test(part) || part === whole) continue;
    out.add(part);
  }
  return [...out];
}
