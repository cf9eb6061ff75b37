// The bodies a People's Committee chair's schedule notice goes to besides the committees it binds — who organises the
// chair's sessions, who takes part, where the schedule is published — and how the org file names them (review F11).
// A body is taken by name only when the name is surely the head's own area's body (review R1): one of the org file's
// own State units, or a recipient named with the committee's own area word ("Thanh tra tỉnh", "Thanh tra tỉnh Minh
// Sơn"); never a body the reports go to "báo cáo", never a central one. Otherwise the notice prints a bracketed
// placeholder and is a draft. Only People's Committees are bound by the chair's schedule (review s20b S1): another
// State unit of the org file is at most one of these bodies, never a committee with a chair's schedule.
import type { OrgUnit } from "@tiepdan/core";
import { foldBodyName } from "./matchUnits.js";

/** {@link foldBodyName}, "Ban TCD" spelt out ("TCD" alone stays: "Lưu: VT, TCD" is a filing line, not a body). */
function fold(s: string): string {
  return foldBodyName(s).replace(/\bban tcd\b/g, "ban tiep cong dan");
}

/**
 * A recipient's name without a trailing purpose in brackets, and that purpose ("Thanh tra tỉnh (để biết)" →
 * "Thanh tra tỉnh", "để biết"), as "Nơi nhận" prints the purpose itself.
 */
function splitPurpose(name: string): { name: string; purpose?: string } {
  const m = /^(.*?\S)\s*\(([^()]*)\)\s*$/su.exec(name.normalize("NFC").trim());
  if (!m) return { name: name.normalize("NFC").trim() };
  const purpose = (m[2] as string).trim();
  return purpose === "" ? { name: m[1] as string } : { name: m[1] as string, purpose };
}

/** A central body's name: the Government, a ministry, the Party's Central Committee, the national portal. */
function isCentral(name: string): boolean {
  const nfc = name.normalize("NFC");
  return (
    /(?<![\p{L}\p{N}])(?:chính phủ|cp|trung ương|tw|bộ|quốc gia)(?![\p{L}\p{N}])/iu.test(nfc) ||
    /\b(?:chinh phu|trung uong|quoc gia)\b/.test(foldBodyName(nfc))
  );
}

/**
 * The bodies of the State side other than People's Committees, by the first words of their folded names: an
 * inspectorate, a board (the reception board), a portal or web page, a department, an office, a court, a procuracy,
 * the police, the council, the Front.
 */
const OTHER_STATE_BODY =
  /^(?:thanh tra|ban|cong thong tin|trang thong tin|so|phong|van phong|chi cuc|cuc|toa an|vien kiem sat|cong an|hoi dong nhan dan|uy ban mat tran|mat tran)\b/;

/**
 * Whether a State unit is a People's Committee: "Ủy ban nhân dân xã An Bình", "UBND xã Số 1", or a unit the org
 * file names by its place alone ("Xã An Bình", side "state"); not a body whose name says it is another kind
 * (`OTHER_STATE_BODY`: "Thanh tra tỉnh", "Ban Tiếp công dân tỉnh", "Cổng TTĐT tỉnh", "Sở Nội vụ"), nor a central one.
 */
export function isPeoplesCommittee(unit: Pick<OrgUnit, "name">): boolean {
  if (isCentral(unit.name)) return false;
  const folded = foldBodyName(unit.name);
  return /^uy ban nhan dan\b/.test(folded) || !OTHER_STATE_BODY.test(folded);
}

/**
 * The units whose heads a schedule binds besides the head's own: the units of the head's side (DESIGN.md rule 1) — of
 * the State side only the People's Committees, whose chairs receive citizens (Luật Tiếp công dân 2013 Điều 12, 15);
 * the inspectorate, the reception board, the portal or a central body added as a State unit has no chair's schedule
 * (review s20b S1).
 *
 * @param head - the reporting unit of the profile
 * @param units - the org file's units
 * @returns the units bound, in the org file's order
 * @example
 * boundUnits(ubndTinh, [ubndTinh, thanhTraTinh, ubndXaAnBinh]).map((u) => u.id) //=> ["ubnd-xa-an-binh"]
 */
export function boundUnits<U extends OrgUnit>(head: OrgUnit, units: readonly U[]): U[] {
  return units.filter(
    (u) => u.id !== head.id && u.side === head.side && (head.side !== "state" || isPeoplesCommittee(u)),
  );
}

/**
 * The State units of the org file that a State schedule neither binds nor schedules, as it is not a People's
 * Committee (review s20b S1), and which are not one of the bodies its "Nơi nhận" names.
 *
 * @param head - the reporting unit of the State profile
 * @param units - the org file's units
 * @param taken - the ids of units named as one of the bodies
 * @returns those units
 */
