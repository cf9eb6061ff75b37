// Writes the bad-file corpus under test/fixtures/ (`pnpm --filter @tiepdan/reporting fixtures`). The files
// are committed; this script is how the binary ones (legacy encodings, XLSX, garbage) were made, so that
// they can be regenerated and reviewed. Expected problems live in test/fixtures/manifest.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import ExcelJS from "exceljs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "test", "fixtures");
mkdirSync(out, { recursive: true });

// The decoding tables of the package, inverted to encode the legacy fixtures.
const bundled = buildSync({
  entryPoints: [join(root, "src/intake/_lib/legacyEncodings.ts")],
  bundle: true,
  format: "esm",
  write: false,
  platform: "neutral",
});
const { getDecodingTable } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString("base64")}`
);

const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);

/** Encodes NFC text in a single-table legacy encoding (windows-1258 decomposed, TCVN3, VNI). */
function encodeLegacy(text, encoding) {
  const table = getDecodingTable(encoding);
  // Mark bytes: VNI has a lower-case (0xE0–0xFF) and an upper-case (0xC0–0xDF) glyph of each; prefer the one
  // matching the letter's case, as a VNI keyboard driver does.
  const lowerMarks = new Map();
  const upperMarks = new Map();
  for (let b = 0xff; b >= 0x80; b -= 1) if (!lowerMarks.has(table[b])) lowerMarks.set(table[b], b);
  for (let b = 0x80; b < 256; b += 1) if (!upperMarks.has(table[b])) upperMarks.set(table[b], b);
  // Single-byte letters: for TCVN3 and VNI only the bytes the encoding defines (not its Windows-1252 leftovers).
  const cp1252 = new TextDecoder("windows-1252");
  const single = new Map();
  for (let b = 0x80; b < 256; b += 1) {
    const nfc = table[b].normalize("NFC");
    const own = encoding === "windows-1258" || table[b] !== cp1252.decode(Uint8Array.of(b));
    if (own && nfc.length === 1 && !/[\u0300-\u036f]/.test(nfc) && !single.has(nfc)) single.set(nfc, b);
  }
  const bytes = [];
  for (const ch of text.normalize("NFC")) {
    const code = ch.codePointAt(0);
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const lower = encoding === "tcvn3" && !single.has(ch) ? ch.toLowerCase() : ch; // TCVN3: capitals via the H font
    if (single.has(lower)) {
      bytes.push(single.get(lower));
      continue;
    }
    // Base letter (possibly ơ/ư/ă… when the encoding has it) + marks, shape marks before the tone.
    const nfd = ch.normalize("NFD");
    let base = nfd[0];
    let marks = [...nfd.slice(1)];
    for (let k = marks.length; k > 0; k -= 1) {
      const candidate = (
        nfd[0] +
        marks
          .slice(0, k)
          .filter((m) => !TONES.has(m))
          .join("")
      ).normalize("NFC");
      if (candidate !== nfd[0] && single.has(candidate)) {
        base = candidate;
        marks = marks.filter((m) => TONES.has(m) || !candidate.normalize("NFD").includes(m));
        break;
      }
    }
    const byString = base === base.toUpperCase() ? upperMarks : lowerMarks;
    const shape = marks.filter((m) => !TONES.has(m));
    const tone = marks.filter((m) => TONES.has(m));
    const ordered = [...shape, ...tone].join("");
    const baseByte = base.codePointAt(0) < 0x80 ? base.codePointAt(0) : single.get(base);
    const markByte = byString.get(ordered);
    if (baseByte === undefined || (ordered && markByte === undefined)) {
      // Tone marks one by one (windows-1258 has each as its own byte).
      const parts = [...shape, ...tone].map((m) => byString.get(m));
      if (baseByte === undefined || parts.some((p) => p === undefined))
        throw new Error(`cannot encode ${ch} in ${encoding}`);
      bytes.push(baseByte, ...parts);
      continue;
    }
    bytes.push(baseByte);
    if (ordered) bytes.push(markByte);
  }
  return Uint8Array.from(bytes);
}

const write = (name, data) => writeFileSync(join(out, name), data);
const BOM = "\uFEFF";
const HEAD = "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi;Địa chỉ;Số người;Nội dung";
const ok = (id, date = "05/03/2026") =>
  `${id};${date};Đơn thư;Khiếu nại;Đất đai;Nguyễn Văn An;Thôn 1, xã Hòa Bình;1;Khiếu nại việc thu hồi đất`;

// ── CSV: delimiters, line endings, quotes ───────────────────────────────────────────────────────────────
write(
  "utf8-bom-semicolon.csv",
  `${BOM}${HEAD}\r\n${ok("MS-001")}\r\n${ok("MS-002", "6/3/2026")}\r\n${ok("MS-003", "2026-03-07")}\r\n`,
);
write(
  "utf8-comma.csv",
  'Mã số,Ngày tiếp nhận,Hình thức tiếp nhận,Loại,Địa chỉ\nMS-001,05-03-2026,Tiếp trực tiếp,"Khiếu nại, Tố cáo","Thôn 2, xã Hòa Bình"\nMS-002,05/03/2026,Cơ quan khác chuyển đến,Phản ánh,"Số 5, ""phố"" Lê Lợi"\n',
);
write(
  "tab.tsv",
  "Mã số\tNgày tiếp nhận\tHình thức tiếp nhận\tLoại\nMS-001\t05/03/2026\tĐiện thoại\tKiến nghị\nMS-002\t32/03/2026\tĐiện thoại\tKiến nghị\n",
);
write(
  "crlf-multiline.csv",
  `${HEAD}\r\nMS-001;05/03/2026;Đơn thư;Khiếu nại;Đất đai;A;"Thôn 1\r\nxã Hòa Bình";1;"Dòng 1\r\nDòng 2\r\nDòng 3"\r\nMS-002;31/04/2026;Đơn thư;Khiếu nại;;;;;\r\n`,
);
write(
  "mixed-line-endings.csv",
  `${HEAD}\n${ok("MS-001")}\r\n${ok("MS-002")}\r${ok("MS-003")}\nMS-004;xx;Đơn thư;Khiếu nại;;;;;\n`,
);
write(
  "quote-not-closed.csv",
  `${HEAD}\n${ok("MS-001")}\nMS-002;05/03/2026;Đơn thư;Khiếu nại;;"Nguyễn Văn Bình;;;\n${ok("MS-003")}\n`,
);
write(
  "quote-stray.csv",
  `${HEAD}\n${ok("MS-001")}\nMS-002;05/03/2026;Đơn thư;Khiếu nại;"Đất" đai;Trần Văn C;;2;Nội dung\n`,
);
write(
  "quote-runaway.csv",
  `${HEAD}\n${ok("MS-001")}\nMS-002;05/03/2026;Đơn thư;Khiếu nại;Đất đai;Lê Văn D;"Thôn 3;1;x\nMS-003;05/03/2026;Đơn thư;Khiếu nại;;;;;\nMS-004;05/03/2026;Đơn thư;Khiếu nại;;;;;\nMS-005;05/03/2026;Đơn thư;Khiếu nại;;;";;\n${ok("MS-006")}\n`,
);

