// Generates the fictional province-year of Minh Sơn (DESIGN.md "Example data"): registers of the provincial
// committee and of five communes for 2025 and 2026 (so that a 2026 report can compare with 2025), reception
// sessions, an org file and a narrative. Seeded, so the files are the same on every run; saved the way Excel
// under Vietnamese settings saves CSV (UTF-8 with BOM, ";" separated, CRLF, dates dd/mm/yyyy).
// Run: node examples/generate-minh-son.mjs   (a test regenerates it in a temporary folder and compares)
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { addCalendarDays, addWorkingDays, isWorkingDay, proposeSchedule } from "@tiepdan/core";

/** The folder the example lives in. */
export const EXAMPLE_DIR = join(dirname(fileURLToPath(import.meta.url)), "minh-son");

// mulberry32: a small seeded generator, so the example never changes unless this script does.
let seed = 20260101;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
/** @template T @param {readonly T[]} list @returns {T} */
const pick = (list) => /** @type {T} */ (list[Math.floor(random() * list.length)]);
/** @param {number} p */
const chance = (p) => random() < p;
/** @template T @param {ReadonlyArray<readonly [T, number]>} pairs @returns {T} */
const weighted = (pairs) => {
  let r = random() * pairs.reduce((a, [, w]) => a + w, 0);
  for (const [v, w] of pairs) if ((r -= w) < 0) return v;
  return /** @type {T} */ (pairs[pairs.length - 1]?.[0]);
};
/**
 * The prefix of a unit's ids: "TU" for the provincial committee, the initials of the unit id otherwise (XAB).
 *
 * @param {{ id: string, level: string }} unit
 */
const prefixOf = (unit) =>
  unit.level === "province"
    ? "TU"
    : unit.id
        .split("-")
        .map((w) => (w[0] ?? "").toUpperCase())
        .join("");
/** @param {string} iso */
const dmy = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The People's Committee of the province: its chair's reception is what the State profile judges. */
const STATE_UNIT = {
  id: "ubnd-minh-son",
  name: "Ủy ban nhân dân tỉnh Minh Sơn",
  level: "province",
  side: /** @type {const} */ ("state"),
  headTitle: "Chủ tịch Ủy ban nhân dân tỉnh",
  aliases: ["UBND tỉnh Minh Sơn"],
};

