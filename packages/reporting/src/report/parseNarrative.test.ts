import { ProblemSchema } from "@tiepdan/core";
import { describe, expect, it } from "vitest";
import { completeNarrative, parseNarrative, placeholderNarrative } from "./parseNarrative.js";

/** Codes and rows of the problems, the part most rules are about. */
const codes = (text: string) => parseNarrative(text).problems.map((p) => `${p.row}:${p.code}`);

describe("parseNarrative: sections and paragraphs (DESIGN.md: `## Heading` lines, blank-line-separated paragraphs)", () => {
  it.each([
    [
      "one section, one paragraph",
      "## Đánh giá chung\n\nĐã tiếp dân đúng lịch.\n",
      [],
      [{ heading: "Đánh giá chung", paragraphs: ["Đã tiếp dân đúng lịch."] }],
    ],
    [
      "lines of a paragraph are joined by a space",
      "## Đánh giá chung\nDòng một\nDòng hai\n  dòng ba  \n",
      [],
      [{ heading: "Đánh giá chung", paragraphs: ["Dòng một Dòng hai dòng ba"] }],
    ],
    [
      "blank lines (also with spaces only) separate paragraphs; several in a row make no empty paragraph",
      "## A\nĐoạn một.\n\n\n   \nĐoạn hai.\n\t\nĐoạn ba.",
      [],
      [{ heading: "A", paragraphs: ["Đoạn một.", "Đoạn hai.", "Đoạn ba."] }],
    ],
    [
      "runs of spaces and tabs inside a paragraph become one space",
      "## A\nMột   hai\tba",
      [],
      [{ heading: "A", paragraphs: ["Một hai ba"] }],
    ],
    [
      "text before the first heading is the intro",
      "Mở đầu một\ndòng tiếp.\n\nMở đầu hai.\n## Nhiệm vụ\nViệc cần làm.",
      ["Mở đầu một dòng tiếp.", "Mở đầu hai."],
      [{ heading: "Nhiệm vụ", paragraphs: ["Việc cần làm."] }],
    ],
    [
      "a heading ends the paragraph above it without a blank line",
      "## A\nĐoạn của A\n## B\nĐoạn của B",
      [],
      [
        { heading: "A", paragraphs: ["Đoạn của A"] },
        { heading: "B", paragraphs: ["Đoạn của B"] },
      ],
    ],
    [
      "sections stay in file order",
      "## Công tác lãnh đạo\nx\n## Đánh giá\ny\n## Nhiệm vụ\nz",
      [],
      [
        { heading: "Công tác lãnh đạo", paragraphs: ["x"] },
        { heading: "Đánh giá", paragraphs: ["y"] },
        { heading: "Nhiệm vụ", paragraphs: ["z"] },
      ],
    ],
    [
      "a heading with trailing #s (closing sequence) loses them",
      "##   Đánh giá chung   ##  \nx",
      [],
      [{ heading: "Đánh giá chung", paragraphs: ["x"] }],
    ],
    [
      "a # inside a heading's words is kept (no blank before it)",
      "## Mục C#\nx",
      [],
      [{ heading: "Mục C#", paragraphs: ["x"] }],
    ],
    [
      "a # not followed by a blank is text, not a heading",
      "## A\n#5 hộ dân đã nhận tiền.",
      [],
      [{ heading: "A", paragraphs: ["#5 hộ dân đã nhận tiền."] }],
    ],
    ["seven #s is not a heading", "## A\n####### bảy dấu", [], [{ heading: "A", paragraphs: ["####### bảy dấu"] }]],
    ["an empty file", "", [], []],
    ["a file of blank lines", "\n\n  \n", [], []],
  ])("%s", (_rule, text, intro, sections) => {
    const n = parseNarrative(text);
    expect(n.intro).toEqual(intro);
    expect(n.sections).toEqual(sections);
    expect(n.problems).toEqual([]);
  });
});