// ── Columns and headers ────────────────────────────────────────────────────────────────────────────────
write("missing-required-columns.csv", "Mã số;Ngày tiếp nhận;Người gửi\nMS-001;05/03/2026;A\nMS-002;06/03/2026;B\n");
write(
  "titles-above-header.csv",
  `SỔ THEO DÕI ĐƠN THƯ NĂM 2026;;;\nTỉnh ủy Minh Sơn;;;\n;;;\nmã số;NGAY TIEP NHAN;hinh thuc tiep nhan;LOẠI\nMS-001;05/03/2026;don thu;TO CAO\n`,
);
write("no-header.csv", "MS-001;05/03/2026;Đơn thư;Khiếu nại\nMS-002;06/03/2026;Đơn thư;Khiếu nại\n");
write("sessions-as-cases.csv", "Mã buổi;Ngày tiếp;Loại buổi;Người chủ trì\nB-01;15/01/2026;Định kỳ;Bí thư\n");
write(
  "unknown-columns.csv",
  "STT;Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Số điện thoại;Ngày nhận;;Ghi chú\n1;MS-001;05/03/2026;Đơn thư;Phản ánh;0912;06/03/2026;;\n2;MS-002;05/03/2026;Đơn thư;Phản ánh;;;lạc cột;\n3;MS-003;05/03/2026;Đơn thư;Phản ánh;;;;;thừa\n",
);
write(
  "receivedOn-english-headers.csv",
  "id,receivedOn,channel,kinds,people,remoteArea\nMS-001,2026-03-05,letter,complaint;denunciation,6,x\n",
);

