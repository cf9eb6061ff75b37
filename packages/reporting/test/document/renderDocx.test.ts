import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
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
