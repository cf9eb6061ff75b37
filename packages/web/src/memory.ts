// Goal 7 of issue 18 on the page: a report too big for the memory the browser gives the page is refused before
// it starts, in Vietnamese, with what to do — as `tiepdan report` does (exit 2) — instead of the tab failing.
import type { ReadSummary } from "./protocol";

/** What the page knows of memory: the worker's estimate per register appendix and the browser's limit. */
export type MemorySummary = ReadSummary["memory"];

/**
 * The Vietnamese warning of a report too big for the memory of the page, or `null` when it fits.
 *
 * @param memory - the cases read, the worker's estimate (`estimateReportMemoryMB`) and the limit it found
 * @param register - the register appendix chosen
 */
export function memoryWarning(memory: MemorySummary, register: "all" | "open" | "none"): string | null {
  const needed = memory.neededMB[register];
  if (needed <= memory.limitMB) return null;
  const n = (x: number) => x.toLocaleString("vi-VN");
  const other =
    register === "all"
      ? memory.neededMB.none <= memory.limitMB
        ? "chọn phụ lục “Không có phụ lục” (hoặc “Chỉ vụ việc chưa có kết quả”)"
        : ""
      : register === "open" && memory.neededMB.none <= memory.limitMB
        ? "chọn phụ lục “Không có phụ lục”"
        : "";
  return (
    `Sổ có ${n(memory.cases)} vụ việc: lập báo cáo cần khoảng ${n(Math.ceil(needed))} MB bộ nhớ, trình duyệt cho trang này khoảng ` +
    `${n(Math.floor(memory.limitMB))} MB. Chưa lập báo cáo. Có thể: ${other ? `${other}; ` : ""}chia kỳ báo cáo ngắn hơn; ` +
    "hoặc lập bằng lệnh tiepdan report trên máy tính (dùng được nhiều bộ nhớ hơn)."
  );
}

/**
 * The memory the browser lets this page (its worker) use, in MB: Chromium's `performance.memory.jsHeapSizeLimit`
 * where it exists; else half the device memory it tells, at most 4 GB (V8's heap cage); else 4 GB.
 */
export function browserMemoryLimitMB(scope: { performance?: unknown; navigator?: unknown }): number {
  const limit = (scope.performance as { memory?: { jsHeapSizeLimit?: unknown } } | undefined)?.memory?.jsHeapSizeLimit;
  if (typeof limit === "number" && limit > 0) return limit / 1048576;
  const device = (scope.navigator as { deviceMemory?: unknown } | undefined)?.deviceMemory;
  if (typeof device === "number" && device > 0) return Math.min(4096, (device * 1024) / 2);
  return 4096;
}
