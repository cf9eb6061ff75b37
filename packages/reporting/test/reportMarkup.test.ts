// The periodic report's templates (@tiepdan/templates) produce markup that parseMarkup must accept: this checks the
// two packages together, since templates must not depend on the reporting package.
import { type ReportModel, renderPeriodicReport, type StatTable } from "@tiepdan/templates";
import { describe, expect, it } from "vitest";
import type { Block, Inline, TableNode } from "../src/document/ir.js";
import { parseMarkup } from "../src/document/parseMarkup.js";

/** Two groups of two leaves, two rows: the smallest two-level table. */
const SMALL: StatTable = {
  id: "xu-ly-don",
  title: "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN",
  sheetName: "Xử lý đơn",
  rowHeader: "Đơn vị",
  columns: [
    { label: "Theo loại", children: [{ label: "Khiếu nại" }, { label: "Tố cáo" }] },
    { label: "Theo hướng xử lý", children: [{ label: "Giải quyết" }, { label: "Hướng dẫn" }] },
  ],
  columnCodes: ["1", "2", "3=1+2", "4"],
  rows: [
    { label: "Xã An Bình", values: [1234, null, 5, 0] },
    { label: "Tổng số", values: [1234, null, 5, 0], total: true },
  ],
  notes: ["Số vụ việc tiếp nhận trong kỳ."],
};

const FLAT: StatTable = {
  id: "linh-vuc",
  title: "TỔNG HỢP THEO LĨNH VỰC",
  sheetName: "Lĩnh vực",
  rowHeader: "Lĩnh vực",
  columns: [{ label: "Số vụ việc" }],
  rows: [{ label: "Đất đai & <môi trường>", values: [12] }],
  notes: [],
};

const model = (patch: Partial<ReportModel> = {}): ReportModel => ({
  format: "tiepdan-report@1",
  settlement: null,
  processing: null,
  voice: { profile: "party", heads: "người đứng đầu cấp ủy các cấp", reception: "tiếp dân" },
  unit: { name: "Tỉnh ủy Minh Sơn", headTitle: "Bí thư Tỉnh ủy", level: "province", reporter: "Ban Thường vụ Tỉnh ủy" },
  period: {
    spec: "2026-Q1",
    kind: "quarter",
    label: "quý I năm 2026",
    from: "2026-01-01",
    to: "2026-03-31",
    cutoff: "calendar",
    asOf: "2026-03-31",
  },
  basis: "Quy định số 11-QĐi/TW",
  rows: { read: 10, accepted: 9, rejected: 1, files: 2 },
  unreported: [],
  narrative: {
    intro: ["Mở đầu."],
    leadership: { heading: "Công tác lãnh đạo, chỉ đạo", paragraphs: ["Đất đai <b>nóng</b> & phức tạp {{x}}"] },
    situation: [],
    others: [{ heading: "Nhiệm vụ <i>tới</i>", paragraphs: ["A & B"] }],
  },
  outline: {
    plan: "default",
    results: "II",
    others: ["III"],
    appendixSessions: 1,
    appendixCases: 2,
    appendixFields: 3,
    appendixOverdue: 3,
    appendixRegister: 4,
  },
  attachedTo: "Báo cáo số 12-BC/TU ngày 05/04/2026 của Tỉnh ủy Minh Sơn",
  sessions: {
    held: 4,
    scheduled: 3,
    adHoc: 1,
    people: 1234,
    dialogues: 1,
    required: 3,
    headDays: 2,
    monthsJudged: 3,
    openDays: 0,
    monthsShort: ["2026-02"],
    monthsOpen: [],
    unitsShort: [],
    status: "judged",
    months: [
      { month: "2026-01", days: 1, required: 1 },
      { month: "2026-02", days: 0, required: 1 },
      { month: "2026-03", days: 1, required: 1 },
    ],
    citation: "Quy định 11-QĐi/TW, khoản 1 Điều 4",
    rulesApplied: null,
  },
  cases: {
    total: 9,
    byKind: { reflection: 3, petition: 3, complaint: 2, denunciation: 1 },
    group: 1,
    people: 15,
    carriedOver: 2,
    byRoute: { handle: 4, direct: 2, guide: 2, archive: 0 },
    routeUnrecorded: 1,
    deadlineColumnsMissing: [],
    resolved: 6,
    open: 3,
    overdue: 1,
    byField: [{ label: "Đất đai", count: 9 }],
    byChannel: [{ label: "Trực tiếp", count: 9 }],
    byUnit: [{ label: "Xã An Bình", count: 9 }],
  },
  comparison: null,
  sessionsComparison: null,
  comparisonNote: "Chưa có số liệu cùng kỳ năm trước.",
  overdueItems: [
    {
      id: "TD-007",
      receivedOn: "2026-01-02",
      kinds: "Khiếu nại",
      field: "",
      unit: "Xã An Bình",
      missed: ["Thông báo bằng văn bản (hạn 15/01/2026)", "Thụ lý (hạn 20/01/2026)"],
    },
  ],
  tables: [SMALL, FLAT],
  register: {
    revealIdentities: false,
    scope: "all",
    rows: [
      {
        id: "TD-001",
        receivedOn: "2026-01-05",
        kinds: "Tố cáo",
        field: "Đất đai",
        sender: "(giữ bí mật)",
        address: "(giữ bí mật)",
        people: 1,
        content: "Tố cáo về lĩnh vực Đất đai",
        route: "",
        handlingBody: "",
        result: "Đang xử lý",
        unit: "Xã An Bình",
        withheld: true,
      },
    ],
  },
  draftNotes: ["Thông tin đơn vị là thông tin mẫu."],
  ...patch,
});

