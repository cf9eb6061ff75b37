// `tiepdan notices`: the per-case documents read back as the addressee gets them (pdftotext, DOCX XML). The notice
// of receipt may name a denouncer — it is addressed to them; a transfer slip never does (Luật Tố cáo 2018 Điều 56).
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "./document/readers.js";
import { cli, oneLine, pdfText, zipXml } from "./outputs.js";

const tmp = tempDir("tiepdan-thông báo ");
afterAll(() => tmp.remove());

const dir = join(tmp.dir, "sổ");
mkdirSync(dir, { recursive: true });
const register = join(dir, "sổ đơn.csv");
writeFileSync(
  register,
  [
    "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi;Địa chỉ;Nội dung;Thuộc thẩm quyền;Hướng xử lý;Cơ quan xử lý;Nặc danh",
    "T1;02/03/2026;Đơn thư;Tố cáo;Cán bộ, đảng viên;Trần Bí Ẩn;Số 7, ngõ Kín;Tố cáo chủ tịch xã nhận hối lộ;Cấp dưới;Chuyển;Ủy ban Kiểm tra Tỉnh ủy;Không",
    "P1;03/03/2026;Đơn thư;Kiến nghị;Xây dựng;Lê Văn Công Khai;Thôn 1, xã An;Kiến nghị cấp phép xây dựng;Cấp dưới;Chuyển;Sở Xây dựng;Không",
    "G1;04/03/2026;Tiếp trực tiếp;Khiếu nại;Tư pháp;Nguyễn Thị Hướng;Thôn 2, xã An;Khiếu nại bản án dân sự;Không;Hướng dẫn;Tòa án nhân dân tỉnh;Không",
    "N1;05/03/2026;Đơn thư;Tố cáo;Đất đai;;;Tố cáo lấn chiếm đất;Không;Lưu đơn;;Có",
  ].join("\r\n"),
);
const org = join(dir, "đơn vị.json");
writeFileSync(
  org,
  JSON.stringify({
    reportingUnit: "tu",
    units: [{ id: "tu", name: "Tỉnh ủy Thử", level: "province" }],
    document: {
      issuingBody: "Tỉnh ủy Thử",
      numberPrefix: "TB/TU",
      place: "Thử",
      signer: { name: "Phạm Văn Ký", title: "Chánh Văn phòng", variant: "byOrder", onBehalfOf: "Ban Thường vụ" },
      recipients: [{ name: "Ban Nội chính Trung ương" }, { name: "Lưu Văn phòng Tỉnh ủy" }],
    },
  }),
);

async function notices(kind: string, profile = "party") {
  const out = join(tmp.dir, `${kind} ${profile}`);
  const r = await cli([
    "notices",
    "--kind",
    kind,
    "--cases",
    register,
    "--period",
    "2026-03",
    "--org",
    org,
    "--profile",
    profile,
    "--out",
    out,
  ]);
  const folder = join(out, readdirSync(out)[0] as string);
  return { ...r, folder, files: readdirSync(folder).sort() };
}

describe("tiepdan notices: which cases get which document", () => {
  it.each([
    ["receipt", ["T1", "P1", "G1"]], // every case with a known sender; not the anonymous one
    ["guidance", ["G1"]], // guided elsewhere
    ["transfer", ["T1", "P1"]], // directed to the competent body
  ])("%s → %j", async (kind, ids) => {
    const r = await notices(kind);
    expect(r.code).toBe(0);
    // T1 is the only denunciation: its code never goes into a file name (issue 17 point 2).
    const stems = [
      ...new Set(
        r.files.map((f) =>
          f
            .replace(/\.(pdf|docx)$/, "")
            .replace(/^.*-to-cao-[0-9a-f]{12}$/, "T1")
            .replace(/^.*-([A-Z]\d)$/, "$1"),
        ),
      ),
    ];
    expect(r.files.filter((f) => f.includes("T1"))).toEqual([]);
    expect(stems.sort()).toEqual([...ids].sort());
    expect(r.files).toHaveLength(ids.length * 2);
  });
});

describe("DESIGN.md “Confidentiality” in the per-case documents", () => {
  it("the transfer slip of a denunciation names neither the denouncer nor the content; an ordinary letter's does", async () => {
    const r = await notices("transfer");
    const den = r.files.find((f) => /-to-cao-[0-9a-f]{12}\.pdf$/.test(f)) as string;
    const ordinary = r.files.find((f) => f.endsWith("P1.pdf")) as string;
    for (const text of [pdfText(join(r.folder, den)), zipXml(join(r.folder, den.replace(/pdf$/, "docx")))]) {
      for (const secret of ["Trần Bí Ẩn", "ngõ Kín", "hối lộ"]) expect(text).not.toContain(secret);
      expect(oneLine(text)).toContain("Ủy ban Kiểm tra Tỉnh ủy");
    }
    const den1 = pdfText(join(r.folder, den));
    expect(den1).toContain("PHIẾU CHUYỂN ĐƠN");
    expect(den1).toContain("-PC/TU"); // the type abbreviation of a transfer slip, not the org file's "TB"
    expect(den1).toContain("Điều 56 Luật Tố cáo năm 2018");
    expect(den1).toContain("lĩnh vực cán bộ, đảng viên");
    const p1 = pdfText(join(r.folder, ordinary));
    expect(p1).toContain("Lê Văn Công Khai");
    expect(p1).toContain("Kiến nghị cấp phép xây dựng");
    expect(p1).toContain("Kính gửi: Sở Xây dựng");
  });

  it("the notice of receipt is addressed to the sender — a denouncer included — within the rules of QĐ 11", async () => {
    const r = await notices("receipt", "state");
    const den = pdfText(join(r.folder, r.files.find((f) => /-to-cao-[0-9a-f]{12}\.pdf$/.test(f)) as string));
    expect(den).toContain("Kính gửi: Ông (Bà) Trần Bí Ẩn");
    expect(den).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(den).toContain("đã chuyển đơn đến Ủy ban Kiểm tra Tỉnh ủy");
    // The org file has the Tỉnh ủy's letterhead only: a State notice is not issued under it (review s18b F1), but under
    // a placeholder body, and is a marked draft.
    expect(den).not.toContain("BAN THƯỜNG VỤ");
    expect(den).toContain("[ỦY BAN NHÂN DÂN]");
    expect(den).toContain("[DỰ THẢO]");
  });

  it("the guidance names the competent body, once", async () => {
    const r = await notices("guidance");
    const g = pdfText(join(r.folder, r.files.find((f) => f.endsWith(".pdf")) as string));
    expect(g).toContain("PHIẾU HƯỚNG DẪN");
    expect(g).toContain("Kính gửi: Ông (Bà) Nguyễn Thị Hướng");
    expect(g).toContain("Tòa án nhân dân tỉnh");
    expect(g).toContain("Việc hướng dẫn chỉ thực hiện một lần");
  });

  it("refuses an unknown kind with exit 2 and its help hint", async () => {
    const r = await cli(["notices", "--kind", "letter", "--cases", register, "--period", "2026-03", "--out", tmp.dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--kind phải là receipt");
    expect(r.stderr).toContain("tiepdan notices --help");
  });
});
