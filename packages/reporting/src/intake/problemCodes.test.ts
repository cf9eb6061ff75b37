import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROBLEM_CODES } from "./problemCodes.js";

describe("DESIGN.md “Problems”: the catalogue of stable codes", () => {
  const readme = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8");

  it.each(Object.entries(PROBLEM_CODES))("%s is documented in the package README, in NFC Vietnamese", (code, entry) => {
    expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(entry.description).toBe(entry.description.normalize("NFC"));
    // One table row per code (Biome pads the table's cells): code, mức độ, description.
    const row = readme.split("\n").find((line) => line.startsWith(`| \`${code}\``));
    expect(row?.split("|").map((cell) => cell.trim())).toEqual([
      "",
      `\`${code}\``,
      entry.severity === "error" ? "lỗi" : "cảnh báo",
      entry.description,
      "",
    ]);
  });
});
