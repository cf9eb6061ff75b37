// `tiepdan init`: the contents of the files a clerk starts from — org file, narrative skeleton, empty registers
// (CSV as Excel saves it under Vietnamese settings, XLSX with validation lists and a guide sheet), README.
// Pure: strings and bytes only, no file system, no clock.
import { isIsoDate } from "@tiepdan/core";
import type ExcelJS from "exceljs";
import { fixZipTimes } from "../document/_zipTimes.js";
import { CASE_COLUMNS, type ColumnSpec, type RegisterKind, SESSION_COLUMNS } from "../intake/_lib/columns.js";
import { describeAllowed } from "../intake/_lib/values.js";
import type { OrgFile } from "../report/orgFile.js";
import { NARRATIVE_SKELETON } from "../report/parseNarrative.js";

/** A register format `tiepdan init` can write. */
export type InitFormat = "csv" | "xlsx";

/** One file written by `tiepdan init`. */
export interface InitFile {
  /** File name inside the folder. */
  name: string;
  /** What it is, in Vietnamese, for the command's output. */
  description: string;
  /** Its exact bytes. */
  bytes: Uint8Array;
}

/** Options of {@link buildInitFiles}. */
export interface BuildInitFilesOptions {
  /** Register formats to write (default both, XLSX first). */
  formats?: readonly InitFormat[];
  /** Date stamped in the workbooks' properties and zip entries, `YYYY-MM-DD` (default `2000-01-01`). */
  date?: string;
  /** Period shown in the README's `tiepdan report` command line (default `2026-Q1`). */
  period?: string;
  /** The folder as the README's `cd` line writes it (quoted for the shell); no `cd` line without it. */
  folder?: string;
}

/** File names written by `tiepdan init`. */
export const INIT_NAMES = {
  org: "don-vi.json",
  narrative: "tuong-thuat.txt",
  readme: "README.txt",
  cases: "so-theo-doi-don",
  sessions: "so-buoi-tiep-dan",
} as const;

/** Default date of the workbooks: fixed, so that every run writes the same bytes. */
export const INIT_DEFAULT_DATE = "2000-01-01";
/** Rows 2 … VALIDATED_ROWS + 1 of a register sheet carry the validation lists. */
export const VALIDATED_ROWS = 5000;

const DEFAULT_FORMATS: readonly InitFormat[] = ["xlsx", "csv"];
const DEFAULT_PERIOD = "2026-Q1";
const CREATOR = "tiếp dân";
const CRLF = "\r\n";
const BOM = "\uFEFF";
/** The canonical spellings of a Có/Không column, as the intake writes them back (values.ts `readBool`). */
const BOOL_LABELS = ["Có", "Không"] as const;
/** Excel refuses a file whose inline list is longer than this, or whose messages are longer than these. */
const MAX_LIST = 255;
const MAX_TITLE = 32;
const MAX_MESSAGE = 255;

const REGISTER_TITLES: Readonly<Record<RegisterKind, string>> = {
  cases: "Sổ theo dõi đơn",
  sessions: "Sổ buổi tiếp dân",
};

const nfc = (s: string): string => s.normalize("NFC");
const encode = (s: string): Uint8Array => new TextEncoder().encode(nfc(s));

/** The columns of a register kind. */
function columnsOf(kind: RegisterKind): readonly ColumnSpec[] {
  return kind === "cases" ? CASE_COLUMNS : SESSION_COLUMNS;
}

// ---------------------------------------------------------------------------------------------------------------
// Org file

