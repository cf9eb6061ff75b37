// Bytes → Unicode text (NFC), recognising the encodings Vietnamese offices still produce. UTF-8 (with or
// without BOM) and UTF-16 with a BOM are read as they are; any other byte sequence is tried as Windows-1258,
// TCVN3 and VNI and the reading that gives the most real Vietnamese syllables wins. Text that is valid
// Unicode but was typed in a legacy font (an Excel sheet in .VnTime, saved as "CSV UTF-8") is recognised the
// same way. A file that is none of these is rejected with instructions to re-save it.
import { decodeLegacy, ENCODING_NAMES, type LegacyEncoding, toCp1252Bytes } from "./legacyEncodings.js";
import type { PendingProblem } from "./types.js";

const SAMPLE_CHARS = 256 * 1024;
const RESAVE_HINT =
  "Hãy mở tệp bằng Excel, chọn Tệp → Lưu thành… (File → Save As…), chọn kiểu “CSV UTF-8 (phân tách bằng dấu phẩy) (*.csv)”, lưu rồi dùng tệp mới.";

/** Result of decoding: the text (NFC) or nothing when the file cannot be read as text. */
export interface DecodedText {
  text: string | undefined;
  /** The encoding of the bytes: `utf-8`, `utf-16le`, `utf-16be`, a legacy one, `binary` or `unknown`. */
  encoding: "utf-8" | "utf-16le" | "utf-16be" | LegacyEncoding | "binary" | "unknown";
  /** UTF-8 text typed in a legacy font (each character standing for a byte of TCVN3 or VNI), converted. */
  fontEncoding?: LegacyEncoding;
  problems: PendingProblem[];
}

