import {
  compareVietnamese,
  formatPlaceAndDate,
  formatVietnameseDate,
  formatVietnameseNumber,
  formatVietnamesePercent,
  toRomanNumeral,
} from "@tiepdan/core";
import Handlebars from "handlebars";

/** The Handlebars environment type. */
export type TemplateEngine = typeof Handlebars;

function ensureString(value: unknown, helper: string): string {
  if (typeof value !== "string") throw new TypeError(`{{${helper}}}: expected a string, got ${JSON.stringify(value)}`);
  return value;
}

function ensureNumber(value: unknown, helper: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new TypeError(`{{${helper}}}: expected a finite number, got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * Creates an isolated Handlebars environment with the Vietnamese helpers registered and strict mode on
 * (a missing value is an error, never an empty string in a signed report):
 *
 * - `{{date d}}` → "ngày 05 tháng 01 năm 2026"; `{{dateNumeric d}}` → "05/01/2026";
 *   `{{placeAndDate place d}}` → "Kon Tum, ngày 18 tháng 6 năm 2019"
 * - `{{number n}}` → "1.234,5" (`digits=1` sets the fraction digits); `{{percent r}}` → "85,5%"
 * - `{{roman n}}` → "IV"
 * - `{{#each (sortVi list "name")}}` iterates a list in Vietnamese alphabetical order of a property
 *   (or of the items themselves without a property).
 *
 * Values stay HTML-escaped by default, which is right for templates producing markup.
 *
 * @returns a fresh Handlebars environment, independent of the global one
 * @example
 * const hb = createTemplateEngine();
 * hb.compile("{{date d}}: {{number n}}")({ d: "2026-01-05", n: 1234.5 })
 * //=> "ngày 05 tháng 01 năm 2026: 1.234,5"
 */
export function createTemplateEngine(): TemplateEngine {
  const hb = Handlebars.create();
  hb.registerHelper("date", (d: unknown) => formatVietnameseDate(ensureString(d, "date")));
  hb.registerHelper("dateNumeric", (d: unknown) =>
    formatVietnameseDate(ensureString(d, "dateNumeric"), { style: "numeric" }),
  );
  hb.registerHelper("placeAndDate", (place: unknown, d: unknown) =>
    formatPlaceAndDate(ensureString(place, "placeAndDate"), ensureString(d, "placeAndDate")),
  );
  hb.registerHelper("number", (n: unknown, options: Handlebars.HelperOptions) => {
    const digits = options.hash.digits as number | undefined;
    return formatVietnameseNumber(
      ensureNumber(n, "number"),
      digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits },
    );
  });
  hb.registerHelper("percent", (r: unknown) => formatVietnamesePercent(ensureNumber(r, "percent")));
  hb.registerHelper("roman", (n: unknown) => toRomanNumeral(ensureNumber(n, "roman")));
  hb.registerHelper("sortVi", (list: unknown, ...rest: unknown[]) => {
    if (!Array.isArray(list)) throw new TypeError(`{{sortVi}}: expected a list, got ${JSON.stringify(list)}`);
    const key = rest.length > 1 && typeof rest[0] === "string" ? rest[0] : undefined;
    const text = (item: unknown): string => String(key === undefined ? item : (item as Record<string, unknown>)[key]);
    return [...list].sort((a, b) => compareVietnamese(text(a), text(b)));
  });
  return hb;
}
