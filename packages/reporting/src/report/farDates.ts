// Dates typed a year or more ahead of today (a year typed wrong): a note for the report and for validate.

import { addCalendarDays, type Case, type IsoDate } from "@tiepdan/core";
import { mayBeDenunciation } from "../intake/_lib/validateTable.js";
import { toDmy } from "../intake/_lib/values.js";

/** The dates of a case a clerk types, with their columns' names. */
const CASE_DATES = [
  ["receivedOn", "Ngày tiếp nhận"],
  ["notifiedOn", "Ngày thông báo"],
  ["acceptedOn", "Ngày thụ lý"],
  ["resultOn", "Ngày có kết quả"],
] as const;

/**
 * A note on the dates of the registers more than a year after today (review s14b F8, s14c): a year typed
 * wrong (25/02/2062 for 25/02/2026) puts a case out of its period, or makes it unresolved or not yet due; a register
 * records what has happened. (The as-of date is no bound: an old period may be counted again with a register that
 * has gone on since.)
 *
 * @param cases - the cases of the run
 * @param today - today's date where the run is made
 * @returns one Vietnamese note naming up to five cases and their dates, or none
 * @example
 * farDateNotes([{ ...c, id: "A-04", notifiedOn: "2062-02-25" }], "2026-12-07")
 * //=> ["Sổ theo dõi đơn có ngày sau hôm nay (07/12/2026) hơn một năm: A-04 (Ngày thông báo 25/02/2062). …"]
 */
export function farDateNotes(cases: readonly Case[], today: IsoDate): string[] {
  // A year ahead: a register's own dates may run a little past today (a fictional year, a clock behind), a typed
  // year far more.
  const bound = addCalendarDays(today, 366);
  const d = toDmy;
  const found: string[] = [];
  let others = 0;
  // A denunciation's code and dates are cells of its row, which no message repeats (DESIGN.md "Problems"; review s21
  // K8): they are counted, with the columns, and the clerk looks among the denunciations.
  let denunciations = 0;
  const hidden = new Set<string>();
  for (const c of cases) {
    const far = CASE_DATES.filter(([field]) => (c[field] ?? "") > bound);
    if (far.length === 0) continue;
    if (mayBeDenunciation(c)) {
      denunciations += 1;
      for (const [, label] of far) hidden.add(label);
    } else if (found.length < 5)
      found.push(`${c.id} (${far.map(([f, label]) => `${label} ${d(c[f] as IsoDate)}`).join(", ")})`);
    else others += 1;
  }
  if (found.length + denunciations === 0) return [];
  const named = `${found.join("; ")}${others > 0 ? ` và ${others} vụ việc khác` : ""}`;
  const secret =
    denunciations > 0
      ? `${denunciations} vụ việc tố cáo có ngày như vậy ở cột ${[...hidden].map((l) => `“${l}”`).join(", ")} (mã số và ngày không in lại để giữ bí mật)`
      : "";
  return [
    `Sổ theo dõi đơn có ngày sau hôm nay (${d(today)}) hơn một năm: ${[named, secret].filter((t) => t !== "").join("; ")}. Sổ ghi việc đã xảy ra nên đây thường là năm gõ nhầm; vụ việc như vậy bị tính sai (ngoài kỳ, chưa có kết quả hoặc chưa đến hạn). Kiểm tra lại sổ.`,
  ];
}

/**
 * Whether a case has a date after today (what {@link farDateNotes} may name): `validate` keeps only those cases.
 *
 * @param c - a case
 * @param today - today's date
 * @returns whether one of its dates is after today
 * @example
 * hasDateAfter({ ...c, resultOn: "2062-02-25" }, "2026-12-07") //=> true
 */
export function hasDateAfter(c: Case, today: IsoDate): boolean {
  return CASE_DATES.some(([field]) => (c[field] ?? "") > today);
}
