import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashDocument, TOOL_VERSION } from "../../src/document/provenance.js";
import { buildSampleDocument as sampleDocument } from "../../src/document/sample.js";
import { readDefaultFonts } from "../../src/node/fonts.js";
import { renderPdf } from "../../src/pdf/renderPdf.js";
import type { ReadBack } from "./contract.js";
import { testRendererContract } from "./contract.js";
import { readPdfs, run, tempDir, wordBoxes } from "./readers.js";

const fonts = await readDefaultFonts();
const render = (doc: Parameters<typeof renderPdf>[0]) => renderPdf(doc, { fonts });

testRendererContract("PDF (pdfmake)", render, readPdfs);

describe("PDF as a reader's tools see it", () => {
  it("embeds the font, passes qpdf --check, and carries the provenance", async () => {
    const doc = sampleDocument("party");
    const tmp = tempDir("tiepdan-pdf-check-");
    try {
      const file = join(tmp.dir, "sample.pdf");
      writeFileSync(file, await renderPdf(doc, { fonts, provenance: { TiepdanRevealIdentities: "no" } }));
      const fontsTable = run("pdffonts", [file]).trim().split("\n").slice(2);
      expect(fontsTable.length).toBeGreaterThanOrEqual(3);
      for (const line of fontsTable) expect(line).toMatch(/Tinos.*\byes\s+yes\s+yes\b/);
      expect(run("qpdf", ["--check", file])).toContain("No syntax or stream encoding errors found");
      const info = run("pdfinfo", ["-custom", file]);
      expect(info).toMatch(new RegExp(`TiepdanInputHash:\\s*${await hashDocument(doc)}`));
      expect(info).toMatch(/TiepdanRevealIdentities:\s*no/);
      expect(info).toContain(`Creator:         ${TOOL_VERSION}`);
      expect(info).toMatch(/CreationDate:\s+Sun Apr\s+5 00:00:00 2026 UTC/);
    } finally {
      tmp.remove();
    }
  }, 60_000);
});

describe("PDF: a heading never ends a page", () => {
  it("for every amount of text before it, a heading sits on the page of the paragraph after it", async () => {
    const meta = {
      issuingBody: "Tỉnh ủy Thử",
      number: "1-BC/TU",
      place: "Thử",
      date: "2026-04-05",
      documentType: "Báo cáo",
      summary: "thử",
      signer: { name: "Nguyễn Văn A", title: "Bí thư" },
    };
    const { buildDocument } = await import("../../src/document/buildDocument.js");
    const { parseMarkup } = await import("../../src/document/parseMarkup.js");
    const docs = Array.from({ length: 14 }, (_, i) => {
      const filler = Array.from({ length: 22 + i }, (_, k) => `<p>Đoạn văn số ${k + 1}.</p>`).join("");
      return buildDocument({
        meta,
        profile: "party",
        body: parseMarkup(
          `<body>${filler}<h1>II. MỤC TIẾP THEO</h1><p>Đoạn đầu của mục hai.</p><p>Đoạn cuối của mục hai.</p></body>`,
        ),
      });
    });
    const pages = await readPdfs(await Promise.all(docs.map(render)));
    for (const r of pages) {
      const headingPage = r.pages.findIndex((p) => p.includes("II. MỤC TIẾP THEO"));
      const nextPage = r.pages.findIndex((p) => p.includes("Đoạn đầu của mục hai."));
      expect(headingPage).toBeGreaterThanOrEqual(0);
      expect(headingPage).toBe(nextPage);
    }
    // The lengths span a page break: some of them end page 1 right after the heading without the rule.
    expect(new Set(pages.map((r) => r.pages.findIndex((p) => p.includes("II. MỤC TIẾP THEO")))).size).toBe(2);
  }, 120_000); // fourteen documents, slower under coverage
});

