// The statistics file (`so-lieu.json`): what a unit sends to the level above instead of its registers — the
// numbers of its report per unit, field and month, never a name, address or content of a case.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { type Cutoff, canonicalJson, type IsoDate, type OrgUnit, type Period } from "@tiepdan/core";
import { z } from "zod";
import { isSummaryJson } from "../buildSummaryJson.js";
import { FORM_MEASURES } from "../forms/measures.js";
import type { ReportStatistics } from "../report/reportStatistics.js";

/** Format marker and version of a statistics file; a file of another version is refused, not guessed. */
export const STATS_FILE_FORMAT = "tiepdan-so-lieu@1";

/** A statistics file (`--stats-out`), plain JSON. */
export interface StatsFile {
  /** {@link STATS_FILE_FORMAT}. */
  format: typeof STATS_FILE_FORMAT;
  /** The reporting unit that made it. */
  unit: { id: string; name: string; level: string };
  /** Format profile of the report it was made with. */
  profile: "party" | "state";
  /** The period, its data range, cutoff and as-of date. */
  period: { spec: string; from: IsoDate; to: IsoDate; label: string; cutoff: Cutoff; asOf: IsoDate };
  /** The rule sets applied: session minimums month by month, and the official forms (State profile). */
  ruleSets: string[];
  /** Case register columns every register had (facts a column needs are counted only when all have it). */
  recordedFields: string[];
  /** Rows of the registers read. */
  rows: { read: number; accepted: number; rejected: number; files: number };
  /** The statistics. */
  statistics: ReportStatistics;
  /**
   * The units whose statistics files a roll-up added up into this one (`tiepdan rollup --stats-out`): a roll-up of the
   * level above refuses this file beside one of theirs (it would count them twice). Absent from a unit's own file.
   */
  includes?: { id: string; name: string }[];
  /**
   * `sha256:` and the SHA-256 of the rest of the file (its keys sorted): a number changed by hand after the file was
   * made is refused (`STATS_FILE_EDITED`). A file made before this field existed has none, and is read as it is.
   */
  checksum?: string;
}

const count = z.number().int().min(0);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoMonth = z.string().regex(/^\d{4}-\d{2}$/);
const counts = z.record(z.string(), count);

const StatsSchema = z
  .object({
    format: z.literal("tiepdan-stats@1"),
    config: z
      .object({
        from: isoDate,
        to: isoDate,
        asOf: isoDate,
        nominalMonths: z.array(isoMonth),
        unit: z
          .object({ id: z.string(), level: z.string(), side: z.enum(["party", "state"]), names: z.array(z.string()) })
          .strict()
          .nullable(),
        overdue: z
          .object({
            calendarId: z.string(),
            complaintAcceptanceCounting: z.enum(["calendarDays", "workingDays"]),
            recordedFields: z.array(z.string()).nullable(),
            side: z.literal("state").optional(),
          })
          .strict()
          .nullable(),
      })
      .strict(),
    cases: z
      .object({
        total: count,
        byKind: z.object({ reflection: count, petition: count, complaint: count, denunciation: count }).strict(),
        group: count,
        people: count,
        byRoute: z.object({ handle: count, direct: count, guide: count, archive: count }).strict(),
        routeUnrecorded: count,
        resolved: count,
        carriedOver: count,
        byField: counts,
        byUnit: counts,
        byChannel: counts,
        afterPeriod: count,
        overdue: count.optional(),
      })
      .strict(),
    sessions: z
      .object({
        held: count,
        scheduled: count,
        adHoc: count,
        people: count,
        dialogues: count,
        scheduledDaysByMonth: z.record(isoMonth, z.array(isoDate)),
      })
      .strict(),
  })
  .strict();

/**
 * Measures added to the forms after statistics files were first written (the settlement measures, then those of
 * Thông tư 06/2025/TT-TTCP's forms): a file lacking only these was made by an older version of the tool.
 */
