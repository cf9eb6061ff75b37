// `tiepdan schedule` end to end on the Minh Sơn example, read back as a person gets it: the PDF through pdftotext
// (text and word positions), the DOCX through its XML. Every date is checked against core's calendar, not against
// what the command itself computed.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  formatCitation,
  getRuleSetAt,
  getWeekday,
  type IsoDate,
  isWorkingDay,
  QD11_KL215,
  VIETNAM_CALENDAR,
} from "@tiepdan/core";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { run, tempDir } from "../../test/document/readers.js";
import { main } from "./main.js";

const ORG = join(import.meta.dirname, "../../../../examples/minh-son/don-vi.json");
const example = JSON.parse(readFileSync(ORG, "utf8")) as {
  units: { id: string; name: string; level: string; side?: string }[];
};
// The Party profile schedules the Party secretaries (the State profile the People's Committee's chair): DESIGN.md
// rule 1, each profile its own side.
const org = { units: example.units.filter((u) => u.side !== "state") };
const UNITS = org.units.map((u) => u.name);
const EXPECTED_DAYS = org.units.map((u) => (u.level === "province" ? 12 : 24));

const tmp = tempDir("tiepdan-lịch tiếp dân ");
afterAll(() => tmp.remove());

async function cli(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(["schedule", ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const oneLine = (s: string) => s.replace(/\s+/g, " ");
const pdfText = (file: string) => oneLine(run("pdftotext", ["-enc", "UTF-8", file, "-"]));
const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
const runs = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? ""));
const documentXml = (file: string) => strFromU8(unzipSync(readFileSync(file))["word/document.xml"] as Uint8Array);
/** The text of a DOCX as its XML holds it: the runs of each paragraph joined, paragraphs separated by a space. */
const docxText = (file: string) =>
  oneLine((documentXml(file).match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => runs(p).join("")).join(" "));

const DATE = /(?<!thay ngày )\b(\d{2})\/(\d{2})\/(\d{4})\b/g;
const iso = (m: RegExpMatchArray) => `${m[3]}-${m[2]}-${m[1]}` as IsoDate;

/** The schedule table of a DOCX: the table whose first cell says "Tháng"; each row a list of cell texts. */
function scheduleTable(file: string): string[][] {
  const tables = documentXml(file).match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
  const rowsOf = (t: string) =>
    (t.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((r) =>
      (r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((c) => runs(c).join(" ")),
    );
  const found = tables.map(rowsOf).find((rows) => rows[0]?.[0] === "Tháng");
  if (!found) throw new Error(`no schedule table in ${file}`);
  return found;
}

/** Dates per unit column of the DOCX table (moved dates counted once, the day they replace not at all). */
function datesByUnit(file: string): Map<string, { month: number; date: IsoDate }[]> {
  const [header, ...rows] = scheduleTable(file);
  const out = new Map<string, { month: number; date: IsoDate }[]>();
  for (const row of rows) {
    const month = /^Tháng (\d+)$/.exec(row[0] ?? "")?.[1];
    if (month === undefined) continue;
    row.slice(1).forEach((cell, i) => {
      const unit = header?.[i + 1] as string;
      for (const m of cell.matchAll(DATE))
        out.set(unit, [...(out.get(unit) ?? []), { month: Number(month), date: iso(m) }]);
    });
  }
  return out;
}

/**
 * Dates in the table of a PDF page (below its "Tháng" header), grouped by the column they are centred in, left to
 * right (word boxes of pdftotext -bbox).
 */
function pdfDateColumns(file: string, page: number): IsoDate[][] {
  const html = run("pdftotext", ["-bbox", "-enc", "UTF-8", "-f", String(page), "-l", String(page), file, "-"]);
  const words = [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g),
  ].map((w) => ({ x: (Number(w[1]) + Number(w[3])) / 2, y: Number(w[2]), text: w[4] ?? "" }));
  const top = Math.min(...words.filter((w) => w.text === "Tháng").map((w) => w.y));
  const dates = words
    .filter((w) => w.y > top && /^\d{2}\/\d{2}\/\d{4}$/.test(w.text))
    .map((w) => ({ x: w.x, date: iso([...w.text.matchAll(DATE)][0] as RegExpMatchArray) }))
    .sort((a, b) => a.x - b.x);
  const columns: { x: number; dates: IsoDate[] }[] = [];
  for (const w of dates) {
    const last = columns.at(-1);
    if (last && w.x - last.x < 20) last.dates.push(w.date);
    else columns.push({ x: w.x, dates: [w.date] });
  }
  return columns.map((c) => c.dates.sort());
}

const TET_2026 = ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"];
const KL215 = formatCitation(QD11_KL215.frequency);

// Two runs of the example: the Party notice on Thursdays with a place and a number, the State notice spread evenly.
const partyDir = join(tmp.dir, "thứ năm");
const party = await cli(
  "--year",
  "2026",
  "--org",
  ORG,
  "--weekday",
  "5",
  "--place",
  "Trụ sở Tiếp công dân tỉnh Minh Sơn, số 1 đường Lê Lợi",
  "--place",
  "xa-an-binh=Hội trường Đảng ủy xã An Bình",
  "--number",
  "15",
  "--date",
  "25/12/2025",
  "--out",
  partyDir,
);
const stateDir = join(tmp.dir, "nhà nước");
const state = await cli(
  "--year",
  "2026",
  "--org",
  ORG,
  "--profile",
  "state",
  "--place",
  "Trụ sở Tiếp công dân tỉnh Minh Sơn",
  "--date",
  "2025-12-26",
  "--out",
  stateDir,
);

describe("tiepdan schedule on the Minh Sơn example", () => {
  it("exits 0 and writes the four files named by year and profile, atomically (no temporary file left)", () => {
    expect(party.code, party.stderr).toBe(0);
    expect(state.code, state.stderr).toBe(0);
    expect(readdirSync(partyDir).sort()).toEqual(["lich-tiep-dan-2026-dang.docx", "lich-tiep-dan-2026-dang.pdf"]);
    expect(readdirSync(stateDir).sort()).toEqual([
      "lich-tiep-dan-2026-nha-nuoc.docx",
      "lich-tiep-dan-2026-nha-nuoc.pdf",
    ]);
    expect(party.stdout).toContain("Đã lập lịch tiếp dân năm 2026 của 6 đơn vị: 132 ngày tiếp dân.");
  });

  const files = {
    party: { pdf: join(partyDir, "lich-tiep-dan-2026-dang.pdf"), docx: join(partyDir, "lich-tiep-dan-2026-dang.docx") },
    state: {
      pdf: join(stateDir, "lich-tiep-dan-2026-nha-nuoc.pdf"),
      docx: join(stateDir, "lich-tiep-dan-2026-nha-nuoc.docx"),
    },
  };
  const partyOnly = () => Object.entries(files).filter(([k]) => k === "party");

  it("state: the People's Committee's chair, at least one day a month (Luật Tiếp công dân 2013 Điều 12)", () => {
    const byUnit = datesByUnit(files.state.docx);
    expect([...byUnit.keys()]).toEqual(["Ủy ban nhân dân tỉnh Minh Sơn"]);
    expect(byUnit.get("Ủy ban nhân dân tỉnh Minh Sơn")).toHaveLength(12);
    for (const text of [pdfText(files.state.pdf), docxText(files.state.docx)]) {
      expect(text).toContain("Luật Tiếp công dân");
      expect(text).not.toContain("Đảng ủy xã");
    }
  });

  it.each(["pdf", "docx"] as const)(
    "%s: the Party header (Hướng dẫn 36-HD/VPTW), a notice numbered TB/TU",
    (format) => {
      const text = format === "pdf" ? pdfText(files.party.pdf) : docxText(files.party.docx);
      for (const s of [
        "ĐẢNG BỘ TỈNH MINH SƠN",
        "TỈNH ỦY MINH SƠN",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 15-TB/TU",
        "Minh Sơn, ngày 25 tháng 12 năm 2025",
        "THÔNG BÁO",
        "Lịch tiếp dân năm 2026 của người đứng đầu Tỉnh ủy Minh Sơn và các cấp ủy trực thuộc",
        "T/M BAN THƯỜNG VỤ",
        "Nguyễn Văn Minh",
        "LỊCH TIẾP DÂN NĂM 2026",
        "Kèm theo Thông báo số 15-TB/TU ngày 25/12/2025 của Tỉnh ủy Minh Sơn",
      ]) {
        expect(text).toContain(s);
      }
      expect(text).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(text).not.toContain("DỰ THẢO");
    },
  );

  it.each(["pdf", "docx"] as const)("%s: the State header (Nghị định 30/2020), a notice numbered TB-UBND", (format) => {
    const text = format === "pdf" ? pdfText(files.state.pdf) : docxText(files.state.docx);
    for (const s of [
      "ỦY BAN NHÂN DÂN TỈNH MINH SƠN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "/TB-UBND",
      "Minh Sơn, ngày 26 tháng 12 năm 2025",
      "THÔNG BÁO",
      "KT. CHỦ TỊCH",
      // The State's word (review s18h F13).
      "LỊCH TIẾP CÔNG DÂN NĂM 2026 CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH MINH SƠN",
      "Chủ tịch Ủy ban nhân dân cấp tỉnh tiếp công dân ít nhất 1 ngày trong 1 tháng.",
      "Ngày tiếp công dân cố định của Chủ tịch Ủy ban nhân dân:",
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
  });

  it.each(partyOnly())("%s: the basis is core's citation of QĐ 11 as amended by KL 215", (_, f) => {
    expect(getRuleSetAt("2026-01-01").id).toBe("qd11-kl215-2025");
    for (const text of [pdfText(f.pdf), docxText(f.docx)]) {
      expect(text).toContain(`Thực hiện ${KL215},`);
      expect(text).toContain("Người đứng đầu cấp ủy cấp tỉnh tiếp dân ít nhất 1 ngày trong 1 tháng.");
      expect(text).toContain("Người đứng đầu cấp ủy cấp xã tiếp dân ít nhất 2 ngày trong 1 tháng.");
      expect(text).toContain("Thông báo 9441/TB-BNV");
      expect(text).toContain("niêm yết công khai");
      expect(text).toContain("sẽ thông báo công khai trước ngày tiếp dân");
      for (const name of UNITS) expect(text).toContain(name);
    }
  });

  it.each(partyOnly())("%s: DOCX table — 12 days for the province, 24 per commune, the minimum every month", (_, f) => {
    const byUnit = datesByUnit(f.docx);
    expect([...byUnit.keys()]).toEqual(UNITS);
    expect(UNITS.map((u) => byUnit.get(u)?.length)).toEqual(EXPECTED_DAYS);
    org.units.forEach((u) => {
      const perMonth = Array.from(
        { length: 12 },
        (_, m) => byUnit.get(u.name)?.filter((d) => d.month === m + 1).length,
      );
      expect(perMonth, u.name).toEqual(Array(12).fill(u.level === "province" ? 1 : 2));
      for (const d of byUnit.get(u.name) ?? []) expect(Number(d.date.slice(5, 7)), d.date).toBe(d.month);
    });
  });

  it.each(partyOnly())("%s: PDF table — the same dates column by column, left to right", (_, f) => {
    const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [f.pdf]))?.[1]);
    const columns = pdfDateColumns(f.pdf, pages);
    const byUnit = datesByUnit(f.docx);
    expect(columns.map((c) => c.length)).toEqual(EXPECTED_DAYS);
    expect(columns).toEqual(UNITS.map((u) => (byUnit.get(u) ?? []).map((d) => d.date).sort()));
  });

  it.each(partyOnly())("%s: every date is a working day of 2026 and none falls in Tết (16–20/02/2026)", (_, f) => {
    const dates = [...datesByUnit(f.docx).values()].flat().map((d) => d.date);
    expect(dates).toHaveLength(132);
    for (const d of dates) {
      expect(d.startsWith("2026-"), d).toBe(true);
      expect(isWorkingDay(d, VIETNAM_CALENDAR), d).toBe(true);
      expect(TET_2026, d).not.toContain(d);
    }
    for (const holiday of ["2026-01-01", "2026-04-30", "2026-05-01", "2026-09-02"])
      expect(dates).not.toContain(holiday);
  });

  it("--weekday 5 puts every date on a Thursday; a Thursday off is moved, says which day it replaces and why", () => {
    const byUnit = datesByUnit(files.party.docx);
    const moved = [...byUnit.values()].flat().filter((d) => getWeekday(d.date) !== 4);
    // Only the province's third Thursday of February (19/02/2026, Tết) is a day off.
    expect(moved.map((d) => d.date)).toEqual(["2026-02-23"]);
    const table = scheduleTable(files.party.docx);
    expect(table.find((r) => r[0] === "Tháng 2")?.[1]).toBe("Thứ Hai, 23/02/2026 (thay ngày 19/02/2026)");
    expect(getWeekday("2026-02-19")).toBe(4);
    expect(isWorkingDay("2026-02-19")).toBe(false);
    for (const text of [pdfText(files.party.pdf), docxText(files.party.docx)]) {
      expect(text).toContain(
        "Tỉnh ủy Minh Sơn: Thứ Năm, 19/02/2026 là ngày nghỉ Tết Nguyên đán, ngày tiếp dân chuyển sang Thứ Hai, 23/02/2026.",
      );
      expect(text).toContain("Tỉnh ủy Minh Sơn: thứ Năm của tuần thứ ba hằng tháng.");
      expect(text).toContain("thứ Năm của tuần thứ hai và thứ Năm của tuần thứ tư hằng tháng.");
      expect(text).toContain("Thứ Năm, 08/01/2026");
    }
  });

  it("prints the shared place once and a unit's own place beside it", () => {
    const text = docxText(files.party.docx);
    expect(text).toContain("- Tỉnh ủy Minh Sơn: Trụ sở Tiếp công dân tỉnh Minh Sơn, số 1 đường Lê Lợi.");
    expect(text).toContain("- Đảng ủy xã An Bình: Hội trường Đảng ủy xã An Bình.");
    expect(scheduleTable(files.party.docx).at(-1)?.slice(0, 3)).toEqual([
      "Địa điểm",
      "Trụ sở Tiếp công dân tỉnh Minh Sơn, số 1 đường Lê Lợi",
      "Hội trường Đảng ủy xã An Bình",
    ]);
    expect(docxText(files.state.docx)).toContain("Địa điểm tiếp công dân: Trụ sở Tiếp công dân tỉnh Minh Sơn");
  });

  it("puts the table on one landscape page after the signature", () => {
    const info = run("pdfinfo", ["-f", "1", "-l", "99", files.party.pdf]);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(
      (m) => Number(m[1]) > Number(m[2]),
    );
    expect(sizes.at(-1)).toBe(true);
    expect(sizes.filter(Boolean)).toHaveLength(1);
    expect(pdfDateColumns(files.party.pdf, sizes.length).flat()).toHaveLength(132);
  });
});

describe("tiepdan schedule: an org file with a district-level unit after 01/07/2025 (review s21 K10)", () => {
  it("is refused for 2027, naming the unit and what to change; nothing is written", async () => {
    const dir = join(tmp.dir, "cấp huyện");
    mkdirSync(dir, { recursive: true });
    const path = join(dir, "don-vi.json");
    const units = example.units.map((u, i) => (i === 1 ? { ...u, level: "district" } : u));
    writeFileSync(path, JSON.stringify({ ...example, units }));
    const r = await cli("--year", "2027", "--org", path, "--out", join(dir, "out"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Tệp thông tin đơn vị có đơn vị cấp huyện (“${units[1]?.name}”)`);
    expect(r.stderr).toContain("cấp huyện đã kết thúc hoạt động từ ngày 01/07/2025");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});

describe("tiepdan schedule: other choices", () => {
  it("--weekday 2 means Thứ Hai (Monday): the Vietnamese numbering, not core's 1 … 5", async () => {
    const dir = join(tmp.dir, "thứ hai");
    const r = await cli(
      "--year",
      "2026",
      "--org",
      ORG,
      "--weekday",
      "2",
      "--format",
      "docx",
      "--date",
      "2025-12-25",
      "--out",
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    const dates = [...datesByUnit(join(dir, "lich-tiep-dan-2026-dang.docx")).values()].flat().map((d) => d.date);
    expect(dates).toHaveLength(132);
    const notMonday = dates.filter((d) => getWeekday(d) !== 1);
    // The communes' fourth Monday of April is 27/04/2026, a compensatory day off for Giỗ Tổ Hùng Vương.
    expect([...new Set(notMonday)]).toEqual(["2026-04-28"]);
    expect(docxText(join(dir, "lich-tiep-dan-2026-dang.docx"))).toContain(
      "Thứ Hai, 27/04/2026 là ngày nghỉ bù Giỗ Tổ Hùng Vương, ngày tiếp dân chuyển sang Thứ Ba, 28/04/2026.",
    );
    // Without --number, the appendix cites the notice with the blank the header has (review s21 K11).
    expect(docxText(join(dir, "lich-tiep-dan-2026-dang.docx"))).toContain(
      "Kèm theo Thông báo số ......-TB/TU ngày 25/12/2025",
    );
  });

  it("--day 15 fixes the province's day, moving it off weekends and Tết; communes stay spread (core's note)", async () => {
    const dir = join(tmp.dir, "ngày 15");
    const r = await cli(
      "--year",
      "2026",
      "--org",
      ORG,
      "--day",
      "15",
      "--format",
      "docx",
      "--date",
      "2025-12-25",
      "--out",
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    const file = join(dir, "lich-tiep-dan-2026-dang.docx");
    const province = datesByUnit(file).get("Tỉnh ủy Minh Sơn") ?? [];
    expect(province.filter((d) => d.date.endsWith("-15")).map((d) => d.month)).toEqual([1, 4, 5, 6, 7, 9, 10, 12]);
    for (const d of province) expect(isWorkingDay(d.date), d.date).toBe(true);
    const text = docxText(file);
    expect(text).toContain("Tỉnh ủy Minh Sơn: ngày 15 hằng tháng.");
    expect(text).toContain(
      "Chủ nhật, 15/02/2026 là ngày nghỉ hằng tuần, ngày tiếp dân chuyển sang Thứ Hai, 23/02/2026.",
    );
    expect(text).toContain("Ngày cố định 15 hằng tháng chỉ dùng khi mức tối thiểu là 1 ngày/tháng");
  });

  it("--days-off: a fixed day that is the province's own day off moves (review s16 F6)", async () => {
    const dir = join(tmp.dir, "ngày nghỉ riêng");
    const daysOff = join(import.meta.dirname, "../../../../examples/minh-son/ngay-nghi.csv");
    const r = await cli(
      ...["--year", "2026", "--org", ORG, "--weekday", "5", "--format", "docx", "--date", "2025-12-25"],
      ...["--days-off", daysOff, "--out", dir],
    );
    expect(r.code, r.stderr).toBe(0);
    const province = datesByUnit(join(dir, "lich-tiep-dan-2026-dang.docx")).get("Tỉnh ủy Minh Sơn") ?? [];
    const october = province.filter((d) => d.month === 10).map((d) => d.date);
    expect(october).not.toContain("2026-10-15");
    expect(october).toContain("2026-10-16");
    expect(r.stderr).toContain("Thứ Năm, 15/10/2026 là ngày nghỉ Ngày truyền thống tỉnh Minh Sơn");
  });

  it("without --date, the last working day of the year before under the province's days off; a typed date off is noted", async () => {
    const dir = join(tmp.dir, "ngày ký nghỉ riêng");
    mkdirSync(dir, { recursive: true });
    const daysOff = join(dir, "ngay-nghi.csv");
    writeFileSync(
      daysOff,
      "Ngày;Tên;Loại;Văn bản\n31/12/2025;Ngày nghỉ riêng;Nghỉ địa phương;Quyết định (hư cấu)\n30/12/2025;Ngày nghỉ riêng;Nghỉ địa phương;Quyết định (hư cấu)\n",
    );
    const r = await cli("--year", "2026", "--org", ORG, "--format", "docx", "--days-off", daysOff, "--out", dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Ngày ghi trên văn bản: 29/12/2025 (ngày làm việc cuối cùng của năm trước");
    const typed = await cli(
      ...["--year", "2026", "--org", ORG, "--format", "docx", "--days-off", daysOff, "--date", "31/12/2025"],
      ...["--out", join(dir, "gõ ngày")],
    );
    expect(typed.code, typed.stderr).toBe(0);
    expect(typed.stderr).toContain(
      "Lưu ý: ngày ghi trên văn bản (31/12/2025) là ngày nghỉ (kể cả ngày nghỉ của tệp ngày nghỉ).",
    );
  });

  it("--days-off of other years than the schedule's is said to change nothing (review s19x F13)", async () => {
    const dir = join(tmp.dir, "ngày nghỉ năm khác");
    mkdirSync(dir, { recursive: true });
    const daysOff = join(dir, "ngay-nghi.csv");
    writeFileSync(daysOff, "Ngày;Tên;Loại\n15/10/2024;Ngày nghỉ riêng;Nghỉ địa phương\n");
    const r = await cli("--year", "2027", "--org", ORG, "--format", "docx", "--days-off", daysOff, "--out", dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      "Lưu ý: tệp ngày nghỉ “ngay-nghi.csv” chỉ có ngày của năm 2024, không có ngày nào của năm 2026, 2027: các ngày nghỉ của tệp không ảnh hưởng đến văn bản này.",
    );
  });

  it("--place by a unit's name; the units left without a place are named (review s16 F23)", async () => {
    const dir = join(tmp.dir, "nơi theo tên");
    const r = await cli(
      ...["--year", "2026", "--org", ORG, "--format", "docx", "--date", "2025-12-25", "--out", dir],
      ...["--place", "Xã An Bình=Nhà văn hóa xã An Bình"],
    );
    expect(r.code, r.stderr).toBe(0);
    expect(docxText(join(dir, "lich-tiep-dan-2026-dang.docx"))).toContain("Nhà văn hóa xã An Bình");
    expect(r.stderr).toContain("Chưa có địa điểm tiếp dân của Tỉnh ủy Minh Sơn, Đảng ủy xã Hòa Lạc");
    expect(r.stderr).not.toContain("Chưa có --place:");
  });

  it("the notice goes to the units it binds and the file, not the report's recipients (review s17s F16); State: the chairs'", async () => {
    const dir = join(tmp.dir, "nơi nhận");
    const r = await cli("--year", "2027", "--org", ORG, "--format", "docx", "--date", "2026-12-25", "--out", dir);
    expect(r.code, r.stderr).toBe(0);
    const text = docxText(join(dir, "lich-tiep-dan-2027-dang.docx"));
    expect(text).toContain("Đảng ủy xã An Bình (thực hiện)");
    expect(text).not.toContain("Bộ Chính trị");
    const state = await cli(
      ...["--year", "2027", "--org", ORG, "--profile", "state", "--format", "docx", "--date", "2026-12-25"],
      ...["--out", dir],
    );
    expect(state.code, state.stderr).toBe(0);
    const stateText = docxText(join(dir, "lich-tiep-dan-2027-nha-nuoc.docx"));
    expect(stateText).not.toContain("các cấp ủy trực thuộc");
    expect(stateText).not.toContain("Tỉnh ủy Minh Sơn và");
    // An org file without a State unit: the schedule is of the issuing body only, and the clerk is told (review s18h F14).
    const partyOnly = join(tmp.dir, "don-vi-dang.json");
    const parsed = JSON.parse(readFileSync(ORG, "utf8"));
    writeFileSync(
      partyOnly,
      JSON.stringify({ ...parsed, units: parsed.units.filter((u: { side?: string }) => u.side !== "state") }),
    );
    const alone = await cli(
      ...["--year", "2027", "--org", partyOnly, "--profile", "state", "--format", "docx", "--date", "2026-12-25"],
      ...["--out", join(dir, "chỉ đảng")],
    );
    expect(alone.code, alone.stderr).toBe(0);
    expect(alone.stderr).toContain(
      "Lưu ý: tệp thông tin đơn vị không có đơn vị nào ghi “side”: “state”: lịch chỉ gồm Chủ tịch Ủy ban nhân dân tỉnh Minh Sơn",
    );
    // …and without documents.state either: never the Tỉnh ủy's letterhead on a State notice, but a marked draft
    // (review s18b F1).
    const bare = join(tmp.dir, "don-vi-dang-tron.json");
    const { documents, ...rest } = JSON.parse(readFileSync(partyOnly, "utf8"));
    writeFileSync(bare, JSON.stringify({ ...rest, document: documents.party }));
    const draft = await cli(
      ...["--year", "2027", "--org", bare, "--profile", "state", "--format", "docx", "--date", "2026-12-25"],
      ...["--out", join(dir, "không có văn bản nhà nước")],
    );
    expect(draft.code, draft.stderr).toBe(0);
    const draftText = docxText(join(dir, "không có văn bản nhà nước", "lich-tiep-dan-2027-nha-nuoc.docx"));
    expect(draftText).toContain("[DỰ THẢO]");
    expect(draftText).not.toContain("BAN THƯỜNG VỤ");
    expect(draftText).not.toContain("Chủ tịch Tỉnh ủy");
  });

  it("State: the notice goes to who carries out and publishes the chair's schedule — the bodies the org file lacks as placeholders, a draft said on stderr (review F11)", async () => {
    const dir = join(tmp.dir, "nơi nhận nhà nước");
    const state = await cli(
      ...["--year", "2027", "--org", ORG, "--profile", "state", "--format", "docx", "--date", "2026-12-25"],
      ...["--place", "Trụ sở Tiếp công dân tỉnh Minh Sơn", "--out", dir],
    );
    expect(state.code, state.stderr).toBe(0);
    const text = docxText(join(dir, "lich-tiep-dan-2027-nha-nuoc.docx"));
    // The example's org file has no People's Committee under the province: no committee "(thực hiện)".
    expect(text).toContain(
      "Nơi nhận: - [Ban Tiếp công dân tỉnh] (thực hiện); - [Thanh tra tỉnh] (phối hợp); - [Cổng Thông tin điện tử tỉnh] (đăng tải); - Lưu: VT, TCD.",
    );
    expect(text).toContain("[DỰ THẢO] Văn bản còn chữ mẫu trong ngoặc vuông ([Ban Tiếp công dân tỉnh]");
    expect(state.stderr).toContain(
      "Lưu ý: tệp thông tin đơn vị chưa có cơ quan thực hiện, đăng tải lịch: nơi nhận ghi [Ban Tiếp công dân tỉnh], [Thanh tra tỉnh], [Cổng Thông tin điện tử tỉnh] trong ngoặc vuông",
    );
    // Named in the org file (recipients of its State documents), they are printed as named and nothing is said.
    const named = join(tmp.dir, "don-vi-co-co-quan.json");
    const parsed = JSON.parse(readFileSync(ORG, "utf8"));
    parsed.documents.state.recipients.splice(
      -1,
      0,
      { name: "Ban Tiếp công dân tỉnh Minh Sơn" },
      { name: "Thanh tra tỉnh Minh Sơn" },
      { name: "Cổng Thông tin điện tử tỉnh Minh Sơn" },
    );
    writeFileSync(named, JSON.stringify(parsed));
    const done = await cli(
      ...["--year", "2027", "--org", named, "--profile", "state", "--format", "docx", "--date", "2026-12-25"],
      ...["--place", "Trụ sở Tiếp công dân tỉnh Minh Sơn", "--out", join(dir, "đủ")],
    );
    expect(done.code, done.stderr).toBe(0);
    const doneText = docxText(join(dir, "đủ", "lich-tiep-dan-2027-nha-nuoc.docx"));
    expect(doneText).toContain(
      "Nơi nhận: - Ban Tiếp công dân tỉnh Minh Sơn (thực hiện); - Thanh tra tỉnh Minh Sơn (phối hợp); - Cổng Thông tin điện tử tỉnh Minh Sơn (đăng tải); - Lưu: VT, TCD.",
    );
    expect(doneText).not.toContain("DỰ THẢO");
    expect(done.stderr).not.toContain("chưa có cơ quan thực hiện");
  });

  it.each([
    [
      "R1: the report's central recipients, abbreviated",
      [
        { name: "Thanh tra CP", purpose: "báo cáo" },
        { name: "Ban Tiếp công dân TW" },
        { name: "Cổng thông tin điện tử Chính phủ" },
      ],
      "Nơi nhận: - [Ban Tiếp công dân tỉnh] (thực hiện); - [Thanh tra tỉnh] (phối hợp); - [Cổng Thông tin điện tử tỉnh] (đăng tải); - Lưu: VT, TCD.",
      "“Ban Tiếp công dân tỉnh Minh Sơn”, “Thanh tra tỉnh Minh Sơn”, “Cổng Thông tin điện tử tỉnh Minh Sơn”",
    ],
    [
      "R1: a ministry's inspectorate and the national portal",
      [
        { name: "Thanh tra Chính phủ", purpose: "báo cáo" },
        { name: "Thanh tra Bộ Tài nguyên và Môi trường" },
        { name: "Cổng Thông tin điện tử Quốc gia" },
      ],
      "Nơi nhận: - [Ban Tiếp công dân tỉnh] (thực hiện); - [Thanh tra tỉnh] (phối hợp); - [Cổng Thông tin điện tử tỉnh] (đăng tải); - Lưu: VT, TCD.",
      "“Ban Tiếp công dân tỉnh Minh Sơn”, “Thanh tra tỉnh Minh Sơn”, “Cổng Thông tin điện tử tỉnh Minh Sơn”",
    ],
    [
      "R7: the province's portal abbreviated",
      [
        { name: "Thanh tra Chính phủ", purpose: "báo cáo" },
        { name: "Thanh tra tỉnh Minh Sơn" },
        { name: "Cổng TTĐT tỉnh Minh Sơn" },
      ],
      "Nơi nhận: - [Ban Tiếp công dân tỉnh] (thực hiện); - Thanh tra tỉnh Minh Sơn (phối hợp); - Cổng TTĐT tỉnh Minh Sơn (đăng tải); - Lưu: VT, TCD.",
      "“Ban Tiếp công dân tỉnh Minh Sơn” (viết tắt",
    ],
  ])("State, %s: a draft, and stderr says which names the tool takes", async (what, given, printed, expected) => {
    const dir = join(tmp.dir, "nơi nhận", what.slice(0, 2));
    const file = join(dir, "don-vi.json");
    mkdirSync(dir, { recursive: true });
    const parsed = JSON.parse(readFileSync(ORG, "utf8"));
    parsed.documents.state.recipients = [...given, { name: "Lưu: VT, TCD" }];
    writeFileSync(file, JSON.stringify(parsed));
    const r = await cli(
      ...["--year", "2027", "--org", file, "--profile", "state", "--format", "docx", "--date", "2026-12-25"],
      ...["--place", "Trụ sở Tiếp công dân tỉnh Minh Sơn", "--out", join(dir, "out")],
    );
    expect(r.code, r.stderr).toBe(0);
    const text = docxText(join(dir, "out", "lich-tiep-dan-2027-nha-nuoc.docx"));
    expect(text).toContain(printed);
    expect(text).toContain("[DỰ THẢO]");
    expect(r.stderr).toContain("chưa có cơ quan thực hiện, đăng tải lịch");
    expect(r.stderr).toContain(`có cấp và tên địa bàn: ${expected}`);
  });

  it.each([
    [
      "the inspectorate and the portal as State units",
      [
        { id: "tt", name: "Thanh tra tỉnh Minh Sơn", level: "province", side: "state" },
        { id: "cong", name: "Cổng Thông tin điện tử tỉnh Minh Sơn", level: "province", side: "state" },
      ],
      "Nơi nhận: - [Ban Tiếp công dân tỉnh] (thực hiện); - Thanh tra tỉnh Minh Sơn (phối hợp); - Cổng Thông tin điện tử tỉnh Minh Sơn (đăng tải); - Lưu: VT, TCD.",
      "",
    ],
    [
      "a central body as a State unit",
      [{ id: "ttcp", name: "Thanh tra Chính phủ", level: "province", side: "state" }],
      "Nơi nhận: - [Ban Tiếp công dân tỉnh] (thực hiện); - [Thanh tra tỉnh] (phối hợp); - [Cổng Thông tin điện tử tỉnh] (đăng tải); - Lưu: VT, TCD.",
      "Lưu ý: “Thanh tra Chính phủ” trong “units” của tệp thông tin đơn vị không phải Ủy ban nhân dân",
    ],
  ])(
    "S1: State, %s: no chair's schedule for them, and stderr sends the clerk to “recipients”",
    async (what, units, printed, note) => {
      const dir = join(tmp.dir, "S1", what.slice(0, 12));
      const file = join(dir, "don-vi.json");
      mkdirSync(dir, { recursive: true });
      const parsed = JSON.parse(readFileSync(ORG, "utf8"));
      parsed.units.push(...units);
      writeFileSync(file, JSON.stringify(parsed));
      const r = await cli(
        ...["--year", "2027", "--org", file, "--profile", "state", "--format", "docx", "--date", "2026-12-25"],
        ...["--place", "Trụ sở Tiếp công dân tỉnh Minh Sơn", "--out", join(dir, "out")],
      );
      expect(r.code, r.stderr).toBe(0);
      const docx = join(dir, "out", "lich-tiep-dan-2027-nha-nuoc.docx");
      const text = docxText(docx);
      expect(text).toContain(printed);
      expect(text).not.toMatch(/cấp dưới|trực thuộc/iu);
      expect([...datesByUnit(docx).keys()]).toEqual(["Ủy ban nhân dân tỉnh Minh Sơn"]);
      expect(r.stdout).toContain("của 1 đơn vị: 12 ngày");
      const said = oneLine(r.stderr);
      expect(said).toContain("thêm vào “recipients” của “documents.state”");
      expect(said).not.toContain("hoặc thêm cơ quan đó vào “units”");
      if (note !== "") expect(said).toContain(note);
    },
  );

  it("without --org or --place: a marked draft with placeholders", async () => {
    const dir = join(tmp.dir, "dự thảo");
    const r = await cli("--year", "2026", "--format", "pdf", "--date", "2025-12-25", "--out", dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Chưa có --org");
    expect(r.stderr).toContain("Chưa có --place");
    const text = pdfText(join(dir, "lich-tiep-dan-2026-dang.pdf"));
    expect(text).toContain("[DỰ THẢO] Chưa có tệp thông tin đơn vị: tên cơ quan");
    expect(text).toContain("[DỰ THẢO] Chưa ghi địa điểm tiếp dân: địa điểm trong ngoặc vuông"); // review s21 K10: no option in a document
    expect(text).not.toContain("--place");
    expect(text).toContain("TỈNH ỦY [TÊN TỈNH]");
    expect(text).toContain("[Trụ sở Tiếp công dân hoặc trụ sở cơ quan — ghi rõ địa chỉ]");
    expect(pdfDateColumns(join(dir, "lich-tiep-dan-2026-dang.pdf"), 3).map((c) => c.length)).toEqual([12]);
  });

  it("without --date: the last working day of the year before (31/12/2025), said on stderr — never the clock", async () => {
    const dir = join(tmp.dir, "hôm nay");
    const r = await cli("--year", "2026", "--org", ORG, "--format", "docx", "--out", dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      "Ngày ghi trên văn bản: 31/12/2025 (ngày làm việc cuối cùng của năm trước; đổi bằng --date)",
    );
  });

  it("--help prints the Vietnamese usage with the exit codes and the weekday numbering", async () => {
    const r = await cli("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("tiepdan schedule — lập lịch tiếp dân");
    expect(r.stdout).toContain("2 = Thứ Hai");
    expect(r.stdout).toContain("6 = Thứ Sáu");
    expect(r.stdout).toContain("Mã thoát: 0 đã ghi văn bản; 2 lệnh gõ sai hoặc không đọc được tệp.");
    let general = "";
    await main(["--help"], { stdout: (t) => (general += t), stderr: () => undefined });
    expect(general).toContain("tiepdan schedule --year <năm>");
  });
});

describe("tiepdan schedule: a command typed wrong exits 2 with a Vietnamese message and writes nothing", () => {
  const out = join(tmp.dir, "không ghi");
  it.each([
    [["--org", ORG, "--out", out], "Thiếu năm lập lịch: --year"],
    [["--year", "26", "--org", ORG, "--out", out], "--year “26” không phải năm hợp lệ"],
    [["--year", "2026", "--org", ORG], "Thiếu thư mục ghi văn bản: --out"],
    [
      ["--year", "2026", "--org", ORG, "--weekday", "7", "--out", out],
      "--weekday phải là một số từ 2 (Thứ Hai) đến 6 (Thứ Sáu), không phải “7”",
    ],
    [
      ["--year", "2026", "--org", ORG, "--weekday", "1", "--out", out],
      "không phải “1”; Thứ Bảy và Chủ nhật là ngày nghỉ",
    ],
    [["--year", "2026", "--org", ORG, "--weekday", "thứ năm", "--out", out], "--weekday phải là một số"],
    [["--year", "2026", "--org", ORG, "--day", "31", "--out", out], "--day phải là một số từ 1 đến 28"],
    [
      ["--year", "2026", "--org", ORG, "--day", "15", "--weekday", "3", "--out", out],
      "Chỉ chọn một trong hai: --weekday",
    ],
    [["--year", "2026", "--org", ORG, "--profile", "dang", "--out", out], "--profile phải là “party”"],
    [["--year", "2026", "--org", ORG, "--format", "pdf,xlsx", "--out", out], "--format chỉ nhận pdf, docx"],
    [
      ["--year", "2026", "--org", ORG, "--place", "xa-khong-co=Nhà văn hóa", "--out", out],
      "“xa-khong-co” không phải đơn vị trong tệp thông tin đơn vị (các mã:",
    ],
    // Review s16 F23: a unit by its name is found; a name no unit bears is said to be no unit.
    [
      ["--year", "2026", "--org", ORG, "--place", "Xã Không Có=Nhà văn hóa", "--out", out],
      "“Xã Không Có” không phải đơn vị trong tệp thông tin đơn vị",
    ],
    [["--year", "2026", "--org", ORG, "--place", "A", "--place", "B", "--out", out], "Chỉ gõ một --place chung"],
    [
      ["--year", "2026", "--org", ORG, "--date", "31/02/2026", "--out", out],
      "--date “31/02/2026” không phải ngày hợp lệ",
    ],
    [["--year", "2026", "--org", join(tmp.dir, "không-có.json"), "--out", out], "không có tệp này"],
    [["--year", "2010", "--org", ORG, "--out", out], "Không lập được lịch năm 2010"],
    [["--year", "2026", "--org", ORG, "--tuan", "--out", out], "Không có tùy chọn “--tuan”"],
    [["--year", "2026", "--org", ORG, "--out", out, "Trụ", "sở"], "Không hiểu “Trụ sở”"],
  ])("%j", async (args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain("Gõ “tiepdan schedule --help” để xem cách dùng.");
    expect(r.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
  });
});
