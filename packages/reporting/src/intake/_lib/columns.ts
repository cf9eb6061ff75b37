// The columns of the two registers (DESIGN.md "Registers"): their schema field, the Vietnamese header and
// the other headers clerks write for it, how the cell is read, and the values a cell may hold.
import { LABELS } from "@tiepdan/core";
import { normalizeKey } from "./normalizeKey.js";

/** The two kinds of register. */
export type RegisterKind = "cases" | "sessions";

/** How a cell is read. */
export type ValueType = "text" | "textList" | "date" | "int" | "bool" | "enum" | "enumList";

/** An enumerated value set: schema value → Vietnamese label (first = canonical), plus extra spellings. */
export interface EnumSpec {
  /** Canonical Vietnamese label of each value, in schema order. */
  labels: Readonly<Record<string, string>>;
  /** Matching key → schema value (labels, long labels, English values, usual variants). */
  byKey: ReadonlyMap<string, string>;
}

/** One column of a register. */
export interface ColumnSpec {
  field: string;
  /** The header as DESIGN.md writes it. */
  label: string;
  /** Other headers accepted for it (matched like the label). */
  aliases: readonly string[];
  type: ValueType;
  required: boolean;
  /** Reveals a denouncer's identity: its value is never repeated in a problem of a denunciation row. */
  identity: boolean;
  enum?: EnumSpec;
  /** Smallest allowed value of an `int` column. */
  min?: number;
  /** An `int` column that also reads ordinal words ("Lần đầu", "lần hai", "Lần thứ 3"). */
  ordinal?: boolean;
  /** Longest text a `text` column of a short name takes (a field, a unit): a longer one is `VALUE_TOO_LONG`. */
  maxLength?: number;
  /**
   * A `text` column whose few values every register repeats (a field, a unit, a body): its readings are memoised like
   * those of dates and kinds, so that each value is one string shared by the rows, which every later step groups and
   * compares at once.
   */
  repeats?: boolean;
}

/** Longest name of a field or a unit: a longer cell is content pasted into the wrong column. */
export const SHORT_NAME_LENGTH = 200;

function enumSpec(
  labels: Readonly<Record<string, string>>,
  extra: Readonly<Record<string, readonly string[]>> = {},
): EnumSpec {
  const byKey = new Map<string, string>();
  for (const [value, label] of Object.entries(labels)) {
    byKey.set(normalizeKey(label), value);
    byKey.set(normalizeKey(value), value);
    for (const variant of extra[value] ?? []) byKey.set(normalizeKey(variant), value);
  }
  return { labels, byKey };
}

const CASE_KIND = enumSpec(LABELS.caseKind);
const CHANNEL = enumSpec(LABELS.channel, {
  inPerson: ["Trực tiếp", "Tiếp công dân trực tiếp"],
  letter: ["Đơn", "Thư", "Qua đơn", "Đơn thư gửi đến", "Qua bưu điện"],
  online: ["Online", "Qua mạng", "Thư điện tử", "Email", "Cổng thông tin điện tử"],
  phone: ["Qua điện thoại", "Đường dây nóng"],
  transferred: ["Chuyển đến", "Cơ quan chuyển đến", "Cơ quan khác chuyển"],
});
const AUTHORITY = enumSpec(LABELS.authority, {
  own: ["Thuộc thẩm quyền", "Đúng thẩm quyền"],
  subordinate: ["Thuộc cấp dưới", "Cơ quan cấp dưới"],
  none: ["Không thuộc thẩm quyền", "Ngoài thẩm quyền"],
});
const ROUTE = enumSpec(LABELS.route, {
  handle: [LABELS.routeLong.handle],
  direct: [LABELS.routeLong.direct, "Chỉ đạo, chuyển", "Chỉ đạo", "Chuyển đơn", "Chuyển cơ quan có thẩm quyền"],
  guide: [LABELS.routeLong.guide, "Hướng dẫn công dân"],
  archive: ["Lưu"],
});
const STATUS = enumSpec(LABELS.status, {
  inProgress: ["Đang giải quyết", "Chưa giải quyết", "Chưa xong"],
  resolved: ["Đã xong", "Hoàn thành", "Đã xử lý"],
  transferred: ["Đã chuyển đơn"],
  guided: ["Đã hướng dẫn công dân"],
  archived: ["Lưu đơn", "Đã lưu"],
  withdrawn: ["Đã rút đơn", "Rút"],
});
const COMPLEXITY = enumSpec(LABELS.complexity, { veryComplex: ["Rất phức tạp"] });
const SESSION_KIND = enumSpec(LABELS.sessionKind, { scheduled: ["Thường kỳ"], adHoc: ["Bất thường"] });

