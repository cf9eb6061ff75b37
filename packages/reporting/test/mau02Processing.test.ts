// Mẫu số 02 (Thông tư 06/2025/TT-TTCP) part II.2 states the numbers of the Biểu 02/XLD attached to it: the text and
// the form agree cell by cell, on the Minh Sơn example, with and without the columns a split needs.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Case, type ReceptionSession, resolvePeriod } from "@tiepdan/core";
import { describe, expect, it } from "vitest";
import { EXAMPLE_DIR } from "../../../examples/generate-minh-son.mjs";
import { readCasesFile, readSessionsFile } from "../src/node/index.js";
import { parseOrgFile } from "../src/report/orgFile.js";
import { preparePeriodicReport } from "../src/report/runs.js";

const files = readdirSync(EXAMPLE_DIR);
const cases: Case[] = [];
for (const f of files.filter((n) => n.startsWith("so-theo-doi-don-"))) {
  const reading = readCasesFile(join(EXAMPLE_DIR, f));
  for await (const c of reading) cases.push(c);
}
const sessions: ReceptionSession[] = [];
for (const f of files.filter((n) => n.startsWith("so-buoi-tiep-"))) {
  const reading = readSessionsFile(join(EXAMPLE_DIR, f));
  for await (const s of reading) sessions.push(s);
}
const parsed = parseOrgFile(readFileSync(join(EXAMPLE_DIR, "don-vi.json"), "utf8"));
if (!parsed.ok) throw new Error("the example's org file does not read");
const { org } = parsed;
const ALL: (keyof Case)[] = [
  "route",
  "notifiedOn",
  "acceptedOn",
  "resultOn",
  "filingCount",
  "field",
  "status",
  "sessionId",
];

/** The example province's State report of 2026 (Mẫu số 02), as if its registers had only these columns. */
function stateReport2026(recordedFields: (keyof Case)[]) {
  const period = resolvePeriod("2026");
  return preparePeriodicReport({
    period,
    asOf: period.to,
    date: period.to,
    profile: "state",
    org,
    draftNotes: [],
    cases,
    sessions,
    rows: { read: cases.length, accepted: cases.length, rejected: 0, files: 1 },
    recordedFields,
  });
}

describe("Mẫu số 02 II.2: the numbers of the Biểu 02/XLD attached", () => {
  it.each([
    ["every column recorded", ALL],
    ["without “Lần” and “Lĩnh vực”", ALL.filter((f) => f !== "filingCount" && f !== "field")],
  ])("%s", (_name, recordedFields) => {
    const run = stateReport2026(recordedFields);
    const p = run.model.processing;
    expect(p).not.toBeNull();
    const form = run.forms.find((f) => f.form.id === "tt06-2025/02-XLD");
    const total = form?.rows.find((r) => r.total)?.values ?? [];
    const cell = (n: number) => total[form?.leaves.findIndex((l) => l.number === n) ?? -1] ?? null;
    const text = {
      1: (p?.carriedOver ?? 0) + (p?.received ?? 0),
      2: p?.processed,
      3: p?.eligible,
      4: p?.competent,
      6: p?.complaint.total,
      7: p?.complaint.first,
      8: p?.complaint.second,
      9: p?.complaint.land,
      10: p?.complaint.policy,
      11: p?.complaint.other,
      12: p?.denunciation.total,
      13: p?.denunciation.first,
      14: p?.denunciation.repeat,
      15: p?.denunciation.administrative,
      16: p?.denunciation.corruption,
      17: p?.denunciation.judicial,
      18: p?.denunciation.other,
      19: p?.petition.total,
      20: p?.petition.policy,
      21: p?.petition.land,
      22: p?.petition.other,
      23: p?.notCompetent,
      24: p?.guided,
      25: p?.transferred,
    };
    for (const [n, value] of Object.entries(text)) expect(value, `cột (${n})`).toBe(cell(Number(n)));
    expect(p?.competent).toBeGreaterThan(0);
  });

  it("a register without “Hướng xử lý”: II.2 and II.3 say the register lacks it, the forms leave the columns blank", () => {
    const run = stateReport2026(ALL.filter((f) => f !== "route"));
    expect([run.model.processing, run.model.settlement]).toEqual([null, null]);
    const text = JSON.stringify(run.doc);
    expect(text).toContain("Sổ theo dõi đơn chưa có cột “Hướng xử lý” nên chưa tổng hợp được số đơn đã xử lý");
    expect(text).toContain("chưa xác định được đơn khiếu nại, tố cáo thuộc thẩm quyền giải quyết");
    expect(text).not.toContain("đã xử lý 0 đơn");
    const form = run.forms.find((f) => f.form.id === "tt06-2025/02-XLD");
    expect(form?.rows.find((r) => r.total)?.values.every((v) => v === null)).toBe(true);
  });
});
