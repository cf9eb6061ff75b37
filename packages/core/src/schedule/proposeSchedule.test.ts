import { describe, expect, it } from "vitest";
import { isWorkingDay, WEEKENDS_ONLY_CALENDAR } from "../calendar/workingDays.js";
import { getWeekday } from "../date/plainDate.js";
import { proposeSchedule } from "./proposeSchedule.js";

const province = { id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province" };
const commune = { id: "xa", name: "Đảng ủy xã An Bình", level: "commune" };

function perMonth(dates: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of dates) out[d.slice(0, 7)] = (out[d.slice(0, 7)] ?? 0) + 1;
  return out;
}

describe("QĐ 11-QĐi/TW khoản 1 Điều 4 (KL 215-KL/TW): a year's schedule meets the minimum on working days", () => {
  it.each([
    { unit: province, perMonthCount: 1, total: 12 },
    { unit: commune, perMonthCount: 2, total: 24 },
  ])("$unit.level: $perMonthCount day(s) in every month", ({ unit, perMonthCount, total }) => {
    const r = proposeSchedule({ unit, year: 2026 });
    expect(r.sessions).toHaveLength(total);
    expect(Object.values(perMonth(r.sessions.map((s) => s.date)))).toEqual(Array(12).fill(perMonthCount));
    for (const s of r.sessions) expect([0, 6]).not.toContain(getWeekday(s.date));
    expect(new Set(r.sessions.map((s) => s.date)).size).toBe(total);
  });

  it("spreads two days evenly (around the 8th and the 23rd of a 31-day month)", () => {
    const r = proposeSchedule({ unit: commune, year: 2026 });
    expect(r.sessions.filter((s) => s.month === "2026-03").map((s) => s.date)).toEqual(["2026-03-09", "2026-03-24"]);
  });

  it("keeps a fixed weekday: the 2nd and 4th Thursdays", () => {
    const r = proposeSchedule({ unit: commune, year: 2026, weekday: 4 });
    expect(r.sessions.slice(0, 4).map((s) => s.date)).toEqual(["2026-01-08", "2026-01-22", "2026-02-12", "2026-02-26"]);
    expect(r.sessions[0]?.reason).toMatchInlineSnapshot(
      `"thứ Năm thứ 2 của tháng; người đứng đầu cấp ủy cấp xã ít nhất 2 ngày/tháng (khoản 1 Điều 4 Quy định 11-QĐi/TW, sửa đổi theo Kết luận 215-KL/TW)."`,
    );
  });

  it("keeps a fixed day of the month and moves it off weekends", () => {
    const r = proposeSchedule({ unit: province, year: 2026, dayOfMonth: 15 });
    // 15/02/2026 and 15/03/2026 are Sundays, 15/08/2026 a Saturday; 16–20/02/2026 is the Tết break.
    expect(r.sessions.map((s) => s.date)).toEqual([
      "2026-01-15",
      "2026-02-23",
      "2026-03-16",
      "2026-04-15",
      "2026-05-15",
      "2026-06-15",
      "2026-07-15",
      "2026-08-17",
      "2026-09-15",
      "2026-10-15",
      "2026-11-16",
      "2026-12-15",
    ]);
    expect(r.sessions[1]?.reason).toContain("chuyển sang ngày làm việc gần nhất");
  });

  it("notes that a fixed day of the month does not fit a two-day minimum", () => {
    const r = proposeSchedule({ unit: commune, year: 2026, dayOfMonth: 15 });
    expect(r.notes).toContain(
      "Ngày cố định 15 hằng tháng chỉ dùng khi mức tối thiểu là 1 ngày/tháng; ở đây các ngày được chia đều trong tháng.",
    );
  });

  it("marks the weekends-only calendar and honours a calendar with holidays", () => {
    expect(proposeSchedule({ unit: province, year: 2026 }).notes).toEqual([]);
    expect(proposeSchedule({ unit: province, year: 2026, calendar: WEEKENDS_ONLY_CALENDAR }).notes[0]).toBe(
      "Lịch dự kiến mới trừ thứ Bảy, Chủ nhật; cần đối chiếu với ngày nghỉ lễ, Tết của năm 2026 trước khi công bố.",
    );
    const holidays = new Set(["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"]);
    const r = proposeSchedule({
      unit: province,
      year: 2026,
      calendar: {
        id: "t",
        label: "t",
        includesHolidays: true,
        isWorkingDay: (d) => ![0, 6].includes(getWeekday(d)) && !holidays.has(d),
      },
    });
    expect(r.notes).toEqual([]);
    expect(r.sessions.find((s) => s.month === "2026-02")?.date).toBe("2026-02-23");
  });

  it("notes months without a minimum for the level (district under KL 215-KL/TW)", () => {
    const r = proposeSchedule({ unit: { id: "h", name: "H", level: "district" }, year: 2026 });
    expect(r.sessions).toEqual([]);
    expect(r.notes).toHaveLength(12);
  });

  it.each([
    { year: 1899, weekday: undefined, dayOfMonth: undefined },
    { year: 2026, weekday: 6, dayOfMonth: undefined },
    { year: 2026, weekday: undefined, dayOfMonth: 31 },
  ])("throws a RangeError for year $year, weekday $weekday, day $dayOfMonth", ({ year, weekday, dayOfMonth }) => {
    expect(() =>
      proposeSchedule({ unit: province, year, ...(weekday ? { weekday } : {}), ...(dayOfMonth ? { dayOfMonth } : {}) }),
    ).toThrow(RangeError);
  });
});

