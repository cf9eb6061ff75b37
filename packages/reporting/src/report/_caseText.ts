// How the reports write a case's kinds and a date, shared by the periodic and the compliance report.
import { type Case, type CaseKind, formatVietnameseDate, type IsoDate, LABELS } from "@tiepdan/core";

/** The kinds in the order reports list them (DESIGN.md glossary). */
export const KIND_ORDER: readonly CaseKind[] = ["reflection", "petition", "complaint", "denunciation"];

/** A case's code as a clerk may type it again: spaces, case and composition ignored ("td- 01" is "TD-01"). */
export const codeKey = (id: string): string => id.normalize("NFC").replace(/\s+/g, "").toLocaleUpperCase("vi");

/** A date as dd/mm/yyyy. */
export const numericDate = (d: IsoDate): string => formatVietnameseDate(d, { style: "numeric" });

/** A case's kinds in Vietnamese, e.g. "Phản ánh, Khiếu nại". */
export const kindsLabel = (c: Case): string =>
  KIND_ORDER.filter((k) => c.kinds.includes(k))
    .map((k) => LABELS.caseKind[k])
    .join(", ");

/** Mã số in Vietnamese order with digit runs as numbers ("MS-9" before "MS-10"), whatever the machine's locale. */
const ID_ORDER = new Intl.Collator("vi", { sensitivity: "variant", numeric: true });

/**
 * The order of cases in every list the documents print (the overdue list, the register appendix, the notices, the
 * compliance findings): by date received, then by Mã số. The same on every machine (the default locale's order of
 * `localeCompare` was not), and a fixed collator instead of `localeCompare` per comparison (100,000 cases are sorted
 * with about 1.7 million comparisons).
 *
 * @example
 * [{ receivedOn: "2026-03-02", id: "MS-10" }, { receivedOn: "2026-03-02", id: "MS-9" }].sort(byReceipt).map((c) => c.id)
 * //=> ["MS-9", "MS-10"]
 */
export function byReceipt(a: Pick<Case, "receivedOn" | "id">, b: Pick<Case, "receivedOn" | "id">): number {
  if (a.receivedOn !== b.receivedOn) return a.receivedOn < b.receivedOn ? -1 : 1;
  // "MS-1" and "MS-01" collate equal: their code units decide, so that the order never depends on the input's.
  return ID_ORDER.compare(a.id, b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
