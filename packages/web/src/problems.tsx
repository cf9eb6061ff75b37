// The problems of the registers on the "Kiểm tra" step: filtered by file, code and severity, one page of rows at a
// time (a register with thousands of bad rows must not freeze the page), each cell correctable where it can be.
import { neutraliseFormula } from "@tiepdan/reporting";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { vi as n } from "./format";
import type { ProblemRow, ReadSummary } from "./protocol";

/** Rows of the table shown at once. */
export const PROBLEMS_PAGE = 200;

/** A problem's level as the table and its CSV say it. */
const LEVEL: Record<ProblemRow["severity"], string> = { error: "lỗi", warning: "cảnh báo" };

/** The filters of the table; "" = all. */
interface Filter {
  file: string;
  code: string;
  severity: "" | ProblemRow["severity"];
}
const NO_FILTER: Filter = { file: "", code: "", severity: "" };

/**
 * The problems in the order the table lists them: every error before any warning, so that a problem that blocks the
 * report is never on a later page behind warnings; within each level the order of the files and of their rows.
 */
export function problemsInOrder(problems: readonly ProblemRow[]): ProblemRow[] {
  return [...problems.filter((p) => p.severity === "error"), ...problems.filter((p) => p.severity !== "error")];
}

/** The problems as CSV for Excel (UTF-8 BOM, CRLF), every column the table has. */
export function problemsCsv(problems: readonly ProblemRow[]): string {
  // A file name, a header or a Mã số typed in the register could start like a formula (=, +, -, @): made inert.
  const q = (v: string | number) => `"${neutraliseFormula(String(v)).replace(/"/g, '""')}"`;
  const lines = [["Tệp", "Dòng", "Mã số", "Cột", "Mã lỗi", "Mức", "Lỗi", "Cho phép"].map(q).join(",")];
  for (const p of problems) {
    lines.push([p.file, p.row, p.id, p.column, p.code, LEVEL[p.severity], p.what, p.allowed].map(q).join(","));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/**
 * The values a correction of the problem's cell may choose from: those of its column when the column has a closed
 * set (kinds, channel, route, status, Có/Không…), none for a free column or a row or file problem.
 */
export function cellChoices(read: Pick<ReadSummary, "files" | "targets">, p: ProblemRow): readonly string[] {
  if (p.field === "") return [];
  const kind = read.files.find((f) => f.file === p.file)?.kind;
  if (kind === undefined) return [];
  return read.targets[kind].find((t) => t.field === p.field)?.values ?? [];
}

/** The id of the list of choices of a column, shared by every correction of a cell of that column. */
const choicesId = (kind: string, field: string) => `choices-${kind}-${field}`;

export function ProblemsTable(props: {
  read: ReadSummary;
  /** Files the page still holds (a cell of another cannot be corrected). */
  fileNames: readonly string[];
  busy: boolean;
  applyEdit: (p: ProblemRow, value: string) => void;
  save: (name: string, text: string) => void;
}) {
  const { read } = props;
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const { file, code, severity } = filter;
  const [page, setPage] = useState(0);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const scroller = useRef<HTMLDivElement>(null);
  // A new reading: what was typed is kept for the cells still in error (a corrected one has left the table).
  useEffect(() => {
    const still = new Set(read.problems.map((p) => `${p.file}|${p.row}|${p.column}`));
    setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([key]) => still.has(key))));
  }, [read]);

  const headerRows = useMemo(() => new Map(read.files.map((f) => [f.file, f.headerRow ?? 0])), [read]);
  const kinds = useMemo(() => new Map(read.files.map((f) => [f.file, f.kind])), [read]);
  const codes = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of read.problems) if (!file || p.file === file) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b));
  }, [read, file]);
  const ordered = useMemo(() => problemsInOrder(read.problems), [read]);
  const shown = useMemo(
    () =>
      ordered.filter(
        (p) => (!file || p.file === file) && (!code || p.code === code) && (!severity || p.severity === severity),
      ),
    [ordered, file, code, severity],
  );
  const pages = Math.max(1, Math.ceil(shown.length / PROBLEMS_PAGE));
  const current = Math.min(page, pages - 1);
  const rows = shown.slice(current * PROBLEMS_PAGE, (current + 1) * PROBLEMS_PAGE);
  const errors = read.problems.filter((p) => p.severity === "error").length;
  const filtered = file !== "" || code !== "" || severity !== "";
  const goTo = (next: number) => {
    setPage(next);
    if (scroller.current) scroller.current.scrollTop = 0;
  };
  /** Another filter: from its first page. */
  const refine = (change: Partial<Filter>) => {
    setFilter({ ...filter, ...change });
    goTo(0);
  };
  const pager = (where: string) =>
    pages > 1 && (
      <>
        {" "}
        <button type="button" id={`problems-prev${where}`} disabled={current === 0} onClick={() => goTo(current - 1)}>
          ‹ Trang trước
        </button>{" "}
        Trang {n(current + 1)}/{n(pages)}{" "}
        <button
          type="button"
          id={`problems-next${where}`}
          disabled={current >= pages - 1}
          onClick={() => goTo(current + 1)}
        >
          Trang sau ›
        </button>
      </>
    );

  return (
    <>
      <p id="totals">
        Tổng {n(read.files.length)} sổ: đọc {n(read.totals.read)} dòng, {n(read.totals.accepted)} hợp lệ,{" "}
        {n(read.totals.rejected)} bị loại; {n(errors)} lỗi, {n(read.problems.length - errors)} cảnh báo.{" "}
        <button
          type="button"
          disabled={read.problems.length === 0}
          onClick={() => props.save("loi-du-lieu.csv", problemsCsv(ordered))}
        >
          Xuất bảng lỗi (CSV)
        </button>{" "}
        {filtered && shown.length > 0 && (
          <button
            type="button"
            id="export-shown"
            onClick={() => props.save("loi-du-lieu-da-loc.csv", problemsCsv(shown))}
          >
            Xuất các dòng đang lọc (CSV)
          </button>
        )}
      </p>
      {read.problems.length === 0 ? (
        <p class="ok">Không có lỗi.</p>
      ) : (
        <>
          <div class="row" id="problem-filters">
            {read.files.length > 1 && (
              <div class="field">
                <label for="filter-file">Tệp</label>
                <select id="filter-file" value={file} onChange={(e) => refine({ file: e.currentTarget.value })}>
                  <option value="">Tất cả các tệp</option>
                  {read.files.map((f) => (
                    <option key={f.file} value={f.file}>
                      {f.file}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div class="field">
              <label for="filter-code">Mã lỗi</label>
              <select id="filter-code" value={code} onChange={(e) => refine({ code: e.currentTarget.value })}>
                <option value="">Tất cả các mã</option>
                {codes.map(([c, count]) => (
                  <option key={c} value={c}>
                    {c} ({n(count)})
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="filter-severity">Mức</label>
              <select
                id="filter-severity"
                value={severity}
                onChange={(e) => refine({ severity: e.currentTarget.value as Filter["severity"] })}
              >
                <option value="">Lỗi và cảnh báo</option>
                <option value="error">Chỉ lỗi</option>
                <option value="warning">Chỉ cảnh báo</option>
              </select>
            </div>
          </div>
          <p id="problems-range" aria-live="polite">
            {shown.length === 0
              ? "Không có dòng nào khớp bộ lọc."
              : `Dòng ${n(current * PROBLEMS_PAGE + 1)}–${n(current * PROBLEMS_PAGE + rows.length)} trong ${n(shown.length)}${filtered ? " (đã lọc)" : ""}.`}
            {pager("")}
            {filtered && (
              <>
                {" "}
                <button type="button" id="clear-filters" onClick={() => refine(NO_FILTER)}>
                  Bỏ lọc
                </button>
              </>
            )}
          </p>
          {rows.length > 0 && (
            <div class="scroll" ref={scroller}>
              <table id="problems">
                <thead>
                  <tr>
                    <th>Tệp</th>
                    <th class="num">Dòng</th>
                    <th>Mã số</th>
                    <th>Cột</th>
                    <th>Mã lỗi</th>
                    <th>Mức</th>
                    <th>Lỗi</th>
                    <th>Cho phép</th>
                    <th>Sửa ô</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((p, k) => {
                    const key = `${p.file}|${p.row}|${p.column}`;
                    // A cell of a data row: not the header row (a missing or unknown column is fixed by mapping).
                    const editable =
                      p.column !== "" && p.row > (headerRows.get(p.file) ?? 0) && props.fileNames.includes(p.file);
                    const id = `edit-${current * PROBLEMS_PAGE + k}`;
                    const choices = editable && cellChoices(read, p).length > 0;
                    return (
                      <tr key={`${key}|${p.code}|${k}`} class={p.severity === "error" ? "bad-row" : ""}>
                        <td>{p.file}</td>
                        <td class="num">{p.row === 0 ? "cả tệp" : p.row}</td>
                        <td class="case-id">{p.id}</td>
                        <td>{p.column}</td>
                        <td>
                          <code>{p.code}</code>
                        </td>
                        <td>{LEVEL[p.severity]}</td>
                        <td class={p.severity === "error" ? "error" : "warn"}>{p.what}</td>
                        <td>{p.allowed}</td>
                        <td>
                          {editable && (
                            <form
                              class="edit"
                              onSubmit={(e) => {
                                e.preventDefault();
                                props.applyEdit(p, drafts[key] ?? "");
                              }}
                            >
                              <label class="sr-only" for={id}>
                                Giá trị mới của ô dòng {p.row}, cột {p.column}, tệp {p.file}
                              </label>
                              <input
                                id={id}
                                type="text"
                                size={12}
                                value={drafts[key] ?? ""}
                                {...(choices ? { list: choicesId(kinds.get(p.file) ?? "", p.field) } : {})}
                                disabled={props.busy}
                                onInput={(e) => setDrafts({ ...drafts, [key]: e.currentTarget.value })}
                              />{" "}
                              <button type="submit" disabled={props.busy}>
                                Sửa
                              </button>
                            </form>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              {(["cases", "sessions"] as const).flatMap((kind) =>
                read.targets[kind]
                  .filter((t) => t.values && t.values.length > 0)
                  .map((t) => (
                    <datalist key={choicesId(kind, t.field)} id={choicesId(kind, t.field)}>
                      {t.values?.map((v) => (
                        <option key={v} value={v} />
                      ))}
                    </datalist>
                  )),
              )}
            </div>
          )}
          {rows.length > PROBLEMS_PAGE / 4 && pages > 1 && <p>{pager("-bottom")}</p>}
        </>
      )}
    </>
  );
}
