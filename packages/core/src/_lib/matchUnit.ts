import { type OrgUnit, type OrgUnitInput, OrgUnitSchema } from "../schemas/orgUnit.js";

/** Keys already computed: a report asks for the unit of every case, and the names repeat (issue 18). */
const KEYS = new Map<string, string>();
const KEYS_LIMIT = 4096;

/** Canonical form of a unit reference for matching: NFC, lower case, single spaces. */
export function normalizeKey(s: string): string {
  let key = KEYS.get(s);
  if (key === undefined) {
    key = s.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
    if (KEYS.size >= KEYS_LIMIT) KEYS.clear();
    KEYS.set(s, key);
  }
  return key;
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

/** Validates a unit given to a rule function; a bad one is a programming error (RangeError naming the call). */
export function parseUnit(fn: string, input: OrgUnitInput): OrgUnit {
  const parsed = OrgUnitSchema.safeParse(input);
  if (!parsed.success) throw new RangeError(`${fn}: invalid unit: ${parsed.error.message}`);
  return parsed.data;
}
