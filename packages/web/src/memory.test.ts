import { describe, expect, it } from "vitest";
import { browserMemoryLimitMB, memoryWarning } from "./memory.js";

const memory = (limitMB: number) => ({ cases: 100_000, limitMB, neededMB: { all: 1472, open: 1472, none: 349 } });

describe("issue 18 goal 7 on the page: a report too big for the browser's memory is refused before it starts", () => {
  it("says so in Vietnamese, with the numbers and what to do", () => {
    expect(memoryWarning(memory(1024), "all")).toBe(
      "Sổ có 100.000 vụ việc: lập báo cáo cần khoảng 1.472 MB bộ nhớ, trình duyệt cho trang này khoảng 1.024 MB. " +
        "Chưa lập báo cáo. Có thể: chọn phụ lục “Không có phụ lục” (hoặc “Chỉ vụ việc chưa có kết quả”); " +
        "chia kỳ báo cáo ngắn hơn; hoặc lập bằng lệnh tiepdan report trên máy tính (dùng được nhiều bộ nhớ hơn).",
    );
  });

  it("says nothing when the report fits, or once the appendix is left out", () => {
    expect(memoryWarning(memory(4096), "all")).toBeNull();
    expect(memoryWarning(memory(1024), "none")).toBeNull();
  });

  it("does not offer what would not fit either", () => {
    const w = memoryWarning(memory(200), "none") as string;
    expect(w).toContain("Chưa lập báo cáo. Có thể: chia kỳ báo cáo ngắn hơn;");
    expect(w).not.toContain("Không có phụ lục");
  });

  it("reads the browser's limit: Chromium's heap limit, else half the device memory (at most 4 GB), else 4 GB", () => {
    expect(browserMemoryLimitMB({ performance: { memory: { jsHeapSizeLimit: 2 * 1048576 * 1024 } } })).toBe(2048);
    expect(browserMemoryLimitMB({ performance: {}, navigator: { deviceMemory: 2 } })).toBe(1024);
    expect(browserMemoryLimitMB({ navigator: { deviceMemory: 8 } })).toBe(4096);
    expect(browserMemoryLimitMB({})).toBe(4096);
  });
});
