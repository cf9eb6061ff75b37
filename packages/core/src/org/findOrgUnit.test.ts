import { describe, expect, it } from "vitest";
import { findOrgUnit } from "./findOrgUnit.js";

const units = [
  { id: "tu-minh-son", name: "Tỉnh ủy Minh Sơn", level: "province", aliases: ["Tỉnh ủy"] },
  { id: "xa-an-binh", name: "Đảng ủy xã An Bình", level: "commune", aliases: ["Xã An Bình"] },
];

describe("findOrgUnit: a register's Đơn vị names a unit by id, name or alias (DESIGN.md Registers)", () => {
  it.each([
    ["tu-minh-son", "tu-minh-son"],
    ["Tỉnh ủy Minh Sơn", "tu-minh-son"],
    ["  tỉnh   ủy  ", "tu-minh-son"],
    ["XÃ AN BÌNH", "xa-an-binh"],
    ["Xa\u0303 An Bi\u0300nh", "xa-an-binh"], // decomposed (NFD) input
    ["Đảng ủy xã Hòa Lạc", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("%j → %s", (ref, id) => {
    expect(findOrgUnit(ref, units)?.id).toBe(id);
  });
});
