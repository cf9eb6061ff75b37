// `tiepdan report` end to end on the Minh Sơn example, read back as a person gets it: the summary numbers against
// an independent count, the same numbers in the PDF text (pdftotext) and the DOCX XML, no denouncer's name or
// address in any file, the exit codes, atomic and deterministic output.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Cutoff, formatVietnameseNumber, getMonthRange, resolvePeriod } from "@tiepdan/core";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { denouncerIdentities } from "../../../examples/denouncer-identities.mjs";
import { EXAMPLE_DIR } from "../../../examples/generate-minh-son.mjs";
import { run, tempDir } from "./document/readers.js";
import { countByHand } from "./exampleCount.js";
import { cli, docxText, pdfText, zipXml } from "./outputs.js";

const files = readdirSync(EXAMPLE_DIR);
const casePaths = files.filter((f) => f.startsWith("so-theo-doi-don-")).map((f) => join(EXAMPLE_DIR, f));
const sessionPaths = files.filter((f) => f.startsWith("so-buoi-tiep-")).map((f) => join(EXAMPLE_DIR, f));
// A folder with a space and Vietnamese letters, as a clerk names it.
const tmp = tempDir("tiepdan-báo cáo ");
afterAll(() => tmp.remove());

const n = (x: number) => formatVietnameseNumber(x);

const RUNS = [
  { spec: "2026", profile: "party", cutoff: "calendar", register: "all" },
  { spec: "2026-Q1", profile: "state", cutoff: "mid-month", register: "all" },
  { spec: "2026-03", profile: "party", cutoff: "calendar", register: "open" },
  { spec: "2025-H1", profile: "state", cutoff: "mid-month", register: "none" },
] as const;

const outputs = new Map<string, { dir: string; stem: string; summary: string; code: number; stdout: string }>();
for (const r of RUNS) {
  const dir = join(tmp.dir, `kỳ ${r.spec} ${r.profile}`);
  const summary = join(dir, "tóm tắt.json");
  const { code, stdout } = await cli([
    "report",
    "--cases",
    ...casePaths,
    "--sessions",
    ...sessionPaths,
    "--period",
    r.spec,
    "--profile",
    r.profile,
    "--org",
    join(EXAMPLE_DIR, "don-vi.json"),
    "--narrative",
    join(EXAMPLE_DIR, "tuong-thuat-2026.txt"),
    "--format",
    "pdf,docx,xlsx",
    "--register",
    r.register,
    "--out",
    dir,
    "--summary-json",
    summary,
  ]);
  const stem = `bao-cao-${r.spec}-${r.profile === "party" ? "dang" : "nha-nuoc"}`;
  outputs.set(r.spec, { dir, stem, summary, code, stdout });
}

