import { copyFileSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDefaultFonts, readFontFolder } from "../../src/node/fonts.js";
import { tempDir } from "./readers.js";

const tinos = dirname(createRequire(import.meta.url).resolve("@expo-google-fonts/tinos/package.json"));

describe("fonts for the PDF", () => {
  it("reads Tinos by default: four TrueType faces", async () => {
    const fonts = await readDefaultFonts();
    for (const face of Object.values(fonts)) expect([...face.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
  });

  it("finds Times New Roman in a font folder by its Windows names, whatever the case", async () => {
    const tmp = tempDir("tiepdan-fonts-");
    try {
      const faces = [
        "400Regular/Tinos_400Regular.ttf",
        "700Bold/Tinos_700Bold.ttf",
        "400Regular_Italic/Tinos_400Regular_Italic.ttf",
        "700Bold_Italic/Tinos_700Bold_Italic.ttf",
      ];
      for (const [i, name] of ["TIMES.TTF", "timesbd.ttf", "timesi.ttf", "TimesBI.ttf"].entries()) {
        copyFileSync(join(tinos, faces[i] as string), join(tmp.dir, name));
      }
      const fonts = await readFontFolder(tmp.dir);
      expect(Buffer.from(fonts.bold).equals(readFileSync(join(tinos, faces[1] as string)))).toBe(true);
    } finally {
      tmp.remove();
    }
  });

  it("says in Vietnamese which faces are missing", async () => {
    const tmp = tempDir("tiepdan-fonts-");
    try {
      await expect(readFontFolder(tmp.dir)).rejects.toThrow(
        /Không tìm thấy phông Times New Roman .*thiếu times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf/,
      );
    } finally {
      tmp.remove();
    }
  });
});
