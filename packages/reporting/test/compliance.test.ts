// `tiepdan compliance` on a small register built so that each kind of breach happens exactly once, read back as a
// person gets it (pdftotext, the DOCX XML, the JSON), and on the Minh Sơn example for confidentiality.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { denouncerIdentities } from "../../../examples/denouncer-identities.mjs";
import { EXAMPLE_DIR } from "../../../examples/generate-minh-son.mjs";
import { tempDir } from "./document/readers.js";
import { cli, oneLine, pdfText, zipXml } from "./outputs.js";

const tmp = tempDir("tiepdan-rà soát ");
afterAll(() => tmp.remove());

const ORG = {
  reportingUnit: "tu",
  units: [
    { id: "tu", name: "Tỉnh ủy Thử", level: "province", headTitle: "Bí thư Tỉnh ủy" },
    { id: "xa", name: "Đảng ủy xã Thử", level: "commune", headTitle: "Bí thư Đảng ủy xã", aliases: ["Xã Thử"] },
  ],
  document: {
    issuingBody: "Tỉnh ủy Thử",
    numberPrefix: "BC/TU",
    place: "Thử",
    signer: { name: "Nguyễn Văn Ký", title: "Bí thư", variant: "onBehalfOf", onBehalfOf: "Ban Thường vụ" },
    recipients: [{ name: "Ban Nội chính Trung ương", purpose: "báo cáo" }],
  },
};
const CASE_HEADER =
  "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi;Địa chỉ;Số người;Nội dung;Thuộc thẩm quyền;Hướng xử lý;Ngày thông báo;Ngày thụ lý;Ngày có kết quả;Đơn vị;Buổi tiếp;Nổi cộm;Nguy cơ ANCT-TTATXH;Ý kiến khác nhau;Mức độ;Lần";
const CASES = [
  // 10 people: the ad hoc trigger fires; the provincial committee holds no ad hoc session → breach.
  "A1;02/03/2026;Tiếp trực tiếp;Kiến nghị;Đất đai;Lê Văn Một;Thôn 1;10;Kiến nghị cấp sổ đỏ;Có;Giải quyết;05/03/2026;;10/03/2026;Tỉnh ủy Thử;;Không;Không;Không;Bình thường;1",
  // 8 people in the commune, which holds an ad hoc session on 20/03 → no breach.
  "A2;03/03/2026;Tiếp trực tiếp;Kiến nghị;Giao thông;Lê Văn Hai;Thôn 2;8;Kiến nghị sửa đường;Cấp dưới;Chuyển;05/03/2026;;;Xã Thử;;Không;Không;Không;Bình thường;1",
  // Notice due 16/03/2026 (10 working days), sent 20/03 → late by 4 days.
  "D1;02/03/2026;Đơn thư;Phản ánh;Môi trường;Lê Văn Ba;Thôn 3;1;Phản ánh ô nhiễm;Có;Giải quyết;20/03/2026;;25/03/2026;Tỉnh ủy Thử;;Không;Không;Không;Bình thường;1",
  // Outside the committee's scope, recorded as settled here: the rule says guide the citizen.
  "R1;05/03/2026;Đơn thư;Kiến nghị;Tư pháp;Lê Văn Bốn;Thôn 4;1;Kiến nghị về bản án;Không;Giải quyết;06/03/2026;;20/03/2026;Tỉnh ủy Thử;;Không;Không;Không;Bình thường;1",
  // A denunciation handled on time: no breach, and its denouncer must never appear.
  "T1;06/03/2026;Đơn thư;Tố cáo;Cán bộ, đảng viên;Trần Bí Ẩn;Số 7, ngõ Kín;1;Tố cáo chủ tịch xã nhận hối lộ;Có;Giải quyết;09/03/2026;09/03/2026;25/03/2026;Tỉnh ủy Thử;;Không;Không;Không;Bình thường;1",
];
const SESSIONS = [
  "Mã buổi;Ngày tiếp;Người chủ trì;Loại buổi;Địa điểm;Đơn vị;Số lượt người;Đối thoại",
  "TU-1;10/03/2026;Bí thư Tỉnh ủy;Định kỳ;Trụ sở;Tỉnh ủy Thử;5;Không",
  "XA-1;12/03/2026;Bí thư Đảng ủy xã;Định kỳ;Trụ sở xã;Xã Thử;4;Không",
  "XA-2;20/03/2026;Bí thư Đảng ủy xã;Đột xuất;Trụ sở xã;Xã Thử;9;Có",
];

