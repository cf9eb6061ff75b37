// The law by date, as a clerk meets it through `tiepdan report`: the State reporting circular in force at the end of
// the data range, a days-off file moving a deadline, and the Labour Code fallback said on stderr and in the summary.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "./document/readers.js";
import { cli, docxParagraphs, docxText } from "./outputs.js";

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
    [
      "2026-Q1",
      "Thông tư số 06/2025/TT-TTCP ngày 29/9/2025 của Thanh tra Chính phủ quy định chế độ thông tin, báo cáo công tác thanh tra",
    ],
    // From 01/07/2026 the three laws are cited with their amendment (review s17s F10).
    ["2026-9M", "(được sửa đổi, bổ sung theo Luật số 136/2025/QH15 ngày 10/12/2025) và Thông tư số 06/2025/TT-TTCP"],
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
      `Thực hiện Luật Tiếp công dân năm 2013, Luật Khiếu nại năm 2011, Luật Tố cáo năm 2018 ${basis.startsWith("(") ? "" : "và "}${basis}`,
    );
    expect(text).not.toContain(period === "2025-Q1" ? "06/2025/TT-TTCP" : "01/2024/TT-TTCP ngày");
  });

  it("a monthly State report rests on the laws only: Thông tư 06/2025/TT-TTCP has no monthly report (review s17s F12)", async () => {
    const cases = register([
      `K-1;20/05/2026;Đơn thư;Kiến nghị;Đất đai;Lê Văn B;5 thôn 1;1;Kiến nghị;Có;Giải quyết;;;;`,
    ]);
    const out = join(tmp.dir, "nn-thang");
    const r = await cli(
      ["report", "--cases", cases, "--period", "2026-06", "--profile", "state", "--format", "docx"].concat([
        "--out",
        out,
      ]),
    );
    expect(r.code).toBe(0);
    const text = docxText(join(out, "bao-cao-2026-06-nha-nuoc.docx"));
    expect(text).toContain("Thực hiện Luật Tiếp công dân năm 2013, Luật Khiếu nại năm 2011, Luật Tố cáo năm 2018, ");
    expect(text).not.toContain("Thông tư");
    expect(r.stderr).toContain("Thông tư 06/2025/TT-TTCP không quy định báo cáo tháng");
    // 14/06/2026 is a Sunday: the document is dated the next working day (review s17s F13).
    expect(text).toContain("ngày 15 tháng 6 năm 2026");
  });
});