const UNITS = [
  { id: "tu-minh-son", name: "Tỉnh ủy Minh Sơn", level: "province", headTitle: "Bí thư Tỉnh ủy", aliases: ["Tỉnh ủy"] },
  {
    id: "xa-an-binh",
    name: "Đảng ủy xã An Bình",
    level: "commune",
    parentId: "tu-minh-son",
    headTitle: "Bí thư Đảng ủy xã",
    aliases: ["Xã An Bình"],
  },
  {
    id: "xa-hoa-lac",
    name: "Đảng ủy xã Hòa Lạc",
    level: "commune",
    parentId: "tu-minh-son",
    headTitle: "Bí thư Đảng ủy xã",
    aliases: ["Xã Hòa Lạc"],
  },
  {
    id: "phuong-dong-thanh",
    name: "Đảng ủy phường Đông Thành",
    level: "commune",
    parentId: "tu-minh-son",
    headTitle: "Bí thư Đảng ủy phường",
    aliases: ["Phường Đông Thành"],
  },
  {
    id: "xa-suoi-da",
    name: "Đảng ủy xã Suối Đá",
    level: "commune",
    parentId: "tu-minh-son",
    headTitle: "Bí thư Đảng ủy xã",
    aliases: ["Xã Suối Đá"],
    remote: true,
  },
  {
    id: "xa-ngoc-linh",
    name: "Đảng ủy xã Ngọc Lĩnh",
    level: "commune",
    parentId: "tu-minh-son",
    headTitle: "Bí thư Đảng ủy xã",
    aliases: ["Xã Ngọc Lĩnh"],
    remote: true,
  },
];
const HO = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
  "A",
  "Y",
  "Rơ Mah",
];
const DEM = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Xuân", "Thu"];
const TEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hà",
  "Hải",
  "Hạnh",
  "Hòa",
  "Hùng",
  "Hương",
  "Khánh",
  "Lan",
  "Linh",
  "Long",
  "Mai",
  "Nam",
  "Nga",
  "Phúc",
  "Quân",
  "Sơn",
  "Tâm",
  "Thảo",
  "Thắng",
  "Trang",
  "Tuấn",
  "Vinh",
  "Xuân",
  "Yến",
  "Blơng",
  "H'Nhi",
];
/** @type {Array<[string, number]>} */
const FIELDS = [
  ["Đất đai", 38],
  ["Bồi thường, hỗ trợ, tái định cư", 12],
  ["Chính sách xã hội", 14],
  ["Môi trường", 9],
  ["Tài chính, ngân sách", 7],
  ["Xây dựng, trật tự đô thị", 8],
  ["Cán bộ, đảng viên", 7],
  ["Tư pháp", 5],
];
const CONTENT = {
  "Đất đai": [
    "tranh chấp ranh giới thửa đất với hộ liền kề",
    "đề nghị cấp giấy chứng nhận quyền sử dụng đất",
    "thu hồi đất làm đường liên xã",
  ],
  "Bồi thường, hỗ trợ, tái định cư": [
    "mức bồi thường đất nông nghiệp dự án khu công nghiệp",
    "chưa được bố trí tái định cư",
  ],
  "Chính sách xã hội": ["chế độ người có công chưa được giải quyết", "hỗ trợ hộ nghèo năm 2025"],
  "Môi trường": ["trại chăn nuôi gây ô nhiễm nguồn nước", "khai thác cát trái phép trên sông"],
  "Tài chính, ngân sách": ["thu khoản đóng góp xây dựng nhà văn hóa thôn", "quyết toán công trình kênh mương"],
  "Xây dựng, trật tự đô thị": ["xây dựng lấn chiếm hành lang giao thông", "cấp phép xây dựng nhà ở"],
  "Cán bộ, đảng viên": ["thái độ, trách nhiệm của cán bộ địa chính xã", "kê khai tài sản, thu nhập"],
  "Tư pháp": ["chậm thi hành án dân sự", "chứng thực hợp đồng chuyển nhượng"],
};
/** @type {Array<[string, number]>} */
const KINDS = [
  ["Phản ánh", 30],
  ["Kiến nghị", 34],
  ["Khiếu nại", 24],
  ["Tố cáo", 8],
  ["Khiếu nại; Tố cáo", 2],
  ["Phản ánh; Kiến nghị", 2],
];
/** @type {Array<[string, number]>} */
const CHANNELS = [
  ["Tiếp trực tiếp", 30],
  ["Đơn thư", 45],
  ["Trực tuyến", 12],
  ["Điện thoại", 3],
  ["Cơ quan khác chuyển đến", 10],
];
/**
 * Bodies outside the committee's scope that a citizen is guided to (Hướng dẫn), by field: the body that settles such a
 * matter (review s17s F22: a complaint about sand mining was guided to the civil judgment enforcement office).
 * @type {Record<string, string[]>}
 */
const GUIDE_BODIES = {
  "Đất đai": ["Tòa án nhân dân tỉnh Minh Sơn", "Văn phòng đăng ký đất đai tỉnh"],
  "Bồi thường, hỗ trợ, tái định cư": ["Tòa án nhân dân tỉnh Minh Sơn", "Sở Nông nghiệp và Môi trường"],
  "Chính sách xã hội": ["Bảo hiểm xã hội tỉnh Minh Sơn", "Sở Nội vụ"],
  "Môi trường": ["Sở Nông nghiệp và Môi trường", "Công an tỉnh"],
  "Tài chính, ngân sách": ["Sở Tài chính", "Thanh tra tỉnh"],
  "Xây dựng, trật tự đô thị": ["Sở Xây dựng", "Tòa án nhân dân tỉnh Minh Sơn"],
  "Cán bộ, đảng viên": ["Ủy ban Kiểm tra Tỉnh ủy", "Thanh tra tỉnh"],
  "Tư pháp": [
    "Thi hành án dân sự tỉnh Minh Sơn",
    "Viện kiểm sát nhân dân tỉnh Minh Sơn",
    "Tòa án nhân dân tỉnh Minh Sơn",
  ],
};
/**
 * Competent bodies a case is transferred to (Chuyển) or that take part (Cơ quan liên quan), by field.
 * @type {Record<string, string[]>}
 */
