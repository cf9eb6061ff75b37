// What the commands that read registers share: several files per option, dates typed by clerks, reading and
// merging registers with their problems, the org file and narrative, atomic writes.
import { readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import type { Case, IsoDate, ReceptionSession } from "@tiepdan/core";
import { isIsoDate } from "@tiepdan/core";
import { REGISTER_NAMES, type RegisterKind } from "../intake/_lib/columns.js";
import type { DetailedProblem } from "../intake/_lib/types.js";
import { headerFields } from "../intake/_lib/validateTable.js";
import { fileEvents } from "../node/_openEvents.js";
import { type OrgFile, PLACEHOLDER_ORG, parseOrgFile } from "../report/orgFile.js";
import { type CliIo, UsageError } from "./_usage.js";

/** Options taking several values: `--cases a.csv b.csv` as well as `--cases a.csv --cases b.csv`. */
const MULTI = new Set(["--cases", "--sessions"]);

/** Lets `--cases a b c` mean three files: values after a multi-value option are repeated under it. */
export function spreadMulti(args: readonly string[]): string[] {
  const out: string[] = [];
  let current: string | undefined;
  for (const a of args) {
    if (a.startsWith("-")) {
      const name = a.split("=")[0] as string;
      current = MULTI.has(name) && !a.includes("=") ? name : undefined;
      out.push(a);
      if (current) out.push("\u0000"); // placeholder for the first value
      continue;
    }
    if (current) {
      if (out[out.length - 1] === "\u0000") out[out.length - 1] = a;
      else out.push(current, a);
      continue;
    }
    out.push(a);
  }
  const missing = out.indexOf("\u0000");
  if (missing >= 0) throw new UsageError(`Tùy chọn “${out[missing - 1]}” cần ít nhất một tên tệp.`);
  return out;
}

export function parseDay(value: string, option: string): IsoDate {
  const v = value.trim();
  const dmy = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(v);
  const iso = dmy ? `${dmy[3]}-${(dmy[2] as string).padStart(2, "0")}-${(dmy[1] as string).padStart(2, "0")}` : v;
  if (!isIsoDate(iso)) {
    throw new UsageError(
      `${option} “${value}” không phải ngày hợp lệ; viết dd/mm/yyyy (ví dụ 31/03/2026) hoặc yyyy-mm-dd.`,
    );
  }
  return iso;
}

export interface RegisterReading<T> {
  records: T[];
  rows: { read: number; accepted: number; rejected: number };
  problems: { file: string; detail: DetailedProblem }[];
  /** Fields every register of the kind has a column for. */
  recordedFields: Set<string> | null;
  /** Files and the deadline columns they lack. */
  perFile: { file: string; rows: { read: number; accepted: number; rejected: number }; fields: string[] }[];
}

export async function readRegisters<T extends Case | ReceptionSession>(
  kind: RegisterKind,
  paths: readonly string[],
  io: CliIo,
  sessionIds?: ReadonlySet<string>,
): Promise<RegisterReading<T>> {
  const out: RegisterReading<T> = {
    records: [],
    rows: { read: 0, accepted: 0, rejected: 0 },
    problems: [],
    recordedFields: null,
    perFile: [],
  };
  const firstRowOfId = new Map<string, { file: string; row: number }>();
  for (const path of paths) {
    const file = basename(path);
    const rows = { read: 0, accepted: 0, rejected: 0 };
    let fields: string[] = [];
    let nextProgress = 50_000;
    const events = fileEvents(kind, path, {}, sessionIds ? { sessionIds } : {}, "tiepdan report");
    for await (const batch of events) {
      for (const e of batch) {
        if (e.type === "header") fields = headerFields(kind, e.cells);
        else if (e.type === "problem") out.problems.push({ file, detail: e.problem });
        else if (e.type === "data") {
          rows.read += 1;
          for (const p of e.problems) out.problems.push({ file, detail: p });
          const record = e.record as T | undefined;
          if (!record) {
            rows.rejected += 1;
          } else {
            const first = firstRowOfId.get(record.id);
            if (first) {
              // A Mã số already used in another register: the first row counts, this one is rejected.
              rows.rejected += 1;
              const what = `${kind === "cases" ? "Mã số" : "Mã buổi"} “${record.id}” đã có ở dòng ${first.row} của sổ “${first.file}”; dòng này không được tính.`;
              out.problems.push({
                file,
                detail: {
                  problem: {
                    code: "ID_DUPLICATE",
                    severity: "error",
                    row: e.row,
                    column: kind === "cases" ? "Mã số" : "Mã buổi",
                    field: "id",
                    value: record.id,
                    message: what,
                  },
                  what,
                  allowed: "mỗi vụ việc một mã số duy nhất trong các sổ được gộp",
                },
              });
            } else {
              firstRowOfId.set(record.id, { file, row: e.row });
              rows.accepted += 1;
              out.records.push(record);
            }
          }
          if (rows.read >= nextProgress) {
            io.stderr(`  … ${file}: đã đọc ${rows.read.toLocaleString("vi-VN")} dòng\n`);
            nextProgress += 50_000;
          }
        }
      }
    }
    out.rows.read += rows.read;
    out.rows.accepted += rows.accepted;
    out.rows.rejected += rows.rejected;
    out.perFile.push({ file, rows, fields });
    out.recordedFields = out.recordedFields
      ? new Set([...out.recordedFields].filter((f) => fields.includes(f)))
      : new Set(fields);
    io.stderr(
      `Đã đọc ${REGISTER_NAMES[kind]} “${file}”: ${rows.read} dòng, ${rows.accepted} dòng hợp lệ, ${rows.rejected} dòng bị loại.\n`,
    );
  }
  return out;
}

/** Writes a file atomically: a temporary file in the same folder, renamed over the target when complete. */
export function writeAtomically(target: string, bytes: Uint8Array | string): void {
  const temp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, target);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch (cleanup) {
      if ((cleanup as { code?: string }).code !== "ENOENT") throw cleanup;
    }
    throw e;
  }
}

export const DEADLINE_COLUMNS: Record<string, string> = {
  notifiedOn: "Ngày thông báo",
  acceptedOn: "Ngày thụ lý",
  resultOn: "Ngày có kết quả",
};

/** The org file of `--org`, or the placeholder one (a marked draft) without it. */
export function loadOrg(path: string | undefined, io: CliIo, draftNotes: string[]): OrgFile {
  if (path === undefined) {
    draftNotes.push(
      "Chưa có tệp thông tin đơn vị (--org): tên cấp ủy, địa danh, người ký trong ngoặc vuông là thông tin mẫu, phải sửa trước khi trình ký.",
    );
    io.stderr("Chưa có --org: văn bản dùng thông tin đơn vị mẫu (trong ngoặc vuông) và được ghi rõ là dự thảo.\n");
    return PLACEHOLDER_ORG;
  }
  const parsed = parseOrgFile(readFileSync(path, "utf8"));
  if (!parsed.ok) {
    throw new UsageError(
      `Tệp thông tin đơn vị “${path}” có lỗi:\n${parsed.problems.map((p) => `  - ${p.path || "(cả tệp)"}: ${p.message}`).join("\n")}`,
    );
  }
  return parsed.org;
}

/** Prints the problems of the registers, grouped by file. */
export function printProblems(
  problems: RegisterReading<unknown>["problems"],
  io: CliIo,
  table: (list: DetailedProblem[]) => string,
): void {
  const byFile = new Map<string, DetailedProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.detail]);
  for (const [file, list] of byFile) io.stderr(`\nSổ “${file}”:\n${table(list)}\n`);
}
