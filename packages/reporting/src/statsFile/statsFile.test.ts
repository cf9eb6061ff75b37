import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseStatsFile, statsFileJsonSchema } from "./statsFile.js";

describe("parseStatsFile: a file that cannot be added up is refused with its reason", () => {
  it.each([
    ["not JSON", "{", "STATS_FILE_JSON"],
    ["another tool's JSON", '{"units": []}', "STATS_FILE_FORMAT"],
    ["an unknown format version", '{"format": "tiepdan-so-lieu@2"}', "STATS_FILE_VERSION"],
    ["a file edited by hand", '{"format": "tiepdan-so-lieu@1", "unit": {}}', "STATS_FILE_SHAPE"],
  ])("%s", (_name, text, code) => {
    const r = parseStatsFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.code).toBe(code);
  });

  it("messages a clerk reads", () => {
    const r = parseStatsFile('{"format": "tiepdan-so-lieu@2"}');
    expect(r.ok ? "" : r.problem.message).toMatchInlineSnapshot(
      `"là tệp số liệu phiên bản “tiepdan-so-lieu@2”, công cụ này chỉ đọc được “tiepdan-so-lieu@1”: lập lại tệp số liệu bằng cùng phiên bản công cụ."`,
    );
  });
});

describe("JSON Schema of the statistics file", () => {
  it("the checked-in schema is the one the code defines (pnpm --filter @tiepdan/reporting schemas)", () => {
    const file = new URL("../../schemas/so-lieu.schema.json", import.meta.url);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(statsFileJsonSchema());
  });
});
