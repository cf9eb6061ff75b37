// The fast path for long tables (pdf/_longTables.ts, docx/_longTables.ts) against the renderer contract: the same
// IR read back through poppler and LibreOffice gives the same text, in order, on A4 landscape pages with the header
// row repeated and the pages numbered, byte-identical on a rerun — and the same rows as the ordinary path.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { unzipSync } from "fflate";
import { describe, expect, it, vi } from "vitest";
import { buildDocument } from "../../src/document/buildDocument.js";
import type { DocumentNode } from "../../src/document/ir.js";
import { parseMarkup } from "../../src/document/parseMarkup.js";
import { SAMPLE_META } from "../../src/document/sample.js";
import { renderDocx } from "../../src/docx/renderDocx.js";
import { readDefaultFonts } from "../../src/node/fonts.js";
import { LONG_CELL_CHARS, LONG_TABLE_ROWS, longTableTailStart } from "../../src/pdf/_longTables.js";
import { renderPdf } from "../../src/pdf/renderPdf.js";
import { expectInOrder, type ReadBack } from "./contract.js";
import { readDocxs, readPdfs, run, tempDir, wordBoxes } from "./readers.js";

const fonts = await readDefaultFonts();
const ROWS = 120;

/** A report-like document: a body, then two landscape appendices with long tables (as the register appendix). */
function registerDocument(length = ROWS): DocumentNode {
  const rows = Array.from(
    { length },
    (_, i) =>
      `<tr><td align="center">${i + 1}</td><td>MS-${String(i + 1).padStart(5, "0")}</td><td align="center">0${(i % 9) + 1}/03/2026</td><td>Khiếu nại<br/>Đất đai</td><td>${i % 5 === 0 ? "<i>(giữ bí mật)</i>" : `Nguyễn Thị Hằng ${i}<br/>Số ${i}, thôn Đồng Tâm, xã Ngọc Lĩnh`}</td><td>Đơn đề nghị xem xét việc bồi thường, hỗ trợ khi Nhà nước thu hồi đất để mở rộng quốc lộ &amp; đường tỉnh</td><td>Đơn vị ${i % 7}</td></tr>`,
  ).join("");
  const appendix = (n: number, title: string) =>
    `<section orientation="landscape"><p align="center" indent="no"><b>Phụ lục ${n}</b></p><p align="center" indent="no"><b>${title}</b></p><p align="center" indent="no"><i>(Kèm theo Báo cáo số 12-BC/TU)</i></p><table widths="2,5,3,4,7,10,5" header-rows="1" size="9"><tr><th>STT</th><th>Mã số</th><th>Ngày tiếp nhận</th><th>Loại, lĩnh vực</th><th>Người gửi, địa chỉ</th><th>Nội dung</th><th>Đơn vị</th></tr>${rows}</table></section>`;
  return buildDocument({
    meta: SAMPLE_META,
    profile: "party",
    body: parseMarkup("<body><p>Nội dung báo cáo.</p></body>"),
    appendices: parseMarkup(
      `<body>${appendix(4, "DANH SÁCH VỤ VIỆC QUÁ THỜI HẠN THEO QUY ĐỊNH")}${appendix(5, "DANH SÁCH VỤ VIỆC TIẾP NHẬN TRONG KỲ")}</body>`,
    ),
  });
}

const renderers = [
  ["PDF", (d: DocumentNode, min: number) => renderPdf(d, { fonts, longTableRows: min }), readPdfs],
  ["DOCX", (d: DocumentNode, min: number) => renderDocx(d, { longTableRows: min }), readDocxs],
] as const;

