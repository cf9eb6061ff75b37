// A record's dates checked where a public function takes the record: a date written otherwise than YYYY-MM-DD (an
// object built without the schema) is named with the function called, the record and its field, instead of the
// internal function that first stumbled on it (review s23 D23-6: "getRuleSetAt: expected a YYYY-MM-DD date").
import { isIsoDate } from "../date/plainDate.js";

/**
 * Throws when one of the record's dates is not a real YYYY-MM-DD date: a required one missing or written otherwise, an
 * optional one given and written otherwise.
 *
 * @param fn - the public function called, e.g. "routeCase"
 * @param record - "case" or "session", and its id
 * @param required - the dates the record must have, by field
 * @param optional - the dates it may have, by field
 * @throws {RangeError} naming the function, the record and the field
 */
export function checkRecordDates(
  fn: string,
  record: { kind: "case" | "session"; id: string },
  required: Readonly<Record<string, unknown>>,
  optional: Readonly<Record<string, unknown>> = {},
): void {
  const bad = (field: string, value: unknown) =>
    new RangeError(
      `${fn}: ${record.kind} ${JSON.stringify(record.id)} has ${field} ${JSON.stringify(value)}, not YYYY-MM-DD`,
    );
  for (const [field, value] of Object.entries(required)) if (!isIsoDate(value)) throw bad(field, value);
  for (const [field, value] of Object.entries(optional)) {
    if (value !== undefined && !isIsoDate(value)) throw bad(field, value);
  }
}

/** {@link checkRecordDates} for the dates of a case the rules read. */
export function checkCaseDates(
  fn: string,
  c: { id: string; receivedOn: unknown; notifiedOn?: unknown; acceptedOn?: unknown; resultOn?: unknown },
): void {
  checkRecordDates(
    fn,
    { kind: "case", id: c.id },
    { receivedOn: c.receivedOn },
    { notifiedOn: c.notifiedOn, acceptedOn: c.acceptedOn, resultOn: c.resultOn },
  );
}