/** What each field of the org file means, in Vietnamese: the `note` of don-vi.json and a section of the README. */
const ORG_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ["reportingUnit", "mã (id) của cấp ủy lập báo cáo, phải là một trong các đơn vị ở “units”"],
  ["units", "cấp ủy lập báo cáo và các đơn vị trực thuộc có sổ được gộp, theo thứ tự in trong các biểu"],
  ["units[].id", "mã đơn vị, viết liền không dấu, không trùng nhau; cột “Đơn vị” của sổ ghi mã này hoặc tên đơn vị"],
  ["units[].name", "tên đầy đủ, ví dụ “Đảng ủy xã An Bình”"],
  ["units[].level", "cấp: province (tỉnh, thành phố) hoặc commune (xã, phường, đặc khu)"],
  ["units[].side", "party (cấp ủy, mặc định) hoặc state (Ủy ban nhân dân)"],
  ["units[].parentId", "mã của đơn vị cấp trên"],
  ["units[].headTitle", "chức danh người đứng đầu, ví dụ “Bí thư Đảng ủy xã”"],
  ["units[].aliases", "các tên khác mà sổ có thể ghi ở cột “Đơn vị”"],
  ["documents.party", "thể thức văn bản của Đảng (Hướng dẫn 36-HD/VPTW; tiepdan report --profile party, mặc định)"],
  ["documents.state", "thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP; tiepdan report --profile state)"],
  ["issuingBody", "cơ quan ban hành văn bản"],
  ["parentBody", "cơ quan cấp trên in phía trên cơ quan ban hành (có thể bỏ)"],
  ["numberPrefix", "ký hiệu sau số văn bản: “BC/TU” in thành “Số …-BC/TU”, “BC-UBND” in thành “Số: …/BC-UBND”"],
  ["place", "địa danh ở dòng ngày tháng"],
  ["signer.name, signer.title", "họ tên và chức vụ người ký"],
  [
    "signer.variant",
    "thể thức ký: direct (ký trực tiếp), onBehalfOf (T/M, TM.), deputy (KT.), byOrder (TL.), byAuthorization (TUQ.), acting (Q.)",
  ],
  ["signer.onBehalfOf", "thay mặt, ký thay cho ai, ví dụ “Ban Thường vụ”; bắt buộc trừ khi ký trực tiếp"],
  ["recipients", "nơi nhận: tên (name) và mục đích (purpose, ví dụ “báo cáo”); dòng lưu để cuối cùng"],
];

/**
 * The org file of a new folder: a provincial Party committee and two example communes, with the Party and State
 * document settings, every name a placeholder in square brackets. Valid for `parseOrgFile`.
 *
 * @returns the org file as an object (`note` first)
 * @example
 * buildOrgTemplate().units.map((u) => u.id) //=> ["tinh-uy", "xa-thu-nhat", "xa-thu-hai"]
 */
