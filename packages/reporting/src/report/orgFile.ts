import {
  type DocumentMetaInput,
  findOrgUnit,
  type OrgUnit,
  OrgUnitSchema,
  RecipientSchema,
  RULE_SETS,
  SignerSchema,
  TextSchema,
} from "@tiepdan/core";
import { z } from "zod";
import type { ProfileName } from "../document/buildDocument.js";
import { stripStrayControls } from "../intake/_lib/hostileText.js";
import { jsonSyntaxWhere } from "../intake/_lib/jsonSource.js";
import { sideOfName } from "./matchUnits.js";

/** What an org file says about the documents its unit issues; the number and date come with each document. */
export const DocumentSettingsSchema = z
  .object({
    /** Issuing body, e.g. "Tỉnh ủy Minh Sơn". */
    issuingBody: TextSchema,
    /** Body above it, e.g. "Đảng bộ tỉnh Minh Sơn". */
    parentBody: TextSchema.optional(),
    /** Symbol after the number: "BC/TU" gives "Số 12-BC/TU" (Party), "BC-UBND" gives "Số: 12/BC-UBND" (State). */
    numberPrefix: TextSchema.optional(),
    /** Place name of the date line. */
    place: TextSchema,
    /** Who signs. */
    signer: SignerSchema,
    /** "Nơi nhận". */
    recipients: z.array(RecipientSchema).default([]),
  })
  .strict();

/** Document settings as written in an org file. */
export type DocumentSettings = z.infer<typeof DocumentSettingsSchema>;

/**
 * Document settings of one unit of an org file: one `document` for both profiles, or per profile.
 *
 * @example
 * UnitDocumentsSchema.parse({ documents: { party: settings } })
 */
export const UnitDocumentsSchema = z
  .object({
    document: DocumentSettingsSchema.optional(),
    documents: z
      .object({ party: DocumentSettingsSchema.optional(), state: DocumentSettingsSchema.optional() })
      .strict()
      .optional(),
  })
  .strict();

/** The document settings a unit of the org file carries (its notices are issued under them). */
export type UnitDocuments = z.infer<typeof UnitDocumentsSchema>;

/** The levels the bundled rule sets set a minimum for (province, district, commune). */
const KNOWN_LEVELS = new Set(RULE_SETS.flatMap((r) => r.sessionFrequency.map((f) => f.level)));

/** The Vietnamese words clerks write for a level, without diacritics, lower case. */
const LEVEL_WORDS: Record<string, string> = {
  tinh: "province",
  "cap tinh": "province",
  "thanh pho truc thuoc trung uong": "province",
  xa: "commune",
  "cap xa": "commune",
  phuong: "commune",
  "thi tran": "commune",
  "dac khu": "commune",
  huyen: "district",
  "cap huyen": "district",
  quan: "district",
  "thi xa": "district",
};

/**
 * A unit's `level` as the rule sets name it: "province" as written, "Commune" or "xã" read as "commune" (review s17d
 * F3: a level no rule set names read as "no minimum"); other text unchanged, refused by the schema.
 */
function levelId(level: unknown): unknown {
  if (typeof level !== "string") return level;
  const plain = level
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
  return KNOWN_LEVELS.has(plain) ? plain : (LEVEL_WORDS[plain] ?? level);
}

/** A unit as an org file writes it: a unit, optionally with its own document settings. */
const OrgFileUnitSchema = OrgUnitSchema.extend({
  ...UnitDocumentsSchema.shape,
  level: z.preprocess(
    levelId,
    TextSchema.refine((l) => KNOWN_LEVELS.has(l), {
      error: (issue) =>
        `cấp “${String(issue.input)}” không có trong quy định về số ngày tiếp dân: ghi “province” (cấp tỉnh), “commune” (cấp xã, phường, đặc khu) hoặc “district” (cấp huyện, đến ngày 30/06/2025)`,
    }),
  ),
});

