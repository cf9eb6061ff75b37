import { describe, expect, it } from "vitest";
import { LONGEST_WHOLE_WORD } from "./_cells.js";
import { buildDocument } from "./buildDocument.js";
import type { Block, TableNode } from "./ir.js";
import { inlineText } from "./ir.js";
import { parseMarkup } from "./parseMarkup.js";
import { SAMPLE_META } from "./sample.js";

/** The text lines of a layout table's cells, as a compact picture of the IR. */
const cellLines = (t: Block | undefined) =>
  (t as TableNode).rows[0]?.cells.map((c) =>
    c.children.map((p) =>
      p.type === "rule"
        ? `—— rule ${p.widthMm} mm ——`
        : `${inlineText(p.children)}${p.size ? ` [${p.size}${p.bold ? " bold" : ""}${p.italic ? " italic" : ""}${p.children.some((r) => r.type === "text" && r.underline) ? " underline" : ""}]` : ""}`,
    ),
  );

describe("Hướng dẫn 36-HD/VPTW: the Party profile", () => {
  const doc = buildDocument({
    meta: SAMPLE_META,
    profile: "party",
    body: parseMarkup("<body><p>Nội dung.</p></body>"),
  });

  it("header: parent body, issuing body, *, number; ĐẢNG CỘNG SẢN VIỆT NAM and the place and date", () => {
    expect(cellLines(doc.children[0])).toMatchInlineSnapshot(`
      [
        [
          "ĐẢNG BỘ TỈNH MINH SƠN [14]",
          "TỈNH ỦY MINH SƠN [14 bold]",
          "* [14]",
          "Số 12-BC/TU [14]",
        ],
        [
          "ĐẢNG CỘNG SẢN VIỆT NAM [15 bold underline]",
          "Minh Sơn, ngày 05 tháng 4 năm 2026 [14 italic]",
        ],
      ]
    `);
  });

  it("title, body paragraph justified with a first-line indent, then signature beside Nơi nhận", () => {
    expect(doc.children.slice(1, 5)).toMatchObject([
      { type: "paragraph", align: "center", size: 16, bold: true, children: [{ value: "BÁO CÁO" }] },
      { type: "paragraph", align: "center", bold: true },
      { type: "paragraph", children: [{ value: "-----" }] },
      { type: "paragraph", align: "justify", indentMm: 10, spaceAfterPt: 6, children: [{ value: "Nội dung." }] },
    ]);
    expect(cellLines(doc.children.at(-1))).toMatchInlineSnapshot(`
      [
        [
          "Nơi nhận:",
          "- Ban Nội chính Trung ương (báo cáo), [12]",
          "- Thường trực Tỉnh ủy, [12]",
          "- Lưu Văn phòng Tỉnh ủy. [12]",
        ],
        [
          "T/M BAN THƯỜNG VỤ [14 bold]",
          "BÍ THƯ [14 bold]",
          " [14]",
          "Nguyễn Văn Minh [14 bold]",
        ],
      ]
    `);
    expect(doc.page).toEqual({
      size: "A4",
      marginsMm: { top: 20, right: 15, bottom: 20, left: 30 },
      pageNumbers: "topFromSecondPage",
    });
  });
});

describe("Nghị định 30/2020 Phụ lục I: the State profile", () => {
  const meta = {
    ...SAMPLE_META,
    parentBody: undefined,
    issuingBody: "Ủy ban nhân dân xã An Bình",
    number: "12/BC-UBND",
  };
  const { parentBody: _p, ...withoutParent } = meta;
  const doc = buildDocument({ meta: withoutParent, profile: "state", body: [] });

  it("header: agency name with a short rule, Số:, national title and motto underlined", () => {
    expect(cellLines(doc.children[0])).toMatchInlineSnapshot(`
      [
        [
          "ỦY BAN NHÂN DÂN XÃ AN BÌNH [13 bold]",
          "—— rule 25 mm ——",
          "Số: 12/BC-UBND [13]",
        ],
        [
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM [13 bold]",
          "Độc lập - Tự do - Hạnh phúc [14 bold underline]",
          "Minh Sơn, ngày 05 tháng 4 năm 2026 [14 italic]",
        ],
      ]
    `);
  });

  it("Nơi nhận: bold italic 12 pt, list 11 pt ending with ; and .", () => {
    const [rec] = cellLines(doc.children.at(-1)) ?? [];
    expect(rec).toEqual([
      "Nơi nhận:",
      "- Ban Nội chính Trung ương (báo cáo); [11]",
      "- Thường trực Tỉnh ủy; [11]",
      "- Lưu Văn phòng Tỉnh ủy. [11]",
    ]);
    const table = doc.children.at(-1) as TableNode;
    const heading = table.rows[0]?.cells[0]?.children[0];
    expect(heading?.type === "paragraph" && heading.children[0]).toMatchObject({ bold: true, italic: true, size: 12 });
  });
});

