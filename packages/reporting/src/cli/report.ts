// `tiepdan report`: registers → periodic report (PDF, DOCX, XLSX) and the summary JSON.
// Exit codes: 0 written; 1 the registers have errors, nothing written; 2 a command typed wrong or a file that
// cannot be read; 3 written with --allow-partial, rows with errors left out.
import { basename, join, resolve } from "node:path";
import { formatVietnameseDate, formatVietnameseNumber } from "@tiepdan/core";
import { formulaGaps } from "../forms/fillForm.js";
import { reportingUnitOf } from "../report/orgFile.js";
import { parseNarrative } from "../report/parseNarrative.js";
import { type PreparedPeriodicReport, preparePeriodicReport } from "../report/runs.js";
import { buildStatsFile } from "../statsFile/statsFile.js";
import {
  prepareRun,
  REGISTER_RUN_OPTIONS,
  type RegisterRun,
  readNarrativeFile,
  registerRunInput,
  spreadMulti,
  textOption,
  writeDocument,
} from "./_common.js";
import { reportTooBigMessage } from "./_memoryBudget.js";
import { type CliIo, parseCommand, UsageError } from "./_usage.js";

export const REPORT_HELP = `tiepdan report — lập báo cáo định kỳ về tiếp dân và xử lý đơn thư từ các sổ theo dõi

Cách dùng:
  tiepdan report --cases <sổ theo dõi đơn>... [--sessions <sổ buổi tiếp>...] --period <kỳ> --out <thư mục>
                 [--org <don-vi.json>] [--narrative <tường thuật.txt>] [--profile party|state]
                 [--cutoff calendar|mid-month] [--format pdf,docx,xlsx] [--as-of <ngày>] [--date <ngày>]
                 [--number <số>] [--register all|open|none] [--summary-json <tệp>] [--fonts <thư mục>]
                 [--days-off <ngay-nghi.json|.csv>] [--allow-partial] [--reveal-identities]

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
                          mid-month = từ ngày 15 tháng trước đến ngày 14 (mặc định với state: Thông tư 01/2024/TT-TTCP,
                          từ 30/9/2025 Thông tư 06/2025/TT-TTCP)
  --format pdf,docx,xlsx  định dạng cần ghi (mặc định pdf,docx); xlsx = các biểu số liệu dạng Excel
                          (với state: các biểu mẫu của thông tư đang có hiệu lực — 01/TCD, 02/XLD, 03/GQKN,
                          04/GQTC theo Thông tư 06/2025/TT-TTCP từ 30/09/2025; 01/TCD, 01/XLD, 01/KQGQ, 03/KQGQ
                          theo Thông tư 01/2024/TT-TTCP trước đó)
  --as-of <ngày>          ngày tính kết quả giải quyết và thời hạn (mặc định: ngày cuối của kỳ)
  --date <ngày>           ngày ghi trên văn bản (mặc định: ngày tính số liệu)
  --number <số>           số văn bản (mặc định để trống cho văn thư điền)
  --register all|open|none
                          phụ lục danh sách vụ việc: tất cả vụ việc trong kỳ (mặc định), chỉ vụ việc chưa có kết quả,
                          hoặc không có
  --summary-json <tệp>    ghi các con số của báo cáo dạng JSON (để đối chiếu, tự động hóa)
  --stats-out <tệp.json>  ghi tệp số liệu (so-lieu.json) để gửi cấp trên tổng hợp bằng “tiepdan rollup”:
                          số liệu theo đơn vị, lĩnh vực, tháng; không có họ tên, địa chỉ, nội dung vụ việc
  --fonts <thư mục>       thư mục có tệp phông Times New Roman (times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf);
                          mặc định dùng phông Tinos đi kèm, cùng kích thước chữ với Times New Roman
  --days-off <tệp>        tệp ngày nghỉ (JSON hoặc CSV, cột Ngày, Tên, Loại, Văn bản): lịch nghỉ lễ, Tết của năm công cụ
                          chưa có thông báo, hoặc ngày nghỉ riêng của địa phương; thay cho khóa “daysOff” của tệp --org
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
  const { values, positionals } = parseCommand({
    args: spreadMulti(args),
    allowPositionals: true,
    strict: true,
    options: {
      ...REGISTER_RUN_OPTIONS,
      narrative: { type: "string" },
      "summary-json": { type: "string" },
      register: { type: "string" },
      "reveal-identities": { type: "boolean" },
      "stats-out": { type: "string" },
    },
  });
  if (values.help) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UsageError(`Không hiểu “${positionals.join(" ")}”: tên sổ đặt sau --cases hoặc --sessions.`);
  }
  const register = (values.register ?? "all") as "all" | "open" | "none";
  if (!["all", "open", "none"].includes(register)) {
    throw new UsageError(`--register phải là all, open hoặc none, không phải “${values.register}”.`);
  }
  const narrativeText = values.narrative === undefined ? undefined : readNarrativeFile(values.narrative, io);
  const run = await prepareRun(values, io, ["pdf", "docx", "xlsx"], {
    inputs: [values.narrative, values.fonts],
    outputs: { "--summary-json": values["summary-json"], "--stats-out": values["stats-out"] },
  });
  if (typeof run === "number") return run;
  const { period, profile, formats, cases, rows, sessionsRegister } = run;
  const narrative = narrativeText === undefined ? undefined : parseNarrative(narrativeText);
  for (const p of narrative?.problems ?? [])
    io.stderr(`Tường thuật “${basename(values.narrative as string)}”: ${p.message}\n`);

  // A job too big for the memory this process may use says so before the documents are started (issue 18).
  const tooBig = reportTooBigMessage(cases.length, register, formats);
  if (tooBig !== undefined) {
    io.stderr(tooBig);
    return 2;
  }

  // Model, documents.
  const reveal = values["reveal-identities"] === true;
  const prepared = preparePeriodicReport({
    ...registerRunInput(run, textOption(values.number, "--number", io)),
    narrative,
    register,
    revealIdentities: reveal,
  });
  for (const note of prepared.summary.notes ?? []) io.stderr(`Lưu ý: ${note}\n`);
  const written = await writePeriodicOutputs(prepared, run, values, io);
  const { model } = prepared;
  io.stdout(
    `Đã lập báo cáo ${period.label} (số liệu từ ${formatVietnameseDate(period.from, { style: "numeric" })} đến ${formatVietnameseDate(period.to, { style: "numeric" })}): ${formatVietnameseNumber(model.cases.total)} vụ việc, ${sessionsRegister ? `${formatVietnameseNumber(model.sessions.held)} ${profile === "state" ? "buổi tiếp công dân" : "buổi tiếp dân"}` : "không có sổ buổi tiếp dân"}.\n${written.map((w) => `  ${w}\n`).join("")}`,
  );
  if (reveal) io.stderr("Văn bản có thông tin người tố cáo, đóng dấu MẬT: chỉ dùng nội bộ, không gửi ra ngoài.\n");
  return rows.rejected > 0 ? 3 : 0;
}

/** What {@link writePeriodicOutputs} needs of the options typed. */
export interface PeriodicOutputOptions {
  fonts?: string | undefined;
  "summary-json"?: string | undefined;
  "stats-out"?: string | undefined;
}

/**
 * Writes what `tiepdan report` and `tiepdan rollup` write for a periodic report: PDF and DOCX, the workbook (the
 * official forms for the State profile, the report's tables for the Party one), the summary JSON and the
 * statistics file; lists on stderr the form columns left blank and why.
 */
export async function writePeriodicOutputs(
  prepared: PreparedPeriodicReport,
  run: Pick<
    RegisterRun,
    "formats" | "outDir" | "period" | "asOf" | "date" | "org" | "profile" | "rows" | "recordedFields" | "outputs"
  > &
    Partial<Pick<RegisterRun, "deriveReportingUnit">> & {
      /** A roll-up's: the units whose statistics files it added up (written into its --stats-out). */
      includes?: readonly { id: string; name: string }[];
    },
  values: PeriodicOutputOptions,
  io: CliIo,
): Promise<string[]> {
  const { model, stem, provenance } = prepared;
  const { formats, outDir, period, outputs } = run;
  const written: string[] = [];
  for (const f of prepared.forms.filter((x) => !x.form.verified)) {
    io.stderr(
      `Lưu ý: bố cục Biểu ${f.form.code} của ${f.form.circular.citation} chưa đối chiếu được với phụ lục của thông tư (xem docs/legal-sources.md); kiểm tra trước khi gửi.\n`,
    );
  }
  for (const f of prepared.forms) {
    // One line per reason: "Biểu 01/TCD: cột (21), (22) … để trống — …".
    const byReason = new Map<string, string[]>();
    for (const b of f.blanks) byReason.set(b.reason, [...(byReason.get(b.reason) ?? []), `(${b.number}) “${b.label}”`]);
    for (const [reason, columns] of byReason) {
      io.stderr(
        `Biểu ${f.form.code}: ${columns.length > 1 ? "các cột" : "cột"} ${columns.join(", ")} để trống — ${reason}.\n`,
      );
    }
  }
  for (const g of prepared.forms.flatMap((f) => formulaGaps({ ...f, rows: f.rows.filter((r) => r.total) }))) {
    io.stderr(
      `Biểu ${g.form}: cột (${g.number}) là ${formatVietnameseNumber(g.value)} nhưng ${g.parts
        .split("+")
        .map((n) => `(${n})`)
        .join(
          " + ",
        )} = ${formatVietnameseNumber(g.sum)} — có dòng thiếu dữ liệu cho các cột này (thường do ô “Lần” bỏ trống ở một số dòng); kiểm tra trước khi gửi.\n`,
    );
  }
  if (formats.includes("pdf") || formats.includes("docx")) {
    io.stderr("Đang dựng văn bản…\n");
    written.push(
      ...(await writeDocument(prepared.doc, { formats, outDir, stem, fonts: values.fonts, provenance, outputs })),
    );
  }
  if (formats.includes("xlsx")) {
    const target = join(outDir, `${stem}.xlsx`);
    outputs.add(
      target,
      prepared.forms.length > 0
        ? await (await import("../xlsx/writeFormWorkbook.js")).writeFormWorkbook(prepared.forms, {
            range: prepared.workbook.range,
            attachedTo: `Kèm theo ${model.attachedTo}`,
            date: prepared.workbook.date,
          })
        : await (await import("../xlsx/writeStatWorkbook.js")).writeStatWorkbook(model.tables, prepared.workbook),
    );
    written.push(target);
  }
  if (values["summary-json"] !== undefined) {
    const target = resolve(values["summary-json"]);
    const forms =
      prepared.forms.length === 0
        ? {}
        : {
            forms: {
              used: prepared.forms.map((f) => ({
                id: f.form.id,
                code: f.form.code,
                circular: f.form.circular.citation,
                verified: f.form.verified,
              })),
              blankColumns: prepared.forms.flatMap((f) => f.blanks),
            },
          };
    outputs.add(target, `${JSON.stringify({ ...prepared.summary, ...forms }, null, 2)}\n`);
    written.push(target);
  }
  if (values["stats-out"] !== undefined) {
    const target = resolve(values["stats-out"]);
    // The unit that sends the file: the org file's reporting unit, the keeper of these registers (the rollup
    // tells units apart by it). Without --org, the unit the report speaks for, named by its profile (a State file is
    // the People's Committee's, not the placeholder Party committee's).
    const unit = run.deriveReportingUnit === true ? prepared.unit : reportingUnitOf(run.org);
    const file = buildStatsFile({
      unit,
      profile: run.profile,
      period,
      asOf: run.asOf,
      ruleSets: prepared.ruleSets,
      recordedFields: run.recordedFields,
      rows: run.rows,
      statistics: prepared.statistics,
      includes: run.includes,
    });
    outputs.add(target, `${JSON.stringify(file, null, 2)}\n`);
    written.push(target);
  }
  outputs.commit();
  return written;
}
