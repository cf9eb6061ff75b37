// The problem table the CLI prints: row, column, what is wrong, what is allowed — wrapped to the terminal.
import type { DetailedProblem } from "../intake/_lib/types.js";

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/)) {
      if (word === "") continue;
      if (line === "") line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
      while (line.length > width) {
        lines.push(line.slice(0, width));
        line = line.slice(width);
      }
    }
    lines.push(line);
  }
  return lines.length > 0 ? lines : [""];
}

const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - s.length));

/** Formats problems as a plain-text table (NFC text; every character one column wide). */
export function formatProblemTable(problems: readonly DetailedProblem[], totalWidth = 120): string {
  const head = ["Dòng", "Cột", "Có gì sai", "Cho phép"];
  const rows = problems.map(({ problem, what, allowed }) => [
    problem.row === 0 ? "cả tệp" : String(problem.row),
    problem.column || "—",
    `${problem.severity === "error" ? "LỖI" : "Cảnh báo"} [${problem.code}] ${what}`,
    allowed ?? "",
  ]);
  const rowWidth = Math.max(head[0]?.length ?? 4, ...rows.map((r) => (r[0] ?? "").length));
  const colWidth = Math.min(24, Math.max(head[1]?.length ?? 3, ...rows.map((r) => (r[1] ?? "").length)));
  const rest = Math.max(40, totalWidth - rowWidth - colWidth - 9);
  const whatWidth = Math.ceil(rest * 0.6);
  const allowedWidth = rest - whatWidth;
  const widths = [rowWidth, colWidth, whatWidth, allowedWidth];
  const rule = widths.map((w) => "─".repeat(w)).join("─┼─");
  const out: string[] = [];
  const emit = (cells: string[]) => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i] ?? 10));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let k = 0; k < height; k += 1) {
      out.push(
        wrapped
          .map((w, i) => pad(w[k] ?? "", widths[i] ?? 10))
          .join(" │ ")
          .trimEnd(),
      );
    }
  };
  emit(head);
  out.push(rule);
  rows.forEach((r, i) => {
    if (i > 0)
      out.push(
        widths
          .map((w) => " ".repeat(w))
          .join(" │ ")
          .trimEnd(),
      );
    emit(r);
  });
  return out.join("\n");
}
