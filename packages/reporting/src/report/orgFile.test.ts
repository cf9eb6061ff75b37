import { readFileSync } from "node:fs";
import { DocumentMetaSchema } from "@tiepdan/core";
import { describe, expect, it } from "vitest";
import {
  type DocumentMetaForInput,
  type DocumentSettings,
  documentMetaFor,
  type OrgFile,
  OrgFileSchema,
  orgDraftNotes,
  orgPlaceholders,
  PLACEHOLDER_ORG,
  parseOrgFile,
  reportingUnitOf,
} from "./orgFile.js";

const EXAMPLE_ORG = new URL("../../../../examples/minh-son/don-vi.json", import.meta.url);

const settings = (issuingBody: string, numberPrefix?: string): Record<string, unknown> => ({
  issuingBody,
  ...(numberPrefix === undefined ? {} : { numberPrefix }),
  place: "Minh Sơn",
  signer: { name: "Nguyễn Văn Minh", title: "Bí thư", variant: "onBehalfOf", onBehalfOf: "Ban Thường vụ" },
  recipients: [{ name: "Ban Nội chính Trung ương", purpose: "báo cáo" }, { name: "Lưu Văn phòng Tỉnh ủy" }],
});

/** A valid org file as JSON data; tests spoil one part of it. */
const valid = (): Record<string, unknown> => ({
  reportingUnit: "tu",
  units: [
    { id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province", headTitle: "Bí thư Tỉnh ủy" },
    { id: "xa-an-binh", name: "Đảng ủy xã An Bình", level: "commune", parentId: "tu" },
  ],
  document: settings("Tỉnh ủy Minh Sơn", "BC/TU"),
});

const parsed = (json: unknown): OrgFile => {
  const r = parseOrgFile(JSON.stringify(json));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.org;
};

const problemsOf = (json: unknown) => {
  const r = parseOrgFile(JSON.stringify(json));
  return r.ok ? [] : r.problems;
};

describe("parseOrgFile: review s21 K12, mistakes said in a clerk's words", () => {
  it("a parent outside the file is no mistake: a commune's own file names its province (review s21b T9)", () => {
    const commune = {
      ...valid(),
      reportingUnit: "xa",
      units: [{ id: "xa", name: "Đảng ủy xã A", level: "commune", parentId: "tu-minh-son" }],
    };
    expect(problemsOf(commune)).toEqual([]);
  });

  it.each([
    ["no unit", { ...valid(), units: [] }, "units", "phải có ít nhất 1 mục"],
    [
      "a signer's variant of no kind",
      {
        ...valid(),
        document: { ...settings("Tỉnh ủy Minh Sơn", "BC/TU"), signer: { name: "A", title: "Bí thư", variant: "ky" } },
      },
      "document.signer.variant",
      "phải là một trong các giá trị: “direct”, “onBehalfOf”, “deputy”, “byOrder”, “byAuthorization”, “acting”",
    ],
    [
      "parents that lead back to the unit",
      {
        ...valid(),
        units: [
          { id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province", parentId: "xa" },
          { id: "xa", name: "Đảng ủy xã A", level: "commune", parentId: "tu" },
        ],
      },
      "units[0].parentId",
      "các đơn vị cấp trên quay vòng về chính đơn vị này (“tu” → “xa” → “tu”): sửa “parentId”",
    ],
  ])("%s", (_, json, path, message) => {
    const problems = problemsOf(json);
    expect(problems).toContainEqual({ path, message });
    for (const p of problems) expect(p.message).not.toMatch(/mong đợi|array|>=|\|/);
  });
});

describe("parseOrgFile: the org file (don-vi.json)", () => {
  it("a run of spaces of any kind pasted from Word is one space, line breaks kept (review s23r R23-7)", () => {
    const example = JSON.parse(readFileSync(EXAMPLE_ORG, "utf8"));
    const unit = example.units[0];
    unit.name = "Tỉnh\u00a0ủy\u00a0\u00a0\u00a0Minh Sơn";
    const r = parseOrgFile(JSON.stringify(example));
    expect(r.ok && r.org.units[0]?.name).toBe("Tỉnh ủy Minh Sơn");
    const again = parseOrgFile(
      JSON.stringify({ ...example, units: [{ ...unit, name: "Tỉnh ủy\n  Minh\t Sơn" }, ...example.units.slice(1)] }),
    );
    expect(again.ok && again.org.units[0]?.name).toBe("Tỉnh ủy\n Minh Sơn");
  });

  it("reads the example org file of examples/minh-son", () => {
    const r = parseOrgFile(readFileSync(EXAMPLE_ORG, "utf8"));
    expect(r.ok && r.org.reportingUnit).toBe("tu-minh-son");
    if (!r.ok) return;
    expect(reportingUnitOf(r.org)).toMatchObject({ id: "tu-minh-son", name: "Tỉnh ủy Minh Sơn", level: "province" });
    expect(r.org.units.length).toBeGreaterThan(1);
    const meta = documentMetaFor({
      org: r.org,
      profile: "party",
      number: "12",
      date: "2026-04-05",
      documentType: "Báo cáo",
      summary: "tình hình, kết quả tiếp dân quý I năm 2026",
    });
    expect(meta).toMatchObject({ issuingBody: "Tỉnh ủy Minh Sơn", number: "12-BC/TU", place: "Minh Sơn" });
    expect(DocumentMetaSchema.safeParse(meta).success).toBe(true);
  });

  it.each([
    ["a UTF-8 byte order mark", (t: string) => `\uFEFF${t}`],
    ["CRLF line ends", (t: string) => t.replace(/\n/g, "\r\n")],
    ["decomposed (NFD) text, normalised to NFC", (t: string) => t.normalize("NFD")],
  ])("accepts %s", (_rule, transform) => {
    const r = parseOrgFile(transform(JSON.stringify(valid(), null, 2)));
    expect(r.ok && reportingUnitOf(r.org).name).toBe("Tỉnh ủy Minh Sơn");
  });

  it.each([
    ["text that is not JSON", "{ reportingUnit: tu }"],
    ["a truncated file", '{"reportingUnit": "tu", "units": ['],
    ["an empty file", ""],
  ])("invalid JSON (%s) gives one problem with path “”", (_rule, text) => {
    const r = parseOrgFile(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.path).toBe("");
    expect(r.problems[0]?.message).toMatch(/^không phải JSON hợp lệ \(.+\)$/);
  });

  it.each([
    [
      "a comma before }",
      '{\n  "reportingUnit": { "name": "x", }\n}',
      "không phải JSON hợp lệ (lỗi cú pháp ở dòng 2, cột 35: thừa dấu phẩy trước “}”)",
    ],
    [
      "a comma after a list's last item (review s14 F5)",
      '{\n  "aliases": [\n    "Xã An Bình",\n  ]\n}',
      "không phải JSON hợp lệ (lỗi cú pháp ở dòng 4, cột 3: thừa dấu phẩy trước “]”)",
    ],
    [
      "a comma left out between two items (review s14b)",
      '{\n  "reportingUnit": "x"\n  "units": []\n}',
      "không phải JSON hợp lệ (lỗi cú pháp ở dòng 3, cột 3: thiếu dấu phẩy ở cuối dòng 2)",
    ],
    [
      "a comma left out between two items of a line",
      '{ "aliases": ["Xã An Bình" "Xã An Binh"] }',
      'không phải JSON hợp lệ (lỗi cú pháp ở dòng 1, cột 28: thiếu dấu phẩy trước “"”)',
    ],
    [
      "a comment line, in a file saved by Notepad with a byte order mark (review s15 F5)",
      '\uFEFF{\n  // đơn vị của tỉnh\n  "units": []\n}',
      "không phải JSON hợp lệ (lỗi cú pháp ở dòng 2, cột 3: tệp JSON không được có lời chú thích (“//” hoặc “/* */”); xóa phần chú thích)",
    ],
    [
      "a double quote inside a name (review s15 F5)",
      '{ "name": "Đảng ủy xã "An Bình"" }',
      'không phải JSON hợp lệ (lỗi cú pháp ở dòng 1, cột 24: có dấu ngoặc kép “"” ở giữa một giá trị; trong giá trị viết \\" hoặc dùng dấu “ ”)',
    ],
    [
      "a semicolon for a comma (review s15 F5)",
      '{ "reportingUnit": "x"; "units": [] }',
      "không phải JSON hợp lệ (lỗi cú pháp ở dòng 1, cột 23: dấu chấm phẩy “;” phải là dấu phẩy “,”)",
    ],
    [
      "a comment line (review s14b)",
      '{\n  // đơn vị của tỉnh\n  "units": []\n}',
      "không phải JSON hợp lệ (lỗi cú pháp ở dòng 2, cột 3: tệp JSON không được có lời chú thích (“//” hoặc “/* */”); xóa phần chú thích)",
    ],
    [
      "a file cut short",
      '{"reportingUnit": {',
      "không phải JSON hợp lệ (văn bản dừng giữa chừng (thiếu dấu đóng } hoặc ]))",
    ],
    ["nothing", "  ", "không phải JSON hợp lệ (tệp trống)"],
  ])("invalid JSON (%s): where it breaks, in Vietnamese, without the engine's English", (_rule, text, message) => {
    const r = parseOrgFile(text);
    expect(r.ok ? "" : r.problems[0]?.message).toBe(message);
  });

  it.each([
    [
      "reportingUnit names no unit",
      { ...valid(), reportingUnit: "tu-khac" },
      [{ path: "reportingUnit", message: "không có đơn vị nào có id “tu-khac” trong “units”" }],
    ],
    [
      "duplicate unit ids: the second one is named",
      {
        ...valid(),
        units: [
          { id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province" },
          { id: "xa", name: "Xã A", level: "commune" },
          { id: "xa", name: "Xã B", level: "commune" },
        ],
      },
      [{ path: "units[2].id", message: "id “xa” bị trùng" }],
    ],
    [
      "document settings missing (neither `document` nor `documents`)",
      { reportingUnit: "tu", units: [{ id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province" }] },
      [{ path: "document", message: "thiếu thông tin văn bản (“document”)" }],
    ],
    [
      "an empty `documents` is no document settings either",
      { reportingUnit: "tu", units: [{ id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province" }], documents: {} },
      [{ path: "document", message: "thiếu thông tin văn bản (“document”)" }],
    ],
  ])("cross-field rule: %s", (_rule, json, expected) => {
    expect(problemsOf(json)).toEqual(expected);
  });

  it("gives every cross-field mistake of a file at once, each with its JSON path", () => {
    const json = {
      reportingUnit: "tinh-uy",
      units: [
        { id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province" },
        { id: "xa", name: "Xã A", level: "commune" },
        { id: "xa", name: "Xã B", level: "commune" },
        { id: "tu", name: "Tỉnh ủy (lặp)", level: "province" },
      ],
    };
    expect(problemsOf(json)).toMatchInlineSnapshot(`
      [
        {
          "message": "không có đơn vị nào có id “tinh-uy” trong “units”",
          "path": "reportingUnit",
        },
        {
          "message": "id “xa” bị trùng",
          "path": "units[2].id",
        },
        {
          "message": "id “tu” bị trùng",
          "path": "units[3].id",
        },
        {
          "message": "thiếu thông tin văn bản (“document”)",
          "path": "document",
        },
      ]
    `);
  });

  // zod runs the cross-field rules (reportingUnit, duplicate ids, document) only once the shape is right, so the
  // duplicate "xa" below is reported after the shape mistakes are fixed. Messages of zod's own checks are in the
  // locale the application sets (z.config is global; the library does not set it).
  it("gives each shape mistake of a file with several mistakes with its JSON path", () => {
    const json = {
      units: [
        { id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province" },
        { id: "", name: "Xã A", level: "commune" },
        { id: "xa", name: " ", level: "commune", colour: "đỏ" },
        { id: "xa", name: "Xã C", level: "commune", aliases: ["Xã C", ""] },
      ],
      documents: {
        party: { ...settings("Tỉnh ủy Minh Sơn"), signer: { name: "A", title: "Bí thư", variant: "deputy" } },
        state: { ...settings(""), recipients: [{ purpose: "báo cáo" }] },
      },
    };
    expect(problemsOf(json)).toMatchInlineSnapshot(`
      [
        {
          "message": "thiếu mục này (bắt buộc; ghi chữ, trong ngoặc kép)",
          "path": "reportingUnit",
        },
        {
          "message": "Không được để trống",
          "path": "units[1].id",
        },
        {
          "message": "Không được để trống",
          "path": "units[2].name",
        },
        {
          "message": "có mục không dùng đến: “colour” (kiểm tra chính tả tên mục)",
          "path": "units[2]",
        },
        {
          "message": "Không được để trống",
          "path": "units[3].aliases[1]",
        },
        {
          "message": "Cần ghi rõ thay mặt / ký thay cho ai (onBehalfOf)",
          "path": "documents.party.signer.onBehalfOf",
        },
        {
          "message": "Không được để trống",
          "path": "documents.state.issuingBody",
        },
        {
          "message": "thiếu mục này (bắt buộc; ghi chữ, trong ngoặc kép)",
          "path": "documents.state.recipients[0].name",
        },
      ]
    `);
  });

  it.each([
    ["the whole file is a list", [], ""],
    ["units is empty", { ...valid(), units: [] }, "units"],
    ["a unit of the wrong type", { ...valid(), units: ["tu"] }, "units[0]"],
    ["an unknown top-level key", { ...valid(), unit: "tu" }, ""],
    ["an unknown key of documents", { ...valid(), documents: { party2: settings("X") } }, "documents"],
    [
      "a signer without onBehalfOf for T/M",
      { ...valid(), document: { ...settings("X"), signer: { name: "A", title: "B", variant: "onBehalfOf" } } },
      "document.signer.onBehalfOf",
    ],
  ])("shape rule: %s → a problem at “%s”", (_rule, json, path) => {
    expect(problemsOf(json).map((p) => p.path)).toContain(path);
  });

  // QĐ 11-QĐi/TW khoản 1 Điều 4 and Luật Tiếp công dân set minimum days by level: a level no rule set names would
  // read as "no minimum" and a head short of days as compliant (review s17d F3).
  it.each([
    ["province", "province"],
    ["Commune", "commune"],
    ["xã", "commune"],
    ["Phường", "commune"],
    ["Đặc khu", "commune"],
    ["Tỉnh", "province"],
    ["cấp tỉnh", "province"],
    ["Huyện", "district"],
  ])("the level “%s” is read as %s", (level, id) => {
    const json = valid();
    (json.units as Record<string, unknown>[])[1] = { id: "xa", name: "Xã A", level };
    expect(parsed(json).units[1]?.level).toBe(id);
  });

  it("refuses a level no rule set names, saying what to write", () => {
    const json = valid();
    (json.units as Record<string, unknown>[])[0] = { id: "tu", name: "Tỉnh ủy Minh Sơn", level: "Tỉnh ủy" };
    expect(problemsOf(json)).toEqual([
      {
        path: "units[0].level",
        message:
          "cấp “Tỉnh ủy” không có trong quy định về số ngày tiếp dân: ghi “province” (cấp tỉnh), “commune” (cấp xã, phường, đặc khu) hoặc “district” (cấp huyện, đến ngày 30/06/2025)",
      },
    ]);
  });
});

describe("documentMetaFor: the document number written the profile's way", () => {
  const org = parsed({
    reportingUnit: "tu",
    units: [{ id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province" }],
    documents: {
      party: settings("Tỉnh ủy Minh Sơn", "BC/TU"),
      state: settings("Ủy ban nhân dân tỉnh Minh Sơn", "BC-UBND"),
    },
  });
  const base: Omit<DocumentMetaForInput, "profile" | "number"> = {
    org,
    date: "2026-04-05",
    documentType: "Báo cáo",
    summary: "tình hình, kết quả tiếp dân quý I năm 2026",
  };

  it.each([
    ["party: number-symbol", "party", "12", "12-BC/TU"],
    ["state: number/symbol", "state", "12", "12/BC-UBND"],
    ["party without a number: the symbol only (the engine leaves a blank before it)", "party", undefined, "-BC/TU"],
    ["state without a number: the symbol only", "state", undefined, "/BC-UBND"],
    ["a number of blanks is no number", "party", "   ", "-BC/TU"],
    ["the number is trimmed", "state", " 07 ", "07/BC-UBND"],
  ] as const)("%s", (_rule, profile, number, expected) => {
    const meta = documentMetaFor({ ...base, profile, number });
    expect(meta.number).toBe(expected);
    expect(DocumentMetaSchema.safeParse(meta).success).toBe(true);
  });

  it.each([
    ["with a number", "12", "12"],
    ["without a number", undefined, "-"],
  ])("without a symbol in the org file, %s", (_rule, number, expected) => {
    const plain = parsed({ ...valid(), document: settings("Tỉnh ủy Minh Sơn") });
    expect(documentMetaFor({ ...base, org: plain, profile: "party", number }).number).toBe(expected);
  });

  it("takes documents.state for the state profile over document", () => {
    const both = parsed({
      ...valid(),
      document: settings("Tỉnh ủy Minh Sơn", "BC/TU"),
      documents: { state: settings("Ủy ban nhân dân tỉnh Minh Sơn", "BC-UBND") },
    });
    expect(documentMetaFor({ ...base, org: both, profile: "state", number: "3" })).toMatchObject({
      issuingBody: "Ủy ban nhân dân tỉnh Minh Sơn",
      number: "3/BC-UBND",
    });
    // The party profile has no settings of its own and falls back to `document`.
    expect(documentMetaFor({ ...base, org: both, profile: "party", number: "3" })).toMatchObject({
      issuingBody: "Tỉnh ủy Minh Sơn",
      number: "3-BC/TU",
    });
  });

  it("prefers the reporting unit's own settings to the top-level ones, for its own side", () => {
    const org2 = parsed({
      reportingUnit: "tu",
      units: [
        { id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province", document: settings("Tỉnh ủy Minh Sơn", "BC/TU") },
        { id: "xa", name: "Đảng ủy xã An Bình", level: "commune", parentId: "tu" },
      ],
      documents: {
        party: settings("[Tên cơ quan]", "BC/[…]"),
        state: settings("Ủy ban nhân dân tỉnh Minh Sơn", "BC-UBND"),
      },
    });
    expect(documentMetaFor({ ...base, org: org2, profile: "party", number: "3" })).toMatchObject({
      issuingBody: "Tỉnh ủy Minh Sơn",
      number: "3-BC/TU",
    });
    // A Party committee's `document` is not a People's Committee's letterhead.
    expect(documentMetaFor({ ...base, org: org2, profile: "state", number: "3" }).issuingBody).toBe(
      "Ủy ban nhân dân tỉnh Minh Sơn",
    );
  });

  it("uses `document` for both profiles, unless its issuing body is plainly the other side's (review s18b F1)", () => {
    const one = parsed(valid());
    expect(documentMetaFor({ ...base, org: one, profile: "party" }).issuingBody).toBe("Tỉnh ủy Minh Sơn");
    // A Party committee's letterhead is no State document: a placeholder body, a draft.
    const state = documentMetaFor({ ...base, org: one, profile: "state" });
    expect([state.issuingBody, state.signer.name]).toEqual(["[Ủy ban nhân dân]", "[Họ và tên]"]);
    // A People's Committee's file whose units lack "side" (Party by default) still issues under its own name.
    const ubnd = parsed({ ...valid(), document: settings("Ủy ban nhân dân xã An Bình", "BC-UBND") });
    expect(documentMetaFor({ ...base, org: ubnd, profile: "state" }).issuingBody).toBe("Ủy ban nhân dân xã An Bình");
  });

  it("copies the settings, date, type and summary", () => {
    const withParent = parsed({
      ...valid(),
      document: { ...settings("Tỉnh ủy Minh Sơn", "BC/TU"), parentBody: "Đảng bộ tỉnh Minh Sơn" },
    });
    expect(documentMetaFor({ ...base, org: withParent, profile: "party", number: "12" })).toMatchInlineSnapshot(`
      {
        "date": "2026-04-05",
        "documentType": "Báo cáo",
        "issuingBody": "Tỉnh ủy Minh Sơn",
        "number": "12-BC/TU",
        "parentBody": "Đảng bộ tỉnh Minh Sơn",
        "place": "Minh Sơn",
        "recipients": [
          {
            "name": "Ban Nội chính Trung ương",
            "purpose": "báo cáo",
          },
          {
            "name": "Lưu Văn phòng Tỉnh ủy",
          },
        ],
        "signer": {
          "name": "Nguyễn Văn Minh",
          "onBehalfOf": "Ban Thường vụ",
          "title": "Bí thư",
          "variant": "onBehalfOf",
        },
        "summary": "tình hình, kết quả tiếp dân quý I năm 2026",
      }
    `);
  });

  it.each([
    ["MẬT is passed through", "MẬT", { classification: "MẬT" }],
    ["no classification, no key", undefined, {}],
  ] as const)("classification: %s", (_rule, classification, expected) => {
    const meta = documentMetaFor({ ...base, profile: "party", classification });
    expect("classification" in meta ? { classification: meta.classification } : {}).toEqual(expected);
  });

  it("throws when an org file built by hand has no document settings", () => {
    const bare = { reportingUnit: "tu", units: org.units } as OrgFile;
    expect(() => documentMetaFor({ ...base, org: bare, profile: "party" })).toThrow(RangeError);
  });
});

describe("reportingUnitOf", () => {
  it.each([
    ["the unit named by reportingUnit, wherever it is in the list", "xa-an-binh", "Đảng ủy xã An Bình"],
    ["the first unit", "tu", "Tỉnh ủy Minh Sơn"],
  ])("%s", (_rule, reportingUnit, name) => {
    expect(reportingUnitOf(parsed({ ...valid(), reportingUnit })).name).toBe(name);
  });
});

describe("PLACEHOLDER_ORG: the org file used when none is given", () => {
  const allSettings = (org: OrgFile): DocumentSettings[] =>
    [org.document, org.documents?.party, org.documents?.state].filter((s): s is DocumentSettings => s !== undefined);

  it("passes OrgFileSchema unchanged", () => {
    const r = OrgFileSchema.safeParse(PLACEHOLDER_ORG);
    expect(r.success).toBe(true);
    expect(r.data).toEqual(PLACEHOLDER_ORG);
    expect(parseOrgFile(JSON.stringify(PLACEHOLDER_ORG))).toEqual({ ok: true, org: PLACEHOLDER_ORG });
  });

  it("marks every text a reader sees that must be filled in with [brackets]", () => {
    const settings = allSettings(PLACEHOLDER_ORG);
    expect(settings.length).toBeGreaterThan(0);
    const visible = [
      reportingUnitOf(PLACEHOLDER_ORG).name,
      ...settings.flatMap((s) => [s.issuingBody, s.place, s.signer.name]),
    ];
    for (const text of visible) expect(text).toContain("[");
  });

  it.each(["party", "state"] as const)("gives valid document metadata for the %s profile", (profile) => {
    const meta = documentMetaFor({
      org: PLACEHOLDER_ORG,
      profile,
      date: "2026-04-05",
      documentType: "Báo cáo",
      summary: "dự thảo",
    });
    expect(DocumentMetaSchema.safeParse(meta).success).toBe(true);
    expect(meta.issuingBody).toContain("[");
    expect(meta.place).toContain("[");
    expect(meta.signer.name).toContain("[");
  });
});

describe("orgPlaceholders / orgDraftNotes: an org file with “[…]” left is a draft", () => {
  it.each([
    ["the placeholder org", PLACEHOLDER_ORG, ["[tên tỉnh]", "[Địa danh]", "[Họ và tên]", "[cấp ủy]", "[đơn vị]"]],
    ["a note is not printed", { ...PLACEHOLDER_ORG, note: "[x]", units: [], documents: {} } as never, []],
  ])("%s", (_name, org, expected) => {
    expect(orgPlaceholders(org)).toEqual(expected);
    expect(orgDraftNotes(org)).toHaveLength(expected.length > 0 ? 1 : 0);
  });

  it("the note names three placeholders and says there are more", () => {
    expect(orgDraftNotes(PLACEHOLDER_ORG)).toEqual([
      "Tệp thông tin đơn vị còn chữ mẫu trong ngoặc vuông ([tên tỉnh], [Địa danh], [Họ và tên], …): phải thay bằng thông tin thật trước khi trình ký.",
    ]);
  });
});
