// End to end, in a real browser: playwright-core drives Debian's chromium on the built page opened from disk
// (file://), as a clerk would use it. Run by `pnpm test:web`, which builds the page first.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { unzipSync } from "fflate";
import type { Browser, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { denouncerIdentities } from "../../../examples/denouncer-identities.mjs";
import { main } from "../../reporting/src/cli/main.js";
import { launchChromium } from "../scripts/chromium.mjs";

const PAGE = fileURLToPath(new URL("../dist/tiep-dan.html", import.meta.url));
const EXAMPLE = fileURLToPath(new URL("../../../examples/minh-son/", import.meta.url));
const CASES = readdirSync(EXAMPLE)
  .filter((f) => f.startsWith("so-theo-doi-don-") && f.endsWith(".csv"))
  .map((f) => join(EXAMPLE, f));
const SESSIONS = readdirSync(EXAMPLE)
  .filter((f) => f.startsWith("so-buoi-tiep-") && f.endsWith(".csv"))
  .map((f) => join(EXAMPLE, f));
const ORG = join(EXAMPLE, "don-vi.json");

const work = mkdtempSync(join(tmpdir(), "tiepdan-web-"));
let browser: Browser;
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];

const pdfText = (bytes: Uint8Array, name: string) => {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" });
};
const docxXml = (bytes: Uint8Array) =>
  Object.entries(unzipSync(bytes))
    .filter(([n]) => n.endsWith(".xml"))
    .map(([, b]) => new TextDecoder().decode(b))
    .join("\n");
// Text runs of the DOCX joined per paragraph (a number may be split over runs).
const docxText = (bytes: Uint8Array) =>
  docxXml(bytes)
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "");

async function download(id: string, timeout = 90_000): Promise<{ name: string; bytes: Uint8Array }> {
  const [d] = await Promise.all([page.waitForEvent("download", { timeout }), page.click(`#dl-${id}`)]);
  return { name: (d as Download).suggestedFilename(), bytes: readFileSync((await (d as Download).path()) as string) };
}

/** Drops every file the page holds (the button shows only when there is one): a test may run alone (`-t`). */
async function clearFiles(): Promise<void> {
  if ((await page.locator("#clear-files").count()) > 0) await page.click("#clear-files");
}

beforeAll(async () => {
  if (!existsSync(PAGE)) throw new Error(`Build the page first (pnpm web:build): ${PAGE}`);
  browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
  page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => pageErrors.push(`pageerror ${e.message}`));
  await page.goto(pathToFileURL(PAGE).href);
  await page.waitForFunction(() => (globalThis as { __tiepdanReady?: boolean }).__tiepdanReady === true);
});

afterAll(async () => {
  await browser?.close();
});

