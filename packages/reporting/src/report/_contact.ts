// A sender's contact numbers, written into "Người gửi" after the name: cut where the name is printed for others to read
// (a notice's address line, a transfer slip, the periodic report's register appendix).

/**
 * A sender's name without the phone or identity numbers written after it: labelled ("SĐT 0912…", "CCCD 0010…", "Zalo
 * …", "email …") or bare (nine digits or more, after a comma, a dash or a space), and a parenthesis the cut leaves
 * open closed (review s22b W14, s22c X3, X4).
 */
export function withoutContact(name: string): string {
  let out = name.replace(CONTACT_LABELLED, "");
  for (let before = ""; before !== out; ) {
    before = out;
    out = out.replace(CONTACT_NUMBER, "");
  }
  out = out.replace(/[\s,;:–-]+$/u, "");
  const open = (out.match(/\(/g) ?? []).length - (out.match(/\)/g) ?? []).length;
  return open > 0 ? `${out})` : out;
}

/** A contact label and all after it. */
const CONTACT_LABELLED =
  /\s*(?:[,;:–-]\s*|\(\s*|\s)(?:số\s+)?(?:SĐT|SDT|ĐTDĐ|DĐ|ĐT|Đt|điện thoại|di động|CCCD|CMND|CMTND|CMT|căn cước|định danh|Zalo|Tel|Phone|email|e-mail)(?![\p{L}]).*$/iu;

/** A bare phone or identity number at the end: nine digits or more, with dots, dashes or spaces between. */
const CONTACT_NUMBER = /(?:^\s*|\s*(?:[,;:–-]\s*|\(\s*|\s))\+?\d(?:[. -]?\d){8,}\)?\s*$/u;
