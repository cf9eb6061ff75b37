import { describe, expect, it } from "vitest";
import { compareVietnamese, compareVietnameseNames } from "./compareVietnamese.js";

const sign = (n: number): number => Math.sign(n);

describe("compareVietnamese: Vietnamese alphabet order", () => {
  it.each([
    ["a", "ă"],
    ["ă", "â"],
    ["a", "â"],
    ["â", "b"],
    ["d", "đ"],
    ["đ", "e"],
    ["e", "ê"],
    ["ê", "g"],
    ["o", "ô"],
    ["ô", "ơ"],
    ["ơ", "p"],
    ["u", "ư"],
    ["ư", "v"],
    ["Dương", "Đặng"],
    ["Đỗ", "Hà"],
    ["Tuấn", "Tư"],
  ])("%s < %s", (a, b) => {
    expect(sign(compareVietnamese(a, b))).toBe(-1);
    expect(sign(compareVietnamese(b, a))).toBe(1);
  });

  it("sorts the letters with diacritics after their base letter", () => {
    expect(["ư", "u", "ơ", "ô", "o", "ê", "e", "đ", "d", "â", "ă", "a", "b"].sort(compareVietnamese)).toEqual([
      "a",
      "ă",
      "â",
      "b",
      "d",
      "đ",
      "e",
      "ê",
      "o",
      "ô",
      "ơ",
      "u",
      "ư",
    ]);
  });

  it("matches its documented example", () => {
    expect(["đa", "da", "ư", "u"].sort(compareVietnamese)).toEqual(["da", "đa", "u", "ư"]);
  });
});

describe("compareVietnamese: tones order words that differ only in tone (ngang, huyền, hỏi, ngã, sắc, nặng)", () => {
  it.each([
    [
      ["ạ", "á", "ã", "ả", "à", "a"],
      ["a", "à", "ả", "ã", "á", "ạ"],
    ],
    [
      ["mạ", "má", "mã", "mả", "mà", "ma"],
      ["ma", "mà", "mả", "mã", "má", "mạ"],
    ],
    [
      ["ộ", "ố", "ỗ", "ổ", "ồ", "ô"],
      ["ô", "ồ", "ổ", "ỗ", "ố", "ộ"],
    ],
  ])("%j sorts to %j", (input, sorted) => {
    expect([...input].sort(compareVietnamese)).toEqual(sorted);
  });

  it("lets the base letter decide before the tone (ma < mạ < mă)", () => {
    expect(["mă", "mạ", "ma"].sort(compareVietnamese)).toEqual(["ma", "mạ", "mă"]);
  });
});

describe("compareVietnamese: NFD input compares as its NFC form", () => {
  it.each(["Nguyễn", "Đắk Lắk", "Thừa Thiên Huế", "ữ", "Tiếp dân"])("%s", (word) => {
    const nfd = word.normalize("NFD");
    expect(nfd).not.toBe(word);
    expect(compareVietnamese(nfd, word)).toBe(0);
    expect(compareVietnamese(word, nfd)).toBe(0);
  });

  it("sorts a mixed NFC/NFD list as if it were all NFC", () => {
    const words = ["Ơn", "Ân", "Ăn", "An"];
    const mixed = words.map((w, i) => (i % 2 ? w.normalize("NFD") : w));
    expect(mixed.sort(compareVietnamese).map((w) => w.normalize("NFC"))).toEqual(["An", "Ăn", "Ân", "Ơn"]);
  });
});

describe("compareVietnamese: digit runs compare as numbers", () => {
  it.each([
    ["Xã 2", "Xã 10"],
    ["Xã 9", "Xã 10"],
    ["Phường 1", "Phường 2"],
    ["Tổ 99", "Tổ 100"],
  ])("%s < %s", (a, b) => {
    expect(sign(compareVietnamese(a, b))).toBe(-1);
  });

  it("sorts numbered communes numerically", () => {
    expect(["Xã 10", "Xã 2", "Xã 1", "Xã 21"].sort(compareVietnamese)).toEqual(["Xã 1", "Xã 2", "Xã 10", "Xã 21"]);
  });
});

describe("compareVietnamese: case only breaks ties", () => {
  it("orders by letter before case", () => {
    expect(sign(compareVietnamese("a", "B"))).toBe(-1);
    expect(sign(compareVietnamese("Ă", "b"))).toBe(-1);
  });

  it("distinguishes case when nothing else differs", () => {
    expect(compareVietnamese("a", "A")).not.toBe(0);
    expect(compareVietnamese("Hà Nội", "Hà Nội")).toBe(0);
  });
});

describe("compareVietnameseNames: by given name first, then from the family name on", () => {
  it.each([
    ["Trần Văn An", "Lê Thị Bình"],
    ["Lê Văn An", "Trần Văn An"],
    ["Nguyễn Thị An", "Nguyễn Văn An"],
    ["Phạm Anh", "Nguyễn Ánh"],
    ["Hoàng Văn Dũng", "Bùi Thị Đào"],
    ["Võ Văn Út", "Lê Ưng"],
  ])("%s < %s", (a, b) => {
    expect(sign(compareVietnameseNames(a, b))).toBe(-1);
    expect(sign(compareVietnameseNames(b, a))).toBe(1);
  });

  it("sorts a list of names", () => {
    expect(
      ["Lê Thị Bình", "Trần Văn An", "Đỗ Minh Châu", "Nguyễn An", "Bùi Văn Bình", "Phan Thị Ánh"].sort(
        compareVietnameseNames,
      ),
    ).toMatchInlineSnapshot(`
      [
        "Nguyễn An",
        "Trần Văn An",
        "Phan Thị Ánh",
        "Bùi Văn Bình",
        "Lê Thị Bình",
        "Đỗ Minh Châu",
      ]
    `);
  });

  it("ignores surrounding and repeated spaces and the normalisation form", () => {
    expect(sign(compareVietnameseNames("  Trần   Văn An ", "Lê Thị Bình"))).toBe(-1);
    expect(compareVietnameseNames("Nguyễn Thị Ánh".normalize("NFD"), "Nguyễn Thị Ánh")).toBe(0);
  });

  it("handles a single-word name", () => {
    expect(sign(compareVietnameseNames("An", "Trần Văn Bình"))).toBe(-1);
    expect(sign(compareVietnameseNames("Trần Văn An", "An"))).toBe(1);
  });
});
