// `tiepdan notices`: the per-case documents in bulk — notices of receipt, guidance to citizens, transfer slips.
// Exit codes as `tiepdan report`: 0 written; 1 registers with errors, nothing written; 2 a command typed wrong or a
// file that cannot be read; 3 written with --allow-partial, rows with errors left out.
import { join } from "node:path";
import type { NoticeKind } from "@tiepdan/templates";
import type { ProfileName } from "../document/buildDocument.js";
import { matchUnit } from "../report/matchUnits.js";
import type { OrgFile } from "../report/orgFile.js";
import { unitsFor } from "../report/profileSide.js";
import { NOTICE_KINDS, prepareNotices } from "../report/runs.js";
import { prepareRun, REGISTER_RUN_OPTIONS, spreadMulti, textOption, writeDocument } from "./_common.js";
import { type CliIo, parseCommand, UsageError } from "./_usage.js";

const KINDS = NOTICE_KINDS;

/** `tiepdan notices --help`. */
export const NOTICES_HELP = `tiepdan notices — lập hàng loạt văn bản cho từng vụ việc

Cách dùng:
  tiepdan notices --kind receipt|guidance|transfer --cases <sổ theo dõi đơn>... --period <kỳ> --out <thư mục>
                  [--ids <mã số,mã số>] [--org <don-vi.json>] [--profile party|state] [--format pdf,docx]
                  [--unit <mã đơn vị>] [--date <ngày>] [--fonts <thư mục>] [--allow-partial]

Loại văn bản (--kind):
  receipt   thông báo tiếp nhận, xử lý đơn gửi người gửi đơn (Quy định 11-QĐi/TW: bằng văn bản, trong 10 ngày làm
            việc) — cho mọi vụ việc biết người gửi; văn bản gửi chính người gửi nên ghi họ tên, địa chỉ của họ
  guidance  phiếu hướng dẫn người gửi đơn đến cơ quan có thẩm quyền — cho vụ việc có hướng xử lý “Hướng dẫn”
  transfer  phiếu chuyển đơn đến cơ quan có thẩm quyền (cột “Cơ quan xử lý”) — cho vụ việc có hướng xử lý “Chuyển”;
            với đơn tố cáo, phiếu không ghi họ tên, địa chỉ người tố cáo và nội dung tố cáo
            (Điều 47, Điều 56 Luật Tố cáo năm 2018)

Mỗi vụ việc một tệp, trong thư mục con theo loại văn bản, tên tệp theo mã số.
Văn bản do đơn vị tiếp nhận vụ việc (cột “Đơn vị” của sổ) ban hành, theo thông tin văn bản của đơn vị đó trong tệp
đơn vị (mục “document” hoặc “documents” của đơn vị; thiếu thì văn bản có chữ mẫu trong ngoặc vuông và là dự thảo);
ghi ngày theo cột “Ngày thông báo” của sổ, sổ không ghi thì theo --date (mặc định: ngày cuối kỳ).
Đơn nặc danh, đơn không ghi người gửi không có thông báo, phiếu hướng dẫn: được liệt kê khi chạy lệnh.

Tùy chọn riêng:
  --kind <loại>           loại văn bản (bắt buộc), như trên
  --ids <mã số,…>         chỉ lập cho các mã số đã liệt kê
  --unit <mã đơn vị>      chỉ lập cho vụ việc do đơn vị này tiếp nhận (id, tên hoặc tên khác trong tệp đơn vị)
Các tùy chọn khác như “tiepdan report” (--cases, --period, --out, --org, --profile, --format, --date, --number,
--fonts, --allow-partial).

Mã thoát: 0 đã ghi; 1 sổ có lỗi, chưa ghi gì (sửa lỗi hoặc dùng --allow-partial);
2 lệnh gõ sai hoặc không đọc được tệp; 3 đã ghi với --allow-partial, có dòng lỗi không được tính.
`;

/**
 * Runs `tiepdan notices`.
 *
 * @param args - the arguments after `notices`
 * @param io - where to write messages
 * @returns the exit code (0, 1, 2 or 3)
 */
