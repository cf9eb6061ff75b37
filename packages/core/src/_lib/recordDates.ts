// A record's dates checked where a public function takes the record: a date written otherwise than YYYY-MM-DD (an
// object built without the schema) is named with the function called, the record and its field, instead of the
// internal function that first stumbled on it (review s23 D23-6: "getRuleSetAt: expected a YYYY-MM-DD date").
import { isIsoDate } from "../date/plainDate.js";

/**
 * Throws when one of the record's dates is given and not a real YYYY-MM-DD date.
 *
 * @param fn - the public function called, e.g. "routeCase"
 * @param record - "case" or "session", and its id
 * @param dates - the fields to check, by name
 * @throws {RangeError} naming the function, the record and the field
 */
export function checkRecordDates(
  fn: string,
  record: { kind: "case" | "session"; id: string },
  dates: Readonly<Record<string, unknown>>,
): void {
  for (const [field, value] of Object.entries(dates)) {
    if (value !== undefined && !isIsoDate(value))
      throw new RangeError(
        `${fn}: ${record.kind} ${JSON.stringify(record.id)} has ${field} ${JSON.stringify(value)}, not YYYY-MM-DD`,
      );
  }
}

/** {@link checkRecordDates} for the dates of a case the rules read. */
export function checkCaseDates(
  fn: string,
  c: { id: string; receivedOn: unknown; notifiedOn?: unknown; acceptedOn?: unknown; resultOn?: unknown },
): void {
  // The common case first, without building the list: every date a real one.
  if (
    isIsoDate(c.receivedOn) &&
    (c.notifiedOn === undefined || isIsoDate(c.notifiedOn)) &&
    (c.acceptedOn === undefined || isIsoDate(c.acceptedOn)) &&
    (c.resultOn === undefined || isIsoDate(c.resultOn))
  )
    return;
  checkRecordDates(
    fn,
    { kind: "case", id: c.id },
    { receivedOn: c.receivedOn, notifiedOn: c.notifiedOn, acceptedOn: c.acceptedOn, resultOn: c.resultOn },
  );
  // receivedOn missing altogether is not a date either.
  throw new RangeError(
    `${fn}: case ${JSON.stringify(c.id)} has receivedOn ${JSON.stringify(c.receivedOn)}, not YYYY-MM-DD`,
  );
}
