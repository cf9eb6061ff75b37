import { describe, expect, it } from "vitest";
import { WEEKENDS_ONLY_CALENDAR, type WorkingDayCalendar } from "../calendar/workingDays.js";
import { getWeekday } from "../date/plainDate.js";
import { QD11_2019_RULES } from "../rules/ruleSets.js";
import { type Case, type CaseInput, CaseSchema } from "../schemas/case.js";
import { describeRoute, routeCase } from "./routeCase.js";

const base: CaseInput = { id: "D7", receivedOn: "2026-03-06", channel: "letter", kinds: ["petition"] };
const make = (extra: Partial<CaseInput>): Case => CaseSchema.parse({ ...base, ...extra });

describe("Kế hoạch 97-KH/TU mục I.5 (QĐ 11-QĐi/TW): route by authority", () => {
  it.each([
    { authority: "own", route: "handle", clause: "mục I.5(1)", reportsBack: false },
    { authority: "subordinate", route: "direct", clause: "mục I.5(2)", reportsBack: true },
    { authority: "none", route: "guide", clause: "mục I.5(2) đoạn 2", reportsBack: false },
    { authority: undefined, route: null, clause: "mục I.5(1)", reportsBack: false },
  ] as const)("Thuộc thẩm quyền = $authority → $route", ({ authority, route, clause, reportsBack }) => {
    const d = routeCase(make(authority ? { authority } : {}));
    expect(d.route).toBe(route);
    expect(d.source.clause).toBe(clause);
    expect(d.reportsBack).toBe(reportsBack);
    expect(d.reasons.length).toBeGreaterThan(0);
  });

  it.each([
    { authority: "own", route: "handle" },
    { authority: "subordinate", route: "direct" },
    { authority: "none", route: "guide" },
  ] as const)(
    "Luật Tiếp công dân 2013 Điều 28–30 on the State side: $authority → $route, no Party plan cited",
    ({ authority, route }) => {
      const d = routeCase(make({ authority }), { side: "state" });
      expect(d.route).toBe(route);
      expect(`${d.source.clause} ${d.source.document}`).toBe(
        "Điều 28, Điều 29, Điều 30 Luật Tiếp công dân 2013 (42/2013/QH13)",
      );
      expect(d.reasons.map((r) => r.source.document).join(" ")).not.toMatch(/QĐi|KH\/TU/);
    },
  );

  it.each([
    { contentClear: true, immediate: true },
    { contentClear: false, immediate: false },
    { contentClear: undefined, immediate: null },
  ])(
    "mục I.5(1): within authority, content clear = $contentClear → immediate $immediate",
    ({ contentClear, immediate }) => {
      const d = routeCase(make({ authority: "own" }), contentClear === undefined ? {} : { contentClear });
      expect(d.immediate).toBe(immediate);
    },
  );

  it("is never immediate outside the head's own authority", () => {
    expect(routeCase(make({ authority: "subordinate" }), { contentClear: true }).immediate).toBe(false);
    expect(routeCase(make({}), { contentClear: true }).immediate).toBeNull();
  });

  it("explains a missing authority instead of guessing", () => {
    expect(routeCase(make({})).reasons[0]?.text).toBe(
      'Không đủ dữ liệu: sổ không ghi "Thuộc thẩm quyền", chưa xác định được hướng xử lý.',
    );
  });

  it("compares the recommendation with the recorded route", () => {
    expect(routeCase(make({ authority: "subordinate", route: "direct" })).agreesWithRecord).toBe(true);
    expect(routeCase(make({ authority: "subordinate", route: "archive" })).agreesWithRecord).toBe(false);
    expect(routeCase(make({ authority: "subordinate" })).agreesWithRecord).toBeNull();
  });
});

