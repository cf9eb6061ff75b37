// Headers and values are matched on a key that ignores case, diacritics, spacing and punctuation, so that
// "Ngày tiếp nhận", "NGAY TIEP NHAN", "ngày_tiếp_nhận" and "receivedOn" compare by their letters alone.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_ALPHANUMERIC = /[^a-z0-9]/g;
const ASCII_ALPHANUMERIC_ONLY = /^[a-z0-9]*$/;

/**
 * The matching key of a header or a value: lower case, without diacritics (đ → d), without spaces or
 * punctuation.
 */
export function normalizeKey(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII_ALPHANUMERIC_ONLY.test(lower)) return lower;
  return lower.normalize("NFD").replace(COMBINING_MARKS, "").replace(/đ/g, "d").replace(NOT_ALPHANUMERIC, "");
}

/**
 * A text's words for a word test: lower case, without diacritics (đ → d), its punctuation as single spaces ("Họ tên,
 * địa chỉ người gửi" → "ho ten dia chi nguoi gui").
 */
export function foldWords(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/g, "d")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
