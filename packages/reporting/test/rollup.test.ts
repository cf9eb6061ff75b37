// Statistics files and `tiepdan rollup` on the Minh Sơn example: each of the seven units makes its report with
// --stats-out; the province adds the seven files up and gets, number for number, the summary of the report made
// from all thirteen registers. The State workbook carries the official forms of the circular in force, whose
// totals are the summary's numbers where both count the same thing. Refusals: another period or cutoff, the
// same unit twice, an unknown format version.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { EXAMPLE_DIR } from "../../../examples/generate-minh-son.mjs";
import { tempDir } from "./document/readers.js";
import { cli, docxText } from "./outputs.js";

// The province's People's Committee keeps a sessions register only (its chair's reception, counted by the State
// profile); the six Party units keep both registers.
const UNITS = [
  "tu-minh-son",
  "xa-an-binh",
  "xa-hoa-lac",
  "phuong-dong-thanh",
  "xa-suoi-da",
  "xa-ngoc-linh",
  "ubnd-minh-son",
];
const ORG = join(EXAMPLE_DIR, "don-vi.json");
const files = readdirSync(EXAMPLE_DIR);
const allCases = files.filter((f) => f.startsWith("so-theo-doi-don-")).map((f) => join(EXAMPLE_DIR, f));
const allSessions = files.filter((f) => f.startsWith("so-buoi-tiep-")).map((f) => join(EXAMPLE_DIR, f));
const tmp = tempDir("tiepdan-tổng hợp ");
afterAll(() => tmp.remove());

/** The province's org file with another reporting unit: what a commune's clerk has. */
function orgOf(unit: string): string {
  const org = JSON.parse(readFileSync(ORG, "utf8"));
  const path = join(tmp.dir, `don-vi-${unit}.json`);
  writeFileSync(path, JSON.stringify({ ...org, reportingUnit: unit }));
  return path;
}

/** A unit's cases register; for a unit that keeps none, an empty one (the header only), as its clerk would send. */
function casesRegisterOf(unit: string): string {
  const own = join(EXAMPLE_DIR, `so-theo-doi-don-${unit}.csv`);
  if (existsSync(own)) return own;
  const header = readFileSync(join(EXAMPLE_DIR, "so-theo-doi-don-tu-minh-son.csv"), "utf8").split("\n", 1)[0];
  const path = join(tmp.dir, `so-theo-doi-don-${unit}.csv`);
  writeFileSync(path, `${header}\n`);
  return path;
}

async function unitStats(unit: string, period: string, extra: string[] = []): Promise<string> {
  const out = join(tmp.dir, `so-lieu-${unit}-${period}${extra.join("")}.json`);
  const cases = casesRegisterOf(unit);
  const r = await cli([
    "report",
    "--cases",
    cases,
    "--sessions",
    join(EXAMPLE_DIR, `so-buoi-tiep-${unit}.csv`),
    "--org",
    orgOf(unit),
    "--period",
    period,
    "--profile",
    "state",
    "--format",
    "xlsx",
    "--out",
    join(tmp.dir, `don-vi ${unit} ${period}`),
    "--stats-out",
    out,
    ...extra,
  ]);
  expect(r.code).toBe(0);
  return out;
}

const read = (p: string) => JSON.parse(readFileSync(p, "utf8"));

async function fullReport(period: string, formats = "xlsx") {
  const dir = join(tmp.dir, `tỉnh ${period}`);
  const summary = join(dir, "tóm tắt.json");
  const r = await cli([
    "report",
    "--cases",
    ...allCases,
    "--sessions",
    ...allSessions,
    "--org",
    ORG,
    "--period",
    period,
    "--profile",
    "state",
    "--format",
    formats,
    "--out",
    dir,
    "--summary-json",
    summary,
  ]);
  return { ...r, dir, summary: read(summary), xlsx: join(dir, `bao-cao-${period}-nha-nuoc.xlsx`) };
}

async function rollup(stats: string[], period: string, name: string, extra: string[] = [], formats = "xlsx") {
  const dir = join(tmp.dir, name);
  const summary = join(dir, "tóm tắt.json");
  const r = await cli([
    "rollup",
    "--stats",
    ...stats,
    "--org",
    ORG,
    "--period",
    period,
    "--profile",
    "state",
    "--format",
    formats,
    "--out",
    dir,
    "--summary-json",
    summary,
    ...extra,
  ]);
  return { ...r, dir, summary: r.code === 0 || r.code === 3 ? read(summary) : null };
}

