import { type Case, formatVietnameseDate, type IsoDate, type Period, type ReceptionSession } from "@tiepdan/core";
import type { OrgFile } from "../report/orgFile.js";
import { collectProfileStatistics, reportingUnitFor, unitsFor } from "../report/profileSide.js";
import { mergeReportStatistics, type ReportStatistics } from "../report/reportStatistics.js";
import type { StatsFile } from "./statsFile.js";

/** Input of {@link rollupStatistics}. */
export interface RollupStatisticsInput {
  /** The units' statistics files, read with `parseStatsFile`, each with the name the clerk knows it by. */
  files: readonly { name: string; file: StatsFile }[];
  /** The period of the roll-up. */
  period: Period;
  /** Its as-of date. */
  asOf: IsoDate;
  /** Its format profile. */
  profile: "party" | "state";
  /** The org file of the level that rolls up. */
  org: OrgFile;
  /** Its own registers, if any (accepted rows). */
  own?: {
    cases: readonly Case[];
    sessions: readonly ReceptionSession[];
    rows: { read: number; accepted: number; rejected: number; files: number };
    recordedFields: readonly (keyof Case)[];
  };
}

/** What a roll-up adds up, or why it cannot. */
export type RollupStatisticsResult =
  | {
      ok: true;
      /** The statistics of the level above, rows in its org file's order. */
      statistics: ReportStatistics;
      /** Rows read in every register behind the files (and its own). */
      rows: { read: number; accepted: number; rejected: number; files: number };
      /** Case register columns every register had. */
      recordedFields: string[];
    }
  | {
      ok: false;
      /** One Vietnamese sentence per reason, each ending with its stable code in brackets. */
      refusals: string[];
    };

const numeric = (d: string) => formatVietnameseDate(d, { style: "numeric" });
const PROFILE_NAMES = { party: "văn bản của Đảng (party)", state: "văn bản hành chính (state)" } as const;

/**
 * Adds up units' statistics files (and the level's own registers) for the report of the level above, after
 * checking that they can be added up: same period, data range and cutoff (`ROLLUP_PERIOD`), same as-of date
 * (`ROLLUP_AS_OF`), same profile (`ROLLUP_PROFILE`), something to add up (`ROLLUP_EMPTY`), each unit once
 * (`ROLLUP_DUPLICATE_UNIT`, also when the level sends a file and gives its own registers). Shared by `tiepdan rollup`
 * and the web page.
 *
 * @param input - the files, the period, as-of date, profile and org file of the roll-up, its own registers
 * @returns the statistics, rows and register columns; or the refusals, in Vietnamese
 * @example
 * const r = rollupStatistics({ files, period, asOf: period.to, profile: "state", org });
 * if (!r.ok) for (const line of r.refusals) console.error(line);
 */
export function rollupStatistics(input: RollupStatisticsInput): RollupStatisticsResult {
  const { files, period, asOf, profile, org, own } = input;
  const refusals: string[] = [];
  const seen = new Map<string, string>();
  const unitNames = new Map<string, string>();
  for (const { name, file } of files) {
    const p = file.period;
    if (p.from !== period.from || p.to !== period.to || p.spec !== period.spec || p.cutoff !== period.cutoff) {
      refusals.push(
        `Tệp số liệu “${name}” (${file.unit.name}) là số liệu của ${p.label}, từ ${numeric(p.from)} đến ${numeric(p.to)}; báo cáo tổng hợp là của ${period.label}, từ ${numeric(period.from)} đến ${numeric(period.to)}${p.cutoff !== period.cutoff ? " (khác cách tính khoảng số liệu: --cutoff)" : ""}. [ROLLUP_PERIOD]`,
      );
    } else if (p.asOf !== asOf) {
      refusals.push(
        `Tệp số liệu “${name}” (${file.unit.name}) tính số liệu đến ngày ${numeric(p.asOf)}, báo cáo tổng hợp tính đến ngày ${numeric(asOf)} (--as-of). [ROLLUP_AS_OF]`,
      );
    }
    if (file.profile !== profile) {
      refusals.push(
        `Tệp số liệu “${name}” (${file.unit.name}) được lập theo thể thức ${PROFILE_NAMES[file.profile]}, báo cáo tổng hợp theo thể thức ${PROFILE_NAMES[profile]} (--profile). [ROLLUP_PROFILE]`,
      );
    }
    const before = seen.get(file.unit.id);
    const beforeName = unitNames.get(file.unit.id);
    if (before !== undefined && beforeName !== undefined && beforeName !== file.unit.name) {
      // Two units with one id: files made without --org all name their unit "cap-uy".
      refusals.push(
        `Tệp số liệu “${before}” (${beforeName}) và “${name}” (${file.unit.name}) mang cùng mã đơn vị “${file.unit.id}”: mỗi đơn vị cần mã riêng, hãy lập lại tệp số liệu với --org (tệp thông tin đơn vị ghi mã của từng đơn vị). [ROLLUP_DUPLICATE_UNIT]`,
      );
    } else if (before !== undefined) {
      refusals.push(
        `Đơn vị “${file.unit.name}” có hai tệp số liệu: “${before}” và “${name}”; mỗi đơn vị chỉ gửi một tệp. [ROLLUP_DUPLICATE_UNIT]`,
      );
    } else {
      seen.set(file.unit.id, name);
      unitNames.set(file.unit.id, file.unit.name);
    }
  }
  const ownUnit = org.reportingUnit;
  if (own && seen.has(ownUnit)) {
    refusals.push(
      `Đơn vị báo cáo “${org.units.find((u) => u.id === ownUnit)?.name ?? ownUnit}” vừa có sổ (--cases, --sessions) vừa có tệp số liệu “${seen.get(ownUnit)}”: số liệu sẽ bị tính hai lần. [ROLLUP_DUPLICATE_UNIT]`,
    );
  }
  if (files.length === 0 && !own) refusals.push("Không có tệp số liệu nào để tổng hợp. [ROLLUP_EMPTY]");
  if (refusals.length > 0) return { ok: false, refusals };

  const parts: ReportStatistics[] = files.map((f) => f.file.statistics);
  if (own) {
    // Counted as the profile counts them: its own side's sessions, its own side's heads judged.
    parts.push(
      collectProfileStatistics({
        period,
        asOf,
        cases: own.cases,
        sessions: own.sessions,
        units: unitsFor(org, profile),
        head: reportingUnitFor(org, profile),
        profile,
        recordedFields: own.recordedFields,
      }).statistics,
    );
  }
  const lists = [...files.map((f) => f.file.recordedFields), ...(own ? [own.recordedFields as readonly string[]] : [])];
  const zero = { read: 0, accepted: 0, rejected: 0, files: 0 };
  const rows = [...files.map((f) => f.file.rows), ...(own ? [own.rows] : [])].reduce(
    (a, r) => ({
      read: a.read + r.read,
      accepted: a.accepted + r.accepted,
      rejected: a.rejected + r.rejected,
      files: a.files + r.files,
    }),
    zero,
  );
  return {
    ok: true,
    statistics: mergeReportStatistics(parts, org.units),
    rows,
    recordedFields: (lists[0] ?? []).filter((f) => lists.every((l) => l.includes(f))),
  };
}
