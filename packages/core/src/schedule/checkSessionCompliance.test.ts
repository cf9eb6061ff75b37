import { describe, expect, it } from "vitest";
import { WEEKENDS_ONLY_CALENDAR } from "../calendar/workingDays.js";
import { LUAT_TCD_2013_TWO_TIER_RULES, QD11_2019_RULES } from "../rules/ruleSets.js";
import type { ReceptionSession } from "../schemas/session.js";
import { checkSessionCompliance, lastDayJudged, type MonthCompliance } from "./checkSessionCompliance.js";
import { proposeSchedule } from "./proposeSchedule.js";

const s = (date: string, kind: ReceptionSession["kind"] = "scheduled", unit?: string): ReceptionSession => ({
  id: `${date}-${kind}`,
  date,
  kind,
  ...(unit ? { unit } : {}),
});

describe("QĐ 11-QĐi/TW khoản 1 Điều 4 (18/02/2019): minimum reception days by level", () => {
  it.each([
    { level: "province", sessions: 0, required: 1, shortfall: 1 },
    { level: "province", sessions: 1, required: 1, shortfall: 0 },
    { level: "district", sessions: 0, required: 1, shortfall: 1 },
    { level: "district", sessions: 1, required: 1, shortfall: 0 },
    { level: "commune", sessions: 1, required: 2, shortfall: 1 },
    { level: "commune", sessions: 2, required: 2, shortfall: 0 },
    { level: "commune", sessions: 3, required: 2, shortfall: 0 },
  ])(
    "$level with $sessions scheduled day(s) in March 2024: required $required, shortfall $shortfall",
    ({ level, sessions, required, shortfall }) => {
      const days = ["2024-03-05", "2024-03-12", "2024-03-19"].slice(0, sessions).map((d) => s(d));
      const r = checkSessionCompliance({
        unit: { id: "u", name: "Đơn vị", level },
        sessions: days,
        from: "2024-03-01",
        to: "2024-03-31",
      });
      expect(r.months).toHaveLength(1);
      expect(r.months[0]).toMatchObject({
        month: "2024-03",
        ruleSetId: "qd11-2019",
        requiredDays: required,
        shortfall,
        compliant: shortfall === 0,
      });
      expect(r.monthsShort).toEqual(shortfall > 0 ? ["2024-03"] : []);
    },
  );
});

describe("two-tier local government (01/7/2025), then KL 215-KL/TW (23/11/2025) amending khoản 1 Điều 4: the district level is removed", () => {
  it("judges each month under the rule set in force on its first day", () => {
    const r = checkSessionCompliance({
      unit: { id: "h", name: "Huyện ủy cũ", level: "district" },
      sessions: [],
      from: "2025-06-01",
      to: "2025-12-31",
    });
    expect(r.months.map((m) => [m.month, m.ruleSetId, m.requiredDays])).toEqual([
      ["2025-06", "qd11-2019", 1],
      ["2025-07", "qd11-2019-hai-cap", null],
      ["2025-08", "qd11-2019-hai-cap", null],
      ["2025-09", "qd11-2019-hai-cap", null],
      ["2025-10", "qd11-2019-hai-cap", null],
      ["2025-11", "qd11-2019-hai-cap", null],
      ["2025-12", "qd11-kl215-2025", null],
    ]);
    expect(r.months[6]?.reason).toMatchInlineSnapshot(
      `"Quy định 11-QĐi/TW, sửa đổi theo Kết luận 215-KL/TW ngày 23/11/2025 của Bộ Chính trị không quy định số ngày tiếp dân tối thiểu cho cấp huyện (cấp huyện đã kết thúc hoạt động từ ngày 01/07/2025)."`,
    );
    expect(r.monthsShort).toEqual(["2025-06"]);
    expect(r.requiredDays).toBe(1);
  });

  it("a month the range covers in part is not short yet, in the totals as in summarizeStats (review s21 C17)", () => {
    const r = checkSessionCompliance({
      unit: { id: "tu", name: "Tỉnh ủy", level: "province" },
      sessions: [],
      from: "2026-02-01",
      to: "2026-03-10",
    });
    expect(r.months.map((m) => [m.month, m.complete, m.compliant])).toEqual([
      ["2026-02", true, false],
      ["2026-03", false, false],
    ]);
    expect(r.monthsShort).toEqual(["2026-02"]);
    expect(r.shortfall).toBe(1);
  });

  it("a level the rule set does not name is quoted, with the levels it names (review s21 C10)", () => {
    const r = checkSessionCompliance({
      unit: { id: "tu", name: "Tỉnh ủy", level: "Tỉnh" },
      sessions: [],
      from: "2026-03-01",
      to: "2026-03-31",
    });
    expect(r.months[0]?.requiredDays).toBeNull();
    expect(r.months[0]?.reason).toContain(
      "cho cấp “Tỉnh” (cấp mà văn bản quy định: “province”, “commune”; kiểm tra “level” của đơn vị).",
    );
  });

  it.each([
    { level: "province", required: 1 },
    { level: "commune", required: 2 },
  ])("keeps $level at $required day(s) a month in 2026", ({ level, required }) => {
    const r = checkSessionCompliance({
      unit: { id: "u", name: "U", level },
      sessions: [],
      from: "2026-01-01",
      to: "2026-01-31",
    });
    expect(r.months[0]).toMatchObject({ ruleSetId: "qd11-kl215-2025", requiredDays: required, shortfall: required });
  });
});

