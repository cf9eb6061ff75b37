// How the reports write a case's kinds and a date, shared by the periodic and the compliance report.
import { type Case, type CaseKind, formatVietnameseDate, type IsoDate, LABELS } from "@tiepdan/core";

/** The kinds in the order reports list them (DESIGN.md glossary). */
export const KIND_ORDER: readonly CaseKind[] = ["reflection", "petition", "complaint", "denunciation"];

/** A date as dd/mm/yyyy. */
export const numericDate = (d: IsoDate): string => formatVietnameseDate(d, { style: "numeric" });

/** A case's kinds in Vietnamese, e.g. "Phản ánh, Khiếu nại". */
export const kindsLabel = (c: Case): string =>
  KIND_ORDER.filter((k) => c.kinds.includes(k))
    .map((k) => LABELS.caseKind[k])
    .join(", ");
