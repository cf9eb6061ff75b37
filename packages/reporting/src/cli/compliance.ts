// `tiepdan compliance`: the breaches of a period, each with the clause it breaches, as a report (PDF, DOCX) and JSON.
// Exit codes as `tiepdan report`: 0 written; 1 registers with errors, nothing written; 2 a command typed wrong or a
// file that cannot be read; 3 written with --allow-partial, rows with errors left out.
import { resolve } from "node:path";
import { formatVietnameseDate } from "@tiepdan/core";
import { prepareComplianceReport } from "../report/runs.js";
import {
  prepareRun,
  REGISTER_RUN_OPTIONS,
  registerRunInput,
  spreadMulti,
  textOption,
  writeDocument,
} from "./_common.js";
import { type CliIo, parseCommand, UsageError } from "./_usage.js";

/** `tiepdan compliance --help`. */
export const COMPLIANCE_HELP = `tiepdan compliance — rà soát việc thực hiện Quy định 11-QĐi/TW trong một kỳ: từng trường hợp chưa bảo đảm
quy định, kèm căn cứ

Cách dùng:
  tiepdan compliance --cases <sổ theo dõi đơn>... [--sessions <sổ buổi tiếp>...] --period <kỳ> --out <thư mục>
                     [--org <don-vi.json>] [--profile party|state] [--cutoff calendar|mid-month]
                     [--format pdf,docx] [--as-of <ngày>] [--date <ngày>] [--number <số>] [--json <tệp>]
                     [--fonts <thư mục>] [--days-off <ngay-nghi.json|.csv>] [--allow-partial]

Văn bản liệt kê:
  1. các tháng người đứng đầu từng cấp ủy trong tệp đơn vị tiếp dân định kỳ chưa đủ số ngày tối thiểu
     (khoản 1 Điều 4 Quy định 11-QĐi/TW);
  2. vụ việc có dấu hiệu phải tiếp dân đột xuất mà cấp ủy của vụ việc chưa có buổi tiếp đột xuất;
  3. thời hạn thông báo bằng văn bản, thụ lý, giải quyết chưa bảo đảm (đến ngày tính số liệu);
  4. vụ việc có hướng xử lý đã ghi khác với hướng xử lý theo quy định.
Vụ việc chỉ ghi mã số, loại và lĩnh vực: không có họ tên, địa chỉ người gửi, nội dung tố cáo.

Tùy chọn: như “tiepdan report” (--cases, --sessions, --period, --org, --profile, --cutoff, --as-of, --date,
--number, --fonts, --days-off, --allow-partial), và:
  --format pdf,docx   định dạng cần ghi (mặc định pdf,docx)
  --json <tệp>        ghi danh sách các trường hợp dạng JSON (để tự động hóa)
  -h, --help          in hướng dẫn này

Mã thoát: 0 đã ghi văn bản; 1 sổ có lỗi, chưa ghi gì (sửa lỗi hoặc dùng --allow-partial);
2 lệnh gõ sai hoặc không đọc được tệp; 3 đã ghi với --allow-partial, có dòng lỗi không được tính.
`;

/**
 * Runs `tiepdan compliance`.
 *
 * @param args - the arguments after `compliance`
 * @param io - where to write messages
 * @returns the exit code (0, 1, 2 or 3)
 */
export async function complianceCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand({
    args: spreadMulti(args),
    allowPositionals: true,
    strict: true,
    options: { ...REGISTER_RUN_OPTIONS, json: { type: "string" } },
  });
  if (values.help) {
    io.stdout(COMPLIANCE_HELP);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UsageError(`Không hiểu “${positionals.join(" ")}”: tên sổ đặt sau --cases hoặc --sessions.`);
  }
  const run = await prepareRun(values, io, ["pdf", "docx"], {
    inputs: [values.fonts],
    outputs: { "--json": values.json },
  });
  if (typeof run === "number") return run;
  const { period, formats, rows, outDir, outputs } = run;
  const prepared = prepareComplianceReport(registerRunInput(run, textOption(values.number, "--number", io)));
  for (const note of prepared.notes) io.stderr(`Lưu ý: ${note}\n`);
  const { model, stem, provenance } = prepared;
  const written = await writeDocument(prepared.doc, {
    formats,
    outDir,
    stem,
    fonts: values.fonts,
    provenance,
    outputs,
  });
  if (values.json !== undefined) {
    const target = resolve(values.json);
    outputs.add(target, `${JSON.stringify(model, null, 2)}\n`);
    written.push(target);
  }
  outputs.commit();
  const f = model.findings;
  io.stdout(
    `Đã rà soát ${period.label} (số liệu từ ${formatVietnameseDate(period.from, { style: "numeric" })} đến ${formatVietnameseDate(period.to, { style: "numeric" })}, ${model.casesChecked} vụ việc): ${f.sessions.length} tháng ${model.voice.reception} chưa đủ số ngày, ${f.adHoc.length} vụ việc cần tiếp đột xuất chưa tiếp, ${f.deadline.length} thời hạn chưa bảo đảm, ${f.route.length} hướng xử lý khác quy định.\n${written.map((w) => `  ${w}\n`).join("")}`,
  );
  return rows.rejected > 0 ? 3 : 0;
}
