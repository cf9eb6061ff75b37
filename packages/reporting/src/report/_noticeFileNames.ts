// File names of the per-case documents (`tiepdan notices`, the web page's archive): one distinct, stable name per
// case, whatever characters the codes hold. Codes that a file system would merge ("A/B", "A-B", "A:B", "A B", one
// code in capitals and one not) keep apart; a denunciation's code never goes into a file name at all, since an
// identity typed into "Mã số" would travel with the file (Luật Tố cáo 2018 Điều 47–48, issue 17 point 2).

/** The longest part of a name taken from a code, in characters. */
const MAX_CODE_PART = 60;

/** A stable 48-bit hash of a text as 12 hex digits (FNV-1a twice, two offsets): the same code, the same name. */
export function codeHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return (a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0")).slice(0, 12);
}

/** The part of a file name a code gives: letters (Vietnamese kept), digits, ".", "_", "-". */
function codePart(id: string): string {
  const slug = id
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}._-]+/gu, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return [...slug].slice(0, MAX_CODE_PART).join("");
}

/**
 * The file stems of the documents of one run, in the order of `cases`: `<prefix>-<code>` when the code is a safe
 * file name as it stands, `<prefix>-<code part>-<hash>` when characters were replaced or cut, or when another
 * code differs only by letter case; `<prefix>-to-cao-<hash>` for a denunciation.
 */
export function noticeFileStems(prefix: string, cases: ReadonlyArray<{ id: string; denunciation: boolean }>): string[] {
  const stems = cases.map(({ id, denunciation }) => {
    const exact = id.normalize("NFC");
    if (denunciation) return { stem: `${prefix}-to-cao-${codeHash(exact)}`, hashed: true, exact };
    const part = codePart(exact);
    return part === exact && part !== ""
      ? { stem: `${prefix}-${part}`, hashed: false, exact }
      : { stem: `${prefix}-${part || "ma"}-${codeHash(exact)}`, hashed: true, exact };
  });
  // Names equal but for letter case are one file on Windows and macOS: each gets its hash.
  const byFolded = new Map<string, number>();
  for (const s of stems) byFolded.set(s.stem.toLowerCase(), (byFolded.get(s.stem.toLowerCase()) ?? 0) + 1);
  for (const s of stems) {
    if (!s.hashed && (byFolded.get(s.stem.toLowerCase()) ?? 0) > 1) s.stem = `${s.stem}-${codeHash(s.exact)}`;
  }
  // The same code twice (a register read without its duplicate check) still gives two files.
  const used = new Set<string>();
  return stems.map(({ stem }) => {
    let name = stem;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${stem}-${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}
