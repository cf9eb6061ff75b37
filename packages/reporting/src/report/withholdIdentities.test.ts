import { type Case, resolvePeriod } from "@tiepdan/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DetailedProblem } from "../intake/_lib/types.js";
import { makeProblem } from "../intake/_lib/validateTable.js";
import { readCasesAll } from "../intake/readCases.js";
import { PLACEHOLDER_ORG } from "./orgFile.js";
import { parseNarrative } from "./parseNarrative.js";
import { prepareComplianceReport, prepareNotices, preparePeriodicReport } from "./runs.js";
import {
  denouncerIdentities,
  problemWithholder,
  registerUnchangedCases,
  registerVocabulary,
  withholdIdentities,
} from "./withholdIdentities.js";

/** A problem of a register quoting some text (for the problems' withholder). */
function problemOf(message: string): DetailedProblem {
  return makeProblem("NUMBER_INVALID", 2, "Số người", "people", message);
}

// DESIGN.md "Confidentiality": a denouncer's name and address never appear in a report, a register appendix, a
// statistics file, a transfer slip or a note, wherever the clerk happened to write them.
const HEADER =
  "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi;Địa chỉ;Nội dung;Hướng xử lý;Cơ quan xử lý;Đơn vị";
const DENUNCIATION =
  "MS-1;05/03/2026;Đơn thư;Tố cáo;Đất đai;Hoàng Văn Giấu;Số 7, thôn 9, xã Hòa Lạc;Cán bộ xã nhận tiền;Chuyển";

async function run(rows: string[], narrative?: string) {
  const { records, rows: counts } = await readCasesAll(`${HEADER}\n${rows.join("\n")}\n`, { fileName: "so.csv" });
  const period = resolvePeriod("2026-03", { cutoff: "calendar" });
  return {
    period,
    asOf: period.to,
    date: period.to,
    org: PLACEHOLDER_ORG,
    draftNotes: [],
    cases: records,
    sessions: [],
    rows: { ...counts, files: 1 },
    recordedFields: ["id", "receivedOn", "channel", "kinds", "route"] as const,
    ...(narrative ? { narrative: parseNarrative(narrative) } : {}),
  };
}