describe("tiepdan report on the Minh Sơn example: DESIGN.md “Report semantics” in the summary, the PDF and the DOCX", () => {
  it.each(RUNS)("$spec, $profile profile ($cutoff cutoff)", (r) => {
    const out = outputs.get(r.spec);
    if (!out) throw new Error("no run");
    expect(out.code).toBe(0);
    // The closing line speaks the profile's words: "tiếp công dân" is the law's term for the State side.
    const held = JSON.parse(readFileSync(out.summary, "utf8")).sessions.held as number;
    expect(out.stdout).toContain(
      `${held.toLocaleString("de-DE")} ${r.profile === "state" ? "buổi tiếp công dân" : "buổi tiếp dân"}.`,
    );
    expect(readdirSync(out.dir).sort()).toEqual(
      [`${out.stem}.docx`, `${out.stem}.pdf`, `${out.stem}.xlsx`, "tóm tắt.json"].sort(),
    );
    // The summary JSON: exactly the DESIGN.md object, its numbers those of the independent count.
    const json = JSON.parse(readFileSync(out.summary, "utf8"));
    const expected = countByHand(r.spec, r.cutoff as Cutoff, r.profile as "party" | "state");
    const { overdue, ...cases } = json.cases;
    expect({ sessions: json.sessions, cases }).toEqual(expected);
    // `notes`: the Party tables' sources (our own layouts); deadlines running into 2027, a year without a days-off
    // notice (Bộ luật Lao động 2019 fallback); the other side's cases left out. The State profile adds the official
    // forms used and their blank columns (issue 15).
    const runsInto2027 = (r.spec as string) === "2026";
    expect(Object.keys(json)).toEqual([
      "period",
      "rows",
      "sessions",
      "cases",
      "judged",
      "notes",
      ...(r.profile === "state" ? ["forms"] : []),
    ]);
    // Each run is given every register: the other side's cases are left out and said to be (review s17s F2), those of
    // the period (review s18h F15).
    expect(json.notes).toContainEqual(
      expect.stringContaining(
        r.profile === "state" ? "vụ việc do cấp ủy, tổ chức đảng tiếp nhận" : "; cả sổ có 320 vụ việc như vậy)",
      ),
    );
    if (runsInto2027)
      expect(json.notes.some((n: string) => n.includes("năm 2027, năm chưa có thông báo lịch nghỉ lễ, Tết"))).toBe(
        true,
      );
    const period = resolvePeriod(r.spec, { cutoff: r.cutoff });
    expect(json.period).toEqual({
      spec: period.spec,
      from: period.from,
      to: period.to,
      label: period.label,
      cutoff: r.cutoff,
      asOf: period.to,
    });
    expect(json.rows.read).toBe(json.rows.accepted + json.rows.rejected);

    // The same numbers as the reader finds them in both documents.
    const c = expected.cases;
    const s = expected.sessions;
    // The months ended by the as-of date, their minimum (review s18b F8: `judged` says what the text says).
    const ended = period.nominalMonths.filter((m) => `${m}-01` >= period.from && getMonthRange(m).to <= period.to);
    expect(json.judged.months).toEqual(ended);
    expect(json.judged.required).toBe((s.required / period.nominalMonths.length) * ended.length);
    // One voice per document: the State profile speaks of "tiếp công dân" by the chairs (DESIGN.md rule 1).
    const reception = r.profile === "state" ? "tiếp công dân" : "tiếp dân";
    const phrases = [
      `Số liệu tính từ ngày ${period.from.split("-").reverse().join("/")} đến ngày ${period.to.split("-").reverse().join("/")}`,
      period.label,
      `tổ chức ${n(s.held)} buổi ${reception} (${n(s.scheduled)} buổi định kỳ, ${n(s.adHoc)} buổi đột xuất), tiếp ${n(s.people)} lượt người`,
      // The minimum of the months ended by the as-of date, beside their days (review s18h F6): the summary's
      // `required` counts every nominal month, the text the months judged.
      `${reception} định kỳ ${n(json.judged.days)} ngày trong ${n(json.judged.months.length)} tháng`,
      `là ${n(json.judged.required)} ngày.`,
      `tiếp nhận ${n(c.total)} vụ việc của ${n(c.people)} người, trong đó: phản ánh ${n(c.byKind.reflection)}, kiến nghị ${n(c.byKind.petition)}, khiếu nại ${n(c.byKind.complaint)}, tố cáo ${n(c.byKind.denunciation)} vụ việc`,
      `${n(c.group)} vụ việc đông người`,
      `Kỳ trước chuyển sang ${n(c.carriedOver)} vụ việc chưa có kết quả`,
      `giải quyết theo thẩm quyền ${n(c.byRoute.handle)} vụ việc; chỉ đạo, chuyển cơ quan có thẩm quyền ${n(c.byRoute.direct)} vụ việc; hướng dẫn người dân ${n(c.byRoute.guide)} vụ việc; lưu đơn ${n(c.byRoute.archive)} vụ việc`,
      `${n(c.resolved)}/${n(c.total)} vụ việc tiếp nhận trong kỳ đã có kết quả`,
      overdue > 0 ? `Có ${n(overdue)} vụ việc quá thời hạn theo quy định` : "Không có vụ việc quá thời hạn",
      ...(s.monthsShort.length > 0
        ? s.monthsShort.map((m: string) => `tháng ${m.slice(5)}/${m.slice(0, 4)}`)
        : [`Bảo đảm số ngày ${reception} định kỳ tối thiểu trong tất cả các tháng`]),
      r.profile === "state" ? "Chủ tịch Ủy ban nhân dân các cấp" : "người đứng đầu cấp ủy các cấp",
    ];
    const pdf = pdfText(join(out.dir, `${out.stem}.pdf`));
    const docx = docxText(join(out.dir, `${out.stem}.docx`));
    for (const phrase of phrases) {
      expect(pdf, `PDF: ${phrase}`).toContain(phrase);
      expect(docx, `DOCX: ${phrase}`).toContain(phrase);
    }
    // Nothing of the other side's voice, nothing about our sources (issue 16 points 1 and 8).
    const foreign =
      r.profile === "state" ? ["Bí thư Tỉnh ủy tiếp", "người đứng đầu cấp ủy"] : ["Chủ tịch Ủy ban nhân dân các cấp"];
    for (const phrase of [...foreign, "chưa tra cứu được", "chưa đối chiếu được", "công cụ"]) {
      expect(pdf.replace(/\s+/g, " "), `PDF: ${phrase}`).not.toContain(phrase);
      expect(docx.replace(/\s+/g, " "), `DOCX: ${phrase}`).not.toContain(phrase);
    }
    const header = r.profile === "party" ? "ĐẢNG CỘNG SẢN VIỆT NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    expect(pdf).toContain(header);
    expect(docx).toContain(header);
    if (r.register === "none") expect(pdf).not.toContain("DANH SÁCH VỤ VIỆC TIẾP NHẬN");
    if (r.register === "open") expect(pdf).toContain("DANH SÁCH VỤ VIỆC CHƯA CÓ KẾT QUẢ");
  });

  it("the workbook's tables hold the same totals (numbers as numbers)", async () => {
    const out = outputs.get("2026");
    if (!out) throw new Error("no run");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(out.dir, `${out.stem}.xlsx`)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tiếp dân", "Xử lý đơn", "Lĩnh vực"]);
    const expected = countByHand("2026", "calendar");
    const totalRow = (name: string) => {
      const ws = wb.getWorksheet(name);
      let values: unknown[] = [];
      ws?.eachRow((row) => {
        if (row.getCell(1).value === "Tổng số") values = (row.values as unknown[]).slice(2);
      });
      return values;
    };
    expect(totalRow("Tiếp dân").slice(0, 4)).toEqual([
      expected.sessions.held,
      expected.sessions.scheduled,
      expected.sessions.adHoc,
      expected.sessions.people,
    ]);
    const handling = totalRow("Xử lý đơn") as number[];
    expect(handling.slice(0, 3)).toEqual([
      expected.cases.carriedOver + expected.cases.total,
      expected.cases.carriedOver,
      expected.cases.total,
    ]);
    // The form's own checks: (1) = (2) + (3); (3) = (4) + (5) + (6) = (7) + … + (11); (13) = (3) − (12).
    expect(handling[0]).toBe((handling[1] ?? 0) + (handling[2] ?? 0));
    expect((handling[3] ?? 0) + (handling[4] ?? 0) + (handling[5] ?? 0)).toBe(handling[2]);
    expect(handling.slice(6, 11).reduce((a, b) => a + b, 0)).toBe(handling[2]);
    expect(handling[12]).toBe((handling[2] ?? 0) - (handling[11] ?? 0));
  });
});

