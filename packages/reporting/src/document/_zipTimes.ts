/**
 * Sets every zip entry's DOS date to `date` at 00:00, in place (local headers and central directory), so that a
 * package written by a zip library does not carry the clock's time. Cheaper than unzipping and zipping again.
 * Shared by the DOCX renderer and the XLSX writer; private to `@tiepdan/reporting`.
 *
 * @param zip - the zip bytes, modified in place
 * @param date - the date to stamp, `YYYY-MM-DD` (years before 1980 become 1980)
 * @returns the same array, for chaining
 * @example
 * const bytes = fixZipTimes(new Uint8Array(await Packer.toArrayBuffer(document)), "2026-03-31");
 */
export function fixZipTimes(zip: Uint8Array, date: string): Uint8Array {
  const [y = 1980, m = 1, d = 1] = date.split("-").map(Number);
  const dos = ((Math.max(0, y - 1980) << 25) | (m << 21) | (d << 16)) >>> 0;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error("fixZipTimes: the package is not a zip file");
  const entries = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error("fixZipTimes: unexpected zip central directory");
    view.setUint32(p + 12, dos, true);
    view.setUint32(view.getUint32(p + 42, true) + 10, dos, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return zip;
}
