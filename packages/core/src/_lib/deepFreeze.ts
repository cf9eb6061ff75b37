// Internal: not exported from the package.

/**
 * Freezes an object and every object and array it holds, so that the library's bundled rules and citations
 * cannot be changed by a caller (review s17d F7: `RULE_SETS[0].notice.workingDays = 3` changed every later
 * deadline of the process). Returns the same object.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