describe("parseNarrative: the file as saved by a text editor", () => {
  const expected = {
    intro: ["Mở đầu."],
    sections: [{ heading: "Đánh giá chung", paragraphs: ["Dòng một dòng hai.", "Đoạn hai."] }],
    problems: [],
  };
  const lf = "Mở đầu.\n\n## Đánh giá chung\nDòng một\ndòng hai.\n\nĐoạn hai.\n";
  it.each([
    ["LF line ends", lf],
    ["a UTF-8 byte order mark", `\uFEFF${lf}`],
    ["CRLF line ends (Windows)", lf.replace(/\n/g, "\r\n")],
    ["CR line ends (old Mac)", lf.replace(/\n/g, "\r")],
    ["a BOM and CRLF together", `\uFEFF${lf.replace(/\n/g, "\r\n")}`],
    ["mixed line ends", "Mở đầu.\r\n\r## Đánh giá chung\nDòng một\r\ndòng hai.\r\rĐoạn hai.\n"],
  ])("accepts %s", (_rule, text) => {
    expect(parseNarrative(text)).toEqual(expected);
  });

  it("a BOM does not hide a heading on the first line", () => {
    expect(parseNarrative("\uFEFF## Đánh giá\r\nx").sections).toEqual([{ heading: "Đánh giá", paragraphs: ["x"] }]);
  });

  it("normalises decomposed (NFD) input to NFC, in headings and paragraphs", () => {
    const nfd = "## Đánh giá chung\nNgười dân được tiếp đầy đủ.".normalize("NFD");
    expect(nfd).not.toBe(nfd.normalize("NFC")); // the input really is decomposed
    const n = parseNarrative(nfd);
    expect(n.sections).toEqual([{ heading: "Đánh giá chung", paragraphs: ["Người dân được tiếp đầy đủ."] }]);
    const all = [n.sections[0]?.heading, ...(n.sections[0]?.paragraphs ?? [])].join("");
    expect(all).toBe(all.normalize("NFC"));
  });

  it("sees an NFD heading and an NFC heading as the same (duplicate)", () => {
    expect(codes(`## Đánh giá\nx\n## ${"Đánh giá".normalize("NFD")}\ny`)).toEqual(["3:NARRATIVE_DUPLICATE_HEADING"]);
  });

  it("refuses what is not text", () => {
    expect(() => parseNarrative(undefined as unknown as string)).toThrow(TypeError);
  });
});

describe("parseNarrative: text is kept verbatim, never compiled (DESIGN.md “inserted as text”)", () => {
  it.each([
    ["markup", "<b>x</b> & <script>alert(1)</script>"],
    ["Handlebars", "{{x}} {{{y}}} {{#each z}}{{/each}}"],
    ["entities", "&amp; &lt; &nbsp;"],
    ["a Markdown emphasis", "**đậm** _nghiêng_"],
  ])("%s", (_kind, text) => {
    const n = parseNarrative(`${text}\n\n## ${text}\n${text}`);
    expect(n.intro).toEqual([text]);
    expect(n.sections).toEqual([{ heading: text, paragraphs: [text] }]);
    expect(n.problems).toEqual([]);
  });
});

