import type { OrgUnit } from "@tiepdan/core";
import { describe, expect, it } from "vitest";
import { foldBodyName, matchUnit } from "./matchUnits.js";

describe("foldBodyName: a body's name folded for matching", () => {
  it.each([
    ["Cổng TTĐT tỉnh Minh Sơn", "cong thong tin dien tu tinh minh son"],
    ["Văn phòng HĐND-UBND xã An Bình", "van phong hoi dong nhan dan uy ban nhan dan xa an binh"],
    ["UBND TP. Hà Nội", "uy ban nhan dan thanh pho ha noi"],
    ["  THANH TRA   TỈNH\tMinh Sơn ", "thanh tra tinh minh son"],
    // Words that merely contain the abbreviations are left alone.
    ["Đường Tự Do", "duong tu do"],
  ])("%s → %s", (name, folded) => {
    expect(foldBodyName(name)).toBe(folded);
  });
});

describe("matchUnit: abbreviations of State bodies spelt out on both sides", () => {
  const units: OrgUnit[] = [
    { id: "ubnd-hn", name: "Ủy ban nhân dân thành phố Hà Nội", level: "province", side: "state" },
    { id: "du-ab", name: "Đảng ủy xã An Bình", level: "commune", side: "party" },
  ];
  it.each([
    ["UBND TP Hà Nội", "ubnd-hn"],
    ["UBND thành phố Hà Nội", "ubnd-hn"],
    ["ĐU xã An Bình", "du-ab"],
  ])("%s → %s", (ref, id) => {
    expect(matchUnit(ref, units)?.id).toBe(id);
  });
});
