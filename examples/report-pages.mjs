// @ts-check
// Pictures of the Q1 2026 report of the example, as a reviewer sees them, for docs/reports/: pages of the PDF, of
// the DOCX opened in LibreOffice, and of the State workbook's official forms printed by LibreOffice Calc. Run after
// `pnpm demo` (needs poppler-utils, LibreOffice Writer and Calc):
//   node examples/report-pages.mjs
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "docs", "reports");
mkdirSync(out, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), "tiepdan-report-pages-"));

/**
 * Pages (1-based) whose text contains each marker: the first page, the signature, the first two appendices, and
 * for the State report the settlement forms (Phụ lục 3, 4).
 */
function pagesOf(/** @type {string} */ pdf, /** @type {boolean} */ state) {
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
  const find = (/** @type {RegExp} */ marker) => text.findIndex((p) => marker.test(p)) + 1;
  return {
    "trang-1": 1,
    "ky-ten": find(/Nơi nhận/),
    "phu-luc-1": find(/^\s*Phụ lục 1\s*$/m),
    "phu-luc-2": find(/^\s*Phụ lục 2\s*$/m),
    ...(state ? { "phu-luc-3": find(/^\s*Phụ lục 3\s*$/m), "phu-luc-4": find(/^\s*Phụ lục 4\s*$/m) } : {}),
  };
}

function picture(/** @type {string} */ pdf, /** @type {number} */ page, /** @type {string} */ name, dpi = 60) {
  if (page < 1) throw new Error(`${name}: page not found in ${pdf}`);
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    String(dpi),
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    pdf,
    join(out, name),
  ]);
}

try {
  for (const name of ["dang", "nha-nuoc"]) {
    const pdf = join(here, "out", `bao-cao-2026-Q1-${name}.pdf`);
    const docx = join(here, "out", `bao-cao-2026-Q1-${name}.docx`);
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${join(tmp, "lo")}`, "--headless", "--convert-to", "pdf", "--outdir", tmp, docx],
      { stdio: "ignore" },
    );
    const fromDocx = join(tmp, `bao-cao-2026-Q1-${name}.pdf`);
    const state = name === "nha-nuoc";
    for (const [label, page] of Object.entries(pagesOf(pdf, state))) picture(pdf, page, `${name}-pdf-${label}`);
    for (const [label, page] of Object.entries(pagesOf(fromDocx, false))) {
      if (label === "trang-1" || label === "phu-luc-2") picture(fromDocx, page, `${name}-docx-${label}`);
    }
  }
  // The official forms of the State workbook (01/TCD, 02/XLD, 03/GQKN, 04/GQTC of TT 06/2025), one sheet a page,
  // as LibreOffice Calc prints them (A4 landscape, fitted to the width).
  const xlsx = join(here, "out", "bao-cao-2026-Q1-nha-nuoc.xlsx");
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${join(tmp, "lo")}`, "--headless", "--convert-to", "pdf", "--outdir", tmp, xlsx],
    { stdio: "ignore" },
  );
  const fromXlsx = join(tmp, "bao-cao-2026-Q1-nha-nuoc.pdf");
  picture(fromXlsx, 1, "nha-nuoc-excel-01-tcd", 110);
  picture(fromXlsx, 2, "nha-nuoc-excel-02-xld", 110);
  picture(fromXlsx, 3, "nha-nuoc-excel-03-gqkn", 110);
  picture(fromXlsx, 4, "nha-nuoc-excel-04-gqtc", 110);
  process.stdout.write(`Pictures written to ${out}\n`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
