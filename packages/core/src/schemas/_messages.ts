// The schemas' messages in Vietnamese (review s23 D23-8: zod's own are English, and an app shows them to clerks).
// Internal: not part of the package's API.
import { z } from "zod";

/**
 * A schema's message in Vietnamese: "Thiếu giá trị bắt buộc" for a value missing, `what` for one of another type
 * (review s23 D23-8: zod's own messages are English, and an app shows them to clerks).
 *
 * @param what - what the value must be, e.g. "Phải là số"
 * @returns the `error` parameter of a zod schema
 */
export function viError(what: string): { error: (issue: { input?: unknown }) => string } {
  return { error: (issue) => (issue.input === undefined ? "Thiếu giá trị bắt buộc" : what) };
}

/** {@link viError} for one of a list of values: "Phải là một trong: …". */
export function viEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, viError(`Phải là một trong: ${values.join(", ")}`));
}

/** A whole number from `min` (a count: people, filings, extensions), with its messages in Vietnamese. */
export function countSchema(min: 0 | 1) {
  return z
    .number(viError("Phải là số"))
    .int({ error: "Phải là số nguyên" })
    .min(min, { error: min === 0 ? "Không được là số âm" : "Phải từ 1 trở lên" });
}

/** The `error` parameter of a record's object schema: a key it does not have named in Vietnamese. */
export const UNKNOWN_KEYS = {
  error: (issue: { code?: string; keys?: readonly string[] }) =>
    issue.code === "unrecognized_keys" ? `Trường không có trong mẫu: ${(issue.keys ?? []).join(", ")}` : undefined,
};

/** Có / Không as `true` / `false`, with its message in Vietnamese. */
export const FlagSchema = z.boolean(viError("Phải là true (Có) hoặc false (Không)"));