/** Sheet name → rows of cell values (formulas as their results). */
async function sheets(path: string): Promise<Map<string, (string | number | null)[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out = new Map<string, (string | number | null)[][]>();
  wb.eachSheet((ws) => {
    const rows: (string | number | null)[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const values: (string | number | null)[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const v = row.getCell(c).value;
        values.push(
          v === null || v === undefined
            ? null
            : typeof v === "object" && "formula" in v
              ? // ExcelJS reads a cached result of 0 (“<v>0</v>”) back as no result at all.
                ((v.result as number | undefined) ?? 0)
              : (v as string | number),
        );
      }
      rows.push(values);
    });
    out.set(ws.name, rows);
  });
  return out;
}

/** The values of a form's "Tổng" row, keyed by column number (read from the "MS" row). */
function totals(rows: (string | number | null)[][]): Map<number, number | null> {
  const ms = rows.find((r) => r[0] === "MS") ?? [];
  const total = rows.find((r) => r[0] === "Tổng") ?? [];
  return new Map(ms.slice(1).map((code, i) => [Number(String(code).split("=")[0]), (total[i + 1] as number) ?? null]));
}

/** The integers from `a` to `b`, both included. */
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

const full = await fullReport("2026-Q1", "xlsx,docx");
/**
 * A summary without its notes, which differ while the numbers agree: the report from all the registers also says that
 * it left out the Party committees' cases (a State report counts the People's Committee's; review s17s F2), which the
 * roll-up never sees.
 */
const numbersOf = ({ notes: _notes, ...rest }: Record<string, unknown>) => rest;
const q1of2025 = await fullReport("2025-Q1");
const unitFiles = await Promise.all(UNITS.map((u) => unitStats(u, "2026-Q1")));

/**
 * The Party profile's 2026-Q1, two ways: the communes' statistics files (each made from its own registers) rolled up
 * with the Tỉnh ủy's own registers, and one report from all the Party registers; the sessions registers as
 * `sessionsOf` gives them, the same `extra` options everywhere.
 */
async function partyRollupAndReport(name: string, sessionsOf: (unit: string) => string, extra: string[] = []) {
  const party = async (args: string[], dirName: string, org = ORG) => {
    const dir = join(tmp.dir, `đảng ${dirName} ${name}`);
    const summary = join(dir, "tóm tắt.json");
    const r = await cli(
      [...args, "--org", org, "--period", "2026-Q1", ...extra, "--format", "xlsx"].concat([
        "--out",
        dir,
        "--summary-json",
        summary,
      ]),
    );
    expect(r.code).toBe(0);
    return { ...r, summary: read(summary) };
  };
  const communes = UNITS.filter((u) => u !== "tu-minh-son" && u !== "ubnd-minh-son");
  const files = await Promise.all(
    communes.map(async (u) => {
      const out = join(tmp.dir, `so-lieu-dang-${u}-${name}.json`);
      await party(
        ["report", "--cases", casesRegisterOf(u), "--sessions", sessionsOf(u), "--stats-out", out],
        u,
        orgOf(u),
      );
      return out;
    }),
  );
  const province = [
    "--cases",
    join(EXAMPLE_DIR, "so-theo-doi-don-tu-minh-son.csv"),
    "--sessions",
    sessionsOf("tu-minh-son"),
  ];
  const rolled = await party(["rollup", "--stats", ...files, ...province, "--allow-partial"], "tổng hợp");
  const all = await party(
    [
      "report",
      "--cases",
      ...allCases.filter((f) => !f.includes("ubnd")),
      "--sessions",
      ...["tu-minh-son", ...communes].map(sessionsOf),
    ],
    "tất cả",
  );
  return { rolled, all };
}