describe("QĐ 11-QĐi/TW khoản 1 Điều 4: only scheduled (định kỳ) days count toward the minimum", () => {
  it("counts ad hoc sessions beside the minimum and each day once", () => {
    const r = checkSessionCompliance({
      unit: { id: "xa-an-binh", name: "Đảng ủy xã An Bình", level: "commune" },
      sessions: [s("2026-03-10"), s("2026-03-10"), s("2026-03-11", "adHoc"), s("2026-03-12", "adHoc")],
      from: "2026-03-01",
      to: "2026-03-31",
    });
    expect(r.months[0]).toMatchInlineSnapshot(`
      {
        "adHocSessions": 2,
        "byOthers": 0,
        "complete": true,
        "compliant": false,
        "month": "2026-03",
        "reason": "Người đứng đầu cấp ủy cấp xã tiếp dân định kỳ ít nhất 2 ngày trong 1 tháng (khoản 1 Điều 4 Quy định 11-QĐi/TW, sửa đổi theo Kết luận 215-KL/TW); tháng 3/2026 có 1 ngày tiếp định kỳ, thiếu 1 ngày. Ngoài ra có 2 buổi tiếp đột xuất (không tính vào số ngày định kỳ).",
        "requiredDays": 2,
        "ruleSetId": "qd11-kl215-2025",
        "scheduledDates": [
          "2026-03-10",
        ],
        "scheduledDays": 1,
        "shortfall": 1,
        "source": {
          "clause": "khoản 1 Điều 4",
          "document": "Quy định 11-QĐi/TW, sửa đổi theo Kết luận 215-KL/TW",
          "effectiveFrom": "2025-11-23",
          "issuedOn": "2025-11-23",
          "note": "Bỏ cấp huyện (sửa khoản 2 Điều 1). Ngày hiệu lực chưa đối chiếu được với văn bản; áp dụng từ ngày ký (23/11/2025) theo thông lệ văn bản của Đảng.",
          "quote": "a) Người đứng đầu cấp ủy cấp tỉnh tiếp dân ít nhất 1 ngày trong 1 tháng; b) Người đứng đầu cấp ủy cấp xã tiếp dân ít nhất 2 ngày trong 1 tháng. Người đứng đầu cấp ủy bố trí và công bố công khai thời gian cố định tiếp dân trong tháng.",
          "verified": true,
        },
      }
    `);
  });

  it("leaves out sessions of other units, matching id, name or alias whatever the case and spacing", () => {
    const r = checkSessionCompliance({
      unit: { id: "xa-an-binh", name: "Đảng ủy xã An Bình", level: "commune", aliases: ["Xã An Bình"] },
      sessions: [
        s("2026-04-02", "scheduled", "XA-AN-BINH"),
        s("2026-04-09", "scheduled", "xã  an bình"),
        s("2026-04-16", "scheduled", "Xã Hòa Lạc"),
      ],
      from: "2026-04-01",
      to: "2026-04-30",
    });
    expect(r.months[0]?.scheduledDates).toEqual(["2026-04-02", "2026-04-09"]);
    expect(r.months[0]?.compliant).toBe(true);
  });

  it("marks months that the range covers only in part", () => {
    const r = checkSessionCompliance({
      unit: { id: "t", name: "T", level: "province" },
      sessions: [s("2025-12-20")],
      from: "2025-12-15",
      to: "2026-01-14",
    });
    expect(r.months.map((m) => [m.month, m.complete, m.compliant])).toEqual([
      ["2025-12", false, true],
      ["2026-01", false, false],
    ]);
    expect(r.months[1]?.reason).toContain("chỉ bao gồm một phần tháng (15/12/2025–14/01/2026)");
  });

  it("adds the months up", () => {
    const r = checkSessionCompliance({
      unit: { id: "t", name: "T", level: "commune" },
      sessions: [s("2026-01-08"), s("2026-01-22"), s("2026-02-12"), s("2026-03-05", "adHoc")],
      from: "2026-01-01",
      to: "2026-03-31",
    });
    expect({ ...r, months: r.months.length }).toEqual({
      unitId: "t",
      months: 3,
      requiredDays: 6,
      scheduledDays: 3,
      adHocSessions: 1,
      shortfall: 3,
      monthsShort: ["2026-02", "2026-03"],
    });
  });
});