describe.each(renderers)("%s: the fast path for long tables keeps the renderer contract", (_name, render, read) => {
  const doc = registerDocument();
  let fast: ReadBack;
  let plain: ReadBack;

  it("renders through the fast path and through the ordinary path, and a reader gets both back", async () => {
    [fast, plain] = (await read([await render(doc, 10), await render(doc, 1_000_000)])) as [ReadBack, ReadBack];
    expect(fast.pages.length).toBeGreaterThan(4);
  }, 180_000);

  it("gives every row, in order, with NFC Vietnamese, after the body and the signature", () => {
    const all = fast.pages.join("\n");
    expect(all).toBe(all.normalize("NFC"));
    expectInOrder(all, [
      "Nội dung báo cáo.",
      "Nơi nhận:",
      "Phụ lục 4",
      "DANH SÁCH VỤ VIỆC QUÁ THỜI HẠN THEO QUY ĐỊNH",
      ...Array.from({ length: ROWS }, (_, i) => `MS-${String(i + 1).padStart(5, "0")}`),
      "Phụ lục 5",
      "DANH SÁCH VỤ VIỆC TIẾP NHẬN TRONG KỲ",
      ...Array.from({ length: ROWS }, (_, i) => `MS-${String(i + 1).padStart(5, "0")}`),
    ]);
    expect(all).toContain("Nguyễn Thị Hằng 1");
    expect(all).toContain("(giữ bí mật)");
    expect(all).toContain("quốc lộ & đường");
  });

  it("repeats the header row on every page of a table, on A4 landscape pages", () => {
    const tablePages = fast.pages.map((p, i) => [p, i] as const).filter(([p]) => /MS-\d{5}/.test(p));
    expect(tablePages.length).toBeGreaterThan(2);
    for (const [p, i] of tablePages) {
      expect(p).toContain("Mã số");
      expect(p).toContain("Người gửi, địa chỉ");
      const [w, h] = fast.sizes[i] ?? [0, 0];
      expect(w).toBeCloseTo(841.9, 0);
      expect(h).toBeCloseTo(595.3, 0);
    }
  });

  it("numbers the pages at the top, as the ordinary path does", () => {
    const last = fast.pages.length;
    expect((fast.pages[last - 1] as string).trim().split("\n")[0]?.trim()).toBe(String(last));
    expect((fast.pages[1] as string).trim().split("\n")[0]?.trim()).toBe("2");
  });

  it("has the same words as the ordinary path, and about as many pages", () => {
    const words = (r: ReadBack) =>
      r.pages
        .join(" ")
        .split(/\s+/)
        .filter((w) => w !== "" && !/^\d+$/.test(w))
        .sort();
    expect(words(fast)).toEqual(words(plain));
    expect(Math.abs(fast.pages.length - plain.pages.length)).toBeLessThanOrEqual(Math.ceil(plain.pages.length / 5));
  });

  it("gives byte-identical files for the same IR, whatever the clock says", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2030-01-01T10:00:00Z"));
      const a = await render(doc, 10);
      vi.setSystemTime(new Date("2031-06-15T23:59:59Z"));
      const b = await render(doc, 10);
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  }, 60_000);
});

describe("PDF: the fast path's pages compressed by Node's zlib as they end", () => {
  it("hold the same pages as pdfkit's own compression gives (as in a browser, without Node's modules), in a valid PDF", async () => {
    // 1,200 rows: about 60 pages, each compressed and written out as the next one starts.
    const doc = registerDocument(1_200);
    const node = await renderPdf(doc, { fonts, longTableRows: 10 });
    const saved = Object.getOwnPropertyDescriptor(process, "getBuiltinModule");
    Object.defineProperty(process, "getBuiltinModule", { value: undefined, configurable: true, writable: true });
    let inline: Uint8Array;
    try {
      inline = await renderPdf(doc, { fonts, longTableRows: 10 });
    } finally {
      if (saved) Object.defineProperty(process, "getBuiltinModule", saved);
    }
    // Level 1 here, pdfkit's level 6 there: other bytes, the same pages.
    expect(Buffer.from(node).equals(Buffer.from(inline))).toBe(false);
    const [a, b] = await readPdfs([node, inline]);
    expect(a?.pages).toEqual(b?.pages);
    expect(a?.sizes).toEqual(b?.sizes);
    const tmp = tempDir("tiepdan-zlib-");
    try {
      const file = join(tmp.dir, "doc.pdf");
      writeFileSync(file, node);
      expect(run("qpdf", ["--check", file])).toContain("No syntax or stream encoding errors found");
      expect(Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [file]))?.[1])).toBeGreaterThan(40);
      // Every page of the fast path is compressed (a stream written raw would be several times larger).
      const flate =
        Buffer.from(node)
          .toString("latin1")
          .match(/\/Filter \/FlateDecode/g)?.length ?? 0;
      expect(flate).toBeGreaterThanOrEqual(a?.pages.length ?? Number.POSITIVE_INFINITY);
      expect(node.length).toBeLessThan(inline.length * 1.3);
    } finally {
      tmp.remove();
    }
  }, 120_000);
});

/** The entries of a zip as its central directory records them: name, CRC-32, compressed and full size. */
function centralDirectory(zip: Uint8Array): { name: string; crc: number; compressed: number; size: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    out.push({
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      crc: view.getUint32(at + 16, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
    });
    at += 46 + skip;
  }
  return out;
}

