import { normalizeKey } from "../_lib/matchUnit.js";
import type { OrgUnitInput } from "../schemas/orgUnit.js";

/**
 * Finds the unit a register's `Đơn vị` value names: its id, name or one of its aliases, compared without regard
 * to case, spacing or Unicode normalisation. An empty or missing value names no unit.
 *
 * @param ref - the value as written in the register
 * @param units - the units of the org file, in order (the first match wins)
 * @returns the unit, or `undefined` when none matches
 * @example
 * findOrgUnit("xã an bình", [{ id: "xa-an-binh", name: "Đảng ủy xã An Bình", level: "commune", aliases: ["Xã An Bình"] }])?.id
 * //=> "xa-an-binh"
 */
export function findOrgUnit<U extends OrgUnitInput>(ref: string | undefined, units: readonly U[]): U | undefined {
  if (ref === undefined || ref.trim() === "") return undefined;
  const key = normalizeKey(ref);
  for (const u of units) {
    if (normalizeKey(u.id) === key || normalizeKey(u.name) === key) return u;
    for (const a of u.aliases ?? []) if (normalizeKey(a) === key) return u;
  }
  return undefined;
}
