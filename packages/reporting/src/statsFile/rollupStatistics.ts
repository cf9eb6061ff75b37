import {
  type Case,
  findOrgUnit,
  formatVietnameseDate,
  type IsoDate,
  type Period,
  type ReceptionSession,
} from "@tiepdan/core";
import type { ProfileName } from "../document/buildDocument.js";
import { knownOnAsOf, laterRowsNote } from "../report/_knownOnAsOf.js";
import { matchUnit } from "../report/matchUnits.js";
import type { OrgFile } from "../report/orgFile.js";
import {
  collectProfileStatistics,
  reportingUnitFor,
  sideOfProfile,
  undeterminedSideOf,
  unitsFor,
} from "../report/profileSide.js";
import { mergeReportStatistics, type ReportStatistics, type UnitStatistics } from "../report/reportStatistics.js";
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
      /**
       * The units of the profile's side with no data at all: no statistics file names them with a case or a session,
       * and the level's own registers have no row of theirs (a commune's file not received). Their heads are not
       * judged; the caller says so, or refuses (the CLI unless `--allow-partial`).
       */
      missing: { id: string; name: string }[];
      /** Rows read in every register behind the files (and its own). */
      rows: { read: number; accepted: number; rejected: number; files: number };
      /** Case register columns every register had. */
      recordedFields: string[];
      /** Notes for the clerk (a file of a unit of the other side: only its data of the roll-up's side count). */
      notes: string[];
    }
  | {
      ok: false;
      /** One Vietnamese sentence per reason, each ending with its stable code in brackets. */
      refusals: string[];
    };

const numeric = (d: string) => formatVietnameseDate(d, { style: "numeric" });
const PROFILE_NAMES = { party: "văn bản của Đảng", state: "văn bản hành chính" } as const;

