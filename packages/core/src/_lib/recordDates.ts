// A record's dates checked where a public function takes the record: a date written otherwise than YYYY-MM-DD (an
// object built without the schema) is named with the function called, the record and its field, instead of the
// internal function that first stumbled on it (review s23 D23-6: "getRuleSetAt: expected a YYYY-MM-DD date").
// Called once per record in loops over a province's year: nothing is allocated unless a date is wrong.
import { isIsoDate } from "../date/plainDate.js";

/**
 * Throws when a record's date is not a real YYYY-MM-DD date: a required one missing or written otherwise, an optional
 * one given and written otherwise.
 *
 * @param fn - the public function called, e.g. "routeCase"
 * @param kind - "case" or "session"
 * @param id - the record's id
 * @param field - the date's field
 * @param value - the date
 * @param required - whether the record must have it
 * @throws {RangeError} naming the function, the record and the field
 */
export function checkRecordDate(
  fn: string,
  kind: "case" | "session",
  id: string,
  field: string,
  value: unknown,
  required = true,
): void {
  if (isIsoDate(value) || (!required && value === undefined)) return;
  throw new RangeError(`${fn}: ${kind} ${JSON.stringify(id)} has ${field} ${JSON.stringify(value)}, not YYYY-MM-DD`);
}

/** {@link checkRecordDate} for the dates of a case the rules read. */
export function checkCaseDates(
  fn: string,
  c: { id: string; receivedOn: unknown; notifiedOn?: unknown; acceptedOn?: unknown; resultOn?: unknown },
): void {
  checkRecordDate(fn, "case", c.id, "receivedOn", c.receivedOn);
  checkRecordDate(fn, "case", c.id, "notifiedOn", c.notifiedOn, false);
  checkRecordDate(fn, "case", c.id, "acceptedOn", c.acceptedOn, false);
  checkRecordDate(fn, "case", c.id, "resultOn", c.resultOn, false);
}
