// Byte tables of the legacy Vietnamese encodings still met in office files, written from their published
// character tables (facts, not code): Windows-1258 (Microsoft code page 1258 = WHATWG index windows-1258),
// TCVN3 / ABC (TCVN 5712:1993, VN3: precomposed lower-case letters; upper-case tone-marked letters are typed
// with a separate ".VnTimeH" font on the same codes, so they come out lower-case), and VNI for Windows (a base
// letter followed by a byte carrying its marks). Each table maps a byte 0x80–0xFF to Unicode text; bytes
// below 0x80 are ASCII in all three. Combining marks are composed by NFC afterwards.

/** The legacy encodings intake recognises. */
export type LegacyEncoding = "windows-1258" | "tcvn3" | "vni";

/** How each encoding is named to a clerk. */
export const ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  "windows-1258": "Windows-1258 (tiếng Việt)",
  tcvn3: "TCVN3 (ABC, phông .VnTime)",
  vni: "VNI (phông VNI-Times)",
};

// Windows-1252 0x80–0x9F (the rest of 0xA0–0xFF is Latin-1). Unassigned bytes map to the C1 control of the
// same number, as the WHATWG encoding standard does.
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function cp1252Char(byte: number): string {
  if (byte < 0x80 || byte >= 0xa0) return String.fromCharCode(byte);
  return String.fromCharCode(CP1252_C1[byte - 0x80] ?? byte);
}

// Windows-1258 differs from Windows-1252 at these bytes.
const CP1258_CHANGES: Readonly<Record<number, number>> = {
  138: 0x8a,
  142: 0x8e,
  154: 0x9a,
  158: 0x9e,
  195: 0x102, // Ă
  204: 0x300, // combining grave
  208: 0x110, // Đ
  210: 0x309, // combining hook above
  213: 0x1a0, // Ơ
  221: 0x1af, // Ư
  222: 0x303, // combining tilde
  227: 0x103, // ă
  236: 0x301, // combining acute
  240: 0x111, // đ
  242: 0x323, // combining dot below
  245: 0x1a1, // ơ
  253: 0x1b0, // ư
  254: 0x20ab, // ₫
};

// TCVN3 (VN3): byte → letter.
const TCVN3_LETTERS: ReadonlyArray<readonly [number, string]> = [
  [0xa0, "\u00a0"],
  [0xa1, "Ă"],
  [0xa2, "Â"],
  [0xa3, "Ê"],
  [0xa4, "Ô"],
  [0xa5, "Ơ"],
  [0xa6, "Ư"],
  [0xa7, "Đ"],
  [0xa8, "ă"],
  [0xa9, "â"],
  [0xaa, "ê"],
  [0xab, "ô"],
  [0xac, "ơ"],
  [0xad, "ư"],
  [0xae, "đ"],
  // a: huyền, hỏi, ngã, sắc, nặng
  [0xb5, "à"],
  [0xb6, "ả"],
  [0xb7, "ã"],
  [0xb8, "á"],
  [0xb9, "ạ"],
  // ă
  [0xbb, "ằ"],
  [0xbc, "ẳ"],
  [0xbd, "ẵ"],
  [0xbe, "ắ"],
  [0xc6, "ặ"],
  // â
  [0xc7, "ầ"],
  [0xc8, "ẩ"],
  [0xc9, "ẫ"],
  [0xca, "ấ"],
  [0xcb, "ậ"],
  // e
  [0xcc, "è"],
  [0xce, "ẻ"],
  [0xcf, "ẽ"],
  [0xd0, "é"],
  [0xd1, "ẹ"],
  // ê
  [0xd2, "ề"],
  [0xd3, "ể"],
  [0xd4, "ễ"],
  [0xd5, "ế"],
  [0xd6, "ệ"],
  // i
  [0xd7, "ì"],
  [0xd8, "ỉ"],
  [0xdc, "ĩ"],
  [0xdd, "í"],
  [0xde, "ị"],
  // o
  [0xdf, "ò"],
  [0xe1, "ỏ"],
  [0xe2, "õ"],
  [0xe3, "ó"],
  [0xe4, "ọ"],
  // ô
  [0xe5, "ồ"],
  [0xe6, "ổ"],
  [0xe7, "ỗ"],
  [0xe8, "ố"],
  [0xe9, "ộ"],
  // ơ
  [0xea, "ờ"],
  [0xeb, "ở"],
  [0xec, "ỡ"],
  [0xed, "ớ"],
  [0xee, "ợ"],
  // u
  [0xef, "ù"],
  [0xf1, "ủ"],
  [0xf2, "ũ"],
  [0xf3, "ú"],
  [0xf4, "ụ"],
  // ư
  [0xf5, "ừ"],
  [0xf6, "ử"],
  [0xf7, "ữ"],
  [0xf8, "ứ"],
  [0xf9, "ự"],
  // y
  [0xfa, "ỳ"],
  [0xfb, "ỷ"],
  [0xfc, "ỹ"],
  [0xfd, "ý"],
  [0xfe, "ỵ"],
];

const GRAVE = "\u0300";
const ACUTE = "\u0301";
const CIRCUMFLEX = "\u0302";
const TILDE = "\u0303";
const BREVE = "\u0306";
const HOOK = "\u0309";
const DOT = "\u0323";