describe("tiepdan compliance: one breach of each kind, each with its clause", async () => {
  const dir = join(tmp.dir, "dữ liệu");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "đơn vị.json"), JSON.stringify(ORG));
  writeFileSync(join(dir, "sổ đơn.csv"), [CASE_HEADER, ...CASES].join("\r\n"));
  writeFileSync(join(dir, "sổ buổi.csv"), SESSIONS.join("\r\n"));
  const out = join(tmp.dir, "kết quả");
  const result = await cli([
    "compliance",
    "--cases",
    join(dir, "sổ đơn.csv"),
    "--sessions",
    join(dir, "sổ buổi.csv"),
    "--period",
    "2026-03",
    "--org",
    join(dir, "đơn vị.json"),
    "--out",
    out,
    "--json",
    join(out, "rà soát.json"),
  ]);

  it("exits 0 and writes PDF, DOCX and JSON", () => {
    expect(result.stderr).not.toContain("LỖI");
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["ra-soat-2026-03-dang.docx", "ra-soat-2026-03-dang.pdf", "rà soát.json"]);
    expect(result.stdout).toContain(
      "1 tháng tiếp dân chưa đủ số ngày, 1 vụ việc cần tiếp đột xuất chưa tiếp, 1 thời hạn chưa bảo đảm, 1 hướng xử lý khác quy định",
    );
  });

  it("finds exactly the breaches built into the registers", () => {
    const model = JSON.parse(readFileSync(join(out, "rà soát.json"), "utf8"));
    const brief = Object.fromEntries(
      Object.entries(model.findings as Record<string, { unit: string; subject: string; clause: string }[]>).map(
        ([k, list]) => [k, list.map((f) => [f.unit, f.subject, f.clause])],
      ),
    );
    expect(brief).toEqual({
      sessions: [
        ["Đảng ủy xã Thử", "tháng 03/2026", "khoản 1 Điều 4 Quy định 11-QĐi/TW, sửa đổi theo Kết luận 215-KL/TW"],
      ],
      adHoc: [["Tỉnh ủy Thử", "A1", expect.stringContaining("Quy định 11-QĐi/TW")]],
      deadline: [["Tỉnh ủy Thử", "D1", expect.stringContaining("Quy định 11-QĐi/TW")]],
      route: [["Tỉnh ủy Thử", "R1", expect.any(String)]],
    });
    expect(model.findings.deadline[0].what).toBe(
      "Thông báo bằng văn bản cho người gửi: hạn 16/03/2026, thực hiện ngày 20/03/2026, chậm 4 ngày.",
    );
    expect(model.findings.route[0].what).toContain("Sổ ghi “Giải quyết”; quy tắc đề xuất “Hướng dẫn người dân”");
    // Kon Tum's plan binds Kon Tum only: "Tỉnh ủy Thử" cites the Quy định it implements (review s16 F11).
    expect(model.findings.route[0].clause).toBe("Điều 5 Quy định 11-QĐi/TW");
    expect(
      model.units.map((u: { unit: string; days: number; required: number }) => [u.unit, u.days, u.required]),
    ).toEqual([
      ["Tỉnh ủy Thử", 1, 1],
      ["Đảng ủy xã Thử", 1, 2],
    ]);
  });

  it("prints them in the PDF and the DOCX, naming cases by code only", () => {
    const pdf = pdfText(join(out, "ra-soat-2026-03-dang.pdf"));
    const docx = oneLine(zipXml(join(out, "ra-soat-2026-03-dang.docx")));
    for (const text of [pdf, docx]) {
      expect(text).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
      expect(text).toContain("kết quả rà soát việc thực hiện trách nhiệm tiếp dân");
      // Table cells wrap, and pdftotext may put a neighbouring cell between two lines of one: short pieces.
      for (const piece of [
        "tối thiểu 2 ngày",
        "(thiếu 1 ngày)",
        "16/03/2026",
        "thực hiện ngày 20/03/2026",
        "chậm 4 ngày",
      ]) {
        expect(text).toContain(piece);
      }
      for (const secret of ["Trần Bí Ẩn", "ngõ Kín", "hối lộ", "Lê Văn Một", "Kiến nghị cấp sổ đỏ"]) {
        expect(text).not.toContain(secret);
      }
    }
    const json = readFileSync(join(out, "rà soát.json"), "utf8");
    for (const secret of ["Trần Bí Ẩn", "ngõ Kín", "hối lộ"]) expect(json).not.toContain(secret);
  });

  it("refuses a bad period with exit 2 and its own help hint", async () => {
    const r = await cli(["compliance", "--cases", join(dir, "sổ đơn.csv"), "--period", "2026-13", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tiepdan compliance --help");
  });
});

