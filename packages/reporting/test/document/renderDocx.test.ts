import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { DocumentNode, TableNode } from "../../src/document/ir.js";
import { text } from "../../src/document/ir.js";
import { hashDocument, mmToTwip } from "../../src/document/provenance.js";
import { buildSampleDocument as sampleDocument } from "../../src/document/sample.js";
import { renderDocx } from "../../src/docx/renderDocx.js";
import { FEATURE_CASES, featureDocument, testRendererContract } from "./contract.js";
import { readDocxs } from "./readers.js";

testRendererContract("DOCX (docx, read through LibreOffice)", (doc) => renderDocx(doc), readDocxs);

const xmlOf = async (doc: Parameters<typeof renderDocx>[0]) => {
  const files = unzipSync(await renderDocx(doc));
  return (name: string) => strFromU8(files[name] as Uint8Array);
};

describe("DOCX: a small-type table is as tight in LibreOffice as in Word", () => {
  // A 6 pt table with an empty cell and a line break: before, the paragraph mark and the break were 14 pt (the
  // document's size), and LibreOffice read the default 288-twip spacing without its rule as a 14.4 pt minimum, so
  // the forms' rows were twice their height.
  const table: TableNode = {
    type: "table",
    widths: [1, 1, 1],
    headerRows: 1,
    size: 6,
    rows: [
      {
        type: "row",
        cells: [
          { type: "cell", children: [{ type: "paragraph", children: [text("Ô nhỏ sáu")] }] },
          { type: "cell", children: [{ type: "paragraph", children: [] }] },
          {
            type: "cell",
            children: [{ type: "paragraph", children: [text("Khiếu nại"), { type: "break" }, text("Đất đai")] }],
          },
        ],
      },
    ],
  };
  const withTable = (): DocumentNode => {
    const doc = sampleDocument("state");
    return { ...doc, children: [...doc.children, { type: "section", orientation: "landscape", children: [table] }] };
  };
  it.each([
    ["through docx's objects", 400],
    ["streamed (long-table path)", 1],
  ])("%s: paragraph marks and breaks at the table's size, spacing 1.2 lines “auto”", async (_name, longTableRows) => {
    const files = unzipSync(await renderDocx(withTable(), { longTableRows }));
    const document = strFromU8(files["word/document.xml"] as Uint8Array);
    const styles = strFromU8(files["word/styles.xml"] as Uint8Array);
    expect(styles).toContain('<w:spacing w:line="288" w:lineRule="auto"/>');
    const tables = document.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
    const small = tables.filter((t) => t.includes("Ô nhỏ sáu"));
    expect(small).toHaveLength(1);
    const paragraphs = (small[0] as string).match(/<w:p>.*?<\/w:p>/gs) ?? [];
    expect(paragraphs).toHaveLength(3);
    for (const p of paragraphs)
      expect(p).toMatch(/<w:pPr>.*<w:rPr><w:sz w:val="12"\/><w:szCs w:val="12"\/><\/w:rPr><\/w:pPr>/s);
    const breaks = (small[0] as string).match(/<w:r>(?:(?!<\/w:r>).)*<w:br\/><\/w:r>/gs) ?? [];
    expect(breaks).toHaveLength(1);
    expect(breaks[0]).toContain('<w:sz w:val="12"/>');
  });
});

describe("DOCX as Word sees its XML", () => {
  it("names Times New Roman with exact sizes, A4 and the profile's margins rounded to twips", async () => {
    const read = await xmlOf(sampleDocument("state"));
    const document = read("word/document.xml");
    const styles = read("word/styles.xml");
    expect(styles).toMatch(
      /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/,
    );
    expect(styles).toContain('<w:sz w:val="28"/>');
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    // 20 mm = 1133.86 twips → 1134 (docx's own helper would floor to 1133); 30 mm → 1701; 15 mm → 850.
    expect(mmToTwip(20)).toBe(1134);
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(document).toContain('<w:sz w:val="26"/>'); // 13 pt, the state header
  });

  it("gives every table explicit column and cell widths, repeats header rows, and merges spans", async () => {
    const read = await xmlOf(featureDocument(FEATURE_CASES[2] as (typeof FEATURE_CASES)[number]));
    const document = read("word/document.xml");
    expect(document).toMatch(/<w:tblGrid>(<w:gridCol w:w="\d+"\/>){4}<\/w:tblGrid>/);
    expect(document).toContain('<w:tblLayout w:type="fixed"/>');
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBe(2);
    expect(document).toContain('<w:gridSpan w:val="3"/>');
    expect(document).toContain('<w:vMerge w:val="restart"/>');
    expect(document).toMatch(/<w:vMerge(\/>| w:val="continue"\/>)/);
    expect(document).toMatch(/<w:tcW w:type="dxa" w:w="\d+"\/>/);
  });

  it("puts a landscape section on pages of its own and numbers pages from the second", async () => {
    const read = await xmlOf(featureDocument(FEATURE_CASES[3] as (typeof FEATURE_CASES)[number]));
    const document = read("word/document.xml");
    expect(document).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(document).toContain("<w:titlePg/>");
    const headers = Object.keys(
      unzipSync(await renderDocx(featureDocument(FEATURE_CASES[3] as (typeof FEATURE_CASES)[number]))),
    ).filter((n) => /word\/header\d+\.xml/.test(n));
    expect(headers.length).toBeGreaterThanOrEqual(2);
    expect(headers.map((h) => read(h)).some((x) => x.includes("PAGE"))).toBe(true);
  });

  it("uses real heading and list styles", async () => {
    const read = await xmlOf(featureDocument(FEATURE_CASES[1] as (typeof FEATURE_CASES)[number]));
    expect(read("word/document.xml")).toContain('<w:pStyle w:val="Heading1"/>');
    expect(read("word/numbering.xml")).toContain('<w:numFmt w:val="decimal"/>');
  });

  it("records the provenance as custom properties and fixes the package dates", async () => {
    const doc = sampleDocument("party");
    const read = await xmlOf(doc);
    expect(read("docProps/custom.xml")).toContain(await hashDocument(doc));
    expect(read("docProps/core.xml")).toContain("2026-04-05T00:00:00Z");
  });
});

describe("DOCX: a heading stays with what follows it", () => {
  it("every heading paragraph is keep-with-next in Word", async () => {
    const xml = strFromU8(unzipSync(await renderDocx(sampleDocument("party")))["word/document.xml"] as Uint8Array);
    const headings = (xml.match(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading\d"\/>.*?<\/w:p>/gs) ?? []).length;
    expect(headings).toBeGreaterThan(1);
    const kept = (
      xml.match(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading\d"\/>(?:(?!<\/w:p>).)*?<w:keepNext\/>/gs) ?? []
    ).length;
    expect(kept).toBe(headings);
  });
});

describe("DOCX: the signature block and “Nơi nhận” never stand alone on a page (issue 16 point 9)", () => {
  it("the last paragraph of the body and the spacer before the signature keep with the next block", async () => {
    const xml = strFromU8(unzipSync(await renderDocx(sampleDocument("state")))["word/document.xml"] as Uint8Array);
    // Everything before the table that holds the signature and "Nơi nhận".
    const body = xml.slice(0, xml.lastIndexOf("<w:tbl>", xml.indexOf("Nơi nhận")));
    const paragraphs = body.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
    const lastTwo = paragraphs.slice(-2);
    expect(lastTwo).toHaveLength(2);
    for (const p of lastTwo) expect(p).toContain("<w:keepNext/>");
  });
});