describe("the page opened from disk", () => {
  let expected: { cases: { total: number }; sessions: { held: number } };

  it("turns the example registers into the Q1 report: PDF, DOCX, compliance report, notices", async () => {
    // What the CLI says for the same inputs.
    const out = join(work, "cli");
    const code = await main(
      [
        "report",
        "--cases",
        ...CASES,
        "--sessions",
        ...SESSIONS,
        "--org",
        ORG,
        "--period",
        "2026-Q1",
        "--out",
        out,
        "--format",
        "xlsx",
        "--summary-json",
        join(work, "summary.json"),
      ],
      { stdout: () => {}, stderr: () => {} },
    );
    expect(code).toBe(0);
    expected = JSON.parse(readFileSync(join(work, "summary.json"), "utf8"));
    expect(expected.cases.total).toBeGreaterThan(0);

    await page.setInputFiles("#file", [...CASES, ...SESSIONS, ORG]);
    await page.waitForSelector("#files-summary", { timeout: 60_000 });
    const summary = await page.textContent("#files-summary");
    expect(summary).toContain("0 dòng bị loại");
    await page.click("#step-report");
    await page.selectOption("#period-kind", "quarter");
    await page.fill("#period-year", "2026");
    await page.selectOption("#period-quarter", "1");
    expect(await page.textContent("#period-spec")).toBe("2026-Q1");
    await page.click("#generate");
    await page.waitForSelector("#result, #message.error", { timeout: 60_000 });
    expect(await page.locator("#message.error").count(), (await page.textContent("body")) ?? "").toBe(0);
    const shown = async (selector: string) => Number((await page.textContent(selector))?.replace(/\./g, ""));
    expect(await shown("#stat-cases")).toBe(expected.cases.total);
    expect(await shown("#stat-sessions")).toBe(expected.sessions.held);

    const total = expected.cases.total.toLocaleString("de-DE"); // Vietnamese grouping: 1.234
    const pdf = await download("report-pdf");
    expect(pdf.name).toBe("bao-cao-2026-Q1-dang.pdf");
    const text = pdfText(pdf.bytes, pdf.name);
    expect(text).toContain("TỈNH ỦY MINH SƠN");
    expect(text).toContain("quý I năm 2026");
    expect(text).toContain(total);
    const docx = await download("report-docx");
    const xml = docxText(docx.bytes);
    expect(xml).toContain("TỈNH ỦY MINH SƠN");
    expect(xml).toContain("quý I năm 2026");
    expect(xml).toContain(total);
    const xlsx = await download("report-xlsx");
    expect(new TextDecoder().decode(xlsx.bytes.subarray(0, 2))).toBe("PK");
    const cpdf = await download("compliance-pdf");
    expect(pdfText(cpdf.bytes, cpdf.name)).toContain("quý I năm 2026");
    const cdocx = await download("compliance-docx");
    const zip = await download("notices-zip", 110_000);
    // The profile ends the name, as the reports' (review s23w W23-7); the folders inside are the CLI's.
    expect(zip.name).toBe("van-ban-vu-viec-2026-Q1-dang.zip");
    const entries = unzipSync(zip.bytes);
    const names = Object.keys(entries);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toMatch(/\.(docx|pdf)$/);
    for (const kind of ["thong-bao-tiep-nhan", "phieu-huong-dan", "phieu-chuyen-don"]) {
      expect(names.some((n) => n.startsWith(`${kind}-2026-Q1/`))).toBe(true);
    }

    // No denouncer identity in anything but the notices addressed to the citizens themselves.
    const identities = denouncerIdentities();
    expect(identities.length).toBeGreaterThan(100);
    const shared = [
      text,
      xml,
      docxXml(xlsx.bytes),
      pdfText(cpdf.bytes, cpdf.name),
      docxXml(cdocx.bytes),
      ...names.filter((n) => n.startsWith("phieu-chuyen-don-")).map((n) => docxXml(entries[n] as Uint8Array)),
      (await page.textContent("body")) ?? "",
    ].join("\n");
    const leaks = identities.filter((id: string) => shared.includes(id));
    expect(leaks).toEqual([]);
  });

  it("makes the State report from the same registers: the national header and the 15th-to-14th data range", async () => {
    await page.click("#step-report");
    await page.selectOption("#profile", "state");
    await page.click("#generate");
    await page.waitForFunction(() => document.querySelector("#result")?.textContent?.includes("15/12/2025"), null, {
      timeout: 60_000,
    });
    const pdf = await download("report-pdf");
    expect(pdf.name).toBe("bao-cao-2026-Q1-nha-nuoc.pdf");
    const text = pdfText(pdf.bytes, pdf.name);
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toMatch(/từ ngày 15\/12\/2025 đến ngày 14\/03\/2026/);
    // The card states the report's minimum: March is not over on 14/03, so neither counts its days (review s23w W23-5).
    const [, days, months] =
      /định\s+kỳ\s+(\d+)\s+ngày\s+trong\s+(\d+)\s+tháng\s+đã\s+kết\s+thúc\s+của\s+kỳ\s+báo\s+cáo/.exec(text) ?? [];
    const stated = /số\s+ngày\s+tối\s+thiểu\s+theo[\s\S]*?\s+là\s+(\d+)\s+ngày/.exec(text)?.[1];
    expect(days && months && stated).toBeTruthy();
    expect(await page.textContent("#stat-minimum")).toBe(
      `Chủ tịch Ủy ban nhân dân tỉnh: ${days} ngày định kỳ, tối thiểu ${stated} ngày trong ${months} tháng đã kết thúc`,
    );
    await page.click("#step-report");
    await page.selectOption("#profile", "party");
  });

  it("says when the settings changed after the documents were made, and makes them again on request", async () => {
    // The previous test went back to the Party profile after making the State report: the result is stale.
    await page.click("#step-result");
    await page.waitForSelector("#stale");
    expect(await page.isDisabled("#dl-report-pdf")).toBe(true);
    await page.click("#stale button");
    await page.waitForFunction(() => !document.querySelector("#stale"), null, { timeout: 60_000 });
    expect(await page.isDisabled("#dl-report-pdf")).toBe(false);
    expect(await page.textContent("#result h2")).toContain("quý I năm 2026");
  });

  it("reads an Excel workbook: its sheet and title rows are shown, its bad rows listed", async () => {
    await page.click("#step-files");
    await clearFiles();
    await page.setInputFiles(
      "#file",
      fileURLToPath(new URL("../../reporting/test/fixtures/titles.xlsx", import.meta.url)),
    );
    await page.waitForSelector("#files-summary", { timeout: 60_000 });
    await page.click("#step-check");
    const card = page.locator("section.card", { hasText: "titles.xlsx" }).first();
    const text = (await card.textContent()) ?? "";
    expect(text).toContain("Định dạng XLSX");
    expect(text).toMatch(/trang tính “[^”]+”/);
    expect(text).toContain("Đọc 4 dòng: 2 hợp lệ, 2 bị loại");
  });

  it("reads a workbook kept one sheet per month, each sheet a register, and a correction goes to its sheet (review s14 F1)", async () => {
    await page.click("#step-files");
    await clearFiles();
    await page.setInputFiles(
      "#file",
      fileURLToPath(new URL("../../reporting/test/fixtures/monthly-sheets.xlsx", import.meta.url)),
    );
    await page.waitForFunction(
      () => document.querySelector("#files-summary")?.textContent?.includes("1 dòng bị loại"),
      null,
      { timeout: 60_000 },
    );
    await page.click("#step-check");
    for (const sheet of ["Tháng 01", "Tháng 02"]) {
      expect(
        await page.locator("section.card", { hasText: `monthly-sheets.xlsx (trang ${sheet})` }).count(),
      ).toBeGreaterThan(0);
    }
    expect(await page.textContent("#totals")).toContain("Tổng 2 sổ: đọc 3 dòng, 2 hợp lệ, 1 bị loại");
    const row = page.locator("#problems tbody tr", { hasText: "DATE_INVALID" }).first();
    expect(await row.textContent()).toContain("monthly-sheets.xlsx (trang Tháng 02)");
    await row.locator("input[type=text]").fill("27/02/2026");
    await row.locator("button[type=submit]").click();
    await page.waitForFunction(
      () => !document.querySelector("#problems")?.textContent?.includes("DATE_INVALID"),
      null,
      {
        timeout: 60_000,
      },
    );
    // Three cases in all, none rejected; the total row of January is said, not counted.
    const totals = (await page.textContent("#totals")) ?? "";
    expect(totals).toContain("0 bị loại");
    expect(totals).toContain("đọc 3 dòng, 3 hợp lệ");
    expect(await page.textContent("#problems")).toContain("ROW_NOT_DATA");
  });

  it("shows a bad register's problems with row, column and code, and a correction in the page removes the error", async () => {
    const bad = join(work, "so-loi.csv");
    writeFileSync(
      bad,
      "\uFEFFMã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực\nLOI-1;05/03/2026;Đơn thư;Phản ánh;Đất đai\nLOI-2;31/02/2026;Đơn thư;Kiến nghị;Đất đai\n",
    );
    await page.click("#step-files");
    await clearFiles();
    await page.setInputFiles("#file", bad);
    await page.waitForFunction(
      () => document.querySelector("#files-summary")?.textContent?.includes("1 dòng bị loại"),
      null,
      {
        timeout: 60_000,
      },
    );
    await page.click("#step-check");
    const row = page.locator("#problems tbody tr", { hasText: "so-loi.csv" }).first();
    const cells = await row.locator("td").allTextContents();
    expect(cells[1]).toBe("3");
    expect(cells[2]).toBe("LOI-2"); // the case's Mã số
    expect(cells[3]).toBe("Ngày tiếp nhận");
    expect(cells[4]).toMatch(/^[A-Z_]+$/);
    expect(cells[5]).toBe("lỗi");
    expect(cells[6]).toContain("31/02/2026");
    expect(cells[7]).toContain("ngày/tháng/năm"); // what is allowed, in its own column
    await row.locator("input[type=text]").fill("28/02/2026");
    await row.locator("button[type=submit]").click();
    await page.waitForFunction(() => !document.querySelector("#problems")?.textContent?.includes("so-loi.csv"), null, {
      timeout: 60_000,
    });
    expect(await page.textContent("#totals")).toContain("0 bị loại");
  });

  it("maps a header it does not know, rejects a Mã số already in another register, and gives back the corrected register", async () => {
    const a = join(work, "so-xa-a.csv");
    const b = join(work, "so-xa-b.csv");
    writeFileSync(
      a,
      "Mã số;Ngày nhận hồ sơ;Hình thức tiếp nhận;Loại\nA-1;05/03/2026;đơn thư;Phản ánh\nCHUNG-1;06/03/2026;Đơn thư;Kiến nghị\n",
    );
    writeFileSync(
      b,
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại\nCHUNG-1;07/03/2026;Đơn thư;Khiếu nại\nB-1;08/03/2026;Tiếp trực tiếp;Tố cáo\n",
    );
    await page.click("#step-files");
    await clearFiles();
    await page.setInputFiles("#file", [a, b]);
    await page.waitForSelector("#files-summary", { timeout: 60_000 });
    await page.click("#step-check");
    // "Ngày nhận hồ sơ" is not a header intake knows: the required column is missing and every row of the file is out.
    const first = page.locator("section.card", { hasText: "so-xa-a.csv" }).first();
    expect(await first.textContent()).toContain("Thiếu cột bắt buộc: “Ngày tiếp nhận”");
    await first.locator("select").first().selectOption("receivedOn");
    await page.waitForFunction(() => !document.body.textContent?.includes("Thiếu cột bắt buộc"), null, {
      timeout: 60_000,
    });
    // The same Mã số in the second register: the first row counts, the second is rejected, as the CLI does.
    const duplicate = page.locator("#problems tbody tr", { hasText: "ID_DUPLICATE" });
    expect(await duplicate.count()).toBe(1);
    const cells = await duplicate.locator("td").allTextContents();
    expect(cells.slice(0, 4)).toEqual(["so-xa-b.csv", "2", "CHUNG-1", "Mã số"]);
    expect(await page.textContent("#totals")).toContain("đọc 4 dòng, 3 hợp lệ, 1 bị loại");
    // The corrected register: the mapped header under its canonical name, values written the canonical way.
    const [d] = await Promise.all([
      page.waitForEvent("download"),
      first.getByRole("button", { name: "Tải sổ đã sửa (CSV)" }).click(),
    ]);
    expect(d.suggestedFilename()).toBe("so-xa-a-da-sua.csv");
    const text = readFileSync((await d.path()) as string, "utf8");
    expect(text.split("\r\n")[0]).toBe("\uFEFFMã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại");
    expect(text).toContain("A-1;05/03/2026;Đơn thư;Phản ánh");
  });

  it("takes files dropped on the drop zone as well as chosen ones", async () => {
    await page.click("#step-files");
    await clearFiles();
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      const csv = "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại\nTHA-1;05/03/2026;Đơn thư;Phản ánh\n";
      dt.items.add(new File([csv], "so-keo-tha.csv", { type: "text/csv" }));
      return dt;
    });
    await page.dispatchEvent("#drop", "dragover", { dataTransfer });
    await page.dispatchEvent("#drop", "drop", { dataTransfer });
    await page.waitForFunction(
      () => document.querySelector("#files-summary")?.textContent?.includes("1 dòng hợp lệ"),
      null,
      {
        timeout: 60_000,
      },
    );
    expect(await page.textContent("#files")).toContain("so-keo-tha.csv");
  });

  it("remembers the document settings the clerk typed, after the page is closed and opened again", async () => {
    await page.click("#step-files");
    await clearFiles();
    await page.click("#step-report");
    await page.fill("#meta-signerName", "Trần Văn Nhớ");
    await page.reload();
    await page.waitForFunction(() => (globalThis as { __tiepdanReady?: boolean }).__tiepdanReady === true);
    await page.click("#step-report");
    expect(await page.inputValue("#meta-signerName")).toBe("Trần Văn Nhớ");
  });

  it("can be used from the keyboard: Tab reaches the file chooser, and Space opens it", async () => {
    await page.reload();
    await page.waitForFunction(() => (globalThis as { __tiepdanReady?: boolean }).__tiepdanReady === true);
    const reached: string[] = [];
    for (let i = 0; i < 12 && !reached.includes("file"); i++) {
      await page.keyboard.press("Tab");
      reached.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ""));
    }
    expect(reached).toContain("file");
    // Once in a loaded CI run Chromium let a first Space go without a chooser (30 s timeout, the page unchanged):
    // the focus is checked again and Space pressed a second time before the test fails.
    const chooserOnSpace = async (timeout: number) => {
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("file");
      const [chooser] = await Promise.all([
        page.waitForEvent("filechooser", { timeout }),
        page.keyboard.press("Space"),
      ]);
      return chooser;
    };
    const chooser = await chooserOnSpace(10_000).catch(async (e: unknown) => {
      if (!(e instanceof Error && e.name === "TimeoutError")) throw e;
      return chooserOnSpace(30_000);
    });
    expect(chooser.isMultiple()).toBe(true);
  });

  it("a spoilt don-vi.json is shown with its problems and does not replace the settings the clerk typed", async () => {
    // The previous test left "Trần Văn Nhớ" remembered as the signer.
    await page.reload();
    await page.waitForFunction(() => (globalThis as { __tiepdanReady?: boolean }).__tiepdanReady === true);
    const org = join(work, "don-vi.json");
    writeFileSync(org, '{ "reportingUnit": { "name": "Tỉnh ủy Hỏng", }');
    await page.setInputFiles("#file", [SESSIONS[0] as string, org]);
    await page.waitForSelector("#org-problems", { timeout: 60_000 });
    expect(await page.textContent("#files")).toContain("(có lỗi)");
    await page.click("#step-check");
    expect(await page.textContent("#org-problems")).toContain("don-vi.json");
    await page.click("#step-report");
    expect(await page.inputValue("#meta-signerName")).toBe("Trần Văn Nhớ");
    expect(await page.textContent("main")).toContain("có lỗi (xem bước “Kiểm tra”) nên không được dùng");
  });

  it("reads a register by its columns when its name does not say which kind it is", async () => {
    await page.click("#step-files");
    await clearFiles();
    const neutral = join(work, "tep-xa-3.csv");
    writeFileSync(neutral, readFileSync(SESSIONS[0] as string));
    await page.setInputFiles("#file", neutral);
    await page.waitForSelector("#files-summary", { timeout: 60_000 });
    expect(await page.inputValue("#kind-0")).toBe("sessions");
    expect(await page.textContent("#files-summary")).toContain("0 dòng bị loại");
  });

  it("a workbook holding both registers: each sheet read as its own kind, no sheet said to be left (review s16w F6)", async () => {
    await page.click("#step-files");
    await clearFiles();
    await page.setInputFiles(
      "#file",
      fileURLToPath(new URL("../../reporting/test/fixtures/both-registers.xlsx", import.meta.url)),
    );
    await page.waitForFunction(
      () => document.querySelector("#files-summary")?.textContent?.includes("Đã đọc 2 dòng"),
      null,
      {
        timeout: 60_000,
      },
    );
    await page.click("#step-check");
    expect(await page.textContent("body")).not.toContain("XLSX_SHEETS_SKIPPED");
    expect(await page.textContent("body")).not.toContain("--sessions");
  });

  it("a days-off file can be removed alone, the registers and their corrections kept (review s16w F11)", async () => {
    await page.click("#step-files");
    await clearFiles();
    await page.setInputFiles("#file", [CASES[0] as string, join(EXAMPLE, "ngay-nghi.csv")]);
    await page.waitForSelector("#days-off-state", { timeout: 60_000 });
    const before = await page.textContent("#files-summary");
    await page.click("#remove-days-off");
    await page.waitForFunction(() => !document.querySelector("#days-off-state"), null, { timeout: 60_000 });
    expect(await page.textContent("#files-summary")).toBe(before);
  });

  it("a days-off file's days that change nothing are said under it, and the file is used (review s19x F13)", async () => {
    await page.click("#step-files");
    await clearFiles();
    const daysOff = join(work, "ngay-nghi.csv");
    writeFileSync(daysOff, "Ngày;Tên;Loại\n10/02/2027;Làm bù;Làm bù\n");
    await page.setInputFiles("#file", [CASES[0] as string, daysOff]);
    await page.waitForSelector("#days-off-notes", { timeout: 60_000 });
    expect(await page.textContent("#days-off-state")).toContain("ngày nghỉ năm 2027 bổ sung vào lịch nghỉ có sẵn");
    expect(await page.textContent("#days-off-notes")).toContain(
      "Lưu ý: dòng 2, cột “Loại”: Ngày 10/02/2027 là ngày làm việc (Thứ Tư) mà ghi “Làm bù”",
    );
    await page.click("#remove-days-off");
    await page.waitForFunction(() => !document.querySelector("#days-off-state"), null, { timeout: 60_000 });
  });

  it("a file that cannot be read is marked at the first step, not only at the check (review s16w F9)", async () => {
    await page.click("#step-files");
    await clearFiles();
    await page.setInputFiles("#file", [
      CASES[0] as string,
      fileURLToPath(new URL("../../reporting/test/fixtures/old-excel.xls", import.meta.url)),
    ]);
    await page.waitForSelector("#files-summary", { timeout: 60_000 });
    const row = page.locator("#files tr", { hasText: "old-excel.xls" });
    expect(await row.textContent()).toContain("(không đọc được: xem bước “Kiểm tra”)");
    expect(await page.textContent("#files-summary")).toContain("1 tệp không đọc được");
    // A problem of the whole file says so, not "0" in the row column.
    await page.click("#step-check");
    const whole = page.locator("#problems tbody tr", { hasText: "FILE_FORMAT_UNSUPPORTED" });
    expect((await whole.locator("td").allTextContents())[1]).toBe("cả tệp");
  });

  it("a cases register read as sessions by the clerk's choice still protects its denouncers (review s16w F5)", async () => {
    await page.click("#step-files");
    await clearFiles();
    const secret = join(work, "so-bi-mat.csv");
    writeFileSync(
      secret,
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Người gửi;Địa chỉ;Số người;Nội dung\nC-1;05/03/2026;Đơn thư;Tố cáo;Khổng Thị Duyên;Số 17, tổ 3;Khổng Thị Duyên và 3 người;Cán bộ thu tiền\n",
    );
    const other = join(work, "so-khac.csv");
    writeFileSync(
      other,
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Nội dung\nY-1;06/03/2026;Đơn thư;Kiến nghị;Kiến nghị giống đơn bà Khổng Thị Duyên\n",
    );
    await page.setInputFiles("#file", [secret, other]);
    await page.waitForSelector("#files-summary", { timeout: 60_000 });
    await page.selectOption("#kind-0", "sessions");
    await page.waitForFunction(() => document.querySelector("#files-summary")?.textContent?.includes("Đã đọc"), null, {
      timeout: 60_000,
    });
    await page.click("#step-check");
    await page.waitForSelector("#problems", { timeout: 60_000 });
    const shown = (await page.textContent("body")) ?? "";
    expect(shown).not.toMatch(/Duyên/i);
  });

  it("two communes' registers of one file name are two registers; the same file chosen again replaces itself (review s16w F1, F3)", async () => {
    await page.click("#step-files");
    await clearFiles();
    const header = "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại\n";
    for (const [folder, rows] of [
      ["xa-a", "A-1;05/03/2026;Đơn thư;Phản ánh\nA-2;31/02/2026;Đơn thư;Phản ánh\n"],
      ["xa-b", "B-1;06/03/2026;Đơn thư;Kiến nghị\nB-2;07/03/2026;Đơn thư;Kiến nghị\nB-3;08/03/2026;Đơn thư;Tố cáo\n"],
    ] as const) {
      mkdirSync(join(work, folder), { recursive: true });
      writeFileSync(join(work, folder, "so-theo-doi-don.csv"), header + rows);
    }
    await page.setInputFiles("#file", join(work, "xa-a", "so-theo-doi-don.csv"));
    await page.waitForSelector("#files-summary", { timeout: 60_000 });
    await page.setInputFiles("#file", join(work, "xa-b", "so-theo-doi-don.csv"));
    await page.waitForFunction(
      () => document.querySelector("#files-summary")?.textContent?.includes("Đã đọc 5 dòng"),
      null,
      {
        timeout: 60_000,
      },
    );
    expect(await page.textContent("#files")).toContain("so-theo-doi-don (2).csv");
    expect(await page.textContent("#message")).toContain("“so-theo-doi-don.csv” thành “so-theo-doi-don (2).csv”");
    // The first commune's file chosen again: it replaces itself, nothing is added.
    await page.setInputFiles("#file", join(work, "xa-a", "so-theo-doi-don.csv"));
    await page.waitForFunction(
      () => document.querySelector("#files-summary")?.textContent?.includes("Đã đọc 5 dòng"),
      null,
      {
        timeout: 60_000,
      },
    );
    expect(await page.textContent("#files")).not.toContain("so-theo-doi-don (3).csv");
    // A corrected copy of the first file, chosen again under its name: the clerk says it replaces the old one.
    mkdirSync(join(work, "xa-a-sua"), { recursive: true });
    writeFileSync(
      join(work, "xa-a-sua", "so-theo-doi-don.csv"),
      `${header}A-1;05/03/2026;Đơn thư;Phản ánh\nA-2;28/02/2026;Đơn thư;Phản ánh\nA-3;01/03/2026;Đơn thư;Phản ánh\n`,
    );
    page.once("dialog", (d) => void d.accept());
    await page.setInputFiles("#file", join(work, "xa-a-sua", "so-theo-doi-don.csv"));
    await page.waitForFunction(
      () => document.querySelector("#files-summary")?.textContent?.includes("Đã đọc 6 dòng"),
      null,
      {
        timeout: 60_000,
      },
    );
    expect(await page.textContent("#files")).not.toContain("so-theo-doi-don (3).csv");
    // The bad date again (the original) for the check below.
    page.once("dialog", (d) => void d.accept());
    await page.setInputFiles("#file", join(work, "xa-a", "so-theo-doi-don.csv"));
    await page.waitForFunction(
      () => document.querySelector("#files-summary")?.textContent?.includes("Đã đọc 5 dòng"),
      null,
      {
        timeout: 60_000,
      },
    );
    // A fix of the first file's bad date goes to that file only.
    await page.click("#step-check");
    const row = page.locator("#problems tbody tr", { hasText: "DATE_INVALID" });
    expect((await row.locator("td").allTextContents())[0]).toBe("so-theo-doi-don.csv");
  });

  it("a second file chosen while the first is still read: the totals are those of both, nothing of the first lost", async () => {
    await page.click("#step-files");
    await clearFiles();
    const big = join(work, "so-lon.csv");
    const rows = Array.from(
      { length: 30_000 },
      (_, i) => `LON-${i + 1};${String((i % 28) + 1).padStart(2, "0")}/03/2026;Đơn thư;Phản ánh;Đất đai`,
    );
    writeFileSync(big, `Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực\n${rows.join("\n")}\n`);
    const small = join(work, "so-nho.csv");
    writeFileSync(
      small,
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực\nNHO-1;05/03/2026;Đơn thư;Kiến nghị;Đất đai\n",
    );
    await page.setInputFiles("#file", big);
    await page.waitForSelector("#progress", { timeout: 60_000 });
    await page.setInputFiles("#file", small);
    await page.waitForFunction(
      () => document.querySelector("#files-summary")?.textContent?.includes("30.001 dòng hợp lệ"),
      null,
      { timeout: 90_000 },
    );
    expect(await page.textContent("#files")).toContain("so-lon.csv");
    expect(await page.textContent("#files")).toContain("so-nho.csv");
    expect(await page.textContent("#files-summary")).toContain("Đã đọc 30.001 dòng");
    // The first reading was still under way when the second file came: its worker was replaced.
    expect(
      await page.evaluate(() => (globalThis as { __tiepdanRestarts?: { count: number } }).__tiepdanRestarts?.count),
    ).toBeGreaterThan(0);
  });

  it("a register with hundreds of bad rows: the problems a page at a time, filtered, and exported", async () => {
    await page.click("#step-files");
    await clearFiles();
    const bad = join(work, "so-nhieu-loi.csv");
    const rows = Array.from({ length: 450 }, (_, i) => `SAI-${i + 1};31/02/2026;Đơn thư;Phản ánh;Đất đai;`);
    writeFileSync(bad, `Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Ghi chú riêng\n${rows.join("\n")}\n`);
    await page.setInputFiles("#file", bad);
    await page.waitForSelector("#files-summary", { timeout: 60_000 });
    await page.click("#step-check");
    expect(await page.locator("#problems tbody tr").count()).toBe(200);
    expect(await page.textContent("#problems-range")).toContain("Dòng 1–200 trong 451");
    // Errors before warnings (review s23w W23-8): the header's warning, first in the file, is listed last.
    const level = (row: "first" | "last") =>
      page.locator("#problems tbody tr")[row]().locator("td").nth(5).textContent();
    expect(await level("first")).toBe("lỗi");
    await page.click("#problems-next");
    await page.click("#problems-next");
    expect(await page.textContent("#problems-range")).toContain("Dòng 401–451 trong 451");
    expect(await page.locator("#problems tbody tr").count()).toBe(51);
    expect(await level("last")).toBe("cảnh báo");
    expect(await page.locator("#problems tbody tr").last().locator("code").textContent()).toBe("COLUMN_UNKNOWN");
    // The unknown column is a header problem: mapped, not corrected in a cell.
    await page.selectOption("#filter-code", "COLUMN_UNKNOWN");
    expect(await page.textContent("#problems-range")).toContain("Dòng 1–1 trong 1 (đã lọc)");
    expect(await page.locator("#problems tbody tr input").count()).toBe(0);
    await page.selectOption("#filter-code", "DATE_INVALID");
    expect(await page.textContent("#problems-range")).toContain("trong 450 (đã lọc)");
    const [d] = await Promise.all([page.waitForEvent("download"), page.click("#export-shown")]);
    const csv = readFileSync((await d.path()) as string, "utf8");
    expect(csv.trim().split("\r\n")).toHaveLength(451);
  });

  it("says what is wrong with a period before making anything, and notes an as-of date before the end of the period", async () => {
    await page.click("#step-files");
    await clearFiles();
    await page.setInputFiles("#file", CASES[0] as string);
    await page.waitForSelector("#files-summary", { timeout: 60_000 });
    await page.click("#step-report");
    await page.selectOption("#period-kind", "custom");
    expect(await page.textContent("#period-problem")).toContain("Chọn cả “Từ ngày” và “Đến ngày”");
    expect(await page.isDisabled("#generate")).toBe(true);
    // A date not on the calendar is said under its field at once, dd/mm/yyyy, never as the CLI's period (W23-3).
    await page.fill("#period-from", "31/02/2026");
    await page.fill("#period-to", "15/01/2026");
    expect(await page.textContent("#period-from-problem")).toBe(
      "Ngày 31/02/2026 ở ô “Từ ngày” không có thật (tháng 2 năm 2026 có 28 ngày).",
    );
    expect(await page.locator("#period-problem, #period-to-problem").count()).toBe(0);
    expect(await page.isDisabled("#generate")).toBe(true);
    await page.fill("#period-from", "01/04/2026");
    await page.fill("#period-to", "31/04/2026");
    expect(await page.textContent("#period-to-problem")).toBe(
      "Ngày 31/04/2026 ở ô “Đến ngày” không có thật (tháng 4 năm 2026 có 30 ngày).",
    );
    expect(await page.getAttribute("#period-to", "aria-invalid")).toBe("true");
    expect(await page.isDisabled("#generate")).toBe(true);
    expect(await page.textContent("main")).not.toMatch(/\.\.|2026-04/);
    await page.fill("#period-from", "20/04/2026");
    await page.fill("#period-to", "05/04/2026");
    expect(await page.textContent("#period-problem")).toBe(
      "“Từ ngày” (20/04/2026) phải trước hoặc bằng “Đến ngày” (05/04/2026).",
    );
    await page.fill("#period-to", "30/04/2026");
    expect(await page.locator("#period-problem, #period-from-problem, #period-to-problem").count()).toBe(0);
    expect(await page.isDisabled("#generate")).toBe(false);
    // The as-of date too: said under it, nothing made until it is a date.
    await page.fill("#as-of", "29/02/2026");
    expect(await page.textContent("#as-of-problem")).toBe(
      "Ngày 29/02/2026 ở ô “Ngày tính số liệu” không có thật (tháng 2 năm 2026 có 28 ngày).",
    );
    expect(await page.isDisabled("#generate")).toBe(true);
    await page.selectOption("#period-kind", "month");
    await page.fill("#period-year", "2026");
    await page.selectOption("#period-month", "3");
    await page.fill("#as-of", "2026-03-20");
    await page.click("#generate");
    await page.waitForSelector("#result", { timeout: 60_000 });
    expect(await page.textContent("main")).toContain("Ngày tính số liệu 20/03/2026 trước ngày cuối kỳ (31/03/2026)");
  });

  it("a JSON register is a register whatever its name; the org file's settings do not undo what the clerk typed", async () => {
    await page.click("#step-files");
    await clearFiles();
    const json = join(work, "so-theo-doi-don-vinh-long.json");
    writeFileSync(
      json,
      JSON.stringify([
        { "Mã số": "VL-1", "Ngày tiếp nhận": "05/03/2026", "Hình thức tiếp nhận": "Đơn thư", Loại: "Phản ánh" },
      ]),
    );
    await page.setInputFiles("#file", [ORG, json]);
    await page.waitForSelector("#files-summary", { timeout: 60_000 });
    expect(await page.textContent("#files")).toContain("so-theo-doi-don-vinh-long.json");
    expect(await page.textContent("#files-summary")).toContain("1 dòng hợp lệ");
    await page.click("#step-report");
    await page.fill("#meta-signerName", "Lê Thị Gõ Tay");
    await page.click("#step-files");
    await page.setInputFiles("#file", CASES[0] as string);
    await page.waitForFunction(
      () => document.querySelector("#files")?.textContent?.includes("so-theo-doi-don-"),
      null,
      {
        timeout: 60_000,
      },
    );
    await page.waitForSelector("#files-summary", { timeout: 60_000 });
    await page.click("#step-report");
    expect(await page.inputValue("#meta-signerName")).toBe("Lê Thị Gõ Tay");
  });

  it("a file that cannot be read stops the report, as the CLI does, until the clerk chooses to go on without it", async () => {
    await page.click("#step-files");
    await clearFiles();
    const empty = join(work, "so-rong.csv");
    writeFileSync(empty, "");
    await page.setInputFiles("#file", [CASES[0] as string, empty]);
    await page.waitForSelector("#files-summary", { timeout: 60_000 });
    await page.click("#step-report");
    await page.selectOption("#period-kind", "quarter");
    await page.fill("#period-year", "2026");
    await page.click("#generate");
    await page.waitForSelector("#message.error", { timeout: 60_000 });
    expect(await page.textContent("#message")).toContain("Các sổ còn 1 lỗi (0 dòng bị loại)");
    expect(await page.textContent("label[for=allow-partial]")).toContain("các tệp không đọc được");
    await page.check("#allow-partial");
    await page.click("#generate");
    await page.waitForSelector("#result", { timeout: 60_000 });
  });

  it("rolls up the units' statistics files (so-lieu.json) into the province's State report, as tiepdan rollup does", async () => {
    // Each unit's statistics file, made by the CLI with its own org file; the province's summary from all registers.
    const dir = mkdtempSync(join(work, "so-lieu-"));
    const org = JSON.parse(readFileSync(ORG, "utf8"));
    const quiet = { stdout: () => {}, stderr: () => {} };
    const stats: string[] = [];
    for (const u of org.units as { id: string }[]) {
      const unitOrg = join(dir, `don-vi-${u.id}.json`);
      writeFileSync(unitOrg, JSON.stringify({ ...org, reportingUnit: u.id }));
      const file = join(dir, `so-lieu-${u.id}.json`);
      // A unit that keeps no cases register (the People's Committee) sends one with only the header row.
      let cases = join(EXAMPLE, `so-theo-doi-don-${u.id}.csv`);
      if (!existsSync(cases)) {
        const header = readFileSync(join(EXAMPLE, "so-theo-doi-don-tu-minh-son.csv"), "utf8").split("\n", 1)[0];
        cases = join(dir, `so-theo-doi-don-${u.id}.csv`);
        writeFileSync(cases, `${header}\n`);
      }
      const args = ["report", "--cases", cases];
      args.push("--sessions", join(EXAMPLE, `so-buoi-tiep-${u.id}.csv`), "--org", unitOrg, "--period", "2026-Q1");
      args.push("--profile", "state", "--format", "xlsx", "--out", join(dir, u.id), "--stats-out", file);
      expect(await main(args, quiet)).toBe(0);
      stats.push(file);
    }
    const all = ["report", "--cases", ...CASES, "--sessions", ...SESSIONS, "--org", ORG, "--period", "2026-Q1"];
    all.push(
      "--profile",
      "state",
      "--format",
      "xlsx",
      "--out",
      join(dir, "tinh"),
      "--summary-json",
      join(dir, "tinh.json"),
    );
    expect(await main(all, quiet)).toBe(0);
    const province = JSON.parse(readFileSync(join(dir, "tinh.json"), "utf8"));

    await page.click("#step-files");
    await clearFiles();
    await page.setInputFiles("#file", [...stats, ORG]);
    await page.waitForFunction(() => document.body.textContent?.includes("Tệp số liệu"), null, { timeout: 60_000 });
    expect(await page.textContent("body")).toContain("(Đảng ủy xã An Bình, quý I năm 2026)");
    await page.click("#step-report");
    await page.selectOption("#profile", "state");
    await page.selectOption("#period-kind", "quarter");
    await page.fill("#period-year", "2026");
    await page.selectOption("#period-quarter", "1");
    // An earlier test set an as-of date; the statistics files count to the period's last day.
    await page.fill("#as-of", "");
    await page.click("#generate");
    await page.waitForSelector("#result, #message.error", { timeout: 60_000 });
    expect(await page.locator("#message.error").allTextContents()).toEqual([]);
    const shown = async (selector: string) => Number((await page.textContent(selector))?.replace(/\./g, ""));
    expect(await shown("#stat-cases")).toBe(province.cases.total);
    expect(await shown("#stat-sessions")).toBe(province.sessions.held);
    // The Party committees' files count nothing of the State's registers: the clerk is told which, as by the CLI.
    const notes = (await page.textContent("#notes")) ?? "";
    expect(notes).toContain("do “Đảng ủy xã An Bình” (cấp ủy, tổ chức đảng) lập theo thể thức");
    expect(notes).toContain("[ROLLUP_SIDE]");
    const xlsx = await download("report-xlsx");
    expect(docxXml(xlsx.bytes)).toContain("Biểu số: 02/XLD");
    const file = await download("stats-json");
    expect(file.name).toBe("so-lieu-2026-Q1-nha-nuoc.json");
    expect(JSON.parse(new TextDecoder().decode(file.bytes)).format).toBe("tiepdan-so-lieu@1");
    await page.click("#step-files");
    await clearFiles();
  });

  it("issue 16 point 11: the problems table shows each row's Mã số (never a denunciation row's) and offers a closed column's values", async () => {
    const file = join(work, "so-ma-so.csv");
    writeFileSync(
      file,
      "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi\n" +
        "KN-7;05/03/2026;Thư tay;Kiến nghị;Đất đai;Lê Văn An\n" +
        "TC-BI-MAT-9;06/03/2026;Thư tay;Tố cáo;Đất đai;Phạm Thị Kín\n" +
        "KN-8;31/02/2026;Đơn thư;Kiến nghị;Đất đai;Lê Văn Bình\n",
    );
    await page.click("#step-files");
    await clearFiles();
    await page.setInputFiles("#file", file);
    await page.waitForSelector("#files-summary", { timeout: 60_000 });
    await page.click("#step-check");
    const rows = page.locator("#problems tbody tr", { hasText: "Hình thức tiếp nhận" });
    expect(await rows.count()).toBe(2);
    const cellsOf = async (i: number) => await rows.nth(i).locator("td").allTextContents();
    expect((await cellsOf(0)).slice(1, 4)).toEqual(["2", "KN-7", "Hình thức tiếp nhận"]);
    // The denunciation row: row and column suffice, as the CLI withholds its Mã số in ID_DUPLICATE.
    expect((await cellsOf(1)).slice(1, 4)).toEqual(["3", "", "Hình thức tiếp nhận"]);
    const table = (await page.textContent("#problems")) ?? "";
    expect(table).not.toContain("TC-BI-MAT-9");
    expect(table).not.toContain("Phạm Thị Kín");
    // The correction offers the column's values.
    const input = rows.nth(0).locator("input[type=text]");
    const list = await input.getAttribute("list");
    expect(list).toBeTruthy();
    const offered = await page
      .locator(`datalist[id="${list}"] option`)
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toContain("Đơn thư");
    expect(offered).toContain("Tiếp trực tiếp");
    await input.fill(offered.find((v) => v === "Đơn thư") as string);
    await rows.nth(0).locator("button[type=submit]").click();
    await page.waitForFunction(() => !document.querySelector("#problems")?.textContent?.includes("KN-7"), null, {
      timeout: 60_000,
    });
    expect(await page.textContent("#totals")).toContain("1 hợp lệ");
    // A date is typed, not chosen: no list offered.
    const date = page.locator("#problems tbody tr", { hasText: "KN-8" });
    expect(await date.locator("td").nth(3).textContent()).toBe("Ngày tiếp nhận");
    expect(await date.locator("input[type=text]").getAttribute("list")).toBeNull();
  });

  it("issue 16 points 2 and 11: a dropped init folder, hand-filled, just works; dates dd/mm/yyyy; the cases without a notice listed, no denouncer named", async () => {
    const dir = join(work, "so-tiep-dan-2026");
    expect(await main(["init", dir, "--only", "csv"], { stdout: () => {}, stderr: () => {} })).toBe(0);
    writeFileSync(
      join(dir, "so-theo-doi-don.csv"),
      [
        "\uFEFFMã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi;Địa chỉ;Nội dung;Hướng xử lý;Nặc danh",
        "HS-1;05/02/2026;Đơn thư;Kiến nghị;Đất đai;Lê Văn An;Thôn 1, xã Một;Đơn về ranh giới đất giáp nhà bà Đào Thị Ẩn Danh;Giải quyết;Không",
        // A denunciation that cannot be read (31/02) is no case, but its sender is still withheld in HS-1.
        "HS-5;31/02/2026;Đơn thư;Tố cáo;Đất đai;Đào Thị Ẩn Danh;Xóm Bảy;Tố cáo cán bộ thôn;Giải quyết;Không",
        "HS-2;10/02/2026;Đơn thư;Tố cáo;Đất đai;;;Tố cáo cán bộ xã thu tiền;Giải quyết;Có",
        "HS-3;12/02/2026;Đơn thư;Tố cáo;Đất đai;Hoàng Văn Tố Giác;Thôn 9, xã Hai;Tố cáo cán bộ địa chính;Giải quyết;Không",
        "HS-4;15/02/2026;Đơn thư;Phản ánh;Môi trường;;;Phản ánh khói bụi;Hướng dẫn;",
        "",
      ].join("\r\n"),
    );
    await page.click("#step-files");
    await clearFiles();
    await page.setInputFiles(
      "#file",
      readdirSync(dir).map((f) => join(dir, f)),
    );
    await page.waitForSelector("#files-summary", { timeout: 60_000 });
    const message = (await page.textContent("#message")) ?? "";
    expect(message).toContain("README.txt");
    expect(message).toContain("tuong-thuat.txt");
    expect(await page.locator("#files-summary, main").first().textContent()).not.toContain("README.txt (");
    const orgRow = page.locator("tr", { hasText: "don-vi.json" });
    expect(await orgRow.locator("span.warn").textContent()).toContain("còn chữ mẫu");
    expect(await orgRow.locator("span.ok").count()).toBe(0);
    await page.click("#step-report");
    expect(await page.inputValue("#narrative")).toContain("## Công tác lãnh đạo");
    // The Party profile, whatever an earlier test chose: its quarter runs from the 1st to the last day.
    await page.selectOption("#profile", "party");
    await page.selectOption("#period-kind", "quarter");
    await page.fill("#period-year", "2026");
    await page.selectOption("#period-quarter", "1");
    // Typed and shown dd/mm/yyyy, whatever the browser's locale (the field is text, not the browser's date picker).
    expect(await page.getAttribute("#as-of", "type")).toBe("text");
    await page.fill("#as-of", "20/03/2026");
    await page.fill("#doc-date", "31/2/2026");
    expect(await page.getAttribute("#doc-date", "aria-invalid")).toBe("true");
    await page.fill("#doc-date", "25/03/2026");
    expect(await page.inputValue("#as-of")).toBe("20/03/2026");
    // HS-5 is rejected: the clerk chooses to report without it.
    await page.check("#allow-partial");
    // A number pasted with a right-to-left override (Word would print what follows it backwards).
    await page.fill("#doc-number", "12\u202e3");
    await page.click("#generate");
    await page.waitForSelector("#result, #message.error", { timeout: 60_000 });
    expect(await page.locator("#message.error").count(), (await page.textContent("body")) ?? "").toBe(0);
    const main_ = (await page.textContent("main")) ?? "";
    expect(main_).toContain("tính đến ngày 20/03/2026");
    expect(main_).toContain("Số liệu từ ngày 01/01/2026 đến ngày 31/03/2026");
    // The cases that get no notice, listed with why; the named denouncer (HS-3) is nowhere on the page.
    const notes = await page.locator("#notes li").allTextContents();
    const receipt = notes.find((n) => n.startsWith("Không lập thông báo")) ?? notes.join("\n");
    expect(receipt).toContain("HS-2 (đơn nặc danh)");
    expect(receipt).toContain("HS-4 (sổ không ghi người gửi)");
    expect(receipt).not.toContain("HS-1");
    expect(receipt).not.toContain("HS-3");
    for (const secret of ["Hoàng Văn Tố Giác", "Thôn 9, xã Hai", "Tố cáo cán bộ", "Đào Thị Ẩn Danh"]) {
      expect((await page.textContent("body")) ?? "").not.toContain(secret);
    }
    const docx = docxText((await download("report-docx")).bytes);
    expect(docx).toContain("Đơn về ranh giới đất giáp nhà bà (giữ bí mật)");
    expect(docx).not.toMatch(/Ẩn Danh|Hoàng Văn Tố Giác/);
    expect(docx).toMatch(/Số:? 123/);
    expect(docx).not.toContain("\u202e");
    expect(notes.join("\n")).toContain("Số văn bản có ký tự điều khiển không in được");
  });

  it("made no request but the page itself and its worker, and no CSP violation or page error", async () => {
    const foreign = requests.filter((u) => !u.startsWith("file:") && !u.startsWith("blob:"));
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate(() => (globalThis as { __tiepdanErrors?: string[] }).__tiepdanErrors)).toEqual([]);
    // The policy itself: a script on the page that tried to send data out would be stopped by the browser.
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    const attempt = await page.evaluate(() =>
      fetch("https://example.invalid/thu", { method: "POST", body: "x" }).then(
        () => "sent",
        (e: Error) => e.name,
      ),
    );
    expect(attempt).toBe("TypeError");
  });
});