// VNI for Windows: the mark bytes (lower- and upper-case glyph variants carry the same marks), and the
// letters that are single bytes (đ, ơ, ư, i with a tone, ỵ).
const VNI_BYTES: ReadonlyArray<readonly [number, number, string]> = [
  // [lower-case glyph byte, upper-case glyph byte, Unicode]
  [0xf8, 0xd8, GRAVE],
  [0xf9, 0xd9, ACUTE],
  [0xfb, 0xdb, HOOK],
  [0xf5, 0xd5, TILDE],
  [0xef, 0xcf, DOT],
  [0xe2, 0xc2, CIRCUMFLEX],
  [0xe0, 0xc0, CIRCUMFLEX + GRAVE],
  [0xe1, 0xc1, CIRCUMFLEX + ACUTE],
  [0xe5, 0xc5, CIRCUMFLEX + HOOK],
  [0xe3, 0xc3, CIRCUMFLEX + TILDE],
  [0xe4, 0xc4, CIRCUMFLEX + DOT],
  [0xea, 0xca, BREVE],
  [0xe8, 0xc8, BREVE + GRAVE],
  [0xe9, 0xc9, BREVE + ACUTE],
  [0xfa, 0xda, BREVE + HOOK],
  [0xfc, 0xdc, BREVE + TILDE],
  [0xeb, 0xcb, BREVE + DOT],
  [0xf1, 0xd1, ""], // đ / Đ: set below
  [0xf4, 0xd4, ""], // ơ / Ơ
  [0xf6, 0xd6, ""], // ư / Ư
  [0xec, 0xcc, ""], // ì / Ì
  [0xed, 0xcd, ""], // í / Í
  [0xe6, 0xc6, ""], // ỉ / Ỉ
  [0xf3, 0xd3, ""], // ĩ / Ĩ
  [0xf2, 0xd2, ""], // ị / Ị
  [0xee, 0xce, ""], // ỵ / Ỵ
];
const VNI_LETTERS: ReadonlyArray<readonly [number, string]> = [
  [0xf1, "đ"],
  [0xd1, "Đ"],
  [0xf4, "ơ"],
  [0xd4, "Ơ"],
  [0xf6, "ư"],
  [0xd6, "Ư"],
  [0xec, "ì"],
  [0xcc, "Ì"],
  [0xed, "í"],
  [0xcd, "Í"],
  [0xe6, "ỉ"],
  [0xc6, "Ỉ"],
  [0xf3, "ĩ"],
  [0xd3, "Ĩ"],
  [0xf2, "ị"],
  [0xd2, "Ị"],
  [0xee, "ỵ"],
  [0xce, "Ỵ"],
];

function buildTable(encoding: LegacyEncoding): string[] {
  const table: string[] = [];
  for (let b = 0; b < 256; b += 1) table.push(cp1252Char(b));
  if (encoding === "windows-1258") {
    for (const [b, cp] of Object.entries(CP1258_CHANGES)) table[Number(b)] = String.fromCharCode(cp);
  } else if (encoding === "tcvn3") {
    for (const [b, ch] of TCVN3_LETTERS) table[b] = ch;
  } else {
    for (const [lower, upper, marks] of VNI_BYTES) {
      table[lower] = marks;
      table[upper] = marks;
    }
    for (const [b, ch] of VNI_LETTERS) table[b] = ch;
  }
  return table;
}

const TABLES = new Map<LegacyEncoding, string[]>();

/** The 256-entry decoding table of an encoding (built once). */
export function getDecodingTable(encoding: LegacyEncoding): readonly string[] {
  let table = TABLES.get(encoding);
  if (!table) {
    table = buildTable(encoding);
    TABLES.set(encoding, table);
  }
  return table;
}

/**
 * Decodes bytes of a legacy encoding. Not NFC: callers normalise (a mark byte may end one chunk and its
 * letter begin the next only in VNI, where the mark follows the letter, so chunks can be decoded separately).
 */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  const table = getDecodingTable(encoding);
  const parts: string[] = [];
  let asciiStart = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    if (i > asciiStart) parts.push(asciiSlice(bytes, asciiStart, i));
    parts.push(table[b] ?? "");
    asciiStart = i + 1;
  }
  if (asciiStart < bytes.length) parts.push(asciiSlice(bytes, asciiStart, bytes.length));
  return parts.join("");
}

function asciiSlice(bytes: Uint8Array, from: number, to: number): string {
  let out = "";
  const CHUNK = 8192;
  for (let i = from; i < to; i += CHUNK) {
    out += String.fromCharCode(...bytes.subarray(i, Math.min(to, i + CHUNK)));
  }
  return out;
}

let cp1252Reverse: Map<number, number> | undefined;

/**
 * The Windows-1252 bytes of a text, or `undefined` when a character has none. Used for text that was typed
 * in a legacy font and then stored as Unicode (an Excel sheet in .VnTime or VNI-Times): each character is
 * really a byte of the font encoding.
 */
export function toCp1252Bytes(text: string): Uint8Array | undefined {
  if (!cp1252Reverse) {
    cp1252Reverse = new Map();
    for (let b = 0; b < 256; b += 1) cp1252Reverse.set(cp1252Char(b).charCodeAt(0), b);
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const b = cp1252Reverse.get(text.charCodeAt(i));
    if (b === undefined) return undefined;
    out[i] = b;
  }
  return out;
}
