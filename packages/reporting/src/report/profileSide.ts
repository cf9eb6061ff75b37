// Whose reception a document judges: the Party profile the Party secretaries' (QĐ 11-QĐi/TW), the State profile the
// People's Committee chairs' (Luật Tiếp công dân). DESIGN.md rule 1: "each profile judges its own side".
import { findOrgUnit, type OrgUnit, type ReceptionSession, type Side } from "@tiepdan/core";
import type { ProfileName } from "../document/buildDocument.js";
import { matchUnit, sideOfName } from "./matchUnits.js";
import { type OrgFile, reportingUnitOf } from "./orgFile.js";
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
  const sameLevel = org.units.filter((u) => u.side === side && u.level === head.level);
  const sibling =
    sameLevel.find((u) => u.parentId === head.id || u.parentId === head.parentId) ?? sameLevel[0] ?? undefined;
  if (sibling) return sibling;
  const settings = org.documents?.[profile] ?? org.document;
  const name = settings?.issuingBody ?? (side === "state" ? "Ủy ban nhân dân" : head.name);
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
  const { profile, head, sessionsRegister, judgeHead, ...rest } = input;
  const side = sideOfProfile(profile);
  const ownSessions =
    sessionsRegister === false ? [] : input.sessions.filter((s) => sessionSide(s, input.units, head) === side);
  const statistics = collectReportStatistics({
    ...rest,
    sessions: ownSessions,
    reportingUnit: head.id,
    side,
    // Without a sessions register nobody's days are known: no head is judged (the statistics file says so too).
    judge: (u) => sessionsRegister !== false && judgeHead !== false && u.side === side,
  });
  // A unit of the other side that no row names is not a row of this profile's tables (a People's Committee's form
  // never lists an empty "Tỉnh ủy" row); a unit of the other side that holds cases stays, so the totals add up.
  const named = new Set<string>([head.id]);
  for (const c of input.cases) {
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