describe("Luật Tiếp công dân 2013 điểm d khoản 2 Điều 15: commune chair at least 1 day a week", () => {
  it("judges each week whose Monday lies in the month", () => {
    // June 2026: Mondays 1, 8, 15, 22, 29.
    const r = checkSessionCompliance({
      unit: { id: "ubnd-xa", name: "UBND xã An Bình", level: "commune", side: "state" },
      sessions: [s("2026-06-02"), s("2026-06-10"), s("2026-06-11"), s("2026-06-30")],
      from: "2026-06-01",
      to: "2026-06-30",
    });
    const m = r.months[0];
    expect(m?.ruleSetId).toBe(LUAT_TCD_2013_TWO_TIER_RULES.id);
    // Four whole weeks; the week of 29/06, cut on 30/06 when the weekly minimum ends, asks for no day.
    expect(m?.requiredDays).toBe(4);
    expect(m?.weeks?.map((w) => [w.weekStart, w.scheduledDays, w.shortfall])).toEqual([
      ["2026-06-01", 1, 0],
      ["2026-06-08", 2, 0],
      ["2026-06-15", 0, 1],
      ["2026-06-22", 0, 1],
      ["2026-06-29", 1, 0],
    ]);
    expect(m?.shortfall).toBe(2);
    expect(m?.reason).toContain("các tuần bắt đầu 15/06/2026, 22/06/2026 chưa đạt");
  });

  it("the weekly minimum ends on 30/06/2026 (Luật 136/2025/QH15): the week of 29/06 counts 29–30/06 only, a July day counts for July alone (review s22 V10)", () => {
    const unit = { id: "ubnd-xa", name: "UBND xã An Bình", level: "commune", side: "state" as const };
    const r = checkSessionCompliance({
      unit,
      sessions: ["2026-06-02", "2026-06-09", "2026-06-16", "2026-06-23", "2026-07-02", "2026-07-09"].map((d) => s(d)),
      from: "2026-06-01",
      to: "2026-07-31",
    });
    const [june, july] = r.months;
    expect(june?.weeks?.at(-1)).toEqual({
      weekStart: "2026-06-29",
      weekEnd: "2026-06-30",
      scheduledDays: 0,
      requiredDays: 0,
      shortfall: 0,
    });
    // A chair receiving every Tuesday until June met the weekly minimum (review s22b W2: the two-day "week" was a breach).
    expect(june?.compliant).toBe(true);
    expect(june?.reason).toContain(
      "Tuần bắt đầu 29/06/2026 (đến 30/06/2026) chỉ có một phần thuộc thời gian áp dụng mức tối thiểu theo tuần nên không tính số ngày tối thiểu.",
    );
    expect(june?.scheduledDates).toEqual(["2026-06-02", "2026-06-09", "2026-06-16", "2026-06-23"]);
    expect(lastDayJudged(june as MonthCompliance)).toBe("2026-06-30");
    expect(july).toMatchObject({ requiredDays: 2, scheduledDays: 2, compliant: true });
    // Each day counted once in the whole: the six days held.
    expect(r.scheduledDays).toBe(6);
  });

  it("the weekly minimum goes on across the rule sets of 2025 (review s22b W1): the week of 30/06/2025 is whole", () => {
    const unit = { id: "ubnd-xa", name: "UBND xã An Bình", level: "commune", side: "state" as const };
    // Every Thursday: 26/06 and 03/07/2025.
    const r = checkSessionCompliance({
      unit,
      sessions: [s("2025-06-26"), s("2025-07-03")],
      from: "2025-06-30",
      to: "2025-07-06",
    });
    const june = r.months[0];
    expect(june?.weeks?.at(-1)).toEqual({
      weekStart: "2025-06-30",
      weekEnd: "2025-07-06",
      scheduledDays: 1,
      requiredDays: 1,
      shortfall: 0,
    });
    expect(lastDayJudged(june as MonthCompliance)).toBe("2025-07-06");
  });

  it("a weekly month is judged once its last week has ended: March 2026 on 05/04 (review s21 C2, s22 V11)", () => {
    const unit = { id: "ubnd-xa", name: "UBND xã An Bình", level: "commune", side: "state" as const };
    const r = checkSessionCompliance({ unit, sessions: [s("2026-04-02")], from: "2026-03-01", to: "2026-03-31" });
    expect(lastDayJudged(r.months[0] as MonthCompliance)).toBe("2026-04-05");
    expect(r.months[0]?.weeks?.at(-1)).toMatchObject({
      weekStart: "2026-03-30",
      weekEnd: "2026-04-05",
      scheduledDays: 1,
    });
  });

  it.each([
    { year: 2025, month: "2025-01", week: "2025-01-27" },
    { year: 2026, month: "2026-02", week: "2026-02-16" },
  ])(
    "a week with no working day (the Tết break of $year) asks for no day: the schedule proposed for $year is kept",
    ({ year, month, week }) => {
      const unit = { id: "ubnd-xa", name: "UBND xã An Bình", level: "commune", side: "state" as const };
      const sessions = proposeSchedule({ unit, year }).sessions.map((p) => s(p.date));
      const r = checkSessionCompliance({ unit, sessions, from: `${year}-01-01`, to: `${year}-06-30` });
      expect(r.monthsShort).toEqual([]);
      const m = r.months.find((x) => x.month === month);
      expect(m?.weeks?.find((w) => w.weekStart === week)).toMatchObject({ requiredDays: 0, shortfall: 0 });
      expect(m?.reason).toContain(`Tuần bắt đầu ${week.split("-").reverse().join("/")} không có ngày làm việc`);
      // Under a calendar of weekends only, the same week has working days and asks for one.
      const plain = checkSessionCompliance({
        unit,
        sessions,
        from: `${year}-01-01`,
        to: `${year}-06-30`,
        calendar: WEEKENDS_ONLY_CALENDAR,
      });
      expect(plain.monthsShort).toEqual([month]);
    },
  );

  it.each([
    { level: "province", required: 1 },
    { level: "district", required: 2 },
  ])("Luật Tiếp công dân 2013 Điều 12–13: $level chair $required day(s) a month", ({ level, required }) => {
    const r = checkSessionCompliance({
      unit: { id: "u", name: "U", level, side: "state" },
      sessions: [],
      from: "2020-05-01",
      to: "2020-05-31",
    });
    expect(r.months[0]?.requiredDays).toBe(required);
  });
});