describe("signature variants (Hướng dẫn 36-HD/VPTW mục II.1.7; Nghị định 30/2020 Phụ lục I)", () => {
  it.each([
    ["party", "onBehalfOf", "Ban Thường vụ", "T/M BAN THƯỜNG VỤ"],
    ["party", "deputy", "Bí thư", "K/T BÍ THƯ"],
    ["party", "byOrder", "Ban Thường vụ", "T/L BAN THƯỜNG VỤ"],
    ["party", "byAuthorization", "Ban Thường vụ", "T/U BAN THƯỜNG VỤ"],
    ["state", "onBehalfOf", "Ủy ban nhân dân", "TM. ỦY BAN NHÂN DÂN"],
    ["state", "deputy", "Chủ tịch", "KT. CHỦ TỊCH"],
    ["state", "byOrder", "Chủ tịch", "TL. CHỦ TỊCH"],
    ["state", "byAuthorization", "Chủ tịch", "TUQ. CHỦ TỊCH"],
    ["state", "acting", "Chủ tịch", "Q. CHỦ TỊCH"],
  ] as const)("%s, %s for %s → %s", (profile, variant, onBehalfOf, line) => {
    const doc = buildDocument({
      meta: { ...SAMPLE_META, signer: { name: "Lê Văn An", title: "Phó Chủ tịch", variant, onBehalfOf } },
      profile,
      body: [],
    });
    expect(cellLines(doc.children.at(-1))?.[1]?.[0]).toBe(`${line} [14 bold]`);
  });

  it("a direct signature has no prefix line", () => {
    const doc = buildDocument({
      meta: { ...SAMPLE_META, signer: { name: "Lê Văn An", title: "Chánh Văn phòng" } },
      profile: "state",
      body: [],
    });
    expect(cellLines(doc.children.at(-1))?.[1]).toEqual(["CHÁNH VĂN PHÒNG [14 bold]", " [14]", "Lê Văn An [14 bold]"]);
  });
});

describe("classification and errors", () => {
  it("prints MẬT under the number when the document is classified", () => {
    const doc = buildDocument({ meta: { ...SAMPLE_META, classification: "MẬT" }, profile: "party", body: [] });
    expect(cellLines(doc.children[0])?.[0]?.at(-1)).toBe("MẬT [14 bold]");
  });

  it("refuses invalid metadata and unknown profiles", () => {
    expect(() => buildDocument({ meta: { ...SAMPLE_META, date: "2026-02-30" }, profile: "party", body: [] })).toThrow(
      /Ngày không có thật/,
    );
    expect(() => buildDocument({ meta: SAMPLE_META, profile: "army" as "party", body: [] })).toThrow(RangeError);
  });
});