describe("tiepdan compliance on the Minh Sơn example: no denouncer identity, State format", async () => {
  const files = readdirSync(EXAMPLE_DIR);
  const out = join(tmp.dir, "minh sơn");
  const result = await cli([
    "compliance",
    "--cases",
    ...files.filter((f) => f.startsWith("so-theo-doi-don-")).map((f) => join(EXAMPLE_DIR, f)),
    "--sessions",
    ...files.filter((f) => f.startsWith("so-buoi-tiep-")).map((f) => join(EXAMPLE_DIR, f)),
    "--period",
    "2026-Q1",
    "--profile",
    "state",
    "--org",
    join(EXAMPLE_DIR, "don-vi.json"),
    "--out",
    out,
    "--json",
    join(out, "ra-soat.json"),
  ]);
  it("writes the report with findings of every kind and no identity in any file", () => {
    expect(result.code).toBe(0);
    const model = JSON.parse(readFileSync(join(out, "ra-soat.json"), "utf8"));
    for (const k of ["sessions", "adHoc", "deadline", "route"]) expect(model.findings[k].length, k).toBeGreaterThan(0);
    // The State profile judges the chairs' reception only (DESIGN.md rule 1): no Party committee in its findings.
    expect(new Set(model.findings.sessions.map((f: { unit: string }) => f.unit))).toEqual(
      new Set(["Ủy ban nhân dân tỉnh Minh Sơn"]),
    );
    expect(model.voice.profile).toBe("state");
    const texts = [
      pdfText(join(out, "ra-soat-2026-Q1-nha-nuoc.pdf")),
      zipXml(join(out, "ra-soat-2026-Q1-nha-nuoc.docx")),
      readFileSync(join(out, "ra-soat.json"), "utf8"),
    ];
    expect(texts[0]).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    // Issue 16 point 1: a People's Committee is judged under the laws, never under a Party text.
    const clauses = new Set(
      Object.values(model.findings as Record<string, { clause: string }[]>).flatMap((list) =>
        list.map((f) => f.clause),
      ),
    );
    expect([...clauses].filter((c) => /QĐi|KH\/TU|Quy định 11|Kế hoạch 97/.test(c))).toEqual([]);
    expect(new Set(model.findings.adHoc.map((f: { clause: string }) => f.clause))).toEqual(
      new Set(["khoản 3 Điều 18 Luật Tiếp công dân 2013 (42/2013/QH13)"]),
    );
    expect(model.findings.adHoc.map((f: { what: string }) => f.what).join("\n")).not.toContain("kéo dài");
    expect(new Set(model.findings.route.map((f: { clause: string }) => f.clause))).toEqual(
      new Set(["Điều 28, Điều 29, Điều 30 Luật Tiếp công dân 2013 (42/2013/QH13)"]),
    );
    expect(
      model.findings.deadline.filter((f: { what: string }) => f.what.startsWith("Thông báo bằng văn bản")),
    ).toEqual([]);
    expect(texts[0]).not.toContain("11-QĐi/TW");
    expect(texts[0]).not.toContain("97-KH/TU");
    const identities = denouncerIdentities();
    for (const text of texts) expect(identities.filter((id) => text.includes(id))).toEqual([]);
  });
});

