import { describe, expect, it } from "vitest";
import { WEEKENDS_ONLY_CALENDAR, type WorkingDayCalendar } from "../calendar/workingDays.js";
import { nextSessionDue } from "./nextSessionDue.js";

const province = { id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province" };
const commune = { id: "xa", name: "Đảng ủy xã An Bình", level: "commune" };

describe("QĐ 11-QĐi/TW khoản 1 Điều 4: when the next scheduled reception is due", () => {
  it.each([
    {
      name: "province, month done → next month (30/04 is a holiday)",
      unit: province,
      dates: ["2026-03-10"],
      asOf: "2026-03-20",
      window: "2026-04",
      due: "2026-04-29",
      remaining: 1,
      late: false,
    },
    {
      name: "province, month not done → this month",
      unit: province,
      dates: [],
      asOf: "2026-03-20",
      window: "2026-03",
      due: "2026-03-31",
      remaining: 1,
      late: false,
    },
    {
      name: "commune, one of two held",
      unit: commune,
      dates: ["2026-03-05"],
      asOf: "2026-03-20",
      window: "2026-03",
      due: "2026-03-31",
      remaining: 1,
      late: false,
    },
    {
      name: "last working day falls before a weekend month end",
      unit: province,
      dates: [],
      asOf: "2026-05-04",
      window: "2026-05",
      due: "2026-05-29",
      remaining: 1,
      late: false,
    },
    {
      name: "asOf after the last working day, still missing",
      unit: province,
      dates: [],
      asOf: "2026-05-30",
      window: "2026-05",
      due: "2026-05-29",
      remaining: 1,
      late: true,
    },
  ])("$name", ({ unit, dates, asOf, window, due, remaining, late }) => {
    const r = nextSessionDue({
      unit,
      sessions: dates.map((date, i) => ({ id: `B${i}`, date, kind: "scheduled" as const })),
      asOf,
    });
    expect(r).not.toBeNull();
    expect(r?.window.month).toBe(window);
    expect(r?.dueBy).toBe(due);
    expect(r?.remainingDays).toBe(remaining);
    expect(r?.late).toBe(late);
  });

  it("explains itself and says when the calendar knows no holidays", () => {
    const r = nextSessionDue({
      unit: commune,
      sessions: [{ id: "B1", date: "2026-03-05", kind: "scheduled" }],
      asOf: "2026-03-20",
      calendar: WEEKENDS_ONLY_CALENDAR,
    });
    expect(r?.reason).toMatchInlineSnapshot(
      `"Người đứng đầu cấp ủy cấp xã tiếp dân định kỳ ít nhất 2 ngày trong 1 tháng (khoản 1 Điều 4 Quy định 11-QĐi/TW, sửa đổi theo Kết luận 215-KL/TW). Từ 01/03/2026 đến 31/03/2026 đã tiếp 1 ngày, còn 1 ngày, hạn chậm nhất 31/03/2026. Lịch: Chỉ trừ thứ Bảy, Chủ nhật; chưa trừ ngày nghỉ lễ, Tết."`,
    );
  });

  it("uses the calendar given (a holiday on the last day moves the due date back)", () => {
    const calendar: WorkingDayCalendar = {
      id: "test",
      label: "Lịch thử",
      includesHolidays: true,
      isWorkingDay: (d) => d !== "2026-04-30" && d !== "2026-04-29",
    };
    const r = nextSessionDue({ unit: province, sessions: [], asOf: "2026-04-02", calendar });
    expect(r?.dueBy).toBe("2026-04-28");
    expect(r?.reason).not.toContain("Lịch:");
  });

  it("ignores ad hoc sessions and other units' sessions", () => {
    const r = nextSessionDue({
      unit: province,
      sessions: [
        { id: "A", date: "2026-03-03", kind: "adHoc" },
        { id: "B", date: "2026-03-04", kind: "scheduled", unit: "Xã Hòa Lạc" },
      ],
      asOf: "2026-03-20",
    });
    expect(r?.window.month).toBe("2026-03");
    expect(r?.heldDays).toBe(0);
  });

  it("returns null when no minimum applies to the level (district after KL 215-KL/TW)", () => {
    expect(
      nextSessionDue({ unit: { id: "h", name: "H", level: "district" }, sessions: [], asOf: "2026-03-20" }),
    ).toBeNull();
  });

  it("returns null before any rule set was in force", () => {
    expect(nextSessionDue({ unit: province, sessions: [], asOf: "2018-12-20" })).toBeNull();
  });

  it("throws a RangeError naming a session dated otherwise than YYYY-MM-DD, which counted for nothing (review s21 C20)", () => {
    expect(() =>
      nextSessionDue({
        unit: { id: "tu", name: "Tỉnh ủy", level: "province" },
        sessions: [{ id: "B1", date: "2026-3-10", kind: "scheduled" } as never],
        asOf: "2026-03-20",
      }),
    ).toThrow('nextSessionDue: session "B1" has date "2026-3-10", not YYYY-MM-DD');
  });

  it("throws a RangeError for a bad asOf", () => {
    expect(() => nextSessionDue({ unit: province, sessions: [], asOf: "20/03/2026" })).toThrow(RangeError);
  });
});

describe("Luật Tiếp công dân 2013 điểm d khoản 2 Điều 15: weekly minimum", () => {
  const ubnd = { id: "ubnd", name: "UBND xã An Bình", level: "commune", side: "state" as const };
  it.each([
    { dates: [], asOf: "2026-06-10", from: "2026-06-08", due: "2026-06-12" },
    { dates: ["2026-06-09"], asOf: "2026-06-10", from: "2026-06-15", due: "2026-06-19" },
    // The Tết break (16–22/02/2026) has no working day and asks for none: the next week is due on its last working day.
    { dates: ["2026-02-10"], asOf: "2026-02-16", from: "2026-02-23", due: "2026-02-27" },
    { dates: ["2026-02-10"], asOf: "2026-02-12", from: "2026-02-23", due: "2026-02-27" },
  ])("with $dates held on $asOf, the window starts $from and is due $due", ({ dates, asOf, from, due }) => {
    const r = nextSessionDue({
      unit: ubnd,
      sessions: dates.map((date) => ({ id: date, date, kind: "scheduled" as const })),
      asOf,
    });
    expect(r?.window).toMatchObject({ from, per: "week" });
    expect(r?.dueBy).toBe(due);
  });
});

describe("Luật 136/2025/QH15 (from 01/07/2026, the commune chair's 2 days a month): the window after the change (review s21 C4)", () => {
  it("a week kept on 30/06/2026 is followed by July as a whole, due on its last working day", () => {
    const r = nextSessionDue({
      unit: { id: "ubnd", name: "UBND xã An Bình", level: "commune", side: "state" },
      sessions: [{ id: "B1", date: "2026-06-30", kind: "scheduled" }],
      asOf: "2026-06-30",
    });
    expect(r?.window).toEqual({ from: "2026-07-01", to: "2026-07-31", per: "month", month: "2026-07" });
    expect(r?.requiredDays).toBe(2);
    expect(r?.dueBy).toBe("2026-07-31");
  });

  it("the week of 29/06/2026, under the weekly minimum only to 30/06, asks for no day: July is next (review s23 D23-1)", () => {
    const unit = { id: "ubnd", name: "UBND xã An Bình", level: "commune", side: "state" } as const;
    const r = nextSessionDue({
      unit,
      sessions: [{ id: "B1", date: "2026-06-22", kind: "scheduled" }],
      asOf: "2026-06-30",
    });
    expect(r?.window).toEqual({ from: "2026-07-01", to: "2026-07-31", per: "month", month: "2026-07" });
    expect(r?.source.document).toMatch(/136\/2025\/QH15/);
    expect(r?.late).toBe(false);
    // A week before it is still judged by the weekly minimum.
    const before = nextSessionDue({ unit, sessions: [], asOf: "2026-06-24" });
    expect(before?.window).toEqual({ from: "2026-06-22", to: "2026-06-28", per: "week", month: "2026-06" });
  });
});
