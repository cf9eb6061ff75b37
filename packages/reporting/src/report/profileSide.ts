// Whose reception a document judges: the Party profile the Party secretaries' (QĐ 11-QĐi/TW), the State profile the
// People's Committee chairs' (Luật Tiếp công dân). DESIGN.md rule 1: "each profile judges its own side".
import { type Case, findOrgUnit, type OrgUnit, type ReceptionSession, type Side } from "@tiepdan/core";
import type { ProfileName } from "../document/buildDocument.js";
import { isPeoplesCommittee } from "./_scheduleBodies.js";
import { matchUnit, sideOfName } from "./matchUnits.js";
import { type OrgFile, reportingUnitOf, settingsFor } from "./orgFile.js";
import {
  type CollectReportStatisticsInput,
  collectReportStatistics,
  type ReportStatistics,
} from "./reportStatistics.js";

/**
 * The side a profile speaks for and judges.
 *
 * @param profile - `party` (HD 36) or `state` (NĐ 30)
 * @returns `party` or `state`
 * @example
 * sideOfProfile("state") //=> "state"
 */
export function sideOfProfile(profile: ProfileName): Side {
  return profile === "state" ? "state" : "party";
}

/**
 * The unit a profile reports for: the org file's reporting unit when it is of the profile's side; else a unit of
 * that side at the same level (the People's Committee beside the Party committee, when the org file lists it); else
 * a unit named after the profile's issuing body (`documents.state.issuingBody`, e.g. "Ủy ban nhân dân tỉnh Minh
 * Sơn"), at the reporting unit's level, whose head is its chair.
 *
 * @param org - a validated org file
 * @param profile - the profile
 * @returns the unit whose head the profile's documents judge
 * @example
 * reportingUnitFor(org, "state").name //=> "Ủy ban nhân dân tỉnh Minh Sơn"
 */
export function reportingUnitFor(org: OrgFile, profile: ProfileName): OrgUnit {
  const head = reportingUnitOf(org);
  const side = sideOfProfile(profile);
  if (head.side === side) return head;
  // On the State side a People's Committee, not an inspectorate or a reception board listed as a unit (review s20b S1).
  const sameLevel = org.units.filter(
    (u) => u.side === side && u.level === head.level && (side !== "state" || isPeoplesCommittee(u)),
  );
  const sibling =
    sameLevel.find((u) => u.parentId === head.id || u.parentId === head.parentId) ?? sameLevel[0] ?? undefined;
  if (sibling) return sibling;
  // The profile's own letterhead names it; the other side's does not (review s18b F1: "Chủ tịch Tỉnh ủy Minh Sơn").
  const name =
    settingsFor(org, profile, undefined)?.issuingBody ?? (side === "state" ? "[Ủy ban nhân dân]" : head.name);
  return {
    id: `${head.id}-${side}`,
    name,
    level: head.level,
    side,
    headTitle: side === "state" ? `Chủ tịch ${name}` : `Bí thư ${name}`,
    aliases: [],
  };
}

/**
 * The units of the org file with the profile's own reporting unit added when the org file lacks it
 * ({@link reportingUnitFor}).
 *
 * @param org - a validated org file
 * @param profile - the profile
 * @returns the units, the profile's reporting unit among them
 * @example
 * unitsFor(org, "state").some((u) => u.side === "state") //=> true
 */
export function unitsFor(org: OrgFile, profile: ProfileName): OrgUnit[] {
  const head = reportingUnitFor(org, profile);
  return org.units.some((u) => u.id === head.id) ? [...org.units] : [head, ...org.units];
}

/**
 * Whose session a row of the sessions register records: the side of the unit its `Đơn vị` names, else the side its
 * words speak for ("UBND xã …", "Chủ tịch …" → State; "Đảng ủy …", "Bí thư …" → Party), in `Đơn vị` then
 * `Người chủ trì`; a row that tells nothing belongs to the reporting unit.
 *
 * @param session - a row of the sessions register
 * @param units - the units of the org file
 * @param head - the reporting unit
 * @returns the side whose head held the session
 * @example
 * sessionSide({ id: "B1", date: "2026-01-15", kind: "scheduled", host: "Chủ tịch UBND xã" }, units, head) //=> "state"
 */
export function sessionSide(session: ReceptionSession, units: readonly OrgUnit[], head: OrgUnit): Side {
  const unit = matchUnit(session.unit, units);
  if (unit) return unit.side;
  return sideOfName(session.unit) ?? sideOfName(session.host) ?? head.side;
}

/**
 * Which body received a case, by its `Đơn vị`: the side of the org file's unit it names, else the side its words speak
 * for ("UBND xã …" → State, "Đảng ủy …" → Party); `undefined` when it tells nothing (no unit written).
 *
 * @param c - a case
 * @param units - the units of the org file
 * @returns the side, or undefined
 * @example
 * caseSide({ ...c, unit: "Đảng ủy xã An Bình" }, units) //=> "party"
 */
