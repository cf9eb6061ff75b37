import type { OrgUnit } from "@tiepdan/core";
import { describe, expect, it } from "vitest";
import { parseOrgFile } from "./orgFile.js";
import { isJudgedHead, reportingUnitFor } from "./profileSide.js";

// Review s20b S1: an inspectorate, a reception board or a portal listed as a State unit is no People's Committee: its
// head is not judged on the chair's minimum days, nor is it the State profile's reporting unit.
const unit = (id: string, name: string, side: "party" | "state", level = "commune"): OrgUnit => ({
  id,
  name,
  level: level as OrgUnit["level"],
  side,
});
const ubndTinh = unit("ubnd", "Ủy ban nhân dân tỉnh Minh Sơn", "state", "province");

describe("isJudgedHead: whose head the minimum days of reception apply to", () => {
  it.each([
    ["the State reporting unit", ubndTinh, "state", true],
    ["a commune's People's Committee", unit("x", "UBND xã An Bình", "state"), "state", true],
    ["a State unit named by its place", unit("x", "Xã An Bình", "state"), "state", true],
    ["S1: the inspectorate", unit("tt", "Thanh tra tỉnh Minh Sơn", "state", "province"), "state", false],
    ["S1: the reception board", unit("b", "Ban Tiếp công dân tỉnh Minh Sơn", "state", "province"), "state", false],
    ["S1: the portal", unit("c", "Cổng TTĐT tỉnh Minh Sơn", "state", "province"), "state", false],
    ["S1: a department", unit("s", "Sở Nội vụ tỉnh Minh Sơn", "state", "province"), "state", false],
    ["S1: a central body", unit("cp", "Thanh tra Chính phủ", "state", "province"), "state", false],
    ["a Party committee under the Party profile", unit("d", "Đảng ủy xã An Bình", "party"), "party", true],
    ["a People's Committee under the Party profile", unit("x", "UBND xã An Bình", "state"), "party", false],
  ] as const)("%s → %s", (_what, u, side, judged) => {
    expect(isJudgedHead(u, side, ubndTinh)).toBe(judged);
  });
});

describe("reportingUnitFor: the State profile's reporting unit is a People's Committee (review s20b S1)", () => {
  const org = (units: object[]) => {
    const r = parseOrgFile(
      JSON.stringify({
        reportingUnit: "tu",
        units: [{ id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province" }, ...units],
        documents: {
          state: {
            issuingBody: "Ủy ban nhân dân tỉnh Minh Sơn",
            numberPrefix: "BC-UBND",
            place: "Minh Sơn",
            signer: { name: "Trần Thị Hòa", title: "Chủ tịch", variant: "direct" },
            recipients: [{ name: "Lưu: VT" }],
          },
        },
      }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.org;
  };
  const thanhTra = { id: "tt", name: "Thanh tra tỉnh Minh Sơn", level: "province", side: "state" };
  it.each([
    ["the inspectorate listed first, then the committee", [thanhTra, { ...ubndTinh }], "ubnd"],
    ["the inspectorate alone: the issuing body's committee", [thanhTra], "tu-state"],
  ])("%s → %s", (_what, units, id) => {
    expect(reportingUnitFor(org(units), "state").id).toBe(id);
  });
});