describe("checkSessionCompliance: misuse", () => {
  it("forces a rule set when given", () => {
    const r = checkSessionCompliance({
      unit: { id: "h", name: "H", level: "district" },
      sessions: [],
      from: "2026-01-01",
      to: "2026-01-31",
      ruleSet: QD11_2019_RULES,
    });
    expect(r.months[0]?.requiredDays).toBe(1);
  });

  it.each([
    { from: "2026-02-01", to: "2026-01-01" },
    { from: "2026-02-30", to: "2026-03-01" },
  ])("throws a RangeError for the range $from..$to", ({ from, to }) => {
    expect(() =>
      checkSessionCompliance({ unit: { id: "u", name: "U", level: "province" }, sessions: [], from, to }),
    ).toThrow(RangeError);
  });

  it("throws a RangeError for an invalid unit", () => {
    expect(() =>
      checkSessionCompliance({
        unit: { id: "", name: "U", level: "province" },
        sessions: [],
        from: "2026-01-01",
        to: "2026-01-31",
      }),
    ).toThrow(/invalid unit/);
  });
});

describe("before Quy định 11-QĐi/TW (18/02/2019) no minimum applies", () => {
  it("says so for each month instead of failing", () => {
    const r = checkSessionCompliance({
      unit: { id: "t", name: "T", level: "province" },
      sessions: [],
      from: "2019-01-01",
      to: "2019-03-31",
    });
    expect(r.months.map((m) => [m.month, m.ruleSetId, m.requiredDays, m.compliant])).toEqual([
      ["2019-01", null, null, null],
      ["2019-02", null, null, null],
      ["2019-03", "qd11-2019", 1, false],
    ]);
    expect(r.months[0]?.reason).toBe(
      "Chưa có văn bản quy định số ngày tiếp dân tối thiểu có hiệu lực vào ngày 01 tháng 01 năm 2019.",
    );
    expect(r.monthsShort).toEqual(["2019-03"]);
  });
});