describe("layout a clerk signs as is (issue 16 point 9)", () => {
  const build = (body: string, profile: "party" | "state" = "state", issuingBody = SAMPLE_META.issuingBody) =>
    buildDocument({ meta: { ...SAMPLE_META, issuingBody }, profile, body: parseMarkup(body) });

  it("the last paragraph (and a heading just before it) is kept with the signature block and Nơi nhận", () => {
    const doc = build("<body><p>Một.</p><h1>II. KIẾN NGHỊ</h1><p>Hai.</p></body>");
    const kinds = doc.children.map((b) => `${b.type}${"keepWithNext" in b && b.keepWithNext ? "+keep" : ""}`);
    expect(kinds.slice(-5)).toEqual(["paragraph", "heading+keep", "paragraph+keep", "paragraph+keep", "table"]);
  });

  it.each([
    ["Ủy ban nhân dân tỉnh Hà Trung", "ỦY BAN NHÂN DÂN TỈNH\u00a0HÀ\u00a0TRUNG"],
    ["Đảng ủy xã Ea Kar", "ĐẢNG ỦY XÃ\u00a0EA\u00a0KAR"],
    ["Sở Xây dựng", "SỞ XÂY DỰNG"],
    ["Tỉnh ủy Minh Sơn", "TỈNH ỦY MINH SƠN"],
  ])("a letterhead never breaks the place name: %s", (body, expected) => {
    const header = build("<body><p>x</p></body>", "state", body).children[0] as TableNode;
    const left = header.rows[0]?.cells[0]?.children.map((p) => (p.type === "paragraph" ? inlineText(p.children) : ""));
    expect(left).toContain(expected);
  });

  it("appendix columns are at least as wide as their longest word: a date, a code, a header word", () => {
    const doc = build(
      `<body><section orientation="landscape"><table widths="1,1,30" header-rows="1" size="9"><tr><th>Ngày tiếp nhận</th><th>Căn cứ</th><th>Nội dung</th></tr><tr><td>01/03/2026</td><td>11-QĐi/TW</td><td>x</td></tr></table></section></body>`,
    );
    const section = doc.children.find((b) => b.type === "section") as Extract<Block, { type: "section" }>;
    const table = section.children.find((b) => b.type === "table") as TableNode;
    const [date, code, rest] = table.widths as [number, number, number];
    // Landscape A4 less the margins: 252 mm; a date at 9 pt needs about 16 mm, "11-QĐi/TW" about 16 mm, with the padding.
    expect(date).toBeGreaterThanOrEqual(18);
    expect(code).toBeGreaterThanOrEqual(18);
    expect(date + code + rest).toBeCloseTo(252, 0);
  });

  it.each([
    ["a pasted link", `https://dichvucong.gov.vn/p/home/${"dvc-chi-tiet-thu-tuc/".repeat(4)}`],
    ["an encoded blob", "x".repeat(5_000)],
  ])(
    "%s in a cell does not widen its column nor shrink the type: the renderers cut it at the cell's edge",
    (_name, blob) => {
      const table = (content: string) => {
        const doc = build(
          `<body><section orientation="landscape"><table widths="2,5,3,10,5" header-rows="1" size="9"><tr><th>STT</th><th>Mã số</th><th>Ngày tiếp nhận</th><th>Nội dung</th><th>Đơn vị</th></tr><tr><td>1</td><td>TU-2026-0417</td><td>01/03/2026</td><td>${content}</td><td>Xã An Bình</td></tr></table></section></body>`,
        );
        const section = doc.children.find((b) => b.type === "section") as Extract<Block, { type: "section" }>;
        return section.children.find((b) => b.type === "table") as TableNode;
      };
      const plain = table("Đơn đề nghị xem xét việc bồi thường");
      const pasted = table(`Đơn kèm đường dẫn ${blob} đã gửi`);
      expect(pasted.widths).toEqual(plain.widths);
      expect(pasted.size).toBe(9);
      // A Mã số of 30 characters is still kept on one line: its column widens for it.
      const code = `TU-2026-${"0".repeat(22)}`;
      expect(code.length).toBe(LONGEST_WHOLE_WORD);
      const longCode = build(
        `<body><section orientation="landscape"><table widths="2,1,30" header-rows="1" size="9"><tr><th>STT</th><th>Mã số</th><th>Nội dung</th></tr><tr><td>1</td><td>${code}</td><td>x</td></tr></table></section></body>`,
      );
      const section = longCode.children.find((b) => b.type === "section") as Extract<Block, { type: "section" }>;
      const [, codeWidth] = (section.children.find((b) => b.type === "table") as TableNode).widths as [number, number];
      // 30 characters at 9 pt: about 45 mm with the padding.
      expect(codeWidth).toBeGreaterThan(40);
    },
  );

  it("in a header tree a leaf's words widen its own column, not the column a spanning cell above pushes it from", () => {
    // "Đơn vị" spans both header rows: the second row's "Kỳ trước chuyển sang" is the second column, not the first.
    const doc = build(
      `<body><section orientation="landscape"><table widths="100,1,1,1" header-rows="2" size="6"><tr><th rowspan="2">Đơn vị</th><th colspan="3">Tổng số đơn</th></tr><tr><th>Tổng</th><th>Kỳ trước chuyển sang</th><th>Tiếp nhận</th></tr><tr><td>Tỉnh ủy</td><td>1</td><td>2</td><td>3</td></tr></table></section></body>`,
    );
    const section = doc.children.find((b) => b.type === "section") as Extract<Block, { type: "section" }>;
    const table = section.children.find((b) => b.type === "table") as TableNode;
    const [, total, before, received] = table.widths as [number, number, number, number];
    // "chuyển" and "Tiếp" at 6 pt need about 6 mm and 4 mm plus the padding; "Tổng" less than "chuyển".
    expect(before).toBeGreaterThan(total);
    expect(before).toBeGreaterThanOrEqual(9);
    expect(received).toBeGreaterThanOrEqual(7);
  });

  it("an official form's thirty columns take a smaller type rather than break a header word", () => {
    const heads = Array.from({ length: 30 }, () => "<th>Số người được tiếp</th>").join("");
    const doc = build(
      `<body><section orientation="landscape"><table widths="${Array(30).fill(1).join(",")}" header-rows="1" size="6"><tr>${heads}</tr></table></section></body>`,
    );
    const section = doc.children.find((b) => b.type === "section") as Extract<Block, { type: "section" }>;
    const table = section.children.find((b) => b.type === "table") as TableNode;
    expect(table.size).toBeLessThan(6);
    expect(table.size).toBeGreaterThanOrEqual(5);
    // Equal columns: each as wide as "người" at the smaller size, and all of them within the page.
    expect(new Set(table.widths).size).toBe(1);
    expect(table.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(252.5);
  });

  it("codes of 30 characters in five columns that cannot fit even at 5 pt squeeze the long words, not the dates and row numbers (review s12 #6)", () => {
    const w30 = "W".repeat(LONGEST_WHOLE_WORD);
    const doc = build(
      `<body><section orientation="landscape"><table widths="2,5,3,5,10,5,5,5" header-rows="1" size="9"><tr><th>STT</th><th>Mã số</th><th>Ngày tiếp nhận</th><th>Người gửi</th><th>Nội dung</th><th>Cơ quan xử lý</th><th>Đơn vị</th><th>Số người</th></tr><tr><td>1</td><td>${w30}</td><td>24/02/2026</td><td>${w30}</td><td>${w30}</td><td>${w30}</td><td>${w30}</td><td>12</td></tr></table></section></body>`,
    );
    const section = doc.children.find((b) => b.type === "section") as Extract<Block, { type: "section" }>;
    const table = section.children.find((b) => b.type === "table") as TableNode;
    const [stt, , date, , , , , people] = table.widths as number[];
    // "24/02/2026" at 9 pt needs about 16 mm with the padding, "STT" about 8 mm, "người" about 9 mm.
    expect(date).toBeGreaterThanOrEqual(17);
    expect(stt).toBeGreaterThanOrEqual(8);
    expect(people).toBeGreaterThanOrEqual(9);
    expect(table.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(252, 0);
    expect(table.size).toBe(9);
  });

  it("a table too wide for the page even at its narrowest words still fits the page", () => {
    const cells = (t: string) => Array.from({ length: 40 }, () => `<td>${t}</td>`).join("");
    const doc = build(
      `<body><table widths="${Array(40).fill(1).join(",")}" header-rows="0" size="9"><tr>${cells("01/03/2026")}</tr></table></body>`,
    );
    const table = doc.children.find((b) => b.type === "table" && b.borders !== false) as TableNode;
    expect(table.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(166);
  });
});