describe("tiepdan compliance given one commune's sessions register (review s16 F8)", () => {
  it("names the units the sessions registers say nothing of, whose heads it judges at 0 days", async () => {
    const r = await cli([
      "compliance",
      ...["--cases", join(EXAMPLE_DIR, "so-theo-doi-don-xa-an-binh.csv")],
      ...["--sessions", join(EXAMPLE_DIR, "so-buoi-tiep-xa-an-binh.csv")],
      ...["--period", "2026-Q1", "--org", join(EXAMPLE_DIR, "don-vi.json"), "--format", "docx"],
      ...["--out", join(tmp.dir, "một xã")],
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "Lưu ý: Sổ buổi tiếp dân không có buổi nào của 5 đơn vị: Tỉnh ủy Minh Sơn, Đảng ủy xã Hòa Lạc, Đảng ủy phường Đông Thành, Đảng ủy xã Suối Đá, Đảng ủy xã Ngọc Lĩnh. Văn bản ghi người đứng đầu các đơn vị này tiếp dân 0 ngày",
    );
    expect(r.stderr).not.toContain("Đảng ủy xã An Bình. Văn bản");
  });
});

describe("tiepdan compliance: sessions a deputy or another official presided (review s16 F3)", () => {
  it("are no days of the head's, and both the note and the finding say so", async () => {
    const sessions = join(tmp.dir, "buổi do cấp phó.csv");
    writeFileSync(
      sessions,
      "Mã buổi;Ngày tiếp;Người chủ trì;Loại buổi;Đơn vị;Số lượt người\nB1;05/03/2026;Phó Bí thư Đảng ủy xã;Định kỳ;Xã An Bình;3\nB2;12/03/2026;Chủ tịch UBND xã An Bình;Định kỳ;Xã An Bình;2\nB3;19/03/2026;Bí thư Đảng ủy xã;Định kỳ;Xã An Bình;4\n",
    );
    const out = join(tmp.dir, "cấp phó");
    const r = await cli([
      "compliance",
      ...["--cases", join(EXAMPLE_DIR, "so-theo-doi-don-xa-an-binh.csv"), "--sessions", sessions],
      ...[
        "--period",
        "2026-03",
        "--org",
        join(EXAMPLE_DIR, "don-vi.json"),
        "--out",
        out,
        "--json",
        join(out, "m.json"),
      ],
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "2 buổi tiếp định kỳ do cấp phó hoặc người khác chủ trì (cột “Người chủ trì”: mã buổi B1, B2)",
    );
    const model = JSON.parse(readFileSync(join(out, "m.json"), "utf8"));
    const anBinh = model.findings.sessions.find((f: { unit: string }) => f.unit === "Đảng ủy xã An Bình");
    expect(anBinh.what).toContain(
      "tiếp dân định kỳ 1 ngày, tối thiểu 2 ngày (thiếu 1 ngày); có 2 buổi định kỳ do cấp phó",
    );
  });
});

describe("tiepdan compliance: an ad hoc session that lists its cases (“Vụ việc”) answers those only (review s17s F14)", () => {
  const dir = join(tmp.dir, "vụ việc");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "đơn vị.json"), JSON.stringify(ORG));
  // A3: like A2, 6 people in the commune, received the same day.
  const a3 = CASES[1]?.replace("A2;", "A3;").replace(";8;", ";6;") as string;
  writeFileSync(join(dir, "sổ đơn.csv"), [CASE_HEADER, ...CASES, a3].join("\r\n"));
  const run = async (column: string, value: string) => {
    writeFileSync(
      join(dir, "sổ buổi.csv"),
      [
        `${SESSIONS[0]};${column}`,
        `${SESSIONS[1]};`,
        `${SESSIONS[2]};`,
        // Quoted: the list's semicolons are the CSV's separator too.
        `${SESSIONS[3]};"${value}"`,
      ].join("\r\n"),
    );
    const out = join(dir, `kết quả ${value.length}`);
    const r = await cli([
      "compliance",
      ...["--cases", join(dir, "sổ đơn.csv"), "--sessions", join(dir, "sổ buổi.csv")],
      ...["--period", "2026-03", "--org", join(dir, "đơn vị.json"), "--out", out, "--json", join(out, "m.json")],
    ]);
    const model = JSON.parse(readFileSync(join(out, "m.json"), "utf8"));
    return { r, adHoc: model.findings.adHoc.map((f: { subject: string }) => f.subject), notes: model.notes };
  };

  it.each([
    // No case listed: the commune's ad hoc session of 20/03 answers both of its cases, as before.
    { value: "", adHoc: ["A1"] },
    // A2 listed, with a clerk's comma: A3, received before it too, is not answered by it.
    { value: "A2, X9", adHoc: ["A1", "A3"] },
    // A session of the commune may deal with the province's case: listed, it answers it.
    { value: "A1; A2; A3", adHoc: [] },
    // Codes typed in small letters or with spaces are the same codes (review s18b F6).
    { value: "a2, a 3", adHoc: ["A1"] },
  ])("“Vụ việc” = “$value” → cases not received ad hoc: $adHoc", async ({ value, adHoc }) => {
    const { r, adHoc: found, notes } = await run("Vụ việc", value);
    expect(r.code).toBe(0);
    expect(found).toEqual(adHoc);
    expect(notes.join("\n")).toContain(
      value === ""
        ? "có buổi tiếp đột xuất từ ngày tiếp nhận trở đi"
        : "được ghi ở cột “Vụ việc” của một buổi tiếp đột xuất",
    );
  });

  it("tells the clerk of an id no register has, and withholds a denouncer's name typed there", async () => {
    const { r } = await run("Các vụ việc", "A2; X9; Trần Bí Ẩn");
    expect(oneLine(r.stderr)).toContain(
      "Cột “Vụ việc” của sổ buổi tiếp dân ghi mã số không có trong sổ theo dõi đơn (mã buổi: mã số): XA-2: X9; XA-2: (giữ bí mật).",
    );
    expect(r.stderr).not.toContain("Bí Ẩn");
  });
});

