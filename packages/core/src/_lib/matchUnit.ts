import type { OrgUnit } from "../schemas/orgUnit.js";

/** Canonical form of a unit reference for matching: NFC, lower case, single spaces. */
export function normalizeKey(s: string): string {
  return s.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
}

/**
 * Whether a register's `Đơn vị` value names the unit (its id, name or an alias). A row without a unit belongs
 * to every unit: a commune's own register usually leaves the column out.
 */
export function refersToUnit(
  ref: string | undefined,
  unit: Pick<OrgUnit, "id" | "name"> & { aliases?: string[] | undefined },
): boolean {
  if (ref === undefined) return true;
  const key = normalizeKey(ref);
  return [unit.id, unit.name, ...(unit.aliases ?? [])].some((n) => normalizeKey(n) === key);
}
