import {
  compareVietnamese,
  formatPlaceAndDate,
  formatVietnameseDate,
  formatVietnameseNumber,
  formatVietnamesePercent,
  toRomanNumeral,
} from "@tiepdan/core";
import Handlebars from "handlebars";
import { PRECOMPILED } from "./_precompiled.js";

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

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

let precompiledBySource: Map<string, (typeof PRECOMPILED)[number]> | undefined;

/** The precompiled spec of a default template compiled with the options it was precompiled with, else undefined. */
function precompiledSpec(source: string, options: { strict?: boolean; noEscape?: boolean }): unknown {
  if (PRECOMPILED.length === 0) return undefined;
  // Any other option (knownHelpersOnly, data, preventIndent …) changes the code: such a call is compiled as asked
  // (review s24 R24-3).
  for (const key of Object.keys(options)) if (key !== "strict" && key !== "noEscape") return undefined;
  precompiledBySource ??= new Map(PRECOMPILED.map((p) => [p[0], p]));
  const hit = precompiledBySource.get(source);
  // A partial called from a precompiled template is compiled with no options of its parent (a precompiled spec keeps
  // none): it is served too. Called from a template compiled here, it gets the parent's options with keys Handlebars
  // adds, and is compiled.
  if (!hit || hit[1] !== (options.strict === true) || hit[2] !== (options.noEscape === true)) return undefined;
  return hit[3];
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
 * - `{{share part whole}}` → "85,5%" of a whole (0% when the whole is 0);
 *   `{{change now before "vụ việc"}}` → "tăng 12 vụ việc (5,3%)", "giảm 3 vụ việc (10%)", "không thay đổi";
 *   `{{monthList months}}` → "tháng 02/2026, tháng 05/2026"; `{{upper s}}` / `{{lower s}}` (Vietnamese case);
 *   `{{add a b}}`; `(eq a b)`, `(gt a b)` and `(isNumber x)` for conditions.
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
  // Strict unless a caller says otherwise (review s17d F10: the engine said strict, but `compile` was not).
  // A default template is served precompiled when the built package carries it (src/_precompiled.ts), compiled with
  // the same options.
  const compile = hb.compile.bind(hb);
  hb.compile = ((input: Parameters<typeof compile>[0], options?: Parameters<typeof compile>[1]) => {
    const settled = { strict: true, ...options };
    const spec = typeof input === "string" ? precompiledSpec(input, settled) : undefined;
    return spec === undefined ? compile(input, settled) : hb.template(spec as TemplateSpecification);
  }) as typeof hb.compile;
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
  hb.registerHelper("share", (part: unknown, whole: unknown) => {
    const w = ensureNumber(whole, "share");
    return formatVietnamesePercent(w === 0 ? 0 : ensureNumber(part, "share") / w);
  });
  hb.registerHelper("change", (now: unknown, before: unknown, unit: unknown) => {
    const a = ensureNumber(now, "change");
    const b = ensureNumber(before, "change");
    const u = typeof unit === "string" ? ` ${unit}` : "";
    if (a === b) return "không thay đổi";
    const diff = formatVietnameseNumber(Math.abs(a - b));
    const ratio = b === 0 ? "" : ` (${formatVietnamesePercent(Math.abs(a - b) / b)})`;
    return `${a > b ? "tăng" : "giảm"} ${diff}${u}${ratio}`;
  });
  hb.registerHelper("monthList", (months: unknown) => {
    if (!Array.isArray(months)) throw new TypeError(`{{monthList}}: expected a list, got ${JSON.stringify(months)}`);
    return months
      .map((m) => {
        const match = /^(\d{4})-(\d{2})$/.exec(ensureString(m, "monthList"));
        if (!match) throw new TypeError(`{{monthList}}: expected YYYY-MM, got ${JSON.stringify(m)}`);
        return `tháng ${match[2]}/${match[1]}`;
      })
      .join(", ");
  });
  hb.registerHelper("upper", (v: unknown) => ensureString(v, "upper").normalize("NFC").toLocaleUpperCase("vi"));
  hb.registerHelper("lower", (v: unknown) => ensureString(v, "lower").normalize("NFC").toLocaleLowerCase("vi"));
  hb.registerHelper("add", (a: unknown, b: unknown) => ensureNumber(a, "add") + ensureNumber(b, "add"));
  hb.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  hb.registerHelper("gt", (a: unknown, b: unknown) => ensureNumber(a, "gt") > ensureNumber(b, "gt"));
  hb.registerHelper("isNumber", (v: unknown) => typeof v === "number" && Number.isFinite(v));
  return hb;
}
