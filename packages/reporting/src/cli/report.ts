// `tiepdan report`: registers → periodic report (PDF, DOCX, XLSX) and the summary JSON.
// Exit codes: 0 written; 1 the registers have errors, nothing written; 2 a command typed wrong or a file that
// cannot be read; 3 written with --allow-partial, rows with errors left out.
import { mkdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  type Case,
  type Cutoff,
  defaultCutoff,
  formatVietnameseDate,
  InputError,
  type Period,
  type ReceptionSession,
  resolvePeriod,
} from "@tiepdan/core";
import { buildSummaryJson } from "../buildSummaryJson.js";
import type { ProfileName } from "../document/buildDocument.js";
import { renderDocx } from "../docx/renderDocx.js";
import { readDefaultFonts, readFontFolder } from "../node/fonts.js";
import { renderPdf } from "../pdf/renderPdf.js";
import { buildPeriodicReport, periodicReportSummary } from "../report/buildPeriodicReport.js";
import { buildReportModel, reportStatistics } from "../report/buildReportModel.js";
import { documentMetaFor, reportingUnitOf } from "../report/orgFile.js";
import { parseNarrative } from "../report/parseNarrative.js";
import { writeStatWorkbook } from "../xlsx/writeStatWorkbook.js";
import {
  DEADLINE_COLUMNS,
  loadOrg,
  parseDay,
  printProblems,
  readRegisters,
  spreadMulti,
  writeAtomically,
} from "./_common.js";
import { formatProblemTable } from "./_table.js";
import { type CliIo, checkReadable, UsageError } from "./_usage.js";

export const REPORT_HELP = `tiepdan report — lập báo cáo định kỳ về tiếp dân và xử lý đơn thư từ các sổ theo dõi

Cách dùng:
  tiepdan report --cases <sổ theo dõi đơn>... [--sessions <sổ buổi tiếp>...] --period <kỳ> --out <thư mục>
                 [--org <don-vi.json>] [--narrative <tường thuật.txt>] [--profile party|state]
                 [--cutoff calendar|mid-month] [--format pdf,docx,xlsx] [--as-of <ngày>] [--date <ngày>]
                 [--number <số>] [--register all|open|none] [--summary-json <tệp>] [--fonts <thư mục>]
                 [--allow-partial] [--reveal-identities]

Kỳ báo cáo (--period): 2026-03 (tháng), 2026-Q1 … 2026-Q4 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng),
2026 (năm), 2026-03-01..2026-03-20 (đột xuất, từ ngày đến ngày).

Tùy chọn:
  --cases <tệp>...        sổ theo dõi đơn (CSV, JSON, NDJSON, Excel .xlsx); nhiều sổ (mỗi xã một sổ) được gộp lại
  --sessions <tệp>...     sổ buổi tiếp dân; có thể nhiều sổ
  --period <kỳ>           kỳ báo cáo (bắt buộc)
  --out <thư mục>         thư mục ghi báo cáo (bắt buộc; tạo mới nếu chưa có)
  --org <tệp.json>        thông tin đơn vị: cấp ủy báo cáo, các đơn vị trực thuộc, cơ quan ban hành, người ký,
                          nơi nhận; không có thì dùng thông tin mẫu trong ngoặc vuông, phải sửa trước khi ký
  --narrative <tệp.txt>   phần tường thuật: mỗi mục bắt đầu bằng dòng “## Tên mục”, các đoạn cách nhau một dòng trống
  --profile party|state   thể thức: party = văn bản của Đảng (Hướng dẫn 36-HD/VPTW, mặc định),
                          state = văn bản hành chính (Nghị định 30/2020/NĐ-CP)
  --cutoff calendar|mid-month
                          cách tính khoảng số liệu: calendar = theo tháng dương lịch (mặc định với party),
                          mid-month = từ ngày 15 tháng trước đến ngày 14 (mặc định với state, Thông tư 01/2024/TT-TTCP)
  --format pdf,docx,xlsx  định dạng cần ghi (mặc định pdf,docx); xlsx = các biểu số liệu dạng Excel
  --as-of <ngày>          ngày tính kết quả giải quyết và thời hạn (mặc định: ngày cuối của kỳ)
  --date <ngày>           ngày ghi trên văn bản (mặc định: ngày tính số liệu)
  --number <số>           số văn bản (mặc định để trống cho văn thư điền)
  --register all|open|none
                          phụ lục danh sách vụ việc: tất cả vụ việc trong kỳ (mặc định), chỉ vụ việc chưa có kết quả,
                          hoặc không có
  --summary-json <tệp>    ghi các con số của báo cáo dạng JSON (để đối chiếu, tự động hóa)
  --fonts <thư mục>       thư mục có tệp phông Times New Roman (times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf);
                          mặc định dùng phông Tinos đi kèm, cùng kích thước chữ với Times New Roman
  --allow-partial         vẫn lập báo cáo khi sổ có dòng lỗi: các dòng lỗi không được tính, báo cáo ghi rõ số dòng bị bỏ
  --reveal-identities     in họ tên, địa chỉ người tố cáo trong danh sách vụ việc — chỉ cho sổ nội bộ:
                          văn bản được đóng dấu “MẬT” và lựa chọn này được ghi vào thuộc tính của tệp
  -h, --help              in hướng dẫn này

Ngày viết dd/mm/yyyy hoặc yyyy-mm-dd.

Mã thoát: 0 đã ghi báo cáo; 1 sổ có lỗi, chưa ghi gì (sửa lỗi hoặc dùng --allow-partial);
2 lệnh gõ sai hoặc không đọc được tệp; 3 đã ghi báo cáo với --allow-partial, có dòng lỗi không được tính.
`;