const BODIES = {
  "Đất đai": ["UBND xã", "Văn phòng đăng ký đất đai tỉnh", "Sở Nông nghiệp và Môi trường"],
  "Bồi thường, hỗ trợ, tái định cư": ["UBND xã", "Sở Nông nghiệp và Môi trường", "Sở Tài chính"],
  "Chính sách xã hội": ["UBND xã", "Sở Nội vụ", "Bảo hiểm xã hội tỉnh Minh Sơn"],
  "Môi trường": ["UBND xã", "Sở Nông nghiệp và Môi trường", "Công an tỉnh"],
  "Tài chính, ngân sách": ["UBND xã", "Sở Tài chính", "Thanh tra tỉnh"],
  "Xây dựng, trật tự đô thị": ["UBND xã", "Sở Xây dựng", "Thanh tra tỉnh"],
  "Cán bộ, đảng viên": ["Ủy ban Kiểm tra Tỉnh ủy", "Sở Nội vụ", "Thanh tra tỉnh"],
  "Tư pháp": ["Sở Tư pháp", "Thi hành án dân sự tỉnh Minh Sơn", "Công an tỉnh"],
};

const CASE_HEADER = [
  "Mã số",
  "Ngày tiếp nhận",
  "Hình thức tiếp nhận",
  "Loại",
  "Lĩnh vực",
  "Người gửi",
  "Địa chỉ",
  "Số người",
  "Nội dung",
  "Thuộc thẩm quyền",
  "Hướng xử lý",
  "Cơ quan xử lý",
  "Cơ quan liên quan",
  "Ngày thông báo",
  "Ngày thụ lý",
  "Ngày có kết quả",
  "Trạng thái",
  "Đơn vị",
  "Buổi tiếp",
  "Lần",
  "Vùng sâu vùng xa",
  "Mức độ",
  "Gia hạn",
  "Đảng viên",
  "Nặc danh",
  "Nổi cộm",
  "Nguy cơ ANCT-TTATXH",
  "Ý kiến khác nhau",
];
const SESSION_HEADER = [
  "Mã buổi",
  "Ngày tiếp",
  "Người chủ trì",
  "Loại buổi",
  "Địa điểm",
  "Đơn vị",
  "Số lượt người",
  "Đối thoại",
];

