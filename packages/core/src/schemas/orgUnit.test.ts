import { describe, expect, it } from "vitest";
import { OrgUnitSchema } from "./orgUnit.js";

describe("OrgUnitSchema: a committee whose head receives citizens; levels are data", () => {
  it("accepts a unit and defaults its side to party", () => {
    expect(OrgUnitSchema.parse({ id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province" })).toMatchInlineSnapshot(`
      {
        "id": "tu",
        "level": "province",
        "name": "Tỉnh ủy Minh Sơn",
        "side": "party",
      }
    `);
  });

  it.each([
    ["a province committee", { id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province", side: "party" }],
    ["a commune after 1/7/2025", { id: "x-hb", name: "Đảng ủy xã Hòa Bình", level: "commune", parentId: "tu" }],
    ["a district in older data", { id: "hu-ks", name: "Huyện ủy Kim Sơn", level: "district", parentId: "tu" }],
    ["a People's Committee", { id: "ubnd", name: "Ủy ban nhân dân tỉnh Minh Sơn", level: "province", side: "state" }],
    [
      "a unit with a head title and aliases",
      {
        id: "tu",
        name: "Tỉnh ủy Minh Sơn",
        level: "province",
        headTitle: "Bí thư Tỉnh ủy",
        aliases: ["TU", "Tỉnh ủy"],
      },
    ],
  ])("accepts %s", (_, input) => {
    expect(OrgUnitSchema.parse(input)).toEqual({ side: "party", ...input });
  });

  it("normalises NFD names and aliases to NFC, trimmed", () => {
    const parsed = OrgUnitSchema.parse({
      id: " x-hb ",
      name: " Đảng ủy xã Hòa Bình ".normalize("NFD"),
      level: "commune",
      aliases: ["Xã Hòa Bình ".normalize("NFD")],
    });
    expect(parsed).toEqual({
      id: "x-hb",
      name: "Đảng ủy xã Hòa Bình",
      level: "commune",
      side: "party",
      aliases: ["Xã Hòa Bình"],
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["an empty name", { name: "  " }, "name"],
    ["an empty level", { level: "" }, "level"],
    ["an unknown side", { side: "government" }, "side"],
    ["an empty alias", { aliases: ["TU", " "] }, "aliases.1"],
    ["an unknown key", { parent: "tu" }, ""],
  ])("rejects %s", (_, patch, path) => {
    const r = OrgUnitSchema.safeParse({ id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province", ...patch });
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual([path]);
  });

  it("names the unknown key and the empty field", () => {
    const r = OrgUnitSchema.safeParse({ id: "tu", name: " ", level: "province", cap: "tỉnh" });
    expect(r.error?.issues.map((i) => ({ path: i.path.join("."), message: i.message }))).toMatchInlineSnapshot(`
      [
        {
          "message": "Không được để trống",
          "path": "name",
        },
        {
          "message": "Unrecognized key: "cap"",
          "path": "",
        },
      ]
    `);
  });
});