const addedLater = (measure: string): boolean =>
  (FORM_MEASURES as readonly string[]).includes(measure) &&
  (measure.startsWith("settlement.") || measure === "reception.head.days" || measure.split(".").length > 3);

/** JSON shape of a statistics file (zod): also the source of `docs/schemas/so-lieu.schema.json`. */
export const StatsFileSchema = z
  .object({
    format: z.literal(STATS_FILE_FORMAT),
    unit: z.object({ id: z.string().min(1), name: z.string().min(1), level: z.string() }).strict(),
    profile: z.enum(["party", "state"]),
    period: z
      .object({
        spec: z.string(),
        from: isoDate,
        to: isoDate,
        label: z.string(),
        cutoff: z.enum(["calendar", "mid-month"]),
        asOf: isoDate,
      })
      .strict(),
    ruleSets: z.array(z.string()),
    recordedFields: z.array(z.string()),
    rows: z.object({ read: count, accepted: count, rejected: count, files: count }).strict(),
    statistics: z
      .object({
        units: z.array(
          z
            .object({
              id: z.string().nullable(),
              name: z.string(),
              stats: StatsSchema,
              forms: z.object(Object.fromEntries(FORM_MEASURES.map((m) => [m, count]))).strict(),
              months: z.record(isoMonth, z.object({ cases: count, sessions: count, sessionPeople: count }).strict()),
              // A unit a roll-up made with --allow-partial had no data of (review s19c C8: its file was refused).
              unreported: z.boolean().optional(),
            })
            .strict(),
        ),
        fields: z.array(z.object({ field: z.string(), stats: StatsSchema }).strict()),
        previousYear: z
          .object({
            covered: z.boolean(),
            casesCovered: z.boolean().optional(),
            sessionsCovered: z.boolean().optional(),
            stats: StatsSchema,
          })
          .strict(),
      })
      .strict(),
    includes: z.array(z.object({ id: z.string().min(1), name: z.string() }).strict()).optional(),
    checksum: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .optional(),
  })
  .strict()
  .meta({
    title: "Tệp số liệu tiếp dân (so-lieu.json)",
    description:
      "Số liệu báo cáo định kỳ của một đơn vị theo từng đơn vị, lĩnh vực, tháng; không chứa họ tên, địa chỉ hay nội dung vụ việc.",
  });

/** Input of {@link buildStatsFile}. */
export interface BuildStatsFileInput {
  /** The reporting unit. */
  unit: OrgUnit;
  /** Format profile. */
  profile: "party" | "state";
  /** The period. */
  period: Period;
  /** As-of date. */
  asOf: IsoDate;
  /** Rule sets applied. */
  ruleSets: readonly string[];
  /** Columns every cases register had. */
  recordedFields: readonly string[];
  /** Rows read. */
  rows: { read: number; accepted: number; rejected: number; files: number };
  /** The report's statistics. */
  statistics: ReportStatistics;
  /** A roll-up's: the units whose statistics files it added up (see `StatsFile.includes`). */
  includes?: readonly { id: string; name: string }[] | undefined;
}

/**
 * The statistics file of a report (`tiepdan report --stats-out so-lieu.json`).
 *
 * @param input - unit, profile, period, rule sets, register columns, rows and statistics
 * @returns the file's object, ready for `JSON.stringify`
 * @example
 * const file = buildStatsFile({ unit, profile: "state", period, asOf: period.to, ruleSets, recordedFields, rows, statistics });
 * file.format //=> "tiepdan-so-lieu@1"
 */
export function buildStatsFile(input: BuildStatsFileInput): StatsFile {
  const { period } = input;
  const file: StatsFile = {
    format: STATS_FILE_FORMAT,
    unit: { id: input.unit.id, name: input.unit.name, level: input.unit.level },
    profile: input.profile,
    period: {
      spec: period.spec,
      from: period.from,
      to: period.to,
      label: period.label,
      cutoff: period.cutoff,
      asOf: input.asOf,
    },
    ruleSets: [...new Set(input.ruleSets)].sort(),
    recordedFields: [...input.recordedFields].sort(),
    rows: { ...input.rows },
    statistics: input.statistics,
    ...(input.includes && input.includes.length > 0
      ? { includes: input.includes.map((u) => ({ id: u.id, name: u.name })) }
      : {}),
  };
  return { ...file, checksum: checksumOf(file) };
}