/** @param {unknown} v */
const csvCell = (v) => {
  const s = v === undefined || v === null ? "" : String(v);
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
/** @param {string[]} header @param {unknown[][]} rows */
const toCsv = (header, rows) => `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(";")).join("\r\n")}\r\n`;
/** @param {string} date @param {number} n */
const nextWorking = (date, n) => addWorkingDays(date, n);

/** Where a unit's citizens live: its own commune, or any commune for the provincial committee's register. */
function homeOf(/** @type {{ level: string, name: string, aliases: string[] }} */ unit) {
  const commune = unit.level === "province" ? pick(UNITS.slice(1)) : unit;
  return (commune.aliases[0] ?? commune.name).replace(/^./, (c) => c.toLowerCase());
}

/** The as-of date of the generated registers: no result is dated after it. */
const ASOF = "2026-12-31";

/**
 * The rows of a unit's cases register for 2025 and 2026.
 *
 * @param {{ name: string, level: string, aliases: string[], remote?: boolean }} unit
 * @param {string} prefix - the start of its codes
 * @param {{ id: string, date: string }[]} sessions - its reception sessions (cases received in person name one)
 * @param {number} perYear - cases a year
 */
function caseRows(unit, prefix, sessions, perYear) {
  /** @type {Array<Array<string | number | undefined>>} */
  const rows = [];
  for (const year of [2025, 2026]) {
    for (let i = 0; i < perYear; i++) {
      let received = addCalendarDays(`${year}-01-02`, Math.floor(random() * 362));
      const channel = weighted(CHANNELS);
      let sessionId = "";
      if (channel === "Tiếp trực tiếp") {
        const s = pick(sessions.filter((x) => x.date.startsWith(String(year))));
        received = s.date;
        sessionId = s.id;
      }
      const kinds = weighted(KINDS);
      const field = weighted(FIELDS);
      const isDen = kinds.includes("Tố cáo");
      const isComplaint = kinds.includes("Khiếu nại");
      const anonymous = isDen && chance(0.12);
      const group = chance(0.07);
      const people = group ? 5 + Math.floor(random() * 35) : 1;
      const name = anonymous ? "" : `${pick(HO)} ${pick(DEM)} ${pick(TEN)}`;
      const address = anonymous
        ? ""
        : `Số ${1 + Math.floor(random() * 240)}, thôn ${1 + Math.floor(random() * 9)}, ${homeOf(unit)}`;
      const authority = weighted([
        ["Có", 30],
        ["Cấp dưới", 50],
        ["Không", 20],
      ]);
      const expected = { Có: "Giải quyết", "Cấp dưới": "Chuyển", Không: "Hướng dẫn" }[authority];
      const route = anonymous
        ? "Lưu đơn"
        : chance(0.06)
          ? pick(["Giải quyết", "Chuyển", "Hướng dẫn", "Lưu đơn"])
          : expected;
      const handled = route === "Giải quyết" || route === "Chuyển";
      const notified =
        anonymous || chance(0.04)
          ? ""
          : nextWorking(received, chance(0.85) ? 2 + Math.floor(random() * 8) : 11 + Math.floor(random() * 8));
      const accepted =
        (isComplaint || isDen) && handled
          ? nextWorking(received, 2 + Math.floor(random() * (chance(0.9) ? 6 : 14)))
          : "";
      const complexity =
        isComplaint || isDen
          ? weighted([
              ["Bình thường", 70],
              ["Phức tạp", 24],
              ["Đặc biệt phức tạp", 6],
            ])
          : "";
      const span = accepted ? 10 + Math.floor(random() * (chance(0.85) ? 40 : 110)) : 5 + Math.floor(random() * 60);
      let result = addCalendarDays(accepted || received, span);
      if (result > ASOF || chance(0.12)) result = "";
      const status = result
        ? "Đã giải quyết"
        : route === "Chuyển"
          ? "Đã chuyển"
          : route === "Hướng dẫn"
            ? "Đã hướng dẫn"
            : route === "Lưu đơn"
              ? "Đã lưu đơn"
              : "Đang xử lý";
      const bodies = /** @type {string[]} */ (BODIES[field]);
      const firstBody = pick(bodies);
      const related = chance(0.25) ? `${firstBody}; ${pick(bodies.filter((b) => b !== firstBody))}` : "";
      const id = `${prefix}-${year}-${String(i + 1).padStart(4, "0")}`;
      rows.push([
        id,
        dmy(received),
        channel,
        kinds,
        field,
        name,
        address,
        people,
        `${isDen ? "Tố cáo" : "Đơn"} về ${pick(CONTENT[/** @type {keyof typeof CONTENT} */ (field)])}`,
        authority,
        route,
        route === "Chuyển"
          ? pick(bodies)
          : route === "Giải quyết"
            ? unit.name.replace("Đảng ủy ", "UBND ")
            : route === "Hướng dẫn"
              ? pick(/** @type {string[]} */ (GUIDE_BODIES[field]))
              : "",
        related,
        notified ? dmy(notified) : "",
        accepted ? dmy(accepted) : "",
        result ? dmy(result) : "",
        status,
        unit.name,
        sessionId,
        isComplaint && chance(0.15) ? 2 : 1,
        unit.remote ? "Có" : "Không",
        complexity,
        complexity === "Phức tạp" && chance(0.3) ? 1 : complexity === "Đặc biệt phức tạp" && chance(0.5) ? 2 : 0,
        isDen || isComplaint ? (chance(0.3) ? "Có" : "Không") : "",
        anonymous ? "Có" : "Không",
        group && chance(0.4) ? "Có" : "Không",
        group && chance(0.25) ? "Có" : "Không",
        related && chance(0.4) ? "Có" : "Không",
      ]);
    }
  }
  rows.sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
  return rows;
}

/**
 * Writes the example into a folder.
 *
 * @param {string} out - the folder
 */
export function generateMinhSon(out) {
  seed = 20260101;
  mkdirSync(out, { recursive: true });
  // Sessions: the head of each unit holds the scheduled days of the rule (province 1, commune 2 a month), with a few
  // months missed, plus ad hoc sessions.
  /** @type {Map<string, { id: string, date: string, kind: string, people?: number, dialogue?: string, place?: string }[]>} */
  const sessionsByUnit = new Map();
  for (const unit of UNITS) {
    /** @type {{ id: string, date: string, kind: string, people?: number, dialogue?: string, place?: string }[]} */
    const rows = [];
    for (const year of [2025, 2026]) {
      const { remote: _remote, ...orgUnit } = unit;
      const plan = proposeSchedule({ unit: orgUnit, year, weekday: unit.level === "province" ? 4 : 2 });
      for (const s of plan.sessions) {
        if (chance(unit.level === "province" ? 0.06 : 0.1)) continue; // a missed session
        rows.push({ id: "", date: s.date, kind: "Định kỳ" });
      }
      const adHoc = unit.level === "province" ? 3 : 2;
      for (let k = 0; k < adHoc; k++) {
        let d = addCalendarDays(`${year}-01-10`, Math.floor(random() * 340));
        while (!isWorkingDay(d)) d = addCalendarDays(d, 1);
        rows.push({ id: "", date: d, kind: "Đột xuất" });
      }
    }
    rows.sort((a, b) => (a.date < b.date ? -1 : 1));
    const prefix = prefixOf(unit);
    rows.forEach((r, i) => {
      r.id = `${prefix}-B${String(i + 1).padStart(3, "0")}`;
      r.people = r.kind === "Đột xuất" ? 20 + Math.floor(random() * 60) : 3 + Math.floor(random() * 18);
      r.dialogue = r.kind === "Đột xuất" || chance(0.3) ? "Có" : "Không";
      r.place =
        unit.level === "province"
          ? chance(0.8)
            ? "Trụ sở Tiếp công dân tỉnh"
            : pick(UNITS.slice(1)).name.replace("Đảng ủy ", "Trụ sở UBND ")
          : `Trụ sở ${unit.name.replace("Đảng ủy ", "UBND ")}`;
    });
    sessionsByUnit.set(unit.id, rows);
  }

  // Cases: about 1,600 a year across the units, with realistic mixes.
  for (const unit of UNITS) {
    const perYear = unit.level === "province" ? 520 : 180 + Math.floor(random() * 80);
    const sessions = sessionsByUnit.get(unit.id) ?? [];
    const cases = caseRows(unit, prefixOf(unit), sessions, perYear);
    writeFileSync(join(out, `so-theo-doi-don-${unit.id}.csv`), toCsv(CASE_HEADER, cases));
    // A session received at least the people of the cases received at it (its "Số lượt người" is written after them).
    const people = peopleAtSessions(cases);
    writeFileSync(
      join(out, `so-buoi-tiep-${unit.id}.csv`),
      toCsv(
        SESSION_HEADER,
        sessions.map((r) => [
          r.id,
          dmy(r.date),
          unit.headTitle,
          r.kind,
          r.place,
          unit.name,
          Math.max(r.people ?? 0, people.get(r.id) ?? 0),
          r.dialogue,
        ]),
      ),
    );
  }

  // The org file: the units and the metadata of the report the provincial committee signs.
  const org = {
    note: "Đơn vị hư cấu: tỉnh Minh Sơn không có thật.",
    reportingUnit: "tu-minh-son",
    units: [...UNITS.map(({ remote, ...u }) => u), STATE_UNIT],
    documents: {
      party: {
        issuingBody: "Tỉnh ủy Minh Sơn",
        parentBody: "Đảng bộ tỉnh Minh Sơn",
        numberPrefix: "BC/TU",
        place: "Minh Sơn",
        signer: { name: "Nguyễn Văn Minh", title: "Bí thư", variant: "onBehalfOf", onBehalfOf: "Ban Thường vụ" },
        recipients: [
          { name: "Bộ Chính trị, Ban Bí thư", purpose: "báo cáo" },
          { name: "Ban Nội chính Trung ương" },
          { name: "Ban Tuyên giáo và Dân vận Trung ương" },
          { name: "Thường trực Tỉnh ủy" },
          { name: "Lưu Văn phòng Tỉnh ủy" },
        ],
      },
      // The same registers reported in State format by the province's People's Committee, whose reception office
      // (Trụ sở Tiếp công dân tỉnh) also serves the Party secretary's sessions.
      state: {
        issuingBody: "Ủy ban nhân dân tỉnh Minh Sơn",
        numberPrefix: "BC-UBND",
        place: "Minh Sơn",
        signer: { name: "Trần Thị Hòa", title: "Phó Chủ tịch", variant: "deputy", onBehalfOf: "Chủ tịch" },
        recipients: [
          { name: "Thanh tra Chính phủ", purpose: "báo cáo" },
          { name: "Ban Tiếp công dân Trung ương" },
          { name: "Thường trực Tỉnh ủy" },
          { name: "Lưu: VT, TCD" },
        ],
      },
    },
  };
  writeFileSync(join(out, "don-vi.json"), `${JSON.stringify(org, null, 2)}\n`);

  // A days-off file (tiepdan --days-off): the province's own day off, as a province adds one without a new release.
  // Not named in don-vi.json, so the other reports keep the bundled calendar.
  writeFileSync(
    join(out, "ngay-nghi.csv"),
    toCsv(
      ["Ngày", "Tên", "Loại", "Văn bản"],
      [
        [
          "15/10/2026",
          "Ngày truyền thống tỉnh Minh Sơn",
          "Nghỉ địa phương",
          "Quyết định (hư cấu) của UBND tỉnh Minh Sơn",
        ],
      ],
    ),
  );

  writeFileSync(
    join(out, "tuong-thuat-2026.txt"),
    [
      "## Công tác lãnh đạo, chỉ đạo",
      "",
      "Ban Thường vụ Tỉnh ủy tiếp tục quán triệt Quy định 11-QĐi/TW và Kết luận 215-KL/TW; ban hành lịch tiếp dân cố định hằng tháng của Bí thư Tỉnh ủy và công khai tại Trụ sở Tiếp công dân tỉnh.",
      "",
      "Các đảng ủy xã, phường xây dựng kế hoạch tiếp dân, đối thoại trực tiếp với dân; phân công Ban Nội chính Tỉnh ủy chủ trì theo dõi, đôn đốc.",
      "",
      "## Đánh giá chung",
      "",
      "Vụ việc đông người vẫn còn, chủ yếu về đất đai, bồi thường, hỗ trợ, tái định cư; một số vụ việc còn phức tạp, kéo dài. Một số xã chưa bảo đảm đủ số ngày tiếp dân định kỳ theo quy định.",
      "",
      "## Phương hướng, nhiệm vụ thời gian tới",
      "",
      "Tiếp tục thực hiện nghiêm việc tiếp dân định kỳ; tập trung giải quyết dứt điểm các vụ việc tồn đọng; kiểm tra việc thực hiện Quy định 11-QĐi/TW tại các xã vùng sâu, vùng xa.",
      "",
    ].join("\n"),
  );

  // The People's Committee's own narrative: a State document speaks as its issuing body from start to end; its
  // headings are those of Mẫu số 02 of Thông tư 06/2025/TT-TTCP.
  writeFileSync(
    join(out, "tuong-thuat-2026-nha-nuoc.txt"),
    [
      "## Công tác lãnh đạo, chỉ đạo, điều hành",
      "",
      "Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành và Ủy ban nhân dân các xã, phường thực hiện nghiêm Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo; Chủ tịch Ủy ban nhân dân tỉnh tiếp công dân định kỳ tại Trụ sở Tiếp công dân tỉnh theo lịch đã công bố.",
      "",
      "Ban Tiếp công dân tỉnh tổ chức tiếp công dân thường xuyên; Thanh tra tỉnh theo dõi, đôn đốc việc giải quyết khiếu nại, tố cáo thuộc thẩm quyền.",
      "",
      "## Nhận xét, đánh giá",
      "",
      "Công tác tiếp công dân, xử lý đơn được thực hiện đúng quy định; một số vụ việc về đất đai, bồi thường còn phức tạp, kéo dài.",
      "",
      "## Dự báo tình hình",
      "",
      "Khiếu nại, tố cáo về đất đai, bồi thường, hỗ trợ, tái định cư tại các dự án khu công nghiệp, đường giao thông có thể tiếp tục phát sinh; vụ việc đông người có thể tăng vào thời điểm thu hồi đất.",
      "",
      "## Phương hướng, nhiệm vụ, giải pháp chủ yếu trong kỳ tiếp theo",
      "",
      "Tiếp tục thực hiện nghiêm việc tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân các cấp; tập trung giải quyết dứt điểm các vụ việc tồn đọng, kéo dài.",
      "",
      "## Kiến nghị, đề xuất",
      "",
      "Đề nghị Thanh tra Chính phủ, Ban Tiếp công dân Trung ương hướng dẫn việc tiếp công dân trực tuyến theo Luật số 136/2025/QH15 để các xã, phường thực hiện thống nhất.",
      "",
    ].join("\n"),
  );

  // The province's People's Committee: its chair's sessions (Luật Tiếp công dân 2013 Điều 12: at least 1 day a
  // month), for the State profile, which counts only the chairs' sessions. Made last so that the random draws of
  // the Party registers above stay as they were.
  const stateRows = [];
  for (const year of [2025, 2026]) {
    const plan = proposeSchedule({ unit: STATE_UNIT, year, weekday: 3 });
    for (const s of plan.sessions) {
      if (chance(0.08) || s.date.startsWith("2026-02")) continue; // February 2026 missed: a finding
      stateRows.push({ date: s.date, kind: "Định kỳ" });
    }
    for (let k = 0; k < 2; k++) {
      let d = addCalendarDays(`${year}-01-10`, Math.floor(random() * 340));
      while (!isWorkingDay(d)) d = addCalendarDays(d, 1);
      stateRows.push({ date: d, kind: "Đột xuất" });
    }
  }
  stateRows.sort((a, b) => (a.date < b.date ? -1 : 1));
  const stateSessionRows = stateRows.map((r, i) => [
    `UB-B${String(i + 1).padStart(3, "0")}`,
    dmy(r.date),
    STATE_UNIT.headTitle,
    r.kind,
    "Trụ sở Tiếp công dân tỉnh",
    STATE_UNIT.name,
    r.kind === "Đột xuất" ? 20 + Math.floor(random() * 40) : 3 + Math.floor(random() * 15),
    r.kind === "Đột xuất" || chance(0.3) ? "Có" : "Không",
  ]);

  // The People's Committee's own cases register (its Ban Tiếp công dân): what a State report counts, the Party
  // committees' registers being the Party's (review s17s F2). Made after everything above, for the same reason.
  const stateSessions = stateRows.map((r, i) => ({ id: `UB-B${String(i + 1).padStart(3, "0")}`, date: r.date }));
  const stateCases = caseRows(STATE_UNIT, "UB", stateSessions, 160);
  writeFileSync(join(out, `so-theo-doi-don-${STATE_UNIT.id}.csv`), toCsv(CASE_HEADER, stateCases));
  const statePeople = peopleAtSessions(stateCases);
  for (const row of stateSessionRows) row[6] = Math.max(Number(row[6]), statePeople.get(String(row[0])) ?? 0);
  writeFileSync(join(out, `so-buoi-tiep-${STATE_UNIT.id}.csv`), toCsv(SESSION_HEADER, stateSessionRows));
}

/**
 * The people of the cases received at each session ("Số người" of the rows whose "Buổi tiếp" names it).
 *
 * @param {Array<Array<string | number | undefined>>} cases - rows of {@link caseRows}
 * @returns {Map<string, number>} people by session id
 */
function peopleAtSessions(cases) {
  const people = new Map();
  const at = CASE_HEADER.indexOf("Buổi tiếp");
  const count = CASE_HEADER.indexOf("Số người");
  for (const row of cases) {
    const id = String(row[at] ?? "");
    if (id !== "") people.set(id, (people.get(id) ?? 0) + Number(row[count] ?? 1));
  }
  return people;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  generateMinhSon(EXAMPLE_DIR);
  console.log(`Minh Sơn example written to ${EXAMPLE_DIR}`);
}