describe("parseNarrative: what looks wrong is a warning with its line, and the text is still kept", () => {
  it.each([
    ["NARRATIVE_LEVEL for `#`", "# Đánh giá\nx", ["1:NARRATIVE_LEVEL"], [{ heading: "Đánh giá", paragraphs: ["x"] }]],
    [
      "NARRATIVE_LEVEL for `###`",
      "## A\nx\n### Tiểu mục\ny",
      ["3:NARRATIVE_LEVEL"],
      [
        { heading: "A", paragraphs: ["x"] },
        { heading: "Tiểu mục", paragraphs: ["y"] },
      ],
    ],
    [
      "NARRATIVE_EMPTY_HEADING (and its section gets a visible name)",
      "##\nx",
      ["1:NARRATIVE_EMPTY_HEADING"],
      [{ heading: "(Mục chưa đặt tên)", paragraphs: ["x"] }],
    ],
    [
      "NARRATIVE_EMPTY_HEADING for a heading of blanks and #s only",
      "##    ##\nx",
      ["1:NARRATIVE_EMPTY_HEADING"],
      [{ heading: "(Mục chưa đặt tên)", paragraphs: ["x"] }],
    ],
    [
      "NARRATIVE_CONTROL_CHAR for a control character and for a right-to-left override (removed)",
      "## A\nx\u0001y\nĐánh \u202egiá",
      ["2:NARRATIVE_CONTROL_CHAR", "3:NARRATIVE_CONTROL_CHAR"],
      [{ heading: "A", paragraphs: ["xy Đánh giá"] }],
    ],
    [
      "NARRATIVE_EMPTY_SECTION",
      "## A\n\n## B\ny",
      ["1:NARRATIVE_EMPTY_SECTION"],
      [
        { heading: "A", paragraphs: [] },
        { heading: "B", paragraphs: ["y"] },
      ],
    ],
    [
      "NARRATIVE_EMPTY_SECTION for the last section",
      "## A\nx\n## B\n\n\n",
      ["3:NARRATIVE_EMPTY_SECTION"],
      [
        { heading: "A", paragraphs: ["x"] },
        { heading: "B", paragraphs: [] },
      ],
    ],
    [
      "NARRATIVE_DUPLICATE_HEADING, case-insensitive (Vietnamese capitals)",
      "## Đánh giá chung\nx\n## ĐÁNH GIÁ CHUNG\ny",
      ["3:NARRATIVE_DUPLICATE_HEADING"],
      [
        { heading: "Đánh giá chung", paragraphs: ["x"] },
        { heading: "ĐÁNH GIÁ CHUNG", paragraphs: ["y"] },
      ],
    ],
    [
      "two empty headings are not duplicates of each other",
      "##\nx\n##\ny",
      ["1:NARRATIVE_EMPTY_HEADING", "3:NARRATIVE_EMPTY_HEADING"],
      [
        { heading: "(Mục chưa đặt tên)", paragraphs: ["x"] },
        { heading: "(Mục chưa đặt tên)", paragraphs: ["y"] },
      ],
    ],
  ])("%s", (_rule, text, expectedCodes, sections) => {
    const n = parseNarrative(text);
    expect(n.problems.map((p) => `${p.row}:${p.code}`)).toEqual(expectedCodes);
    expect(n.sections).toEqual(sections);
    for (const p of n.problems) expect(p).toMatchObject({ severity: "warning", field: "narrative", column: "" });
  });

  it("says which control it removed: one a document cannot hold, or one that prints Word's text backwards", () => {
    const n = parseNarrative("## A\nx\u0001y\nĐánh \u202egiá");
    expect(n.problems.map((p) => p.message)).toEqual([
      "Dòng 2: có ký tự điều khiển không in được (văn bản Word, PDF không chứa được); ký tự đó đã được bỏ đi.",
      "Dòng 3: có ký tự điều khiển không in được (ký tự đổi chiều viết: văn bản Word in ngược phần chữ sau nó); ký tự đó đã được bỏ đi.",
    ]);
  });

  it("lists every problem of a file with several mistakes, in line order, with `row` = the line number", () => {
    const text = [
      "Mở đầu.", // 1
      "", // 2
      "# Công tác lãnh đạo", // 3: one #
      "Nội dung lãnh đạo.", // 4
      "", // 5
      "## ", // 6: empty heading, empty section
      "", // 7
      "## Đánh giá chung", // 8
      "Đoạn.", // 9
      "### đánh giá CHUNG", // 10: three #s, duplicate of line 8
      "Đoạn khác.", // 11
      "## Nhiệm vụ", // 12: empty section at the end
    ].join("\r\n");
    const n = parseNarrative(text);
    expect(n.intro).toEqual(["Mở đầu."]);
    expect(n.sections.map((s) => s.heading)).toEqual([
      "Công tác lãnh đạo",
      "(Mục chưa đặt tên)",
      "Đánh giá chung",
      "đánh giá CHUNG",
      "Nhiệm vụ",
    ]);
    for (const p of n.problems) expect(ProblemSchema.safeParse(p).success, p.code).toBe(true);
    expect(n.problems).toMatchInlineSnapshot(`
      [
        {
          "code": "NARRATIVE_LEVEL",
          "column": "",
          "field": "narrative",
          "message": "Dòng 3: tiêu đề mục phải bắt đầu bằng “## ” (hai dấu #); dòng “# Công tác lãnh đạo” được coi là tiêu đề mục.",
          "row": 3,
          "severity": "warning",
          "value": "# Công tác lãnh đạo",
        },
        {
          "code": "NARRATIVE_EMPTY_HEADING",
          "column": "",
          "field": "narrative",
          "message": "Dòng 6: tiêu đề mục để trống; hãy viết tên mục sau “## ”.",
          "row": 6,
          "severity": "warning",
        },
        {
          "code": "NARRATIVE_EMPTY_SECTION",
          "column": "",
          "field": "narrative",
          "message": "Dòng 6: mục “(Mục chưa đặt tên)” chưa có nội dung.",
          "row": 6,
          "severity": "warning",
          "value": "(Mục chưa đặt tên)",
        },
        {
          "code": "NARRATIVE_LEVEL",
          "column": "",
          "field": "narrative",
          "message": "Dòng 10: tiêu đề mục phải bắt đầu bằng “## ” (hai dấu #); dòng “### đánh giá CHUNG” được coi là tiêu đề mục.",
          "row": 10,
          "severity": "warning",
          "value": "### đánh giá CHUNG",
        },
        {
          "code": "NARRATIVE_DUPLICATE_HEADING",
          "column": "",
          "field": "narrative",
          "message": "Dòng 10: mục “đánh giá CHUNG” đã có ở dòng 8; hai mục sẽ được in riêng.",
          "row": 10,
          "severity": "warning",
          "value": "đánh giá CHUNG",
        },
        {
          "code": "NARRATIVE_EMPTY_SECTION",
          "column": "",
          "field": "narrative",
          "message": "Dòng 12: mục “Nhiệm vụ” chưa có nội dung.",
          "row": 12,
          "severity": "warning",
          "value": "Nhiệm vụ",
        },
      ]
    `);
  });
});

