// `tiepdan rollup`: the report of a level above from its units' statistics files (so-lieu.json), plus its own
// registers if given. Exit codes: 0 written; 1 its own registers have errors, nothing written; 2 a command typed
// wrong, a file that cannot be read, or statistics files that cannot be added up (another period, cutoff,
// as-of date or profile, the same unit twice, an unknown format version) — nothing written.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { type Case, formatVietnameseDate } from "@tiepdan/core";
import { parseNarrative } from "../report/parseNarrative.js";
import { preparePeriodicReport } from "../report/runs.js";
import { denouncerIdentities } from "../report/withholdIdentities.js";
import { missingUnitsNote, rollupStatistics } from "../statsFile/rollupStatistics.js";
import { parseStatsFile, type StatsFile } from "../statsFile/statsFile.js";
import { prepareRun, REGISTER_RUN_OPTIONS, readNarrativeFile, spreadMulti, textOption } from "./_common.js";
import { type CliIo, checkReadable, parseCommand, UsageError } from "./_usage.js";
import { writePeriodicOutputs } from "./report.js";

export const ROLLUP_HELP = `tiepdan rollup — tổng hợp báo cáo của cấp trên từ tệp số liệu của các đơn vị

Mỗi đơn vị lập báo cáo của mình với --stats-out so-lieu.json và gửi tệp này (không có họ tên, địa chỉ,
nội dung vụ việc) lên cấp trên; cấp trên chạy một lệnh để có báo cáo chung, cùng số liệu như khi đọc
mọi sổ cùng lúc.

Cách dùng:
  tiepdan rollup --stats <so-lieu.json>... --org <don-vi.json> --period <kỳ> --out <thư mục>
                 [--cases <sổ>... --sessions <sổ>...] [--profile party|state] [--cutoff calendar|mid-month]
                 [--format pdf,docx,xlsx] [--as-of <ngày>] [--date <ngày>] [--number <số>]
                 [--narrative <tường thuật.txt>] [--summary-json <tệp>] [--stats-out <tệp>] [--fonts <thư mục>]

Tùy chọn:
  --stats <tệp>...        tệp số liệu của các đơn vị (mỗi đơn vị một tệp)
  --org <tệp.json>        thông tin đơn vị của cấp tổng hợp: đơn vị báo cáo và các đơn vị trực thuộc (bắt buộc)
  --cases, --sessions     sổ của chính cấp tổng hợp, nếu có (không trùng đơn vị với các tệp số liệu)
  --period, --profile, --cutoff, --as-of
                          phải giống với khi các đơn vị lập tệp số liệu; khác thì không tổng hợp
  --stats-out <tệp.json>  ghi tệp số liệu đã tổng hợp để gửi tiếp lên cấp trên nữa
  --allow-partial         vẫn tổng hợp khi có đơn vị chưa gửi tệp số liệu (không đánh giá người đứng đầu đơn vị
                          đó) hoặc sổ của cấp tổng hợp có dòng lỗi
  Các tùy chọn khác như “tiepdan report”.

Mã thoát: 0 đã ghi báo cáo; 1 sổ của cấp tổng hợp có lỗi, chưa ghi gì; 2 lệnh gõ sai, không đọc được tệp,
hoặc các tệp số liệu không tổng hợp được (khác kỳ, khác cách tính khoảng số liệu, khác ngày tính số liệu,
khác thể thức, trùng đơn vị, có đơn vị chưa gửi tệp số liệu, phiên bản tệp không đọc được) — chưa ghi gì;
3 đã ghi báo cáo, có dòng lỗi không được tính (ở sổ của cấp tổng hợp hoặc trong tệp số liệu của đơn vị) hoặc
có đơn vị chưa có số liệu (--allow-partial).
`;

const numeric = (d: string) => formatVietnameseDate(d, { style: "numeric" });

/**
 * Runs `tiepdan rollup`.
 *
 * @param args - the arguments after `rollup`
 * @param io - where to write messages
 * @returns the exit code (0, 1 or 2)
 */
