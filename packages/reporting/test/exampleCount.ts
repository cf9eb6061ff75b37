// An independent count of the Minh Sơn example (DESIGN.md "Report semantics"), from the raw CSV rows read by
// csv-parse, with nothing from the library but the period's dates: the yardstick of the report tests.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type OrgUnitInput, resolvePeriod } from "@tiepdan/core";
import { parse } from "csv-parse/sync";
import { EXAMPLE_DIR } from "../../../examples/generate-minh-son.mjs";

type Row = Record<string, string>;
const readCsv = (file: string): Row[] =>
  parse(readFileSync(join(EXAMPLE_DIR, file)), { bom: true, delimiter: ";", columns: true });
const iso = (dmy: string) => (dmy ? `${dmy.slice(6, 10)}-${dmy.slice(3, 5)}-${dmy.slice(0, 2)}` : "");
const files = readdirSync(EXAMPLE_DIR);
const caseRows = files.filter((f) => f.startsWith("so-theo-doi-don-")).flatMap(readCsv);
const sessionRows = files.filter((f) => f.startsWith("so-buoi-tiep-")).flatMap(readCsv);
const org = JSON.parse(readFileSync(join(EXAMPLE_DIR, "don-vi.json"), "utf8")) as {
  reportingUnit: string;
  units: (OrgUnitInput & { id: string })[];
};
export const province = org.units.find((u) => u.id === org.reportingUnit) as OrgUnitInput;
/** The State unit whose chair's sessions the State profile counts. */
const STATE_NAME = "Ủy ban nhân dân tỉnh Minh Sơn";
/** Whose session a row is: the People's Committee's file, or a Party committee's. */
export const isStateSession = (r: Row) => r["Đơn vị"] === STATE_NAME;

const KIND = {
  "Phản ánh": "reflection",
  "Kiến nghị": "petition",
  "Khiếu nại": "complaint",
  "Tố cáo": "denunciation",
} as const;
const ROUTE = { "Giải quyết": "handle", Chuyển: "direct", "Hướng dẫn": "guide", "Lưu đơn": "archive" } as const;

/** The DESIGN.md numbers, counted from the raw rows with nothing from the library but the period's dates. */
export function countByHand(spec: string, cutoff: "calendar" | "mid-month", side: "party" | "state" = "party") {
  // Each profile counts its own side's sessions (DESIGN.md rule 1).
  const ownSessions = sessionRows.filter((s) => isStateSession(s) === (side === "state"));
  // …and its own side's cases: the People's Committee's register, or the Party committees' (review s17s F2).
  const ownCases = caseRows.filter((r) => (r["Đơn vị"] === STATE_NAME) === (side === "state"));
  const head = side === "state" ? STATE_NAME : "Tỉnh ủy Minh Sơn";
  const { from, to, nominalMonths } = resolvePeriod(spec, { cutoff });
  const asOf = to;
  const inPeriod = ownCases.filter(
    (r) => iso(r["Ngày tiếp nhận"] as string) >= from && iso(r["Ngày tiếp nhận"] as string) <= to,
  );
  const byKind = { reflection: 0, petition: 0, complaint: 0, denunciation: 0 };
  const byRoute = { handle: 0, direct: 0, guide: 0, archive: 0 };
  for (const r of inPeriod) {
    for (const k of new Set((r.Loại as string).split(";").map((x) => x.trim())))
      byKind[KIND[k as keyof typeof KIND]] += 1;
    const route = ROUTE[r["Hướng xử lý"] as keyof typeof ROUTE];
    if (route) byRoute[route] += 1;
  }
  const people = (r: Row) => Number(r["Số người"] || 1);
  const sessions = ownSessions.filter(
    (s) => iso(s["Ngày tiếp"] as string) >= from && iso(s["Ngày tiếp"] as string) <= to,
  );
  const provinceDays = (month: string) =>
    new Set(
      ownSessions
        .filter(
          (s) =>
            s["Đơn vị"] === head && s["Loại buổi"] === "Định kỳ" && iso(s["Ngày tiếp"] as string).startsWith(month),
        )
        .map((s) => s["Ngày tiếp"]),
    ).size;
  return {
    sessions: {
      held: sessions.length,
      scheduled: sessions.filter((s) => s["Loại buổi"] === "Định kỳ").length,
      adHoc: sessions.filter((s) => s["Loại buổi"] === "Đột xuất").length,
      people: sessions.reduce((n, s) => n + Number(s["Số lượt người"]), 0),
      // The province's head: 1 day a month (QĐ 11-QĐi/TW khoản 1 Điều 4; Luật Tiếp công dân 2013 Điều 12).
      required: nominalMonths.length,
      monthsShort: nominalMonths.filter((m) => provinceDays(m) < 1),
    },
    cases: {
      total: inPeriod.length,
      byKind,
      group: inPeriod.filter((r) => people(r) >= 5).length,
      people: inPeriod.reduce((n, r) => n + people(r), 0),
      byRoute,
      resolved: inPeriod.filter((r) => r["Ngày có kết quả"] && iso(r["Ngày có kết quả"] as string) <= asOf).length,
      carriedOver: ownCases.filter((r) => {
        const received = iso(r["Ngày tiếp nhận"] as string);
        const result = iso(r["Ngày có kết quả"] ?? "");
        return received < from && (!result || result >= from);
      }).length,
    },
  };
}
