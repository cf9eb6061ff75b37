import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "./main.js";

const dir = mkdtempSync(join(tmpdir(), "tiepdan-cli-"));
const file = (name: string, text: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), columns: 100 });
  return { code, stdout, stderr };
}

const BAD = file(
  "so-don.csv",
  "SỔ THEO DÕI ĐƠN THƯ;;;;;\nMã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Người gửi;Ghi chú\nMS-1;5/3/2026;don thu;to cao, KHIEU NAI;Nguyễn Văn Bí Mật;giữ nguyên\nMS-2;31/02/2026;Fax;Phản ánh;Lê Văn B;\nMS-1;06/03/2026;Đơn thư;Phản ánh;C;\n",
);

describe("tiepdan validate", () => {
  it("prints a Vietnamese table (row, column, what is wrong, what is allowed) and exits 1 on errors", async () => {
    const r = await run("validate", BAD);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Dòng │ Cột");
    expect(r.stdout).toContain("Có gì sai");
    expect(r.stdout).toContain("Cho phép");
    expect(r.stdout).toContain("[DATE_INVALID]");
    expect(r.stdout).toContain("Tiếp trực tiếp, Đơn thư,");
    expect(r.stdout).toContain("Đã đọc 3 dòng của sổ theo dõi đơn “so-don.csv”: 1 dòng hợp lệ, 2 dòng bị loại.");
    expect(r.stdout).not.toContain("Bí Mật");
    expect(r.stdout).toBe(r.stdout.normalize("NFC"));
  });

  it("--json prints exactly { rows, problems } and nothing else on stdout", async () => {
    const r = await run("validate", BAD, "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["rows", "problems"]);
    expect(json.rows).toEqual({ read: 3, accepted: 1, rejected: 2 });
    expect(json.problems.map((p: { code: string; row: number }) => [p.code, p.row])).toMatchInlineSnapshot(`
      [
        [
          "HEADER_BELOW_TITLE",
          2,
        ],
        [
          "DENUNCIATION_NO_CONTENT",
          3,
        ],
        [
          "DATE_INVALID",
          4,
        ],
        [
          "VALUE_UNKNOWN",
          4,
        ],
        [
          "ID_DUPLICATE",
          5,
        ],
      ]
    `);
  });

  it("exits 0 when there are only warnings", async () => {
    const ok = file("ok.csv", "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại\nA;05/03/2026;Đơn thư;Tố cáo\n");
    const r = await run("validate", ok);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("0 lỗi, 1 cảnh báo.");
  });

  it("--fix writes the register back: UTF-8 with BOM, `;`, dd/mm/yyyy, canonical values, every row and column kept", async () => {
    const out = join(dir, "so-don.sua.csv");
    const r = await run("validate", BAD, "--fix", out);
    expect(r.stdout).toContain("1 dòng đã chuẩn hóa, 2 dòng có lỗi được giữ nguyên");
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8").slice(1)).toBe(
      [
        "SỔ THEO DÕI ĐƠN THƯ;;;;;",
        "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Người gửi;Ghi chú",
        "MS-1;05/03/2026;Đơn thư;Khiếu nại; Tố cáo;Nguyễn Văn Bí Mật;giữ nguyên".replace(
          "Khiếu nại; Tố cáo",
          '"Khiếu nại; Tố cáo"',
        ),
        "MS-2;31/02/2026;Fax;Phản ánh;Lê Văn B;",
        "MS-1;06/03/2026;Đơn thư;Phản ánh;C;",
        "",
      ].join("\r\n"),
    );
  });

  it("--fix over a file already there keeps the old one as .bak and says so (review s19x F11)", async () => {
    const out = join(dir, "so-xa-ben-canh.csv");
    writeFileSync(out, "sổ của xã bên cạnh");
    const r = await run("validate", BAD, "--fix", out);
    expect(r.stderr).toContain(`Lưu ý: tệp “${out}” đã có; bản cũ được giữ ở “${out}.bak”.`);
    expect(readFileSync(`${out}.bak`, "utf8")).toBe("sổ của xã bên cạnh");
    expect(readFileSync(out, "utf8")).toContain("Mã số;Ngày tiếp nhận");
  });

  it("reads a sessions register as one when --kind is not given and its columns say so", async () => {
    const s = file("buoi.csv", "Mã buổi;Ngày tiếp;Loại buổi\nB1;15/01/2026;Định kỳ\n");
    const r = await run("validate", s, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rows).toEqual({ read: 1, accepted: 1, rejected: 0 });
    expect(r.stderr).toContain("sổ buổi tiếp dân");
  });

  it("--sessions checks Buổi tiếp against a sessions register", async () => {
    const s = file("buoi2.csv", "Mã buổi;Ngày tiếp;Loại buổi\nB1;15/01/2026;Định kỳ\n");
    const c = file(
      "don2.csv",
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Buổi tiếp\nA;05/03/2026;Đơn thư;Phản ánh;B9\n",
    );
    const r = await run("validate", c, "--sessions", s, "--json");
    expect(JSON.parse(r.stdout).problems.map((p: { code: string }) => p.code)).toEqual(["SESSION_UNKNOWN"]);
  });

  it.each([
    [["validate"], "Thiếu tên tệp"],
    [["validate", BAD, "--kind", "don"], "--kind phải là"],
    [["validate", BAD, "--bogus"], "Không có tùy chọn “--bogus”"],
    [["validate", join(dir, "khong-co.csv")], "không có tệp này"],
    [["validate", dir], "thư mục"],
    [["validate", BAD, "--fix", BAD], "để không ghi đè lên tệp gốc"],
    // Review s19x F11: CSV text under a workbook's name is a file Excel refuses.
    [["validate", BAD, "--fix", "so-da-sua.xlsx"], "tên tệp phải có đuôi .csv, ví dụ “so-da-sua.csv”"],
    [["export"], "Không có lệnh “export”"],
    // An unknown --unit is refused before the register is read: no problem table buries the message.
    [
      ["notices", "--kind", "receipt", "--cases", BAD, "--period", "2026-03", "--unit", "xa-khong-co", "--out", dir],
      "--unit “xa-khong-co” không có trong tệp thông tin đơn vị",
    ],
    // Review s16 F16: a days-off file or an org file given as a register.
    [
      [
        "compliance",
        "--cases",
        file("ngay-nghi.csv", "Ngày;Tên;Loại;Văn bản\n15/10/2026;Ngày tỉnh;Nghỉ địa phương;QĐ\n"),
        "--period",
        "2026-03",
        "--out",
        dir,
      ],
      "“ngay-nghi.csv” đưa vào --cases là tệp ngày nghỉ (Ngày, Tên, Loại), không phải sổ: đưa tệp này vào --days-off.",
    ],
    [
      [
        "report",
        "--cases",
        BAD,
        "--sessions",
        file("don-vi-nham.json", '{ "reportingUnit": "a", "units": [] }'),
        "--period",
        "2026-03",
        "--out",
        dir,
      ],
      "“don-vi-nham.json” đưa vào --sessions là tệp thông tin đơn vị, không phải sổ: đưa tệp này vào --org.",
    ],
    // Review s16 F17: an output folder whose name no file system takes.
    [
      ["compliance", "--cases", BAD, "--period", "2026-03", "--out", join(dir, "a".repeat(300))],
      "Không dùng được đường dẫn",
    ],
    // Review s16 F19: a period or a year outside the registers' 2000–2099.
    [["compliance", "--cases", BAD, "--period", "1999", "--out", dir], "ngoài các năm 2000–2099 mà sổ ghi được"],
    [["schedule", "--year", "2100", "--out", dir], "--year “2100” không phải năm hợp lệ (từ 2000 đến 2099)"],
    // Review s16 F13: an option of one value typed twice (the last one won, silently).
    [
      ["compliance", "--cases", BAD, "--period", "2026-03", "--period=2026-04", "--out", dir],
      "--period được gõ 2 lần (“2026-03”, “2026-04”): chỉ gõ một lần.",
    ],
    [
      ["notices", "--kind", "receipt", "--kind", "transfer", "--cases", BAD, "--period", "2026-03", "--out", dir],
      "--kind được gõ 2 lần (“receipt”, “transfer”)",
    ],
  ])("exits 2 with a Vietnamese message on misuse: %j", async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain("DATE_INVALID");
  });

  it("--help is Vietnamese", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Cách dùng:");
    expect(r.stdout).toContain("tiepdan <lệnh> --help");
  });

  // Issue 16 point 10: every command prints its own help, not the general one.
  it.each([
    [["validate", "--help"], "tiepdan validate — kiểm tra một sổ", "--fix <tệp.csv>"],
    [["help", "validate"], "tiepdan validate — kiểm tra một sổ", "--sheet <tên>"],
    [["report", "--help"], "tiepdan report — lập báo cáo định kỳ", "--narrative"],
    [["help", "notices"], "tiepdan notices — lập hàng loạt văn bản", "--unit <mã đơn vị>"],
    [["compliance", "-h"], "tiepdan compliance — rà soát", "--json"],
  ])("%j prints that command's help", async (argv, title, option) => {
    const r = await run(...argv);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(title)).toBe(true);
    expect(r.stdout).toContain(option);
  });
});