export async function rollupCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand({
    args: spreadMulti(args),
    allowPositionals: true,
    strict: true,
    options: {
      ...REGISTER_RUN_OPTIONS,
      stats: { type: "string", multiple: true },
      narrative: { type: "string" },
      "summary-json": { type: "string" },
      "stats-out": { type: "string" },
    },
  });
  if (values.help) {
    io.stdout(ROLLUP_HELP);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UsageError(`Không hiểu “${positionals.join(" ")}”: tên tệp số liệu đặt sau --stats.`);
  }
  const statsPaths = values.stats ?? [];
  if (statsPaths.length === 0) throw new UsageError("Thiếu tệp số liệu của các đơn vị: --stats <so-lieu.json>....");
  if (values.org === undefined) {
    throw new UsageError("Thiếu --org: tổng hợp cần tệp thông tin đơn vị của cấp tổng hợp (các đơn vị trực thuộc).");
  }
  for (const p of statsPaths) checkReadable(p);
  const narrativeText = values.narrative === undefined ? undefined : readNarrativeFile(values.narrative, io);

  // Read the statistics files before the registers: a file that cannot be added up stops everything.
  const files: { name: string; file: StatsFile }[] = [];
  const refusals: string[] = [];
  // A file is named by its base name, or by its path as typed when two files share a base name (“so-lieu.json”
  // of two communes' folders).
  const bases = statsPaths.map((path) => basename(path));
  const nameOf = (path: string, i: number) =>
    bases.filter((b) => b === bases[i]).length > 1 ? path : (bases[i] as string);
  for (const [i, path] of statsPaths.entries()) {
    const parsed = parseStatsFile(readFileSync(path, "utf8"));
    if (parsed.ok) files.push({ name: nameOf(path, i), file: parsed.file });
    else refusals.push(`Tệp số liệu “${nameOf(path, i)}” ${parsed.problem.message} [${parsed.problem.code}]`);
  }
  const run = await prepareRun(values, io, ["pdf", "docx", "xlsx"], {
    casesOptional: true,
    inputs: [...(values.stats ?? []), values.narrative, values.fonts],
    outputs: { "--summary-json": values["summary-json"], "--stats-out": values["stats-out"] },
  });
  if (typeof run === "number") return run;
  const { period, asOf, profile, org } = run;

  const hasOwnRegisters = (values.cases ?? []).length + (values.sessions ?? []).length > 0;
  const added = rollupStatistics({
    files,
    period,
    asOf,
    profile,
    org,
    ...(hasOwnRegisters
      ? { own: { cases: run.cases, sessions: run.sessions, rows: run.rows, recordedFields: run.recordedFields } }
      : {}),
  });
  if (!added.ok) refusals.push(...added.refusals);
  // Units that sent nothing (review s16 F2): a roll-up without them is refused unless the clerk says to go on.
  const missing = added.ok ? added.missing : [];
  const missingNote = missingUnitsNote(missing, profile);
  // A unit whose file was refused above is not said to be missing, with advice that cannot work (review s19x F14).
  if (missingNote && !values["allow-partial"] && refusals.length === 0) {
    refusals.push(
      `${missingNote} Đưa thêm tệp số liệu của các đơn vị này, hoặc dùng --allow-partial để vẫn tổng hợp. [ROLLUP_MISSING_UNITS]`,
    );
  }
  if (refusals.length > 0) {
    const advice = refusals.some((r) => /\[ROLLUP_(?:PERIOD|AS_OF|PROFILE)\]/.test(r))
      ? " Lập lại các tệp số liệu cho cùng kỳ, cùng ngày tính số liệu, cùng thể thức."
      : " Sửa theo các dòng trên rồi chạy lại lệnh.";
    io.stderr(`${refusals.map((r) => `${r}\n`).join("")}\nKhông tổng hợp: chưa ghi tệp nào.${advice}\n`);
    return 2;
  }
  if (missingNote) io.stderr(`Lưu ý: ${missingNote}\n`);
  for (const note of added.ok ? added.notes : []) io.stderr(`Lưu ý: ${note}\n`);
  // A unit's file made with rows left out (`report --allow-partial`): the clerk asks that unit to mend its register.
  for (const { name, file } of files) {
    if (file.rows.rejected > 0) {
      io.stderr(
        `Lưu ý: tệp số liệu “${name}” (${file.unit.name}) có ${file.rows.rejected} dòng lỗi chưa được tính: đề nghị đơn vị sửa sổ và gửi lại tệp số liệu.\n`,
      );
    }
  }

  const narrative = narrativeText === undefined ? undefined : parseNarrative(narrativeText);
  for (const p of narrative?.problems ?? [])
    io.stderr(`Tường thuật “${basename(values.narrative as string)}”: ${p.message}\n`);

  if (!added.ok) return 2;
  const { statistics, rows } = added;
  const recordedFields = added.recordedFields as (keyof Case)[];
  const prepared = preparePeriodicReport({
    period,
    asOf,
    date: run.date,
    profile,
    org,
    draftNotes: run.draftNotes,
    cases: [],
    // The unit's own registers are counted through their statistics, but their denouncers are still withheld from
    // the narrative (DESIGN.md "Confidentiality").
    withheldIdentities: [...denouncerIdentities(run.cases), ...run.withheldIdentities],
    sessions: [],
    // The units' statistics files carry their sessions: whether there were any is read from them.
    sessionsRegister: true,
    rows,
    recordedFields,
    number: textOption(values.number, "--number", io),
    narrative,
    register: "none",
    statistics,
  });
  // The units that sent nothing, in the summary JSON's notes too (review s16r #9).
  prepared.summary.notes = [...(missingNote ? [missingNote] : []), ...added.notes, ...(prepared.summary.notes ?? [])];
  // The units added up, and those their own roll-up files had added up: the level above refuses this file beside
  // one of theirs (review s19x F3).
  const includes = files.flatMap(({ file }) => [{ id: file.unit.id, name: file.unit.name }, ...(file.includes ?? [])]);
  const written = await writePeriodicOutputs(prepared, { ...run, rows, recordedFields, includes }, values, io);
  const { model } = prepared;
  io.stdout(
    `Đã tổng hợp báo cáo ${period.label} từ ${files.length} tệp số liệu${hasOwnRegisters ? " và sổ của đơn vị báo cáo" : ""} (số liệu từ ${numeric(period.from)} đến ${numeric(period.to)}): ${model.cases.total} vụ việc, ${model.sessions.held} buổi ${profile === "state" ? "tiếp công dân" : "tiếp dân"}.\n${written.map((w) => `  ${w}\n`).join("")}`,
  );
  return rows.rejected > 0 || missing.length > 0 ? 3 : 0;
}