describe("sessions that record fewer people than the cases received at them (review s17s F1)", () => {
  it("are named to the clerk: the report counts people from one register, the groups' people from the other", async () => {
    const dir = join(tmp.dir, "số lượt người");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "đơn vị.json"), JSON.stringify(ORG));
    // A2 (8 people) and A3 (6 people) received at the commune's session XA-2, which records 9.
    const a2 = (CASES[1] as string)
      .replace(";Xã Thử;;", ";Xã Thử;XA-2;")
      .replace("03/03/2026;Tiếp trực tiếp", "20/03/2026;Tiếp trực tiếp")
      .replace("05/03/2026", "23/03/2026");
    const a3 = a2.replace("A2;", "A3;").replace(";8;", ";6;");
    writeFileSync(join(dir, "sổ đơn.csv"), [CASE_HEADER, CASES[0], a2, a3].join("\r\n"));
    writeFileSync(join(dir, "sổ buổi.csv"), SESSIONS.join("\r\n"));
    const report = (out: string) =>
      cli([
        "report",
        ...["--cases", join(dir, "sổ đơn.csv"), "--sessions", join(dir, "sổ buổi.csv")],
        ...["--org", join(dir, "đơn vị.json"), "--period", "2026-03", "--format", "pdf", "--out", join(dir, out)],
      ]);
    const r = await report("kết quả");
    expect(r.code, r.stderr).toBe(0);
    expect(oneLine(r.stderr)).toContain(
      "Sổ buổi tiếp dân ghi “Số lượt người” ít hơn (hoặc để trống) số người của các vụ việc tiếp nhận tại buổi đó (sổ theo dõi đơn, cột “Buổi tiếp” và “Số người”): XA-2 ghi 9, các vụ việc có 14 người.",
    );
    // Left blank, it is said too: the report counts it as 0 (review s18b F7).
    writeFileSync(join(dir, "sổ buổi.csv"), SESSIONS.join("\r\n").replace("Xã Thử;9;Có", "Xã Thử;;Có"));
    expect(oneLine((await report("kết quả trống")).stderr)).toContain("XA-2 để trống, các vụ việc có 14 người.");
    // Recorded as 14 or more, nothing is said.
    writeFileSync(join(dir, "sổ buổi.csv"), SESSIONS.join("\r\n").replace("Xã Thử;9;Có", "Xã Thử;14;Có"));
    const again = await report("kết quả 2");
    expect(again.code).toBe(0);
    expect(again.stderr).not.toContain("Số lượt người");
  });
});

