import { describe, expect, it } from "vitest";
import { housePart, isHouseAddress, isVillageAddress, nameParts } from "./personNames.js";

describe("nameParts: the persons a “Người gửi” cell names (DESIGN.md “Confidentiality”)", () => {
  it.each([
    ["one name: nothing more than the cell", "Lê Thị Khuyếnh", []],
    ["a form of address", "Bà Lê Thị Khuyếnh", ["Lê Thị Khuyếnh"]],
    ["forms of address in capitals, “gia đình”, “đồng chí”", "GIA ĐÌNH ÔNG Lê Văn An", ["Lê Văn An"]],
    ["two people with a comma", "Trần Văn Bình, Ngô Thị Lan", ["Trần Văn Bình", "Ngô Thị Lan"]],
    ["“và” and a number of households", "Đỗ Văn Hùng và 5 hộ dân", ["Đỗ Văn Hùng"]],
    ["a note in brackets is no name", "Hoàng Văn Phúc (trưởng thôn)", ["Hoàng Văn Phúc"]],
    ["a JSON object written as text", '{"hoTen":"Lê Thị Khuyếnh"}', ["Lê Thị Khuyếnh"]],
    ["one word is no name", "Ông Kín", []],
    ["a role after a comma is no name (review s13b #1)", "Trần Thị Mai, giáo viên", ["Trần Thị Mai"]],
    ["“cùng gia đình”, “và con trai”, “cùng nhiều hộ dân”", "Bà Lê Thị Hoa cùng gia đình và con trai", ["Lê Thị Hoa"]],
    ["a role after a dash, with a capital", "Ông Nguyễn Văn An - Trưởng thôn", ["Nguyễn Văn An"]],
    ["a middle name in small letters (review s13c #2)", "Bà Lê thị Hoa (đại diện)", ["Lê thị Hoa"]],
    // Review s15c F1: a second person after a relation word, in brackets, inside a phrase.
    ["“và vợ …”", "Lý Văn Sơn và vợ Cao Thị Mận", ["Lý Văn Sơn", "Cao Thị Mận"]],
    ["“cùng con trai …”", "Hồ Văn Tài cùng con trai Hồ Văn Lực", ["Hồ Văn Tài", "Hồ Văn Lực"]],
    ["a person in brackets", "Kiều Thị Nga (người được ủy quyền: Lạc Văn Định)", ["Kiều Thị Nga", "Lạc Văn Định"]],
    ["a name inside a phrase", "Đại diện 12 hộ dân thôn 7 do ông Khúc Văn Hào đứng tên", ["Khúc Văn Hào"]],
    ["a body's name inside a phrase is no person", "Đại diện Hội Nông Dân xã An Bình", []],
    // Review s15d N2, N4, N8: a name after a title; titles written with capitals are no names; "Văn" is a surname.
    ["a name after a title", "Cựu chiến binh Nguyễn Văn Tư", ["Nguyễn Văn Tư"]],
    ["a name after “Thầy giáo”", "Thầy giáo Trần Văn Lợi", ["Trần Văn Lợi"]],
    ["a name after “Đại diện”", "Đại diện Khúc Văn Hào", ["Khúc Văn Hào"]],
    ["a title after a comma", "Lê Văn Tám, nguyên Phó Chủ tịch UBND xã", ["Lê Văn Tám"]],
    ["titles in brackets", "Lê Văn Tám (Cựu Chiến Binh), (Bí Thư Chi Bộ)", ["Lê Văn Tám"]],
    ["“Nông Dân” is no name", "Lê Văn Tám - Nông Dân", ["Lê Văn Tám"]],
    ["the surname Văn", "bà Văn Thị Thoa và ông Đỗ Văn Tư", ["Văn Thị Thoa", "Đỗ Văn Tư"]],
    ["a cell in small letters", "lê văn sơn và vợ cao thị mận", ["lê văn sơn", "cao thị mận"]],
    ["small letters: a group is no person", "các hộ dân thôn bốn", []],
    // Review s15e.
    ["small letters: a job is no person", "lao động tự do", []],
    ["Đoàn and Phó are surnames", "Ông Đoàn Văn Hậu và bà Phó Thị Lan", ["Đoàn Văn Hậu", "Phó Thị Lan"]],
    ["a title in capitals", "CỰU CHIẾN BINH NGUYỄN VĂN TƯ", ["NGUYỄN VĂN TƯ"]],
    ["a title in title case", "Thương Binh Trần Văn Lợi", ["Trần Văn Lợi"]],
    ["a surname after a title", "Cựu chiến binh Nông Văn Dền", ["Nông Văn Dền"]],
    ["two words after “vợ”", "Trần Văn Bình và vợ Lê Hoa", ["Trần Văn Bình", "Lê Hoa"]],
    ["a company is no person", "Công ty TNHH Minh Phát", []],
    [
      "a village's one-person role names that person",
      "Lò Văn Páo, Trưởng thôn Bản Phiêng",
      ["Lò Văn Páo", "Trưởng thôn Bản Phiêng"],
    ],
    ["an honorary title is no person", "Mẹ Việt Nam Anh Hùng", []],
  ])("%s", (_name, cell, expected) => {
    expect(nameParts(cell)).toEqual(expected);
  });
});

