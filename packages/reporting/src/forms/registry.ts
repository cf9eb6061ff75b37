import type { IsoDate } from "@tiepdan/core";
import { TT01_2024_01_KQGQ } from "./definitions/tt01-2024-01-KQGQ.js";
import { TT01_2024_01_TCD } from "./definitions/tt01-2024-01-TCD.js";
import { TT01_2024_01_XLD } from "./definitions/tt01-2024-01-XLD.js";
import { TT01_2024_03_KQGQ } from "./definitions/tt01-2024-03-KQGQ.js";
import { TT06_2025_01_TCD } from "./definitions/tt06-2025-01-TCD.js";
import { TT06_2025_02_XLD } from "./definitions/tt06-2025-02-XLD.js";
import { TT06_2025_03_GQKN } from "./definitions/tt06-2025-03-GQKN.js";
import { TT06_2025_04_GQTC } from "./definitions/tt06-2025-04-GQTC.js";
import type { FormDefinition } from "./types.js";

/** Every form definition shipped, of every circular version. */
export const FORMS: readonly FormDefinition[] = [
  TT01_2024_01_TCD,
  TT01_2024_01_XLD,
  TT01_2024_01_KQGQ,
  TT01_2024_03_KQGQ,
  TT06_2025_01_TCD,
  TT06_2025_02_XLD,
  TT06_2025_03_GQKN,
  TT06_2025_04_GQTC,
];

/**
 * The official State forms in use on a date: those whose circular's validity window holds it (a period is judged
 * by its last day), in the order the circular numbers them.
 *
 * @param date - usually the last day of the period's data range
 * @param forms - the definitions to choose from ({@link FORMS} by default)
 * @returns the forms in force on that date; empty before the first circular shipped
 * @example
 * selectForms("2026-03-14").map((f) => f.code) //=> ["01/TCD", "02/XLD", "03/GQKN", "04/GQTC"]
 * selectForms("2025-03-14").map((f) => f.code) //=> ["01/TCD", "01/XLD", "01/KQGQ", "03/KQGQ"]
 */
export function selectForms(date: IsoDate, forms: readonly FormDefinition[] = FORMS): FormDefinition[] {
  return forms.filter(
    (f) => f.circular.validFrom <= date && (f.circular.validTo === undefined || date <= f.circular.validTo),
  );
}
