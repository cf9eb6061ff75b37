// The years the calendar computes: the lunar calendar's range, and so the days off and working days built on it.
// Internal: not exported from the package.

/** The first and last Gregorian years of the lunar calendar (and of the days off and working days built on it). */
export const CALENDAR_YEARS = { first: 1900, last: 2199 } as const;
