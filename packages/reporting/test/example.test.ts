import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// The example's generator is plain JavaScript in examples/; vitest resolves its @tiepdan/core import to the sources.
import { EXAMPLE_DIR, generateMinhSon } from "../../../examples/generate-minh-son.mjs";
import { collectReading, readCasesFile, readSessionsFile } from "../src/node/index.js";
import { tempDir } from "./document/readers.js";

const files = readdirSync(EXAMPLE_DIR).filter(
  (f) => f.startsWith("so-") || f === "don-vi.json" || f === "ngay-nghi.csv" || f.startsWith("tuong-thuat"),
);

describe("the Minh Sơn example (DESIGN.md “Example data”)", () => {
  it("is exactly what the committed seeded script generates", () => {
    const tmp = tempDir("tiepdan-example-");
    try {
      generateMinhSon(tmp.dir);
      const generated = readdirSync(tmp.dir).sort();
      expect(generated).toEqual([...files].sort());
      for (const f of generated)
        expect(readFileSync(join(tmp.dir, f)).equals(readFileSync(join(EXAMPLE_DIR, f))), f).toBe(true);
    } finally {
      tmp.remove();
    }
  }, 60_000);

  it("is saved the way Excel saves CSV under Vietnamese settings: UTF-8 with BOM, “;”, CRLF", () => {
    for (const f of files.filter((x) => x.endsWith(".csv"))) {
      const bytes = readFileSync(join(EXAMPLE_DIR, f));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString("utf8");
      expect(text.split("\r\n")[0]).toContain(";");
      expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    }
  });

  it("reads without a single problem, with a few thousand cases and a year of sessions per unit", async () => {
    let cases = 0;
    for (const f of files.filter((x) => x.startsWith("so-theo-doi-don-"))) {
      const r = await collectReading(readCasesFile(join(EXAMPLE_DIR, f)));
      expect(r.problems, f).toEqual([]);
      cases += r.rows.accepted;
    }
    expect(cases).toBeGreaterThan(3000);
    for (const f of files.filter((x) => x.startsWith("so-buoi-tiep-"))) {
      const r = await collectReading(readSessionsFile(join(EXAMPLE_DIR, f)));
      expect(r.problems, f).toEqual([]);
      expect(r.rows.accepted).toBeGreaterThan(20);
    }
  }, 60_000);
});
