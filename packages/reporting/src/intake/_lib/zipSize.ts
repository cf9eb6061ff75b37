// The sizes a zip (an XLSX workbook) declares in its central directory, read before anything is inflated, so
// that a "zip bomb" — a few kilobytes that inflate to gigabytes — is refused without being opened.
// Browser-safe: bytes in, numbers out.

/** What a zip's central directory declares. */
export interface ZipSizes {
  entries: number;
  /** Sum of the declared uncompressed sizes, in bytes. */
  uncompressed: number;
  /** The largest declared uncompressed size of one entry, in bytes. */
  largest: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
}
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

/**
 * Reads the declared sizes of a zip's entries from its central directory (ZIP64 included), or `undefined` when
 * the bytes have no readable central directory (the XLSX reader then reports a damaged file).
 */
export function readZipSizes(bytes: Uint8Array): ZipSizes | undefined {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (u32(bytes, i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR) {
    const z = u64(bytes, end - 20 + 8);
    if (z + 56 > bytes.length || u32(bytes, z) !== ZIP64_EOCD) return undefined;
    count = u64(bytes, z + 32);
    offset = u64(bytes, z + 48);
  }
  const sizes: ZipSizes = { entries: 0, uncompressed: 0, largest: 0 };
  let at = offset;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) return undefined;
    let size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (size === 0xffffffff) {
      // ZIP64 extended information (header id 1): the uncompressed size comes first.
      let x = at + 46 + nameLength;
      const xEnd = x + extraLength;
      while (x + 4 <= xEnd) {
        const id = u16(bytes, x);
        const length = u16(bytes, x + 2);
        if (id === 1 && length >= 8) {
          size = u64(bytes, x + 4);
          break;
        }
        x += 4 + length;
      }
    }
    sizes.entries += 1;
    sizes.uncompressed += size;
    sizes.largest = Math.max(sizes.largest, size);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return sizes;
}

/** The most a workbook may inflate to, in all and per part (a JavaScript string holds at most about 512 MB). */
export const XLSX_LIMITS = { total: 1024 * 1024 * 1024, entry: 400 * 1024 * 1024, ratio: 200 };

/**
 * Tells why a workbook is refused before it is opened, from its declared sizes: it inflates beyond
 * {@link XLSX_LIMITS}, or beyond 100 MB at a compression ratio no spreadsheet reaches. `undefined` when it may
 * be opened.
 */
export function zipBombReason(bytes: Uint8Array): string | undefined {
  const sizes = readZipSizes(bytes);
  if (!sizes) return undefined;
  const mb = (n: number) => `${Math.round(n / (1024 * 1024)).toLocaleString("vi-VN")} MB`;
  const ratio = sizes.uncompressed / Math.max(1, bytes.length);
  if (
    sizes.uncompressed > XLSX_LIMITS.total ||
    sizes.largest > XLSX_LIMITS.entry ||
    (sizes.uncompressed > 100 * 1024 * 1024 && ratio > XLSX_LIMITS.ratio)
  ) {
    return `tệp nặng ${mb(bytes.length) === "0 MB" ? `${bytes.length.toLocaleString("vi-VN")} byte` : mb(bytes.length)} nhưng khi giải nén lên tới ${mb(sizes.uncompressed)}`;
  }
  return undefined;
}
