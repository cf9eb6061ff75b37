import { formatCitation, QD11_2019, QD11_KL215 } from "@tiepdan/core";
import { describe, expect, it } from "vitest";
import {
  buildReceptionSchedule,
  buildScheduleModel,
  listUnboundStateUnits,
  listUnnamedScheduleBodies,
  PLACE_PLACEHOLDER,
  receptionScheduleSubject,
  scheduleNoticeMeta,
  scheduleRecipientPlaceholders,
} from "./buildScheduleModel.js";
import { type OrgFile, PLACEHOLDER_ORG } from "./orgFile.js";

const settings = PLACEHOLDER_ORG.documents?.party as NonNullable<NonNullable<OrgFile["documents"]>["party"]>;

function org(units: OrgFile["units"], reportingUnit = units[0]?.id ?? ""): OrgFile {
  return { reportingUnit, units, documents: PLACEHOLDER_ORG.documents } as OrgFile;
}
const province = { id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province", side: "party" as const };
const commune = (id: string, parentId = "tu") => ({
  id,
  name: `Đảng ủy xã ${id}`,
  level: "commune",
  side: "party" as const,
  parentId,
});
const base = { announcer: "Ban Thường vụ Tỉnh ủy Minh Sơn", attachedTo: "Thông báo ngày 25/12/2025 của Tỉnh ủy" };

describe("scheduleNoticeMeta", () => {
  it("is a Thông báo with the org file's symbol turned into TB, the profile's way", () => {
    const o = org([province]);
    const party = scheduleNoticeMeta({ org: o, profile: "party", number: "15", date: "2025-12-25", year: 2026 });
    expect([party.documentType, party.number, party.summary]).toEqual([
      "Thông báo",
      "15-TB/TU",
      "Lịch tiếp dân năm 2026 của người đứng đầu Tỉnh ủy Minh Sơn",
    ]);
    expect(scheduleNoticeMeta({ org: o, profile: "state", date: "2025-12-25", year: 2026 }).number).toBe("/TB-UBND");
    expect(settings.numberPrefix).toBe("BC/TU"); // the org file itself is left alone
  });
});

describe("scheduleNoticeMeta: “Nơi nhận” names who carries out and publishes the schedule (review F11)", () => {
  const ubndTinh = {
    id: "ubnd",
    name: "Ủy ban nhân dân tỉnh Minh Sơn",
    level: "province",
    side: "state" as const,
  };
  const ubndXa = (id: string, name = `Ủy ban nhân dân xã ${id}`) => ({
    id,
    name,
    level: "commune",
    side: "state" as const,
    parentId: "ubnd",
  });
  const recipients = (o: OrgFile, profile: "party" | "state" = "state") =>
    (scheduleNoticeMeta({ org: o, profile, date: "2026-12-31", year: 2027 }).recipients ?? []).map((r) =>
      r.purpose ? `${r.name} (${r.purpose})` : r.name,
    );

  it("State, a province without committees under it in the org file: the usual bodies as placeholders, then the file", () => {
    const o = org([province, commune("a"), ubndTinh], "tu");
    expect(recipients(o)).toEqual([
      "[Ban Tiếp công dân tỉnh] (thực hiện)",
      "[Thanh tra tỉnh] (phối hợp)",
      "[Cổng Thông tin điện tử tỉnh] (đăng tải)",
      "Lưu: VT, [đơn vị]",
    ]);
    const meta = scheduleNoticeMeta({ org: o, profile: "state", date: "2026-12-31", year: 2027 });
    expect(scheduleRecipientPlaceholders(meta)).toEqual([
      "[Ban Tiếp công dân tỉnh]",
      "[Thanh tra tỉnh]",
      "[Cổng Thông tin điện tử tỉnh]",
    ]);
  });

  it("State: the committees under it (thực hiện) and the bodies the org file's recipients name, not the central ones", () => {
    const o = {
      ...org([ubndTinh, ubndXa("a"), ubndXa("b", "Ủy ban nhân dân phường Đông Thành")]),
      documents: {
        state: {
          ...(PLACEHOLDER_ORG.documents?.state as NonNullable<NonNullable<OrgFile["documents"]>["state"]>),
          recipients: [
            { name: "Thanh tra Chính phủ", purpose: "báo cáo" },
            { name: "Ban Tiếp công dân Trung ương" },
            { name: "Ban Tiếp công dân tỉnh Minh Sơn" },
            { name: "Thanh tra tỉnh Minh Sơn" },
            { name: "Lưu: VT, TCD" },
          ],
        },
      },
    } as OrgFile;
    expect(recipients(o)).toEqual([
      "Ban Tiếp công dân tỉnh Minh Sơn (thực hiện)",
      "Thanh tra tỉnh Minh Sơn (phối hợp)",
      "Ủy ban nhân dân xã a (thực hiện)",
      "Ủy ban nhân dân phường Đông Thành (thực hiện)",
      "[Cổng Thông tin điện tử tỉnh] (đăng tải)",
      "Lưu: VT, TCD",
    ]);
  });

  it("State: more than six committees under it are one line, by their level", () => {
    const o = org([ubndTinh, ...["a", "b", "c", "d", "e", "f", "g"].map((id) => ubndXa(id))]);
    expect(recipients(o)).toContain("Ủy ban nhân dân cấp xã (thực hiện)");
  });

  it("State, a commune: its office and its web page, named after the committee's area", () => {
    const o = org([{ id: "dt", name: "Ủy ban nhân dân phường Đông Thành", level: "commune", side: "state" }]);
    expect(recipients(o)).toEqual([
      "[Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường] (thực hiện)",
      "[Trang thông tin điện tử phường] (đăng tải)",
      "Lưu: VT, [đơn vị]",
    ]);
  });

  /** An org file of the province's committee (and the units given) whose State documents go to `recipients`. */
  const withRecipients = (
    recipients: { name: string; purpose?: string }[],
    units: OrgFile["units"] = [ubndTinh],
  ): OrgFile =>
    ({
      ...org(units),
      documents: {
        state: {
          ...(PLACEHOLDER_ORG.documents?.state as NonNullable<NonNullable<OrgFile["documents"]>["state"]>),
          recipients: [...recipients, { name: "Lưu: VT, TCD" }],
        },
      },
    }) as OrgFile;
  const PLACEHOLDERS = [
    "[Ban Tiếp công dân tỉnh] (thực hiện)",
    "[Thanh tra tỉnh] (phối hợp)",
    "[Cổng Thông tin điện tử tỉnh] (đăng tải)",
    "Lưu: VT, TCD",
  ];

  it.each([
    [
      "abbreviated central bodies",
      [
        { name: "Thanh tra CP", purpose: "báo cáo" },
        { name: "Ban Tiếp công dân TW" },
        { name: "Cổng thông tin điện tử Chính phủ" },
      ],
      PLACEHOLDERS,
    ],
    [
      "a ministry's inspectorate and the national portal",
      [
        { name: "Thanh tra Chính phủ", purpose: "báo cáo" },
        { name: "Ban Tiếp công dân Trung ương", purpose: "báo cáo" },
        { name: "Thanh tra Bộ Tài nguyên và Môi trường" },
        { name: "Cổng Thông tin điện tử Quốc gia" },
      ],
      PLACEHOLDERS,
    ],
    [
      "bodies sent the reports “báo cáo”, even the province's own",
      [
        { name: "Thanh tra tỉnh Minh Sơn", purpose: "báo cáo" },
        { name: "Ban Tiếp công dân tỉnh Minh Sơn", purpose: "để báo cáo" },
      ],
      PLACEHOLDERS,
    ],
    [
      "bodies of another area, or named without the area word",
      [
        { name: "Thanh tra tỉnh Hòa Bình" },
        { name: "Ban Tiếp công dân" },
        { name: "Thanh tra Sở Xây dựng tỉnh Minh Sơn" },
        { name: "Cổng Thông tin điện tử Minh Sơn" },
      ],
      PLACEHOLDERS,
    ],
    [
      "the province's own bodies by the area word alone (the org file is the province's)",
      [{ name: "Ban Tiếp công dân tỉnh" }, { name: "Thanh tra tỉnh" }, { name: "Cổng TTĐT tỉnh" }],
      ["Ban Tiếp công dân tỉnh (thực hiện)", "Thanh tra tỉnh (phối hợp)", "Cổng TTĐT tỉnh (đăng tải)", "Lưu: VT, TCD"],
    ],
    [
      "the province's own bodies, named in full — case and diacritics aside",
      [
        { name: "Thanh tra Chính phủ", purpose: "báo cáo" },
        { name: "BAN TIẾP CÔNG DÂN TỈNH MINH SƠN" },
        { name: "Thanh tra tinh Minh Son" },
        { name: "Cổng thông tin điện tử tỉnh Minh Sơn" },
      ],
      [
        "BAN TIẾP CÔNG DÂN TỈNH MINH SƠN (thực hiện)",
        "Thanh tra tinh Minh Son (phối hợp)",
        "Cổng thông tin điện tử tỉnh Minh Sơn (đăng tải)",
        "Lưu: VT, TCD",
      ],
    ],
  ])("R1: a province's recipients with %s → its own bodies only, named in full", (_what, given, expected) => {
    const o = withRecipients(given);
    expect(recipients(o)).toEqual(expected);
    const meta = scheduleNoticeMeta({ org: o, profile: "state", date: "2026-12-31", year: 2027 });
    expect(scheduleRecipientPlaceholders(meta).length).toBe(expected.filter((r) => r.startsWith("[")).length);
  });

  it.each([
    [
      "its own inspectorate and reception board as units, and three committees",
      [
        { id: "tt", name: "THANH TRA TỈNH MINH SƠN", level: "province", side: "state" as const },
        { id: "btcd", name: "Ban tiếp công dân tỉnh Minh Sơn", level: "province", side: "state" as const },
        ubndXa("a", "Ủy ban nhân dân xã An Bình"),
        ubndXa("b", "Ủy ban nhân dân xã Hòa Lạc"),
      ],
      [
        "Ban tiếp công dân tỉnh Minh Sơn (thực hiện)",
        "Thanh tra tỉnh Minh Sơn (phối hợp)",
        "Ủy ban nhân dân xã An Bình (thực hiện)",
        "Ủy ban nhân dân xã Hòa Lạc (thực hiện)",
        "Cổng TTĐT tỉnh (đăng tải)",
        "Lưu: VT, TCD",
      ],
    ],
    [
      "an inspectorate unit and ten commune committees",
      [
        { id: "tt", name: "Thanh tra tỉnh", level: "province", side: "state" as const },
        ...Array.from({ length: 10 }, (_, i) => ubndXa(`x${i + 1}`, `UBND xã Số ${i + 1}`)),
      ],
      [
        "[Ban Tiếp công dân tỉnh] (thực hiện)",
        "Thanh tra tỉnh Minh Sơn (phối hợp)",
        "Ủy ban nhân dân cấp xã (thực hiện)",
        "Cổng TTĐT tỉnh (đăng tải)",
        "Lưu: VT, TCD",
      ],
    ],
    [
      "another State unit and seven committees",
      [
        { id: "so", name: "Sở Nội vụ tỉnh Minh Sơn", level: "province", side: "state" as const },
        ...Array.from({ length: 7 }, (_, i) => ubndXa(`x${i + 1}`)),
      ],
      [
        "[Ban Tiếp công dân tỉnh] (thực hiện)",
        "Thanh tra tỉnh Minh Sơn (phối hợp)",
        "Ủy ban nhân dân cấp xã (thực hiện)",
        "Cổng TTĐT tỉnh (đăng tải)",
        "Lưu: VT, TCD",
      ],
    ],
    [
      "a unit also named among the recipients",
      [{ id: "tt", name: "Thanh tra tỉnh Minh Sơn", level: "province", side: "state" as const }],
      [
        "[Ban Tiếp công dân tỉnh] (thực hiện)",
        "Thanh tra tỉnh Minh Sơn (phối hợp)",
        "Cổng TTĐT tỉnh (đăng tải)",
        "Lưu: VT, TCD",
      ],
    ],
  ])("R5: %s → each body once, with one purpose", (_what, units, expected) => {
    const o = withRecipients([{ name: "Thanh tra tỉnh Minh Sơn" }, { name: "Cổng TTĐT tỉnh" }], [ubndTinh, ...units]);
    const printed = recipients(o);
    expect(printed).toEqual(expected);
    const names = printed.map((r) => r.replace(/ \(.*\)$/, "").toLocaleLowerCase("vi"));
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    [
      "a province: “Cổng TTĐT tỉnh Minh Sơn”",
      [ubndTinh],
      [{ name: "Cổng TTĐT tỉnh Minh Sơn" }],
      "Cổng TTĐT tỉnh Minh Sơn (đăng tải)",
      ["Ban Tiếp công dân tỉnh Minh Sơn", "Thanh tra tỉnh Minh Sơn"],
    ],
    [
      "a commune: “Văn phòng HĐND-UBND xã An Bình”, “Trang TTĐT xã An Bình”",
      [{ id: "ub", name: "UBND xã An Bình", level: "commune", side: "state" as const }],
      [{ name: "Văn phòng HĐND-UBND xã An Bình" }, { name: "Trang TTĐT xã An Bình" }],
      "Trang TTĐT xã An Bình (đăng tải)",
      [],
    ],
    [
      "a commune: the area's name left out, its own by the area word",
      [{ id: "ub", name: "UBND xã An Bình", level: "commune", side: "state" as const }],
      [{ name: "Văn phòng HĐND-UBND xã" }, { name: "Trang TTĐT xã" }],
      "Trang TTĐT xã (đăng tải)",
      [],
    ],
    [
      "a commune: a province's portal is not its own",
      [{ id: "ub", name: "UBND xã An Bình", level: "commune", side: "state" as const }],
      [{ name: "Văn phòng HĐND-UBND xã" }, { name: "Cổng TTĐT tỉnh" }],
      "[Trang thông tin điện tử xã] (đăng tải)",
      ["Trang thông tin điện tử xã An Bình"],
    ],
  ])("R7: abbreviations — %s; the names expected for the rest", (_what, units, given, portal, expected) => {
    const o = withRecipients(given, units);
    expect(recipients(o)).toContain(portal);
    expect(listUnnamedScheduleBodies({ org: o, profile: "state" }).map((b) => b.expected)).toEqual(expected);
  });

  const stateUnit = (id: string, name: string) => ({ id, name, level: "province", side: "state" as const });
  const PLACEHOLDERS_WITH = (...middle: string[]) => [
    "[Ban Tiếp công dân tỉnh] (thực hiện)",
    "[Thanh tra tỉnh] (phối hợp)",
    ...middle,
    "[Cổng Thông tin điện tử tỉnh] (đăng tải)",
    "Lưu: VT, TCD",
  ];

  it.each([
    [
      "its inspectorate, reception board and portal as State units",
      [
        stateUnit("tt", "Thanh tra tỉnh Minh Sơn"),
        stateUnit("btcd", "Ban Tiếp công dân tỉnh Minh Sơn"),
        stateUnit("cong", "Cổng Thông tin điện tử tỉnh Minh Sơn"),
      ],
      [
        "Ban Tiếp công dân tỉnh Minh Sơn (thực hiện)",
        "Thanh tra tỉnh Minh Sơn (phối hợp)",
        "Cổng Thông tin điện tử tỉnh Minh Sơn (đăng tải)",
        "Lưu: VT, TCD",
      ],
      ["ubnd"],
      "của Chủ tịch Ủy ban nhân dân tỉnh Minh Sơn",
      [],
    ],
    [
      "a central body as a State unit, and a commune's committee",
      [stateUnit("ttcp", "Thanh tra Chính phủ"), ubndXa("a", "Ủy ban nhân dân xã An Bình")],
      PLACEHOLDERS_WITH("Ủy ban nhân dân xã An Bình (thực hiện)"),
      ["ubnd", "a"],
      "của Chủ tịch Ủy ban nhân dân tỉnh Minh Sơn và Chủ tịch Ủy ban nhân dân trực thuộc",
      ["Thanh tra Chính phủ"],
    ],
    [
      "a department and the Government's reception board as State units",
      [stateUnit("snv", "Sở Nội vụ tỉnh Minh Sơn"), stateUnit("btw", "Ban Tiếp công dân Trung ương")],
      PLACEHOLDERS_WITH(),
      ["ubnd"],
      "của Chủ tịch Ủy ban nhân dân tỉnh Minh Sơn",
      ["Sở Nội vụ tỉnh Minh Sơn", "Ban Tiếp công dân Trung ương"],
    ],
  ])(
    "S1: %s → only People's Committees are bound and scheduled",
    (_what, units, printed, scheduled, subject, unbound) => {
      const o = withRecipients([], [ubndTinh, ...units]);
      expect(recipients(o)).toEqual(printed);
      const model = buildScheduleModel({ ...base, org: o, profile: "state", year: 2027 });
      expect(model.units.map((u) => u.id)).toEqual(scheduled);
      expect(model.subject).toBe(subject);
      expect(receptionScheduleSubject(o, "state")).toBe(subject);
      expect(listUnboundStateUnits({ org: o, profile: "state" })).toEqual(unbound);
    },
  );

  it.each([
    [
      "a unit “Thanh tra Minh Sơn” and the recipient “Thanh tra tỉnh Minh Sơn”",
      [stateUnit("tt", "Thanh tra Minh Sơn")],
      [{ name: "Thanh tra tỉnh Minh Sơn" }, { name: "THANH TRA TỈNH MINH SƠN" }],
      ["[Ban Tiếp công dân tỉnh] (thực hiện)", "Thanh tra tỉnh Minh Sơn (phối hợp)"],
    ],
    [
      "a unit “Thanh tra Minh Sơn” alone",
      [stateUnit("tt", "Thanh tra Minh Sơn")],
      [],
      ["[Ban Tiếp công dân tỉnh] (thực hiện)", "Thanh tra Minh Sơn (phối hợp)"],
    ],
    [
      "a unit “Ban Tiếp công dân Minh Sơn” and the recipient “Ban Tiếp công dân tỉnh”",
      [stateUnit("b", "Ban Tiếp công dân Minh Sơn")],
      [{ name: "Ban Tiếp công dân tỉnh" }],
      ["Ban Tiếp công dân tỉnh (thực hiện)", "[Thanh tra tỉnh] (phối hợp)"],
    ],
  ])("S2: %s → one body, one purpose", (_what, units, given, first) => {
    const o = withRecipients(given, [ubndTinh, ...units]);
    const printed = recipients(o);
    expect(printed.slice(0, 2)).toEqual(first);
    expect(printed).toHaveLength(4);
  });

  const hanoi = { id: "hn", name: "UBND TP.Hà Nội", level: "province", side: "state" as const };
  it.each([
    [
      "a city written “UBND TP.Hà Nội”, its bodies by “thành phố”, “Ban TCD”",
      [hanoi],
      [{ name: "Ban TCD thành phố" }, { name: "Thanh tra thành phố" }, { name: "Cổng TTĐT thành phố Hà Nội" }],
      ["Ban TCD thành phố (thực hiện)", "Thanh tra thành phố (phối hợp)", "Cổng TTĐT thành phố Hà Nội (đăng tải)"],
      [],
    ],
    [
      "a city without bodies: placeholders by “thành phố”, names with the city's",
      [hanoi],
      [],
      [
        "[Ban Tiếp công dân thành phố] (thực hiện)",
        "[Thanh tra thành phố] (phối hợp)",
        "[Cổng Thông tin điện tử thành phố] (đăng tải)",
      ],
      ["Ban Tiếp công dân thành phố Hà Nội", "Thanh tra thành phố Hà Nội", "Cổng Thông tin điện tử thành phố Hà Nội"],
    ],
    [
      "“Ban TCD tỉnh”, a purpose in brackets, the filing line's “TCD” no body",
      [ubndTinh],
      [
        { name: "Ban TCD tỉnh Minh Sơn" },
        { name: "Thanh tra tỉnh Minh Sơn (để biết)" },
        { name: "Cổng TTĐT tỉnh (báo cáo)" },
      ],
      [
        "Ban TCD tỉnh Minh Sơn (thực hiện)",
        "Thanh tra tỉnh Minh Sơn (để biết)",
        "[Cổng Thông tin điện tử tỉnh] (đăng tải)",
      ],
      ["Cổng Thông tin điện tử tỉnh Minh Sơn"],
    ],
    [
      "the org file's own purpose",
      [ubndTinh],
      [
        { name: "Thanh tra tỉnh", purpose: "để biết" },
        { name: "Ban Tiếp công dân tỉnh", purpose: "" },
      ],
      ["Ban Tiếp công dân tỉnh (thực hiện)", "Thanh tra tỉnh (để biết)", "[Cổng Thông tin điện tử tỉnh] (đăng tải)"],
      ["Cổng Thông tin điện tử tỉnh Minh Sơn"],
    ],
  ])("S3: %s", (_what, units, given, printed, expected) => {
    const o = withRecipients(given, units);
    expect(recipients(o)).toEqual([...printed, "Lưu: VT, TCD"]);
    expect(listUnnamedScheduleBodies({ org: o, profile: "state" }).map((b) => b.expected)).toEqual(expected);
  });

  it("Party: the committees it binds and the file only, no placeholder", () => {
    const o = org([province, commune("a")]);
    expect(recipients(o, "party")).toEqual(["Đảng ủy xã a (thực hiện)", "Lưu Văn phòng [cấp ủy]"]);
    expect(
      scheduleRecipientPlaceholders(scheduleNoticeMeta({ org: o, profile: "party", date: "2026-12-31", year: 2027 })),
    ).toEqual([]);
  });
});

describe("receptionScheduleSubject", () => {
  it.each([
    ["one unit", [province], "của người đứng đầu Tỉnh ủy Minh Sơn"],
    [
      "communes under it",
      [province, commune("a"), commune("b")],
      "của người đứng đầu Tỉnh ủy Minh Sơn và các cấp ủy trực thuộc",
    ],
    [
      "a commune under a district under it",
      [province, { ...commune("h"), level: "district" }, commune("a", "h")],
      "của người đứng đầu Tỉnh ủy Minh Sơn và các cấp ủy cấp dưới",
    ],
    ["an unrelated unit", [province, commune("a", "khac")], "của người đứng đầu các cấp ủy"],
  ] as const)("%s", (_, units, subject) => {
    expect(receptionScheduleSubject(org([...units]))).toBe(subject);
  });
});

describe("buildScheduleModel", () => {
  it("2025: QĐ 11 as issued until November, as amended by KL 215 from December (rule in force on each month's 1st)", () => {
    const model = buildScheduleModel({ ...base, org: org([province, commune("a")]), year: 2025 });
    expect(model.basis).toEqual([formatCitation(QD11_2019.frequency), formatCitation(QD11_KL215.frequency)]);
    // The same minimums under both texts: one line each for the whole year (review s18h F13), both texts the basis.
    expect(model.requirements.map((r) => [r.headLabel, r.minDays, r.span])).toEqual([
      ["Người đứng đầu cấp ủy cấp tỉnh", 1, null],
      ["Người đứng đầu cấp ủy cấp xã", 2, null],
    ]);
    expect(model.units.map((u) => u.days.length)).toEqual([12, 24]);
  });

  it("KL 215-KL/TW: a district unit in 2026 gets no days, and one note for the whole year", () => {
    const model = buildScheduleModel({
      ...base,
      org: org([province, { ...commune("h"), name: "Huyện ủy cũ", level: "district" }]),
      year: 2026,
    });
    expect(model.units.map((u) => u.days.length)).toEqual([12, 0]);
    expect(model.units[1]?.timeText).toContain("không lập lịch");
    expect(model.notes).toEqual([
      "Huyện ủy cũ (cả năm): Quy định 11-QĐi/TW, sửa đổi theo Kết luận 215-KL/TW ngày 23/11/2025 của Bộ Chính trị không quy định số ngày tiếp dân tối thiểu cho cấp huyện (cấp huyện đã kết thúc hoạt động từ ngày 01/07/2025).",
    ]);
    expect(model.requirements).toHaveLength(1);
  });

  it.each([
    ["party", { id: "h", name: "Huyện ủy Đồi Thông", level: "district", side: "party" as const }],
    ["state", { id: "h", name: "Ủy ban nhân dân huyện Đồi Thông", level: "district", side: "state" as const }],
  ])("S3: an old district-level org file (%s): the note says the level in words and that it ended", (profile, unit) => {
    const model = buildScheduleModel({ ...base, org: org([unit]), profile: profile as "party" | "state", year: 2027 });
    expect(model.notes).toHaveLength(1);
    expect(model.notes[0]).toContain("cho cấp huyện (cấp huyện đã kết thúc hoạt động từ ngày 01/07/2025).");
    expect(model.notes[0]).not.toContain("district");
  });

  it("places: one for all, one per unit, or the placeholder and a draft note", () => {
    const o = org([province, commune("a")]);
    const shared = buildScheduleModel({ ...base, org: o, year: 2026, places: { default: " Trụ sở Tiếp công dân " } });
    expect([shared.commonPlace, shared.draftNotes]).toEqual(["Trụ sở Tiếp công dân", []]);
    const own = buildScheduleModel({ ...base, org: o, year: 2026, places: { default: "A", byUnit: { a: "B" } } });
    expect([own.commonPlace, own.units.map((u) => u.place)]).toEqual([null, ["A", "B"]]);
    const none = buildScheduleModel({ ...base, org: o, year: 2026, draftNotes: ["trước"] });
    expect(none.commonPlace).toBe(PLACE_PLACEHOLDER);
    expect(none.draftNotes).toHaveLength(2);
    expect(none.draftNotes[0]).toBe("trước");
  });

  it("a weekday in core's convention (4 = Thursday); the moved day knows the Thursday it replaces", () => {
    const model = buildScheduleModel({ ...base, org: org([province]), year: 2026, weekday: 4 });
    const moved = model.units[0]?.days.filter((d) => d.moved);
    expect(moved).toEqual([{ date: "2026-02-23", month: "2026-02", moved: true, movedFrom: "2026-02-19" }]);
    expect(model.units[0]?.timeText).toBe("thứ Năm của tuần thứ ba hằng tháng");
    expect(model.notes[0]).toBe(
      "Tỉnh ủy Minh Sơn: Thứ Năm, 19/02/2026 là ngày nghỉ Tết Nguyên đán, ngày tiếp dân chuyển sang Thứ Hai, 23/02/2026.",
    );
  });

  it("refuses core's out-of-range weekday (Saturday is 6 in core, not allowed)", () => {
    expect(() => buildScheduleModel({ ...base, org: org([province]), year: 2026, weekday: 6 })).toThrow(RangeError);
  });
});

describe("buildReceptionSchedule", () => {
  it("goes through the strict markup parser into a document with a landscape appendix", () => {
    const o = org([province, commune("a")]);
    const model = buildScheduleModel({ ...base, org: o, year: 2026, weekday: 4 });
    const meta = scheduleNoticeMeta({ org: o, profile: "party", date: "2025-12-25", year: 2026 });
    const doc = buildReceptionSchedule({ model, meta, profile: "party" });
    const section = doc.children.find((b) => b.type === "section");
    expect(section).toMatchObject({ type: "section", orientation: "landscape" });
  });
});

describe("review s21 K10: the schedule's notes hold what an official writes", () => {
  it("a day off the Labour Code gives (2027, no notice) is named without the calendar's mark of its source", () => {
    const model = buildScheduleModel({ ...base, org: org([province, commune("a")]), year: 2027, weekday: 3 });
    const all = model.notes.join(" ");
    expect(all).toContain("là ngày nghỉ bù Tết Nguyên đán, ngày tiếp dân chuyển sang");
    expect(all).not.toContain("tính theo Bộ luật Lao động");
  });
});