describe("a State month, not ended on its 14th, is not judged: said, not printed as compliant (review s18h F7)", () => {
  it("writes the sentence instead of a count and an empty table", async () => {
    const out = join(tmp.dir, "tháng nhà nước");
    const r = await cli([
      "compliance",
      ...["--cases", join(EXAMPLE_DIR, "so-theo-doi-don-ubnd-minh-son.csv")],
      ...["--sessions", join(EXAMPLE_DIR, "so-buoi-tiep-ubnd-minh-son.csv")],
      ...["--org", join(EXAMPLE_DIR, "don-vi.json"), "--period", "2026-03", "--profile", "state"],
      ...["--out", out, "--json", join(out, "m.json")],
    ]);
    expect(r.code, r.stderr).toBe(0);
    const model = JSON.parse(readFileSync(join(out, "m.json"), "utf8"));
    expect(model.units).toEqual([]);
    expect(model.sessionsNotJudged).toBe(
      "Đến ngày 14/03/2026 (ngày tính số liệu), tháng 03/2026 chưa kết thúc nên chưa rà soát số ngày tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân.",
    );
    const pdf = oneLine(await pdfText(join(out, "ra-soat-2026-03-nha-nuoc.pdf")));
    expect(pdf).toContain("tháng 03/2026 chưa kết thúc nên chưa rà soát số ngày tiếp công dân định kỳ");
    expect(pdf).not.toContain("Số ngày tiếp công dân định kỳ của");
  });
});

