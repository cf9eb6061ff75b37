import { describe, expect, it } from "vitest";
import { byReceipt } from "./_caseText.js";

describe("byReceipt: the order of cases in the printed lists", () => {
  it.each([
    [
      "an earlier date first, whatever the Mã số",
      ["2026-03-03/A-1", "2026-03-02/Z-9"],
      ["2026-03-02/Z-9", "2026-03-03/A-1"],
    ],
    [
      "on one day, digit runs as numbers",
      ["2026-03-02/MS-10", "2026-03-02/MS-9"],
      ["2026-03-02/MS-9", "2026-03-02/MS-10"],
    ],
    [
      "on one day, Vietnamese letters in the alphabet's order",
      ["2026-03-02/Đ-1", "2026-03-02/E-1", "2026-03-02/D-1"],
      ["2026-03-02/D-1", "2026-03-02/Đ-1", "2026-03-02/E-1"],
    ],
    [
      "equal as numbers, then by the characters",
      ["2026-03-02/MS-1", "2026-03-02/MS-001", "2026-03-02/MS-01"],
      ["2026-03-02/MS-001", "2026-03-02/MS-01", "2026-03-02/MS-1"],
    ],
  ])("%s", (_name, given, expected) => {
    const cases = given.map((s) => ({ receivedOn: s.slice(0, 10), id: s.slice(11) }));
    expect(cases.sort(byReceipt).map((c) => `${c.receivedOn}/${c.id}`)).toEqual(expected);
  });
});
