// Matching the `Đơn vị` values clerks type to the units of the org file: exact (case, spacing), then loose
// (diacritics, "UBND", the usual prefixes such as "Đảng ủy", "xã"), and the side a value speaks for.
import { type Case, findOrgUnit, type OrgUnit, type ReceptionSession, type Side } from "@tiepdan/core";

/**
 * A body's name folded for matching: lower case, no diacritics, "đ" as "d", punctuation as single spaces, the usual
 * abbreviations of State bodies spelt out ("UBND", "HĐND", "TTĐT", "TP").
 *
 * @param s - a name as written
 * @returns its folded words, separated by single spaces
 * @example
 * foldBodyName("Cổng TTĐT tỉnh Minh Sơn") //=> "cong thong tin dien tu tinh minh son"
 */
export function foldBodyName(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\bubnd\b/g, "uy ban nhan dan")
    .replace(/\bhdnd\b/g, "hoi dong nhan dan")
    .replace(/\bttdt\b/g, "thong tin dien tu")
    .replace(/\btp\b/g, "thanh pho")
    .replace(/\s+/g, " ")
    .trim();
}

/** {@link foldBodyName}, "ĐU" (Đảng ủy) spelt out at the start. */
function plainKey(s: string): string {
  return foldBodyName(s).replace(/^du\b/, "dang uy");
}

// Words in front of a place name: whose body it is, then which kind of place.
const BODY_PREFIX =
  /^(?:ban thuong vu |thuong truc )?(?:dang uy|tinh uy|thanh uy|huyen uy|quan uy|thi uy|uy ban nhan dan|hoi dong nhan dan)\s+/;
