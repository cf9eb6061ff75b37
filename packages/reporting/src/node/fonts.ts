import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PdfFonts } from "../pdf/renderPdf.js";

/** Paths of the four faces of a font. */
export interface FontFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

/**
 * Reads the four faces of a font from files, e.g. real Times New Roman (`times.ttf`, `timesbd.ttf`,
 * `timesi.ttf`, `timesbi.ttf`).
 *
 * @param files - the four paths
 * @returns the font bytes for `renderPdf`
 * @example
 * const fonts = await readFontFiles({ normal: "C:/Windows/Fonts/times.ttf", bold: "…/timesbd.ttf", italics: "…/timesi.ttf", bolditalics: "…/timesbi.ttf" });
 */
export async function readFontFiles(files: FontFiles): Promise<PdfFonts> {
  const [normal, bold, italics, bolditalics] = await Promise.all(
    [files.normal, files.bold, files.italics, files.bolditalics].map(async (f) => new Uint8Array(await readFile(f))),
  );
  return {
    normal: normal as Uint8Array,
    bold: bold as Uint8Array,
    italics: italics as Uint8Array,
    bolditalics: bolditalics as Uint8Array,
  };
}

/**
 * Reads Tinos, the default PDF font: metrically compatible with Times New Roman, with every Vietnamese glyph
 * (SIL Open Font License), from the `@expo-google-fonts/tinos` package.
 *
 * @returns the font bytes for `renderPdf`
 * @example
 * const pdf = await renderPdf(doc, { fonts: await readDefaultFonts() });
 */
export async function readDefaultFonts(): Promise<PdfFonts> {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve("@expo-google-fonts/tinos/package.json"));
  return readFontFiles({
    normal: join(dir, "400Regular", "Tinos_400Regular.ttf"),
    bold: join(dir, "700Bold", "Tinos_700Bold.ttf"),
    italics: join(dir, "400Regular_Italic", "Tinos_400Regular_Italic.ttf"),
    bolditalics: join(dir, "700Bold_Italic", "Tinos_700Bold_Italic.ttf"),
  });
}