describe("withholdIdentities: a denouncer named outside the identity columns is withheld everywhere", () => {
  it.each([
    [
      "in another case's content",
      [
        `${DENUNCIATION};Công an tỉnh;`,
        "MS-2;06/03/2026;Đơn thư;Kiến nghị;Đất đai;Lý Văn Thường;Thôn 1;Như đơn của ông Hoàng Văn Giấu;Giải quyết;;",
      ],
    ],
    ["in its own “Cơ quan xử lý”", [`${DENUNCIATION};Công an tỉnh (theo đơn ông Hoàng Văn Giấu);`]],
    ["in “Đơn vị” (a phantom unit row)", [`${DENUNCIATION};Công an tỉnh;Hoàng Văn Giấu`]],
    [
      "without diacritics, other case and spacing",
      [
        `${DENUNCIATION};Công an tỉnh;`,
        "MS-2;06/03/2026;Đơn thư;Phản ánh;Đất đai;Lý Văn Thường;Thôn 1;Ông HOANG  van giau đã gửi đơn;Giải quyết;;",
      ],
    ],
    [
      "with hyphens or dots between the words, in “Lĩnh vực” and content",
      [
        `${DENUNCIATION.replace(";Đất đai;", ";Hoàng-Văn-Giấu;")};Công an tỉnh;`,
        "MS-2;06/03/2026;Đơn thư;Phản ánh;Đất đai;Lý Văn Thường;Thôn 1;Ông Hoàng.Văn.Giấu, thôn-9 xã Hòa-Lạc;Giải quyết;;",
      ],
    ],
    [
      "the address in another case's content",
      [
        `${DENUNCIATION};Công an tỉnh;`,
        "MS-2;06/03/2026;Đơn thư;Phản ánh;Đất đai;Lý Văn Thường;Thôn 1;Nhà ở số 7, thôn 9, xã Hòa Lạc bị lấn;Giải quyết;;",
      ],
    ],
    [
      "in the narrative",
      [`${DENUNCIATION};Công an tỉnh;`],
      "## Kiến nghị, đề xuất\n\nĐề nghị bảo vệ người tố cáo Hoàng Văn Giấu ở Số 7, Thôn 9, xã Hòa Lạc.\n",
    ],
  ] as const)("%s", async (_name, rows, narrative?: string) => {
    for (const profile of ["party", "state"] as const) {
      const input = { ...(await run([...rows], narrative)), profile };
      const report = preparePeriodicReport(input);
      const compliance = prepareComplianceReport(input);
      const transfer = prepareNotices({ ...input, kind: "transfer" });
      const everything = JSON.stringify([
        report.doc,
        report.statistics,
        report.summary,
        report.notes,
        report.model,
        compliance.doc,
        compliance.notes,
        transfer.documents,
      ]);
      expect(everything).not.toMatch(/Giấu|giau|Số 7/i);
      expect(JSON.stringify(report.doc)).toContain("(giữ bí mật)");
      expect(report.notes.join("\n")).toMatch(/người tố cáo; văn bản in “\(giữ bí mật\)”/);
    }
  });

  it.each([
    // Review s15c F1: every person a sender cell names.
    ["Lý Văn Sơn và vợ Cao Thị Mận", "", "Bà Cao Thị Mận đề nghị", "Bà (giữ bí mật) đề nghị"],
    ["Hồ Văn Tài cùng con trai Hồ Văn Lực", "", "Anh Hồ Văn Lực đề nghị", "Anh (giữ bí mật) đề nghị"],
    ["Kiều Thị Nga (người được ủy quyền: Lạc Văn Định)", "", "Ông Lạc Văn Định đề nghị", "Ông (giữ bí mật) đề nghị"],
    ["Đại diện 12 hộ dân do ông Khúc Văn Hào đứng tên", "", "Ông Khúc Văn Hào đề nghị", "Ông (giữ bí mật) đề nghị"],
    // Review s15c F2: the house of a village's part.
    ["Vũ Văn Vinh", "Số 21, thôn 5, xã An Bình", "Hộ số 21, thôn 5 bị lấn", "Hộ (giữ bí mật) bị lấn"],
    ["Vũ Văn Vinh", "Số nhà 45, tổ 3, xã An Bình", "Hộ ở số nhà 45 tổ 3 bị ngập", "Hộ ở (giữ bí mật) bị ngập"],
    ["Vũ Văn Vinh", "Số 21, thôn 5, xã An Bình", "Thôn 5 có 21 hộ nghèo", "Thôn 5 có 21 hộ nghèo"],
    // Review s15d N6, N7: a count is no house; the village first, either in the address or in the text.
    ["Vũ Văn Vinh", "Số 21, thôn 5, xã An Bình", "Xã có 21 thôn, 5 tổ dân phố", "Xã có 21 thôn, 5 tổ dân phố"],
    ["Vũ Văn Vinh", "Số 1, tổ 3, xã An Bình", "Mỗi hộ 1 tổ 3 người", "Mỗi hộ 1 tổ 3 người"],
    ["Vũ Văn Vinh", "Số 21, thôn 5, xã An Bình", "Nhà ở thôn 5, số 21 bị lấn", "Nhà ở (giữ bí mật) bị lấn"],
    ["Vũ Văn Vinh", "Thôn 4, số nhà 12, xã An Bình", "Hộ số nhà 12 thôn 4 bị ngập", "Hộ (giữ bí mật) bị ngập"],
    // Review s15e: a house of two village parts.
    [
      "Vũ Văn Vinh",
      "Tổ 5 khu phố 3, số 12, phường Đông Thành",
      "Nhà số 12, tổ 5, khu phố 3 bị lún",
      "(giữ bí mật) bị lún",
    ],
    ["Vũ Văn Vinh", "Tổ 5, khu phố 3, số 12", "Khu phố 3 có tổ 5 số 12 hộ", "Khu phố 3 có tổ 5 số 12 hộ"],
    // Review s15c F3: a phone or ID-card number, however it is written.
    ["0912777888", "", "Người gọi từ số 0912.777.888 đề nghị", "Người gọi từ số (giữ bí mật) đề nghị"],
    ["Mai Thị Hạnh - ĐT 0905123456", "", "Liên hệ qua số 0905 123 456", "Liên hệ qua số (giữ bí mật)"],
    [
      "Mai Thị Hạnh",
      "Thôn 2, SĐT +84 905 123 456",
      "Gọi 0905123456 hoặc 0905123457",
      "Gọi (giữ bí mật) hoặc 0905123457",
    ],
    ["CCCD 064085001234", "", "Số định danh 064085001234 của người gửi", "Số định danh (giữ bí mật) của người gửi"],
    // Đoàn is a surname: a person, not a body.
    ["Đoàn Văn Hậu", "", "Ông Đoàn Văn Hậu đề nghị", "Ông (giữ bí mật) đề nghị"],
    // Review s15d N3: other ways of writing a number.
    ["Mai Thị Hạnh", "SĐT 912777888", "Gọi (0912) 777 888 hoặc 0912 - 777 - 888", "Gọi (giữ bí mật) hoặc (giữ bí mật)"],
    ["ĐT0977888999", "", "Liên hệ 0084 977 888 999 hoặc 0977/888/999", "Liên hệ (giữ bí mật) hoặc (giữ bí mật)"],
    ["Mai Thị Hạnh", "SĐT 0905777321", "Gọi (+84) 905-777-321", "Gọi (giữ bí mật)"],
    // Review s15e: an amount holding the number's digits is no number.
    ["Mai Thị Hạnh", "SĐT 0905777321", "Số tiền 1.905.777.321 đồng", "Số tiền 1.905.777.321 đồng"],
    [
      "Mai Thị Hạnh",
      "SĐT 0905777321",
      "Gọi 0905.777.321, nợ 2.905.777.321 đồng",
      "Gọi (giữ bí mật), nợ 2.905.777.321 đồng",
    ],
    // Review s16r #1: two numbers joined by a comma are two numbers.
    ["Mai Thị Hạnh", "SĐT 0905777321,0912345678", "Gọi 0912345678", "Gọi (giữ bí mật)"],
    ["Mai Thị Hạnh", "Số 45 ngõ 12, phường Ô Chợ Dừa", "Nhà 45 ngõ 12 bị lún", "Nhà (giữ bí mật) bị lún"],
    ["CCCD 064085001234 10.05.2021", "", "Căn cước 064085001234", "Căn cước (giữ bí mật)"],
    [
      "Mai Thị Hạnh",
      "SĐT 0912777888",
      "Số tiền 1.234.567.890 đồng ngày 10.05.2021",
      "Số tiền 1.234.567.890 đồng ngày 10.05.2021",
    ],
    ["Mai Thị Hạnh", "", "Ngày 10/02/2026, mã TU-2026-0343-9", "Ngày 10/02/2026, mã TU-2026-0343-9"],
  ])("withholds what sender “%s”, address “%s” identify: %s", (senderName, senderAddress, text, expected) => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities([
      { ...base, id: "A", kinds: ["denunciation"], senderName, ...(senderAddress ? { senderAddress } : {}) },
    ]);
    expect(w.text(text)).toBe(expected);
  });

  it.each([
    // Review s15c F5: a commune's or a group's name is no identity; it would blank out units and ordinary phrases.
    ["Lò Văn Páo", "An Bình", "UBND xã An Bình; Viện kiểm sát nhân dân tỉnh Minh Sơn"],
    ["Một số hộ dân", "", "Một số hộ dân phản ánh đường hư hỏng"],
    ["Không ghi tên", "Không rõ địa chỉ", "Không ghi tên người nhận, không rõ địa chỉ người gửi"],
    ["Hội Cựu chiến binh xã", "", "Hội Cựu chiến binh xã đề nghị"],
    ["Đoàn thanh niên xã An Bình", "", "Đoàn thanh niên xã An Bình đề nghị"],
    ["UBND xã An Bình", "", "Chuyển UBND xã An Bình giải quyết"],
  ])("leaves alone what sender “%s”, address “%s” do not identify: %s", (senderName, senderAddress, text) => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities([
      { ...base, id: "A", kinds: ["denunciation"], senderName, ...(senderAddress ? { senderAddress } : {}) },
    ]);
    expect(w.text(text)).toBe(text);
  });

  it("prints a street's name and the signer's name a denouncer bears, and says so (review s15c F6)", () => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities(
      [
        { ...base, id: "A", kinds: ["denunciation"], senderName: "Nguyễn Văn Linh" },
        { ...base, id: "B", kinds: ["denunciation"], senderName: "Nguyễn Văn Minh" },
      ],
      [],
      [],
      ["Nguyễn Văn Minh"],
    );
    expect(w.text("Sửa đường Nguyễn Văn Linh; ông Nguyễn Văn Linh đề nghị")).toBe(
      "Sửa đường Nguyễn Văn Linh; ông (giữ bí mật) đề nghị",
    );
    expect(w.text("Đồng chí Nguyễn Văn Minh, Bí thư Tỉnh ủy")).toBe("Đồng chí Nguyễn Văn Minh, Bí thư Tỉnh ủy");
    expect(w.publicClash).toBe(true);
  });

  it("treats a denunciation filed under another kind as one in the documents, and warns (review s15c F4)", async () => {
    const rows = [
      "MS-4;05/03/2026;Đơn thư;Phản ánh;Đất đai;Lương Văn Can;Số 9 Hai Bà Trưng;Tố cáo chủ tịch xã nhận hối lộ;Chuyển;UBND xã An Bình;",
      "MS-5;06/03/2026;Đơn thư;Kiến nghị;Đất đai;Lý Văn Thường;Thôn 1;Như đơn của ông Lương Văn Can;Giải quyết;;",
    ];
    const read = await readCasesAll(`${HEADER}\n${rows.join("\n")}\n`, { fileName: "so.csv" });
    expect(read.problems.map((p) => [p.row, p.code, p.severity])).toEqual([[2, "DENUNCIATION_UNDECLARED", "warning"]]);
    expect(read.problems[0]?.message).not.toMatch(/Lương|hối lộ/);
    for (const profile of ["party", "state"] as const) {
      const input = { ...(await run(rows)), profile };
      const transfer = prepareNotices({ ...input, kind: "transfer" });
      const report = preparePeriodicReport({ ...input, register: "all" });
      const texts = JSON.stringify([transfer.documents, report.doc]);
      expect(texts).not.toMatch(/Lương Văn Can|Hai Bà Trưng|hối lộ/);
      // Still counted as what its kinds say.
      expect(report.model.cases.total).toBe(2);
    }
  });

  it("leaves other texts alone: one-word names, a name inside a longer word, no denunciation", () => {
    const base = { id: "X", receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities([
      { ...base, id: "A", kinds: ["denunciation"], senderName: "Kín", senderAddress: "Số 2, Xã Hai" },
      { ...base, id: "B", kinds: ["petition"], senderName: "Lê Văn An", content: "Lê Văn An đề nghị" },
    ]);
    // "Xã Haiphong" is not the address "Số 2, Xã Hai" glued to letters: the house number is not there.
    expect(w.text("Ông Kín ở Xã Haiphong, số 2 xã hai")).toBe("Ông Kín ở Xã Haiphong, (giữ bí mật)");
    expect(w.cases[1]?.content).toBe("Lê Văn An đề nghị");
    expect(w.ids).toEqual([]);
  });

  it.each([
    ["“Ð” (Latin Eth) for “Đ”", "ông Ðinh Thị Mật", "ông (giữ bí mật)"],
    ["a zero-width space inside a word", "ông Đinh Thị M\u200Bật ở thôn 2", "ông (giữ bí mật) ở thôn 2"],
    ["a soft hyphen inside a word", "Đinh Th\u00ADị Mật.", "(giữ bí mật)."],
    ["a word joiner and a BOM", "(Đinh\u2060 Thị M\uFEFFật)", "((giữ bí mật))"],
    ["a right-to-left mark inside a word", "Ông Đinh Thị M\u200Fật đến", "Ông (giữ bí mật) đến"],
    ["a left-to-right mark and an Arabic letter mark", "Đi\u200Enh Thị\u061C Mật", "(giữ bí mật)"],
  ])("withholds a name written with %s", (_name, text, expected) => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities([{ ...base, id: "A", kinds: ["denunciation"], senderName: "Đinh Thị Mật" }]);
    expect(w.text(text)).toBe(expected);
  });

  it.each([
    [
      "a missing space before it (a small letter, then a capital)",
      "Đề nghị bảo vệ ôngĐinh Thị Mật.",
      "Đề nghị bảo vệ ông(giữ bí mật).",
    ],
    ["a missing space after it, before a capital", "Ông Đinh Thị MậtĐã đến", "Ông (giữ bí mật)Đã đến"],
    ["no space at all, inside a pasted run", "rtJyĐinhThịMậtLSY7", "rtJy(giữ bí mật)LSY7"],
    ["a run of letters before it", `${"x".repeat(150)}Đinh Thị Mật`, `${"x".repeat(150)}(giữ bí mật)`],
    ["letters after it (a long token)", "Đinh Thị Mậtzzzzzzz", "(giữ bí mật)zzzzzzz"],
    ["capitals, glued in a long token", "ĐƠNCỦAĐINHTHỊMẬT", "ĐƠNCỦA(giữ bí mật)"],
    ["an invisible character inside, glued", "ôngĐinh\u200BThịMật", "ông(giữ bí mật)"],
    ["the address glued to a code", "MS-2026Số7thôn9xãHòaLạc", "MS-2026(giữ bí mật)"],
  ])("withholds a name glued to other letters: %s", (_name, text, expected) => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities([
      {
        ...base,
        id: "A",
        kinds: ["denunciation"],
        senderName: "Đinh Thị Mật",
        senderAddress: "Số 7, thôn 9, xã Hòa Lạc",
      },
    ]);
    expect(w.text(text)).toBe(expected);
  });

  it.each([
    [
      "all in capitals, glued to the word before",
      "ĐỀ NGHỊ BẢO VỆ ÔNGMẠC ĐĂNG DUNG.",
      "ĐỀ NGHỊ BẢO VỆ ÔNG(giữ bí mật).",
    ],
    ["in small letters, glued to the word before", "bảo vệ ôngmạc đăng dung", "bảo vệ ông(giữ bí mật)"],
    ["glued to the word after", "ông Mạc Đăng Dungxã An Bình", "ông (giữ bí mật)xã An Bình"],
    ["glued to digits", "ông Mạc Đăng Dung12 hết", "ông (giữ bí mật)12 hết"],
    ["in Cyrillic look-alikes", "ông \u041Cạc Đăng Dung", "ông (giữ bí mật)"],
    [
      "in fullwidth and mathematical letters",
      "ông \uFF2Dạc Đăng Dung và 𝐌ạc Đăng Dung",
      "ông (giữ bí mật) và (giữ bí mật)",
    ],
    [
      "with a grapheme joiner, a variation selector, a stroke",
      "Mạc Đ\u034Făng Du\uFE0Fng, Mạc D\u0335ăng Dung",
      "(giữ bí mật), (giữ bí mật)",
    ],
    ["with a Hangul filler for a space", "Mạc\u3164Đăng Dung", "(giữ bí mật)"],
    ["with the African D", "Mạc \u0189ăng Dung", "(giữ bí mật)"],
  ])("withholds a name %s (review s13 #5, #6)", (_name, text, expected) => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities([{ ...base, id: "A", kinds: ["denunciation"], senderName: "Mạc Đăng Dung" }]);
    expect(w.text(text)).toBe(expected);
  });

  it("leaves a longer name alone when the denouncer's is its beginning: “Hoàng” is one syllable, not “Hoa” glued", () => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities([{ ...base, id: "A", kinds: ["denunciation"], senderName: "Lê Thị Hoa" }]);
    expect(w.text("Bà Lê Thị Hoàng và bà Lê Thị Hoa")).toBe("Bà Lê Thị Hoàng và bà (giữ bí mật)");
  });

  it("withholds a denouncer called by a form of address and the given name (review s23 W23-1)", () => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities([
      {
        ...base,
        id: "V-001",
        kinds: ["denunciation"],
        senderName: "Hoàng Thị Mến",
        senderAddress: "Số 9, ngõ Chè Xanh, xã An Bình",
      },
      { ...base, id: "V-002", kinds: ["denunciation"], senderName: "Nguyễn Thị Triệu" },
      { ...base, id: "V-003", kinds: ["denunciation"], senderName: "Lê Văn Hùng" },
    ]);
    expect(w.text("Tòa án, gặp bà Mến ở Số 9, ngõ Chè Xanh")).toBe("Tòa án, gặp bà (giữ bí mật) ở Số (giữ bí mật)");
    expect(w.text("Theo lời Bà  Mến và ông Hùng")).toBe("Theo lời Bà  (giữ bí mật) và ông (giữ bí mật)");
    // A street named after a person, a common word in small letters, a given name alone: left.
    expect(w.text("Nhà ở đường Bà Triệu; anh hùng lao động; Mến khách")).toBe(
      "Nhà ở đường Bà Triệu; anh hùng lao động; Mến khách",
    );
    // The document addressed to the denouncer keeps her own name.
    const own = w.forSender({
      ...base,
      id: "V-004",
      kinds: ["petition"],
      senderName: "Hoàng Thị Mến",
      content: "gặp bà Mến",
    });
    expect(own.content).toBe("gặp bà Mến");
  });

  describe("other forms, abbreviations, whitespace and glued forms; places, weekdays and others' names left (review s23r R23-1, R23-2)", () => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities(
      [
        "Hoàng Thị Mến",
        "Lê Văn Nhật",
        "Phạm Văn Thanh",
        "Đỗ Thị Ái",
        "Trần Văn Sơn",
        "Nguyễn Thị Lan",
        "Nguyễn Thị Thu Hà",
        "Trần Văn Phú",
        "Lê Văn An",
        "Vũ Thị Giang",
        "Lê Văn Hồ",
        "Trần Văn Hùng",
      ].map((senderName, i): Case => ({ ...base, id: `TC-${i + 1}`, kinds: ["denunciation"], senderName })),
    );
    it.each([
      ["O Mến ở thôn 2", "O (giữ bí mật) ở thôn 2"],
      ["gặp o Mến", "gặp o (giữ bí mật)"],
      ["Ô. Nhật đã về.", "Ô. (giữ bí mật) đã về."],
      ["mệ Mến, dì Mến, cháu Mến", "mệ (giữ bí mật), dì (giữ bí mật), cháu (giữ bí mật)"],
      ["bà\tMến", "bà\t(giữ bí mật)"],
      ["bà\nMến", "bà\n(giữ bí mật)"],
      ["gặp bàMến", "gặp bà(giữ bí mật)"],
      ["bà Hoàng Mến", "bà (giữ bí mật)"],
      ["BÀ MẾN", "BÀ (giữ bí mật)"],
      ["Bà Mến cho biết", "Bà (giữ bí mật) cho biết"],
      ["theo lời Bà Mến", "theo lời Bà (giữ bí mật)"],
      // Review s23s S23-1.
      ["đồng chí Nhật, Đồng chí Nhật, đ/c Nhật", "đồng chí (giữ bí mật), Đồng chí (giữ bí mật), đ/c (giữ bí mật)"],
      ["gặp ba Men và ong Nhat", "gặp ba (giữ bí mật) và ong (giữ bí mật)"],
      ["thầy Nhật, lão Nhật, con Mến", "thầy (giữ bí mật), lão (giữ bí mật), con (giữ bí mật)"],
      ["chị Thu Hà cho biết", "chị (giữ bí mật) cho biết"],
      ["bà Hoàng T. Mến, bà H.T. Mến", "bà (giữ bí mật), bà (giữ bí mật)"],
      ["Ông Khải, Bà Mến; Ông Khải/Bà Mến", "Ông Khải, Bà (giữ bí mật); Ông Khải/Bà (giữ bí mật)"],
      ["Ông (Bà) Mến", "Ông (Bà) (giữ bí mật)"],
      ["«Bà Mến»", "«Bà (giữ bí mật)»"],
      ["Gặp O Mến", "Gặp O (giữ bí mật)"],
      ["Kết Quả Làm Việc Với Bà Mến", "Kết Quả Làm Việc Với Bà (giữ bí mật)"],
      // Review s23t T23-1.
      ["Ba Men cho biet; ONG NHAT VANG MAT", "Ba (giữ bí mật) cho biet; ONG (giữ bí mật) VANG MAT"],
      ["d/c Nhat, đc Nhật", "d/c (giữ bí mật), đc (giữ bí mật)"],
      ["thầy giáo Nhật, Cô giáo Mến, bác sĩ Nhật", "thầy giáo (giữ bí mật), Cô giáo (giữ bí mật), bác sĩ (giữ bí mật)"],
      ["Kết Quả Gặp Bà Mến", "Kết Quả Gặp Bà (giữ bí mật)"],
      ["bà Nguyễn Thu Hà, chị Nguyễn T. Thu Hà", "bà (giữ bí mật), chị (giữ bí mật)"],
      ["đơn của Ông Nhật", "đơn của Ông (giữ bí mật)"],
      ["anh Hùng cho biết", "anh (giữ bí mật) cho biết"],
      ["Anh Hùng phản ánh việc lấn chiếm", "Anh (giữ bí mật) phản ánh việc lấn chiếm"],
      ["Ba Men cho biet da nop don. Đã gặp bà Mến.", "Ba (giữ bí mật) cho biet da nop don. Đã gặp bà (giữ bí mật)."],
      ["Chờ Ba Men ky; Chờ Ông Nhật Ký Duyệt", "Chờ Ba (giữ bí mật) ky; Chờ Ông (giữ bí mật) Ký Duyệt"],
    ])("“%s” → “%s”", (text, withheld) => {
      expect(w.text(text)).toBe(withheld);
    });
    it.each([
      "tiếp dân cả ngày Chủ Nhật",
      "Trường THPT Nguyễn Chí Thanh",
      "đi học tập tại Ba Lan",
      "huyện Bác Ái",
      "ông Nguyễn Bá Thanh, chủ tịch",
      "Trường THCS Lê Anh Thanh",
      "huyện Anh Sơn",
      "xã Bà Điểm",
      // Review s23s S23-2: a street, a school, a ward named after a person; a list's letter; places.
      "số 12 Trần Phú, phường Trần Phú, Trường THPT Trần Phú",
      "b. An ninh trật tự; B. Phương hướng nhiệm vụ",
      "đoàn công tác tại Anh Sơn",
      "số 12 Cô Giang",
      "Ba Lan và Chủ Nhật",
      // Review s23t T23-2: a heading naming a place, bodies' names before a place, a ward written short, set phrases.
      "Báo Cáo Về Xã Anh Sơn",
      "Huyện ủy Anh Sơn, Đảng bộ Anh Sơn, Công an Anh Sơn, Bệnh viện Đa khoa Anh Sơn, Chung cư Cô Giang",
      "P. Cô Giang",
      "học tập và làm theo tấm gương đạo đức Bác Hồ; danh hiệu Anh Hùng",
    ])("“%s” is left as written", (text) => {
      expect(w.text(text)).toBe(text);
    });
  });

  it("withholds the given name written before the denouncer's name in brackets (review s15c F8)", () => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities([
      { ...base, id: "A", kinds: ["denunciation"], senderName: "Trần Thị Hoa" },
      { ...base, id: "B", kinds: ["denunciation"], senderName: "Lý Văn Thắng" },
    ]);
    expect(w.text("Bà Hoa (Trần Thị Hoa) trình bày; ông Thắng ( Lý Văn Thắng ) đề nghị")).toBe(
      "Bà (giữ bí mật) trình bày; ông (giữ bí mật) đề nghị",
    );
    // Another given name, or no bracket: only the name is withheld.
    // (Review s23 W23-1: "ông Thắng" calls the denouncer Lý Văn Thắng by the given name, withheld too.)
    expect(w.text("Bà Lan (Trần Thị Hoa) và ông Thắng, Lý Văn Thắng")).toBe(
      "Bà Lan ((giữ bí mật)) và ông (giữ bí mật), (giữ bí mật)",
    );
    // A place of the same word, with no form of address before it (review s16r #13).
    const place = withholdIdentities([{ ...base, id: "C", kinds: ["denunciation"], senderName: "Lê Văn Nam" }]);
    expect(place.text("Xã Nam (Lê Văn Nam) đề nghị")).toBe("Xã Nam ((giữ bí mật)) đề nghị");
  });

  it("withholds each person a sender cell names, without the form of address (review s13 #3)", () => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities([
      { ...base, id: "A", kinds: ["denunciation"], senderName: "Bà Lê Thị Khuyếnh" },
      { ...base, id: "B", kinds: ["denunciation"], senderName: "Trần Văn Bình, Ngô Thị Lan" },
      { ...base, id: "C", kinds: ["denunciation"], senderName: "Đỗ Văn Hùng và 5 hộ dân" },
      { ...base, id: "D", kinds: ["denunciation"], senderName: "Hoàng Văn Phúc (trưởng thôn)" },
    ]);
    expect(
      w.text("Bảo vệ ông Lê Thị Khuyếnh, ông Trần Văn Bình, bà Ngô Thị Lan, ông Đỗ Văn Hùng, ông Hoàng Văn Phúc"),
    ).toBe("Bảo vệ ông (giữ bí mật), ông (giữ bí mật), bà (giữ bí mật), ông (giữ bí mật), ông (giữ bí mật)");
    expect(w.text("5 hộ dân, trưởng thôn")).toBe("5 hộ dân, trưởng thôn");
  });

  it("leaves other people alone (review s13b #2, #7, #8): a longer given name, two words in small letters, a bare address", () => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities([
      { ...base, id: "A", kinds: ["denunciation"], senderName: "Rơ Mah Hoa", senderAddress: "Thôn 1" },
      { ...base, id: "B", kinds: ["denunciation"], senderName: "Tăng Cường", senderAddress: "Tổ 3" },
      { ...base, id: "C", kinds: ["denunciation"], senderName: "Lê Văn Tám" },
    ]);
    expect(w.text("bà Rơ Mah Hoan, bà Rơ Mah Hoa")).toBe("bà Rơ Mah Hoan, bà (giữ bí mật)");
    expect(w.text("Đề nghị tăng cường kiểm tra; ông Tăng Cường đã đến")).toBe(
      "Đề nghị tăng cường kiểm tra; ông (giữ bí mật) đã đến",
    );
    expect(w.text("Đơn của các hộ Thôn 1 và Tổ 3")).toBe("Đơn của các hộ Thôn 1 và Tổ 3");
    const ethnic = withholdIdentities([
      { ...base, id: "E", kinds: ["denunciation"], senderName: "Y Moan" },
      { ...base, id: "F", kinds: ["denunciation"], senderName: "A Thuật" },
    ]);
    expect(ethnic.text("Đơn của Y Moan Niê và ông A Thuật Kpă; Y Moan, A Thuật; Y MOAN ĐÃ ĐẾN")).toBe(
      // After a form of address the two words are a name whatever follows: "ông A Thuật Kpă" loses "A Thuật".
      "Đơn của Y Moan Niê và ông (giữ bí mật) Kpă; (giữ bí mật), (giữ bí mật); (giữ bí mật) ĐÃ ĐẾN",
    );
    // A unit named after a person keeps its name in “Đơn vị”; the person in a content is still withheld.
    const unit = "Chi bộ Trường Tiểu học Lê Văn Tám";
    const named = withholdIdentities([
      { ...base, id: "C", kinds: ["denunciation"], senderName: "Lê Văn Tám" },
      ...["D", "E", "F"].map(
        (id): Case => ({ ...base, id, kinds: ["petition"], unit, content: "Bảo vệ ông Lê Văn Tám" }),
      ),
    ]);
    expect(named.cases.slice(1).map((c) => [c.unit, c.content])).toEqual(
      Array(3).fill([unit, "Bảo vệ ông (giữ bí mật)"]),
    );
  });

  it.each([
    ["before a full stop and a new sentence", "gặp ông Tăng Cường. Sau đó", "gặp ông (giữ bí mật). Sau đó"],
    ["before a comma and another name", "Tăng Cường, Hà Văn Ba", "(giữ bí mật), Hà Văn Ba"],
    ["before a bracket", "Ông Tăng Cường (Thôn 5)", "Ông (giữ bí mật) (Thôn 5)"],
    [
      "in a heading in title case",
      "Ý Kiến Của Ông Tăng Cường Về Việc Thu Hồi Đất",
      "Ý Kiến Của Ông (giữ bí mật) Về Việc Thu Hồi Đất",
    ],
    ["written as one word", "NguyễnThịẨn và nguyenthian@gmail.com", "(giữ bí mật) và (giữ bí mật)@gmail.com"],
  ])("withholds a name %s (review s13c #1, #3)", (_name, text, expected) => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities([
      { ...base, id: "A", kinds: ["denunciation"], senderName: "Tăng Cường" },
      { ...base, id: "B", kinds: ["denunciation"], senderName: "Nguyễn Thị Ẩn" },
    ]);
    expect(w.text(text)).toBe(expected);
  });

  it("review s13d: names holding an address's word, a sentence after a name, a form of address, a glued two-word name", () => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities(
      ["Nguyễn Văn Tỉnh", "Lò Văn Bản", "Đường Văn Minh", "Trần Thị Phố", "Y Moan", "Tăng Cường"].map(
        (senderName, k): Case => ({ ...base, id: `D${k}`, kinds: ["denunciation"], senderName }),
      ),
      ["Thôn 12, xã Hòa Lạc", "Khóm 3, phường 7"],
    );
    expect(w.text("Xác minh ông Nguyễn Văn Tỉnh, Lò Văn Bản, Đường Văn Minh, Trần Thị Phố")).toBe(
      "Xác minh ông (giữ bí mật), (giữ bí mật), (giữ bí mật), (giữ bí mật)",
    );
    expect(w.text("Đơn của Y Moan Niê. Theo ông Y Moan Niê thì")).toBe(
      "Đơn của Y Moan Niê. Theo ông (giữ bí mật) Niê thì",
    );
    expect(w.text("Gặp ông Tăng Cường Trưởng thôn; xem tangcuong.gov.vn")).toBe(
      "Gặp ông (giữ bí mật) Trưởng thôn; xem tangcuong.gov.vn",
    );
    expect(w.text("các hộ thôn 12, xã Hòa Lạc và khóm 3, phường 7")).toBe(
      "các hộ thôn 12, xã Hòa Lạc và khóm 3, phường 7",
    );
  });

  it("withholds a house named by its number and lane alone, however the house number is written (review s13d #5)", () => {
    const w = withholdIdentities(
      [],
      ["Nhà số 9 ngõ Kín, thôn 5, xã Hòa Lạc", "9 ngõ Hẹp, thôn 6", "Số nhà 27, xóm Chợ"],
    );
    expect(w.text("Nhà số 9 ngõ Kín bị lấn; hộ ở 9 ngõ Kín; số nhà 9 ngõ Kín, thôn 5")).toBe(
      "Nhà số (giữ bí mật) bị lấn; hộ ở (giữ bí mật); số nhà (giữ bí mật), thôn 5",
    );
    // "Xóm Chợ" is a village's part: its house is looked for with "số" (review s15d N6).
    expect(w.text("Hộ ở số 9 ngõ Hẹp và số 27 xóm Chợ")).toBe("Hộ ở số (giữ bí mật) và (giữ bí mật)");
    // Another house of the lane, a village's part and a house of another village are printed.
    expect(w.text("Hộ ở 11 ngõ Kín, các hộ thôn 5, nhà 27 xóm Mới")).toBe(
      "Hộ ở 11 ngõ Kín, các hộ thôn 5, nhà 27 xóm Mới",
    );
  });

  it("withholds a denouncer who bears a unit's name, and each person of a sender cell with a small middle name (review s13c #2, #4)", () => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities(
      [
        { ...base, id: "A", kinds: ["denunciation"], senderName: "Hoàng Văn Thụ" },
        { ...base, id: "B", kinds: ["denunciation"], senderName: "Ông Nguyễn văn Tám, bà Trần thị Chín" },
      ],
      [],
      ["Hoàng Văn Thụ"],
    );
    expect(w.text("Xác minh ông Hoàng Văn Thụ, ông Nguyễn Văn Tám và bà Trần Thị Chín")).toBe(
      "Xác minh ông (giữ bí mật), ông (giữ bí mật) và bà (giữ bí mật)",
    );
  });

  it("does not look for an address that is a unit's name or a field, nor for a run of their words (review s13 #1, #4)", () => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const unit = "Đảng ủy xã Hòa Lạc";
    const denunciation: Case = {
      ...base,
      id: "A",
      kinds: ["denunciation"],
      senderName: "Lê Văn Tố",
      senderAddress: "xã Hòa Lạc",
    };
    const cases: Case[] = [
      denunciation,
      ...["B", "C", "D"].map((id): Case => ({ ...base, id, kinds: ["petition"], field: "Xây dựng", unit })),
    ];
    const fromRegister = withholdIdentities(cases, ["Xây dựng"]);
    expect(fromRegister.cases.map((c) => [c.unit, c.field])).toEqual([
      [undefined, undefined],
      [unit, "Xây dựng"],
      [unit, "Xây dựng"],
      [unit, "Xây dựng"],
    ]);
    expect(fromRegister.text("Ông Lê Văn Tố ở xã Hòa Lạc")).toBe("Ông (giữ bí mật) ở xã Hòa Lạc");
    // The org file's units count even when the register names them fewer than three times.
    const fromOrg = withholdIdentities([denunciation], [], ["Ủy ban nhân dân xã Hòa Lạc"]);
    expect(fromOrg.text("ở xã Hòa Lạc")).toBe("ở xã Hòa Lạc");
    // A denouncer's name typed into “Đơn vị” of one case is no unit's name.
    const typed = withholdIdentities([{ ...denunciation, unit: "Lê Văn Tố" }]);
    expect(typed.cases[0]?.unit).toBe("(giữ bí mật)");
  });

  it("builds the matcher again when the names or the vocabulary change (the last one is reused only when equal)", () => {
    const address = "Số 7, thôn 9, xã Hòa Lạc";
    // The problems' withholder and the documents' one share a matcher: reused for the same names and vocabulary in
    // any order, never for others.
    expect(problemWithholder([address], ["A b", "Xã Hòa Lạc"])(problemOf(`Ở ${address}`)).problem.message).toBe(
      "Ở (giữ bí mật)",
    );
    expect(problemWithholder([address], ["Xã Hòa Lạc", "A b"])(problemOf(`Ở ${address}`)).problem.message).toBe(
      "Ở (giữ bí mật)",
    );
    expect(problemWithholder(["Trần Văn Kín"])(problemOf(`Ở ${address}, ông Trần Văn Kín`)).problem.message).toBe(
      `Ở ${address}, ông (giữ bí mật)`,
    );
    // A vocabulary that names the address as a place: it is no longer looked for.
    expect(problemWithholder([address], [address])(problemOf(`Ở ${address}`)).problem.message).toBe(`Ở ${address}`);
    expect(problemWithholder([address])(problemOf(`Ở ${address}`)).problem.message).toBe("Ở (giữ bí mật)");
  });

  it("leaves a glued name alone in its own sender's notice, and ordinary syllables around a short name", () => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const own: Case = {
      ...base,
      id: "A",
      kinds: ["denunciation"],
      senderName: "Đinh Thị Mật",
      content: "ôngĐinh Thị Mật tố cáo",
    };
    const w = withholdIdentities([
      own,
      { ...base, id: "B", kinds: ["denunciation"], senderName: "Lê Na", content: "Thôn Thanhlena" },
    ]);
    expect(w.forSender(own).content).toBe("ôngĐinh Thị Mật tố cáo");
    expect(w.cases[0]?.content).toBe("ông(giữ bí mật) tố cáo");
    expect(w.cases[1]?.content).toBe("Thôn Thanhlena");
  });

  it("withholds the names of denunciation rows that were not accepted (given as more identities)", () => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities(
      [{ ...base, id: "B", kinds: ["petition"], senderName: "Lý Văn Thường", content: "Ông Lê Thị Khuyếnh đã đến" }],
      ["Lê Thị Khuyếnh", "Số 4, thôn 4, xã Ya Xiêr", "Một"],
    );
    expect(w.cases[0]?.content).toBe("Ông (giữ bí mật) đã đến");
    expect(w.text("nhà ở số 4 thôn 4 xã Ya Xiêr")).toBe("nhà ở (giữ bí mật)");
    // A village's address, without a house number, is not looked for: hundreds live there.
    const villages = withholdIdentities([], ["Thôn 4, xã Ya Xiêr", "Buôn Ma Rai", "Tổ dân phố 12, phường Duy Tân"]);
    expect(villages.text("các hộ thôn 4, xã Ya Xiêr, buôn Ma Rai, tổ dân phố 12, phường Duy Tân")).toBe(
      "các hộ thôn 4, xã Ya Xiêr, buôn Ma Rai, tổ dân phố 12, phường Duy Tân",
    );
    expect(w.ids).toEqual(["B"]);
  });

  it("the notice of receipt addressed to the denouncer still names them, in their own words, and nobody else", async () => {
    const rows = [
      `${DENUNCIATION.replace("Cán bộ xã nhận tiền", "Ông Hoàng Văn Giấu tố cáo cán bộ xã")};Công an tỉnh;`,
      "MS-2;06/03/2026;Đơn thư;Tố cáo;Đất đai;Lý Thị Khác;Thôn 1;Như đơn của ông Hoàng Văn Giấu;Chuyển;Công an tỉnh;",
    ];
    const input = { ...(await run(rows)), profile: "party" as const };
    const receipt = prepareNotices({ ...input, kind: "receipt" });
    const [own, other] = receipt.documents.map((d) => JSON.stringify(d.doc));
    expect(own).toContain("Ông Hoàng Văn Giấu tố cáo cán bộ xã");
    expect(own).not.toContain("(giữ bí mật)");
    expect(other).not.toContain("Giấu");
    const transfer = prepareNotices({ ...input, kind: "transfer" });
    expect(JSON.stringify(transfer.documents)).not.toMatch(/Giấu|Lý Thị Khác/);
  });

  it("withholds exactly what the full pattern of names matches, and their glued letters: property test of the matcher", () => {
    // The reference: one pattern of every name, longest first, run over the folded text; with every occurrence of a
    // name's letters that runs into a glued token; overlapping matches replaced as one.
    const fold = (t: string) =>
      [...t].map((ch) => {
        const c = ch
          .normalize("NFD")
          .replace(/\p{M}+/gu, "")
          .toLowerCase();
        return c === "đ" ? "d" : c.length === ch.length ? c : ch;
      });
    const names = [
      "Hoàng Văn Giấu",
      "Thôn 9, xã Hòa Lạc",
      "H'Nhi Niê",
      "Y-Đôn Ksor",
      "A Sáng",
      "Hoàng Văn",
      "Thôn 9",
      "Giấu Kín",
    ];
    // "Thôn 9" is a bare address (a village's part) and "Thôn 9, xã Hòa Lạc" a village's address without a house
    // number: neither is looked for. A name of two words is looked for only where both begin with a capital.
    const looked = names.filter((n) => !n.startsWith("Thôn 9"));
    const reference = (text: string) => {
      const nfc = text.normalize("NFC");
      const folded = fold(nfc).join("");
      if (folded.length !== nfc.length) return text;
      // The folded text with a capital where the text has one.
      const marked = folded.replace(/[\p{L}\p{N}]/gu, (c, at: number) =>
        /\p{Lu}/u.test(nfc[at] as string) ? c.toUpperCase() : c,
      );
      const words = [...folded.matchAll(/[\p{L}\p{N}]+/gu)];
      const small = ["cua", "ve", "va", "voi", "cho", "trong", "cac", "nhung", "viec", "den", "tai", "duoc", "la"];
      const titleCase = words.some(
        (m, k) =>
          k > 0 &&
          [...small, "co", "da", "theo", "tu", "tren"].includes(m[0]) &&
          /^\p{Lu}\p{Ll}/u.test(nfc.slice(m.index, m.index + m[0].length)) &&
          !/[.!?:;\n]$/.test(nfc.slice(0, m.index).trimEnd()),
      );
      const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const anyCase = (w: string) =>
        [...w].map((c) => (c === c.toUpperCase() ? escapeRe(c) : `[${c}${c.toUpperCase()}]`)).join("");
      const alternatives = looked
        .map((n) => {
          const words = fold(n)
            .join("")
            .split(/[^\p{L}\p{N}]+/u);
          const capitals = words.length === 2 && !/\d/.test(n);
          const alternative = words
            .map((w) => (capitals ? escapeRe(w.slice(0, 1).toUpperCase()) + anyCase(w.slice(1)) : anyCase(w)))
            .join("[^\\p{L}\\p{N}]+");
          // …and not followed, after a space only, by a capitalised word (the beginning of a longer name) — unless
          // the whole text is in title case.
          // A form of address before the name makes it one whatever follows.
          const forms = ["ong", "ba", "anh", "chi", "em", "co", "chu", "bac", "cu", "chau", "ho"]
            .map(anyCase)
            .join("|");
          const pattern =
            capitals && !titleCase
              ? `(?:(?<=(?<![\\p{L}\\p{N}])(?:${forms})[^\\p{L}\\p{N}]+)${alternative}|${alternative}(?![ \\u00a0]+\\p{Lu}[\\p{L}\\p{N}]*\\p{Ll}))`
              : alternative;
          return { pattern, words: words.length };
        })
        // The name of most words first, as the matcher tries them.
        .sort((a, b) => b.words - a.words)
        .map((a) => a.pattern);
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
      const spans: [number, number][] = [];
      for (const m of marked.matchAll(pattern)) {
        let [a, b] = [m.index, m.index + m[0].length];
        // "Hoa (Trần Thị Hoa)": the given name before the name in brackets goes with it, and the brackets.
        const lastWord = m[0]
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean)
          .at(-1);
        // …after a form of address only ("Bà Hoa (…)", not "Xã Nam (…)").
        const before =
          /(?<![\p{L}\p{N}])(?:ong|ba|anh|chi|co|chu|em|bac|cu)[^\p{L}\p{N}]+(([\p{L}\p{N}]+)\s*\(\s*)$/u.exec(
            folded.slice(0, a).toLowerCase(),
          );
        const after = /^\s*\)/u.exec(folded.slice(b));
        if (before && after && before[2] === lastWord) {
          a -= (before[1] as string).length;
          b += after[0].length;
        }
        spans.push([a, b]);
      }
      // A person called by a form of address and the given name ("ông Giấu"), mirrored from withholdIdentities'
      // calledSpans (review s23 W23-1, s23r R23-1, R23-2, s23s S23-1, S23-2): the given name written with a capital
      // after a form read with its diacritics (or a form and a name both without them), whitespace between (a form in
      // brackets, "Ô." abbreviated); the family name and initials before it; a capitalised form only where a sentence
      // or a clause begins, after a word in small letters or the sentence's first, or in capitals before capitals.
      // Every name here is a person's.
      const wordsOfName = (n: string) =>
        fold(n)
          .join("")
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean);
      const given = new Set(looked.map((n) => wordsOfName(n).at(-1) as string));
      const family = new Set(looked.filter((n) => wordsOfName(n).length >= 3).map((n) => wordsOfName(n)[0] as string));
      const familyGiven = new Set(
        looked.filter((n) => wordsOfName(n).length >= 3).map((n) => `${wordsOfName(n)[0]} ${wordsOfName(n).at(-1)}`),
      );
      const forms = ["ông", "bà", "anh", "chị", "cô", "chú", "bác", "em", "cụ", "cháu", "dì", "mệ", "o", "thím", "mợ"];
      forms.push("cậu", "dượng", "thầy", "lão", "con");
      const plainForms = ["ong", "ba", "chi", "co", "chu", "bac", "cu", "chau", "di", "me", "thim", "mo", "cau"];
      plainForms.push("duong", "thay", "lao");
      const tokens = [...nfc.matchAll(/[\p{L}\p{N}]+/gu)];
      const low = (k: number) => (tokens[k]?.[0] ?? "").toLocaleLowerCase("vi");
      const key = (k: number) => fold(tokens[k]?.[0] ?? "").join("");
      const cap = (k: number) => /\p{Lu}/u.test(tokens[k]?.[0][0] ?? "");
      const gapAfter = (k: number) =>
        nfc.slice(
          (tokens[k] as RegExpExecArray).index + (tokens[k] as RegExpExecArray)[0].length,
          tokens[k + 1]?.index,
        );
      const spacedAfter = (k: number) => /^\s+$/u.test(gapAfter(k));
      const nameEnd = (i: number): number => {
        let j = i + 1;
        if (j >= tokens.length || !cap(j)) return -1;
        const fam = family.has(key(j)) && spacedAfter(j) && j + 1 < tokens.length ? j : -1;
        if (fam >= 0 && cap(j + 1)) j += 1;
        while (j + 1 < tokens.length && key(j).length === 1 && cap(j) && /^\.\s*$/u.test(gapAfter(j))) j += 1;
        if (!cap(j) || !given.has(key(j))) return -1;
        if (fam >= 0 && j === fam + 1 && !familyGiven.has(`${key(fam)} ${key(j)}`)) return -1;
        return j;
      };
      const openingAt = (k: number) => k === 0 || /[.,:;!?([“"'«–—\-/\n\r]\s*$/u.test(gapAfter(k - 1));
      for (let i = 0; i + 1 < tokens.length; i++) {
        const lower = low(i);
        const bracketed = /^\)\s+$/u.test(gapAfter(i)) && nfc[(tokens[i] as RegExpExecArray).index - 1] === "(";
        const abbreviated = lower === "ô" && /^\.\s*$/u.test(gapAfter(i));
        const plain = tokens[i]?.[0] === lower && !forms.includes(lower) && plainForms.includes(lower);
        if (!abbreviated && (!(forms.includes(lower) || plain) || !(spacedAfter(i) || bracketed))) continue;
        const end = nameEnd(i);
        if (end < 0) continue;
        const name = nfc.slice(
          (tokens[i + 1] as RegExpExecArray).index,
          (tokens[end] as RegExpExecArray).index + (tokens[end] as RegExpExecArray)[0].length,
        );
        if (plain && fold(name).join("") !== name.toLocaleLowerCase("vi")) continue;
        const form = tokens[i]?.[0] ?? "";
        if (form !== lower && !abbreviated) {
          const caps =
            form.length > 1 && form === form.toLocaleUpperCase("vi") && name === name.toLocaleUpperCase("vi");
          const before = i > 0 ? (tokens[i - 1] as RegExpExecArray)[0] : "";
          // After a place's word or a number: a place's name; mid-sentence, after a word that comes before a person.
          if (/\d/u.test(before) || /^(?:xã|thôn|huyện|tại|ở)$/iu.test(before)) continue;
          const respectful =
            i > 0 && ["của", "với", "gặp", "lời", "theo", "và"].includes(before.toLocaleLowerCase("vi"));
          const titled = words.some(
            (m, k) =>
              k > 0 &&
              m.index !== (tokens[i] as RegExpExecArray).index &&
              [...small, "co", "da", "theo", "tu", "tren"].includes(m[0]) &&
              /^\p{Lu}\p{Ll}/u.test(nfc.slice(m.index, m.index + m[0].length)) &&
              !/[.!?:;\n]$/.test(nfc.slice(0, m.index).trimEnd()),
          );
          if (!caps && !openingAt(i) && !respectful && !titled) continue;
        }
        spans.push([
          (tokens[i + 1] as RegExpExecArray).index,
          (tokens[end] as RegExpExecArray).index + (tokens[end] as RegExpExecArray)[0].length,
        ]);
        i = end;
      }
      // The form glued to the name ("ôngKín").
      for (const t of tokens) {
        const m = /^(ông|bà|anh|chị|cô|chú|bác|em|cụ|cháu|dì|mệ)(\p{Lu}\p{Ll}*)$/u.exec(t[0]);
        if (m && given.has(fold(m[2] as string).join("")))
          spans.push([t.index + (m[1] as string).length, t.index + t[0].length]);
      }
      // Glued: every occurrence of a name's letters (eight or more) in the text's letters that begins or ends inside a
      // token, each such token not one Vietnamese syllable (nor digits alone).
      const letters: { ch: string; at: number; token: number }[] = [];
      const glued = new Set<number>();
      const tokenStart: number[] = [];
      for (const [t, m] of [...folded.matchAll(/[\p{L}\p{N}]+/gu)].entries()) {
        const syllable =
          /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/.test(m[0]);
        if (!syllable && !/^\d+$/.test(m[0])) glued.add(t);
        tokenStart.push(letters.length);
        for (let k = 0; k < m[0].length; k++) letters.push({ ch: m[0][k] as string, at: m.index + k, token: t });
      }
      tokenStart.push(letters.length);
      const all = letters.map((l) => l.ch).join("");
      for (const n of looked) {
        const want = fold(n)
          .join("")
          .replace(/[^\p{L}\p{N}]+/gu, "");
        // A two-word name (no digit) is not looked for glued.
        const nameWords = fold(n)
          .join("")
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean);
        if (want.length < 8 || (nameWords.length === 2 && !/\d/.test(n))) continue;
        for (let p = all.indexOf(want); p >= 0; p = all.indexOf(want, p + 1)) {
          const run = letters.slice(p, p + want.length);
          const first = run[0]?.token as number;
          const last = run.at(-1)?.token as number;
          const startsInside = p > (tokenStart[first] as number);
          const endsInside = p + want.length < (tokenStart[last + 1] as number);
          if ((startsInside && !glued.has(first)) || (endsInside && !glued.has(last))) continue;
          if (!startsInside && !endsInside && !run.some((l) => glued.has(l.token))) continue;
          spans.push([run[0]?.at as number, (run.at(-1)?.at as number) + 1]);
        }
      }
      if (spans.length === 0) return text;
      spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      const merged: [number, number][] = [];
      for (const [a, b] of spans) {
        const last = merged.at(-1);
        if (last && a < last[1]) last[1] = Math.max(last[1], b);
        else merged.push([a, b]);
      }
      let out = "";
      let at = 0;
      for (const [a, b] of merged) {
        out += `${nfc.slice(at, a)}(giữ bí mật)`;
        at = b;
      }
      return out + nfc.slice(at);
    };
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities(
      names.map((n, i) => ({ ...base, id: `T-${i}`, kinds: ["denunciation"] as const, senderName: n })),
    );
    const piece = fc.constantFrom(
      ...names,
      "HOANG  van giau",
      "giấu",
      "Niê",
      "KÍN",
      "Hoàng-Văn-Giấu",
      "hoang.van_giau",
      "thon 9 ,xa hoa lac",
      "h'nhi\tNIÊ",
      ..."Hoàng Văn Giấu Thôn 9 xã H'Nhi Y-Đôn A Sáng Kín ông bà".split(" "),
      " ",
      "  ",
      ", ",
      "(",
      ")",
      "-",
      "'",
      ".",
      "x",
      "9",
      "\u00a0",
      "ông",
      "Xyz",
      "zzzzzzzz",
      "HOÀNG",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join("");
        expect(w.text(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("a register's denouncers and vocabulary found once per array the CLI registered (scale, #18)", () => {
  const denunciation = (id: string, senderName: string, kinds: Case["kinds"] = ["denunciation"]): Case => ({
    id,
    receivedOn: "2026-03-02",
    channel: "letter",
    kinds,
    senderName,
    field: "Đất đai",
    unit: "Xã An Bình",
  });

  it("a registered array is read once; each call gets its own copy", () => {
    const cases = [denunciation("D1", "Lê Văn Tố"), denunciation("D2", "Trần Thị Cáo")];
    registerUnchangedCases(cases);
    const first = denouncerIdentities(cases);
    expect(first).toEqual(["Lê Văn Tố", "Trần Thị Cáo"]);
    first.push("changed by a caller");
    expect(denouncerIdentities(cases)).toEqual(["Lê Văn Tố", "Trần Thị Cáo"]);
    const three = [...cases, denunciation("D3", "Phạm Văn Ba")];
    registerUnchangedCases(three);
    const vocabulary = registerVocabulary(three);
    expect([...vocabulary]).toEqual(["Đất đai", "Xã An Bình"]);
    vocabulary.add("changed");
    expect([...registerVocabulary(three)]).toEqual(["Đất đai", "Xã An Bình"]);
    expect(withholdIdentities(cases).text("Ông Lê Văn Tố gửi đơn")).toBe("Ông (giữ bí mật) gửi đơn");
  });

  it("any other array is read again at each call, frozen or not (review s24 R24-2: a case corrected in place)", () => {
    const grown = [denunciation("D1", "Lê Văn Tố")];
    expect(denouncerIdentities(grown)).toEqual(["Lê Văn Tố"]);
    grown.push(denunciation("D2", "Trần Thị Cáo"));
    expect(denouncerIdentities(grown)).toEqual(["Lê Văn Tố", "Trần Thị Cáo"]);
    // Frozen by a caller, then one of its cases corrected into a denunciation: its sender is withheld at once.
    const corrected = { ...denunciation("A1", "Phạm Văn Toàn", ["petition"]) };
    const frozen = Object.freeze([denunciation("D1", "Lê Văn Tố"), corrected]);
    expect(denouncerIdentities(frozen)).toEqual(["Lê Văn Tố"]);
    corrected.kinds = ["denunciation"];
    expect(denouncerIdentities(frozen)).toEqual(["Lê Văn Tố", "Phạm Văn Toàn"]);
    expect(withholdIdentities(frozen).text("ông Phạm Văn Toàn")).toBe("ông (giữ bí mật)");
  });
});
