import { readFileSync } from "node:fs";
import { type OrgUnit, resolvePeriod } from "@tiepdan/core";
import { describe, expect, it } from "vitest";
import { collectReportStatistics } from "../report/reportStatistics.js";
import { rollupStatistics } from "./rollupStatistics.js";
import { buildStatsFile, parseStatsFile, statsFileJsonSchema } from "./statsFile.js";

describe("parseStatsFile: a file that cannot be added up is refused with its reason", () => {
  it.each([
    ["not JSON", "{", "STATS_FILE_JSON"],
    ["another tool's JSON", '{"units": []}', "STATS_FILE_FORMAT"],
    ["an unknown format version", '{"format": "tiepdan-so-lieu@2"}', "STATS_FILE_VERSION"],
    ["a file edited by hand", '{"format": "tiepdan-so-lieu@1", "unit": {}}', "STATS_FILE_SHAPE"],
  ])("%s", (_name, text, code) => {
    const r = parseStatsFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.code).toBe(code);
  });

  it.each([
    [
      "a register in CSV",
      "Mã số;Ngày tiếp nhận\nMS-1;05/02/2026\n",
      "STATS_FILE_JSON",
      "không phải tệp JSON (có thể là sổ dạng CSV)",
    ],
    ["a workbook", "PK\u0003\u0004\u0014\u0000", "STATS_FILE_FORMAT", "là tệp Excel hoặc Word"],
    ["a report's PDF", "%PDF-1.7\n%âãÏÓ\n", "STATS_FILE_FORMAT", "là tệp PDF (văn bản báo cáo)"],
    [
      "a register in JSON",
      '[{"Mã số": "MS-1"}]',
      "STATS_FILE_FORMAT",
      "là một danh sách dòng (có thể là sổ dạng JSON)",
    ],
    [
      "a report's --summary-json",
      '{"period": {}, "rows": {"read": 1, "accepted": 1, "rejected": 0}, "notes": []}',
      "STATS_FILE_FORMAT",
      "là tệp tóm tắt số liệu của một báo cáo (--summary-json)",
    ],
  ])("says what else it is: %s", (_name, text, code, what) => {
    const r = parseStatsFile(text);
    expect(r.ok ? undefined : [r.problem.code, r.problem.message.split(", không phải tệp số liệu:")[0]]).toEqual([
      code,
      what,
    ]);
  });

  it("messages a clerk reads", () => {
    const r = parseStatsFile('{"format": "tiepdan-so-lieu@2"}');
    expect(r.ok ? "" : r.problem.message).toMatchInlineSnapshot(
      `"là tệp số liệu phiên bản “tiepdan-so-lieu@2”, công cụ này chỉ đọc được “tiepdan-so-lieu@1”: lập lại tệp số liệu bằng cùng phiên bản công cụ."`,
    );
  });
});

describe("parseStatsFile: a file made before the settlement measures", () => {
  const unit: OrgUnit = { id: "xa-a", name: "Đảng ủy xã A", level: "commune", side: "state" };
  const period = resolvePeriod("2026-Q1", { cutoff: "mid-month" });
  const statistics = collectReportStatistics({
    period,
    cases: [],
    sessions: [],
    units: [unit],
    reportingUnit: unit.id,
  });
  const file = buildStatsFile({
    unit,
    profile: "state",
    period,
    asOf: period.to,
    ruleSets: [],
    recordedFields: [],
    rows: { read: 0, accepted: 0, rejected: 0, files: 1 },
    statistics,
  });

  it("a current file is read back", () => {
    expect(parseStatsFile(JSON.stringify(file)).ok).toBe(true);
  });

  it.each([
    ["the settlement.* measures", (k: string) => k.startsWith("settlement.")],
    ["the measures of TT 06/2025's forms", (k: string) => k === "reception.head.days" || k.split(".").length > 3],
  ])("without %s: made by an older tool, not edited by hand", (_name, added) => {
    const old = JSON.parse(JSON.stringify(file));
    for (const u of old.statistics.units) {
      for (const k of Object.keys(u.forms)) if (added(k)) delete u.forms[k];
    }
    const r = parseStatsFile(JSON.stringify(old));
    expect(r.ok ? null : r.problem).toMatchInlineSnapshot(`
      {
        "code": "STATS_FILE_VERSION",
        "message": "được lập bằng phiên bản công cụ cũ hơn, thiếu một số số liệu của các biểu mẫu: lập lại tệp số liệu bằng phiên bản công cụ này.",
      }
    `);
  });

  it("without a measure every version wrote: edited by hand or damaged, not an older tool", () => {
    const edited = JSON.parse(JSON.stringify(file));
    for (const u of edited.statistics.units) delete u.forms["processing.received"];
    const r = parseStatsFile(JSON.stringify(edited));
    expect(r.ok ? null : r.problem.code).toBe("STATS_FILE_SHAPE");
  });
});

