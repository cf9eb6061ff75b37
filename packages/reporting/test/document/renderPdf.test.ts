import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashDocument, TOOL_VERSION } from "../../src/document/provenance.js";
import { buildSampleDocument as sampleDocument } from "../../src/document/sample.js";
import { readDefaultFonts } from "../../src/node/fonts.js";
import { renderPdf } from "../../src/pdf/renderPdf.js";
import { testRendererContract } from "./contract.js";
import { readPdfs, run, tempDir } from "./readers.js";

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