/**
 * The org file (`don-vi.json`): the reporting unit, the units whose registers are merged, and how the unit's
 * documents are headed and signed — one `document` for both profiles, or `documents.party` / `documents.state`.
 * A unit may carry its own `document` / `documents` (the per-case notices of the cases it received are issued under
 * them); they are moved into `unitDocuments` (by unit id), so that `units` holds plain units.
 */
export const OrgFileSchema = z
  .object({
    /** Free note, ignored. */
    note: z.string().optional(),
    /** Id of the reporting unit among `units`. */
    reportingUnit: TextSchema,
    /** The reporting unit and the units under it, in the order tables list them. */
    units: z.array(OrgFileUnitSchema).min(1),
    /** Document settings of units, by unit id (what the units' own `document` / `documents` become). */
    unitDocuments: z.record(z.string(), UnitDocumentsSchema).optional(),
    /** Document settings for both profiles. */
    document: DocumentSettingsSchema.optional(),
    /**
     * A days-off file (`ngay-nghi.json` or `.csv`) with a yearly notice the tool lacks or local days off; a path
     * relative to the org file's folder. `--days-off` overrides it.
     */
    daysOff: TextSchema.optional(),
    /** Document settings per profile (override `document`). */
    documents: z
      .object({ party: DocumentSettingsSchema.optional(), state: DocumentSettingsSchema.optional() })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((org, ctx) => {
    if (!org.units.some((u) => u.id === org.reportingUnit)) {
      ctx.addIssue({
        code: "custom",
        path: ["reportingUnit"],
        message: `không có đơn vị nào có id “${org.reportingUnit}” trong “units”`,
      });
    }
    const seen = new Set<string>();
    org.units.forEach((u, i) => {
      if (seen.has(u.id)) ctx.addIssue({ code: "custom", path: ["units", i, "id"], message: `id “${u.id}” bị trùng` });
      seen.add(u.id);
    });
    // Parents that lead back to the unit (review s21 K12). A parent outside the file is no mistake: a commune's own
    // file names its province without listing it (review s21b T9).
    const parentOf = new Map(org.units.map((u) => [u.id, u.parentId]));
    org.units.forEach((u, i) => {
      if (u.parentId === undefined) return;
      const chain = [u.id];
      for (let p: string | undefined = u.parentId; p !== undefined; p = parentOf.get(p)) {
        if (p === u.id) {
          ctx.addIssue({
            code: "custom",
            path: ["units", i, "parentId"],
            message: `các đơn vị cấp trên quay vòng về chính đơn vị này (${[...chain, p].map((x) => `“${x}”`).join(" → ")}): sửa “parentId”`,
          });
          return;
        }
        if (chain.includes(p)) return; // a loop further up, said at its own units
        chain.push(p);
      }
    });
    if (!org.document && !org.documents?.party && !org.documents?.state) {
      ctx.addIssue({ code: "custom", path: ["document"], message: "thiếu thông tin văn bản (“document”)" });
    }
  })
  .transform(({ units, unitDocuments, ...rest }) => {
    const docs: Record<string, UnitDocuments> = { ...(unitDocuments ?? {}) };
    const plain = units.map(({ document, documents, ...unit }) => {
      if (document || documents) {
        docs[unit.id] = { ...(document ? { document } : {}), ...(documents ? { documents } : {}) };
      }
      return unit as OrgUnit;
    });
    return { ...rest, units: plain, ...(Object.keys(docs).length > 0 ? { unitDocuments: docs } : {}) };
  });

/** A validated org file. */
export type OrgFile = z.infer<typeof OrgFileSchema>;

/** An org file problem, in Vietnamese, with the JSON path it concerns. */
export interface OrgFileProblem {
  /** Path in the JSON, e.g. `units[2].level`. */
  path: string;
  /** What is wrong. */
  message: string;
}

/** Result of {@link parseOrgFile}. */
export type ParseOrgFileResult = { ok: true; org: OrgFile } | { ok: false; problems: OrgFileProblem[] };

/** Runs of horizontal spaces of any kind (line breaks are kept: a text may have several lines). */
const HORIZONTAL_SPACES = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/gu;

/**
 * Reads an org file (JSON text) and validates it. Problems are returned, not thrown, each with its JSON path and a
 * Vietnamese message.
 *
 * @param text - the file's text (a UTF-8 byte order mark is accepted)
 * @returns the org file, or the problems
 * @example
 * const r = parseOrgFile(readFileSync("don-vi.json", "utf8"));
 * if (r.ok) r.org.reportingUnit //=> "tu-minh-son"
 */
export function parseOrgFile(text: string): ParseOrgFileResult {
  let json: unknown;
  // Notepad saves with a byte order mark: left out, so that the error's position is the one a clerk counts.
  const body = text.replace(/^\uFEFF/, "");
  try {
    // A character a document cannot hold (XML 1.0; "\u0001" in a JSON string) is removed from every text, and a run of
    // spaces of any kind (no-break spaces pasted from Word) is one space, as in a register's cells (review s23r R23-7:
    // "Tỉnh ủy   Minh Sơn" printed with its gap once the documents kept no-break spaces).
    json = JSON.parse(body, (_, v) =>
      typeof v === "string" ? stripStrayControls(v).replace(HORIZONTAL_SPACES, " ") : v,
    );
  } catch (e) {
    return {
      ok: false,
      problems: [{ path: "", message: `không phải JSON hợp lệ (${jsonSyntaxWhere(body, e)})` }],
    };
  }
  // zod's own messages in Vietnamese, for this call only (the global zod configuration is left alone).
  const parsed = OrgFileSchema.safeParse(json, { error: z.locales.vi().localeError, reportInput: true });
  if (parsed.success) return { ok: true, org: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: issue.path
        .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
        .join(""),
      message: issueMessage(issue),
    })),
  };
}