const TOKEN_SPLIT = /[\s\d!-/:-@[-`{-~\u00a0]+/;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VIETNAMESE_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/** Counts the words of a text that contain a non-ASCII character, and how many of them are Vietnamese syllables. */
export function scoreVietnamese(text: string): { words: number; valid: number } {
  let words = 0;
  let valid = 0;
  for (const token of text.slice(0, SAMPLE_CHARS).normalize("NFC").split(TOKEN_SPLIT)) {
    if (!/[^ -~\t\n\r]/.test(token)) continue;
    words += 1;
    const decomposed = token.toLowerCase().normalize("NFD");
    const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
    if (tones > 1) continue;
    if (VIETNAMESE_SYLLABLE.test(decomposed.replace(TONE_MARKS, "").normalize("NFC"))) valid += 1;
  }
  return { words, valid };
}

function ratio(s: { words: number; valid: number }): number {
  return s.words === 0 ? 1 : s.valid / s.words;
}

export function convertedProblem(encoding: LegacyEncoding, inUnicode: boolean): PendingProblem {
  const name = ENCODING_NAMES[encoding];
  const upperNote =
    encoding === "tcvn3"
      ? " Chữ in hoa có dấu gõ bằng phông .VnTimeH có thể thành chữ thường: hãy kiểm tra lại."
      : " Hãy kiểm tra lại các chữ có dấu.";
  return {
    code: "ENCODING_CONVERTED",
    row: 0,
    what: inUnicode
      ? `Chữ trong tệp được gõ bằng bảng mã ${name}, không phải Unicode; đã tự chuyển sang Unicode.${upperNote}`
      : `Tệp được lưu bằng bảng mã ${name}, không phải UTF-8; đã tự chuyển sang Unicode.${upperNote}`,
    allowed: `tệp Unicode UTF-8. ${RESAVE_HINT}`,
    valueText: ENCODING_NAMES[encoding],
  };
}

/**
 * Recognises text typed in a legacy font but stored as Unicode (each character standing for a byte of
 * TCVN3 or VNI). Returns the encoding when converting makes the text clearly more Vietnamese.
 */
export function detectLegacyFontText(text: string): LegacyEncoding | undefined {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (!/[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]/.test(sample)) {
    return undefined;
  }
  const asIs = scoreVietnamese(sample);
  if (ratio(asIs) >= 0.8) return undefined;
  // Only the characters that are not plain Unicode Vietnamese are suspects: map each word that fails.
  const bytes = toCp1252Bytes(
    sample.replace(/[^\t\n\r -\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]/g, "?"),
  );
  if (!bytes) return undefined;
  let best: LegacyEncoding | undefined;
  let bestRatio = ratio(asIs);
  for (const encoding of ["tcvn3", "vni"] as const) {
    const r = ratio(scoreVietnamese(decodeLegacy(bytes, encoding)));
    if (r >= 0.8 && r > bestRatio + 0.2) {
      best = encoding;
      bestRatio = r;
    }
  }
  return best;
}

/** Converts text typed in a legacy font (see {@link detectLegacyFontText}) to Unicode, NFC. */
export function convertLegacyFontText(text: string, encoding: LegacyEncoding): string {
  // Characters outside Windows-1252 (already real Unicode) are kept; the rest are re-read as font bytes.
  return text
    .replace(/[\x80-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]+/g, (run) => {
      const bytes = toCp1252Bytes(run);
      return bytes ? decodeLegacy(bytes, encoding) : run;
    })
    .normalize("NFC");
}

/** Bytes checked together for the share of control characters. */
const BINARY_BLOCK = 64 * 1024;

/**
 * Tells whether bytes are not text: a block of 64 KB where control characters other than tab, line breaks and
 * form feed — a NUL counting ten times — pass 1 % of the block (and 16). The whole input is checked, block by
 * block, so that a file whose binary part starts late is still refused; a stray control character or NUL pasted
 * into a cell is not binary content: intake removes it with a warning at its row and column.
 */
export function hasBinaryControls(bytes: Uint8Array): boolean {
  for (let start = 0; start < bytes.length; start += BINARY_BLOCK) {
    const end = Math.min(bytes.length, start + BINARY_BLOCK);
    const limit = Math.max(16, (end - start) / 100);
    let weight = 0;
    for (let i = start; i < end; i += 1) {
      const b = bytes[i] as number;
      if (b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c) continue;
      weight += b === 0 ? 10 : 1;
      if (weight > limit) return true;
    }
  }
  return false;
}

/** The problem of a file that is not text (see {@link hasBinaryControls}). */
export const binaryProblem = (): PendingProblem => ({
  code: "FILE_BINARY",
  row: 0,
  what: "Tệp không phải là bảng chữ (CSV, JSON) cũng không phải Excel .xlsx: có thể tệp bị hỏng hoặc chọn nhầm tệp.",
  allowed: "sổ lưu bằng CSV UTF-8, JSON hoặc Excel .xlsx",
});

/** Strict UTF-8 decoding: the text, or `undefined` when the bytes are not UTF-8. */
export function tryDecodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    // TextDecoder says "not UTF-8" with a TypeError (compared by name: it may come from another realm).
    if ((error as { name?: unknown } | null)?.name === "TypeError") return undefined;
    throw error;
  }
}

/** Decodes the bytes of a text register (CSV, JSON) to NFC text, with the problems found on the way. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    return { text: new TextDecoder(encoding).decode(bytes).normalize("NFC"), encoding, problems: [] };
  }
  if (hasBinaryControls(bytes)) return { text: undefined, encoding: "binary", problems: [binaryProblem()] };
  const utf8 = tryDecodeUtf8(bytes);
  if (utf8 !== undefined) {
    const legacy = detectLegacyFontText(utf8);
    if (legacy) {
      return {
        text: convertLegacyFontText(utf8, legacy),
        encoding: "utf-8",
        fontEncoding: legacy,
        problems: [convertedProblem(legacy, true)],
      };
    }
    return { text: utf8.normalize("NFC"), encoding: "utf-8", problems: [] };
  }
  const sample = bytes.subarray(0, SAMPLE_CHARS);
  let best: { encoding: LegacyEncoding | "utf-8"; score: number; ratio: number } | undefined;
  // UTF-8 with a few broken bytes is a candidate too (its broken characters become U+FFFD, reported per cell
  // as VALUE_ENCODING) — but only when nearly all of its non-ASCII characters are intact.
  const lossy = new TextDecoder("utf-8").decode(sample);
  const broken = lossy.match(/\uFFFD/g)?.length ?? 0;
  const nonAscii = lossy.match(/[^ -~\t\n\r]/g)?.length ?? 0;
  const candidates =
    broken * 20 < nonAscii
      ? (["windows-1258", "tcvn3", "vni", "utf-8"] as const)
      : (["windows-1258", "tcvn3", "vni"] as const);
  for (const encoding of candidates) {
    const s = scoreVietnamese(
      encoding === "utf-8" ? lossy.replace(/\S*\uFFFD\S*/g, " ") : decodeLegacy(sample, encoding),
    );
    const candidate = { encoding, score: s.valid - (s.words - s.valid), ratio: ratio(s) };
    if (!best || candidate.score > best.score) best = candidate;
  }
  if (best?.encoding === "utf-8" && best.ratio >= 0.6) {
    return { text: new TextDecoder("utf-8").decode(bytes).normalize("NFC"), encoding: "utf-8", problems: [] };
  }
  if (best && best.encoding !== "utf-8" && best.ratio >= 0.6) {
    return {
      text: decodeLegacy(bytes, best.encoding).normalize("NFC"),
      encoding: best.encoding,
      problems: [convertedProblem(best.encoding, false)],
    };
  }
  return {
    text: undefined,
    encoding: "unknown",
    problems: [
      {
        code: "ENCODING_UNKNOWN",
        row: 0,
        what: "Không đọc được tệp: tệp không lưu bằng UTF-8 và không nhận ra bảng mã (Windows-1258, TCVN3, VNI).",
        allowed: `tệp Unicode UTF-8. ${RESAVE_HINT}`,
      },
    ],
  };
}

export { RESAVE_HINT };