describe("JSON Schema of the statistics file", () => {
  it("the checked-in schema is the one the code defines (pnpm --filter @tiepdan/reporting schemas)", () => {
    const file = new URL("../../schemas/so-lieu.schema.json", import.meta.url);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(statsFileJsonSchema());
  });
});

describe("parseStatsFile: a file whose counts were changed by hand (review s16 F4)", () => {
  const unit: OrgUnit = { id: "xa-a", name: "Đảng ủy xã A", level: "commune", side: "party" };
  const period = resolvePeriod("2026-03");
  const statistics = collectReportStatistics({
    period,
    cases: [
      { id: "A", receivedOn: "2026-03-02", channel: "letter", kinds: ["petition"], route: "direct", field: "Đất đai" },
      { id: "B", receivedOn: "2026-03-03", channel: "inPerson", kinds: ["complaint"], unit: "xa-a" },
    ],
    sessions: [{ id: "S", date: "2026-03-05", kind: "scheduled", unit: "xa-a" }],
    units: [unit],
    reportingUnit: unit.id,
  });
  const file = buildStatsFile({
    unit,
    profile: "party",
    period,
    asOf: period.to,
    ruleSets: [],
    recordedFields: [],
    rows: { read: 2, accepted: 2, rejected: 0, files: 1 },
    statistics,
  });
  const edited = (change: (f: typeof file) => void) => {
    const copy = structuredClone(file);
    change(copy);
    return parseStatsFile(JSON.stringify(copy));
  };

  it.each([
    [
      "a unit's total",
      (f: typeof file) => (f.statistics.units[0] as { stats: { cases: { total: number } } }).stats.cases.total++,
      "“Đảng ủy xã A”: tổng số 2 vụ việc, cộng theo hướng xử lý được 1",
    ],
    [
      "a unit's sessions held",
      (f: typeof file) => (f.statistics.units[0] as { stats: { sessions: { held: number } } }).stats.sessions.held++,
      "2 buổi tiếp dân, 1 buổi định kỳ và 0 buổi đột xuất",
    ],
    [
      "the rows read (review s19x F6: an internal error stopped the roll-up)",
      (f: typeof file) => f.rows.read++,
      "số dòng đã đọc 3 khác 2 dòng hợp lệ cộng 0 dòng bị loại",
    ],
    [
      "a unit pasted twice (review s19x F5)",
      (f: typeof file) => f.statistics.units.push(structuredClone(f.statistics.units[0] as never)),
      "đơn vị “Đảng ủy xã A” có hai dòng số liệu",
    ],
    [
      "a count that the others do not check, the denunciations (review s19x F7): the checksum",
      (f: typeof file) =>
        (f.statistics.units[0] as { stats: { cases: { byKind: { denunciation: number } } } }).stats.cases.byKind
          .denunciation++,
      "mã kiểm tra “checksum” không khớp",
    ],
    [
      "a field renamed, its count kept (review s19x F7): the checksum",
      (f: typeof file) => {
        const byField = (f.statistics.units[0] as { stats: { cases: { byField: Record<string, number> } } }).stats.cases
          .byField;
        byField["Đinh Mật Danh"] = byField["Đất đai"] ?? 0;
        delete byField["Đất đai"];
      },
      "mã kiểm tra “checksum” không khớp",
    ],
  ])("%s changed: STATS_FILE_EDITED, saying which counts disagree", (_n, change, said) => {
    expect(parseStatsFile(JSON.stringify(file)).ok).toBe(true);
    const r = edited(change);
    expect(r.ok ? undefined : r.problem.code).toBe("STATS_FILE_EDITED");
    expect(r.ok ? "" : r.problem.message).toContain(said);
  });

  it("the checksum does not depend on the order of the keys, and a file without one (an earlier version) is read", () => {
    expect(file.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    const reordered = Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(file))).reverse());
    expect(parseStatsFile(JSON.stringify(reordered)).ok).toBe(true);
    const { checksum: _, ...older } = file;
    expect(parseStatsFile(JSON.stringify(older)).ok).toBe(true);
  });

  it("a number written as text is said where, by the unit's name, and what (review s19x F14)", () => {
    const copy = JSON.parse(JSON.stringify(file));
    copy.statistics.units[0].stats.cases.total = "2";
    const r = parseStatsFile(JSON.stringify(copy));
    expect(r.ok ? "" : r.problem.message).toBe(
      "có dữ liệu không hợp lệ ở số liệu của “Đảng ủy xã A”, mục “stats.cases.total”: ghi “2” là chữ, phải là số: tệp đã bị sửa tay hoặc hỏng; lập lại tệp số liệu.",
    );
  });
});