describe("tiepdan rollup", () => {
  it("the province rolled up from its seven units' statistics files equals the report from all thirteen registers", async () => {
    expect(full.code).toBe(0);
    const r = await rollup(unitFiles, "2026-Q1", "tổng hợp");
    expect(r.stderr).not.toMatch(/Không tổng hợp/);
    expect(r.code).toBe(0);
    expect(numbersOf(r.summary)).toEqual(numbersOf(full.summary));
    expect(r.summary.cases.total).toBeGreaterThan(0);
    // The Party committees' State-profile files count nothing of the State side, and say so (review s18h F12).
    expect(r.stderr).toContain(
      "Lưu ý: Tệp số liệu “so-lieu-xa-an-binh-2026-Q1.json” do “Đảng ủy xã An Bình” (cấp ủy, tổ chức đảng) lập theo thể thức hành chính: tệp không có số liệu nào được tổng hợp. [ROLLUP_SIDE]",
    );
    // The workbooks hold the same numbers.
    expect([...(await sheets(join(r.dir, "bao-cao-2026-Q1-nha-nuoc.xlsx")))]).toEqual([...(await sheets(full.xlsx))]);
  });

  it("the province's own registers (--cases, --sessions) with the other units' files give the same numbers", async () => {
    const own = [
      "--cases",
      join(EXAMPLE_DIR, "so-theo-doi-don-tu-minh-son.csv"),
      "--sessions",
      join(EXAMPLE_DIR, "so-buoi-tiep-tu-minh-son.csv"),
    ];
    const r = await rollup(unitFiles.slice(1), "2026-Q1", "tổng hợp có sổ", own);
    expect(r.code).toBe(0);
    expect(numbersOf(r.summary)).toEqual(numbersOf(full.summary));
    // …but not its own registers and its own statistics file together: it would count twice.
    const twice = await rollup(unitFiles, "2026-Q1", "tổng hợp hai lần", own);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/“Tỉnh ủy Minh Sơn” vừa có sổ .* vừa có tệp số liệu .*\[ROLLUP_DUPLICATE_UNIT\]/);
  });

  it("refuses a commune's register given beside its own statistics file: it would count twice (review s16 F1)", async () => {
    const commune = [
      ...["--cases", join(EXAMPLE_DIR, "so-theo-doi-don-xa-an-binh.csv")],
      ...["--sessions", join(EXAMPLE_DIR, "so-buoi-tiep-xa-an-binh.csv")],
    ];
    const r = await rollup(unitFiles, "2026-Q1", "tổng hợp sổ xã", commune);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /có \d+ vụ việc và \d+ buổi tiếp dân của “Đảng ủy xã An Bình”, đơn vị đã gửi tệp số liệu “so-lieu-xa-an-binh-2026-Q1\.json”: số liệu sẽ bị tính hai lần\..*\[ROLLUP_DUPLICATE_UNIT\]/,
    );
  });

  it("refuses a roll-up missing a unit's file unless --allow-partial, and then does not judge its head (review s16 F2)", async () => {
    const partial = unitFiles.filter((f) => !f.includes("ubnd-minh-son"));
    const refused = await rollup(partial, "2026-Q1", "tổng hợp thiếu");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("Chưa có số liệu của 1 đơn vị: Ủy ban nhân dân tỉnh Minh Sơn (");
    expect(refused.stderr).toContain("[ROLLUP_MISSING_UNITS]");
    const allowed = await rollup(partial, "2026-Q1", "tổng hợp thiếu cho phép", ["--allow-partial"], "xlsx,docx");
    expect(allowed.code).toBe(3);
    expect(allowed.stderr).toContain("Lưu ý: Chưa có số liệu của 1 đơn vị: Ủy ban nhân dân tỉnh Minh Sơn");
    // The head of the unit that sent nothing is not said to have held 0 days.
    expect(allowed.summary.sessions.required).toBeNull();
    expect(full.summary.sessions.required).not.toBeNull();
    // Its rows are blank and say it has not reported: not zeros, which an official would read as nothing received.
    const workbook = await sheets(join(allowed.dir, "bao-cao-2026-Q1-nha-nuoc.xlsx"));
    const unitRows = [...workbook].flatMap(([sheet, rows]) =>
      rows.filter((r) => String(r[0] ?? "").startsWith("Ủy ban nhân dân tỉnh Minh Sơn")).map((r) => [sheet, r]),
    );
    expect(unitRows.length).toBeGreaterThan(2);
    for (const [, row] of unitRows) {
      expect((row as unknown[])[0]).toBe("Ủy ban nhân dân tỉnh Minh Sơn (chưa báo cáo)");
      expect((row as unknown[]).slice(1).filter((v) => v !== null)).toEqual([]);
    }
    // The report says so under its data range, as an official would write it.
    expect(docxText(join(allowed.dir, "bao-cao-2026-Q1-nha-nuoc.docx"))).toContain(
      "Số liệu tổng hợp chưa gồm số liệu của Ủy ban nhân dân tỉnh Minh Sơn (chưa gửi báo cáo).",
    );
  });

  it("review s20 R2: with --as-of inside the period, the province's own registers count what is known on that date, as the report from all the registers does", async () => {
    // The Party profile: the Tỉnh ủy's own register holds cases received after 10/02/2026 that the quarter counts.
    const sessionsOf = (u: string) => join(EXAMPLE_DIR, `so-buoi-tiep-${u}.csv`);
    const { rolled, all } = await partyRollupAndReport("as-of", sessionsOf, ["--as-of", "2026-02-10"]);
    expect(rolled.summary.cases).toEqual(all.summary.cases);
    expect(rolled.summary.sessions).toEqual(all.summary.sessions);
    // The cases left out are said, in the words of a report from the registers.
    expect(rolled.stderr).toMatch(
      /Lưu ý: Sổ có \d+ vụ việc( và \d+ buổi tiếp)? ghi ngày sau ngày tính số liệu 10\/02\/2026: không được tính trong văn bản này\./,
    );
  });

  it("review s20 S6: a head with no session in the period is judged short in a roll-up as in the report from the registers", async () => {
    // Every unit's sessions register without its first quarter's sessions.
    const withoutQ1 = (u: string) => {
      const [head, ...rows] = readFileSync(join(EXAMPLE_DIR, `so-buoi-tiep-${u}.csv`), "utf8").split(/\r?\n/);
      const path = join(tmp.dir, `so-buoi-tiep-${u}-khong-quy-1.csv`);
      writeFileSync(path, [head, ...rows.filter((r) => !/(?:^|;)\d{2}\/0[1-3]\/2026(?:;|$)/.test(r))].join("\n"));
      return path;
    };
    const { rolled, all } = await partyRollupAndReport("không quý 1", withoutQ1);
    expect(all.summary.sessions.monthsShort).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(rolled.summary.sessions).toEqual(all.summary.sessions);
    expect(rolled.summary.judged).toEqual(all.summary.judged);
  });

  it("a statistics file holds no name, address or content of any case", () => {
    const secrets = new Set<string>();
    for (const f of allCases) {
      const rows: Record<string, string>[] = parse(readFileSync(f), { bom: true, delimiter: ";", columns: true });
      for (const row of rows) for (const k of ["Người gửi", "Địa chỉ", "Nội dung"]) if (row[k]) secrets.add(row[k]);
    }
    expect(secrets.size).toBeGreaterThan(100);
    for (const file of unitFiles) {
      const text = readFileSync(file, "utf8");
      expect([...secrets].filter((s) => text.includes(s))).toEqual([]);
      expect(read(file).format).toBe("tiepdan-so-lieu@1");
    }
  });

  it.each([
    [
      "another period",
      async () => [await unitStats("xa-an-binh", "2025-Q4"), ...unitFiles.slice(2)],
      /là số liệu của quý IV năm 2025.*\[ROLLUP_PERIOD\]/,
    ],
    [
      "another cutoff",
      async () => [await unitStats("xa-an-binh", "2026-Q1", ["--cutoff", "calendar"]), ...unitFiles.slice(2)],
      /khác cách tính khoảng số liệu.*\[ROLLUP_PERIOD\]/,
    ],
    [
      "the same file twice",
      async () => [...unitFiles, unitFiles[1] as string],
      /so-lieu-xa-an-binh-2026-Q1\.json” \(Đảng ủy xã An Bình\) được đưa vào hai lần.*\[ROLLUP_DUPLICATE_UNIT\]/,
    ],
    [
      "the same unit twice, in two files",
      async () => {
        const p = join(tmp.dir, "ban-sao-an-binh.json");
        writeFileSync(p, readFileSync(unitFiles[1] as string, "utf8"));
        return [...unitFiles, p];
      },
      /Đơn vị “Đảng ủy xã An Bình” có hai tệp số liệu.*\[ROLLUP_DUPLICATE_UNIT\]/,
    ],
    [
      "a unit the org file does not list (review s18h F10)",
      async () => {
        const p = join(tmp.dir, "xa-moi.json");
        const file = read(unitFiles[1] as string);
        // Made for another unit (without the checksum, which would refuse a file edited by hand: STATS_FILE_EDITED).
        const other = { ...file, unit: { ...file.unit, id: "xa-moi", name: "Đảng ủy xã Mới" }, checksum: undefined };
        writeFileSync(p, JSON.stringify(other));
        return [...unitFiles, p];
      },
      /“xa-moi\.json” là của “Đảng ủy xã Mới” \(mã “xa-moi”\), đơn vị không có trong tệp thông tin đơn vị.*\[ROLLUP_UNKNOWN_UNIT\]/,
    ],
    [
      "an earlier roll-up's file beside the files it added up (review s19x F3)",
      async () => {
        const earlier = join(tmp.dir, "so-lieu-tong-hop.json");
        const r = await rollup(unitFiles.slice(1), "2026-Q1", "tổng hợp trước", ["--stats-out", earlier]);
        expect(read(earlier).includes.map((u: { id: string }) => u.id)).toEqual(
          unitFiles.slice(1).map((f) => read(f).unit.id),
        );
        expect(r.code).toBe(0);
        return [...unitFiles, earlier];
      },
      /“so-lieu-tong-hop\.json” \(Tỉnh ủy Minh Sơn\) là tệp tổng hợp, đã gồm số liệu của 6 đơn vị cũng có tệp riêng: “Đảng ủy xã An Bình” \(tệp “so-lieu-xa-an-binh-2026-Q1\.json”\).*\[ROLLUP_DUPLICATE_UNIT\]/,
    ],
    [
      "an unknown format version",
      async () => {
        const p = join(tmp.dir, "so-lieu-v2.json");
        writeFileSync(p, JSON.stringify({ ...read(unitFiles[1] as string), format: "tiepdan-so-lieu@2" }));
        return [unitFiles[0] as string, p];
      },
      /phiên bản “tiepdan-so-lieu@2”.*\[STATS_FILE_VERSION\]/,
    ],
  ])("refuses %s: exit 2, a Vietnamese message, nothing written", async (_name, make, message) => {
    const r = await rollup(await make(), "2026-Q1", `từ chối ${_name}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Không tổng hợp: chưa ghi tệp nào/);
    expect(() => readdirSync(r.dir)).not.toThrow();
    expect(readdirSync(r.dir)).toEqual([]);
  });
});

describe("official State forms in the workbook", () => {
  it("2026-Q1 (Thông tư 06/2025/TT-TTCP): 01/TCD and 02/XLD, totals equal to the summary where they count the same thing", async () => {
    const wb = await sheets(full.xlsx);
    expect([...wb.keys()]).toEqual(["01-TCD", "02-XLD", "03-GQKN", "04-GQTC"]);
    const tcd = wb.get("01-TCD") ?? [];
    const xld = wb.get("02-XLD") ?? [];
    expect(tcd[0]?.[0]).toBe("Biểu số: 01/TCD");
    expect(xld[0]?.[0]).toBe("Biểu số: 02/XLD");
    const t = totals(tcd);
    const x = totals(xld);
    const s = full.summary;
    // 01/TCD (12) “Số người được tiếp” by the head = sum of “Số lượt người”; (10) “Số ngày tiếp” = the days sessions
    // were held, at most one per session.
    expect(t.get(12)).toBe(s.sessions.people);
    expect(t.get(10)).toBeGreaterThan(0);
    expect(t.get(10)).toBeLessThanOrEqual(s.sessions.held);
    // (1) = (5) + (11) + (17), (4) = (8) + (14) + (20), the delegated columns blank.
    expect(t.get(1)).toBe((t.get(5) ?? 0) + (t.get(11) ?? 0));
    expect(t.get(4)).toBe((t.get(8) ?? 0) + (t.get(14) ?? 0));
    // 02/XLD (1) = the letters received in the period and those from before it not processed before it: at least
    // the period's, at most those plus every case carried over without a result. The form's own equalities hold.
    expect(x.get(1)).toBeGreaterThanOrEqual(s.cases.total);
    expect(x.get(1)).toBeLessThanOrEqual(s.cases.carriedOver + s.cases.total);
    const sum = (...ns: number[]) => ns.reduce((a, n) => a + (x.get(n) ?? 0), 0);
    expect(x.get(3)).toBe(sum(4, 23));
    expect(x.get(4)).toBe(sum(6, 12, 19));
    expect([sum(9, 10, 11), sum(15, 16, 17, 18), sum(20, 21, 22), sum(24, 25)]).toEqual([
      x.get(6),
      x.get(12),
      x.get(19),
      x.get(23),
    ]);
    expect(sum(7, 8)).toBeLessThanOrEqual(x.get(6) ?? 0);
    expect(x.get(6)).toBeGreaterThan(0);
    // Columns the registers cannot fill are blank and listed in the summary JSON.
    expect(x.get(5)).toBeNull();
    expect(s.forms.blankColumns.map((b: { form: string; number: number }) => `${b.form}(${b.number})`)).toEqual([
      ...[3, 7, 13, 16, 17, 18, 19, 20, 21].map((n) => `01/TCD(${n})`),
      "02/XLD(5)",
      ...[5, ...range(8, 23)].map((n) => `03/GQKN(${n})`),
      ...[5, ...range(8, 25)].map((n) => `04/GQTC(${n})`),
    ]);
    expect(full.stderr).toMatch(
      /Biểu 02\/XLD: cột \(5\) “Số vụ việc thuộc thẩm quyền” để trống — sổ theo dõi ghi mỗi dòng một đơn/,
    );
    expect(full.stderr).toMatch(
      /Biểu 01\/TCD: các cột \(16\) “Số ngày tiếp”, \(17\) “Số lượt tiếp”, .* để trống — sổ buổi tiếp dân không ghi/,
    );
  });

  it("2026-Q1: 03/GQKN and 04/GQTC count the complaints and denunciations 02/XLD puts within competence, and settle them", async () => {
    const wb = await sheets(full.xlsx);
    const x = totals(wb.get("02-XLD") ?? []);
    const kn = totals(wb.get("03-GQKN") ?? []);
    const tc = totals(wb.get("04-GQTC") ?? []);
    expect(wb.get("03-GQKN")?.[0]?.[0]).toBe("Biểu số: 03/GQKN");
    expect(wb.get("04-GQTC")?.[0]?.[0]).toBe("Biểu số: 04/GQTC");
    // (1): the letters within competence (“Hướng xử lý” Giải quyết) — 02/XLD (6) and (12), as the forms' notes say.
    expect(kn.get(1)).toBe(x.get(6));
    expect(tc.get(1)).toBe(x.get(12));
    // (2) = (3) + (4) + (5) + (6), (5) blank: at most (1) (a letter settled without “Ngày thụ lý” is in none).
    for (const f of [kn, tc]) {
      expect(f.get(2)).toBe((f.get(3) ?? 0) + (f.get(4) ?? 0) + (f.get(6) ?? 0));
      expect(f.get(2)).toBeLessThanOrEqual(f.get(1) ?? 0);
      expect(f.get(5)).toBeNull();
    }
    expect((kn.get(7) ?? 0) + (tc.get(7) ?? 0)).toBeGreaterThan(0);
    // Decisions and conclusions, and withdrawals, are among the cases the summary counts as having a result.
    expect((kn.get(6) ?? 0) + (kn.get(7) ?? 0) + (tc.get(6) ?? 0) + (tc.get(7) ?? 0)).toBeLessThanOrEqual(
      full.summary.cases.resolved + full.summary.cases.carriedOver,
    );
    expect(full.stderr).toMatch(
      /Biểu 04\/GQTC: các cột \(8\) “Tố cáo đúng”, .* để trống — sổ theo dõi không ghi kết luận tố cáo/,
    );
  });

  it("2026-Q1: the State report's appendices are the four forms, then the overdue list, no note about our sources", () => {
    const text = docxText(join(full.dir, "bao-cao-2026-Q1-nha-nuoc.docx"));
    const appendices = [...text.matchAll(/Phụ lục (\d+) (Biểu số [^.]+\.|DANH SÁCH [^(]+)/g)].map((m) =>
      `${m[1]} ${m[2]}`.trim(),
    );
    expect(appendices.slice(0, 5)).toEqual([
      "1 Biểu số 01/TCD.",
      "2 Biểu số 02/XLD.",
      "3 Biểu số 03/GQKN.",
      "4 Biểu số 04/GQTC.",
      "5 DANH SÁCH VỤ VIỆC QUÁ THỜI HẠN THEO QUY ĐỊNH",
    ]);
    expect(text).toContain("danh sách tại Phụ lục 5.");
    // TT 06/2025's layouts were read in its appendix: no warning. That a layout is not verified (TT 01/2024's) is said
    // on stderr, never in the document.
    expect(full.stderr).not.toMatch(/chưa đối chiếu được/);
    expect(q1of2025.stderr).toMatch(/Lưu ý: bố cục Biểu 03\/KQGQ của Thông tư 01\/2024\/TT-TTCP chưa đối chiếu được/);
    expect(text).not.toMatch(/legal-sources|chưa đối chiếu/);
  });

  it("2025-Q1 (Thông tư 01/2024/TT-TTCP, before 30/09/2025): the 01/2024 set, 01/TCD, 01/XLD, 01/KQGQ, 03/KQGQ", async () => {
    const q1 = q1of2025;
    expect(q1.code).toBe(0);
    const wb = await sheets(q1.xlsx);
    expect([...wb.keys()]).toEqual(["01-TCD", "01-XLD", "01-KQGQ", "03-KQGQ"]);
    expect(wb.get("01-XLD")?.[1]?.[0]).toBe("TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN");
    expect(wb.get("03-KQGQ")?.[1]?.[0]).toBe("TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TỐ CÁO THUỘC THẨM QUYỀN");
    expect(q1.summary.forms.used.map((f: { id: string }) => f.id)).toEqual([
      "tt01-2024/01-TCD",
      "tt01-2024/01-XLD",
      "tt01-2024/01-KQGQ",
      "tt01-2024/03-KQGQ",
    ]);
    const x = totals(wb.get("01-XLD") ?? []);
    expect(totals(wb.get("01-KQGQ") ?? []).get(1)).toBe(x.get(15));
    expect(totals(wb.get("03-KQGQ") ?? []).get(1)).toBe(x.get(16));
  });
});

describe("the unit named in a statistics file", () => {
  it.each([
    ["state", "Ủy ban nhân dân [tên tỉnh]"],
    ["party", "Tỉnh ủy [tên tỉnh]"],
  ] as const)("without --org, a %s file is the placeholder unit of its own profile (“%s”)", async (profile, name) => {
    const out = join(tmp.dir, `không org ${profile}`);
    const stats = join(out, "so-lieu.json");
    const r = await cli([
      "report",
      ...["--cases", join(EXAMPLE_DIR, "so-theo-doi-don-xa-an-binh.csv"), "--period", "2026-Q1"],
      ...["--profile", profile, "--format", "xlsx", "--out", out, "--stats-out", stats],
    ]);
    expect(r.code).toBe(0);
    expect(read(stats).unit.name).toBe(name);
  });
});

describe("tiepdan rollup of files made without --org", () => {
  it("two communes' files with one unit id and one base name: both named by their path, the clash explained", async () => {
    const made: string[] = [];
    for (const unit of ["xa-an-binh", "xa-hoa-lac"]) {
      const out = join(tmp.dir, `không org ${unit}`);
      const stats = join(out, "so-lieu.json");
      const r = await cli([
        "report",
        ...["--cases", join(EXAMPLE_DIR, `so-theo-doi-don-${unit}.csv`)],
        ...["--sessions", join(EXAMPLE_DIR, `so-buoi-tiep-${unit}.csv`)],
        ...["--period", "2026-Q1", "--format", "xlsx", "--out", out, "--stats-out", stats],
      ]);
      expect(r.code).toBe(0);
      made.push(stats);
    }
    const r = await cli([
      "rollup",
      ...["--stats", ...made, "--org", ORG, "--period", "2026-Q1", "--out", join(tmp.dir, "tổng hợp không org")],
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `“${made[0]}” (Đảng ủy xã An Bình) và “${made[1]}” (Đảng ủy xã Hòa Lạc) mang cùng mã đơn vị`,
    );
    expect(r.stderr).toContain("--org");
  });
});

describe("tiepdan rollup given files that are not statistics files", () => {
  it.each([
    ["a register (CSV)", () => casesRegisterOf("xa-an-binh"), "STATS_FILE_JSON"],
    [
      "a register (JSON)",
      () => {
        const path = join(tmp.dir, "so.json");
        writeFileSync(path, '[{"Mã số": "MS-1"}]');
        return path;
      },
      "STATS_FILE_FORMAT",
    ],
  ])("%s alone: exit 2 with what it is, no stack trace (it was an unexpected RangeError)", async (_n, path, code) => {
    const r = await rollup([path()], "2026-Q1", `không phải số liệu ${code}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`[${code}]`);
    expect(r.stderr).toContain("Không có tệp số liệu nào để tổng hợp. [ROLLUP_EMPTY]");
    expect(r.stderr).not.toContain("lỗi không mong đợi");
  });
});