describe("Luật Tiếp công dân 2013 Điều 15 (review s21 K5): a weekly minimum's breach is said in weeks", () => {
  const xa = "Ủy ban nhân dân xã Thử";
  /** A folder holding the org file of a province and one commune (State side) and a cases register of one case. */
  const stateCommune = (name: string): string => {
    const dir = join(tmp.dir, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "don-vi.json"),
      JSON.stringify({
        reportingUnit: "ubnd-tinh",
        units: [
          { id: "ubnd-tinh", name: "Ủy ban nhân dân tỉnh Thử", level: "province", side: "state" },
          { id: "ubnd-xa", name: xa, level: "commune", side: "state" },
        ],
        documents: {
          state: {
            issuingBody: "Ủy ban nhân dân tỉnh Thử",
            numberPrefix: "BC-UBND",
            place: "Thử",
            signer: { name: "Nguyễn Văn Ký", title: "Chủ tịch", variant: "direct" },
            recipients: [{ name: "Thanh tra Chính phủ", purpose: "báo cáo" }],
          },
        },
      }),
    );
    writeFileSync(
      join(dir, "don.csv"),
      `Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi;Địa chỉ;Số người;Nội dung;Thuộc thẩm quyền;Hướng xử lý;Đơn vị\nA1;02/03/2026;Đơn thư;Kiến nghị;Đất đai;Lê Văn Một;Thôn 1;1;Kiến nghị;Có;Giải quyết;${xa}\n`,
    );
    return dir;
  };

  it("four days in one week of March: 4 of its 5 weeks short, not “4 ngày, tối thiểu 5 ngày (thiếu 4 ngày)”", async () => {
    const dir = stateCommune("tuần");
    writeFileSync(
      join(dir, "buoi.csv"),
      [
        "Mã buổi;Ngày tiếp;Người chủ trì;Loại buổi;Đơn vị",
        ...[3, 4, 5, 6].map((d) => `B${d};0${d}/03/2026;Chủ tịch;Định kỳ;${xa}`),
      ].join("\n"),
    );
    const out = join(dir, "out");
    const r = await cli([
      "compliance",
      ...["--cases", join(dir, "don.csv"), "--sessions", join(dir, "buoi.csv"), "--org", join(dir, "don-vi.json")],
      ...["--profile", "state", "--period", "2026-03", "--cutoff", "calendar", "--as-of", "2026-04-10"],
      ...["--out", out, "--json", join(out, "m.json")],
    ]);
    expect(r.code).toBe(0);
    const model = JSON.parse(readFileSync(join(out, "m.json"), "utf8"));
    expect(model.findings.sessions.find((f: { unit: string }) => f.unit === xa).what).toBe(
      "Chủ tịch tiếp công dân định kỳ 4 ngày, tối thiểu 1 ngày mỗi tuần: 4 trong 5 tuần chưa đủ (tuần bắt đầu 09/03, 16/03, 23/03, 30/03).",
    );
  });

  it.each([
    ["2026-03-31", null],
    ["2026-04-01", null],
    ["2026-04-06", "whole"],
  ])(
    "as of %s, March's last week (30/03–05/04) is judged only once it has ended (review s22 V11)",
    async (asOf, judged) => {
      const dir = stateCommune(`tuần cuối ${asOf}`);
      // A day in every week of March, the last one on Thursday 02/04.
      writeFileSync(
        join(dir, "buoi.csv"),
        [
          "Mã buổi;Ngày tiếp;Người chủ trì;Loại buổi;Đơn vị",
          ...["03/03", "10/03", "17/03", "24/03", "02/04"].map((d, i) => `B${i};${d}/2026;Chủ tịch;Định kỳ;${xa}`),
        ].join("\n"),
      );
      const out = join(dir, "out");
      const r = await cli([
        "compliance",
        ...["--cases", join(dir, "don.csv"), "--sessions", join(dir, "buoi.csv"), "--org", join(dir, "don-vi.json")],
        ...["--profile", "state", "--period", "2026-03", "--cutoff", "calendar", "--as-of", asOf],
        ...["--out", out, "--json", join(out, "m.json")],
      ]);
      expect(r.code, r.stderr).toBe(0);
      const model = JSON.parse(readFileSync(join(out, "m.json"), "utf8"));
      const unit = model.units.find((u: { unit: string }) => u.unit === xa);
      expect(model.findings.sessions.filter((f: { unit: string }) => f.unit === xa)).toEqual([]);
      if (judged === null) {
        expect(unit?.months ?? 0).toBe(0);
        expect(model.notes).toContain(
          `Tháng 03/2026: số ngày tiếp công dân định kỳ theo mức tối thiểu hằng tuần chưa được đánh giá vì tuần cuối của tháng (đến ngày 05/04/2026) chưa kết thúc đến ngày ${asOf.slice(8)}/${asOf.slice(5, 7)}/2026 (ngày tính số liệu).`,
        );
      } else {
        // A People's Committee's head is its Chủ tịch; the summary speaks of "tiếp công dân" (review s22b W4, W6).
        expect(unit).toMatchObject({ head: `Chủ tịch ${xa}`, months: 1, days: 5, required: 5, monthsShort: 0 });
        expect(`${r.stdout}${r.stderr}`).toContain(" tháng tiếp công dân chưa đủ số ngày,");
        // The days of a weekly month are its weeks' (review s22 V12).
        expect(model.notes).toContain(
          "Số ngày tiếp công dân định kỳ của tháng áp dụng mức tối thiểu theo tuần được tính theo tuần: mỗi tuần (từ thứ Hai đến Chủ nhật) thuộc tháng có ngày thứ Hai của tuần đó.",
        );
      }
    },
  );
});

describe("review s21b T3: a case received before QĐ 11-QĐi/TW took effect (18/02/2019)", () => {
  it("the review is made; the case's route is not judged, and the note says so", async () => {
    const dir = join(tmp.dir, "2019");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "don.csv"),
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi;Địa chỉ;Số người;Nội dung;Thuộc thẩm quyền;Hướng xử lý\nA1;10/01/2019;Đơn thư;Kiến nghị;Đất đai;Lê Văn Một;Thôn 1;1;Kiến nghị;Không;Giải quyết\n",
    );
    const out = join(dir, "out");
    const r = await cli([
      "compliance",
      "--cases",
      join(dir, "don.csv"),
      "--period",
      "2019",
      "--out",
      out,
      "--json",
      join(out, "m.json"),
    ]);
    expect(r.code).toBe(0);
    const model = JSON.parse(readFileSync(join(out, "m.json"), "utf8"));
    expect(model.findings.route).toEqual([]);
    expect(model.notes).toContain(
      "1 vụ việc tiếp nhận trước khi có văn bản quy định hướng xử lý (Quy định 11-QĐi/TW) nên không rà soát hướng xử lý.",
    );
  });
});