/** What a JSON value of each kind looks like, for a clerk who edits the file by hand. */
const JSON_KINDS: Record<string, string> = {
  string: "chữ, trong ngoặc kép",
  number: "một số",
  int: "một số nguyên",
  boolean: "true hoặc false",
  array: "danh sách trong ngoặc vuông ([ … ])",
  object: "nhóm trong ngoặc nhọn ({ … })",
};

/**
 * A problem of the org file in a clerk's words (review s14 F5): a missing item, or an item of the wrong kind, said with
 * what it should look like instead of zod's "mong đợi string, nhận được undefined"; other problems as zod says them.
 */
function issueMessage(issue: z.core.$ZodIssue): string {
  // zod's own wording of the others ("mong đợi array có >=1 phần tử", "mong đợi một trong các giá trị "a"|"b"") in a
  // clerk's words (review s21 K12).
  switch (issue.code) {
    case "invalid_type": {
      const kind = JSON_KINDS[issue.expected] ?? issue.expected;
      return "input" in issue && issue.input !== undefined
        ? `phải là ${kind}`
        : `thiếu mục này (bắt buộc; ghi ${kind})`;
    }
    // A text's own schema says its limits in Vietnamese ("Không được để trống").
    case "too_small":
      if (issue.origin === "string") return issue.message;
      return issue.origin === "array" ? `phải có ít nhất ${issue.minimum} mục` : `phải từ ${issue.minimum} trở lên`;
    case "too_big":
      if (issue.origin === "string") return issue.message;
      return issue.origin === "array"
        ? `chỉ được có nhiều nhất ${issue.maximum} mục`
        : `phải từ ${issue.maximum} trở xuống`;
    case "invalid_value":
      return `phải là một trong các giá trị: ${issue.values.map((v) => `“${String(v)}”`).join(", ")}`;
    case "unrecognized_keys":
      return `có mục không dùng đến: ${issue.keys.map((k) => `“${k}”`).join(", ")} (kiểm tra chính tả tên mục)`;
    default:
      return issue.message;
  }
}

/**
 * The org file used when none is given: a provincial Party committee whose names, place and signer are
 * placeholders in square brackets, so that a draft can be made but never mistaken for a finished report.
 */
