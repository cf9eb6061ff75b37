// The renderer contract suite (STYLE.md: one suite every driver passes). Each renderer test calls
// `testRendererContract` with a function from IR to bytes and a reader that turns the bytes into what a person
// gets: the text of each page and the page sizes. The same IR feature cases run through both renderers.
import { describe, expect, it, vi } from "vitest";
import { buildDocument } from "../../src/document/buildDocument.js";
import type { DocumentNode } from "../../src/document/ir.js";
import { parseMarkup } from "../../src/document/parseMarkup.js";
import { SAMPLE_META } from "../../src/document/sample.js";

/** What a reader gets back from a rendered file. */
export interface ReadBack {
  /** Text of each page, as pdftotext extracts it. */
  pages: string[];
  /** Page sizes in points, [width, height], one per page. */
  sizes: [number, number][];
}

/** One IR feature, as a body of markup, with what a reader must find in order. */
export interface FeatureCase {
  name: string;
  markup: string;
  /** Strings that must appear on the page text, in this order (NFC). */
  inOrder: string[];
  /** Strings that must appear, in any order (text side by side, e.g. in a header, reads differently per tool). */
  present?: string[];
  /** Optional checks on the read-back. */
  check?: (read: ReadBack) => void;
}

const compact = (s: string) => s.replace(/\s+/g, " ");

export const FEATURE_CASES: FeatureCase[] = [
  {
    name: "paragraphs with bold, italic and underline runs, NFC Vietnamese",
    markup:
      "<body><p>Người đứng đầu cấp ủy <b>tiếp dân</b> định kỳ, <i>đối thoại</i> trực tiếp và <u>xử lý</u> phản ánh.</p></body>",
    inOrder: ["Người đứng đầu cấp ủy tiếp dân định kỳ, đối thoại trực tiếp và xử lý phản ánh."],
  },
  {
    name: "headings and lists",
    markup:
      "<body><h1>I. KẾT QUẢ</h1><h2>1. Tiếp dân</h2><ul><li>Định kỳ: 3 buổi</li></ul><ol><li>Rà soát vụ việc</li><li>Công khai lịch</li></ol></body>",
    inOrder: ["I. KẾT QUẢ", "1. Tiếp dân", "Định kỳ: 3 buổi", "1. Rà soát vụ việc", "2. Công khai lịch"],
  },
  {
    name: "a table with a two-level header (colspan, rowspan) repeated on every page",
    markup: `<body><table widths="3,1,1,1" header-rows="2" size="12">
<tr><th rowspan="2">Đơn vị</th><th colspan="3">Số vụ việc</th></tr>
<tr><th>Tổng số</th><th>Khiếu nại</th><th>Tố cáo</th></tr>
${Array.from({ length: 60 }, (_, i) => `<tr><td>Xã số ${i + 1}</td><td align="right">${i + 10}</td><td align="right">${i}</td><td align="right">1</td></tr>`).join("\n")}
</table></body>`,
    inOrder: ["Số vụ việc", "Tổng số", "Khiếu nại", "Tố cáo", "Xã số 1", "Xã số 60"],
    present: ["Đơn vị"],
    check: (read) => {
      const withRows = read.pages.filter((p) => /Xã số \d+/.test(p));
      expect(withRows.length).toBeGreaterThan(1);
      for (const p of withRows) {
        expect(p).toContain("Đơn vị");
        expect(p).toContain("Số vụ việc");
      }
    },
  },
  {
    name: "a page break and a landscape section",
    markup: `<body><p>Trang một.</p><page-break/><p>Trang hai.</p><section orientation="landscape"><table widths="1,1" header-rows="1"><tr><th>Cột A</th><th>Cột B</th></tr><tr><td>Phụ lục ngang</td><td>x</td></tr></table></section><p>Trở lại trang dọc.</p></body>`,
    inOrder: ["Trang một.", "Trang hai.", "Phụ lục ngang", "Trở lại trang dọc."],
    check: (read) => {
      const landscapeIndex = read.pages.findIndex((p) => p.includes("Phụ lục ngang"));
      const back = read.pages.findIndex((p) => p.includes("Trở lại trang dọc."));
      expect(read.pages.findIndex((p) => p.includes("Trang hai."))).toBeGreaterThan(
        read.pages.findIndex((p) => p.includes("Trang một.")),
      );
      const [w, h] = read.sizes[landscapeIndex] ?? [0, 0];
      expect(w).toBeGreaterThan(h);
      const [w2, h2] = read.sizes[back] ?? [0, 0];
      expect(h2).toBeGreaterThan(w2);
    },
  },
];

/** The header, signature and "Nơi nhận" of each profile, as a reader sees them: the header and the signature
 * block sit side by side, so only their presence is checked; the blocks follow each other in order. */
