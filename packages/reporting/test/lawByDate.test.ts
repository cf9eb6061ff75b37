// The law by date, as a clerk meets it through `tiepdan report`: the State reporting circular in force at the end of
// the data range, a days-off file moving a deadline, and the Labour Code fallback said on stderr and in the summary.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "./document/readers.js";
import { cli, docxText } from "./outputs.js";

const tmp = tempDir("tiepdan-luật theo ngày ");
afterAll(() => tmp.remove());

const HEADER =
  "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi;Địa chỉ;Số người;Nội dung;Thuộc thẩm quyền;Hướng xử lý;Cơ quan xử lý;Ngày thông báo;Ngày có kết quả;Trạng thái";
const register = (rows: string[]) => {
  const file = join(tmp.dir, `so-${rows.length}-${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(file, [HEADER, ...rows].join("\r\n"));
  return file;
};

describe("the State reporting circular in force at the end of the data range (never today's)", () => {
  it.each([
    ["2025-Q1", "Thông tư số 01/2024/TT-TTCP ngày 20/01/2024 của Thanh tra Chính phủ quy định chế độ báo cáo"],
    ["2026-Q1", "Thông tư số 06/2025/TT-TTCP ngày 29/9/2025 của Thanh tra Chính phủ quy định chế độ báo cáo"],
  ])("a State report for %s rests on %s", async (period, basis) => {
    const cases = register([
      `K-1;20/01/${period.slice(0, 4)};Đơn thư;Kiến nghị;Đất đai;Lê Văn B;5 thôn 1;1;Kiến nghị;Có;Giải quyết;;;;Đang xử lý`,
    ]);
    const out = join(tmp.dir, `nn-${period}`);
    const r = await cli([
      "report",
      "--cases",
      cases,
      "--period",
      period,
      "--profile",
      "state",
      "--format",
      "docx",
      "--out",
      out,
    ]);
    expect(r.code).toBe(0);
    const text = docxText(join(out, `bao-cao-${period}-nha-nuoc.docx`));
    expect(text).toContain(
      `Thực hiện Luật Tiếp công dân năm 2013, Luật Khiếu nại năm 2011, Luật Tố cáo năm 2018 và ${basis}`,
    );
    expect(text).not.toContain(period === "2025-Q1" ? "06/2025/TT-TTCP" : "01/2024/TT-TTCP ngày");
  });
});

describe("a days-off file (--days-off) moving a deadline, and the Labour Code fallback", () => {
  // A denunciation outside the unit's competence, received Monday 23/11/2026, the denouncer told of the transfer on
  // Tuesday 01/12/2026: 5 working days end on 30/11 — unless 24/11 is a local day off (Luật Tố cáo 2018 Điều 24 k2).
  const cases = () =>
    register([
      "TC-1;23/11/2026;Đơn thư;Tố cáo;Đất đai;Trần Văn C;7 ngõ 2;1;Tố cáo;Không;Chuyển;Thanh tra tỉnh;01/12/2026;;Đang xử lý",
    ]);
  const run = async (extra: string[], name: string) => {
    const out = join(tmp.dir, name);
    const summary = join(tmp.dir, `${name}.json`);
    const args = ["report", "--cases", cases(), "--period", "2026-11", "--format", "docx", "--out", out];
    const r = await cli([...args, "--summary-json", summary, "--as-of", "2026-12-31", ...extra]);
    return { ...r, json: JSON.parse(readFileSync(summary, "utf8")) };
  };

  it("Luật Tố cáo 2018 Điều 24 k2: late without the file, on time with the province's local day off", async () => {
    const without = await run([], "không tệp");
    expect(without.json.cases.overdue).toBe(1);
    const file = join(tmp.dir, "ngay-nghi.csv");
    writeFileSync(
      file,
      "Ngày;Tên;Loại;Văn bản\r\n24/11/2026;Ngày nghỉ của tỉnh (giả định);Nghỉ địa phương;Quyết định giả định\r\n",
    );
    const withFile = await run(["--days-off", file], "có tệp");
    expect(withFile.code).toBe(0);
    expect(withFile.stderr).toContain(
      "Đã đọc tệp ngày nghỉ “ngay-nghi.csv”: 1 ngày; 1 ngày nghỉ riêng của địa phương.",
    );
    expect(withFile.json.cases.overdue).toBe(0);
    // No note on the days off, since no deadline runs into a year without a notice.
    expect(withFile.json.notes ?? []).not.toContainEqual(expect.stringContaining("Bộ luật Lao động"));
  });

  it("a faulty days-off file stops the run (exit 2) with every problem, its row and column", async () => {
    const file = join(tmp.dir, "ngay-nghi-loi.csv");
    writeFileSync(file, "Ngày;Tên;Loại\r\n31/11/2026;Nghỉ;Nghỉ mát\r\n");
    const again = await cli([
      "report",
      "--cases",
      cases(),
      "--period",
      "2026-11",
      "--out",
      join(tmp.dir, "x"),
      "--days-off",
      file,
    ]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("dòng 2, cột “Ngày”: Ngày “31/11/2026” không đúng");
    expect(again.stderr).toContain("[DAYS_OFF_KIND_UNKNOWN]");
    expect(() => readFileSync(join(tmp.dir, "x", "bao-cao-2026-11-dang.pdf"))).toThrow();
  });

  it("Bộ luật Lao động 2019 Điều 112: a deadline running into 2027 (no notice) is said on stderr and in the summary notes", async () => {
    const out = join(tmp.dir, "2027");
    const summary = join(tmp.dir, "2027.json");
    const rows = [
      "TC-2;28/12/2026;Đơn thư;Tố cáo;Đất đai;Phạm Văn D;9 ngõ 4;1;Tố cáo;Không;Chuyển;Thanh tra tỉnh;;;Đang xử lý",
    ];
    const r = await cli([
      "report",
      "--cases",
      register(rows),
      "--period",
      "2026-12",
      "--format",
      "docx",
      "--out",
      out,
      "--summary-json",
      summary,
      "--as-of",
      "2027-01-15",
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Lưu ý: Thời hạn của 1 vụ việc có ngày rơi vào năm 2027");
    const json = JSON.parse(readFileSync(summary, "utf8"));
    expect(json.notes.filter((n: string) => n.includes("Bộ luật Lao động 2019"))).toHaveLength(1);
    expect(docxText(join(out, "bao-cao-2026-12-dang.docx"))).not.toContain("Bộ luật Lao động");
  });
});