describe("DESIGN.md “Confidentiality”: no denouncer's name or address in any file the report writes", () => {
  const identities = denouncerIdentities();
  it("the example has denouncers to protect (and they are not shared with other senders)", () => {
    expect(identities.length).toBeGreaterThan(100);
  });
  it.each(RUNS)("$spec, $profile: PDF text, DOCX XML, XLSX XML and the summary JSON", (r) => {
    const out = outputs.get(r.spec);
    if (!out) throw new Error("no run");
    const texts = {
      pdf: pdfText(join(out.dir, `${out.stem}.pdf`)),
      docx: zipXml(join(out.dir, `${out.stem}.docx`)),
      xlsx: zipXml(join(out.dir, `${out.stem}.xlsx`)),
      json: readFileSync(out.summary, "utf8"),
    };
    for (const [kind, text] of Object.entries(texts)) {
      const leaked = identities.filter((id) => text.includes(id));
      expect(leaked, `${kind} of ${r.spec}`).toEqual([]);
    }
    if (r.register === "all") expect(texts.pdf).toContain("(giữ bí mật)");
  });
});

describe("tiepdan report: the clerk's side", () => {
  const bad = join(tmp.dir, "sổ lỗi");
  mkdirSync(bad, { recursive: true });
  const badFile = join(bad, "sổ xã An Bình.csv");
  const lines = readFileSync(join(EXAMPLE_DIR, "so-theo-doi-don-xa-an-binh.csv"), "utf8").split("\r\n");
  const broken = (lines[2] ?? "").split(";");
  broken[1] = "31/02/2026";
  lines[2] = broken.join(";");
  writeFileSync(badFile, lines.join("\r\n"));
  const base = (out: string) => ["report", "--cases", badFile, "--period", "2026-Q1", "--out", out];

  it("refuses registers with errors (exit 1), names the row and column, and writes nothing", async () => {
    const out = join(bad, "không ghi");
    const r = await cli(base(out));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("DATE_INVALID");
    expect(r.stderr).toMatch(/^3 +│ Ngày tiếp nhận/m);
    expect(r.stderr).toContain("Không lập văn bản: các sổ có 1 lỗi (1 dòng bị loại");
    expect(() => readdirSync(out)).toThrow();
  });

  it("with --allow-partial writes the report, which states the rows left out (exit 3); without --org it is a marked draft", async () => {
    const out = join(bad, "một phần");
    const r = await cli([...base(out), "--allow-partial", "--register", "none"]);
    expect(r.code).toBe(3);
    const text = pdfText(join(out, "bao-cao-2026-Q1-dang.pdf"));
    expect(text).toContain("1 dòng có lỗi chưa được tính vào báo cáo");
    expect(text).toContain("[DỰ THẢO] Chưa có tệp thông tin đơn vị");
    expect(text).toContain("TỈNH ỦY [TÊN TỈNH]");
    expect(readdirSync(out).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it.each([
    [["report", "--cases", "x.csv", "--out", "o"], "Thiếu kỳ báo cáo"],
    [["report", "--cases", "x.csv", "--period", "2026-Q5", "--out", "o"], "2026-Q5"],
    [["report", "--period", "2026", "--out", "o"], "Thiếu sổ theo dõi đơn"],
    [["report", "--cases", "không-có.csv", "--period", "2026", "--out", "o"], "không có tệp này"],
    [["report", "--cases", "x.csv", "--period", "2026", "--out", "o", "--format", "pdf,odt"], "odt"],
    [["report", "--cases", "x.csv", "--period", "2026", "--out", "o", "--as-of", "31/02/2026"], "--as-of"],
    [["report", "--cases", "x.csv", "--period", "2026", "--out", "o", "--profile", "ubnd"], "--profile"],
  ])("%j → exit 2 with a Vietnamese message", async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain("tiepdan report --help");
  });

  it("prints its help in Vietnamese with the exit codes", async () => {
    const r = await cli(["report", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Mã thoát: 0 đã ghi báo cáo");
    expect(r.stdout).toContain("--reveal-identities");
  });

  it("--reveal-identities: an internal register marked MẬT, with the names, and the choice in the file's properties", async () => {
    const dir = join(tmp.dir, "nội bộ");
    mkdirSync(dir, { recursive: true });
    const register = join(dir, "sổ.csv");
    writeFileSync(
      register,
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi;Địa chỉ;Nội dung\n" +
        "TC-1;05/03/2026;Đơn thư;Tố cáo;Đất đai;Hoàng Thị Bí Mật;Số 9, thôn Kín, xã Ẩn;Tố cáo cán bộ địa chính\n" +
        "PA-1;06/03/2026;Tiếp trực tiếp;Phản ánh;Môi trường;Lê Văn Công Khai;Thôn 1;Phản ánh ô nhiễm\n",
    );
    const normal = await cli(["report", "--cases", register, "--period", "2026-03", "--out", join(dir, "thường")]);
    expect(normal.code).toBe(0);
    const plain = pdfText(join(dir, "thường", "bao-cao-2026-03-dang.pdf"));
    expect(plain).not.toContain("Bí Mật");
    expect(plain).not.toContain("thôn Kín");
    expect(plain).not.toContain("cán bộ địa chính");
    expect(plain).toContain("Tố cáo về lĩnh vực đất đai");
    expect(plain).toContain("Lê Văn Công Khai");

    const secret = await cli([
      "report",
      "--cases",
      register,
      "--period",
      "2026-03",
      "--out",
      join(dir, "mật"),
      "--reveal-identities",
    ]);
    expect(secret.code).toBe(0);
    expect(secret.stderr).toContain("MẬT");
    const pdf = join(dir, "mật", "bao-cao-2026-03-dang-MAT.pdf");
    const text = pdfText(pdf);
    expect(text).toContain("MẬT");
    expect(text).toContain("Hoàng Thị Bí Mật");
    expect(text).toContain("SỔ NỘI BỘ CÓ THÔNG TIN NGƯỜI TỐ CÁO");
    expect(run("pdfinfo", ["-custom", pdf])).toMatch(/TiepdanRevealIdentities:\s*yes/);
    expect(zipXml(join(dir, "mật", "bao-cao-2026-03-dang-MAT.docx"))).toContain("TiepdanRevealIdentities");
  });

  it("writes byte-identical files for the same input, and merges registers given as --cases a b", async () => {
    const dir = join(tmp.dir, "lặp lại");
    const copies = casePaths.slice(0, 2).map((p, i) => {
      const target = join(tmp.dir, `sổ ${i}.csv`);
      copyFileSync(p, target);
      return target;
    });
    const args = (out: string) => [
      "report",
      "--cases",
      ...copies,
      "--period",
      "2026-Q1",
      "--register",
      "none",
      "--format",
      "pdf,docx,xlsx",
      "--org",
      join(EXAMPLE_DIR, "don-vi.json"),
      "--out",
      out,
    ];
    expect((await cli(args(join(dir, "1")))).code).toBe(0);
    expect((await cli(args(join(dir, "2")))).code).toBe(0);
    for (const f of readdirSync(join(dir, "1"))) {
      expect(readFileSync(join(dir, "2", f)).equals(readFileSync(join(dir, "1", f))), f).toBe(true);
    }
  });
});