export function caseSide(c: Pick<Case, "unit">, units: readonly OrgUnit[]): Side | undefined {
  return matchUnit(c.unit, units)?.side ?? sideOfName(c.unit);
}

/**
 * The cases a profile reports: those received by a body of its own side (review s17s F2: a People's Committee's
 * report counted the Party committees' cases as its units'). A case whose `Đơn vị` tells no side (empty, or naming no
 * unit of the org file in words of neither side) is the `undetermined` side's — the org file's reporting unit's, for
 * the runs — so that it is counted, and given a notice, by one body only (review s18h F1: both the Tỉnh ủy and the
 * UBND tỉnh wrote to its sender, each claiming competence); without `undetermined` it is kept by every profile (for
 * cases already sorted). The others are counted by the units' names, for the note that says they were left out.
 *
 * @param cases - the registers' cases
 * @param units - the units of the org file
 * @param profile - the profile
 * @param undetermined - the side of a case whose `Đơn vị` tells none
 * @returns the cases kept, the number left out per receiving unit's name, and the cases left out
 * @example
 * casesOfProfile(cases, units, "state", "party").other //=> Map { "Tỉnh ủy Minh Sơn" => 1040, … }
 */
export function casesOfProfile(
  cases: readonly Case[],
  units: readonly OrgUnit[],
  profile: ProfileName,
  undetermined?: Side,
): { own: Case[]; other: Map<string, number>; left: Case[] } {
  const side = sideOfProfile(profile);
  const own: Case[] = [];
  const left: Case[] = [];
  const other = new Map<string, number>();
  // One answer per distinct `Đơn vị`: a register names a handful of units over thousands of rows.
  const sides = new Map<string | undefined, Side | undefined>();
  for (const c of cases) {
    let s = sides.get(c.unit);
    if (!sides.has(c.unit)) {
      s = caseSide(c, units) ?? undetermined;
      sides.set(c.unit, s);
    }
    if (s === undefined || s === side) {
      own.push(c);
    } else {
      const name = matchUnit(c.unit, units)?.name ?? (c.unit?.trim() || UNIT_NOT_WRITTEN);
      other.set(name, (other.get(name) ?? 0) + 1);
      left.push(c);
    }
  }
  return { own, other, left };
}

/**
 * The side of a case or session whose `Đơn vị` tells none: the org file's reporting unit's when the org file lists
 * units of both sides (one body counts it and writes to its sender, review s18h F1); `undefined` with one side's units
 * only, where the profile asked for is the clerk's answer.
 *
 * @param org - a validated org file
 * @returns the side, or undefined
 * @example
 * undeterminedSideOf(org) //=> "party" (Minh Sơn: the Tỉnh ủy reports, the UBND tỉnh is listed too)
 */
export function undeterminedSideOf(org: OrgFile): Side | undefined {
  return new Set(org.units.map((u) => u.side)).size > 1 ? reportingUnitOf(org).side : undefined;
}

/** How the note on the other side's cases names those whose `Đơn vị` is empty. */
const UNIT_NOT_WRITTEN = "không ghi đơn vị";

/**
 * What a profile's run says of the cases of the other side it left out, in Vietnamese; undefined when none.
 *
 * @param other - the cases left out per receiving unit ({@link casesOfProfile})
 * @param profile - the profile
 * @param scope - the period's label ("quý I năm 2026") when `other` counts the period's cases only, and how many the
 *   whole register has
 * @returns the note for stderr, the summary JSON and the web page
 * @example
 * otherSideCasesNote(new Map([["Tỉnh ủy Minh Sơn", 12]]), "state") //=> "Sổ theo dõi đơn có 12 vụ việc do …"
 */
export function otherSideCasesNote(
  other: ReadonlyMap<string, number>,
  profile: ProfileName,
  scope?: { label: string; register: number },
): string | undefined {
  if (other.size === 0) return undefined;
  const total = [...other.values()].reduce((a, b) => a + b, 0);
  const list = [...other].map(([name, n]) => `${name}: ${n.toLocaleString("vi-VN")}`).join("; ");
  const where = scope ? `Trong kỳ (${scope.label}), sổ theo dõi đơn có` : "Sổ theo dõi đơn có";
  const inRegister =
    scope && scope.register > total ? `; cả sổ có ${scope.register.toLocaleString("vi-VN")} vụ việc như vậy` : "";
  const notWritten = other.has(UNIT_NOT_WRITTEN)
    ? ` Vụ việc không ghi đơn vị hoặc ghi đơn vị không có trong tệp thông tin đơn vị được tính cho đơn vị báo cáo (“reportingUnit” của don-vi.json), theo thể thức của ${profile === "state" ? "Đảng" : "hành chính"}.`
    : "";
  return profile === "state"
    ? `${where} ${total.toLocaleString("vi-VN")} vụ việc do cấp ủy, tổ chức đảng tiếp nhận (${list}${inRegister}): văn bản theo thể thức hành chính chỉ tính các vụ việc do cơ quan hành chính nhà nước tiếp nhận, không tính các vụ việc này. Lập văn bản theo thể thức của Đảng cho các vụ việc đó.${notWritten}`
    : `${where} ${total.toLocaleString("vi-VN")} vụ việc do cơ quan hành chính nhà nước tiếp nhận (${list}${inRegister}): văn bản theo thể thức của Đảng chỉ tính các vụ việc do cấp ủy, tổ chức đảng tiếp nhận, không tính các vụ việc này. Lập văn bản theo thể thức hành chính cho các vụ việc đó.${notWritten}`;
}

