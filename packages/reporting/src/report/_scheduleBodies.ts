// The bodies a People's Committee chair's schedule notice goes to besides the committees it binds — who organises the
// chair's sessions, who takes part, where the schedule is published — and how the org file names them (review F11).
// A body is taken by name only when the name is surely the head's own area's body (review R1): one of the org file's
// own State units, or a recipient named with the committee's own area word ("Thanh tra tỉnh", "Thanh tra tỉnh Minh
// Sơn"); never a body the reports go to "báo cáo", never a central one. Otherwise the notice prints a bracketed
// placeholder and is a draft.
import type { OrgUnit } from "@tiepdan/core";
import { foldBodyName } from "./matchUnits.js";

/** A central body's name: the Government, a ministry, the Party's Central Committee, the national portal. */
function isCentral(name: string): boolean {
  const nfc = name.normalize("NFC");
  return (
    /(?<![\p{L}\p{N}])(?:chính phủ|cp|trung ương|tw|bộ|quốc gia)(?![\p{L}\p{N}])/iu.test(nfc) ||
    /\b(?:chinh phu|trung uong|quoc gia)\b/.test(foldBodyName(nfc))
  );
}

/** Whether a unit is a People's Committee ("Ủy ban nhân dân xã An Bình", "UBND xã Số 1"). */
export function isPeoplesCommittee(unit: Pick<OrgUnit, "name">): boolean {
  return /^uy ban nhan dan\b/.test(foldBodyName(unit.name));
}

const AREA_WORDS = "tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu";

/**
 * The area of a People's Committee from its name: the area word ("tỉnh", "xã" …; its level's when the name does not
 * say) and the area's name when the name gives it ("Ủy ban nhân dân tỉnh Minh Sơn" → "tỉnh", "Minh Sơn").
 */
function areaOf(unit: OrgUnit): { word: string; name?: string } {
  const m = new RegExp(`^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\\s+(${AREA_WORDS}|tp\\.?)(?:\\s+(.+))?$`, "iu").exec(
    unit.name.normalize("NFC").trim().replace(/\s+/g, " "),
  );
  const fallback = unit.level === "province" ? "tỉnh" : unit.level === "district" ? "huyện" : "xã";
  if (!m) return { word: fallback };
  const typed = (m[1] as string).toLocaleLowerCase("vi");
  const word = typed.startsWith("tp") ? "thành phố" : typed;
  return m[2] ? { word, name: m[2] } : { word };
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
  const sent = recipients.filter(
    (r) =>
      !/\bbao cao\b/.test(foldBodyName(r.purpose ?? "")) && !/^luu\b/.test(foldBodyName(r.name)) && !isCentral(r.name),
  );
  return (STATE_SCHEDULE_BODIES[head.level] ?? []).map((b) => {
    // A unit may leave out the area ("Thanh tra tỉnh"); a recipient names it by the committee's own area word, the
    // area's name or not ("Cổng TTĐT tỉnh" in a province's org file is its own: the org file is the province's).
    const unit = own.find((u) =>
      new RegExp(`^(?:${b.words})(?: ${word}${place === undefined ? "" : `(?: ${place})?`})?$`).test(
        foldBodyName(u.name),
      ),
    );
    const recipient = sent.find((r) =>
      new RegExp(`^(?:${b.words}) ${word}${place === undefined ? "" : `(?: ${place})?`}$`).test(foldBodyName(r.name)),
    );
    const found = unit?.name ?? recipient?.name;
    const base = {
      purpose: b.purpose,
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