describe("parseNarrative: headings a clerk numbered as the outline does (review s18b F4, F5)", () => {
  it.each([
    ["## I. Công tác lãnh đạo, chỉ đạo\n\nA.\n", ["Công tác lãnh đạo, chỉ đạo"]],
    ["## 2. Đánh giá chung\n\nB.\n", ["Đánh giá chung"]],
    ["## a) Kiến nghị\n\nC.\n", ["Kiến nghị"]],
    [
      "I. Công tác lãnh đạo, chỉ đạo\n\nA.\n\nII. ĐÁNH GIÁ CHUNG\n\nB.\n",
      ["Công tác lãnh đạo, chỉ đạo", "ĐÁNH GIÁ CHUNG"],
    ],
    // A numbered sentence inside a section, or one with a paragraph right after it, stays text.
    ["## Đánh giá\n\nI. Ưu điểm: đã tiếp dân đúng lịch.\n", ["Đánh giá"]],
    ["## Đánh giá\n\nII. Hạn chế\ncòn vụ việc kéo dài\n", ["Đánh giá"]],
    // A heading that is a year or a name is not cut.
    ["## 2026 - năm bản lề\n\nD.\n", ["2026 - năm bản lề"]],
  ])("%j → %j", (text, headings) => {
    expect(parseNarrative(text).sections.map((x) => x.heading)).toEqual(headings);
  });
});