export async function noticesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand({
    args: spreadMulti(args),
    allowPositionals: true,
    strict: true,
    options: { ...REGISTER_RUN_OPTIONS, kind: { type: "string" }, ids: { type: "string" }, unit: { type: "string" } },
  });
  if (values.help) {
    io.stdout(NOTICES_HELP);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UsageError(`Không hiểu “${positionals.join(" ")}”: tên sổ đặt sau --cases.`);
  }
  const kind = values.kind as NoticeKind | undefined;
  if (kind === undefined || !(kind in KINDS)) {
    throw new UsageError(
      `--kind phải là receipt (thông báo tiếp nhận), guidance (phiếu hướng dẫn) hoặc transfer (phiếu chuyển đơn)${kind === undefined ? "" : `, không phải “${kind}”`}.`,
    );
  }
  // An unknown --unit is refused before the registers are read (their problems would bury the message).
  const checkOrg = (org: OrgFile, profile: ProfileName) => {
    if (values.unit !== undefined && !matchUnit(values.unit, unitsFor(org, profile))) {
      throw new UsageError(
        `--unit “${values.unit}” không có trong tệp thông tin đơn vị; các đơn vị: ${unitsFor(org, profile)
          .map((u) => `${u.id} (${u.name})`)
          .join(", ")}.`,
      );
    }
  };
  const run = await prepareRun(values, io, ["pdf", "docx"], { inputs: [values.fonts], checkOrg });
  if (typeof run === "number") return run;
  const { period, date, profile, formats, org, cases, rows, outDir, outputs } = run;
  // Codes separated by commas or semicolons, as a clerk copies them from a register (review s16 F21); spaces inside a
  // code ("TC 01") are matched loosely, so they do not separate codes (review s16r #10).
  const ids = values.ids
    ?.split(/[,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const prepared = prepareNotices({
    kind,
    period,
    date,
    profile,
    org,
    cases,
    withheldIdentities: run.withheldIdentities,
    number: textOption(values.number, "--number", io),
    ids,
    unit: values.unit,
    deriveReportingUnit: run.deriveReportingUnit,
  });
  for (const note of prepared.notes) io.stderr(`Lưu ý: ${note}\n`);
  if (prepared.skipped.length > 0) {
    const shown = prepared.skipped.slice(0, 20).map((s) => `${s.caseId} (${s.reason})`);
    io.stderr(
      `Không lập ${KINDS[kind].name} cho ${prepared.skipped.length} vụ việc không có người nhận: ${shown.join(", ")}${prepared.skipped.length > 20 ? ", …" : ""}.\n`,
    );
  }
  if (prepared.missing.length > 0) {
    io.stderr(
      `Không lập ${KINDS[kind].name} cho: ${prepared.missing.map((m) => `${m.id} (${m.reason})`).join("; ")}.\n`,
    );
  }
  const folder = outputs.folder(join(outDir, prepared.folder));
  let made = 0;
  for (const { doc, stem, provenance } of prepared.documents) {
    const files = await writeDocument(doc, { formats, outDir: folder, stem, fonts: values.fonts, provenance, outputs });
    made += files.length;
    if (made > 0 && made % 200 === 0) io.stderr(`  … đã lập ${made} tệp\n`);
  }
  // All or none: the files are renamed into place only once every one is made.
  const written = outputs.commit().length;
  if (prepared.unnamedBodies > 0) {
    io.stderr(
      `Lưu ý: ${prepared.unnamedBodies} văn bản chưa có tên cơ quan có thẩm quyền (cột “Cơ quan xử lý” để trống): văn bản ghi “[cơ quan có thẩm quyền]” và là dự thảo; ghi cột “Cơ quan xử lý” trong sổ rồi lập lại.\n`,
    );
  }
  io.stdout(`Đã lập ${prepared.documents.length} ${KINDS[kind].name} (${written} tệp) trong “${folder}”.\n`);
  return rows.rejected > 0 ? 3 : 0;
}