const PLACE_PREFIX = /^(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\s+/;

/** The place name a unit reference comes down to: "UBND xã An Bình", "Đảng ủy xã An Bình", "xa an binh" → "an binh". */
function placeKey(s: string): string {
  return plainKey(s).replace(BODY_PREFIX, "").replace(PLACE_PREFIX, "");
}

/**
 * The side a unit's name or a session's host speaks for, read from its words: "Ủy ban nhân dân", "UBND", "Chủ tịch"
 * → State; "Đảng ủy", "Tỉnh ủy", "Bí thư" … → Party; `undefined` when the words do not tell.
 *
 * @param text - a unit name, a `Đơn vị` value or a `Người chủ trì`
 * @returns the side, or `undefined`
 * @example
 * sideOfName("UBND xã An Bình") //=> "state"
 * sideOfName("Bí thư Đảng ủy xã") //=> "party"
 */
export function sideOfName(text: string | undefined): Side | undefined {
  if (text === undefined) return undefined;
  const k = ` ${plainKey(text)} `;
  if (/ (uy ban nhan dan|chu tich|pho chu tich) /.test(k)) return "state";
  if (/ (dang uy|tinh uy|thanh uy|huyen uy|quan uy|thi uy|bi thu|pho bi thu|cap uy|ban thuong vu) /.test(k)) {
    return "party";
  }
  return undefined;
}

/**
 * Finds the unit a `Đơn vị` value names, as a clerk would read it: first exactly (id, name or alias; case and
 * spacing ignored — core's `findOrgUnit`), then without diacritics and the usual prefixes ("UBND xã An Bình",
 * "xa An Binh", "Đảng ủy xã An Bình" all name An Bình). When the loose match leaves a Party and a State unit of the
 * same place, or a unit of the other side, the side the value's words speak for decides; still several → none.
 *
 * @param ref - the value as written in the register
 * @param units - the units of the org file
 * @returns the unit, or `undefined`
 * @example
 * matchUnit("xa an binh", [{ id: "xa-an-binh", name: "Đảng ủy xã An Bình", level: "commune", side: "party" }])?.id
 * //=> "xa-an-binh"
 */
export function matchUnit(ref: string | undefined, units: readonly OrgUnit[]): OrgUnit | undefined {
  if (ref === undefined || ref.trim() === "") return undefined;
  const exact = findOrgUnit(ref, units);
  if (exact) return exact;
  const plain = plainKey(ref);
  const byPlain = units.filter((u) => [u.id, u.name, ...(u.aliases ?? [])].some((n) => plainKey(n) === plain));
  if (byPlain.length === 1) return byPlain[0];
  const place = placeKey(ref);
  if (place === "") return undefined;
  let found = units.filter((u) => [u.name, ...(u.aliases ?? [])].some((n) => placeKey(n) === place));
  // "UBND xã An Bình" never names the Party committee of An Bình, nor "Đảng ủy xã An Bình" its People's Committee.
  const side = sideOfName(ref);
  if (side) found = found.filter((u) => u.side === side);
  return found.length === 1 ? found[0] : undefined;
}

/** Edit distance of two short strings (for the closest unit of an unmatched value). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * The unit whose name is closest to a value that names none (a typo: "Xã An Bìn", "Đảng ủy xã Hoà Lac").
 *
 * @param ref - the value as written
 * @param units - the units of the org file
 * @returns the closest unit, or `undefined` when none is reasonably close
 * @example
 * closestUnit("Xã An Bìn", units)?.name //=> "Đảng ủy xã An Bình"
 */
export function closestUnit(ref: string, units: readonly OrgUnit[]): OrgUnit | undefined {
  const place = placeKey(ref);
  let best: { unit: OrgUnit; d: number } | undefined;
  for (const u of units) {
    for (const n of [u.name, ...(u.aliases ?? [])]) {
      const other = placeKey(n);
      const d = distance(place, other) / Math.max(place.length, other.length, 1);
      if (!best || d < best.d) best = { unit: u, d };
    }
  }
  return best && best.d <= 0.5 ? best.unit : undefined;
}

/** A `Đơn vị` value of the registers that names no unit of the org file. */
export interface UnmatchedUnit {
  /** The value as written. */
  value: string;
  /** Which register. */
  register: "cases" | "sessions";
  /** `Mã số` (cases) or `Mã buổi` (sessions) of the rows that hold it. */
  ids: string[];
  /** The unit with the closest name, if one is close. */
  closest?: OrgUnit;
}

/** Result of {@link resolveUnitRefs}. */
export interface ResolvedUnitRefs {
  /** The cases, each `Đơn vị` that names a unit replaced by that unit's id. */
  cases: Case[];
  /** The sessions, likewise. */
  sessions: ReceptionSession[];
  /** The values that name no unit, in order of first appearance. */
  unmatched: UnmatchedUnit[];
}

/**
 * Reads every `Đơn vị` of the registers against the org file's units ({@link matchUnit}) and writes the unit's id
 * in its place, so that the statistics and tables count a row under the unit the clerk meant; the values that name
 * no unit are returned with their rows and the closest unit, for a warning.
 *
 * @param input - cases, sessions and units
 * @returns the rows with their units resolved, and the values matching no unit
 * @example
 * resolveUnitRefs({ cases, sessions, units }).unmatched[0] //=> { value: "Xã An Bìn", register: "cases", ids: ["MS-7"], closest: {…} }
 */
export function resolveUnitRefs(input: {
  cases: readonly Case[];
  sessions: readonly ReceptionSession[];
  units: readonly OrgUnit[];
}): ResolvedUnitRefs {
  const unmatched = new Map<string, UnmatchedUnit>();
  const memo = new Map<string, OrgUnit | undefined>();
  const resolve = <T extends { id: string; unit?: string | undefined }>(row: T, register: "cases" | "sessions"): T => {
    const ref = row.unit;
    if (ref === undefined || ref.trim() === "") return row;
    if (!memo.has(ref)) memo.set(ref, matchUnit(ref, input.units));
    const unit = memo.get(ref);
    if (unit) return unit.id === ref ? row : { ...row, unit: unit.id };
    const key = `${register}\u0000${ref.trim()}`;
    let u = unmatched.get(key);
    if (!u) {
      // A name that speaks for a side ("UBND xa Hoa Lac") is compared with that side's units only (review s18h F4: a
      // People's Committee's case was offered a Party committee's name).
      const side = sideOfName(ref);
      const closest = closestUnit(ref, side ? input.units.filter((x) => x.side === side) : input.units);
      u = { value: ref.trim(), register, ids: [], ...(closest ? { closest } : {}) };
      unmatched.set(key, u);
    }
    u.ids.push(row.id);
    return row;
  };
  return {
    cases: input.cases.map((c) => resolve(c, "cases")),
    sessions: input.sessions.map((s) => resolve(s, "sessions")),
    unmatched: [...unmatched.values()],
  };
}

/**
 * The warnings a clerk reads about `Đơn vị` values that name no unit (DESIGN.md: no phantom row without a warning).
 *
 * @param unmatched - from {@link resolveUnitRefs}
 * @param consequence - what the value changes in the documents (default: the tables count its rows apart)
 * @returns one Vietnamese sentence per value
 * @example
 * unmatchedUnitWarnings([{ value: "Xã An Bìn", register: "cases", ids: ["MS-7"], closest }])
 * //=> ["Sổ theo dõi đơn: “Đơn vị” “Xã An Bìn” (mã số MS-7) không khớp đơn vị nào trong tệp thông tin đơn vị; có phải “Đảng ủy xã An Bình”? …"]
 */
export function unmatchedUnitWarnings(unmatched: readonly UnmatchedUnit[], consequence?: string): string[] {
  return unmatched.map((u) => {
    const shown = u.ids.slice(0, 5).join(", ") + (u.ids.length > 5 ? ` và ${u.ids.length - 5} dòng khác` : "");
    const where = u.register === "cases" ? `Sổ theo dõi đơn (mã số ${shown})` : `Sổ buổi tiếp dân (mã buổi ${shown})`;
    const hint = u.closest
      ? ` Có phải “${u.closest.name}” (id “${u.closest.id}”)? Sửa lại ô “Đơn vị”, hoặc thêm tên này vào “aliases” của đơn vị đó trong tệp thông tin đơn vị.`
      : sideOfName(u.value) === "state"
        ? " Sửa lại ô “Đơn vị”, hoặc thêm Ủy ban nhân dân này vào tệp thông tin đơn vị (với “side”: “state”)."
        : " Sửa lại ô “Đơn vị”, hoặc thêm đơn vị này vào tệp thông tin đơn vị.";
    return `${where}: cột “Đơn vị” ghi “${u.value}” — không khớp đơn vị nào trong tệp thông tin đơn vị; ${consequence ?? `các dòng này được tính riêng dưới tên “${u.value}” trong các biểu`}.${hint}`;
  });
}