function col(
  field: string,
  label: string,
  type: ValueType,
  more: Partial<
    Pick<ColumnSpec, "aliases" | "required" | "identity" | "enum" | "min" | "ordinal" | "maxLength" | "repeats">
  > = {},
): ColumnSpec {
  return {
    field,
    label,
    aliases: more.aliases ?? [],
    type,
    required: more.required ?? false,
    identity: more.identity ?? false,
    ...(more.enum ? { enum: more.enum } : {}),
    ...(more.min === undefined ? {} : { min: more.min }),
    ...(more.ordinal ? { ordinal: true } : {}),
    ...(more.maxLength === undefined ? {} : { maxLength: more.maxLength }),
    ...(more.repeats ? { repeats: true } : {}),
  };
}

/** Columns of the cases register (sổ theo dõi đơn / sổ tiếp dân), in DESIGN.md order. */
export const CASE_COLUMNS: readonly ColumnSpec[] = [
  col("id", "Mã số", "text", { required: true, aliases: ["Mã", "Mã đơn", "Mã vụ việc", "Số hiệu"] }),
  col("receivedOn", "Ngày tiếp nhận", "date", { required: true, aliases: ["Ngày nhận", "Ngày nhận đơn"] }),
  col("channel", "Hình thức tiếp nhận", "enum", { required: true, enum: CHANNEL, aliases: ["Hình thức"] }),
  col("kinds", "Loại", "enumList", {
    required: true,
    enum: CASE_KIND,
    aliases: ["Loại đơn", "Phân loại", "Loại vụ việc", "Loại đơn thư"],
  }),
  col("field", "Lĩnh vực", "text", { maxLength: SHORT_NAME_LENGTH, repeats: true }),
  col("senderName", "Người gửi", "text", {
    identity: true,
    // A sheet kept for denunciations names its sender "Người tố cáo" (review s16w F4): read as the sender, so that a
    // sheet lacking the register's other columns is read and refused, and its denouncers protected, not skipped.
    aliases: [
      "Họ tên",
      "Họ và tên",
      "Người gửi đơn",
      "Người đứng đơn",
      "Tên người gửi",
      "Người tố cáo",
      "Họ tên người tố cáo",
      "Người khiếu nại",
      "Người kiến nghị",
      "Người phản ánh",
    ],
  }),
  col("senderAddress", "Địa chỉ", "text", {
    identity: true,
    aliases: ["Địa chỉ người gửi", "Địa chỉ người tố cáo", "Địa chỉ người khiếu nại"],
  }),
  col("people", "Số người", "int", { min: 1 }),
  col("content", "Nội dung", "text", {
    identity: true,
    aliases: ["Tóm tắt nội dung", "Nội dung đơn", "Nội dung vụ việc", "Nội dung tố cáo", "Nội dung khiếu nại"],
  }),
  col("authority", "Thuộc thẩm quyền", "enum", { enum: AUTHORITY, aliases: ["Thẩm quyền"] }),
  col("route", "Hướng xử lý", "enum", { enum: ROUTE, aliases: ["Xử lý"] }),
  col("handlingBody", "Cơ quan xử lý", "text", { aliases: ["Cơ quan giải quyết"], repeats: true }),
  col("relatedBodies", "Cơ quan liên quan", "textList"),
  col("notifiedOn", "Ngày thông báo", "date"),
  col("resultOn", "Ngày có kết quả", "date", { aliases: ["Ngày kết quả"] }),
  col("status", "Trạng thái", "enum", { enum: STATUS, aliases: ["Tình trạng", "Tình trạng xử lý"] }),
  col("unit", "Đơn vị", "text", { maxLength: SHORT_NAME_LENGTH, repeats: true }),
  col("sessionId", "Buổi tiếp", "text", { aliases: ["Mã buổi tiếp", "Mã buổi"] }),
  col("acceptedOn", "Ngày thụ lý", "date"),
  col("filingCount", "Lần", "int", { min: 1, ordinal: true, aliases: ["Lần gửi", "Số lần", "Lần khiếu nại"] }),
  col("remoteArea", "Vùng sâu vùng xa", "bool"),
  col("complexity", "Mức độ", "enum", { enum: COMPLEXITY }),
  col("extensions", "Gia hạn", "int", { min: 0, aliases: ["Số lần gia hạn"] }),
  col("subjectIsPartyMember", "Đảng viên", "bool", { aliases: ["Người bị tố cáo là đảng viên"] }),
  col("anonymous", "Nặc danh", "bool"),
  col("prominent", "Nổi cộm", "bool"),
  col("securityRisk", "Nguy cơ ANCT-TTATXH", "bool", { aliases: ["Nguy cơ"] }),
  col("opinionsDiffer", "Ý kiến khác nhau", "bool"),
];