/** `sha256:` and the SHA-256 of a statistics file without its checksum, keys sorted (see `StatsFile.checksum`). */
function checksumOf(file: StatsFile): string {
  const { checksum: _, ...rest } = file;
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(rest))))}`;
}

/** A reason a statistics file cannot be used, with a stable code. */
export interface StatsFileProblem {
  /** `STATS_FILE_JSON`, `STATS_FILE_FORMAT`, `STATS_FILE_VERSION` or `STATS_FILE_SHAPE`. */
  code: "STATS_FILE_JSON" | "STATS_FILE_FORMAT" | "STATS_FILE_VERSION" | "STATS_FILE_SHAPE" | "STATS_FILE_EDITED";
  /** Vietnamese message. */
  message: string;
}

/** A file given for a statistics file that is something else: what it is, and what a statistics file is. */
function notStatsFile(code: StatsFileProblem["code"], what: string): { ok: false; problem: StatsFileProblem } {
  return {
    ok: false,
    problem: {
      code,
      message: `${what}, không phải tệp số liệu: tệp số liệu (so-lieu.json) do đơn vị ghi ra khi lập báo cáo của mình (“tiepdan report … --stats-out so-lieu.json”, hoặc tải “Tệp số liệu gửi cấp trên” trên trang web); sổ của chính cấp tổng hợp thì đưa vào chỗ của sổ (--cases, --sessions).`,
    },
  };
}

/**
 * Reads a statistics file: JSON syntax, format marker and version, then every field.
 *
 * @param text - the file's text
 * @returns the file, or the problem that makes it unusable (a Vietnamese message and a stable code)
 * @example
 * const r = parseStatsFile(readFileSync("so-lieu.json", "utf8"));
 * if (!r.ok) console.error(r.problem.message);
 */
export function parseStatsFile(text: string): { ok: true; file: StatsFile } | { ok: false; problem: StatsFileProblem } {
  let data: unknown;
  const body = text.replace(/^\uFEFF/, "");
  // A register or a report's workbook given for a statistics file (the files of one folder): said what it is.
  if (body.startsWith("PK\u0003\u0004")) return notStatsFile("STATS_FILE_FORMAT", "là tệp Excel hoặc Word");
  if (body.startsWith("%PDF")) return notStatsFile("STATS_FILE_FORMAT", "là tệp PDF (văn bản báo cáo)");
  // What a clerk's editor makes of the file (review s19x F14): said as such, not as "maybe a CSV register".
  if (body.trim() === "") return { ok: false, problem: { code: "STATS_FILE_JSON", message: "là tệp trống." } };
  if (body.includes("\u0000") || body.startsWith("\uFFFD\uFFFD")) {
    return {
      ok: false,
      problem: {
        code: "STATS_FILE_JSON",
        message:
          "được lưu bằng mã Unicode (UTF-16), không phải UTF-8: mở bằng Notepad, chọn Lưu thành với mã hóa UTF-8 (hoặc lập lại tệp số liệu).",
      },
    };
  }
  try {
    data = JSON.parse(body);
  } catch (e) {
    if (/^\s*(?:\/\/|\/\*)/m.test(body)) {
      return {
        ok: false,
        problem: {
          code: "STATS_FILE_JSON",
          message:
            "có lời chú thích (// hoặc /* */), tệp JSON không được có: bỏ các dòng chú thích, hoặc lập lại tệp số liệu.",
        },
      };
    }
    if (!/^\s*[[{]/.test(body)) return notStatsFile("STATS_FILE_JSON", "không phải tệp JSON (có thể là sổ dạng CSV)");
    return {
      ok: false,
      problem: {
        code: "STATS_FILE_JSON",
        message: `không phải tệp JSON hợp lệ (${e instanceof SyntaxError ? "sai cú pháp" : "không đọc được"}).`,
      },
    };
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (typeof format !== "string" || !format.startsWith("tiepdan-so-lieu@")) {
    if (isSummaryJson(data)) {
      return notStatsFile("STATS_FILE_FORMAT", "là tệp tóm tắt số liệu của một báo cáo (--summary-json)");
    }
    if (Array.isArray(data)) return notStatsFile("STATS_FILE_FORMAT", "là một danh sách dòng (có thể là sổ dạng JSON)");
    return {
      ok: false,
      problem: {
        code: "STATS_FILE_FORMAT",
        message: "không phải tệp số liệu của tiếp dân (thiếu “format”: “tiepdan-so-lieu@1”).",
      },
    };
  }
  if (format !== STATS_FILE_FORMAT) {
    return {
      ok: false,
      problem: {
        code: "STATS_FILE_VERSION",
        message: `là tệp số liệu phiên bản “${format}”, công cụ này chỉ đọc được “${STATS_FILE_FORMAT}”: lập lại tệp số liệu bằng cùng phiên bản công cụ.`,
      },
    };
  }
  const parsed = StatsFileSchema.safeParse(data);
  if (!parsed.success) {
    // A file made before some measures of the forms were counted (the settlement measures, those of Thông tư
    // 06/2025's forms) lacks exactly those: an older tool, not a file edited by hand.
    const at = (path: readonly PropertyKey[]): unknown =>
      path.reduce<unknown>(
        (v, k) => (v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined),
        data,
      );
    const missing = parsed.error.issues.filter((i) => i.code === "invalid_type" && at(i.path) === undefined);
    if (
      missing.length > 0 &&
      missing.length === parsed.error.issues.length &&
      missing.every((i) => i.path.at(-2) === "forms" && addedLater(String(i.path.at(-1))))
    ) {
      return {
        ok: false,
        problem: {
          code: "STATS_FILE_VERSION",
          message:
            "được lập bằng phiên bản công cụ cũ hơn, thiếu một số số liệu của các biểu mẫu: lập lại tệp số liệu bằng phiên bản công cụ này.",
        },
      };
    }
    const first = parsed.error.issues[0];
    const path = first?.path ?? [];
    const value = at(path);
    // Where, as the clerk finds it: the unit by its name, the rest as the file's keys (review s19x F14).
    const unitAt = path[0] === "statistics" && path[1] === "units" ? Number(path[2]) : undefined;
    const unitName = unitAt === undefined ? undefined : at(["statistics", "units", unitAt, "name"]);
    const where =
      unitAt !== undefined
        ? `số liệu của ${typeof unitName === "string" ? `“${unitName}”` : `đơn vị thứ ${unitAt + 1}`}${path.length > 3 ? `, mục “${path.slice(3).join(".")}”` : ""}`
        : path.length > 0
          ? `mục “${path.join(".")}”`
          : "gốc của tệp";
    if (first?.code === "unrecognized_keys") {
      return {
        ok: false,
        problem: {
          code: "STATS_FILE_SHAPE",
          message: `có mục không thuộc tệp số liệu (${first.keys.map((k) => `“${k}”`).join(", ")}) ở ${where}: tệp đã bị sửa tay hoặc hỏng; lập lại tệp số liệu.`,
        },
      };
    }
    const why =
      typeof value === "string" && /^\s*-?\d+([.,]\d+)?\s*$/.test(value)
        ? `: ghi “${value}” là chữ, phải là số`
        : typeof value === "number"
          ? `: ${value} không phải số nguyên từ 0 trở lên`
          : "";
    return {
      ok: false,
      problem: {
        code: "STATS_FILE_SHAPE",
        message: `có dữ liệu không hợp lệ ở ${where}${why}: tệp đã bị sửa tay hoặc hỏng; lập lại tệp số liệu.`,
      },
    };
  }
  const file = parsed.data as StatsFile;
  const edited =
    inconsistency(file) ??
    (file.checksum !== undefined && file.checksum !== checksumOf(file)
      ? "các số khác với lúc đơn vị lập tệp: mã kiểm tra “checksum” không khớp"
      : undefined);
  if (edited !== undefined) {
    return {
      ok: false,
      problem: {
        code: "STATS_FILE_EDITED",
        message: `có các số không khớp nhau (${edited}): tệp đã bị sửa tay hoặc hỏng; đề nghị đơn vị lập lại tệp số liệu.`,
      },
    };
  }
  return { ok: true, file };
}

/**
 * Where the counts of a statistics file disagree with each other, as a tool never writes them (review s16 F4: a
 * total changed by hand went into the roll-up's report, beside a breakdown that did not add up to it): every case of
 * the period is counted once in the total, once under its route (or as unrecorded), once under its field, its unit
 * and its channel; every session is scheduled or ad hoc.
 */
function inconsistency(file: StatsFile): string | undefined {
  const sum = (r: Readonly<Record<string, number>>) => Object.values(r).reduce((a, b) => a + b, 0);
  const check = (where: string, stats: StatsFile["statistics"]["units"][number]["stats"]): string | undefined => {
    const { cases, sessions } = stats;
    const parts: [string, number][] = [
      ["theo hướng xử lý", sum(cases.byRoute) + cases.routeUnrecorded],
      ["theo lĩnh vực", sum(cases.byField)],
      ["theo đơn vị", sum(cases.byUnit)],
      ["theo hình thức", sum(cases.byChannel)],
    ];
    const off = parts.find(([, n]) => n !== cases.total);
    if (off) return `${where}: tổng số ${cases.total} vụ việc, cộng ${off[0]} được ${off[1]}`;
    if (sessions.held !== sessions.scheduled + sessions.adHoc) {
      return `${where}: ${sessions.held} buổi tiếp dân, ${sessions.scheduled} buổi định kỳ và ${sessions.adHoc} buổi đột xuất`;
    }
    return undefined;
  };
  const { statistics, rows } = file;
  // Rows read are accepted or rejected (review s19x F6: a changed count stopped the roll-up with an internal error).
  if (rows.read !== rows.accepted + rows.rejected) {
    return `số dòng đã đọc ${rows.read} khác ${rows.accepted} dòng hợp lệ cộng ${rows.rejected} dòng bị loại`;
  }
  // Each unit is listed once (review s19x F5: a unit pasted twice was counted twice; one deleted is found by the
  // checksum: a file of the other side's profile has no row of its own unit).
  const ids = new Set<string>();
  for (const u of statistics.units) {
    if (u.id === null) continue;
    if (ids.has(u.id)) return `đơn vị “${u.name}” có hai dòng số liệu`;
    ids.add(u.id);
  }
  for (const u of statistics.units) {
    const found = check(`“${u.name}”`, u.stats);
    if (found) return found;
  }
  for (const f of statistics.fields) {
    const found = check(`lĩnh vực “${f.field}”`, f.stats);
    if (found) return found;
  }
  return check("cùng kỳ năm trước", statistics.previousYear.stats);
}

/**
 * The JSON Schema (draft 2020-12) of a statistics file, as checked in at `packages/reporting/schemas/so-lieu.schema.json`.
 *
 * @returns the schema object
 * @example
 * (statsFileJsonSchema().properties as Record<string, unknown>).format //=> { type: "string", const: "tiepdan-so-lieu@1" }
 */
export function statsFileJsonSchema(): Record<string, unknown> {
  const json = z.toJSONSchema(StatsFileSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
  json.$id = "https://tiepdan.invalid/schemas/so-lieu.schema.json";
  return json;
}