export const PLACEHOLDER_ORG: OrgFile = {
  reportingUnit: "cap-uy",
  units: [
    {
      id: "cap-uy",
      name: "Tỉnh ủy [tên tỉnh]",
      level: "province",
      side: "party",
      headTitle: "Bí thư Tỉnh ủy",
    },
  ],
  documents: {
    party: {
      issuingBody: "Tỉnh ủy [tên tỉnh]",
      numberPrefix: "BC/TU",
      place: "[Địa danh]",
      signer: { name: "[Họ và tên]", title: "Bí thư", variant: "onBehalfOf", onBehalfOf: "Ban Thường vụ" },
      recipients: [{ name: "Ban Nội chính Trung ương", purpose: "báo cáo" }, { name: "Lưu Văn phòng [cấp ủy]" }],
    },
    state: {
      issuingBody: "Ủy ban nhân dân [tên tỉnh]",
      numberPrefix: "BC-UBND",
      place: "[Địa danh]",
      signer: { name: "[Họ và tên]", title: "Chủ tịch", variant: "onBehalfOf", onBehalfOf: "Ủy ban nhân dân" },
      recipients: [{ name: "Thanh tra Chính phủ", purpose: "báo cáo" }, { name: "Lưu: VT, [đơn vị]" }],
    },
  },
};

/**
 * The reporting unit of an org file.
 *
 * @param org - a validated org file
 * @returns the unit whose id is `reportingUnit`
 * @example
 * reportingUnitOf(org).name //=> "Tỉnh ủy Minh Sơn"
 */
export function reportingUnitOf(org: OrgFile): OrgUnit {
  return findOrgUnit(org.reportingUnit, org.units) ?? (org.units[0] as OrgUnit);
}

/** Input of {@link documentMetaFor}. */
export interface DocumentMetaForInput {
  /** The org file. */
  org: OrgFile;
  /** Profile. */
  profile: ProfileName;
  /** Document number (e.g. "12"); without it the symbol alone is printed after a blank for the office to fill in. */
  number?: string | undefined;
  /** Document date. */
  date: string;
  /** Document type, e.g. "Báo cáo". */
  documentType: string;
  /** Summary (trích yếu). */
  summary: string;
  /** Security marking. */
  classification?: "MẬT" | undefined;
  /**
   * Abbreviation of the document type (Nghị định 30/2020 Phụ lục III: "TB" thông báo, "PC" phiếu chuyển …), put in
   * place of the one the org file's `numberPrefix` starts with ("BC/TU" → "TB/TU", "BC-UBND" → "TB-UBND").
   */
  typeCode?: string | undefined;
  /**
   * Id of the unit that issues the document (a per-case notice comes from the unit that received the case): its
   * own settings from the org file, else {@link unitPlaceholderSettings}. The org file's settings when absent.
   */
  unit?: string | undefined;
}

/**
 * The document settings a unit issues under when the org file gives it none: its name as the issuing body, and
 * "[…]" placeholders for what only the unit knows (place, signer), so that the document is a marked draft.
 *
 * @param org - the org file
 * @param unit - the unit
 * @param profile - the profile
 * @returns settings holding placeholders
 * @example
 * unitPlaceholderSettings(org, { id: "xa-an-binh", name: "Đảng ủy xã An Bình", level: "commune", side: "party" }, "party").place
 * //=> "[Địa danh]"
 */