describe("a workbook kept one sheet per month: every sheet holding a register is read (review s14 F1)", () => {
  const workbook = async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Hướng dẫn").addRow(["Ghi mỗi vụ việc một dòng."]);
    const lists = wb.addWorksheet("DanhMuc");
    lists.addRows([
      ["Hình thức tiếp nhận", "Loại"],
      ["Đơn thư", "Khiếu nại"],
      ["Tiếp trực tiếp", "Tố cáo"],
    ]);
    lists.state = "hidden";
    const header = ["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Hướng xử lý"];
    const jan = wb.addWorksheet("Tháng 01");
    jan.addRows([header, ["T1-1", "05/01/2026", "Đơn thư", "Kiến nghị", "Lưu đơn"]]);
    jan.addRow(["T1-2", "06/01/2026", "Đơn thư", "Phản ánh", "Lưu đơn"]);
    const feb = wb.addWorksheet("Tháng 02");
    feb.addRows([header, ["T2-1", "31/02/2026", "Đơn thư", "Kiến nghị", "Lưu đơn"]]);
    feb.addRow(["T2-2", "03/02/2026", "Đơn thư", "Phản ánh", "Lưu đơn"]);
    return file("so-theo-thang.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
  };

  it("validate checks each sheet and says which sheet a problem is on", async () => {
    const path = await workbook();
    const r = await run("validate", path);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Trang tính “Tháng 02”:");
    expect(r.stdout).not.toContain("Trang tính “Tháng 01”:");
    expect(r.stdout).toContain(
      "Đã đọc 2 dòng của sổ theo dõi đơn “so-theo-thang.xlsx (trang Tháng 01)”: 2 dòng hợp lệ",
    );
    expect(r.stdout).toContain(
      "Đã đọc 2 dòng của sổ theo dõi đơn “so-theo-thang.xlsx (trang Tháng 02)”: 1 dòng hợp lệ",
    );
    const json = JSON.parse((await run("validate", path, "--json")).stdout);
    expect(json.rows).toEqual({ read: 4, accepted: 3, rejected: 1 });
    expect(json.problems.map((p: { code: string; row: number; sheet: string }) => [p.code, p.row, p.sheet])).toEqual([
      ["DATE_INVALID", 2, "Tháng 02"],
    ]);
  });

  it("validate --sheet reads one sheet; --fix of a workbook of several registers asks for one", async () => {
    const path = await workbook();
    expect((await run("validate", path, "--sheet", "Tháng 01")).stdout).toContain(
      "Đã đọc 2 dòng của sổ theo dõi đơn “so-theo-thang.xlsx”: 2 dòng hợp lệ, 0 dòng bị loại.",
    );
    const fix = await run("validate", path, "--fix", join(dir, "sua.csv"));
    expect(fix.code).toBe(2);
    expect(fix.stderr).toContain("có 2 trang tính là sổ (“Tháng 01”, “Tháng 02”)");
  });

  it("validate --sheet naming a sheet the workbook lacks is the option typed wrong (exit 2), the sheets listed", async () => {
    const r = await run("validate", await workbook(), "--sheet", "Tháng 13");
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("XLSX_SHEET_NOT_FOUND");
    expect(r.stdout).toContain("“Tháng 01”, “Tháng");
  });

  it("validate --sheet of a file that is no workbook says the option was left aside", async () => {
    const r = await run("validate", BAD, "--sheet", "Tháng 01");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "--sheet chỉ dùng cho tệp Excel (.xlsx); “so-don.csv” không phải tệp Excel nên đã bỏ qua --sheet.",
    );
  });

  it("report counts the cases of every month, each sheet's rows said apart", async () => {
    const path = await workbook();
    const out = join(dir, "bao-cao");
    const summary = join(dir, "tom-tat.json");
    const r = await run(
      "report",
      ...["--cases", path, "--period", "2026-Q1", "--format", "pdf", "--out", out, "--summary-json", summary],
      "--allow-partial",
    );
    expect(r.stderr).toContain("Đã đọc sổ theo dõi đơn “so-theo-thang.xlsx (trang Tháng 01)”: 2 dòng, 2 dòng hợp lệ");
    expect(r.stderr).toContain("Đã đọc sổ theo dõi đơn “so-theo-thang.xlsx (trang Tháng 02)”: 2 dòng, 1 dòng hợp lệ");
    expect(r.code).toBe(3);
    expect(JSON.parse(readFileSync(summary, "utf8")).rows).toMatchObject({ read: 4, accepted: 3, rejected: 1 });
  }, 60_000);
});