/**
 * Whether a unit's head is judged on the minimum days of reception under a profile: a unit of its side — on the State
 * side the reporting unit or a People's Committee, whose chairs the law sets the minimum for (Luật Tiếp công dân 2013
 * Điều 12, 15), not an inspectorate, a reception board or a portal an org file lists as a unit (review s20b S1).
 *
 * @param unit - a unit of the org file
 * @param side - the profile's side
 * @param head - the profile's reporting unit
 * @returns whether its head's days are judged
 */
export function isJudgedHead(unit: OrgUnit, side: Side, head: Pick<OrgUnit, "id">): boolean {
  return unit.side === side && (side !== "state" || unit.id === head.id || isPeoplesCommittee(unit));
}

/** Input of {@link collectProfileStatistics}. */
export interface CollectProfileStatisticsInput
  extends Omit<CollectReportStatisticsInput, "judge" | "reportingUnit" | "side"> {
  /** The profile: whose sessions count and whose heads are judged. */
  profile: ProfileName;
  /** The profile's reporting unit ({@link reportingUnitFor}), among `units`. */
  head: OrgUnit;
  /** `false` when no sessions register was given: no session counts (default `true`). */
  sessionsRegister?: boolean;
  /** `false` when no head can be judged (no org file, sessions of several units; default `true`). */
  judgeHead?: boolean;
  /**
   * The side of a case whose `Đơn vị` tells none ({@link casesOfProfile}): the org file's reporting unit's for
   * registers not yet sorted (a roll-up's own); without it such a case is kept (the runs give cases already sorted).
   */
  undeterminedSide?: Side;
}

/**
 * The statistics a profile reports (DESIGN.md rule 1): the sessions of its own side only, and the minimum days judged
 * for its own side's heads — the same for a report from registers, a statistics file and a roll-up's own registers.
 *
 * @param input - the registers, the units, the profile and its reporting unit
 * @returns the statistics and the sessions of the profile's side
 * @example
 * const { statistics } = collectProfileStatistics({ period, cases, sessions, units, head, profile: "state" });
 * statistics.units.find((u) => u.id === head.id)?.stats.sessions.held //=> 2
 */
export function collectProfileStatistics(input: CollectProfileStatisticsInput): {
  statistics: ReportStatistics;
  ownSessions: ReceptionSession[];
} {
  const { profile, head, sessionsRegister, judgeHead, undeterminedSide, ...rest } = input;
  const side = sideOfProfile(profile);
  // Only the cases of the profile's own side (a run's context has already left the others out; a roll-up's own
  // registers come here directly).
  const cases = casesOfProfile(input.cases, input.units, profile, undeterminedSide).own;
  const ownSessions =
    sessionsRegister === false ? [] : input.sessions.filter((s) => sessionSide(s, input.units, head) === side);
  const statistics = collectReportStatistics({
    ...rest,
    cases,
    sessions: ownSessions,
    reportingUnit: head.id,
    side,
    // Without a sessions register nobody's days are known: no head is judged (the statistics file says so too).
    judge: (u) => sessionsRegister !== false && judgeHead !== false && isJudgedHead(u, side, head),
  });
  // A unit of the other side that no row names is not a row of this profile's tables (a People's Committee's form
  // never lists an empty "Tỉnh ủy" row); a unit of the other side that holds cases stays, so the totals add up.
  const named = new Set<string>([head.id]);
  for (const c of cases) {
    const u = findOrgUnit(c.unit, input.units);
    if (u) named.add(u.id);
  }
  for (const s of ownSessions) {
    const u = findOrgUnit(s.unit, input.units);
    if (u) named.add(u.id);
  }
  const sideOf = new Map(input.units.map((u) => [u.id, u.side]));
  statistics.units = statistics.units.filter((u) => u.id === null || sideOf.get(u.id) === side || named.has(u.id));
  return { statistics, ownSessions };
}