describe("Luật 136/2025/QH15 (in force 01/07/2026): the State commune chair at least 2 days a month", () => {
  const s = (date: string): ReceptionSession => ({ id: date, date, kind: "scheduled", unit: "ubnd-xa" });
  it("judges the 2026 year month by month: weekly until June, two days a month from July", () => {
    const r = checkSessionCompliance({
      unit: { id: "ubnd-xa", name: "UBND xã An Bình", level: "commune", side: "state" },
      sessions: [s("2026-06-02"), s("2026-07-07"), s("2026-08-04"), s("2026-08-18")],
      from: "2026-06-01",
      to: "2026-08-31",
    });
    expect(r.months.map((m) => [m.month, m.ruleSetId, m.requiredDays, m.scheduledDays, m.compliant])).toEqual([
      // The week of 29/06 is the weekly minimum's only in part (to 30/06): it asks for no day (review s22b W2).
      ["2026-06", "luat-tcd-2013-hai-cap", 4, 1, false],
      ["2026-07", "luat-tcd-136-2025", 2, 1, false],
      ["2026-08", "luat-tcd-136-2025", 2, 2, true],
    ]);
    expect(r.months[1]?.reason).toMatchInlineSnapshot(
      `"Chủ tịch Ủy ban nhân dân cấp xã tiếp dân định kỳ ít nhất 2 ngày trong 1 tháng (điểm d khoản 2 Điều 15 Luật Tiếp công dân 2013, sửa đổi theo Luật 136/2025/QH15); tháng 7/2026 có 1 ngày tiếp định kỳ, thiếu 1 ngày."`,
    );
  });
});