/** Columns of the sessions register (buổi tiếp dân). */
export const SESSION_COLUMNS: readonly ColumnSpec[] = [
  col("id", "Mã buổi", "text", { required: true, aliases: ["Mã số", "Mã"] }),
  col("date", "Ngày tiếp", "date", { required: true, aliases: ["Ngày", "Ngày tiếp dân"] }),
  col("host", "Người chủ trì", "text", { aliases: ["Chủ trì"], repeats: true }),
  col("kind", "Loại buổi", "enum", { required: true, enum: SESSION_KIND, aliases: ["Loại"] }),
  col("place", "Địa điểm", "text", { repeats: true }),
  col("unit", "Đơn vị", "text", { maxLength: SHORT_NAME_LENGTH, repeats: true }),
  col("people", "Số lượt người", "int", { min: 0, aliases: ["Số người", "Số lượt"] }),
  col("dialogue", "Đối thoại", "bool"),
  col("caseIds", "Vụ việc", "textList", { aliases: ["Các vụ việc", "Vụ việc được tiếp", "Mã số vụ việc"] }),
];

/** Headers clerks add for their own use; they are kept and not reported as unknown. */
const CLERK_COLUMNS = new Set(["STT", "Số TT", "Số thứ tự", "TT", "Ghi chú"].map(normalizeKey));

/** The column table of a register kind, with the lookup from a header's matching key. */
export interface RegisterColumns {
  kind: RegisterKind;
  columns: readonly ColumnSpec[];
  byKey: ReadonlyMap<string, ColumnSpec>;
  /** The field that identifies a row (`id`). */
  idField: string;
}

function index(kind: RegisterKind, columns: readonly ColumnSpec[]): RegisterColumns {
  const byKey = new Map<string, ColumnSpec>();
  for (const c of columns) {
    for (const name of [c.label, c.field, ...c.aliases]) {
      const key = normalizeKey(name);
      if (!byKey.has(key)) byKey.set(key, c);
    }
  }
  return { kind, columns, byKey, idField: "id" };
}

/** Columns of each register kind. */
export const REGISTERS: Readonly<Record<RegisterKind, RegisterColumns>> = {
  cases: index("cases", CASE_COLUMNS),
  sessions: index("sessions", SESSION_COLUMNS),
};

/** Tells whether a header is one clerks add for themselves (STT, Ghi chú). */
export function isClerkColumn(header: string): boolean {
  return CLERK_COLUMNS.has(normalizeKey(header));
}

/** The Vietnamese name of a register kind, for messages. */
export const REGISTER_NAMES: Readonly<Record<RegisterKind, string>> = {
  cases: "sổ theo dõi đơn",
  sessions: "sổ buổi tiếp dân",
};