// ── Values ─────────────────────────────────────────────────────────────────────────────────────────────
write(
  "impossible-dates.csv",
  `Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Ngày có kết quả\nMS-001;31/02/2026;Đơn thư;Khiếu nại;\nMS-002;29/02/2025;Đơn thư;Khiếu nại;\nMS-003;29/02/2024;Đơn thư;Khiếu nại;\nMS-004;03/25/2026;Đơn thư;Khiếu nại;\nMS-005;hôm qua;Đơn thư;Khiếu nại;\nMS-006;5/3/26;Đơn thư;Khiếu nại;\nMS-007;2026-13-01;Đơn thư;Khiếu nại;\nMS-008;05/03/2026;Đơn thư;Khiếu nại;31/06/2026\n`,
);
write(
  "unknown-values.csv",
  'Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Trạng thái;Nặc danh;Mức độ;Hướng xử lý;Thuộc thẩm quyền\nMS-001;05/03/2026;Fax;Khiếu nại;Đang xử lý;Không;Bình thường;Chuyển;Cấp dưới\nMS-002;05/03/2026;Đơn thư;"Tố cáo; Khiếu kiện";Xong rồi;Có;Phức tạp;Giải quyết;Có\nMS-003;05/03/2026;TRỰC TUYẾN;kien nghi;đã giải quyết;Có lẽ;rất phức tạp;hướng dẫn;khong\nMS-004;05/03/2026;Đơn thư;Khiếu nại, khiếu nại;;x;;Lưu đơn;\n',
);
write(
  "numbers.csv",
  "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Số người;Lần;Gia hạn\nMS-001;05/03/2026;Đơn thư;Khiếu nại;1.234;2;0\nMS-002;05/03/2026;Đơn thư;Khiếu nại;1,5;1;1\nMS-003;05/03/2026;Đơn thư;Khiếu nại;0;1;-1\nMS-004;05/03/2026;Đơn thư;Khiếu nại;năm;1.5;\n",
);
write(
  "repeated-ids.csv",
  `${HEAD}\n${ok("MS-001")}\n${ok("MS-002")}\n${ok("MS-001", "07/03/2026")}\n${ok("MS-001", "08/03/2026")}\n`,
);
write(
  "cross-row.csv",
  "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Người gửi;Nội dung;Ngày có kết quả;Ngày thông báo;Buổi tiếp\nMS-001;05/03/2026;Tiếp trực tiếp;Tố cáo;Nguyễn Thị Tố;;10/03/2026;;B-01\nMS-002;05/03/2026;Tiếp trực tiếp;Khiếu nại;Lê Văn E;Đất;01/03/2026;04/03/2026;B-09\nMS-003;05/03/2026;Tiếp trực tiếp;Khiếu nại, Tố cáo;Phạm F;;;;\n",
);

// ── Empty and garbage ──────────────────────────────────────────────────────────────────────────────────
write("empty.csv", "");
write("header-only.csv", `${BOM}${HEAD}\r\n`);
write("blank-lines-only.csv", "\r\n\r\n   \r\n;;;\r\n");
const garbage = new Uint8Array(2048);
let seed = 42;
for (let i = 0; i < garbage.length; i += 1) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  garbage[i] = seed & 0xff;
}
write("binary-garbage.csv", garbage);
write("old-excel.xls", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
write("corrupt.xlsx", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]));