describe("dates before the period (review s14 F6)", () => {
  it("report refuses an as-of date or a document date before the period's first day, exit 2, nothing written", async () => {
    const cases = file(
      "so-ngay.csv",
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại\nMS-1;05/01/2026;Đơn thư;Kiến nghị\n",
    );
    const out = join(dir, "khong-ghi");
    for (const [option, value, said] of [
      ["--as-of", "15/12/2025", "--as-of 15/12/2025 trước ngày đầu kỳ báo cáo (01/01/2026, quý I năm 2026)"],
      ["--date", "31/12/2025", "--date 31/12/2025 trước ngày đầu kỳ báo cáo"],
    ] as const) {
      const r = await run("report", "--cases", cases, "--period", "2026-Q1", option, value, "--out", out);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(said);
      expect(existsSync(out)).toBe(false);
    }
  });
});

describe("--cases and --sessions swapped (review s14 F7)", () => {
  it("says so once, naming each file and the option it belongs to, without the problems its columns cause", async () => {
    const cases = file(
      "so-theo-doi-don.csv",
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại\nMS-1;05/01/2026;Đơn thư;Kiến nghị\n",
    );
    const sessions = file(
      "so-buoi-tiep.csv",
      "Mã buổi;Ngày tiếp;Loại buổi;Người chủ trì;Số lượt người\nB-1;05/01/2026;Định kỳ;Bí thư;3\n",
    );
    const r = await run(
      "report",
      "--cases",
      sessions,
      "--sessions",
      cases,
      "--period",
      "2026-Q1",
      "--out",
      join(dir, "sw"),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Sổ theo dõi đơn và sổ buổi tiếp dân có vẻ bị đổi chỗ:");
    expect(r.stderr).toContain(
      "“so-buoi-tiep.csv” đưa vào --cases nhưng có các cột của sổ buổi tiếp dân: đưa tệp này vào --sessions.",
    );
    expect(r.stderr).toContain(
      "“so-theo-doi-don.csv” đưa vào --sessions nhưng có các cột của sổ theo dõi đơn: đưa tệp này vào --cases.",
    );
    expect(r.stderr).not.toContain("Dòng │");
  });
});

describe("which sheets of a workbook are registers (review s14b F1, F2, F4, F5)", () => {
  const header = ["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại"];
  const book = async (name: string, build: (wb: import("exceljs").Workbook) => void) => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    build(wb);
    return file(name, new Uint8Array(await wb.xlsx.writeBuffer()));
  };
  const json = async (...argv: string[]) => JSON.parse((await run("validate", ...argv, "--json")).stdout);

  it("a month already reported and hidden is still read; a visible sheet of lists or a summary is not, and is named", async () => {
    const path = await book("so-an.xlsx", (wb) => {
      const jan = wb.addWorksheet("Tháng 01");
      jan.addRows([header, ["T1-1", "05/01/2026", "Đơn thư", "Kiến nghị"]]);
      jan.state = "hidden";
      wb.addWorksheet("Tháng 02").addRows([header, ["T2-1", "05/02/2026", "Đơn thư", "Kiến nghị"]]);
      wb.addWorksheet("Danh mục").addRows([
        ["Hình thức tiếp nhận", "Loại", "Lĩnh vực"],
        ["Đơn thư", "Tố cáo", "Đất đai"],
      ]);
      wb.addWorksheet("Hướng dẫn").addRows([
        ["Cột", "Ý nghĩa"],
        ["Mã số", "mã của vụ việc"],
      ]);
    });
    const r = await json(path);
    expect(r.rows).toEqual({ read: 2, accepted: 2, rejected: 0 });
    expect(r.problems.map((p: { code: string }) => p.code)).toEqual(["XLSX_SHEETS_SKIPPED"]);
    expect(r.problems[0].message).toContain("“Danh mục”: trong 20 dòng đầu không có dòng tiêu đề");
    expect(r.problems[0].message).not.toContain("Hướng dẫn");
  });

  it("a month numbered by STT, or headed in words intake does not know, is read: its missing Mã số is an error (review s14c F2)", async () => {
    const path = await book("so-stt.xlsx", (wb) => {
      wb.addWorksheet("Tháng 01").addRows([header, ["T1-1", "05/01/2026", "Đơn thư", "Kiến nghị"]]);
      wb.addWorksheet("Tháng 02").addRows([
        ["STT", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Lĩnh vực"],
        [1, "05/02/2026", "Đơn thư", "Kiến nghị", "Đất đai"],
      ]);
      wb.addWorksheet("Tháng 03").addRows([
        ["Số đơn", "Ngày nhận hồ sơ", "Hình thức tiếp nhận", "Loại", "Lĩnh vực", "Người gửi"],
        ["T3-1", "05/03/2026", "Đơn thư", "Kiến nghị", "Đất đai", "Lê Văn A"],
      ]);
      const old = wb.addWorksheet("Bản sao");
      old.addRows([header, ["T1-1", "05/01/2026", "Đơn thư", "Kiến nghị"]]);
      old.state = "hidden";
    });
    const r = await run("validate", path);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Trang tính “Tháng 02”:");
    expect(r.stdout).toContain("Trang tính “Tháng 03”:");
    expect(r.stdout).toContain("[COLUMN_MISSING]");
    // A hidden sheet read is said to be hidden: here a copy, whose Mã số are already read.
    expect(r.stdout).toContain("“so-stt.xlsx (trang Bản sao, đang ẩn)”");
    expect(r.stdout).toContain("[ID_DUPLICATE]");
  });

  it("a month whose header is too far down is named, not dropped in silence", async () => {
    const path = await book("so-xa.xlsx", (wb) => {
      wb.addWorksheet("Tháng 01").addRows([header, ["T1-1", "05/01/2026", "Đơn thư", "Kiến nghị"]]);
      const feb = wb.addWorksheet("Tháng 02");
      for (let i = 0; i < 24; i++) feb.addRow([`Ghi chú ${i + 1}`]);
      feb.addRows([header, ["T2-1", "05/02/2026", "Đơn thư", "Kiến nghị"]]);
    });
    expect((await json(path)).problems[0].message).toContain(
      "“Tháng 02”: trong 20 dòng đầu không có dòng tiêu đề của sổ theo dõi đơn",
    );
  });

  it("a workbook holding both registers: each option reads its own sheet", async () => {
    const path = await book("so-chung.xlsx", (wb) => {
      wb.addWorksheet("Sổ đơn").addRows([header, ["A-1", "05/01/2026", "Đơn thư", "Kiến nghị"]]);
      wb.addWorksheet("Buổi tiếp").addRows([
        ["Mã buổi", "Ngày tiếp", "Loại buổi", "Người chủ trì"],
        ["B-1", "05/01/2026", "Định kỳ", "Bí thư"],
      ]);
    });
    const cases = await json(path);
    expect(cases.rows).toEqual({ read: 1, accepted: 1, rejected: 0 });
    expect(cases.problems[0].message).toContain("“Buổi tiếp”: là sổ buổi tiếp dân, đọc bằng tùy chọn --sessions");
    expect((await json(path, "--kind", "sessions")).rows).toEqual({ read: 1, accepted: 1, rejected: 0 });
    const out = join(dir, "bao-cao-chung");
    const r = await run(
      "report",
      "--cases",
      path,
      "--sessions",
      path,
      "--period",
      "2026-Q1",
      "--format",
      "pdf",
      "--out",
      out,
    );
    expect(r.stderr).not.toContain("đổi chỗ");
    expect(r.stderr).toContain("Đã đọc sổ buổi tiếp dân “so-chung.xlsx”: 1 dòng, 1 dòng hợp lệ");
    expect(r.code).toBe(0);
  });

  it("validate rejects a Mã số already on an earlier sheet, as report does", async () => {
    const path = await book("so-chep.xlsx", (wb) => {
      wb.addWorksheet("Tháng 01").addRows([header, ["A-1", "05/01/2026", "Đơn thư", "Kiến nghị"]]);
      wb.addWorksheet("Tháng 02").addRows([header, ["A-1", "05/01/2026", "Đơn thư", "Kiến nghị"]]);
    });
    const r = await json(path);
    expect(r.rows).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect(r.problems.map((p: { code: string; sheet: string }) => [p.code, p.sheet])).toEqual([
      ["ID_DUPLICATE", "Tháng 02"],
    ]);
  });
});

describe("a report's own outputs given as a register (FILE_NOT_REGISTER)", () => {
  // `--cases so/*` after a run that wrote into `so/`: the forms workbook, the statistics file and the summary are read
  // as registers. Each says what it is; none is read as rows (before: 13 errors about missing columns, or the
  // summary's notes read as three rejected rows).
  const cases = file(
    "so-nguon.csv",
    "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực\nMS-1;05/02/2026;Đơn thư;Kiến nghị;Đất đai\nMS-2;06/02/2026;Tiếp trực tiếp;Khiếu nại;Đất đai\n",
  );
  const codes = async (path: string, kind: string[] = []) => {
    const r = await run("validate", ...kind, path, "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.rows).toEqual({ read: 0, accepted: 0, rejected: 0 });
    return json.problems.map((p: { code: string; message: string }) => [p.code, p.message]);
  };

  it.each([
    ["party", "Tiếp dân|Xử lý đơn|Lĩnh vực"],
    ["state", "01-TCD|02-XLD|03-GQKN|04-GQTC"],
  ])(
    "validate names the %s report's forms workbook, statistics file and summary as such",
    async (profile, sheets) => {
      const out = join(dir, `ra-${profile}`);
      const stats = join(out, "so-lieu.json");
      const summary = join(out, "tom-tat.json");
      const r = await run(
        "report",
        ...["--cases", cases, "--period", "2026-Q1", "--profile", profile, "--format", "xlsx", "--out", out],
        ...["--stats-out", stats, "--summary-json", summary],
      );
      expect(r.code).toBe(0);
      const book = join(out, `bao-cao-2026-Q1-${profile === "party" ? "dang" : "nha-nuoc"}.xlsx`);
      for (const kind of [[], ["--kind", "sessions"]]) {
        const [[code, message]] = await codes(book, kind);
        expect(code).toBe("FILE_NOT_REGISTER");
        expect(message).toMatch(new RegExp(`^Tệp Excel là biểu tổng hợp số liệu \\(trang “(${sheets})”: “`));
        expect(message).toContain(kind.length ? "không phải sổ buổi tiếp dân" : "không phải sổ theo dõi đơn");
      }
      expect(await codes(stats)).toEqual([
        [
          "FILE_NOT_REGISTER",
          "Tệp là tệp số liệu (so-lieu.json) do một báo cáo ghi ra để gửi cấp trên tổng hợp, không phải sổ theo dõi đơn: không đọc dòng nào. Cho phép: bỏ tệp này ra, đưa sổ theo dõi đơn (mỗi vụ việc một dòng); số liệu của đơn vị cấp dưới được tổng hợp từ tệp số liệu (so-lieu.json) của đơn vị.",
        ],
      ]);
      expect((await codes(summary)).map(([code, message]: string[]) => [code, message?.split(",")[0]])).toEqual([
        ["FILE_NOT_REGISTER", "Tệp là tóm tắt số liệu của một báo cáo (--summary-json)"],
      ]);
      // Given beside the register to a new report: it stops, the register's rows still counted.
      const again = await run(
        "report",
        ...["--cases", cases, book, "--period", "2026-Q1", "--profile", profile, "--out", join(out, "lai")],
      );
      expect(again.code).toBe(1);
      expect(again.stderr).toContain("[FILE_NOT_REGISTER]");
      expect(again.stderr).toContain("“so-nguon.csv”: 2 dòng, 2 dòng hợp lệ");
    },
    60_000,
  );

  it("still reads a register titled like a summary, and a JSON register wrapped in an object", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    // A title "TỔNG HỢP …" without a row numbering the columns by their sums: a register whose "Mã số" is missing.
    wb.addWorksheet("Sổ").addRows([
      ["TỔNG HỢP ĐƠN THƯ THÁNG 02/2026"],
      ["Số đơn", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Lĩnh vực"],
      ["1", "05/02/2026", "Đơn thư", "Kiến nghị", "Đất đai"],
    ]);
    const titled = file("tong-hop-thang-2.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = JSON.parse((await run("validate", titled, "--json")).stdout);
    expect(r.problems.map((p: { code: string }) => p.code)).toContain("COLUMN_MISSING");
    expect(r.rows.read).toBe(1);
    const wrapped = file(
      "so.json",
      JSON.stringify({
        cases: [
          { "Mã số": "MS-1", "Ngày tiếp nhận": "05/02/2026", "Hình thức tiếp nhận": "Đơn thư", Loại: "Kiến nghị" },
        ],
      }),
    );
    expect((await run("validate", wrapped, "--json")).code).toBe(0);
  });
});

describe("validate names dates a year or more ahead of today (a year typed wrong), as report does", () => {
  const header = ["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Ngày có kết quả"];
  const note = /^Lưu ý: Sổ theo dõi đơn có ngày sau hôm nay \(\d\d\/\d\d\/\d{4}\) hơn một năm: (.*)\. Sổ ghi việc/m;

  it("in a CSV register: a note before the summary, the exit code unchanged; on stderr with --json", async () => {
    const path = file(
      "nam-go-nham.csv",
      `${header.join(";")}\nMS-1;05/02/2026;Đơn thư;Kiến nghị;25/02/2098\nMS-2;06/02/2098;Đơn thư;Kiến nghị;\nMS-3;06/02/2026;Đơn thư;Kiến nghị;\n`,
    );
    const r = await run("validate", path);
    expect(r.code).toBe(0);
    expect(note.exec(r.stdout)?.[1]).toBe("MS-1 (Ngày có kết quả 25/02/2098); MS-2 (Ngày tiếp nhận 06/02/2098)");
    expect(r.stdout.indexOf("Lưu ý")).toBeLessThan(r.stdout.indexOf("Đã đọc"));
    const json = await run("validate", path, "--json");
    expect(Object.keys(JSON.parse(json.stdout))).toEqual(["rows", "problems"]);
    expect(note.exec(json.stderr)?.[1]).toContain("MS-2");
  });

  it("in a workbook of two months: named once", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Tháng 01").addRows([header, ["T1-1", "05/01/2026", "Đơn thư", "Kiến nghị", "05/01/2098"]]);
    wb.addWorksheet("Tháng 02").addRows([header, ["T2-1", "05/02/2026", "Đơn thư", "Kiến nghị", ""]]);
    const path = file("hai-thang-nam-go-nham.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await run("validate", path);
    expect(r.stdout.match(/Lưu ý/g)).toHaveLength(1);
    expect(note.exec(r.stdout)?.[1]).toBe("T1-1 (Ngày có kết quả 05/01/2098)");
  });
});

describe("a list copied from the register into its workbook (the overdue list pasted beside it, review s14c)", () => {
  it("is left with a warning naming the sheet it was copied from; the register is read whole", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const header = ["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Nội dung", "Lĩnh vực"];
    const rows = Array.from({ length: 6 }, (_, i) => [
      `MS-${i + 1}`,
      `0${i + 1}/02/2026`,
      "Đơn thư",
      "Kiến nghị",
      `Việc ${i + 1}`,
      "Đất đai",
    ]);
    wb.addWorksheet("Sổ 2026").addRows([header, ...rows]);
    wb.addWorksheet("Quá hạn").addRows([
      ["DANH SÁCH VỤ VIỆC QUÁ HẠN"],
      ["STT", "Mã số", "Ngày tiếp nhận", "Nội dung", "Lĩnh vực", "Thời hạn chưa bảo đảm"],
      ...rows.slice(0, 3).map((r, i) => [i + 1, r[0], r[1], r[4], r[5], "Thông báo thụ lý"]),
    ]);
    // A month of its own (codes not all elsewhere) is still a register, its missing columns errors.
    const path = file("so-co-danh-sach.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = JSON.parse((await run("validate", path, "--json")).stdout);
    expect(r.rows).toEqual({ read: 6, accepted: 6, rejected: 0 });
    expect(r.problems.map((p: { code: string; message: string }) => [p.code, p.message])).toEqual([
      [
        "XLSX_SHEETS_SKIPPED",
        "Không đọc 1 trang tính của tệp Excel như sổ theo dõi đơn: “Quá hạn”: là danh sách trích từ sổ (mọi Mã số của trang đều có ở trang “Sổ 2026”, trang ít cột hơn).",
      ],
    ]);
    wb.getWorksheet("Quá hạn")?.addRow([4, "MS-99", "05/03/2026", "Việc khác", "Đất đai", ""]);
    const own = file("so-co-thang-rieng.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    const r2 = JSON.parse((await run("validate", own, "--json")).stdout);
    expect(r2.problems.map((p: { code: string; sheet?: string }) => [p.code, p.sheet])).toContainEqual([
      "COLUMN_MISSING",
      "Quá hạn",
    ]);
    // A month whose codes start again at 1 and that has one column fewer, every required one there, is a register:
    // its repeated codes are errors, not a list left in silence (review s16r #7).
    const months = new ExcelJS.Workbook();
    months.addWorksheet("Tháng 01").addRows([header, ["1", "05/01/2026", "Đơn thư", "Kiến nghị", "A", "Đất đai"]]);
    months.addWorksheet("Tháng 02").addRows([header.slice(0, 5), ["1", "05/02/2026", "Đơn thư", "Kiến nghị", "B"]]);
    const restart = file("so-danh-so-lai.xlsx", new Uint8Array(await months.xlsx.writeBuffer()));
    const r3 = JSON.parse((await run("validate", restart, "--json")).stdout);
    expect(r3.rows.read).toBe(2);
    expect(r3.problems.map((p: { code: string }) => p.code)).toContain("ID_DUPLICATE");
  });
});

describe("--fonts a clerk gets wrong (review s16 F0): exit 2 with what is wrong, nothing written", () => {
  const tinos = readFileSync(
    join(import.meta.dirname, "../../node_modules/@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf"),
  );
  const folder = (name: string, faces: Record<string, Uint8Array | string>) => {
    const dirPath = join(dir, name);
    mkdirSync(dirPath, { recursive: true });
    for (const [face, bytes] of Object.entries(faces)) writeFileSync(join(dirPath, face), bytes);
    return dirPath;
  };
  /** The font with its "cmap" table renamed in the table directory: its glyphs map no character. */
  const withoutCmap = (font: Uint8Array) => {
    const out = new Uint8Array(font);
    const tables = (out[4] as number) * 256 + (out[5] as number);
    for (let i = 0; i < tables; i++) {
      const at = 12 + 16 * i;
      if (String.fromCharCode(...out.subarray(at, at + 4)) === "cmap") out.set([120, 109, 97, 112], at); // "xmap"
    }
    return out;
  };
  const four = (bytes: Uint8Array | string) =>
    Object.fromEntries(["times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"].map((f) => [f, bytes]));

  it.each([
    ["an empty folder", () => folder("phong-rong", {}), "thiếu times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf"],
    [
      "only the regular face",
      () => folder("phong-mot", { "TIMES.TTF": tinos }),
      "thiếu timesbd.ttf, timesi.ttf, timesbi.ttf",
    ],
    [
      "files that are no fonts",
      () => folder("phong-sai", four("không phải phông ".repeat(100))),
      "times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf không phải tệp phông TrueType hay OpenType",
    ],
    ["a folder that does not exist", () => join(dir, "khong-co-phong"), "không có thư mục này"],
    ["a file", () => file("mot-tep.ttf", tinos), "đây là một tệp, không phải thư mục"],
    ["damaged fonts", () => folder("phong-hong", four(tinos.subarray(0, 3000))), "tệp phông có thể bị hỏng"],
    [
      // A font with no character map for the letters (review s21 K6; a symbol font copied as times.ttf is the same).
      "fonts without the Vietnamese letters",
      () => folder("phong-ky-hieu", four(withoutCmap(tinos))),
      "times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf không có đủ chữ tiếng Việt có dấu",
    ],
  ])("%s", async (_name, fonts, said) => {
    const out = join(dir, `lich-${_name.length}`);
    const r = await run("schedule", "--year", "2027", "--format", "pdf", "--out", out, "--fonts", fonts());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said);
    expect(r.stderr).not.toContain("lỗi không mong đợi");
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it("report checks the folder before reading the registers", async () => {
    const r = await run(
      "report",
      ...["--cases", BAD, "--period", "2026-Q1", "--out", join(dir, "bc-phong"), "--fonts", join(dir, "khong-co")],
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("không có thư mục này");
    expect(r.stderr).not.toContain("Đã đọc");
  });
});

describe("--narrative that is no text file (review s16 F5): refused before anything is read", () => {
  it.each([
    [
      "tuong-thuat.docx",
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, ...new Array(200).fill(65)]),
      "là tệp Word hoặc Excel",
    ],
    ["tuong-thuat.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n", "là tệp PDF"],
    ["so-lieu.json", '{ "format": "tiepdan-so-lieu@1", "unit": {} }', "là tệp JSON"],
    [
      "anh.png",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0, 0]),
      "không phải tệp văn bản",
    ],
  ])("%s", async (name, bytes, said) => {
    const r = await run(
      "report",
      ...["--cases", BAD, "--period", "2026-Q1", "--out", join(dir, `bc-${name}`), "--narrative", file(name, bytes)],
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Tệp tường thuật “${name}” ${said}`);
    expect(r.stderr).not.toContain("Đã đọc");
  });
});

describe("a register given twice to one option (review s16 F12)", () => {
  it("is refused with one line, not a duplicate for each of its rows", async () => {
    const path = file(
      "so-hai-lan.csv",
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại\nMS-1;05/02/2026;Đơn thư;Kiến nghị\n",
    );
    const twice = await run("compliance", "--cases", path, path, "--period", "2026-02", "--out", join(dir, "rs-2"));
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain(`Tệp “${path}” được đưa vào --cases hai lần: bỏ bớt một lần.`);
    const other = join(dir, ".", "so-hai-lan.csv").replace(dir, `${dir}/../${basename(dir)}`);
    const again = await run("report", "--cases", path, other, "--period", "2026-Q1", "--out", join(dir, "bc-2"));
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("là cùng một tệp, được đưa vào --cases hai lần");
  });
});

describe("a sheet kept for denunciations, with its own columns (review s16w F4)", () => {
  it("is read and refused for its missing columns, not skipped; its denouncers stay withheld with --allow-partial", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sổ theo dõi").addRows([
      ["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Nội dung"],
      ["AB-1", "05/02/2026", "Đơn thư", "Kiến nghị", "Kiến nghị như đơn của bà Triệu Thị Gấm về đường làng"],
    ]);
    wb.addWorksheet("Đơn tố cáo").addRows([
      ["STT", "Ngày nhận đơn", "Người tố cáo", "Địa chỉ người tố cáo", "Nội dung tố cáo", "Lĩnh vực"],
      [1, "06/02/2026", "Triệu Thị Gấm", "Số 41, ngõ 8, thôn Đông", "Cán bộ thu tiền", "Đất đai"],
    ]);
    const path = file("so-to-cao-rieng.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    const v = JSON.parse((await run("validate", path, "--json")).stdout);
    expect(v.rows).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect(
      v.problems.filter((p: { sheet: string }) => p.sheet === "Đơn tố cáo").map((p: { code: string }) => p.code),
    ).toEqual(["COLUMN_MISSING", "COLUMN_MISSING", "COLUMN_MISSING"]);
    const out = join(dir, "bc-to-cao-rieng");
    const summary = join(dir, "bc-to-cao-rieng.json");
    const r = await run(
      "report",
      ...["--cases", path, "--period", "2026-Q1", "--format", "docx", "--out", out, "--summary-json", summary],
      "--allow-partial",
    );
    expect(r.code).toBe(3);
    const { strFromU8, unzipSync } = await import("fflate");
    const entries = unzipSync(new Uint8Array(readFileSync(join(out, "bao-cao-2026-Q1-dang.docx"))));
    const xml = strFromU8(entries["word/document.xml"] as Uint8Array);
    expect(xml).toContain("Kiến nghị như đơn của bà (giữ bí mật)");
    expect(xml).not.toContain("Gấm");
  });
});

describe("R11: validate --fix says where the rows the problems name are in the CSV it wrote", () => {
  /** A case as a JSON object over six lines. */
  const element = (id: string, date: string, kind = "Kiến nghị", sender = "Nguyễn Văn A") =>
    `  {\n    "Mã số": "${id}",\n    "Ngày tiếp nhận": "${date}",\n    "Hình thức tiếp nhận": "Đơn thư",\n    "Loại": "${kind}",\n    "Người gửi": "${sender}"\n  }`;
  const json = (...elements: string[]) => `[\n${elements.join(",\n")}\n]\n`;
  const twelveBad = Array.from({ length: 12 }, (_, i) => element(`MS-${i + 2}`, "31/02/2026"));

  it.each([
    [
      "R11: a pretty-printed JSON register (the review's pretty2.json): its lines 9 and 16 are lines 3 and 4",
      "r11-pretty.json",
      json(element("MS-1", "05/03/2026"), element("MS-2", "31/02/2026"), element("MS-3", "2026-13-01")),
      "Vị trí trong “r11-pretty.csv” của các dòng có lỗi, cảnh báo: dòng 9 của “r11-pretty.json” là dòng 3, dòng 16 là dòng 4.",
    ],
    [
      "R11: a denunciation row's place is given by numbers only",
      "r11-to-cao.json",
      json(element("MS-1", "05/03/2026"), element("TC-1", "31/02/2026", "Tố cáo", "Đinh Mật Danh")),
      "Vị trí trong “r11-to-cao.csv” của các dòng có lỗi, cảnh báo: dòng 9 của “r11-to-cao.json” là dòng 3.",
    ],
    [
      "R11: elements sharing a line (rows are positions, JSON_ROWS_ARE_POSITIONS): position 3 is line 4",
      "r11-chung-dong.json",
      `[\n${element("MS-1", "05/03/2026")},\n{"Mã số": "MS-2", "Ngày tiếp nhận": "05/03/2026", "Hình thức tiếp nhận": "Đơn thư", "Loại": "Phản ánh"}, {"Mã số": "MS-3", "Ngày tiếp nhận": "x", "Hình thức tiếp nhận": "Đơn thư", "Loại": "Phản ánh"}\n]`,
      "Vị trí trong “r11-chung-dong.csv” của các dòng có lỗi, cảnh báo: dòng 3 của “r11-chung-dong.json” là dòng 4.",
    ],
    [
      "R11: thirteen rows with problems: the first ten are named, then how to number the rest",
      "r11-nhieu.json",
      json(element("MS-1", "05/03/2026"), ...twelveBad, element("MS-14", "x")),
      "Vị trí trong “r11-nhieu.csv” của các dòng có lỗi, cảnh báo: dòng 9 của “r11-nhieu.json” là dòng 3, dòng 16 là dòng 4, dòng 23 là dòng 5, dòng 30 là dòng 6, dòng 37 là dòng 7, dòng 44 là dòng 8, dòng 51 là dòng 9, dòng 58 là dòng 10, dòng 65 là dòng 11, dòng 72 là dòng 12; 3 dòng khác: chạy “tiepdan validate r11-nhieu.csv” để có bảng lỗi theo dòng của tệp này.",
    ],
    [
      "R11: a CSV with blank lines, which the written file leaves out: its line 5 is line 3",
      "r11-dong-trong.csv",
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại\n\nMS-1;05/03/2026;Đơn thư;Phản ánh\n\nMS-2;31/02/2026;Đơn thư;Phản ánh\n",
      "Vị trí trong “r11-dong-trong.csv.sua.csv” của các dòng có lỗi, cảnh báo: dòng 5 của “r11-dong-trong.csv” là dòng 3.",
    ],
    [
      "R11: a CSV whose rows keep their lines (a cell over two lines too): nothing more is said",
      "r11-giu-dong.csv",
      'Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Nội dung\nMS-1;05/03/2026;Đơn thư;Phản ánh;"hai\ndòng"\nMS-2;31/02/2026;Đơn thư;Phản ánh;\n',
      undefined,
    ],
  ])("%s", async (_name, name, text, expected) => {
    const source = file(name, text);
    const fixed = name.endsWith(".csv") ? `${name}.sua.csv` : name.replace(/\.json$/, ".csv");
    const r = await run("validate", source, "--fix", join(dir, fixed));
    const lines = r.stdout.replaceAll(`${dir}/`, "").trimEnd().split("\n");
    const note = lines.at(-1) ?? "";
    if (expected === undefined) expect(note).toMatch(/^Đã ghi bản sửa vào /);
    else {
      expect(note).toBe(expected);
      expect(lines.at(-2)).toMatch(/^Đã ghi bản sửa vào /);
    }
    expect(r.stdout).not.toMatch(/Đinh Mật Danh|Nguyễn Văn A/);
    // The lines named are where the written file's own errors are.
    const said = [...(expected ?? "").matchAll(/là dòng (\d+)/g)].map((m) => Number(m[1]));
    const again = JSON.parse((await run("validate", join(dir, fixed), "--json")).stdout) as {
      problems: { severity: string; row: number }[];
    };
    const errorLines = [...new Set(again.problems.filter((p) => p.severity === "error").map((p) => p.row))];
    expect(errorLines.slice(0, said.length)).toEqual(said);
  });

  it("R11: with --json the note goes to stderr, stdout stays { rows, problems }", async () => {
    const source = file("r11-json.json", json(element("MS-1", "05/03/2026"), element("MS-2", "31/02/2026")));
    const r = await run("validate", source, "--json", "--fix", join(dir, "r11-json.csv"));
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(["rows", "problems"]);
    expect(r.stderr.replaceAll(`${dir}/`, "")).toContain(
      "Vị trí trong “r11-json.csv” của các dòng có lỗi, cảnh báo: dòng 9 của “r11-json.json” là dòng 3.",
    );
  });
});