describe("QĐ 11-QĐi/TW Điều 5: written notice within 10 working days of receipt", () => {
  it.each([
    { receivedOn: "2026-03-06", due: "2026-03-20" },
    { receivedOn: "2026-03-02", due: "2026-03-16" },
    { receivedOn: "2026-03-07", due: "2026-03-20" },
    { receivedOn: "2026-02-12", due: "2026-03-05" },
    { receivedOn: "2026-04-24", due: "2026-05-13" },
  ])("received $receivedOn → notify by $due (weekends and holidays skipped)", ({ receivedOn, due }) => {
    const d = routeCase(make({ receivedOn, authority: "subordinate" }));
    expect(d.notifyBy?.date).toBe(due);
    expect(d.notifyBy?.workingDays).toBe(10);
    expect(d.notifyBy?.calendar.includesHolidays).toBe(true);
  });

  it("says so when the calendar knows weekends only", () => {
    const d = routeCase(make({ receivedOn: "2026-02-12", authority: "own" }), { calendar: WEEKENDS_ONLY_CALENDAR });
    expect(d.notifyBy?.date).toBe("2026-02-26");
    expect(d.notifyBy?.reason).toContain("chưa trừ ngày nghỉ lễ, Tết");
  });

  it("skips the holidays of the calendar given", () => {
    const calendar: WorkingDayCalendar = {
      id: "t",
      label: "t",
      includesHolidays: true,
      // Weekends and a day off on Monday 09/03.
      isWorkingDay: (d) => ![0, 6].includes(getWeekday(d)) && d !== "2026-03-09",
    };
    const d = routeCase(make({ receivedOn: "2026-03-06", authority: "own" }), { calendar });
    expect(d.notifyBy?.date).toBe("2026-03-23");
    expect(d.notifyBy?.reason).toBe(
      "Thông báo bằng văn bản cho người gửi trong 10 ngày làm việc kể từ ngày tiếp nhận (06/03/2026), chậm nhất 23/03/2026.",
    );
  });

  it("has no notice for an anonymous sender, nor under the State rule set", () => {
    expect(routeCase(make({ anonymous: true, authority: "own" })).notifyBy).toBeNull();
    expect(routeCase(make({ authority: "own" }), { side: "state" }).notifyBy).toBeNull();
  });
});

describe("Luật Tố cáo 2018 Điều 25: anonymous denunciations", () => {
  it.each([
    { contentClear: undefined, authority: "own", route: "archive" },
    { contentClear: false, authority: "own", route: "archive" },
    { contentClear: true, authority: "own", route: "handle" },
    { contentClear: true, authority: "none", route: "direct" },
    { contentClear: true, authority: undefined, route: "direct" },
  ] as const)("content clear = $contentClear, authority $authority → $route", ({ contentClear, authority, route }) => {
    const d = routeCase(
      make({ kinds: ["denunciation"], anonymous: true, ...(authority ? { authority } : {}) }),
      contentClear === undefined ? {} : { contentClear },
    );
    expect(d.route).toBe(route);
    expect(d.source.clause).toBe("Điều 25");
    expect(d.immediate).toBe(false);
    expect(d.notifyBy).toBeNull();
    expect(d.confidential).toBe(true);
  });
});

describe("TT 05/2021/TT-TTCP Điều 15: complaints and denunciations about Party members go to Party bodies", () => {
  it("directs it to a Party body even when recorded as outside the scope", () => {
    const d = routeCase(make({ kinds: ["complaint"], subjectIsPartyMember: true, authority: "none" }));
    expect(d.route).toBe("direct");
    expect(d.partyBody).toBe(true);
    expect(d.advisers.map((a) => a.lead)).toEqual(["Ban Nội chính", "Ủy ban Kiểm tra cấp ủy"]);
    expect(d.reasons.map((r) => r.source.document)).toContain("Thông tư 05/2021/TT-TTCP");
  });

  it("handled within one's own authority, the reasons do not also say to transfer the case (review s21 C11)", () => {
    const d = routeCase(make({ kinds: ["complaint"], subjectIsPartyMember: true, authority: "own" }), {
      side: "state",
    });
    expect(d.route).toBe("handle");
    const texts = d.reasons.map((r) => r.text);
    expect(texts).toContain(
      "Vụ việc liên quan đảng viên: giải quyết theo thẩm quyền; nội dung thuộc trách nhiệm của đảng viên thì chuyển tổ chức đảng có thẩm quyền (ủy ban kiểm tra cấp ủy) xem xét theo quy định của Đảng.",
    );
    expect(texts.some((t) => t.startsWith("Khiếu nại, tố cáo đối với đảng viên: chuyển"))).toBe(false);
  });

  it("does not apply to a petition about a Party member", () => {
    const d = routeCase(make({ kinds: ["petition"], subjectIsPartyMember: true, authority: "none" }));
    expect(d.route).toBe("guide");
    expect(d.partyBody).toBe(false);
  });
});