/**
 * Adds up units' statistics files (and the level's own registers) for the report of the level above, after
 * checking that they can be added up: same period, data range and cutoff (`ROLLUP_PERIOD`), same as-of date
 * (`ROLLUP_AS_OF`), same profile (`ROLLUP_PROFILE`), something to add up (`ROLLUP_EMPTY`), each unit once
 * (`ROLLUP_DUPLICATE_UNIT`, also when the level sends a file and gives its own registers), each a unit of the org file
 * (`ROLLUP_UNKNOWN_UNIT`); a file of a unit of the other side is noted (`ROLLUP_SIDE`). Shared by `tiepdan rollup` and
 * the web page.
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
  const notes: string[] = [];
  const seen = new Map<string, string>();
  const unitNames = new Map<string, string>();
  for (const { name, file } of files) {
    const p = file.period;
    if (p.from !== period.from || p.to !== period.to || p.spec !== period.spec || p.cutoff !== period.cutoff) {
      refusals.push(
        `Tệp số liệu “${name}” (${file.unit.name}) là số liệu của ${p.label}, từ ${numeric(p.from)} đến ${numeric(p.to)}; báo cáo tổng hợp là của ${period.label}, từ ${numeric(period.from)} đến ${numeric(period.to)}${p.cutoff !== period.cutoff ? " (khác cách tính khoảng số liệu: theo tháng dương lịch hoặc từ ngày 15 tháng trước)" : ""}. [ROLLUP_PERIOD]`,
      );
    } else if (p.asOf !== asOf) {
      refusals.push(
        `Tệp số liệu “${name}” (${file.unit.name}) tính số liệu đến ngày ${numeric(p.asOf)}, báo cáo tổng hợp tính số liệu đến ngày ${numeric(asOf)}. [ROLLUP_AS_OF]`,
      );
    }
    if (file.profile !== profile) {
      refusals.push(
        `Tệp số liệu “${name}” (${file.unit.name}) được lập theo thể thức ${PROFILE_NAMES[file.profile]}, báo cáo tổng hợp theo thể thức ${PROFILE_NAMES[profile]}. [ROLLUP_PROFILE]`,
      );
    }
    const before = seen.get(file.unit.id);
    const beforeName = unitNames.get(file.unit.id);
    if (before !== undefined && beforeName !== undefined && beforeName !== file.unit.name) {
      // Two units with one id: files made without --org all name their unit "cap-uy".
      refusals.push(
        `Tệp số liệu “${before}” (${beforeName}) và “${name}” (${file.unit.name}) mang cùng mã đơn vị “${file.unit.id}”: mỗi đơn vị cần mã riêng, hãy lập lại tệp số liệu với tệp thông tin đơn vị ghi mã của từng đơn vị (don-vi.json: chọn cùng các sổ trên trang web, hoặc “--org don-vi.json” của lệnh tiepdan). [ROLLUP_DUPLICATE_UNIT]`,
      );
    } else if (before !== undefined) {
      refusals.push(
        before === name
          ? `Tệp số liệu “${name}” (${file.unit.name}) được đưa vào hai lần; mỗi tệp chỉ đưa một lần. [ROLLUP_DUPLICATE_UNIT]`
          : `Đơn vị “${file.unit.name}” có hai tệp số liệu: “${before}” và “${name}”; mỗi đơn vị chỉ gửi một tệp. [ROLLUP_DUPLICATE_UNIT]`,
      );
    } else {
      seen.set(file.unit.id, name);
      unitNames.set(file.unit.id, file.unit.name);
    }
  }
  // A roll-up's file holds the units it added up: beside one of their own files it counts them twice (review s19x
  // F3: a roll-up run again with its earlier --stats-out among the files). A unit is the same by its id and its name:
  // two districts may each have a "xa-an-binh" (review s19c C7), which two roll-ups then rightly both hold.
  const key = (u: { id: string; name: string }) => `${u.id}\u0000${u.name.normalize("NFC").trim()}`;
  for (const { name, file } of files) {
    const alsoSent: string[] = [];
    for (const unit of file.includes ?? []) {
      const sender = files.find((f) => f.name !== name && key(f.file.unit) === key(unit));
      if (sender) alsoSent.push(`“${unit.name}” (tệp “${sender.name}”)`);
    }
    if (alsoSent.length > 0) {
      refusals.push(
        `Tệp số liệu “${name}” (${file.unit.name}) là tệp tổng hợp, đã gồm số liệu của ${alsoSent.length === 1 ? "một đơn vị cũng có tệp riêng" : `${alsoSent.length} đơn vị cũng có tệp riêng`}: ${alsoSent.join(", ")}; số liệu sẽ bị tính hai lần. Bỏ tệp tổng hợp (thường là tệp số liệu của lần tổng hợp trước) hoặc các tệp của đơn vị. [ROLLUP_DUPLICATE_UNIT]`,
      );
    }
  }
  // Each file is of a unit of the org file, of the roll-up's side (review s18h F10, F12: another province's commune, or
  // a People's Committee's file in a Party roll-up, was added up without a word).
  const rollupSide = sideOfProfile(profile);
  for (const { name, file } of files) {
    // By id, or by name (a commune's own org file may give it another id).
    const unit = org.units.find((u) => u.id === file.unit.id) ?? matchUnit(file.unit.name, org.units);
    if (!unit) {
      refusals.push(
        `Tệp số liệu “${name}” là của “${file.unit.name}” (mã “${file.unit.id}”), đơn vị không có trong tệp thông tin đơn vị của cấp tổng hợp: nếu đúng là đơn vị trực thuộc, thêm đơn vị này vào “units” của tệp thông tin đơn vị (cùng mã); nếu không, bỏ tệp này. [ROLLUP_UNKNOWN_UNIT]`,
      );
    } else if (unit.side !== rollupSide) {
      // Its file holds what its registers counted of the roll-up's side (a commune's one register of both bodies): kept,
      // and said (review s18h F12).
      const counts = file.statistics.units.some((u) => !isEmptyRow(u));
      notes.push(
        `Tệp số liệu “${name}” do “${unit.name}” (${unit.side === "state" ? "cơ quan hành chính nhà nước" : "cấp ủy, tổ chức đảng"}) lập theo thể thức ${rollupSide === "state" ? "hành chính" : "của Đảng"}: ${counts ? `chỉ gồm số liệu ${rollupSide === "state" ? "của các cơ quan hành chính nhà nước" : "của các cấp ủy, tổ chức đảng"} trong sổ của đơn vị đó` : "tệp không có số liệu nào được tổng hợp"}. [ROLLUP_SIDE]`,
      );
    }
  }
  const ownUnit = org.reportingUnit;
  if (own && seen.has(ownUnit)) {
    refusals.push(
      `Đơn vị báo cáo “${org.units.find((u) => u.id === ownUnit)?.name ?? ownUnit}” vừa có sổ của mình vừa có tệp số liệu “${seen.get(ownUnit)}”: số liệu sẽ bị tính hai lần. [ROLLUP_DUPLICATE_UNIT]`,
    );
  }
  // The level's own registers must not hold the rows of a unit that sent its file (review s16 F1: a commune's
  // register given with its file counted it twice).
  if (own) {
    const counted = new Map<string, { cases: number; sessions: number }>();
    const count = (ref: string | undefined, what: "cases" | "sessions") => {
      const unit = matchUnit(ref, org.units);
      if (unit === undefined || !seen.has(unit.id) || unit.id === ownUnit) return;
      const c = counted.get(unit.id) ?? { cases: 0, sessions: 0 };
      c[what] += 1;
      counted.set(unit.id, c);
    };
    for (const c of own.cases) count(c.unit, "cases");
    for (const x of own.sessions) count(x.unit, "sessions");
    for (const [id, c] of counted) {
      const parts = [c.cases > 0 ? `${c.cases} vụ việc` : "", c.sessions > 0 ? `${c.sessions} buổi tiếp dân` : ""];
      refusals.push(
        `Sổ của cấp tổng hợp có ${parts.filter(Boolean).join(" và ")} của “${unitNames.get(id) ?? id}”, đơn vị đã gửi tệp số liệu “${seen.get(id)}”: số liệu sẽ bị tính hai lần. Chỉ đưa sổ của chính cấp tổng hợp, hoặc bỏ tệp số liệu của đơn vị đó. [ROLLUP_DUPLICATE_UNIT]`,
      );
    }
  }
  if (files.length === 0 && !own) refusals.push("Không có tệp số liệu nào để tổng hợp. [ROLLUP_EMPTY]");
  if (refusals.length > 0) return { ok: false, refusals };

  // A file lists every unit of its sender's org file, most with nothing counted: such a row is no data of that unit
  // (review s16 F2: a commune's file judged the province's head and the other communes' at 0 days).
  const parts: ReportStatistics[] = files.map((f) => ({
    ...f.file.statistics,
    units: f.file.statistics.units.filter((u) => u.id === f.file.unit.id || !isEmptyRow(u)),
  }));
  const undetermined = undeterminedSideOf(org);
  if (own) {
    // What its registers date after the as-of date is not known on it, as in a report from the registers (review
    // s20 R2: a province's own cases up to the period's end were added to its communes' files made on the as-of date).
    const cases = knownOnAsOf(own.cases, (c) => c.receivedOn, asOf, period.to);
    const sessions = knownOnAsOf(own.sessions, (x) => x.date, asOf, period.to);
    const later = laterRowsNote(
      { cases: own.cases.length - cases.length, sessions: own.sessions.length - sessions.length },
      asOf,
    );
    if (later) notes.push(later);
    // Counted as the profile counts them: its own side's sessions, its own side's heads judged.
    parts.push(
      collectProfileStatistics({
        period,
        asOf,
        cases,
        sessions,
        units: unitsFor(org, profile),
        head: reportingUnitFor(org, profile),
        profile,
        ...(undetermined ? { undeterminedSide: undetermined } : {}),
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
  // A part with no row left (a file of the other side's unit: nothing of this profile counted) adds nothing; one
  // whole file stays when none has a row, for the period and as-of date the merge takes from its rows.
  const counted = parts.filter((p) => p.units.length > 0);
  const first = files[0]?.file.statistics;
  const statistics = mergeReportStatistics(counted.length > 0 || !first ? counted : [first], org.units);
  const side = sideOfProfile(profile);
  const head = reportingUnitFor(org, profile).id;
  // The units some data came for, by the org file's ids: the merge finds a file's unit by id or by name (a commune
  // whose own org file gave it another id), so must this (review s16r #2); each sender sent data, even all zero;
  // the reporting unit gave its own registers, even without a row in the period (review s16r #6).
  const orgIdOf = (id: string | null, name: string) =>
    (findOrgUnit(id ?? undefined, org.units) ?? findOrgUnit(name, org.units))?.id;
  const withData = new Set<string>();
  for (const p of parts) for (const u of p.units) if (!isEmptyRow(u)) withData.add(orgIdOf(u.id, u.name) ?? "");
  // Units with something counted, apart from the senders (a Party committee's file in a State roll-up counts nothing).
  const withRows = new Set(withData);
  for (const f of files) withData.add(orgIdOf(f.file.unit.id, f.file.unit.name) ?? "");
  if (own) withData.add(head);
  const inOrg = new Set(org.units.map((u) => u.id));
  const missing = unitsFor(org, profile)
    // A reporting unit the org file does not list (a State roll-up of a Party org file) is made up: nobody sends its file.
    .filter((u) => inOrg.has(u.id) && (u.side ?? side) === side && !withData.has(u.id))
    .map((u) => ({ id: u.id, name: u.name }));
  // A unit of the other side that no part counts anything for is no row of this profile's tables, as in a report
  // from the registers (review s16 F14: "Ủy ban nhân dân tỉnh" with zeros in a Party roll-up).
  const sideOf = new Map(org.units.map((u) => [u.id, u.side]));
  statistics.units = statistics.units.filter(
    (u) => u.id === null || u.id === head || (sideOf.get(u.id) ?? side) === side || withRows.has(u.id),
  );
  // Their rows are printed blank and said to be unreported, not as zeros (a roll-up made with --allow-partial).
  const missingIds = new Set(missing.map((u) => u.id));
  for (const u of statistics.units) if (u.id !== null && missingIds.has(u.id)) u.unreported = true;
  return {
    ok: true,
    statistics,
    missing,
    rows,
    notes,
    recordedFields: (lists[0] ?? []).filter((f) => lists.every((l) => l.includes(f))),
  };
}

/**
 * What a roll-up says of the units that sent nothing ({@link RollupStatisticsResult} `missing`), in Vietnamese.
 *
 * @param missing - the units
 * @param profile - whose reception the sentence speaks of (the State's "tiếp công dân" of the chairs)
 * @returns the sentence, or undefined when none is missing
 * @example
 * missingUnitsNote([{ name: "Đảng ủy xã A" }]) //=> "Chưa có số liệu của 1 đơn vị: Đảng ủy xã A (…)."
 */
export function missingUnitsNote(
  missing: readonly { name: string }[],
  profile: ProfileName = "party",
): string | undefined {
  if (missing.length === 0) return undefined;
  const whose = profile === "state" ? "tiếp công dân của Chủ tịch" : "tiếp dân của người đứng đầu";
  return `Chưa có số liệu của ${missing.length} đơn vị: ${missing.map((u) => u.name).join(", ")} (không có tệp số liệu của đơn vị, sổ của cấp tổng hợp cũng không có dòng nào của đơn vị). Số liệu tổng hợp chưa gồm các đơn vị này và văn bản không đánh giá số ngày ${whose} các đơn vị này.`;
}

/** A row of a unit with nothing counted: no case, no session, no day of reception. */
function isEmptyRow(row: UnitStatistics): boolean {
  const { cases, sessions } = row.stats;
  return (
    cases.total === 0 &&
    cases.carriedOver === 0 &&
    cases.afterPeriod === 0 &&
    sessions.held === 0 &&
    Object.keys(sessions.scheduledDaysByMonth).length === 0
  );
}
