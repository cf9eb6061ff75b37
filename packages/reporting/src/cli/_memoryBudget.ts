// Goal 7 of issue 18: a report too big for the memory this process may use is refused before it starts, in
// Vietnamese, with what to do — instead of a V8 crash part way through (and some files written).
import { getHeapStatistics } from "node:v8";
import { estimateReportMemoryMB } from "../report/estimateReportMemory.js";
import { UsageError } from "./_usage.js";

/** The environment variable that sets the memory budget in MB instead of V8's heap limit (tests, a what-if). */
export const MEMORY_BUDGET_VARIABLE = "TIEPDAN_MEMORY_MB";

/** The memory this process may use, in MB: `TIEPDAN_MEMORY_MB` when set, else V8's heap limit. */
export function memoryBudgetMB(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const forced = env[MEMORY_BUDGET_VARIABLE];
  if (forced === undefined || forced === "") return getHeapStatistics().heap_size_limit / 1048576;
  const mb = Number(forced);
  if (!Number.isFinite(mb) || mb <= 0) {
    throw new UsageError(`${MEMORY_BUDGET_VARIABLE} phải là một số MB lớn hơn 0, không phải “${forced}”.`);
  }
  return mb;
}

/**
 * The Vietnamese message of a report too big for the memory budget (ending in a line break), or `undefined`
 * when it fits.
 */
export function reportTooBigMessage(
  cases: number,
  register: "all" | "open" | "none",
  formats: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const neededMB = estimateReportMemoryMB({ cases, register, formats });
  const limitMB = memoryBudgetMB(env);
  if (neededMB <= limitMB) return undefined;
  return (
    `Sổ có ${cases.toLocaleString("vi-VN")} vụ việc: lập báo cáo cần khoảng ${Math.ceil(neededMB).toLocaleString("vi-VN")} MB bộ nhớ, ` +
    `máy cho phép ${Math.floor(limitMB).toLocaleString("vi-VN")} MB. Chưa lập báo cáo. Có thể: dùng --register open (chỉ liệt kê vụ việc chưa có kết quả) ` +
    `hoặc --register none; chia kỳ báo cáo ngắn hơn; hoặc cho Node dùng nhiều bộ nhớ hơn (NODE_OPTIONS=--max-old-space-size=${Math.ceil(neededMB / 1024) * 1024 + 1024}).\n`
  );
}