describe("isHouseAddress: an address that points at a house, not at a village hundreds share", () => {
  it.each([
    ["Số 9, ngõ Kín", true],
    ["12 Đường Hoa, phường Ẩn", true],
    ["Số 162, thôn 4, xã Hòa Lạc", true],
    ["nhà số 9 ngõ Kín", true],
    ["Thôn 4, xã Hòa Lạc", false],
    ["Thôn 14, xã Hòa Lạc", false],
    ["Tổ dân phố 12, phường Duy Tân", false],
    ["Buôn Ma Rai", false],
    ["Làng Kon Klor, xã Hòa Lạc", false],
    // A road's name or a marker on it (review s14b F6).
    ["Tổ 3, đường 3 Tháng 2, phường Thống Nhất", false],
    ["Km 12 Quốc lộ 14, xã An Bình", false],
    ["ngõ 3 Tôn Thất Tùng", false],
    ["Số 9, ngõ 3 Tôn Thất Tùng", true],
    ["Số 5 đường 30 Tháng 4", true],
    // A phone number is no road's ("SĐT" ends like "ĐT", a provincial road), review s14c.
    ["Thôn 2, SĐT 0905123456", true],
  ])("%s: %s", (address, expected) => {
    expect(isHouseAddress(address)).toBe(expected);
  });
});

describe("isVillageAddress: a village's address, not a house's, and not a name that holds an address's word", () => {
  it.each([
    ["Thôn 4, xã Hòa Lạc", true],
    ["Thôn 12, xã Hòa Lạc", true],
    ["Buôn Ma Rai", true],
    ["Làng Kon Klor, xã Hòa Lạc", true],
    ["Khóm 3, phường 7", true],
    ["Số 9, ngõ Kín", false],
    ["Nguyễn Văn Tỉnh", false],
    ["Lò Văn Bản", false],
    ["Đường Văn Minh", false],
  ])("%s: %s", (text, expected) => {
    expect(isVillageAddress(text)).toBe(expected);
  });
});

describe("housePart: the house's number and lane, the part of an address that points at the sender alone", () => {
  it.each([
    ["Nhà số 9 ngõ Kín, thôn 5, xã Hòa Lạc", "9 ngõ Kín"],
    ["Số 9, ngõ Kín", "9 ngõ Kín"],
    ["Số nhà 27, xóm Chợ", "27 xóm Chợ"],
    ["9 ngõ Hẹp, thôn 6", "9 ngõ Hẹp"],
    ["Tổ 3, số 45 Lê Lợi, phường 7", "45 Lê Lợi"],
    ["Số 12A/3 đường Hoa", "12A/3 đường Hoa"],
    ["Số 5 đường 30 Tháng 4", "5 đường 30 Tháng 4"],
    ["Tổ 3, đường 3 Tháng 2, phường Thống Nhất", undefined],
    ["Km 12 Quốc lộ 14, xã An Bình", undefined],
    // Review s15c F2: the number picks one house of a village's part.
    ["Số 5, Thôn 3", "5 Thôn 3"],
    ["Số nhà 45, tổ 3, xã An Bình", "45 tổ 3"],
    ["Số 21 thôn 5", "21 thôn 5"],
    ["5 hộ dân, trưởng thôn", undefined],
    ["Số 162, thôn 4, xã Hòa Lạc", "162 thôn 4"],
    ["Thôn 4, xã Hòa Lạc", undefined],
    ["Buôn Ma Rai", undefined],
  ])("%s: %s", (address, expected) => {
    expect(housePart(address)).toBe(expected);
  });
});