describe("completeNarrative: one rule for “Kiến nghị, đề xuất”, whether the file is empty or partial (review F10)", () => {
  it("the Party's proposals are optional: neither printed as a placeholder nor named as missing", () => {
    expect(placeholderNarrative("party").sections.map((x) => x.heading)).toEqual([
      "Công tác lãnh đạo, chỉ đạo",
      "Đánh giá chung",
      "Phương hướng, nhiệm vụ thời gian tới",
    ]);
    expect(completeNarrative(parseNarrative("\n"), "party").missing).not.toContain("Kiến nghị, đề xuất");
    expect(completeNarrative(parseNarrative("## Đánh giá chung\n\nA.\n"), "party").missing).toEqual([
      "Công tác lãnh đạo, chỉ đạo",
      "Phương hướng, nhiệm vụ thời gian tới",
    ]);
  });

  it("TT 06/2025/TT-TTCP Mẫu số 02 part VI: the State's proposals are required, last, empty file or partial", () => {
    expect(completeNarrative(parseNarrative("\n"), "state").missing.at(-1)).toBe("Kiến nghị, đề xuất");
    const partial = completeNarrative(parseNarrative("## Nhận xét, đánh giá\n\nA.\n"), "state");
    expect(partial.missing).toEqual([
      "Công tác lãnh đạo, chỉ đạo, điều hành",
      "Dự báo tình hình",
      "Phương hướng, nhiệm vụ, giải pháp",
      "Kiến nghị, đề xuất",
    ]);
    expect(partial.narrative.sections.map((x) => x.heading)).toEqual([
      "Công tác lãnh đạo, chỉ đạo, điều hành",
      "Nhận xét, đánh giá",
      "Dự báo tình hình",
      "Phương hướng, nhiệm vụ, giải pháp",
      "Kiến nghị, đề xuất",
    ]);
  });

  const allBut = "## Điều hành\n\nA.\n\n## Nhận xét\n\nB.\n\n## Dự báo\n\nC.\n\n## Phương hướng\n\nD.\n\n";
  it.each([
    ["Kiến nghị, đề xuất", false],
    ["Đề xuất, kiến nghị", false],
    ["Kiến nghị", false],
    ["Đề nghị", false],
    // The citizens' petitions a heading names are no proposals of the report.
    ["Kết quả xử lý phản ánh, kiến nghị", true],
    ["Xử lý kiến nghị, phản ánh", true],
    ["Giải quyết kiến nghị của công dân", true],
  ])("a State section headed “%s” → a “Kiến nghị, đề xuất” placeholder added: %s", (heading, added) => {
    const { missing } = completeNarrative(parseNarrative(`${allBut}## ${heading}\n\nE.\n`), "state");
    expect(missing.includes("Kiến nghị, đề xuất")).toBe(added);
  });
});