export function unitPlaceholderSettings(org: OrgFile, unit: OrgUnit, profile: ProfileName): DocumentSettings {
  const ownSide = unit.side === (profile === "state" ? "state" : "party");
  const top = org.documents?.[profile] ?? org.document;
  const issuingBody = ownSide ? unit.name : `[cơ quan ban hành của ${unit.name}]`;
  return {
    issuingBody,
    ...(profile === "party" && top?.parentBody ? { parentBody: top.parentBody } : {}),
    numberPrefix: profile === "state" ? "BC-UBND" : /^Đảng ủy/i.test(issuingBody) ? "BC/ĐU" : "BC/[ký hiệu]",
    place: "[Địa danh]",
    signer:
      profile === "state"
        ? { name: "[Họ và tên]", title: "Chủ tịch", variant: "onBehalfOf", onBehalfOf: "Ủy ban nhân dân" }
        : { name: "[Họ và tên]", title: "Bí thư", variant: "onBehalfOf", onBehalfOf: "[Ban Thường vụ]" },
    recipients: [{ name: profile === "state" ? "Lưu: VT, [đơn vị]" : "Lưu Văn phòng [cấp ủy]" }],
  };
}

/**
 * The document settings an org file gives a profile: the reporting unit's own (its letterhead, its signer), or one
 * of its units'.
 *
 * @param org - a validated org file
 * @param profile - `party` or `state`
 * @param unitId - a unit's id; the reporting unit's settings when undefined
 * @returns the settings, or undefined when the org file has none for that profile and unit
 * @example
 * settingsFor(org, "party", undefined)?.signer.name //=> "Nguyễn Văn Minh"
 */
export function settingsFor(
  org: OrgFile,
  profile: ProfileName,
  unitId: string | undefined,
): DocumentSettings | undefined {
  const top = org.documents?.[profile] ?? org.document ?? org.documents?.party ?? org.documents?.state;
  if (unitId === undefined || unitId === org.reportingUnit) {
    // The reporting unit's own settings are the more specific ones: its settings for the profile, or its one
    // `document` when the profile speaks for the unit's side (a Party committee's letterhead is not a UBND's).
    const own = org.unitDocuments?.[org.reportingUnit];
    const head = org.units.find((u) => u.id === org.reportingUnit);
    const side = profile === "state" ? "state" : "party";
    const sameSide = (head?.side ?? "party") === side;
    const given = own?.documents?.[profile] ?? (sameSide ? own?.document : undefined) ?? org.documents?.[profile];
    if (given) return given;
    // A single `document` serves the other profile unless its issuing body is plainly the other side's (review s18b F1:
    // a State report issued by "Tỉnh ủy", signed "T/M Ban Thường vụ"); a People's Committee's file whose units lack
    // "side" still issues under its own name. Else the profile's own unit of the same level, or a placeholder, with
    // "[…]" for what only it knows — a marked draft.
    const single = own?.document ?? org.document;
    if (single && (sameSide || sideOfName(single.issuingBody) !== (head?.side ?? "party"))) return single;
    if (head && !sameSide) {
      const unit = org.units.find((u) => u.side === side && u.level === head.level) ?? {
        id: `${head.id}-${side}`,
        name: side === "state" ? "[Ủy ban nhân dân]" : "[Cấp ủy]",
        level: head.level,
        side,
      };
      return unitPlaceholderSettings(org, unit, profile);
    }
    return top ?? own?.document;
  }
  const own = org.unitDocuments?.[unitId];
  const settings = own?.documents?.[profile] ?? own?.document;
  if (settings) return settings;
  const unit = org.units.find((u) => u.id === unitId);
  return unit ? unitPlaceholderSettings(org, unit, profile) : top;
}

/**
 * The document metadata of a report from the org file: number written the profile's way ("12-BC/TU" for the Party,
 * "12/BC-UBND" for the State; without a number, blank spaces are left for the office).
 *
 * @param input - org file, profile, number, date, type and summary
 * @returns metadata for `buildDocument`
 * @example
 * documentMetaFor({ org, profile: "party", number: "12", date: "2026-04-05", documentType: "Báo cáo", summary: "…" }).number
 * //=> "12-BC/TU"
 */