describe("DOCX: the streamed document.xml compressed by Node's zlib", () => {
  it("holds the entries fflate's compression gives (as in a browser), each with its right checksum and sizes", async () => {
    const doc = registerDocument(1_200);
    const threaded = await renderDocx(doc, { longTableRows: 10 });
    const saved = Object.getOwnPropertyDescriptor(process, "getBuiltinModule");
    Object.defineProperty(process, "getBuiltinModule", { value: undefined, configurable: true, writable: true });
    let inline: Uint8Array;
    try {
      inline = await renderDocx(doc, { longTableRows: 10 });
    } finally {
      if (saved) Object.defineProperty(process, "getBuiltinModule", saved);
    }
    const [a, b] = [unzipSync(threaded), unzipSync(inline)];
    expect(Object.keys(a)).toEqual(Object.keys(b));
    for (const [name, data] of Object.entries(a))
      expect(Buffer.from(data).equals(Buffer.from(b[name] as Uint8Array))).toBe(true);
    expect((a["word/document.xml"] as Uint8Array).length).toBeGreaterThan(1_000_000);
    for (const zip of [threaded, inline]) {
      const files = unzipSync(zip);
      const entries = centralDirectory(zip);
      expect(entries.map((e) => e.name)).toEqual(Object.keys(files));
      for (const e of entries) {
        const data = files[e.name] as Uint8Array;
        expect({ name: e.name, crc: e.crc, size: e.size }).toEqual({
          name: e.name,
          crc: crc32(data),
          size: data.length,
        });
      }
    }
    // A rerun gives the same bytes.
    expect(Buffer.from(await renderDocx(doc, { longTableRows: 10 })).equals(Buffer.from(threaded))).toBe(true);
  }, 120_000);
});

describe("PDF: the fast path draws its shaped words where the ordinary path puts them", () => {
  it("puts each Mã số and row number in its column as pdfmake does, each Mã số on its number's line", async () => {
    const doc = registerDocument();
    const [fast, plain] = [
      wordBoxes(await renderPdf(doc, { fonts, longTableRows: 10 })),
      wordBoxes(await renderPdf(doc, { fonts, longTableRows: 1_000_000 })),
    ];
    const ids = (words: ReturnType<typeof wordBoxes>) => words.filter((w) => /^MS-\d{5}$/.test(w.text));
    const [fastIds, plainIds] = [ids(fast), ids(plain)];
    expect(fastIds.length).toBe(2 * ROWS);
    expect(fastIds.map((w) => w.text)).toEqual(plainIds.map((w) => w.text));
    fastIds.forEach((w, i) => {
      // Same column, same padding: the same left edge and width as pdfmake's (kerning aside).
      expect(Math.abs(w.x - (plainIds[i]?.x ?? 0))).toBeLessThan(0.5);
      expect(Math.abs(w.x2 - w.x - ((plainIds[i]?.x2 ?? 0) - (plainIds[i]?.x ?? 0)))).toBeLessThan(0.5);
      // The row number on the same line, centred in the first column.
      const number = fast.find(
        (n) => n.page === w.page && n.text === String((i % ROWS) + 1) && Math.abs(n.y - w.y) < 0.5,
      );
      expect(number, `row ${(i % ROWS) + 1}`).toBeDefined();
    });
    // The first row of each table at pdfmake's height (the baseline an ascender below the cell's top).
    for (const first of [0, ROWS])
      expect(Math.abs((fastIds[first]?.y ?? 0) - (plainIds[first]?.y ?? 0))).toBeLessThan(2);
    // Inside the page, below the top margin, above the bottom one.
    for (const w of fast) {
      expect(w.x).toBeGreaterThan(0);
      expect(w.x2).toBeLessThan(842);
      expect(w.y).toBeGreaterThan(20);
      expect(w.y).toBeLessThan(842);
    }
  }, 120_000);
});

/** A short body, then a landscape appendix: a 12-row table of STT, Nội dung (the given text), Đơn vị. */
function threeColumnDocument(widths: string, size: number, content: (i: number) => string): DocumentNode {
  const rows = Array.from(
    { length: 12 },
    (_, i) => `<tr><td>${i + 1}</td><td>${content(i)}</td><td>Xã An Bình</td></tr>`,
  ).join("");
  return buildDocument({
    meta: SAMPLE_META,
    profile: "party",
    body: parseMarkup("<body><p>Nội dung.</p></body>"),
    appendices: parseMarkup(
      `<body><section orientation="landscape"><table widths="${widths}" header-rows="1" size="${size}"><tr><th>STT</th><th>Nội dung</th><th>Đơn vị</th></tr>${rows}</table></section></body>`,
    ),
  });
}