export const PROFILE_CASES: { profile: "party" | "state"; inOrder: string[]; present: string[] }[] = [
  {
    profile: "party",
    inOrder: ["Minh Sơn, ngày 05 tháng 4 năm 2026", "BÁO CÁO", "Nội dung.", "Nơi nhận:"],
    present: [
      "ĐẢNG BỘ TỈNH MINH SƠN",
      "TỈNH ỦY MINH SƠN",
      "Số 12-BC/TU",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "T/M BAN THƯỜNG VỤ",
      "BÍ THƯ",
      "Nguyễn Văn Minh",
      "- Ban Nội chính Trung ương (báo cáo),",
    ],
  },
  {
    profile: "state",
    inOrder: ["Minh Sơn, ngày 05 tháng 4 năm 2026", "BÁO CÁO", "Nội dung.", "Nơi nhận:"],
    present: [
      "TỈNH ỦY MINH SƠN",
      "Số: 12-BC/TU",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "TM. BAN THƯỜNG VỤ",
      "BÍ THƯ",
      "Nguyễn Văn Minh",
      "- Ban Nội chính Trung ương (báo cáo);",
    ],
  },
];

/** Builds the document of a feature case under the party profile. */
export function featureDocument(
  c: FeatureCase | { markup: string },
  profile: "party" | "state" = "party",
): DocumentNode {
  return buildDocument({ meta: SAMPLE_META, profile, body: parseMarkup(c.markup) });
}

/** Asserts that `needles` occur in `haystack` in order, whitespace-insensitively. */
export function expectInOrder(haystack: string, needles: readonly string[]): void {
  const text = compact(haystack);
  let from = 0;
  for (const n of needles) {
    const at = text.indexOf(compact(n), from);
    expect(at, `"${n}" after position ${from} in: ${text.slice(0, 400)}…`).toBeGreaterThanOrEqual(0);
    from = at + compact(n).length;
  }
}

/**
 * Runs the contract: every feature case and both profiles render, read back as NFC text in order, on A4 pages;
 * the same IR renders to identical bytes twice.
 *
 * @param name - the renderer's name
 * @param render - IR to bytes
 * @param read - bytes of several documents to what a reader gets, in the same order (batched: LibreOffice starts once)
 */
export function testRendererContract(
  name: string,
  render: (doc: DocumentNode) => Promise<Uint8Array>,
  read: (files: Uint8Array[]) => Promise<ReadBack[]>,
): void {
  describe(`${name} renderer contract`, () => {
    let reads: ReadBack[] = [];
    const docs = [
      ...FEATURE_CASES.map((c) => featureDocument(c)),
      ...PROFILE_CASES.map((p) => featureDocument({ markup: "<body><p>Nội dung.</p></body>" }, p.profile)),
    ];

    it("renders every case, and a reader gets them back", async () => {
      const files = [];
      for (const d of docs) files.push(await render(d));
      reads = await read(files);
      expect(reads).toHaveLength(docs.length);
    }, 180_000);

    it.each(FEATURE_CASES.map((c, i) => [c.name, i] as const))("%s", (_name, i) => {
      const r = reads[i] as ReadBack;
      const c = FEATURE_CASES[i] as FeatureCase;
      const all = r.pages.join("\n");
      expect(all).toBe(all.normalize("NFC"));
      expectInOrder(all, c.inOrder);
      for (const p of c.present ?? []) expect(compact(all)).toContain(p);
      c.check?.(r);
    });

    it.each(PROFILE_CASES.map((p, i) => [p.profile, i] as const))(
      "%s profile: header, signature and Nơi nhận",
      (_profile, i) => {
        const r = reads[FEATURE_CASES.length + i] as ReadBack;
        const profile = PROFILE_CASES[i] as (typeof PROFILE_CASES)[number];
        const all = r.pages.join("\n");
        expectInOrder(all, profile.inOrder);
        for (const p of profile.present) expect(compact(all)).toContain(p);
      },
    );

    it("puts every portrait page on A4 (595 × 842 pt)", () => {
      for (const r of reads) {
        for (const [w, h] of r.sizes) {
          const [short, long] = [Math.min(w, h), Math.max(w, h)];
          expect(short).toBeCloseTo(595.3, 0);
          expect(long).toBeCloseTo(841.9, 0);
        }
      }
    });

    it("numbers pages from the second one, at the top", () => {
      const r = reads[2] as ReadBack; // the long table spans several pages
      expect(r.pages.length).toBeGreaterThan(1);
      expect((r.pages[0] as string).trim().split("\n")[0]?.trim()).not.toBe("1");
      expect((r.pages[1] as string).trim().split("\n")[0]?.trim()).toBe("2");
    });

    it("gives byte-identical files for the same IR, whatever the clock says", async () => {
      const d = docs[2] as DocumentNode;
      vi.useFakeTimers({ toFake: ["Date"] });
      try {
        vi.setSystemTime(new Date("2026-01-02T03:04:05Z"));
        const a = await render(d);
        vi.setSystemTime(new Date("2031-07-08T09:10:11Z"));
        const b = await render(JSON.parse(JSON.stringify(d)));
        expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
      } finally {
        vi.useRealTimers();
      }
    }, 60_000);
  });
}