export function documentMetaFor(input: DocumentMetaForInput): DocumentMetaInput {
  const { org, profile } = input;
  const settings = settingsFor(org, profile, input.unit);
  if (!settings) throw new RangeError("documentMetaFor: the org file has no document settings");
  const n = input.number?.trim() ?? "";
  const prefix =
    input.typeCode && settings.numberPrefix
      ? settings.numberPrefix.replace(/^[^/-]+/, input.typeCode)
      : settings.numberPrefix;
  const number = prefix ? (profile === "party" ? `${n}-${prefix}` : `${n}/${prefix}`) : n || "-";
  return {
    issuingBody: settings.issuingBody,
    ...(settings.parentBody ? { parentBody: settings.parentBody } : {}),
    number,
    place: settings.place,
    date: input.date,
    documentType: input.documentType,
    summary: input.summary,
    signer: settings.signer,
    recipients: settings.recipients,
    ...(input.classification ? { classification: input.classification } : {}),
  };
}

/**
 * The "[…]" placeholders (from `tiepdan init` or {@link PLACEHOLDER_ORG}) still left in what an org file's documents
 * print; a document made with such an org file is a marked draft.
 *
 * @param org - a validated org file
 * @returns the distinct placeholders, in order of appearance (empty when the org file is complete)
 * @example
 * orgPlaceholders(PLACEHOLDER_ORG).slice(0, 2) //=> ["[tên tỉnh]", "[Địa danh]"]
 */
export function orgPlaceholders(org: OrgFile): string[] {
  const { note: _note, ...printed } = org;
  return [...new Set(JSON.stringify(printed).match(/\[[^\]"]{1,60}\]/g) ?? [])];
}

/**
 * The draft note a document prints when its org file still holds placeholders (none when it is complete).
 *
 * @param org - a validated org file
 * @returns zero or one note, in Vietnamese
 * @example
 * orgDraftNotes(PLACEHOLDER_ORG)[0] //=> "Tệp thông tin đơn vị còn chữ mẫu trong ngoặc vuông ([tên tỉnh], …"
 */
export function orgDraftNotes(org: OrgFile): string[] {
  const left = orgPlaceholders(org);
  if (left.length === 0) return [];
  return [
    `Tệp thông tin đơn vị còn chữ mẫu trong ngoặc vuông (${left.slice(0, 3).join(", ")}${left.length > 3 ? ", …" : ""}): phải thay bằng thông tin thật trước khi trình ký.`,
  ];
}

/**
 * The placeholder org file ({@link PLACEHOLDER_ORG}) with its reporting unit named as the registers name it: used
 * without an org file when every session of the sessions register names the same unit, so that the report judges
 * that unit's head on its own sessions. The level and side are read from the name ("xã", "phường" → commune;
 * "huyện", "quận" → district; else province; "Ủy ban nhân dân", "UBND" → State); place and signer stay "[…]".
 *
 * @param name - the unit's name as the sessions register writes it
 * @param side - the side its name speaks for (Party when the name does not tell)
 * @returns an org file whose one unit bears that name
 * @example
 * placeholderOrgFor("Đảng ủy xã An Bình", "party").units[0] //=> { id: "cap-uy", name: "Đảng ủy xã An Bình", level: "commune", … }
 */
export function placeholderOrgFor(name: string, side: "party" | "state"): OrgFile {
  const words = ` ${name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()} `;
  const level = / (xa|phuong|thi tran|dac khu) /.test(words)
    ? "commune"
    : / (huyen|quan|thi xa) /.test(words)
      ? "district"
      : "province";
  const clean = name.normalize("NFC").replace(/\s+/g, " ").trim();
  const base = PLACEHOLDER_ORG.documents;
  return {
    reportingUnit: "cap-uy",
    units: [
      {
        id: "cap-uy",
        name: clean,
        level,
        side,
        headTitle: side === "state" ? `Chủ tịch ${clean}` : `Bí thư ${clean}`,
      },
    ],
    documents: {
      party: {
        ...(base?.party as DocumentSettings),
        ...(side === "party" ? { issuingBody: clean, numberPrefix: level === "province" ? "BC/TU" : "BC/ĐU" } : {}),
      },
      state: { ...(base?.state as DocumentSettings), ...(side === "state" ? { issuingBody: clean } : {}) },
    },
  };
}