const COMPARISON = {
  label: "quý I năm 2025",
  from: "2025-01-01",
  to: "2025-03-31",
  casesTotal: 8,
  casesGroup: 1,
  sessionsHeld: 5,
  sessionsPeople: 1000,
};

/** Every inline text of a list of blocks, table cells and sections included. */
function texts(blocks: Block[]): string[] {
  const inline = (xs: Inline[]) => xs.map((x) => (x.type === "text" ? x.value : "\n")).join("");
  return blocks.flatMap((b): string[] => {
    switch (b.type) {
      case "paragraph":
      case "heading":
        return [inline(b.children)];
      case "section":
        return texts(b.children);
      case "table":
        return b.rows.flatMap((r) => r.cells.flatMap((c) => texts(c.children)));
      case "list":
        return b.items.map((i) => inline(i.children));
      default:
        return [];
    }
  });
}

const tablesOf = (blocks: Block[]): TableNode[] =>
  blocks.flatMap((b) => (b.type === "table" ? [b] : b.type === "section" ? tablesOf(b.children) : []));

describe("the periodic report's markup is accepted by parseMarkup (strict XML, known elements, table shapes)", () => {
  it.each([
    ["leadership, other sections, overdue list, register, rejected rows, draft note", {}, 4],
    [
      "no narrative sections",
      {
        narrative: { intro: [], leadership: null, situation: [], others: [] },
        outline: {
          results: "I",
          others: [],
          appendixSessions: 1,
          appendixCases: 2,
          appendixFields: 3,
          appendixOverdue: 3,
          appendixRegister: 4,
        },
      },
      4,
    ],
    ["a comparison", { comparison: COMPARISON, sessionsComparison: COMPARISON, comparisonNote: null }, 4],
    [
      "nothing overdue, no register",
      {
        cases: { ...model().cases, overdue: 0 },
        overdueItems: [],
        register: null,
        outline: {
          results: "II",
          others: ["III"],
          appendixSessions: 1,
          appendixCases: 2,
          appendixFields: 3,
          appendixOverdue: null,
          appendixRegister: null,
        },
      },
      2,
    ],
    [
      "deadlines not counted, no rule on minimum days",
      {
        cases: { ...model().cases, overdue: null },
        sessions: { ...model().sessions, required: null, monthsShort: [], status: "noRule" },
      },
      4,
    ],
    [
      "the internal register with identities",
      {
        register: {
          revealIdentities: true,
          scope: "open" as const,
          rows: [
            {
              ...(model().register?.rows[0] as NonNullable<ReportModel["register"]>["rows"][number]),
              sender: "Nguyễn Văn <A>",
              address: "Thôn 1 & 2",
              withheld: false,
              route: "Hướng dẫn",
              handlingBody: "UBND xã",
            },
          ],
        },
      },
      4,
    ],
    ["no cases at all", { cases: { ...model().cases, total: 0, resolved: 0, open: 0, byField: [], byChannel: [] } }, 4],
    ["one flat table only", { tables: [FLAT], overdueItems: [], register: null }, 1],
  ] as [string, Partial<ReportModel>, number][])("%s", (_case, patch, appendixCount) => {
    const { body, appendices } = renderPeriodicReport(model(patch));
    const b = parseMarkup(body);
    const a = parseMarkup(appendices);
    expect(b.length).toBeGreaterThan(0);
    const sections = a.filter((x) => x.type === "section");
    expect(sections).toHaveLength(appendixCount);
    expect(a).toHaveLength(appendixCount); // nothing outside the sections
    expect(sections.every((s) => s.type === "section" && s.orientation === "landscape")).toBe(true);
  });

  it("reads the clerk's text back exactly as typed (escaped in markup, decoded by the parser)", () => {
    const { body, appendices } = renderPeriodicReport(model());
    const b = texts(parseMarkup(body));
    expect(b).toContain("Đất đai <b>nóng</b> & phức tạp {{x}}");
    expect(b).toContain("III. NHIỆM VỤ <I>TỚI</I>");
    expect(b).toContain("A & B");
    const a = texts(parseMarkup(appendices));
    expect(a).toContain("Đất đai & <môi trường>");
    expect(a).toContain("3=1+2");
    expect(a).toContain("Thông báo bằng văn bản (hạn 15/01/2026)\nThụ lý (hạn 20/01/2026)");
  });

  it("the register appendix shows no identity of a denouncer", () => {
    const a = texts(parseMarkup(renderPeriodicReport(model()).appendices));
    expect(a).toContain("(giữ bí mật)");
    expect(a.filter((t) => t === "(giữ bí mật)")).toHaveLength(1);
  });

  it("a two-level table in IR: header rows with spans, then the MS row", () => {
    const [table] = tablesOf(parseMarkup(renderPeriodicReport(model()).appendices));
    expect(table).toBeDefined();
    if (!table) return;
    expect({ widths: table.widths, headerRows: table.headerRows, size: table.size }).toEqual({
      widths: [3, 1, 1, 1, 1],
      headerRows: 3,
      size: 11,
    });
    expect(table.rows.slice(0, table.headerRows)).toMatchInlineSnapshot(`
    [
      {
        "cells": [
          {
            "align": "center",
            "children": [
              {
                "children": [
                  {
                    "bold": true,
                    "type": "text",
                    "value": "Đơn vị",
                  },
                ],
                "type": "paragraph",
              },
            ],
            "rowSpan": 2,
            "type": "cell",
          },
          {
            "align": "center",
            "children": [
              {
                "children": [
                  {
                    "bold": true,
                    "type": "text",
                    "value": "Theo loại",
                  },
                ],
                "type": "paragraph",
              },
            ],
            "colSpan": 2,
            "type": "cell",
          },
          {
            "align": "center",
            "children": [
              {
                "children": [
                  {
                    "bold": true,
                    "type": "text",
                    "value": "Theo hướng xử lý",
                  },
                ],
                "type": "paragraph",
              },
            ],
            "colSpan": 2,
            "type": "cell",
          },
        ],
        "type": "row",
      },
      {
        "cells": [
          {
            "align": "center",
            "children": [
              {
                "children": [
                  {
                    "bold": true,
                    "type": "text",
                    "value": "Khiếu nại",
                  },
                ],
                "type": "paragraph",
              },
            ],
            "type": "cell",
          },
          {
            "align": "center",
            "children": [
              {
                "children": [
                  {
                    "bold": true,
                    "type": "text",
                    "value": "Tố cáo",
                  },
                ],
                "type": "paragraph",
              },
            ],
            "type": "cell",
          },
          {
            "align": "center",
            "children": [
              {
                "children": [
                  {
                    "bold": true,
                    "type": "text",
                    "value": "Giải quyết",
                  },
                ],
                "type": "paragraph",
              },
            ],
            "type": "cell",
          },
          {
            "align": "center",
            "children": [
              {
                "children": [
                  {
                    "bold": true,
                    "type": "text",
                    "value": "Hướng dẫn",
                  },
                ],
                "type": "paragraph",
              },
            ],
            "type": "cell",
          },
        ],
        "type": "row",
      },
      {
        "cells": [
          {
            "align": "center",
            "children": [
              {
                "children": [
                  {
                    "bold": true,
                    "type": "text",
                    "value": "MS",
                  },
                ],
                "type": "paragraph",
              },
            ],
            "type": "cell",
          },
          {
            "align": "center",
            "children": [
              {
                "children": [
                  {
                    "bold": true,
                    "type": "text",
                    "value": "1",
                  },
                ],
                "type": "paragraph",
              },
            ],
            "type": "cell",
          },
          {
            "align": "center",
            "children": [
              {
                "children": [
                  {
                    "bold": true,
                    "type": "text",
                    "value": "2",
                  },
                ],
                "type": "paragraph",
              },
            ],
            "type": "cell",
          },
          {
            "align": "center",
            "children": [
              {
                "children": [
                  {
                    "bold": true,
                    "type": "text",
                    "value": "3=1+2",
                  },
                ],
                "type": "paragraph",
              },
            ],
            "type": "cell",
          },
          {
            "align": "center",
            "children": [
              {
                "children": [
                  {
                    "bold": true,
                    "type": "text",
                    "value": "4",
                  },
                ],
                "type": "paragraph",
              },
            ],
            "type": "cell",
          },
        ],
        "type": "row",
      },
    ]
  `);
  });

  it("a two-level table in IR: the rows, numbers formatted, null empty, total bold", () => {
    const [table] = tablesOf(parseMarkup(renderPeriodicReport(model()).appendices));
    const rows = (table?.rows ?? []).slice(table?.headerRows ?? 0).map((r) =>
      r.cells.map((c) => {
        const runs = c.children.flatMap((p) => (p.type === "paragraph" ? p.children : []));
        const text = runs.map((x) => (x.type === "text" ? x.value : "\n")).join("");
        return `${text}${runs.some((x) => x.type === "text" && x.bold) ? "*" : ""}${c.align === "right" ? ">" : ""}`;
      }),
    );
    expect(rows).toEqual([
      ["Xã An Bình", "1.234>", ">", "5>", "0>"],
      ["Tổng số*", "1.234*>", ">", "5*>", "0*>"],
    ]);
  });
});