describe("completeNarrative: which heading is the proposals part (review R4, R6, R10)", () => {
  const allBut = "## Điều hành\n\nA.\n\n## Nhận xét\n\nB.\n\n## Dự báo\n\nC.\n\n## Phương hướng\n\nD.\n\n";
  it.each([
    // The citizens' letters a heading names are no proposals of the report (R4).
    ["Kết quả xử lý đơn khiếu nại, kiến nghị", false],
    ["Tình hình tiếp nhận đơn kiến nghị", false],
    ["Kiến nghị của công dân", false],
    ["Kiến nghị của cử tri về đất đai", false],
    ["Các kiến nghị của người dân", false],
    ["Kiến nghị, phản ánh", false],
    // The report's own proposals, however the clerk begins or numbers the heading (R6).
    ["Kiến nghị của Ủy ban nhân dân tỉnh", true],
    ["VI. Kiến nghị của UBND tỉnh", true],
    ["Các kiến nghị", true],
    ["KIẾN NGHỊ, ĐỀ XUẤT", true],
    ["Đề xuất, kiến nghị", true],
    ["Đề nghị", true],
  ])("R4, R6: a State narrative's last heading “%s” → the proposals part: %s", (heading, proposals) => {
    const { missing } = completeNarrative(parseNarrative(`${allBut}## ${heading}\n\nE.\n`), "state");
    expect(missing.includes("Kiến nghị, đề xuất")).toBe(!proposals);
  });

  it.each([
    // A heading taken as another required part is that part, not the proposals too (R4).
    [
      "## Điều hành\n\nA.\n\n## Nhận xét\n\nB.\n\n## Dự báo\n\nC.\n\n## Phương hướng, nhiệm vụ và đề xuất giải pháp\n\nD.\n",
      ["Kiến nghị, đề xuất"],
    ],
    [
      "## Điều hành\n\nA.\n\n## Nhận xét\n\nB.\n\n## Dự báo\n\nC.\n\n## Đề xuất giải pháp\n\nD.\n",
      ["Kiến nghị, đề xuất"],
    ],
    ["## Điều hành\n\nA.\n\n## Nhận xét\n\nB.\n\n## Dự báo\n\nC.\n\n## Giải pháp\n\nD.\n\n## Đề xuất\n\nE.\n", []],
  ])("R4: %j → missing %j", (text, missing) => {
    expect(completeNarrative(parseNarrative(text), "state").missing).toEqual(missing);
  });

  it.each([
    [
      "party, leadership and proposals",
      "party",
      "## Công tác lãnh đạo, chỉ đạo\n\nA.\n\n## Kiến nghị, đề xuất\n\nE.\n",
      ["Công tác lãnh đạo, chỉ đạo", "Đánh giá chung", "Phương hướng, nhiệm vụ thời gian tới", "Kiến nghị, đề xuất"],
    ],
    [
      "party, proposals only",
      "party",
      "## Đề xuất\n\nE.\n",
      ["Công tác lãnh đạo, chỉ đạo", "Đánh giá chung", "Phương hướng, nhiệm vụ thời gian tới", "Đề xuất"],
    ],
    [
      "party, a heading outside the outline stays where the clerk put it",
      "party",
      "## Lãnh đạo\n\nA.\n\n## Khác\n\nX.\n\n## Kiến nghị\n\nE.\n",
      ["Lãnh đạo", "Khác", "Đánh giá chung", "Phương hướng, nhiệm vụ thời gian tới", "Kiến nghị"],
    ],
    [
      "state, leadership and proposals",
      "state",
      "## Công tác lãnh đạo, chỉ đạo, điều hành\n\nA.\n\n## Kiến nghị của UBND tỉnh\n\nE.\n",
      [
        "Công tác lãnh đạo, chỉ đạo, điều hành",
        "Nhận xét, đánh giá",
        "Dự báo tình hình",
        "Phương hướng, nhiệm vụ, giải pháp",
        "Kiến nghị của UBND tỉnh",
      ],
    ],
  ] as const)("R10: %s → the placeholders before the clerk's proposals", (_what, profile, text, headings) => {
    const done = completeNarrative(parseNarrative(text), profile);
    expect(done.narrative.sections.map((x) => x.heading)).toEqual(headings);
    // Optional for the Party: never named as missing.
    if (profile === "party") expect(done.missing).not.toContain("Kiến nghị, đề xuất");
  });
});