describe("Luật Tiếp công dân 2013 điểm d khoản 2 Điều 15: one day every week until 30/06/2026; Luật 136/2025/QH15: two days a month from 01/07/2026", () => {
  it("proposes one working day in each week to June, then two days a month, on the weekday asked", () => {
    const r = proposeSchedule({
      unit: { id: "ubnd", name: "UBND xã", level: "commune", side: "state" },
      year: 2026,
      weekday: 3,
    });
    // 26 weeks start on a Monday from 05/01 to 29/06/2026; the week of 16/02 is all Tết, so it has no working day; the
    // week of 29/06 has two days under the weekly minimum (to 30/06), so it is not a week of it (review s23 D23-1: a
    // day was proposed on 01/07 under the repealed rule, counted for June).
    const weekly = r.sessions.filter((s) => s.month <= "2026-06");
    expect(weekly).toHaveLength(24);
    expect(weekly.at(-1)?.date).toBe("2026-06-24");
    // Neither asks for a day, as checkSessionCompliance judges them (review s21 C18, s22b W2): said so, not as failures.
    expect(r.notes).toEqual([
      "Tháng 2/2026: tuần bắt đầu 16/02 không có ngày làm việc nên không bố trí ngày tiếp và không tính số ngày tối thiểu.",
      "Tháng 6/2026: tuần bắt đầu 29/06 chỉ có một phần thuộc thời gian áp dụng mức tối thiểu theo tuần (đến 30/06/2026) nên không bố trí ngày tiếp theo mức tuần.",
    ]);
    expect(r.sessions.every((s) => isWorkingDay(s.date))).toBe(true);
    expect(r.sessions.every((s) => getWeekday(s.date) === 3)).toBe(true);
    expect(r.sessions[0]?.date).toBe("2026-01-07");
    // July–December: two days a month under the amended Điều 15.
    const monthly = r.sessions.filter((s) => s.month >= "2026-07");
    expect(monthly).toHaveLength(12);
    expect(monthly.map((s) => s.ruleSetId)).toEqual(Array(12).fill("luat-tcd-136-2025"));
    expect(monthly.slice(0, 2).map((s) => s.date)).toEqual(["2026-07-08", "2026-07-22"]);
  });
});

describe("docs/legal-sources.md, a year without a days-off notice: the Labour Code fallback is said (review s23 D23-3)", () => {
  it("2027 (no notice bundled) carries the note; 2026 (notice bundled) and a calendar without holidays do not", () => {
    const r = proposeSchedule({ unit: province, year: 2027, weekday: 2 });
    expect(r.daysOffNote).toBe(
      "Năm 2027 chưa có thông báo lịch nghỉ lễ, Tết của cán bộ, công chức trong lịch của công cụ: ngày nghỉ được tính theo Bộ luật Lao động 2019 (Điều 111, Điều 112), cần đối chiếu với thông báo khi có trước khi công bố lịch.",
    );
    expect(r.notes).toContain(r.daysOffNote);
    expect(proposeSchedule({ unit: province, year: 2026, weekday: 2 }).daysOffNote).toBeUndefined();
    const plain = proposeSchedule({ unit: province, year: 2027, weekday: 2, calendar: WEEKENDS_ONLY_CALENDAR });
    expect(plain.daysOffNote).toBeUndefined();
  });
});

describe("misuse of the unit", () => {
  it.each([
    () => proposeSchedule({ unit: { id: "x", name: "X", level: "commune", remote: true } as never, year: 2026 }),
    () => proposeSchedule({ unit: { id: "", name: "X", level: "commune" }, year: 2026 }),
  ])("an invalid unit is a RangeError naming the call (%#)", (fn) => {
    expect(fn).toThrow(/^proposeSchedule: invalid unit/);
    expect(fn).toThrow(RangeError);
  });
});
