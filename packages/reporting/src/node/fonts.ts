/// <reference path="./fontkit.d.ts" />
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
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

const FACE_NAMES: Record<keyof FontFiles, readonly string[]> = {
  normal: ["times.ttf", "times new roman.ttf", "timesnewroman.ttf", "timesnewromanpsmt.ttf"],
  bold: ["timesbd.ttf", "times new roman bold.ttf", "timesnewroman-bold.ttf", "timesnewromanps-boldmt.ttf"],
  italics: ["timesi.ttf", "times new roman italic.ttf", "timesnewroman-italic.ttf", "timesnewromanps-italicmt.ttf"],
  bolditalics: [
    "timesbi.ttf",
    "times new roman bold italic.ttf",
    "timesnewroman-bolditalic.ttf",
    "timesnewromanps-bolditalicmt.ttf",
  ],
};

/** The files of a folder that are the four faces (by their names, whatever the case), and the faces missing. */
function findFaces(dir: string, entries: readonly string[]): { files: Partial<FontFiles>; missing: string[] } {
  const byLower = new Map(entries.map((e) => [e.toLowerCase(), e]));
  const files: Partial<FontFiles> = {};
  const missing: string[] = [];
  for (const face of Object.keys(FACE_NAMES) as (keyof FontFiles)[]) {
    const hit = FACE_NAMES[face].map((n) => byLower.get(n)).find((n) => n !== undefined);
    if (hit) files[face] = join(dir, hit);
    else missing.push(FACE_NAMES[face][0] as string);
  }
  return { files, missing };
}

/**
 * What is wrong with a font folder given for the PDF (`--fonts`), in Vietnamese, before anything is written: not a
 * folder, a face missing, a file that is no TrueType or OpenType font (a clerk copied only `times.ttf`, or a shortcut).
 *
 * @param dir - the folder
 * @returns the message, or undefined when the four faces are there and look like fonts
 * @example
 * await fontFolderProblem("phong") //=> "Thư mục phông “phong”: thiếu timesbd.ttf, timesi.ttf, timesbi.ttf. …" (a folder holding times.ttf only)
 */
export async function fontFolderProblem(dir: string): Promise<string | undefined> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why =
      code === "ENOENT"
        ? "không có thư mục này"
        : code === "ENOTDIR"
          ? "đây là một tệp, không phải thư mục"
          : code === "EACCES"
            ? "không có quyền đọc"
            : `không mở được (${code ?? "lỗi hệ thống tệp"})`;
    return `Thư mục phông “${dir}”: ${why}. --fonts là thư mục có bốn tệp phông Times New Roman (times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf), ví dụ C:\\Windows\\Fonts; bỏ --fonts để dùng phông Tinos đi kèm.`;
  }
  const { files, missing } = findFaces(dir, entries);
  const notFonts: string[] = [];
  const notVietnamese: string[] = [];
  for (const path of Object.values(files)) {
    const bytes = await fontBytes(path);
    if (bytes === undefined || !looksLikeFont(bytes)) notFonts.push(basename(path));
    else if (!(await hasVietnamese(bytes))) notVietnamese.push(basename(path));
  }
  const parts = [
    ...(missing.length > 0 ? [`thiếu ${missing.join(", ")}`] : []),
    ...(notFonts.length > 0 ? [`${notFonts.join(", ")} không phải tệp phông TrueType hay OpenType`] : []),
    ...(notVietnamese.length > 0
      ? [
          `${notVietnamese.join(", ")} không có đủ chữ tiếng Việt có dấu (phông ký hiệu, hoặc phông cũ kiểu .VnTime): văn bản sẽ in ra ô vuông`,
        ]
      : []),
  ];
  if (parts.length === 0) return undefined;
  return `Thư mục phông “${dir}”: ${parts.join("; ")}. Chép đủ bốn tệp phông Times New Roman (thường, đậm, nghiêng, đậm nghiêng) từ C:\\Windows\\Fonts vào thư mục này, hoặc bỏ --fonts để dùng phông Tinos đi kèm.`;
}

/**
 * The letters a Vietnamese document needs beyond ASCII (DESIGN.md "Document formats": a font with every Vietnamese
 * glyph), in both cases.
 */
const VIETNAMESE_LETTERS = [..."àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"].flatMap((c) => [
  c,
  c.toLocaleUpperCase("vi"),
]);

/**
 * Whether a font has a glyph for every Vietnamese letter and for the ASCII letters (review s21 K6: a symbol font copied
 * as times.ttf gave a PDF of boxes, exit 0).
 */
async function hasVietnamese(bytes: Uint8Array): Promise<boolean> {
  const { create } = await import("fontkit");
  try {
    const font = create(bytes);
    const face = "fonts" in font ? font.fonts[0] : font;
    // No character map at all: no text can be printed with it.
    if (face === undefined || face.directory.tables.cmap === undefined) return false;
    return [...VIETNAMESE_LETTERS, ..."AaZz"].every((c) => face.hasGlyphForCodePoint(c.codePointAt(0) as number));
  } catch (e) {
    // Tables fontkit cannot read (a file cut short): the renderer says the font may be damaged, not this check.
    if (!(e instanceof Error)) throw e;
    return true;
  }
}

/** A font file's bytes, or undefined when the file cannot be read (a broken shortcut, no permission). */
async function fontBytes(path: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    if ((e as { code?: string }).code === undefined) throw e;
    return undefined;
  }
}

/** Whether bytes begin as a TrueType or OpenType font does (or a collection of them). */
function looksLikeFont(bytes: Uint8Array): boolean {
  if (bytes.length < 1024) return false;
  const tag = String.fromCharCode(...bytes.subarray(0, 4));
  return (
    (bytes[0] === 0 && bytes[1] === 1 && bytes[2] === 0 && bytes[3] === 0) || ["true", "OTTO", "ttcf"].includes(tag)
  );
}

/**
 * Finds the four faces of Times New Roman in a font folder (as Windows names them — `times.ttf`, `timesbd.ttf`,
 * `timesi.ttf`, `timesbi.ttf` — or as macOS does, "Times New Roman Bold.ttf"), whatever the case, and reads them.
 *
 * @param dir - the folder, e.g. `C:\Windows\Fonts` or a copy of it
 * @returns the font bytes for `renderPdf`
 * @throws {Error} in Vietnamese, naming the faces not found
 * @example
 * const fonts = await readFontFolder("/usr/share/fonts/truetype/msttcorefonts");
 */
export async function readFontFolder(dir: string): Promise<PdfFonts> {
  const { files, missing } = findFaces(dir, await readdir(dir));
  if (missing.length > 0) {
    throw new Error(`Không tìm thấy phông Times New Roman trong thư mục ${dir}: thiếu ${missing.join(", ")}.`);
  }
  return readFontFiles(files as FontFiles);
}
