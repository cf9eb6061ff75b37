import { describe, expect, it } from "vitest";
import { MarkupError, parseMarkup } from "./parseMarkup.js";

describe("parseMarkup: the XHTML-like subset templates produce", () => {
  it("reads paragraphs with marks and collapses whitespace like HTML", () => {
    expect(
      parseMarkup(`<body>
  <h1>I. KẾT QUẢ</h1>
  <p align="justify">Trong quý,   <b>Bí thư</b> đã tiếp <i>12</i> lượt<br/>  công dân.</p>
  <ul><li>Đất đai</li><li><u>Môi trường</u></li></ul>
  <page-break/>
</body>`),
    ).toMatchInlineSnapshot(`
      [
        {
          "children": [
            {
              "type": "text",
              "value": "I. KẾT QUẢ",
            },
          ],
          "level": 1,
          "type": "heading",
        },
        {
          "align": "justify",
          "children": [
            {
              "type": "text",
              "value": "Trong quý, ",
            },
            {
              "bold": true,
              "type": "text",
              "value": "Bí thư",
            },
            {
              "type": "text",
              "value": " đã tiếp ",
            },
            {
              "italic": true,
              "type": "text",
              "value": "12",
            },
            {
              "type": "text",
              "value": " lượt",
            },
            {
              "type": "break",
            },
            {
              "type": "text",
              "value": "công dân.",
            },
          ],
          "type": "paragraph",
        },
        {
          "items": [
            {
              "children": [
                {
                  "type": "text",
                  "value": "Đất đai",
                },
              ],
              "type": "listItem",
            },
            {
              "children": [
                {
                  "type": "text",
                  "underline": true,
                  "value": "Môi trường",
                },
              ],
              "type": "listItem",
            },
          ],
          "ordered": false,
          "type": "list",
        },
        {
          "type": "pageBreak",
        },
      ]
    `);
  });

  it("reads a two-level statistical header with colspan and rowspan inside a landscape section", () => {
    const [section] = parseMarkup(`<body><section orientation="landscape">
<table widths="3,1,1,1" header-rows="2" size="12">
  <tr><th rowspan="2">Đơn vị</th><th colspan="3">Số vụ việc</th></tr>
  <tr><th>Tổng</th><th>Khiếu nại</th><th>Tố cáo</th></tr>
  <tr><td>Xã An Bình</td><td align="right">12</td><td align="right">3</td><td align="right">1</td></tr>
</table></section></body>`);
    expect(section?.type).toBe("section");
    const table = section?.type === "section" ? section.children[0] : undefined;
    expect(table).toMatchObject({ type: "table", widths: [3, 1, 1, 1], headerRows: 2, size: 12 });
    expect(table?.type === "table" && table.rows[0]?.cells.map((c) => [c.rowSpan, c.colSpan, c.align])).toEqual([
      [2, undefined, "center"],
      [undefined, 3, "center"],
    ]);
    expect(table?.type === "table" && table.rows[1]?.cells[0]?.children[0]).toMatchObject({ type: "paragraph" });
    const first = table?.type === "table" ? table.rows[1]?.cells[0]?.children[0] : undefined;
    expect(first?.type === "paragraph" && first.children).toEqual([{ type: "text", value: "Tổng", bold: true }]);
  });

  it("decodes the entities Handlebars escapes with", () => {
    expect(parseMarkup("<body><p>&lt;Nguyễn &amp; cộng sự&gt; &#x27;a&#x3D;b&#x27;</p></body>")).toEqual([
      { type: "paragraph", children: [{ type: "text", value: "<Nguyễn & cộng sự> 'a=b'" }] },
    ]);
  });

  it.each([
    ["<body><p>x</body>", "MARKUP_SYNTAX", 1],
    ["<body>\n<p align=center>x</p></body>", "MARKUP_SYNTAX", 2],
    ["<body><p>&nbsp;</p></body>", "MARKUP_SYNTAX", 1],
    ["<body>\n\n<blink>x</blink></body>", "MARKUP_UNKNOWN_ELEMENT", 3],
    ['<body><p colour="red">x</p></body>', "MARKUP_UNKNOWN_ATTRIBUTE", 1],
    ['<body><p align="middle">x</p></body>', "MARKUP_BAD_ATTRIBUTE", 1],
    ["<body>\n<td>x</td></body>", "MARKUP_MISPLACED", 2],
    ['<body><table widths="1,1">Xin chào<tr><td>a</td><td>b</td></tr></table></body>', "MARKUP_TEXT_MISPLACED", 1],
    ['<body>\n<table widths="1,1">\n<tr><td>a</td></tr>\n</table></body>', "MARKUP_TABLE_SHAPE", 3],
    ['<body><table widths="1,1"><tr><td colspan="3">a</td></tr></table></body>', "MARKUP_TABLE_SHAPE", 1],
    ["<body><p><p>x</p></p></body>", "MARKUP_MISPLACED", 1],
    ["<section orientation='landscape'></section>", "MARKUP_MISPLACED", 1],
    ["<body>x</body>", "MARKUP_TEXT_MISPLACED", 1],
    [
      '<body><section orientation="landscape"><section orientation="portrait"></section></section></body>',
      "MARKUP_MISPLACED",
      1,
    ],
  ])("%s → %s on line %i", (markup, code, line) => {
    let error: unknown;
    try {
      parseMarkup(markup);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MarkupError);
    expect((error as MarkupError).code).toBe(code);
    expect((error as MarkupError).line).toBe(line);
    expect((error as MarkupError).message).toMatch(/^Dòng \d+, cột \d+: /);
  });

  it("says what is wrong in Vietnamese", () => {
    expect(() =>
      parseMarkup('<body>\n<table widths="1,1">\n<tr><td>a</td></tr>\n</table></body>'),
    ).toThrowErrorMatchingInlineSnapshot(`[MarkupError: Dòng 3, cột 5: Hàng 1 của bảng có 1 ô, cần đủ 2 cột.]`);
  });
});
