// A sender's contacts cut where others read the name or the address (review s22c X11, s23r R23-5, R23-6).
import { describe, expect, it } from "vitest";
import { withoutContact } from "./_contact.js";

describe("withoutContact: phone and identity numbers and e-mail addresses cut, names and addresses kept", () => {
  it.each([
    ["Nguyễn Văn Dũng - SĐT 0912 345 678", "Nguyễn Văn Dũng"],
    ["Bà Lê Thị Hoa, 0987654321", "Bà Lê Thị Hoa"],
    ["Nguyễn Văn An (+84) 912 345 678", "Nguyễn Văn An"],
    ["Nguyễn Văn An (+84)912345678", "Nguyễn Văn An"],
    ["Nguyễn Văn Bình - 0912345678 - thôn 3", "Nguyễn Văn Bình - thôn 3"],
    ["Đỗ Văn Hải (0912345678) thôn 3", "Đỗ Văn Hải thôn 3"],
    ["Lê Văn Dũng, 024.3825.1234", "Lê Văn Dũng"],
    // Review s23s S23-3: two phones joined by a slash, separators with spaces, a tax code with its label.
    ["Trần Văn Hùng 0912345678/0987-654-321", "Trần Văn Hùng"],
    ["Lê Thị Ngọc, 0912 - 345 - 678", "Lê Thị Ngọc"],
    ["Hoàng Văn Phúc 0912 . 345 . 678", "Hoàng Văn Phúc"],
    ["Công ty TNHH An Phát, MST 0101234567", "Công ty TNHH An Phát"],
    // Review s23t T23-3: en and em dashes between the groups.
    ["Lê Văn Tài, ĐT: 0912 – 345 – 678", "Lê Văn Tài"],
    ["Lê Văn Tài 0912—345—678", "Lê Văn Tài"],
    ["Phạm Văn Giang pvgiang@gmail.com", "Phạm Văn Giang"],
    ["Phạm Văn Giang, email: pvgiang@gmail.com", "Phạm Văn Giang"],
    ["Nguyễn Văn A (thôn 3, SĐT 0912345678)", "Nguyễn Văn A (thôn 3)"],
    ["Thôn 3, SĐT 0987654321", "Thôn 3"],
    ["Số 9, ngõ 12, ĐT: 024.3825.1234, phường Ô Chợ Dừa", "Số 9, ngõ 12, phường Ô Chợ Dừa"],
    ["Trần Văn B - CCCD 001089012345", "Trần Văn B"],
    ["0912345678", ""],
  ])("“%s” → “%s”", (written, printed) => {
    expect(withoutContact(written)).toBe(printed);
  });

  it.each([
    "Sở GD-ĐT tỉnh Minh Sơn",
    "Ban QLDA ĐT xây dựng huyện",
    "Công ty 19/5",
    "HTX số 3",
    "Số 183, thôn 8, phường Đông Thành",
    "Bà Lê Thị B (đơn ngày 12/01/2026)",
    "Tổ 12, khu phố 3",
    "Lê Văn Tám",
    // Review s23s S23-3: houses, lots, a school year begin otherwise than a phone.
    "Số 12-14-16-18 phố Huế",
    "Số 101-103-105 đường Lê Lợi",
    "Lô 12-13-14-15 khu đô thị mới",
    "Phụ huynh học sinh năm học 2025-2026",
    "Số 123/45/6 đường Trần Phú",
    "Km 12 quốc lộ 14",
    // Review s23t T23-3: houses, rooms and lots beginning with 0 or 84, a date.
    "Căn hộ 0901-0902 tòa A",
    "Số 842-844-846 đường Láng",
    "Lô 01-02-03-04",
    "Kiốt 05 - 06 - 07 - 08",
    "Nhà 0805 0806",
    "Ngày 05 - 03 - 2026",
    "Phòng 1201-1202-1203",
  ])("“%s” is kept as written", (written) => {
    expect(withoutContact(written)).toBe(written);
  });
});