describe("Kế hoạch 97-KH/TU mục I.3–I.5: who advises", () => {
  it("adds the police Party committee when there is a security risk", () => {
    const d = routeCase(make({ authority: "own", securityRisk: true }));
    expect(d.advisers.map((a) => [a.matter, a.lead])).toEqual([
      ["general", "Ban Nội chính"],
      ["security", "Đảng ủy Công an"],
    ]);
  });

  it("takes an adviser table from the context", () => {
    const d = routeCase(make({ authority: "own" }), {
      advisers: [
        {
          matter: "general",
          lead: "Văn phòng Tỉnh ủy",
          assist: [],
          source: {
            document: "Quy chế",
            clause: "Điều 1",
            issuedOn: "2026-01-01",
            effectiveFrom: "2026-01-01",
            verified: true,
          },
        },
      ],
    });
    expect(d.advisers.map((a) => a.lead)).toEqual(["Văn phòng Tỉnh ủy"]);
  });
});

describe("Luật Tố cáo 2018 Điều 9, 47, 56: a denunciation is confidential", () => {
  it("says so in the reasons, also when it is a complaint as well", () => {
    const d = routeCase(make({ kinds: ["complaint", "denunciation"], authority: "subordinate" }));
    expect(d.confidential).toBe(true);
    expect(d.reasons.at(-1)?.text).toBe(
      "Tố cáo: giữ bí mật họ tên, địa chỉ, bút tích của người tố cáo; khi chuyển đơn phải lược bỏ các thông tin này.",
    );
  });
});

describe("Luật Tố cáo 2018 Điều 24: a denunciation outside the competence", () => {
  it.each([
    { channel: "letter", route: "direct", clause: "khoản 2 Điều 24" },
    { channel: "online", route: "direct", clause: "khoản 2 Điều 24" },
    { channel: "transferred", route: "direct", clause: "khoản 2 Điều 24" },
    { channel: "inPerson", route: "guide", clause: "khoản 2 Điều 24" },
  ] as const)("received by $channel → $route ($clause)", ({ channel, route, clause }) => {
    const d = routeCase(make({ kinds: ["denunciation"], authority: "none", channel }));
    expect([d.route, d.source.clause]).toEqual([route, clause]);
  });

  it("a petition outside the competence is still guided, whatever its channel", () => {
    expect(routeCase(make({ kinds: ["petition"], authority: "none", channel: "letter" })).route).toBe("guide");
  });
});

describe("QĐ 11-QĐi/TW dates from 18/02/2019; Luật Tiếp công dân from 01/7/2014", () => {
  it("refuses a case received before the side's first rule set, naming the way out", () => {
    expect(() => routeCase(make({ receivedOn: "2014-06-30" }), { side: "state" })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: routeCase: no state rule set is in force on 2014-06-30 (the earliest bundled one, luat-tcd-2013, is in force from 2014-07-01); pass the ruleSet option to judge the case under a text you choose]`,
    );
    const d = routeCase(make({ receivedOn: "2018-11-05", authority: "own" }), { ruleSet: QD11_2019_RULES });
    expect([d.route, d.ruleSetId]).toEqual(["handle", "qd11-2019"]);
  });
});

describe("describeRoute", () => {
  it.each([
    ["handle", "Giải quyết theo thẩm quyền"],
    ["direct", "Chỉ đạo, chuyển cơ quan có thẩm quyền"],
    ["guide", "Hướng dẫn người dân"],
    ["archive", "Lưu đơn"],
  ] as const)("%s → %s", (route, label) => {
    expect(describeRoute(route)).toBe(label);
  });
});
