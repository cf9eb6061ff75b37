// ICU's Vietnamese collation: a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư; tones ordered
// ngang, huyền, hỏi, ngã, sắc, nặng; case only breaks ties. Available in Node (full ICU) and browsers.
const collator = new Intl.Collator("vi", { sensitivity: "variant", numeric: true });

/**
 * Compares two strings in Vietnamese alphabetical order, for `Array#sort`.
 *
 * Letters follow the Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ … u ư …), tone marks order words
 * that differ only in tone (ngang, huyền, hỏi, ngã, sắc, nặng), and digit runs compare as numbers
 * ("Xã 2" before "Xã 10"). Both strings are compared in NFC.
 *
 * @param a - first string
 * @param b - second string
 * @returns negative, zero or positive
 * @example
 * ["đa", "da", "ư", "u"].sort(compareVietnamese) //=> ["da", "đa", "u", "ư"]
 */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a.normalize("NFC"), b.normalize("NFC"));
}

/**
 * Compares two Vietnamese personal names the way Vietnamese lists sort them: by the given name (the last
 * word) first, then by the rest from the family name on ("Trần Văn An" before "Lê Thị Bình").
 *
 * @param a - first full name
 * @param b - second full name
 * @returns negative, zero or positive
 * @example
 * ["Lê Thị Bình", "Trần Văn An"].sort(compareVietnameseNames) //=> ["Trần Văn An", "Lê Thị Bình"]
 */
export function compareVietnameseNames(a: string, b: string): number {
  const split = (name: string): [string, string] => {
    const words = name.normalize("NFC").trim().split(/\s+/);
    const given = words.pop() ?? "";
    return [given, words.join(" ")];
  };
  const [ga, ra] = split(a);
  const [gb, rb] = split(b);
  return compareVietnamese(ga, gb) || compareVietnamese(ra, rb) || compareVietnamese(a, b);
}