// ── Encodings ──────────────────────────────────────────────────────────────────────────────────────────
const legacyText = `${HEAD}\r\n${ok("MS-001")}\r\nMS-002;06/03/2026;Tiếp trực tiếp;Tố cáo;Tài chính, ngân sách;Trần Thị Hường;Phường Quyết Thắng;5;Tố cáo việc sử dụng ngân sách sai mục đích\r\nMS-003;07/03/2026;Điện thoại;Phản ánh;Môi trường;Lê Đức Tường;Xã Ngọc Hồi;1;Phản ánh ô nhiễm nguồn nước ở suối\r\n`;
write("windows-1258.csv", encodeLegacy(legacyText, "windows-1258"));
write("tcvn3.csv", encodeLegacy(legacyText, "tcvn3"));
write("vni.csv", encodeLegacy(legacyText, "vni"));
// Typed in .VnTime, then saved as "CSV UTF-8": each character is the Windows-1252 reading of a TCVN3 byte.
write("tcvn3-in-utf8.csv", BOM + new TextDecoder("windows-1252").decode(encodeLegacy(legacyText, "tcvn3")));
// Latin-1 French text: not UTF-8 and not Vietnamese in any legacy encoding.
write(
  "unknown-encoding.csv",
  Uint8Array.from(
    [
      ..."Numéro;Date de réception;Catégorie\r\nA-1;05/03/2026;Réclamation déposée à la préfecture, élevée\r\nA-2;06/03/2026;Pétition reçue très tôt à l'hôtel\r\n",
    ].map((c) => c.charCodeAt(0)),
  ),
);
// UTF-8 with one broken byte in a denouncer's name: the value must not be repeated in the problem.
const brokenUtf8 = new TextEncoder().encode(
  `${HEAD}\n${ok("MS-001")}\nMS-002;05/03/2026;Đơn thư;Tố cáo;Đất đai;Nguyễn Văn XX;Thôn 9;1;Tố cáo cán bộ xã\n`,
);
const at = brokenUtf8.indexOf(0x58); // first "X"
brokenUtf8[at] = 0xff;
write("utf8-broken-byte.csv", brokenUtf8);
// Excel "Unicode Text": UTF-16LE with BOM, tab-separated.
const utf16 = "Mã số\tNgày tiếp nhận\tHình thức tiếp nhận\tLoại\r\nMS-001\t05/03/2026\tĐơn thư\tKhiếu nại\r\n";
write(
  "utf16le-unicode-text.txt",
  Uint8Array.from([0xff, 0xfe, ...[...utf16].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]),
);
write(
  "denunciation-identity.csv",
  `${HEAD}\nMS-001;05/03/2026;Đơn thư;Tố cáo;Đất đai;"Trần" Văn Bí Mật;Thôn Kín;1;Nội dung\nMS-002;05/03/2026;Đơn thư;Khiếu nại;Đất đai;"Lê" Văn Công Khai;Thôn Mở;1;Nội dung\nMS-003;05/03/2026;Đơn thư;Tố giác;Đất đai;"Hồ" Thị Không Rõ;Thôn X;1;Nội dung\n`,
);

// ── JSON ───────────────────────────────────────────────────────────────────────────────────────────────
write(
  "array.json",
  JSON.stringify(
    [
      {
        "Mã số": "MS-001",
        "Ngày tiếp nhận": "05/03/2026",
        "Hình thức tiếp nhận": "Đơn thư",
        Loại: ["Khiếu nại", "Tố cáo"],
        "Số người": 6,
        "Nặc danh": false,
      },
      "MS-002",
      { id: "MS-003", receivedOn: "2026-03-05", channel: "letter", kinds: "complaint", people: { n: 1 } },
      { "Mã số": "MS-004", "Ngày tiếp nhận": 46086, "Hình thức tiếp nhận": "Đơn thư", Loại: "Phản ánh" },
    ],
    null,
    2,
  ),
);
write("broken.json", '[{"Mã số": "MS-001", "Ngày tiếp nhận": "05/03/2026",}]');
write("not-table.json", '{"Mã số": "MS-001", "Loại": "Tố cáo"}');
write(
  "lines.ndjson",
  '{"Mã số":"MS-001","Ngày tiếp nhận":"05/03/2026","Hình thức tiếp nhận":"Đơn thư","Loại":"Khiếu nại"}\n\n{"Mã số":"MS-002","Ngày tiếp nhận":"05/03/2026",\n{"Mã số":"MS-003","Ngày tiếp nhận":"31/02/2026","Hình thức tiếp nhận":"Đơn thư","Loại":"Khiếu nại"}\n[1,2]\n',
);