describe("completeNarrative: the usual wordings of the proposals heading (review s20b S4, S5)", () => {
  const allBut = "## Điều hành\n\nA.\n\n## Nhận xét\n\nB.\n\n## Dự báo\n\nC.\n\n## Phương hướng\n\nD.\n\n";
  it.each([
    ["Một số kiến nghị, đề xuất", "Một số kiến nghị, đề xuất"],
    ["V. MỘT SỐ KIẾN NGHỊ, ĐỀ XUẤT", "MỘT SỐ KIẾN NGHỊ, ĐỀ XUẤT"],
    ["Những kiến nghị, đề xuất", "Những kiến nghị, đề xuất"],
    ["Phần VI - Kiến nghị, đề xuất", "Kiến nghị, đề xuất"],
    ["PHẦN VI. KIẾN NGHỊ, ĐỀ XUẤT", "KIẾN NGHỊ, ĐỀ XUẤT"],
    ["Mục VI: Kiến nghị, đề xuất", "Kiến nghị, đề xuất"],
    ["6.1. Kiến nghị với Chính phủ", "Kiến nghị với Chính phủ"],
    ["6.1 Kiến nghị với Chính phủ", "Kiến nghị với Chính phủ"],
    ["Kiến nghị Chính phủ chỉ đạo giải quyết dứt điểm", "Kiến nghị Chính phủ chỉ đạo giải quyết dứt điểm"],
    ["Kiến nghị, đề xuất giải pháp", "Kiến nghị, đề xuất giải pháp"],
    ["Đề nghị Thanh tra Chính phủ hướng dẫn", "Đề nghị Thanh tra Chính phủ hướng dẫn"],
  ])(
    "S4: a State narrative's last heading “%s” is the proposals part, printed “%s”, and nothing is added",
    (heading, printed) => {
      const done = completeNarrative(parseNarrative(`${allBut}## ${heading}\n\nE.\n`), "state");
      expect(done.missing).toEqual([]);
      expect(done.passedOver).toEqual([]);
      expect(done.narrative.sections.at(-1)?.heading).toBe(printed);
    },
  );

  const noTasks = "## Điều hành\n\nA.\n\n## Nhận xét\n\nB.\n\n## Dự báo\n\nC.\n\n";
  it.each([
    // Proposed tasks are still the tasks part (review R4).
    [`${noTasks}## Đề xuất giải pháp\n\nE.\n`, ["Kiến nghị, đề xuất"]],
    [`${noTasks}## Đề xuất nhiệm vụ năm 2027\n\nE.\n`, ["Kiến nghị, đề xuất"]],
    // A heading that begins with the proposals is not the leadership or the tasks too.
    [
      "## Nhận xét\n\nB.\n\n## Dự báo\n\nC.\n\n## Phương hướng\n\nD.\n\n## Kiến nghị Chính phủ chỉ đạo\n\nE.\n",
      ["Công tác lãnh đạo, chỉ đạo, điều hành"],
    ],
    [`${noTasks}## Kiến nghị, đề xuất giải pháp\n\nE.\n`, ["Phương hướng, nhiệm vụ, giải pháp"]],
  ])("S4: %j → missing %j", (text, missing) => {
    expect(completeNarrative(parseNarrative(text), "state").missing).toEqual(missing);
  });

  it.each([
    ["## Phần I - Công tác lãnh đạo, chỉ đạo\n\nA.\n", ["Công tác lãnh đạo, chỉ đạo"]],
    ["## Mục 2. Đánh giá chung\n\nB.\n", ["Đánh giá chung"]],
    ["## 3.2. Nhiệm vụ\n\nC.\n", ["Nhiệm vụ"]],
    // Not numbering: a number in the words, a part without a numeral.
    ["## 1.5 triệu lượt tiếp\n\nD.\n", ["1.5 triệu lượt tiếp"]],
    ["## Phần kiến nghị\n\nE.\n", ["Phần kiến nghị"]],
    ["## Mục tiêu năm 2027\n\nF.\n", ["Mục tiêu năm 2027"]],
    ["## Phần vi phạm\n\nG.\n", ["Phần vi phạm"]],
  ])("S4: the clerk's own numbering “Phần I -”, “Mục 2.”, “3.2.” goes: %j → %j", (text, headings) => {
    expect(parseNarrative(text).sections.map((x) => x.heading)).toEqual(headings);
  });

  it.each([
    [
      "Một số kiến nghị, đề xuất",
      [
        "Công tác lãnh đạo, chỉ đạo",
        "Đánh giá chung",
        "Phương hướng, nhiệm vụ thời gian tới",
        "Một số kiến nghị, đề xuất",
      ],
    ],
    [
      "Phần IV - Kiến nghị, đề xuất",
      ["Công tác lãnh đạo, chỉ đạo", "Đánh giá chung", "Phương hướng, nhiệm vụ thời gian tới", "Kiến nghị, đề xuất"],
    ],
    [
      "Kiến nghị Trung ương chỉ đạo",
      [
        "Công tác lãnh đạo, chỉ đạo",
        "Đánh giá chung",
        "Phương hướng, nhiệm vụ thời gian tới",
        "Kiến nghị Trung ương chỉ đạo",
      ],
    ],
  ])(
    "S4: a Party narrative with the leadership and “%s” → the placeholders before the proposals (R10)",
    (heading, headings) => {
      const done = completeNarrative(
        parseNarrative(`## Công tác lãnh đạo, chỉ đạo\n\nA.\n\n## ${heading}\n\nE.\n`),
        "party",
      );
      expect(done.narrative.sections.map((x) => x.heading)).toEqual(headings);
      expect(done.missing).toEqual(["Đánh giá chung", "Phương hướng, nhiệm vụ thời gian tới"]);
    },
  );

  it.each([
    ["Kiến nghị, đề xuất của công dân"],
    ["Kiến nghị của tổ chức, công dân"],
    ["Kiến nghị của doanh nghiệp"],
    ["Một số kiến nghị của cử tri về đất đai"],
    ["Kiến nghị, đề xuất của các tổ chức"],
    ["Kiến nghị từ người dân"],
  ])("S5: a State narrative's last heading “%s” is the citizens' petitions: the proposals part is added", (heading) => {
    const done = completeNarrative(parseNarrative(`${allBut}## ${heading}\n\nE.\n`), "state");
    expect(done.missing).toEqual(["Kiến nghị, đề xuất"]);
    expect(done.passedOver).toEqual([{ heading, reason: "citizens" }]);
  });

  it.each([
    ["Kiến nghị của Ủy ban nhân dân tỉnh"],
    ["Kiến nghị với Trung ương"],
    ["Kiến nghị đối với Thanh tra Chính phủ"],
    ["Một số kiến nghị của UBND tỉnh"],
  ])("S5: “%s” is still the report's own proposals", (heading) => {
    expect(completeNarrative(parseNarrative(`${allBut}## ${heading}\n\nE.\n`), "state").missing).toEqual([]);
  });

  it.each([
    ["Tình hình kiến nghị, đề xuất của công dân", { reason: "citizens" }],
    ["Kết quả xử lý đơn khiếu nại, kiến nghị", { reason: "wording" }],
    ["Đề xuất nhiệm vụ năm 2027", { reason: "section", section: "Phương hướng, nhiệm vụ, giải pháp" }],
  ])("S4: a heading “%s” not taken as the proposals part is named, with why", (heading, why) => {
    const done = completeNarrative(
      parseNarrative(`## Điều hành\n\nA.\n\n## Nhận xét\n\nB.\n\n## Dự báo\n\nC.\n\n## ${heading}\n\nE.\n`),
      "state",
    );
    expect(done.missing).toContain("Kiến nghị, đề xuất");
    expect(done.passedOver).toEqual([{ heading, ...why }]);
  });

  it("S4: no heading is named when the narrative has its proposals part", () => {
    const text = `${allBut}## Kết quả xử lý đơn khiếu nại, kiến nghị\n\nX.\n\n## Kiến nghị, đề xuất\n\nE.\n`;
    expect(completeNarrative(parseNarrative(text), "state").passedOver).toEqual([]);
  });
});