describe("rollupStatistics: which units sent nothing (review s16 F2, s16r #2, #6)", () => {
  const head: OrgUnit = { id: "tinh", name: "Tỉnh ủy B", level: "province", side: "party" };
  const commune: OrgUnit = { id: "xa-a", name: "Đảng ủy xã A", level: "commune", side: "party" };
  const other: OrgUnit = { id: "xa-c", name: "Đảng ủy xã C", level: "commune", side: "party" };
  const period = resolvePeriod("2026-03");
  // A commune that made its file without the province's org file: its own id, the same name.
  const own: OrgUnit = { id: "cap-uy", name: "Đảng ủy xã A", level: "commune", side: "party" };
  const fileOf = (unit: OrgUnit) =>
    buildStatsFile({
      unit,
      profile: "party",
      period,
      asOf: period.to,
      ruleSets: [],
      recordedFields: [],
      rows: { read: 1, accepted: 1, rejected: 0, files: 1 },
      statistics: collectReportStatistics({
        period,
        cases: [{ id: "A", receivedOn: "2026-03-02", channel: "letter", kinds: ["petition"], unit: unit.id }],
        sessions: [],
        units: [unit],
        reportingUnit: unit.id,
      }),
    });
  const org = { reportingUnit: "tinh", units: [head, commune, other] } as unknown as Parameters<
    typeof rollupStatistics
  >[0]["org"];

  it("a roll-up's file beside its units' own is refused; two roll-ups holding communes of one id and name are not (review s19c C7)", () => {
    const withIncludes = (unit: OrgUnit, includes: OrgUnit[]) => {
      const f = fileOf(unit);
      const { checksum: _, ...rest } = f;
      return { ...rest, includes: includes.map((u) => ({ id: u.id, name: u.name })) };
    };
    const districtA: OrgUnit = { id: "xa-a", name: "Đảng ủy xã A", level: "commune", side: "party" };
    const districtC: OrgUnit = { id: "xa-c", name: "Đảng ủy xã C", level: "commune", side: "party" };
    const homonym: OrgUnit = { id: "xa-an-binh", name: "Đảng ủy xã An Bình", level: "commune", side: "party" };
    const twoRollups = rollupStatistics({
      files: [
        { name: "a.json", file: withIncludes(districtA, [homonym]) },
        { name: "c.json", file: withIncludes(districtC, [homonym]) },
      ],
      period,
      asOf: period.to,
      profile: "party",
      org,
    });
    expect(twoRollups.ok).toBe(true);
    const again = rollupStatistics({
      files: [
        { name: "a.json", file: withIncludes(districtA, [districtC]) },
        { name: "c.json", file: fileOf(districtC) },
      ],
      period,
      asOf: period.to,
      profile: "party",
      org,
    });
    expect(again.ok ? [] : again.refusals).toEqual([
      "Tệp số liệu “a.json” (Đảng ủy xã A) là tệp tổng hợp, đã gồm số liệu của một đơn vị cũng có tệp riêng: “Đảng ủy xã C” (tệp “c.json”); số liệu sẽ bị tính hai lần. Bỏ tệp tổng hợp (thường là tệp số liệu của lần tổng hợp trước) hoặc các tệp của đơn vị. [ROLLUP_DUPLICATE_UNIT]",
    ]);
  });

  it("a refusal reads the same on the page and from the CLI: the settings are named, not the CLI's options (review s23w W23-4)", () => {
    const refusalsOf = (input: Partial<Parameters<typeof rollupStatistics>[0]>) => {
      const r = rollupStatistics({
        files: [{ name: "a.json", file: fileOf(commune) }],
        period,
        asOf: period.to,
        profile: "party",
        org,
        ...input,
      });
      return r.ok ? [] : r.refusals;
    };
    const midMonth = resolvePeriod("2026-03", { cutoff: "mid-month" });
    const refusals = [
      ...refusalsOf({ period: midMonth, asOf: midMonth.to }),
      ...refusalsOf({ asOf: "2026-03-20" }),
      ...refusalsOf({ profile: "state" }),
      ...refusalsOf({
        files: [
          { name: "a.json", file: fileOf(own) },
          { name: "c.json", file: fileOf({ ...own, name: "Đảng ủy xã C" }) },
        ],
      }),
    ];
    expect(refusals.map((r) => /\[(ROLLUP_\w+)\]$/.exec(r)?.[1])).toEqual([
      "ROLLUP_PERIOD",
      "ROLLUP_AS_OF",
      "ROLLUP_PROFILE",
      "ROLLUP_DUPLICATE_UNIT",
    ]);
    expect(refusals[0]).toContain("(khác cách tính khoảng số liệu: theo tháng dương lịch hoặc từ ngày 15 tháng trước)");
    expect(refusals[1]).toContain("báo cáo tổng hợp tính số liệu đến ngày 20/03/2026. [ROLLUP_AS_OF]");
    expect(refusals[2]).toContain(
      "được lập theo thể thức văn bản của Đảng, báo cáo tổng hợp theo thể thức văn bản hành chính. [ROLLUP_PROFILE]",
    );
    for (const r of refusals.slice(0, 3)) expect(r).not.toMatch(/--[a-z]|\((?:party|state)\)/);
    // Made again with the org file: said for the page and for the CLI, as where a statistics file comes from is.
    expect(refusals[3]).toContain(
      "lập lại tệp số liệu với tệp thông tin đơn vị ghi mã của từng đơn vị (don-vi.json: chọn cùng các sổ trên trang web, hoặc “--org don-vi.json” của lệnh tiepdan).",
    );
  });

  it("a roll-up's file made with --allow-partial, its unit marked unreported, is read one level up (review s19c C8)", () => {
    const f = fileOf(commune);
    const units = f.statistics.units.map((u) => ({ ...u, unreported: true }));
    const { checksum: _, ...rest } = { ...f, statistics: { ...f.statistics, units } };
    expect(parseStatsFile(JSON.stringify(rest)).ok).toBe(true);
  });

  it("a unit found by its name is no missing unit; the others are named; own registers count for the head", () => {
    const r = rollupStatistics({
      files: [{ name: "a.json", file: fileOf(own) }],
      period,
      asOf: period.to,
      profile: "party",
      org,
    });
    expect(r.ok && r.missing.map((u) => u.id)).toEqual(["tinh", "xa-c"]);
    const withOwn = rollupStatistics({
      files: [{ name: "a.json", file: fileOf(own) }],
      period,
      asOf: period.to,
      profile: "party",
      org,
      own: { cases: [], sessions: [], rows: { read: 0, accepted: 0, rejected: 0, files: 1 }, recordedFields: [] },
    });
    expect(withOwn.ok && withOwn.missing.map((u) => u.id)).toEqual(["xa-c"]);
  });
});

describe("parseStatsFile: what a clerk's editor made of the file is said as such (review s19x F14)", () => {
  it.each([
    ["", "là tệp trống."],
    ["\u0000{\u0000", "được lưu bằng mã Unicode (UTF-16)"],
    ['// sửa ngày 5/4\n{"format":"tiepdan-so-lieu@1"}', "có lời chú thích"],
  ])("%j: %s", (text, said) => {
    const r = parseStatsFile(text);
    expect(r.ok ? "" : r.problem.message).toContain(said);
  });
});
