// Renders the sample document (every IR feature) with both profiles and both renderers, and writes PNG pages to
// docs/samples/: from the PDF directly, and from the DOCX through LibreOffice, as a reviewer would open them.
// Needs a build (`pnpm build`), poppler-utils and LibreOffice. Run: node packages/reporting/scripts/sample-pages.mjs
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderDocx } from "../dist/docx/index.js";
import { buildSampleDocument } from "../dist/index.js";
import { readDefaultFonts } from "../dist/node/index.js";
import { renderPdf } from "../dist/pdf/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "..", "..", "docs", "samples");
const fonts = await readDefaultFonts();

mkdirSync(out, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), "tiepdan-samples-"));
try {
  for (const profile of ["party", "state"]) {
    const doc = buildSampleDocument(profile);
    const pdf = join(tmp, `${profile}.pdf`);
    writeFileSync(pdf, await renderPdf(doc, { fonts }));
    writeFileSync(join(tmp, `${profile}.docx`), await renderDocx(doc));
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(tmp, "lo")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        join(tmp, "lo-out"),
        join(tmp, `${profile}.docx`),
      ],
      { stdio: "ignore" },
    );
    // First page (header, title, body, table) and last page (signature, Nơi nhận).
    for (const [source, file] of [
      ["pdf", pdf],
      ["docx", join(tmp, "lo-out", `${profile}.pdf`)],
    ]) {
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
      for (const [label, page] of [
        ["first", 1],
        ["last", pages],
      ]) {
        execFileSync("pdftoppm", [
          "-png",
          "-r",
          "70",
          "-f",
          String(page),
          "-l",
          String(page),
          "-singlefile",
          file,
          join(out, `${profile}-${source}-${label}`),
        ]);
      }
    }
  }
  console.log(`Sample pages written to ${out}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