// ── XLSX ───────────────────────────────────────────────────────────────────────────────────────────────
async function xlsxFile(name, build) {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = new Date(Date.UTC(2026, 0, 1));
  build(wb);
  write(name, new Uint8Array(await wb.xlsx.writeBuffer()));
}
await xlsxFile("titles.xlsx", (wb) => {
  const ws = wb.addWorksheet("Sổ theo dõi");
  ws.addRow(["SỔ THEO DÕI ĐƠN THƯ NĂM 2026"]);
  ws.addRow(["Tỉnh ủy Minh Sơn"]);
  ws.addRow([]);
  ws.addRow(["STT", "Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Số người", "Ngày có kết quả"]);
  ws.addRow([1, "MS-001", new Date(Date.UTC(2026, 2, 5)), "Đơn thư", "Khiếu nại", 2, 46090]);
  ws.addRow([2, 1002, "05/03/2026", "Tiếp trực tiếp", "Tố cáo", "3", null]);
  ws.addRow([3, "MS-003", 46086, "Đơn thư", "Kiến nghị", 1.5, "31/02/2026"]);
  ws.addRow([4, "MS-004", "abc", { richText: [{ text: "Đơn " }, { text: "thư" }] }, "Phản ánh", null, null]);
});
await xlsxFile("sessions-named-sheet.xlsx", (wb) => {
  wb.addWorksheet("Ghi chú").addRow(["Trang này không phải sổ"]);
  const ws = wb.addWorksheet("Buổi tiếp");
  ws.addRow(["Mã buổi", "Ngày tiếp", "Người chủ trì", "Loại buổi", "Số lượt người", "Đối thoại"]);
  ws.addRow(["B-01", new Date(Date.UTC(2026, 0, 15)), "Bí thư Tỉnh ủy", "Định kỳ", 12, "Có"]);
  ws.addRow(["B-02", new Date(Date.UTC(2026, 1, 12)), "Bí thư Tỉnh ủy", "Bất chợt", 3, "không"]);
  ws.addRow(["B-01", new Date(Date.UTC(2026, 2, 12)), "Phó Bí thư", "Đột xuất", 4, true]);
});
// A register kept one sheet per month (review s14 F1), with an instruction sheet in front, a hidden sheet of the
// drop-down lists, and a total row.
await xlsxFile("monthly-sheets.xlsx", (wb) => {
  wb.addWorksheet("Hướng dẫn").addRow(["Ghi mỗi vụ việc một dòng, ngày viết dd/mm/yyyy."]);
  const lists = wb.addWorksheet("DanhMuc");
  lists.addRows([
    ["Hình thức tiếp nhận", "Loại"],
    ["Đơn thư", "Khiếu nại"],
  ]);
  lists.state = "hidden";
  const header = ["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại"];
  wb.addWorksheet("Tháng 01").addRows([
    header,
    ["M1-1", "05/01/2026", "Đơn thư", "Kiến nghị"],
    ["M1-2", "06/01/2026", "Tiếp trực tiếp", "Phản ánh"],
    ["Tổng cộng", null, null, 2],
  ]);
  wb.addWorksheet("Tháng 02").addRows([header, ["M2-1", "30/02/2026", "Đơn thư", "Kiến nghị"]]);
});
// A workbook holding both registers, one sheet each (review s15 F1, s16w F6): each is read as its own kind.
await xlsxFile("both-registers.xlsx", (wb) => {
  wb.addWorksheet("Sổ đơn").addRows([
    ["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Số người", "Nội dung", "Đơn vị"],
    ["MS-1", "05/01/2026", "Tiếp trực tiếp", "Kiến nghị", 1, "Đường làng", "Đảng ủy xã An Bình"],
  ]);
  wb.addWorksheet("Sổ buổi tiếp").addRows([
    ["Mã buổi", "Ngày tiếp", "Loại buổi", "Người chủ trì", "Số lượt người", "Đơn vị"],
    ["B-1", "05/01/2026", "Định kỳ", "Bí thư", 3, "Đảng ủy xã An Bình"],
  ]);
});
await xlsxFile("tcvn3-font.xlsx", (wb) => {
  const ws = wb.addWorksheet("Sheet1");
  const cp = (s) => new TextDecoder("windows-1252").decode(encodeLegacy(s, "tcvn3"));
  ws.addRow(["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại", "Người gửi"].map(cp));
  ws.addRow(["MS-001", "05/03/2026", cp("Đơn thư"), cp("Khiếu nại"), cp("Nguyễn Văn Hùng")]);
  ws.addRow(["MS-002", "06/03/2026", cp("Tiếp trực tiếp"), cp("Tố cáo"), cp("Trần Thị Lụa")]);
});
// An XLSX workbook saved with a .csv name.
{
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("A");
  ws.addRow(["Mã số", "Ngày tiếp nhận", "Hình thức tiếp nhận", "Loại"]);
  ws.addRow(["MS-001", "05/03/2026", "Đơn thư", "Khiếu nại"]);
  write("xlsx-named-csv.csv", new Uint8Array(await wb.xlsx.writeBuffer()));
}
console.log(`fixtures written to ${out}`);