/**
 * Runs `tiepdan report`.
 *
 * @param args - the arguments after `report`
 * @param io - where to write messages
 * @returns the exit code (0, 1, 2 or 3)
 */
export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: spreadMulti(args),
    allowPositionals: true,
    strict: true,
    options: {
      cases: { type: "string", multiple: true },
      sessions: { type: "string", multiple: true },
      period: { type: "string" },
      cutoff: { type: "string" },
      profile: { type: "string" },
      org: { type: "string" },
      narrative: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      "summary-json": { type: "string" },
      "as-of": { type: "string" },
      date: { type: "string" },
      number: { type: "string" },
      register: { type: "string" },
      fonts: { type: "string" },
      "allow-partial": { type: "boolean" },
      "reveal-identities": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UsageError(`Không hiểu “${positionals.join(" ")}”: tên sổ đặt sau --cases hoặc --sessions.`);
  }
  const casePaths = values.cases ?? [];
  if (casePaths.length === 0) throw new UsageError("Thiếu sổ theo dõi đơn: --cases <tệp>.");
  if (values.period === undefined) throw new UsageError("Thiếu kỳ báo cáo: --period, ví dụ --period 2026-Q1.");
  if (values.out === undefined || values.out.trim() === "") {
    throw new UsageError("Thiếu thư mục ghi báo cáo: --out <thư mục>.");
  }
  const profile = (values.profile ?? "party") as ProfileName;
  if (profile !== "party" && profile !== "state") {
    throw new UsageError(
      `--profile phải là “party” (văn bản của Đảng) hoặc “state” (văn bản hành chính), không phải “${values.profile}”.`,
    );
  }
  const cutoff = (values.cutoff ?? defaultCutoff(profile)) as Cutoff;
  if (cutoff !== "calendar" && cutoff !== "mid-month") {
    throw new UsageError(`--cutoff phải là “calendar” hoặc “mid-month”, không phải “${values.cutoff}”.`);
  }
  const formats = (values.format ?? "pdf,docx")
    .split(",")
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = formats.filter((f) => f !== "pdf" && f !== "docx" && f !== "xlsx");
  if (formats.length === 0 || unknown.length > 0) {
    throw new UsageError(
      `--format chỉ nhận pdf, docx, xlsx (cách nhau bằng dấu phẩy)${unknown.length ? `, không nhận “${unknown.join(", ")}”` : ""}.`,
    );
  }
  const register = (values.register ?? "all") as "all" | "open" | "none";
  if (!["all", "open", "none"].includes(register)) {
    throw new UsageError(`--register phải là all, open hoặc none, không phải “${values.register}”.`);
  }
  let period: Period;
  try {
    period = resolvePeriod(values.period, { cutoff });
  } catch (e) {
    if (e instanceof InputError) throw new UsageError(e.message);
    throw e;
  }
  const asOf = values["as-of"] === undefined ? period.to : parseDay(values["as-of"], "--as-of");
  if (asOf < period.to) {
    io.stderr(
      `Lưu ý: ngày tính số liệu ${formatVietnameseDate(asOf, { style: "numeric" })} trước ngày cuối kỳ; vụ việc, buổi tiếp sau ngày này vẫn được tính nếu có trong sổ.\n`,
    );
  }
  const date = values.date === undefined ? asOf : parseDay(values.date, "--date");
  for (const p of [...casePaths, ...(values.sessions ?? []), values.org, values.narrative]) {
    if (p !== undefined) checkReadable(p);
  }

  // Org file and narrative.
  const draftNotes: string[] = [];
  const org = loadOrg(values.org, io, draftNotes);
  const narrative = values.narrative === undefined ? undefined : parseNarrative(readFileSync(values.narrative, "utf8"));
  for (const p of narrative?.problems ?? [])
    io.stderr(`Tường thuật “${basename(values.narrative as string)}”: ${p.message}\n`);

  // Registers.
  const sessionsRead =
    values.sessions && values.sessions.length > 0
      ? await readRegisters<ReceptionSession>("sessions", values.sessions, io)
      : undefined;
  const sessionIds = sessionsRead ? new Set(sessionsRead.records.map((s) => s.id)) : undefined;
  const casesRead = await readRegisters<Case>("cases", casePaths, io, sessionIds);
  const problems = [...(sessionsRead?.problems ?? []), ...casesRead.problems];
  const errors = problems.filter((p) => p.detail.problem.severity === "error");
  const rows = {
    read: casesRead.rows.read + (sessionsRead?.rows.read ?? 0),
    accepted: casesRead.rows.accepted + (sessionsRead?.rows.accepted ?? 0),
    rejected: casesRead.rows.rejected + (sessionsRead?.rows.rejected ?? 0),
  };
  printProblems(problems, io, (list) => formatProblemTable(list, io.columns ?? 120));
  if (errors.length > 0 && !values["allow-partial"]) {
    io.stderr(
      `\nKhông lập báo cáo: các sổ có ${errors.length} lỗi (${rows.rejected} dòng bị loại trong ${rows.read} dòng). Sửa các lỗi trên (kiểm tra từng sổ bằng “tiepdan validate <tệp>”), hoặc dùng --allow-partial để lập báo cáo không tính các dòng lỗi.\n`,
    );
    return 1;
  }
  for (const f of casesRead.perFile) {
    const lacking = Object.keys(DEADLINE_COLUMNS).filter((k) => !f.fields.includes(k));
    if (lacking.length > 0) {
      io.stderr(
        `Lưu ý: sổ “${f.file}” không có cột ${lacking.map((k) => `“${DEADLINE_COLUMNS[k]}”`).join(", ")}: các thời hạn cần cột này được coi là không đủ dữ liệu, không tính là quá hạn (ở mọi sổ).\n`,
      );
    }
  }

  // Model, documents.
  const reveal = values["reveal-identities"] === true;
  const head = reportingUnitOf(org);
  const recordedFields = [...(casesRead.recordedFields ?? [])] as (keyof Case)[];
  const meta = documentMetaFor({
    org,
    profile,
    number: values.number,
    date,
    documentType: "Báo cáo",
    summary: periodicReportSummary(period.label),
    classification: reveal ? "MẬT" : undefined,
  });
  const numberText = /^[-/]/.test(meta.number) ? "" : ` số ${meta.number}`;
  const model = buildReportModel({
    period,
    asOf,
    cases: casesRead.records,
    sessions: sessionsRead?.records ?? [],
    units: org.units,
    reportingUnit: head.id,
    reporter: profile === "party" ? `Ban Thường vụ ${head.name}` : meta.issuingBody,
    rows: { ...rows, files: casePaths.length + (values.sessions?.length ?? 0) },
    ...(narrative ? { narrative } : {}),
    register,
    revealIdentities: reveal,
    recordedFields,
    draftNotes,
    attachedTo: `Báo cáo${numberText} ngày ${formatVietnameseDate(date, { style: "numeric" })} của ${meta.issuingBody}`,
  });
  const outDir = resolve(values.out);
  mkdirSync(outDir, { recursive: true });
  const stem = `bao-cao-${period.spec.replace("..", "_")}-${profile === "party" ? "dang" : "nha-nuoc"}${reveal ? "-MAT" : ""}`;
  const written: string[] = [];
  const provenance = {
    TiepdanRevealIdentities: reveal ? "yes" : "no",
    TiepdanPeriod: period.spec,
    TiepdanCutoff: period.cutoff,
    TiepdanAsOf: asOf,
  };
  if (formats.includes("pdf") || formats.includes("docx")) {
    io.stderr("Đang dựng văn bản…\n");
    const doc = buildPeriodicReport({ model, meta, profile });
    if (formats.includes("pdf")) {
      const fonts = values.fonts === undefined ? await readDefaultFonts() : await readFontFolder(values.fonts);
      const target = join(outDir, `${stem}.pdf`);
      writeAtomically(target, await renderPdf(doc, { fonts, provenance }));
      written.push(target);
    }
    if (formats.includes("docx")) {
      const target = join(outDir, `${stem}.docx`);
      writeAtomically(target, await renderDocx(doc, { provenance }));
      written.push(target);
    }
  }
  if (formats.includes("xlsx")) {
    const target = join(outDir, `${stem}.xlsx`);
    const bytes = await writeStatWorkbook(model.tables, {
      heading: `${head.name} — ${period.label}`,
      range: `Số liệu tính từ ngày ${formatVietnameseDate(period.from, { style: "numeric" })} đến ngày ${formatVietnameseDate(period.to, { style: "numeric" })}`,
      date,
    });
    writeAtomically(target, bytes);
    written.push(target);
  }
  if (values["summary-json"] !== undefined) {
    const { summary } = reportStatistics({
      period,
      asOf,
      cases: casesRead.records,
      sessions: sessionsRead?.records ?? [],
      unit: head,
      recordedFields,
    });
    const json = buildSummaryJson({ period, asOf, rows, summary });
    const target = resolve(values["summary-json"]);
    writeAtomically(target, `${JSON.stringify(json, null, 2)}\n`);
    written.push(target);
  }
  io.stdout(
    `Đã lập báo cáo ${period.label} (số liệu từ ${formatVietnameseDate(period.from, { style: "numeric" })} đến ${formatVietnameseDate(period.to, { style: "numeric" })}): ${model.cases.total} vụ việc, ${model.sessions.held} buổi tiếp dân.\n${written.map((w) => `  ${w}\n`).join("")}`,
  );
  if (reveal) io.stderr("Văn bản có thông tin người tố cáo, đóng dấu MẬT: chỉ dùng nội bộ, không gửi ra ngoài.\n");
  return rows.rejected > 0 ? 3 : 0;
}
