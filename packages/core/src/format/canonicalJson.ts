/**
 * JSON with every object's keys in order: two equal values give the same text whatever order their keys were written
 * in (to compare configurations, or to checksum a file read back by a parser that keeps another order).
 *
 * @param value - any JSON value (`undefined` properties are left out, as `JSON.stringify` does)
 * @returns the JSON text, without spaces
 * @example
 * canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }) //=> '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
        )
      : v,
  );
}