describe("the outline of a State report: Mẫu số 02 of Thông tư 06/2025/TT-TTCP for data ranges ending from 30/09/2025", () => {
  const narrative = join(tmp.dir, "tuong-thuat.txt");
  writeFileSync(
    narrative,
    "## Công tác lãnh đạo, chỉ đạo\n\nỦy ban chỉ đạo thực hiện nghiêm.\n\n## Phương hướng, nhiệm vụ\n\nTiếp tục.\n",
  );
  const headings = async (period: string, profile: string) => {
    const y = period.slice(0, 4);
    const cases = register([
      `K-1;20/01/${y};Đơn thư;Khiếu nại;Đất đai;Lê Văn B;5 thôn 1;1;Khiếu nại;Có;Giải quyết;;;10/02/${y};Đang xử lý`,
      `T-1;21/01/${y};Đơn thư;Tố cáo;Tư pháp;Người Bí Mật;thôn 2;1;Tố cáo;Có;Giải quyết;;;;Đang xử lý`,
    ]);
    const out = join(tmp.dir, `outline-${period}-${profile}`);
    const r = await cli([
      "report",
      ...["--cases", cases, "--period", period, "--profile", profile, "--narrative", narrative],
      ...["--format", "docx", "--out", out],
    ]);
    expect(r.code).toBe(0);
    const file = join(out, `bao-cao-${period}-${profile === "state" ? "nha-nuoc" : "dang"}.docx`);
    const text = docxText(file);
    expect(text).not.toContain("Người Bí Mật");
    return { text, lines: docxParagraphs(file).filter((p) => /^(?:[IVX]+|\d)\. /.test(p)) };
  };

  it("2026-Q1, State: I. the situation, II. the results (1 reception, 2 letters, 3 settlement, 4 State management), then the clerk's sections", async () => {
    const { text, lines } = await headings("2026-Q1", "state");
    expect(lines).toEqual([
      "I. TÌNH HÌNH KHIẾU NẠI, TỐ CÁO",
      "II. KẾT QUẢ CÔNG TÁC TIẾP CÔNG DÂN, XỬ LÝ ĐƠN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO",
      "1. Công tác tiếp công dân",
      "2. Tiếp nhận, phân loại và xử lý đơn",
      "3. Kết quả giải quyết khiếu nại, tố cáo",
      "4. Công tác quản lý nhà nước về tiếp công dân, giải quyết khiếu nại, tố cáo",
      // The sections of Mẫu số 02 the narrative lacks, as placeholders in the outline's order (review s18h F9).
      "III. NHẬN XÉT, ĐÁNH GIÁ",
      "IV. DỰ BÁO TÌNH HÌNH",
      "V. PHƯƠNG HƯỚNG, NHIỆM VỤ",
      // Part VI of Mẫu số 02, required as the others (review F10).
      "VI. KIẾN NGHỊ, ĐỀ XUẤT",
    ]);
    expect(text).toContain(
      "Trong kỳ, tiếp nhận 1 vụ việc khiếu nại (50% số vụ việc tiếp nhận) và 1 vụ việc tố cáo (50%).",
    );
    // The register has no “Ngày thụ lý”: what was accepted is not said; what was decided is.
    expect(text).toContain(
      "Đơn khiếu nại thuộc thẩm quyền được xử lý trong kỳ (tiếp nhận trong kỳ và kỳ trước chuyển sang chưa xử lý): 1 đơn, trong đó rút đơn 0. Trong kỳ đã ban hành 1 quyết định giải quyết khiếu nại (kể cả đối với vụ việc đã thụ lý từ kỳ trước).",
    );
    expect(text).toContain(
      "Đơn tố cáo thuộc thẩm quyền được xử lý trong kỳ (tiếp nhận trong kỳ và kỳ trước chuyển sang chưa xử lý): 1 đơn, trong đó rút đơn 0. Trong kỳ đã ban hành 0 kết luận nội dung tố cáo.",
    );
    expect(text).not.toContain("thụ lý giải quyết 1");
    // II.2 states Biểu 02/XLD's numbers (a) to c)); the register has no “Lần”, so no split by lần.
    expect(text).toContain("Kết quả tiếp nhận, phân loại và xử lý đơn (số liệu của Biểu số 02/XLD):");
    expect(text).toContain(
      "a) Tổng số đơn 2 (đơn kỳ trước chuyển sang chưa xử lý 0, tiếp nhận trong kỳ 2); đã xử lý 2 đơn; số đơn đủ điều kiện xử lý 2, trong đó thuộc thẩm quyền 2 đơn.",
    );
    expect(text).toContain("b) Đơn thuộc thẩm quyền:");
    expect(text).toContain("- Khiếu nại: 1 đơn; theo lĩnh vực: đất đai 1; chế độ, chính sách 0; khác 0.");
    expect(text).toContain("- Tố cáo: 1 đơn; theo lĩnh vực: hành chính 0; tham nhũng 0; tư pháp 1; khác 0.");
    expect(text).not.toContain("- Kiến nghị, phản ánh:");
    expect(text).toContain("c) Đơn không thuộc thẩm quyền: không có.");
    expect(text).toContain(
      "Riêng các vụ việc tiếp nhận trong kỳ, theo hướng xử lý đã ghi trong sổ: giải quyết theo thẩm quyền 2 vụ việc",
    );
  });

  it("2026-Q1, State: the clerk's sections on the situation and its causes go in part I, not after the results", async () => {
    const text =
      "## Tình hình khiếu nại, tố cáo\n\nĐơn về đất đai tăng.\n\n## Nguyên nhân\n\nDo giải phóng mặt bằng.\n\n## Nhận xét, đánh giá\n\nĐạt yêu cầu.\n";
    writeFileSync(narrative, text);
    try {
      const { lines } = await headings("2026-Q1", "state");
      expect(lines).toEqual([
        "I. TÌNH HÌNH KHIẾU NẠI, TỐ CÁO",
        "1. Tình hình khiếu nại, tố cáo",
        "2. Nguyên nhân",
        "II. KẾT QUẢ CÔNG TÁC TIẾP CÔNG DÂN, XỬ LÝ ĐƠN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO",
        "1. Công tác tiếp công dân",
        "2. Tiếp nhận, phân loại và xử lý đơn",
        "3. Kết quả giải quyết khiếu nại, tố cáo",
        "4. Công tác quản lý nhà nước về tiếp công dân, giải quyết khiếu nại, tố cáo",
        "III. NHẬN XÉT, ĐÁNH GIÁ",
        "IV. DỰ BÁO TÌNH HÌNH",
        "V. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP",
        "VI. KIẾN NGHỊ, ĐỀ XUẤT",
      ]);
    } finally {
      writeFileSync(
        narrative,
        "## Công tác lãnh đạo, chỉ đạo\n\nỦy ban chỉ đạo thực hiện nghiêm.\n\n## Phương hướng, nhiệm vụ\n\nTiếp tục.\n",
      );
    }
  });

  it.each([
    ["2026-Q2", "state", true],
    ["2026-Q4", "state", true],
    ["2026-Q1", "state", false],
    ["2026-H1", "state", false],
    ["2025-Q2", "state", false],
    ["2026-Q2", "party", false],
  ])(
    "TT 06/2025 Điều 4 k2 điểm b: %s, %s — the clerk told the report is the forms only: %s",
    async (period, profile, told) => {
      const y = period.slice(0, 4);
      const cases = register([
        `K-1;20/04/${y};Đơn thư;Kiến nghị;Đất đai;Lê Văn B;5 thôn 1;1;Kiến nghị;Có;Giải quyết;;;;Đang xử lý`,
      ]);
      const out = join(tmp.dir, `forms-only-${period}-${profile}`);
      const summary = join(out, "tom-tat.json");
      const r = await cli([
        "report",
        ...["--cases", cases, "--period", period, "--profile", profile, "--format", "docx"],
        ...["--out", out, "--summary-json", summary],
      ]);
      expect(r.code).toBe(0);
      const note =
        /Theo điểm b khoản 2 Điều 4 Thông tư 06\/2025\/TT-TTCP, báo cáo quý II, quý III, quý IV chỉ gồm các biểu số liệu/;
      expect(note.test(r.stderr)).toBe(told);
      const notes: string[] = JSON.parse(readFileSync(summary, "utf8")).notes ?? [];
      expect(notes.some((n) => note.test(n))).toBe(told);
      expect(docxText(join(out, `bao-cao-${period}-${profile === "state" ? "nha-nuoc" : "dang"}.docx`))).not.toMatch(
        note,
      );
    },
  );

  it.each([
    ["2025-Q1", "state", "KẾT QUẢ TIẾP CÔNG DÂN, XỬ LÝ ĐƠN VÀ GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO, KIẾN NGHỊ, PHẢN ÁNH"],
    ["2026-Q1", "party", "KẾT QUẢ TIẾP DÂN, ĐỐI THOẠI VÀ XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ, KHIẾU NẠI, TỐ CÁO"],
  ])("%s, %s: the leadership section first, then the results (no Mẫu số 02)", async (period, profile, results) => {
    const { lines } = await headings(period, profile);
    expect(lines.slice(0, 2)).toEqual(["I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", `II. ${results}`]);
    expect(lines).not.toContain("I. TÌNH HÌNH KHIẾU NẠI, TỐ CÁO");
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
