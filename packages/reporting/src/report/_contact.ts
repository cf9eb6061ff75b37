// A sender's contact numbers, written into "Người gửi" or "Địa chỉ" beside the name or the address: cut where they are
// printed for others to read (a notice's address lines, a transfer slip, the periodic report's register appendix).

/**
 * A sender's name or address without the phone or identity numbers and e-mail addresses written in it: labelled
 * ("SĐT 0912…", "CCCD 0010…", "Zalo 0912…", "email a@b.vn") or bare (see {@link isContactNumber}; an e-mail
 * address), wherever they stand, with what separated them; a
 * parenthesis the cut leaves open is closed (review s22b W14, s22c X3, X4, s23r R23-6). A label followed by words is
 * part of a name ("Sở GD-ĐT", "Ban QLDA ĐT xây dựng", review s23r R23-5).
 *
 * @param text - the cell as written
 * @returns the cell without its contacts
 * @example
 * withoutContact("Nguyễn Văn Bình - 0912345678 - thôn 3") //=> "Nguyễn Văn Bình - thôn 3"
 */
export function withoutContact(text: string): string {
  if (!/\d|@/u.test(text)) return text;
  // Runs of spaces as one first: the patterns below then try each position once (a cell of 16,000 spaces before a
  // digit took 4.6 s).
  let out = text
    .replace(/\s+/gu, " ")
    .replace(CONTACT_LABELLED, "")
    .replace(CONTACT_EMAIL, "")
    .replace(CONTACT_NUMBER, (match, number: string) => (isContactNumber(number) ? "" : match));
  out = out
    .replace(/\(\s*\)/gu, "")
    .replace(/\s*([,;–-])(?:\s*[,;–-])+/gu, " $1")
    .replace(/\s{2,}/gu, " ")
    .replace(/^[\s,;:–-]+|[\s,;:–-]+$/gu, "");
  const open = (out.match(/\(/g) ?? []).length - (out.match(/\)/g) ?? []).length;
  return open > 0 ? `${out})` : out;
}

/**
 * A bare phone or identity number: one that begins as Vietnamese phone numbers and identity cards do (0, or the country
 * code 84), of ten digits or more (a mobile, a landline with its area code, a citizen's card), or nine written without
 * separators; not a list of houses, lots or rooms ("Số 842-844-846", "Căn hộ 0901-0902", "Lô 01-02-03-04"), whose groups
 * are short or count up (review s23s S23-3, s23t T23-3).
 */
function isContactNumber(number: string): boolean {
  const groups = number.split(/\D+/u).filter(Boolean);
  const digits = groups.join("");
  if (!/^(?:0|84)/u.test(digits)) return false;
  if (groups.length >= 2 && groups.every((g) => g.length <= 2)) return false;
  const counting =
    groups.length >= 2 &&
    groups.every((g, i) => {
      if (i === 0) return true;
      const step = Number(g) - Number(groups[i - 1]);
      return g.length === (groups[0] as string).length && step >= 1 && step <= 10;
    });
  if (counting) return false;
  return digits.length >= 10 || (digits.length === 9 && groups.length === 1);
}

/** A number's digits with what may separate them: dots, dashes (en and em too), spaces (" - "), a country code in brackets. */
const NUMBER = String.raw`\(?\+?\d(?:[. \-–—()]{0,3}\d){7,}\)?`;

/** A contact label followed by its number ("SĐT: 0912…", "(ĐT 0912…)"), with the separator before it. */
const CONTACT_LABELLED = new RegExp(
  String.raw`(?:\s*[,;:–-]\s*|\s*\(\s*|\s+|^)(?:số\s+)?(?:SĐT|SDT|ĐTDĐ|DĐ|ĐT|Đt|điện thoại|di động|CCCD|CMND|CMTND|CMT|căn cước|định danh|Zalo|Tel|Phone|MST|mã số thuế)\s*[:.]?\s*${NUMBER}`,
  "giu",
);

/** An e-mail address, labelled or not, with the separator before it. */
const CONTACT_EMAIL =
  /(?:\s*[,;:–-]\s*|\s*\(\s*|\s+|^)(?:(?:email|e-mail|thư điện tử)\s*[:.]?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?/giu;

/** A bare number, with the separator before it (a slash between two phones too; kept when {@link isContactNumber} says it is none). */
const CONTACT_NUMBER = new RegExp(String.raw`(?:\s*[,;:/–-]\s*|\s+|^)(${NUMBER})(?!\d)`, "gu");