/** A State report's metadata, for the tests of the signature block. */
const STATE_META = {
  issuingBody: "Ủy ban nhân dân tỉnh Thử",
  number: "1/BC-UBND",
  place: "Thử",
  date: "2026-04-05",
  documentType: "Báo cáo",
  summary: "thử",
  signer: { name: "Nguyễn Văn Ký", title: "Chủ tịch" },
  recipients: [{ name: "Thanh tra Chính phủ" }, { name: "Lưu: VT" }],
};

describe("PDF: the signature block and “Nơi nhận” never stand alone on a page (issue 16 point 9)", () => {
  it("for every amount of text before it, the last paragraph is on the signer's page", async () => {
    const { buildDocument } = await import("../../src/document/buildDocument.js");
    const { parseMarkup } = await import("../../src/document/parseMarkup.js");
    const docs = Array.from({ length: 12 }, (_, i) => {
      const filler = Array.from({ length: 18 + i }, (_, k) => `<p>Đoạn văn số ${k + 1}.</p>`).join("");
      return buildDocument({
        meta: STATE_META,
        profile: "state",
        body: parseMarkup(`<body>${filler}<p>Đoạn cuối cùng.</p></body>`),
      });
    });
    const pages = await readPdfs(await Promise.all(docs.map(render)));
    for (const r of pages) {
      const last = r.pages.findIndex((p) => p.includes("Đoạn cuối cùng."));
      expect(r.pages.findIndex((p) => p.includes("Nguyễn Văn Ký"))).toBe(last);
      expect(r.pages.findIndex((p) => p.includes("Nơi nhận:"))).toBe(last);
    }
    // The lengths span a page break: some documents would otherwise leave the signature alone on page 2.
    expect(new Set(pages.map((r) => r.pages.length)).size).toBe(2);
  }, 120_000);
});

describe("PDF: a header cell spanning rows stays inside its rows (review s14 F4)", () => {
  it("no word of a cell spanning two header rows reaches the numbering row under them", async () => {
    const { buildDocument } = await import("../../src/document/buildDocument.js");
    const { parseMarkup } = await import("../../src/document/parseMarkup.js");
    // The layout of the Party report's appendix by field: two header rows, then the row of column numbers.
    const th = (text: string, attrs = "") => `<th${attrs}>${text}</th>`;
    const table =
      `<table widths="10,3,3,3,3,3,3,3" header-rows="3"><tr>${th("Lĩnh vực", ' rowspan="2"')}` +
      `${th("Tổng số vụ việc", ' rowspan="2"')}${th("Theo nội dung (một vụ việc có thể có nhiều nội dung)", ' colspan="4"')}` +
      `${th("Vụ việc đông người", ' rowspan="2"')}${th("Đã có kết quả", ' rowspan="2"')}</tr>` +
      `<tr>${["Phản ánh", "Kiến nghị", "Khiếu nại", "Tố cáo"].map((t) => th(t)).join("")}</tr>` +
      `<tr>${["MS", "1", "2", "3", "4", "5", "6", "7"].map((t) => th(t)).join("")}</tr>` +
      `<tr><td>Đất đai</td>${"<td>1</td>".repeat(7)}</tr></table>`;
    const doc = buildDocument({
      meta: STATE_META,
      profile: "state",
      body: parseMarkup(`<body><p>Mở đầu.</p><section orientation="landscape">${table}</section></body>`),
    });
    const words = wordBoxes(await render(doc));
    const numbering = words.find((w) => w.text === "MS");
    expect(numbering).toBeDefined();
    const spanning = words.filter(
      (w) => w.page === numbering?.page && /^(Lĩnh|vực|Tổng|số|vụ|việc|đông|người|Đã|có|kết|quả)$/.test(w.text),
    );
    expect(spanning.length).toBeGreaterThanOrEqual(12);
    // Each word ends above the rule over the numbering row (its text top, less the cell's padding).
    for (const w of spanning) expect(w.y2, w.text).toBeLessThan((numbering?.y ?? 0) - 1);
  }, 60_000);
});

