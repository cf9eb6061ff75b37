// Several registers of one kind read as one (browser-safe): a Mã số already seen in an earlier register
// rejects the later row (ID_DUPLICATE), rows are counted per file, the fields every file records are
// intersected, and problems keep their file name and their two halves. The CLI feeds it files streamed from
// disk, `readRegisterFiles` feeds it bytes in memory: both go through this one function.
import type { Case, ReceptionSession } from "@tiepdan/core";
import type { RegisterFileSummary, RegisterFiles, RegisterLayout } from "../types.js";
import type { RegisterKind } from "./columns.js";
import { idSkeleton } from "./hostileText.js";
import { isHouseAddress } from "./personNames.js";
import { mayBeDenunciation, type TableEvent } from "./validateTable.js";

/** One register to merge: its name and its events (opened only when its turn comes). */
export interface RegisterEventSource {
  name: string;
  events: () => AsyncIterable<readonly TableEvent[]>;
}

/** Callbacks of {@link mergeRegisterEvents}. */
export interface MergeHooks {
  /** After each batch of rows of a file (at most 64 rows apart), with the rows of that file read so far. */
  onProgress?: (p: { file: string; rows: number }) => void;
  /** When a file has been read. */
  onFile?: (summary: RegisterFileSummary) => void;
}

/** Reads registers one after another and merges them. */
export async function mergeRegisterEvents<T extends Case | ReceptionSession>(
  kind: RegisterKind,
  sources: Iterable<RegisterEventSource>,
  hooks: MergeHooks = {},
): Promise<RegisterFiles<T>> {
  const out: RegisterFiles<T> = {
    records: [],
    rows: { read: 0, accepted: 0, rejected: 0 },
    problems: [],
    recordedFields: [],
    perFile: [],
    withheldIdentities: [],
  };
  /** id skeleton (look-alike codes are one code) → where it was first accepted. */
  const firstRowOfId = new Map<string, { file: string; row: number; id: string }>();
  let recorded: Set<string> | undefined;
  /** The columns of registers that have a header but no row: the fields recorded when no register has rows. */
  let headerOnly: Set<string> | undefined;
  const idColumn = kind === "cases" ? "Mã số" : "Mã buổi";
  for (const source of sources) {
    const file = source.name;
    const rows = { read: 0, accepted: 0, rejected: 0 };
    let layout: RegisterLayout = { format: undefined, columns: [], missing: [] };
    for await (const batch of source.events()) {
      const readBefore = rows.read;
      for (const e of batch) {
        if (e.type === "layout") layout = e.layout;
        else if (e.type === "problem") out.problems.push({ file, ...e.problem });
        else if (e.type === "data") {
          rows.read += 1;
          for (const p of e.problems) out.problems.push(e.id === undefined ? { file, ...p } : { file, ...p, id: e.id });
          const record = e.record as T | undefined;
          // A rejected denunciation's sender, or what an unread sender column holds on a denunciation's row.
          if (e.identities) out.withheldIdentities.push(...e.identities);
          if (!record) {
            rows.rejected += 1;
            continue;
          }
          const skeleton = idSkeleton(record.id);
          const first = firstRowOfId.get(skeleton);
          if (first) {
            // A Mã số already used in another register: the first row counts, this one is rejected. A
            // denunciation's code is not repeated (DESIGN.md "Problems").
            rows.rejected += 1;
            // A denunciation, or a case whose content speaks of one (DENUNCIATION_UNDECLARED).
            const hidden = "kinds" in record && mayBeDenunciation(record);
            if (hidden) {
              if (record.senderName) out.withheldIdentities.push(record.senderName);
              // As the report's own denouncers: an address without a house number names a shared place.
              if (record.senderAddress && isHouseAddress(record.senderAddress))
                out.withheldIdentities.push(record.senderAddress);
            }
            const alike =
              first.id === record.id ? "" : " (viết gần giống: khác chữ hoa/thường, dấu cách hoặc ký tự vô hình)";
            const what = hidden
              ? `${idColumn} của dòng này đã có ở dòng ${first.row} của sổ “${first.file}”${alike}; dòng này không được tính (không in lại giá trị: dòng tố cáo được giữ bí mật).`
              : `${idColumn} “${record.id}” đã có ở dòng ${first.row} của sổ “${first.file}”${first.id === record.id ? "" : ` (mã “${first.id}”${alike})`}; dòng này không được tính.`;
            out.problems.push({
              file,
              problem: {
                code: "ID_DUPLICATE",
                severity: "error",
                row: e.row,
                column: layout.columns.find((c) => c.field === "id")?.header ?? idColumn,
                field: "id",
                ...(hidden ? {} : { value: record.id }),
                message: what,
              },
              what,
              allowed: "mỗi vụ việc một mã số duy nhất trong các sổ được gộp",
              ...(hidden ? {} : { id: record.id }),
            });
          } else {
            firstRowOfId.set(skeleton, { file, row: e.row, id: record.id });
            rows.accepted += 1;
            out.records.push(record);
          }
        }
      }
      if (rows.read > readBefore) hooks.onProgress?.({ file, rows: rows.read });
    }
    const fields = [...new Set(layout.columns.flatMap((c) => (c.field === undefined ? [] : [c.field])))];
    out.rows.read += rows.read;
    out.rows.accepted += rows.accepted;
    out.rows.rejected += rows.rejected;
    const summary: RegisterFileSummary = { file, rows, layout, fields };
    out.perFile.push(summary);
    // A register without rows gives no case: its columns (none when it could not be read) do not narrow the rest.
    if (rows.read > 0) {
      recorded = recorded ? new Set([...recorded].filter((f) => fields.includes(f))) : new Set(fields);
    } else if (fields.length > 0) {
      headerOnly = headerOnly ? new Set([...headerOnly].filter((f) => fields.includes(f))) : new Set(fields);
    }
    hooks.onFile?.(summary);
  }
  // Only empty registers (a unit with nothing to record in the period): their header says which columns it keeps.
  out.recordedFields = [...(recorded ?? headerOnly ?? [])];
  return out;
}