describe("PDF: a glyph the font lacks does not push the rest of its line", () => {
  it("the words after an emoji or a CJK character stay where pdfmake puts them", async () => {
    const doc = threeColumnDocument("1,6,3", 10, (i) => `Đơn 😀 kèm 漢字 và cờ ${i}`);
    const [fast, plain] = [
      wordBoxes(await renderPdf(doc, { fonts, longTableRows: 5 })),
      wordBoxes(await renderPdf(doc, { fonts, longTableRows: 1_000_000 })),
    ];
    // The table's words: from its header ("STT") on.
    const at = (words: ReturnType<typeof wordBoxes>, text: string) => {
      const first = words.findIndex((w) => w.text === "STT");
      return words
        .slice(first)
        .filter((w) => w.text === text)
        .map((w) => w.x);
    };
    for (const word of ["kèm", "và", "cờ"]) {
      const [f, p] = [at(fast, word), at(plain, word)];
      expect(f.length).toBe(12);
      for (const [i, x] of f.entries()) expect(Math.abs(x - (p[i] ?? 0)), word).toBeLessThan(1);
    }
  }, 60_000);
});

describe("PDF: a row taller than a page", () => {
  it("is split across pages under the repeated header, in the fast path and in pdfmake's: every sentence of a long content is printed, none below the margin", async () => {
    const long = Array.from({ length: 60 }, (_, i) => `Câu số ${i + 1} của nội dung đơn rất dài.`).join(" ");
    const doc = threeColumnDocument("1,2,3", 12, (i) => (i === 3 ? `${long} HẾT-DÀI` : `Nội dung ${i + 1}`));
    for (const longTableRows of [5, 1_000_000]) await expectAllThere(await renderPdf(doc, { fonts, longTableRows }));
  }, 60_000);
});

async function expectAllThere(bytes: Uint8Array) {
  const [read] = (await readPdfs([bytes])) as [ReadBack];
  const all = read.pages.join("\n").replace(/\s+/g, " ");
  // A reader gets every sentence (pdftotext may read the next cell or the page break in between).
  for (let i = 1; i <= 60; i++) expect(all, `câu ${i}`).toMatch(new RegExp(`Câu số ${i}(?!\\d)`));
  expectInOrder(all, ["Câu số 1 của", "Câu số 60 của", "HẾT-DÀI", "Nội dung 5", "Nội dung 12"]);
  // The content runs over at least two pages, each with the header row, and no word is below the bottom margin.
  const pages = read.pages.filter((p) => /Câu số \d+ của/.test(p));
  expect(pages.length).toBeGreaterThan(1);
  for (const p of pages) expect(p).toContain("Đơn vị");
  for (const w of wordBoxes(bytes)) expect(w.y).toBeLessThan(595.3 - 20);
}

describe("PDF: a pasted blob of 50,000 characters without a space in a cell (review s11 #3)", () => {
  it("is cut at the cell's edge into full lines, in the fast path and in pdfmake's: every character printed, the other columns as they were", async () => {
    const blob = "x".repeat(50_000);
    const doc = threeColumnDocument("1,6,3", 9, (i) => (i === 3 ? `Đường dẫn ${blob} HẾT` : `Nội dung ${i + 1}`));
    for (const longTableRows of [5, 1_000_000]) {
      // pdfmake's path only when asked: a cell this long otherwise goes the fast way (see the next test).
      const words = wordBoxes(await renderPdf(doc, { fonts, longTableRows, longCellChars: Infinity }));
      const table = words.slice(words.findIndex((w) => w.text === "STT"));
      const pieces = table.filter((w) => /^x+$/.test(w.text));
      expect(
        pieces.reduce((n, w) => n + w.text.length, 0),
        `longTableRows ${longTableRows}`,
      ).toBe(50_000);
      // Each piece ends before the next column ("Đơn vị"), and the lines are full but the last.
      const unit = table.find((w) => w.text === "Đơn") as { x: number };
      for (const w of pieces) expect(w.x2).toBeLessThan(unit.x);
      const lengths = pieces.map((w) => w.text.length);
      // (pdfmake is given a paragraph this long in chunks of about 8,000 characters, each starting a line.)
      const full = Math.max(...lengths.slice(1, -1));
      const short = lengths.slice(1, -1).filter((n) => n < full - 3).length;
      expect(short).toBeLessThanOrEqual(longTableRows === 5 ? 0 : Math.ceil(50_000 / 8_000));
      for (const w of pieces) expect(w.y).toBeLessThan(595.3 - 20);
      // The other rows keep their columns: each unit on one line.
      expect(table.filter((w) => w.text === "Bình").length).toBe(12);
      expect(table.some((w) => w.text === "HẾT")).toBe(true);
    }
  }, 120_000);
});