export function unboundStateUnits<U extends OrgUnit>(
  head: OrgUnit,
  units: readonly U[],
  taken: ReadonlySet<string>,
): U[] {
  if (head.side !== "state") return [];
  return units.filter((u) => u.id !== head.id && u.side === "state" && !isPeoplesCommittee(u) && !taken.has(u.id));
}

const AREA_WORDS = "tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu";

/**
 * The area of a People's Committee from its name: the area word ("tỉnh", "xã" …; its level's when the name does not
 * say) and the area's name when the name gives it ("Ủy ban nhân dân tỉnh Minh Sơn" → "tỉnh", "Minh Sơn").
 */
function areaOf(unit: OrgUnit): { word: string; name?: string } {
  // "TP" may be followed by a dot with or without a space ("UBND TP.Hà Nội", review s20b S3).
  const m = new RegExp(
    `^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\\s+(?:(${AREA_WORDS})(?:\\s+(.+))?|tp(?:\\.\\s*|\\s+)(.+)|tp\\.?)$`,
    "iu",
  ).exec(unit.name.normalize("NFC").trim().replace(/\s+/g, " "));
  const fallback = unit.level === "province" ? "tỉnh" : unit.level === "district" ? "huyện" : "xã";
  if (!m) return { word: fallback };
  const word = m[1] === undefined ? "thành phố" : m[1].toLocaleLowerCase("vi");
  const name = m[2] ?? m[3];
  return name ? { word, name } : { word };
}

/**
 * The key under which "Nơi nhận" lists a body once: its folded name, a trailing purpose in brackets and the head's
 * area word before the area's name left out ("Thanh tra tỉnh Minh Sơn" and "Thanh tra Minh Sơn" are one body, review
 * s20b S2).
 *
 * @param head - the People's Committee whose chair's schedule it is
 * @returns the key of a name
 */
export function bodyKeyOf(head: OrgUnit): (name: string) => string {
  const area = areaOf(head);
  const word = foldBodyName(area.word);
  const place = area.name === undefined ? undefined : foldBodyName(area.name);
  return (name) => {
    const k = fold(splitPurpose(name).name);
    return place === undefined ? k : k.replace(new RegExp(`(^| )${word} ${place}$`), `$1${place}`);
  };
}

/** A body a People's Committee's schedule goes to besides the committees it binds: how it is named and why. */
interface ScheduleBody {
  /** The words its name begins with, as {@link plainName} writes them (a regular expression's source). */
  words: string;
  /** Its usual name before the area ("tỉnh", "tỉnh Minh Sơn" …), e.g. "Ban Tiếp công dân tỉnh". */
  name: (area: string) => string;
  /** Why it receives the notice. */
  purpose: string;
  /** Before the committees it binds (the level's own bodies) or after them (where the schedule is published). */
  after?: true;
}

const PORTAL = "(?:cong|trang) thong tin dien tu";

/**
 * The bodies that carry out or publish a chair's schedule, by the level of the People's Committee: at a province (and
 * a district, until 30/06/2025) its Ban Tiếp công dân, which organises the chair's sessions at the reception office,
 * the inspectorate, which takes part in them, and the portal the schedule is posted on (the notice says it is); at a
 * commune the office of its council and committee, and its web page.
 */
const STATE_SCHEDULE_BODIES: Readonly<Record<string, readonly ScheduleBody[]>> = {
  province: [
    { words: "ban tiep cong dan", name: (a) => `Ban Tiếp công dân ${a}`, purpose: "thực hiện" },
    { words: "thanh tra", name: (a) => `Thanh tra ${a}`, purpose: "phối hợp" },
    { words: PORTAL, name: (a) => `Cổng Thông tin điện tử ${a}`, purpose: "đăng tải", after: true },
  ],
  district: [
    { words: "ban tiep cong dan", name: (a) => `Ban Tiếp công dân ${a}`, purpose: "thực hiện" },
    { words: "thanh tra", name: (a) => `Thanh tra ${a}`, purpose: "phối hợp" },
    { words: PORTAL, name: (a) => `Trang thông tin điện tử ${a}`, purpose: "đăng tải", after: true },
  ],
  commune: [
    {
      words: "van phong hoi dong nhan dan(?: va)?(?: uy ban nhan dan)?",
      name: (a) => `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${a}`,
      purpose: "thực hiện",
    },
    { words: PORTAL, name: (a) => `Trang thông tin điện tử ${a}`, purpose: "đăng tải", after: true },
  ],
};