describe("PDF: a long last paragraph, and a pasted blob in justified text (review s12 #2, #3)", () => {
  const build = async (body: string) => {
    const { buildDocument } = await import("../../src/document/buildDocument.js");
    const { parseMarkup } = await import("../../src/document/parseMarkup.js");
    return buildDocument({ meta: STATE_META, profile: "state", body: parseMarkup(`<body>${body}</body>`) });
  };

  it("a last paragraph longer than a page does not take the heading before it and the signature block away", async () => {
    const long = Array.from({ length: 700 }, (_, i) => `từ${i}`).join(" ");
    const [read] = await readPdfs([
      await render(await build(`<p>Đoạn một.</p><h1>III. PHƯƠNG HƯỚNG</h1><p>${long} HẾT-ĐOẠN.</p>`)),
    ]);
    const all = (read?.pages ?? []).join("\n");
    for (const text of ["III. PHƯƠNG HƯỚNG", "từ0", "từ699", "HẾT-ĐOẠN.", "Nơi nhận:", "Nguyễn Văn Ký"])
      expect(all, text).toContain(text);
    // The signature follows the paragraph's end, on its page.
    const pages = read?.pages ?? [];
    expect(pages.findIndex((p) => p.includes("Nguyễn Văn Ký"))).toBe(pages.findIndex((p) => p.includes("HẾT-ĐOẠN.")));
  }, 60_000);

  it("a justified paragraph holding a pasted blob is set flush left: no gap opens inside the blob", async () => {
    const letters = "ăâđêôơưáàảãạấầẩẫậ";
    const blob = Array.from({ length: 2_000 }, (_, i) => letters[(i * 7) % letters.length]).join("");
    const link = `https://dichvucong.gov.vn/p/home/${"dvc-chi-tiet/".repeat(6)}`;
    const doc = await build(`<p>Nội dung: ${blob} hết.</p><p>Xem ${link} để biết thêm.</p>`);
    const tmp = tempDir("tiepdan-pdf-blob-");
    try {
      const file = join(tmp.dir, "blob.pdf");
      writeFileSync(file, await render(doc));
      const text = run("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"]);
      const lines = text.slice(text.indexOf("Nội dung:"), text.indexOf("hết.")).split("\n");
      expect(lines.length).toBeGreaterThan(10);
      // Every line of the blob but the first (which starts "Nội dung:") is one run without a space.
      for (const line of lines.slice(1)) expect(line.trim()).not.toMatch(/\s/);
      expect(lines.join("").replace(/\s/g, "")).toBe(`Nộidung:${blob}`);
      expect(text.replace(/\n/g, "")).toContain(link);
    } finally {
      tmp.remove();
    }
  }, 60_000);

  it("a paragraph of 10,000 characters or more is laid out in chunks: every character printed, in order, the style kept (review s12 #5)", async () => {
    // 100,000 break opportunities in one paragraph took pdfmake about 40 s (the square of their number).
    const blob = "a/".repeat(20_000);
    const doc = await build(`<p>Đoạn một. ${blob} HẾT-DÀI.</p><p>Đoạn sau bình thường.</p>`);
    const chunked = await render(doc);
    const [read] = (await readPdfs([chunked])) as [ReadBack];
    // The page numbers at the head of each page left out.
    const text = read.pages
      .map((page) => page.replace(/^\s*\d+\s*$/m, ""))
      .join("\n")
      .replace(/\s/g, "");
    expect(text).toContain(`Đoạnmột.${blob}HẾT-DÀI.Đoạnsaubìnhthường.`);
    // Each chunk starts a line: the lines of the blob are full but the last of each chunk (40,020 characters: five
    // chunks of 8,000 and the rest, whose last line ends "HẾT-DÀI.").
    const lines = read.pages.flatMap((page) => page.split("\n")).map((l) => l.trim());
    const blobLines = lines.filter((l) => /^(a\/)+a?\/?$/.test(l)).map((l) => l.length);
    const full = Math.max(...blobLines);
    expect(blobLines.filter((n) => n < full - 4).length).toBe(5);
    // 40,000 characters at about 90 a line of the body's type: about 450 lines, ten pages or so.
    expect(read.pages.length).toBeGreaterThan(8);
    expect(read.pages.length).toBeLessThan(14);
  }, 120_000);
});