describe("PDF: a short table with a cell of 10,000 characters or more (review s12 #5)", () => {
  it("goes the fast way, as a long table does: the same pages as with longTableRows 5", async () => {
    // pdfmake lays out 200,000 characters of "a/" in about a minute (the square of the break opportunities).
    const many = "a/".repeat(5_000);
    const doc = threeColumnDocument("1,6,3", 9, (i) => (i === 3 ? `Nội dung ${many} HẾT` : `Nội dung ${i + 1}`));
    // The cell holds 10,013 characters.
    expect(longTableTailStart(doc, LONG_TABLE_ROWS, LONG_CELL_CHARS)).toBeGreaterThan(0);
    expect(longTableTailStart(doc, LONG_TABLE_ROWS, 10_013)).toBeGreaterThan(0);
    expect(longTableTailStart(doc, LONG_TABLE_ROWS, 10_014)).toBe(-1);
    const fast = Buffer.from(await renderPdf(doc, { fonts }));
    expect(fast.equals(Buffer.from(await renderPdf(doc, { fonts, longTableRows: 5 })))).toBe(true);
    expect(fast.equals(Buffer.from(await renderPdf(doc, { fonts, longCellChars: Infinity })))).toBe(false);
  }, 120_000);
});

describe("DOCX: a row taller than a page", () => {
  it("may break across pages (Word cuts off a row kept whole at the page's foot), in the fast path and in docx's; every other row is kept whole", async () => {
    const long = Array.from({ length: 60 }, (_, i) => `Câu số ${i + 1} của nội dung đơn rất dài.`).join(" ");
    const doc = threeColumnDocument("1,2,3", 12, (i) => (i === 3 ? `${long} HẾT-DÀI` : `Nội dung ${i + 1}`));
    for (const longTableRows of [5, 1_000_000]) {
      const xml = strFromU8Doc(await renderDocx(doc, { longTableRows }));
      const rows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((m) => m[1] as string);
      const table = rows.slice(rows.findIndex((r) => r.includes(">STT<")));
      expect(table.length, `longTableRows ${longTableRows}`).toBe(13);
      const kept = table.map((r) => r.includes("<w:cantSplit/>"));
      expect(kept).toEqual(table.map((r) => !r.includes("HẾT-DÀI")));
    }
  }, 60_000);
});

/** The text of a DOCX's word/document.xml. */
function strFromU8Doc(bytes: Uint8Array): string {
  return new TextDecoder().decode(unzipSync(bytes)["word/document.xml"]);
}

describe("PDF: no row of a table is left out by pdfmake (review s12 #1)", () => {
  const count = (text: string, word: string) => text.split(word).length - 1;
  it.each([
    [
      "the first row is taller than a page",
      0,
      Array.from({ length: 150 }, (_, i) => `Câu số ${i + 1} của đơn.`).join(" "),
      (all: string) => {
        for (let i = 1; i <= 150; i++) expect(all, `câu ${i}`).toMatch(new RegExp(`Câu số ${i}(?!\\d)`));
      },
    ],
    [
      "a row of capitals is taller than a page",
      4,
      "ĐƠN ĐỀ NGHỊ GIẢI QUYẾT DỨT ĐIỂM VIỆC ".repeat(30),
      (all: string) => expect(count(all, "ĐIỂM")).toBe(30),
    ],
    [
      "a row of one wide letter is taller than a page",
      4,
      "W".repeat(900),
      (all: string) => expect(count(all.replace(/[^W]/g, ""), "W")).toBe(900),
    ],
  ])(
    "%s: every row is printed, in pdfmake's path and in the fast path",
    async (_name, at, content, expectContent) => {
      const doc = threeColumnDocument("1,2,3", 12, (i) => (i === at ? content : `Nội dung ${i + 1}`));
      for (const longTableRows of [5, 1_000_000]) {
        const [read] = (await readPdfs([await renderPdf(doc, { fonts, longTableRows })])) as [ReadBack];
        const all = read.pages.join("\n");
        for (let i = 0; i < 12; i++)
          if (i !== at) expect(all, `row ${i + 1}, longTableRows ${longTableRows}`).toContain(`Nội dung ${i + 1}`);
        expectContent(all.replace(/\s+/g, " "));
        expect(all).toContain("STT");
      }
    },
    120_000,
  );
});