/** One body of a State schedule's "Nơi nhận", found in the org file or a placeholder. */
export interface ScheduleBodyRecipient {
  /** As printed: the org file's name, or the placeholder "[Thanh tra tỉnh]". */
  name: string;
  /** "thực hiện", "phối hợp", "đăng tải". */
  purpose: string;
  /** Printed after the committees the schedule binds. */
  after: boolean;
  /** The org file's unit it is, if one. */
  unitId?: string;
  /** Whether `name` is a placeholder the clerk fills in. */
  placeholder: boolean;
  /** The name the tool takes for it, e.g. "Thanh tra tỉnh Minh Sơn". */
  expected: string;
}

/**
 * The bodies besides the committees it binds that a People's Committee chair's schedule notice goes to, each by the
 * name the org file gives it — one of its units of the State side ("Thanh tra tỉnh", "THANH TRA TỈNH MINH SƠN"), else
 * a recipient of its State documents that names it with the committee's own area word ("Cổng TTĐT tỉnh", "Cổng TTĐT tỉnh
 * Minh Sơn") and is not sent the reports "báo cáo" — else a bracketed placeholder. A name speaking of the Government, a ministry, the Central
 * Committee or the nation is never taken (review R1: "Thanh tra CP (phối hợp)").
 *
 * @param head - the People's Committee whose chair's schedule it is
 * @param units - the org file's units
 * @param recipients - the recipients of the org file's State documents
 * @returns the bodies, in the order of the level's list
 * @example
 * findScheduleBodies(ubndTinh, units, [{ name: "Thanh tra Chính phủ", purpose: "báo cáo" }]).map((b) => b.name)
 * //=> ["[Ban Tiếp công dân tỉnh]", "[Thanh tra tỉnh]", "[Cổng Thông tin điện tử tỉnh]"]
 */
export function findScheduleBodies(
  head: OrgUnit,
  units: readonly OrgUnit[],
  recipients: readonly { name: string; purpose?: string | undefined }[],
): ScheduleBodyRecipient[] {
  const area = areaOf(head);
  const word = foldBodyName(area.word);
  const place = area.name === undefined ? undefined : foldBodyName(area.name);
  const own = units.filter((u) => u.id !== head.id && u.side === "state" && !isCentral(u.name));
  // A recipient's purpose is its "purpose", or the one in brackets after its name ("Thanh tra tỉnh (để biết)").
  const sent = recipients
    .map((r) => {
      const split = splitPurpose(r.name);
      const purpose = r.purpose?.trim() || split.purpose;
      return purpose === undefined ? { name: split.name } : { name: split.name, purpose };
    })
    .filter((r) => !/\bbao cao\b/.test(fold(r.purpose ?? "")) && !/^luu\b/.test(fold(r.name)) && !isCentral(r.name));
  const areaWords = `${word}${place === undefined ? "" : `(?: ${place})?`}`;
  return (STATE_SCHEDULE_BODIES[head.level] ?? []).map((b) => {
    // A unit may leave out the area ("Thanh tra tỉnh") or its word ("Thanh tra Minh Sơn", review s20b S2); a recipient
    // names it by the committee's own area word, the area's name or not ("Cổng TTĐT tỉnh" in a province's org file is
    // its own: the org file is the province's).
    const unit = own.find((u) =>
      new RegExp(`^(?:${b.words})(?: ${areaWords}${place === undefined ? "" : `| ${place}`})?$`).test(fold(u.name)),
    );
    const recipient = sent.find((r) => new RegExp(`^(?:${b.words}) ${areaWords}$`).test(fold(r.name)));
    // The recipients' route is the one the clerk is told to take; the recipient's own purpose stays (review s20b S3).
    const found = recipient?.name ?? unit?.name;
    const base = {
      purpose: recipient?.purpose ?? b.purpose,
      after: b.after === true,
      expected: b.name(area.name === undefined ? area.word : `${area.word} ${area.name}`),
    };
    if (found === undefined) return { ...base, name: `[${b.name(area.word)}]`, placeholder: true };
    return {
      ...base,
      name: found.normalize("NFC").trim(),
      placeholder: false,
      ...(unit === undefined ? {} : { unitId: unit.id }),
    };
  });
}

/**
 * "Ủy ban nhân dân cấp xã" for many People's Committees of one level, "cấp dưới" for several levels.
 *
 * @param committees - the People's Committees the schedule binds
 * @returns the one line that names them in "Nơi nhận"
 * @example
 * committeesOf([{ level: "commune" }, { level: "commune" }]) //=> "Ủy ban nhân dân cấp xã"
 */
export function committeesOf(committees: readonly Pick<OrgUnit, "level">[]): string {
  const levels = new Set(committees.map((u) => u.level));
  if (levels.size === 1 && levels.has("commune")) return "Ủy ban nhân dân cấp xã";
  if (levels.size === 1 && levels.has("district")) return "Ủy ban nhân dân cấp huyện";
  return "Ủy ban nhân dân cấp dưới";
}