export function buildOrgTemplate(): OrgFile {
  const commune = (id: string, which: string) => ({
    id,
    name: `Đảng ủy xã [tên xã thứ ${which}]`,
    level: "commune",
    side: "party" as const,
    parentId: "tinh-uy",
    headTitle: "Bí thư Đảng ủy xã",
    aliases: [`Xã [tên xã thứ ${which}]`],
  });
  return {
    note: [
      "Tệp thông tin đơn vị cho tiepdan report --org. Thay mọi chữ trong ngoặc vuông bằng thông tin thật trước khi lập báo cáo; thêm hoặc bớt đơn vị trực thuộc trong “units”. Ý nghĩa các mục:",
      ...ORG_FIELDS.map(([field, meaning]) => `${field}: ${meaning}.`),
      "Mục “note” này chỉ để đọc, chương trình bỏ qua.",
    ].join(" "),
    reportingUnit: "tinh-uy",
    units: [
      {
        id: "tinh-uy",
        name: "Tỉnh ủy [tên tỉnh]",
        level: "province",
        side: "party",
        headTitle: "Bí thư Tỉnh ủy",
        aliases: ["Tỉnh ủy"],
      },
      commune("xa-thu-nhat", "nhất"),
      commune("xa-thu-hai", "hai"),
    ],
    documents: {
      party: {
        issuingBody: "Tỉnh ủy [tên tỉnh]",
        parentBody: "Đảng bộ tỉnh [tên tỉnh]",
        numberPrefix: "BC/TU",
        place: "[Địa danh]",
        signer: { name: "[Họ và tên]", title: "Bí thư", variant: "onBehalfOf", onBehalfOf: "Ban Thường vụ" },
        recipients: [
          { name: "Ban Nội chính Trung ương", purpose: "báo cáo" },
          { name: "Thường trực Tỉnh ủy" },
          { name: "Lưu Văn phòng Tỉnh ủy" },
        ],
      },
      state: {
        issuingBody: "Ủy ban nhân dân tỉnh [tên tỉnh]",
        numberPrefix: "BC-UBND",
        place: "[Địa danh]",
        signer: { name: "[Họ và tên]", title: "Chủ tịch", variant: "onBehalfOf", onBehalfOf: "Ủy ban nhân dân" },
        recipients: [
          { name: "Thanh tra Chính phủ", purpose: "báo cáo" },
          { name: "Ban Tiếp công dân Trung ương" },
          { name: "Lưu: VT, [đơn vị]" },
        ],
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Narrative

/**
 * The narrative skeleton: the four `## ` sections of the report's narrative, each with one bracketed line saying
 * what to write. UTF-8 with a byte order mark and Windows line ends, so that Notepad opens it right.
 *
 * @returns the file's text (BOM first)
 * @example
 * parseNarrative(buildNarrativeTemplate()).sections.length //=> 4
 */
export function buildNarrativeTemplate(): string {
  const body = NARRATIVE_SKELETON.party
    .map(([heading, hint]) => `## ${heading}${CRLF}${CRLF}${hint}${CRLF}`)
    .join(CRLF);
  return nfc(`${BOM}${body}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Registers

/**
 * An empty register as CSV, saved the way Excel saves "CSV UTF-8" under Vietnamese settings: byte order mark,
 * `;` between cells, CRLF line end; one header row with the Vietnamese labels in the intake's column order.
 *
 * @param kind - `cases` (sổ theo dõi đơn) or `sessions` (sổ buổi tiếp dân)
 * @returns the file's text (BOM first)
 * @example
 * buildRegisterCsv("sessions")
 * //=> "\uFEFFMã buổi;Ngày tiếp;Người chủ trì;Loại buổi;Địa điểm;Đơn vị;Số lượt người;Đối thoại\r\n"
 */
export function buildRegisterCsv(kind: RegisterKind): string {
  const cell = (text: string) => (/[";\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return nfc(
    `${BOM}${columnsOf(kind)
      .map((c) => cell(c.label))
      .join(";")}${CRLF}`,
  );
}

/** What each column means, in Vietnamese, for the guide sheet. */
const COLUMN_NOTES: Readonly<Record<RegisterKind, Readonly<Record<string, string>>>> = {
  cases: {
    id: "Mã của vụ việc, không trùng nhau trong các sổ được gộp, ví dụ MS-2026-001.",
    receivedOn: "Ngày tiếp nhận đơn hoặc tiếp công dân.",
    channel: "Vụ việc đến bằng cách nào.",
    kinds: "Loại vụ việc; vụ việc có nhiều loại thì ghi cách nhau bằng dấu chấm phẩy, ví dụ “Khiếu nại; Tố cáo”.",
    field: "Lĩnh vực, ví dụ Đất đai, Chính sách xã hội; báo cáo chỉ ghi lĩnh vực cho đơn tố cáo.",
    senderName: "Họ tên người gửi hoặc người đại diện; với đơn tố cáo không bao giờ được in ra báo cáo.",
    senderAddress: "Địa chỉ người gửi; với đơn tố cáo được giữ bí mật như họ tên.",
    people: "Số người cùng gửi đơn hoặc cùng đến; từ 5 người trở lên là vụ việc đông người.",
    content: "Tóm tắt nội dung; với đơn tố cáo không được in ra báo cáo.",
    authority:
      "Có: thuộc thẩm quyền người đứng đầu; Cấp dưới: thuộc thẩm quyền cấp dưới hoặc cơ quan trực thuộc; Không: ngoài phạm vi.",
    route: "Việc đã làm: Giải quyết (theo thẩm quyền), Chuyển (cơ quan có thẩm quyền), Hướng dẫn (người dân), Lưu đơn.",
    handlingBody: "Cơ quan giải quyết hoặc cơ quan được chuyển đơn.",
    relatedBodies: "Các cơ quan liên quan, cách nhau bằng dấu chấm phẩy.",
    notifiedOn: "Ngày thông báo cho người gửi (thụ lý, chuyển đơn, hướng dẫn).",
    resultOn: "Ngày có kết quả giải quyết; để trống khi chưa có.",
    status: "Tình trạng hiện tại của vụ việc.",
    unit: "Đơn vị tiếp nhận: mã (id) hoặc tên đơn vị trong tệp don-vi.json.",
    sessionId: "Mã buổi tiếp (cột “Mã buổi” của sổ buổi tiếp dân) khi vụ việc được tiếp nhận tại một buổi tiếp.",
    acceptedOn: "Ngày thụ lý giải quyết.",
    filingCount: "Lần gửi: 1 là lần đầu; với khiếu nại là lần khiếu nại.",
    remoteArea: "Người gửi ở vùng sâu, vùng xa (thời hạn giải quyết dài hơn).",
    complexity: "Mức độ phức tạp (thời hạn giải quyết dài hơn với vụ việc phức tạp).",
    extensions: "Số lần đã gia hạn giải quyết.",
    subjectIsPartyMember: "Người bị tố cáo, bị phản ánh là đảng viên.",
    anonymous: "Đơn không rõ họ tên người gửi.",
    prominent: "Vụ việc nổi cộm, được dư luận quan tâm.",
    securityRisk: "Có nguy cơ ảnh hưởng đến an ninh chính trị, trật tự an toàn xã hội.",
    opinionsDiffer: "Các cơ quan có ý kiến khác nhau về cách giải quyết.",
  },
  sessions: {
    id: "Mã của buổi tiếp, không trùng nhau, ví dụ B-2026-01; sổ theo dõi đơn ghi mã này ở cột “Buổi tiếp”.",
    date: "Ngày tiếp dân.",
    host: "Người chủ trì buổi tiếp, ví dụ Bí thư Tỉnh ủy.",
    kind: "Định kỳ: theo lịch tiếp dân; Đột xuất: khi có vụ việc phát sinh.",
    place: "Nơi tiếp dân.",
    unit: "Đơn vị tổ chức buổi tiếp: mã (id) hoặc tên đơn vị trong tệp don-vi.json.",
    people: "Số lượt người được tiếp.",
    dialogue: "Buổi tiếp có đối thoại trực tiếp với dân.",
    caseIds:
      "Mã số các vụ việc được tiếp tại buổi này, cách nhau bằng dấu chấm phẩy; buổi đột xuất ghi mã vụ việc thì chỉ tính là đã tiếp đột xuất các vụ việc đó.",
  },
};

/** Free-text columns that need room; other columns are as wide as their header or their longest value. */
const WIDE: Readonly<Record<string, number>> = {
  content: 48,
  senderAddress: 32,
  senderName: 24,
  handlingBody: 26,
  relatedBodies: 26,
  field: 18,
  unit: 24,
  host: 24,
  place: 30,
};
/** Columns whose values are codes: stored as text, so that Excel keeps "001" and "1-2". */
const CODE_FIELDS = new Set(["id", "sessionId"]);
const DATE_FORMAT = "dd/mm/yyyy";

/** The values of a column's validation list, or undefined when it has none. */
function listValues(spec: ColumnSpec): readonly string[] | undefined {
  if (spec.type === "bool") return BOOL_LABELS;
  if ((spec.type === "enum" || spec.type === "enumList") && spec.enum) return Object.values(spec.enum.labels);
  return undefined;
}

/** What a column accepts, in Vietnamese. */
function allowedText(spec: ColumnSpec): string {
  const base = describeAllowed(spec);
  if (spec.type === "enumList") return `${base}; nhiều giá trị cách nhau bằng dấu chấm phẩy`;
  if (spec.type === "textList") return `${base}; nhiều giá trị cách nhau bằng dấu chấm phẩy`;
  return base;
}

/** Cuts a message to Excel's limit (Excel reports a damaged file otherwise). */
function limit(text: string, max: number): string {
  const chars = Array.from(nfc(text));
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}

/** The Excel data validation of a column, or undefined for a free column. */
function validationOf(spec: ColumnSpec): ExcelJS.DataValidation | undefined {
  const values = listValues(spec);
  const errorTitle = limit(spec.label, MAX_TITLE);
  if (values) {
    const formula = `"${values.join(",")}"`;
    if (values.some((v) => v.includes(",") || v.includes('"')) || formula.length - 2 > MAX_LIST) {
      throw new RangeError(`buildRegisterWorkbook: the values of column "${spec.label}" do not fit an Excel list`);
    }
    // Loại may hold several kinds ("Khiếu nại; Tố cáo"): Excel only informs. The other lists warn and let the clerk
    // keep another spelling the intake accepts (x for Có, Trực tiếp for Tiếp trực tiếp); `tiepdan validate` decides.
    const several = spec.type === "enumList";
    return {
      type: "list",
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: several ? "information" : "warning",
      errorTitle,
      error: limit(
        several
          ? `Cột “${spec.label}” nhận: ${values.join(", ")}. Nhiều giá trị thì ghi cách nhau bằng dấu chấm phẩy, ví dụ “${values.slice(-2).join("; ")}”.`
          : `Giá trị không có trong danh sách của cột “${spec.label}”: ${values.join(", ")}. Lệnh tiepdan validate sẽ kiểm tra lại.`,
        MAX_MESSAGE,
      ),
    };
  }
  if (spec.type === "int") {
    return {
      type: "whole",
      operator: "greaterThanOrEqual",
      allowBlank: true,
      formulae: [spec.min ?? 0],
      showErrorMessage: true,
      // "Lần" also takes words ("Lần đầu"): Excel only warns, and lets the clerk keep them.
      errorStyle: spec.ordinal ? "warning" : "stop",
      errorTitle,
      error: limit(`Cột “${spec.label}” nhận ${describeAllowed(spec)}`.replace(/([^.…])$/, "$1."), MAX_MESSAGE),
    };
  }
  return undefined;
}

/** Width of a register column, in Excel character units. */
function widthOf(spec: ColumnSpec): number {
  const header = Array.from(spec.label).length + 4; // bold text and the filter button
  const values = listValues(spec);
  const content =
    WIDE[spec.field] ??
    (spec.type === "date" ? 12 : values ? Math.max(...values.map((v) => Array.from(v).length)) + 3 : 10);
  return Math.max(header, content);
}

// exceljs keeps range validations in `worksheet.dataValidations` (one `sqref` per column, instead of one entry per
// cell), but its type declarations leave that property out.
interface RangeValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

const FONT = { name: "Calibri", family: 2, size: 11 } as const;
const FONT_BOLD = { ...FONT, bold: true } as const;
const FILL_REQUIRED = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFCE4D6" } } as const;
const FILL_OPTIONAL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } } as const;
const BORDER_BOTTOM = { bottom: { style: "thin" } } as const;

function writeRegisterSheet(workbook: ExcelJS.Workbook, kind: RegisterKind): void {
  const columns = columnsOf(kind);
  const ws = workbook.addWorksheet(REGISTER_TITLES[kind], {
    views: [{ state: "frozen", xSplit: 1, ySplit: 1 }],
    pageSetup: { paperSize: 9 as ExcelJS.PaperSize, orientation: "landscape", printTitlesRow: "1:1" },
  });
  columns.forEach((spec, i) => {
    const column = ws.getColumn(i + 1);
    column.width = widthOf(spec);
    if (spec.type === "date") column.numFmt = DATE_FORMAT;
    else if (CODE_FIELDS.has(spec.field)) column.numFmt = "@";
  });
  const header = ws.getRow(1);
  columns.forEach((spec, i) => {
    const cell = header.getCell(i + 1);
    cell.value = nfc(spec.label);
    cell.numFmt = "General";
    cell.font = FONT_BOLD;
    cell.fill = spec.required ? FILL_REQUIRED : FILL_OPTIONAL;
    cell.border = BORDER_BOTTOM;
    cell.alignment = { vertical: "middle" };
  });
  const last = ws.getColumn(columns.length).letter;
  ws.autoFilter = `A1:${last}1`;
  const validations = (ws as unknown as RangeValidations).dataValidations;
  columns.forEach((spec, i) => {
    const validation = validationOf(spec);
    if (!validation) return;
    const letter = ws.getColumn(i + 1).letter;
    validations.add(`${letter}2:${letter}${VALIDATED_ROWS + 1}`, validation);
  });
}

function writeGuideSheet(workbook: ExcelJS.Workbook, kind: RegisterKind): void {
  const columns = columnsOf(kind);
  const ws = workbook.addWorksheet("Hướng dẫn", { views: [{ state: "frozen", ySplit: 1 }] });
  const widths = [24, 10, 48, 64];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const head = ws.getRow(1);
  ["Cột", "Bắt buộc", "Giá trị cho phép", "Ý nghĩa"].forEach((text, i) => {
    const cell = head.getCell(i + 1);
    cell.value = text;
    cell.font = FONT_BOLD;
    cell.fill = FILL_OPTIONAL;
    cell.border = BORDER_BOTTOM;
  });
  columns.forEach((spec, i) => {
    const row = ws.getRow(i + 2);
    row.values = [
      nfc(spec.label),
      spec.required ? "Có" : "Không",
      nfc(allowedText(spec)),
      nfc(COLUMN_NOTES[kind][spec.field] ?? ""),
    ];
    row.alignment = { vertical: "top", wrapText: true };
    if (spec.required) row.getCell(1).fill = FILL_REQUIRED;
  });
  const notes = [
    `Mỗi ${kind === "cases" ? "vụ việc" : "buổi tiếp"} ghi một dòng ở trang “${REGISTER_TITLES[kind]}”; dòng 1 là tiêu đề cột, giữ nguyên. Cột tô màu cam là cột bắt buộc.`,
    `Ngày ghi dd/mm/yyyy, ví dụ 05/03/2026. Các cột có danh sách chọn (${VALIDATED_ROWS.toLocaleString("vi-VN")} dòng đầu) chỉ nhận giá trị trong danh sách; Excel cảnh báo khi gõ giá trị khác.`,
    `Kiểm tra sổ bằng lệnh: tiepdan validate ${INIT_NAMES[kind]}.xlsx${kind === "sessions" ? " --kind sessions" : ""}`,
  ];
  notes.forEach((text, i) => {
    const cell = ws.getCell(columns.length + 3 + i, 1);
    cell.value = nfc(text);
    cell.font = i === 0 ? FONT_BOLD : FONT;
  });
}

/**
 * An empty register as an Excel workbook: the register sheet (header row bold, coloured and frozen, filter buttons,
 * column widths, dates formatted dd/mm/yyyy, validation lists on the enumerated and Có/Không columns and whole-number
 * checks on the number columns for the first {@link VALIDATED_ROWS} rows) and a "Hướng dẫn" sheet listing each
 * column, whether it is required, its allowed values and its meaning. Byte-identical for the same input: the
 * document properties and every zip entry carry `date`.
 *
 * @param kind - `cases` (sổ theo dõi đơn) or `sessions` (sổ buổi tiếp dân)
 * @param date - date stamped in the workbook, `YYYY-MM-DD` (default {@link INIT_DEFAULT_DATE})
 * @returns the XLSX bytes
 * @throws {RangeError} when `date` is not a `YYYY-MM-DD` date
 * @example
 * const bytes = await buildRegisterWorkbook("cases");
 * const { rows } = await readCasesAll(bytes, { fileName: "so-theo-doi-don.xlsx", xlsx });
 * rows //=> { read: 0, accepted: 0, rejected: 0 }
 */
export async function buildRegisterWorkbook(kind: RegisterKind, date: string = INIT_DEFAULT_DATE): Promise<Uint8Array> {
  if (!isIsoDate(date)) {
    throw new RangeError(`buildRegisterWorkbook: expected date as YYYY-MM-DD, got ${JSON.stringify(date)}`);
  }
  // exceljs takes a fifth of a second to load: only `tiepdan init` needs it here.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  const stamp = new Date(`${date}T00:00:00Z`);
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.lastPrinted = stamp;
  writeRegisterSheet(workbook, kind);
  writeGuideSheet(workbook, kind);
  const written = (await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer | Uint8Array;
  const bytes = written instanceof Uint8Array ? new Uint8Array(written) : new Uint8Array(written);
  return fixZipTimes(bytes, date);
}

// ---------------------------------------------------------------------------------------------------------------
// README

/** Register file names for the formats written, the format the commands use first. */
function registerNames(formats: readonly InitFormat[]): { format: InitFormat; cases: string; sessions: string }[] {
  return formats.map((format) => ({
    format,
    cases: `${INIT_NAMES.cases}.${format}`,
    sessions: `${INIT_NAMES.sessions}.${format}`,
  }));
}

/**
 * The command line that makes the report from the files of a new folder, run inside that folder.
 *
 * @param format - the register format the clerk fills in
 * @param period - the reporting period, e.g. `2026-Q1`
 * @returns the command line
 * @example
 * initReportCommand("csv", "2026-Q1")
 * //=> "tiepdan report --cases so-theo-doi-don.csv --sessions so-buoi-tiep-dan.csv --org don-vi.json --narrative tuong-thuat.txt --period 2026-Q1 --out bao-cao"
 */
export function initReportCommand(format: InitFormat, period: string): string {
  return `tiepdan report --cases ${INIT_NAMES.cases}.${format} --sessions ${INIT_NAMES.sessions}.${format} --org ${INIT_NAMES.org} --narrative ${INIT_NAMES.narrative} --period ${period} --out bao-cao`;
}

/**
 * The commands that check the registers of a new folder, run inside that folder.
 *
 * @param format - the register format the clerk fills in
 * @returns the two `tiepdan validate` command lines (sessions first: the cases register is checked against it)
 * @example
 * initValidateCommands("xlsx")[0] //=> "tiepdan validate so-buoi-tiep-dan.xlsx --kind sessions"
 */
export function initValidateCommands(format: InitFormat): [string, string] {
  const sessions = `${INIT_NAMES.sessions}.${format}`;
  return [
    `tiepdan validate ${sessions} --kind sessions`,
    `tiepdan validate ${INIT_NAMES.cases}.${format} --sessions ${sessions}`,
  ];
}

/** What each file is, in Vietnamese. */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  [INIT_NAMES.org]: "thông tin đơn vị: cấp ủy báo cáo, đơn vị trực thuộc, cơ quan ban hành, người ký, nơi nhận",
  [INIT_NAMES.narrative]: "phần tường thuật của báo cáo, bốn mục",
  [`${INIT_NAMES.cases}.xlsx`]: "sổ theo dõi đơn trống (Excel), có danh sách chọn và trang “Hướng dẫn”",
  [`${INIT_NAMES.sessions}.xlsx`]: "sổ buổi tiếp dân trống (Excel), có danh sách chọn và trang “Hướng dẫn”",
  [`${INIT_NAMES.cases}.csv`]: "sổ theo dõi đơn trống (CSV UTF-8, phân tách bằng dấu chấm phẩy)",
  [`${INIT_NAMES.sessions}.csv`]: "sổ buổi tiếp dân trống (CSV UTF-8, phân tách bằng dấu chấm phẩy)",
  [INIT_NAMES.readme]: "các bước tiếp theo",
};

/**
 * The names of the files `tiepdan init` writes for the given register formats, in the order it writes them.
 *
 * @param formats - register formats (default both)
 * @returns file names
 * @example
 * initFileNames(["csv"]) //=> ["don-vi.json", "tuong-thuat.txt", "so-theo-doi-don.csv", "so-buoi-tiep-dan.csv", "README.txt"]
 */
export function initFileNames(formats: readonly InitFormat[] = DEFAULT_FORMATS): string[] {
  return [
    INIT_NAMES.org,
    INIT_NAMES.narrative,
    ...registerNames(formats).flatMap((r) => [r.cases, r.sessions]),
    INIT_NAMES.readme,
  ];
}

/**
 * The README of a new folder, in Vietnamese: what each file is, then the next steps — fill in the org file, the
 * registers and the narrative, check the registers with `tiepdan validate`, make the report with the exact
 * `tiepdan report` command line. UTF-8 with a byte order mark and Windows line ends.
 *
 * @param formats - register formats written (default both)
 * @param period - period of the example `tiepdan report` command (default `2026-Q1`)
 * @param folder - the folder as a `cd` command writes it (quoted for the shell), for the README's first command
 * @returns the file's text (BOM first)
 * @example
 * buildInitReadme(["csv"], "2026-Q2").includes("--period 2026-Q2") //=> true
 */
export function buildInitReadme(
  formats: readonly InitFormat[] = DEFAULT_FORMATS,
  period = DEFAULT_PERIOD,
  folder?: string,
): string {
  const names = initFileNames(formats);
  const pad = Math.max(...names.map((n) => n.length)) + 2;
  const registers = registerNames(formats);
  const both = registers.length > 1;
  const y = /^\d{4}/.exec(period)?.[0] ?? "2026";
  const lines: string[] = [
    "BẮT ĐẦU GHI SỔ TIẾP DÂN VÀ LẬP BÁO CÁO",
    "(các tệp do lệnh “tiepdan init” tạo)",
    "",
    "Trong thư mục này:",
    ...names.map((n) => `  ${n.padEnd(pad)}${DESCRIPTIONS[n] ?? ""}`),
    "",
    "Các chữ trong ngoặc vuông, ví dụ “[tên tỉnh]”, “[Họ và tên]”, là chỗ phải điền: văn bản còn chữ trong ngoặc",
    "vuông thì chưa được trình ký.",
    "",
    "BƯỚC 1. Sửa tệp don-vi.json",
    "  Mở bằng Notepad (hoặc trình soạn thảo văn bản khác), thay mọi chữ trong ngoặc vuông bằng thông tin thật,",
    "  thêm hoặc bớt đơn vị trực thuộc, giữ nguyên các dấu ngoặc kép, dấu phẩy, dấu ngoặc nhọn; lưu dạng UTF-8.",
    "  Ý nghĩa các mục:",
    ...ORG_FIELDS.map(([field, meaning]) => `    ${field}: ${meaning}`),
    "",
    "BƯỚC 2. Ghi sổ",
    "  Mỗi vụ việc (đơn, lượt tiếp) ghi một dòng ở sổ theo dõi đơn; mỗi buổi tiếp dân ghi một dòng ở sổ buổi tiếp dân.",
    "  Dòng đầu tiên là tiêu đề cột: giữ nguyên. Ngày ghi dd/mm/yyyy, ví dụ 05/03/2026.",
    "  Cột “Đơn vị” ghi mã (id) hoặc tên đơn vị trong don-vi.json; cột “Buổi tiếp” ghi “Mã buổi” của sổ buổi tiếp dân.",
    "  Ý nghĩa và giá trị cho phép của từng cột: trang “Hướng dẫn” trong tệp Excel, hoặc lệnh tiepdan validate.",
  ];
  if (both) {
    lines.push(
      "  Mỗi sổ chỉ điền một dạng: Excel (.xlsx) hoặc CSV (.csv), không điền cả hai; tệp dạng kia có thể xóa.",
    );
  }
  if (formats.includes("csv")) {
    lines.push("  Tệp CSV mở được bằng Excel; khi lưu, chọn kiểu “CSV UTF-8 (Comma delimited)”.");
  }
  lines.push(
    "",
    "BƯỚC 3. Viết tường thuật (tuong-thuat.txt)",
    "  Thay dòng trong ngoặc vuông dưới mỗi mục bằng nội dung; các đoạn cách nhau một dòng trống;",
    "  giữ các dòng bắt đầu bằng “## ” (tên mục). Các số liệu do chương trình tính từ sổ, không cần viết lại.",
    "",
    "BƯỚC 4. Kiểm tra sổ",
    "  Lệnh tiepdan cần được cài một lần trên máy (người quản trị chạy “pnpm cli:install” trong thư mục mã nguồn,",
    "  xem README của dự án). Gõ “tiepdan --help”: máy báo không có lệnh này thì lệnh chưa được cài.",
    folder === undefined
      ? "  Mở cửa sổ lệnh tại thư mục này (lệnh cd đến thư mục), rồi gõ:"
      : `  Mở cửa sổ lệnh, chuyển đến thư mục này:${CRLF}    cd ${folder}${CRLF}  rồi gõ:`,
  );
  for (const r of registers) {
    if (both) lines.push(`  Nếu điền sổ ${r.format === "xlsx" ? "Excel" : "CSV"}:`);
    lines.push(...initValidateCommands(r.format).map((c) => `    ${c}`));
  }
  lines.push(
    "  Lệnh in bảng lỗi: dòng, cột, có gì sai, giá trị nào được phép. Sửa rồi kiểm tra lại đến khi “Không có lỗi nào”.",
    "",
    "BƯỚC 5. Lập báo cáo",
  );
  for (const r of registers) {
    if (both) lines.push(`  Nếu điền sổ ${r.format === "xlsx" ? "Excel" : "CSV"}:`);
    lines.push(`    ${initReportCommand(r.format, period)}`);
  }
  lines.push(
    `  Thay ${period} bằng kỳ báo cáo: ${y}-03 hoặc 3/${y} (tháng), ${y}-Q1 hoặc "quý I/${y}" (quý), ${y}-H1 hoặc`,
    `  "6 tháng ${y}", ${y}-9M hoặc "9 tháng ${y}", ${y} (năm); kỳ có dấu cách thì đặt trong ngoặc kép.`,
    "  Báo cáo (PDF, DOCX) được ghi vào thư mục “bao-cao”. Chưa có sổ buổi tiếp dân thì bỏ phần --sessions …:",
    "  báo cáo ghi rõ chưa tổng hợp buổi tiếp dân.",
    "  Văn bản hành chính của Ủy ban nhân dân (Nghị định 30/2020/NĐ-CP): thêm --profile state.",
    "  Thêm các biểu số liệu dạng Excel: --format pdf,docx,xlsx. Mọi tùy chọn: tiepdan report --help",
    "",
  );
  return nfc(`${BOM}${lines.join(CRLF)}`);
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Everything `tiepdan init` writes, as bytes: the org file, the narrative skeleton, the empty registers in the
 * requested formats, the README. The same options give the same bytes.
 *
 * @param options - register formats, the workbooks' date, the README's example period
 * @returns the files, in the order of {@link initFileNames}
 * @throws {RangeError} when `options.date` is not a `YYYY-MM-DD` date
 * @example
 * const files = await buildInitFiles({ formats: ["csv"] });
 * files.map((f) => f.name) //=> ["don-vi.json", "tuong-thuat.txt", "so-theo-doi-don.csv", "so-buoi-tiep-dan.csv", "README.txt"]
 */
export async function buildInitFiles(options: BuildInitFilesOptions = {}): Promise<InitFile[]> {
  const formats = options.formats ?? DEFAULT_FORMATS;
  const date = options.date ?? INIT_DEFAULT_DATE;
  const file = (name: string, bytes: Uint8Array): InitFile => ({ name, description: DESCRIPTIONS[name] ?? "", bytes });
  const files: InitFile[] = [
    file(INIT_NAMES.org, encode(`${JSON.stringify(buildOrgTemplate(), null, 2)}\n`)),
    file(INIT_NAMES.narrative, encode(buildNarrativeTemplate())),
  ];
  for (const r of registerNames(formats)) {
    for (const kind of ["cases", "sessions"] as const) {
      const name = r[kind];
      files.push(
        file(name, r.format === "csv" ? encode(buildRegisterCsv(kind)) : await buildRegisterWorkbook(kind, date)),
      );
    }
  }
  files.push(
    file(INIT_NAMES.readme, encode(buildInitReadme(formats, options.period ?? DEFAULT_PERIOD, options.folder))),
  );
  return files;
}
