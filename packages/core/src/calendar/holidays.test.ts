import { describe, expect, it } from "vitest";
import { getWeekday } from "../date/plainDate.js";
import { DAYS_OFF_NOTICES } from "./daysOffNotices.js";
import { getDaysOffYear, listHolidays } from "./holidays.js";
import { createWorkingDayCalendar } from "./workingDays.js";

const names = (year: number, options = {}) => listHolidays(year, options).map((d) => `${d.date} ${d.kind} ${d.name}`);

describe("yearly notices for civil servants: the primary source of days off", () => {
  it("2026 (Thông báo 9441/TB-BNV; Công văn 12729/VPCP-KGVX): Tết 16–20/02, Quốc khánh 01–02/09, two swaps", () => {
    expect(names(2026)).toMatchInlineSnapshot(`
      [
        "2026-01-01 holiday Tết Dương lịch",
        "2026-01-02 swapped Nghỉ hoán đổi (làm bù ngày 10/01/2026)",
        "2026-02-16 holiday Tết Nguyên đán",
        "2026-02-17 holiday Tết Nguyên đán",
        "2026-02-18 holiday Tết Nguyên đán",
        "2026-02-19 holiday Tết Nguyên đán",
        "2026-02-20 holiday Tết Nguyên đán",
        "2026-04-26 holiday Giỗ Tổ Hùng Vương",
        "2026-04-27 compensatory Nghỉ bù Giỗ Tổ Hùng Vương",
        "2026-04-30 holiday Ngày Chiến thắng",
        "2026-05-01 holiday Ngày Quốc tế lao động",
        "2026-08-31 swapped Nghỉ hoán đổi (làm bù ngày 22/08/2026)",
        "2026-09-01 holiday Quốc khánh",
        "2026-09-02 holiday Quốc khánh",
      ]
    `);
    const y = getDaysOffYear(2026);
    expect(y.basis).toBe("notice");
    expect(y.workedRestDays.map((d) => d.date)).toEqual(["2026-01-10", "2026-08-22"]);
    expect(y.sources.map((s) => s.document)).toEqual([
      "Thông báo 9441/TB-BNV của Bộ Nội vụ về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2026",
      "Công văn 12729/VPCP-KGVX của Văn phòng Chính phủ về hoán đổi ngày làm việc dịp Tết Dương lịch 2026",
    ]);
  });

  it("2025 (Thông báo 6150/TB-LĐTBXH): Tết 27–31/01, 30/4–1/5 with 02/05 swapped for Saturday 26/04", () => {
    const y = getDaysOffYear(2025);
    expect(y.daysOff.filter((d) => d.name === "Tết Nguyên đán").map((d) => d.date)).toEqual([
      "2025-01-27",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
    ]);
    expect(y.workedRestDays).toEqual([{ date: "2025-04-26", name: "Làm bù cho ngày nghỉ hoán đổi 02/05/2025" }]);
  });

  it.each([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])(
    "%i: every holiday of the Labour Code is there, Tết has 5 days",
    (year) => {
      const days = listHolidays(year);
      const count = (name: string) => days.filter((d) => d.kind === "holiday" && d.name === name).length;
      expect(count("Tết Dương lịch")).toBe(1);
      expect(count("Tết Nguyên đán")).toBe(5);
      expect(count("Giỗ Tổ Hùng Vương")).toBe(1);
      expect(count("Ngày Chiến thắng")).toBe(1);
      expect(count("Ngày Quốc tế lao động")).toBe(1);
      expect(count("Quốc khánh")).toBe(year >= 2021 ? 2 : 1);
      // Compensatory and swapped days fall on weekdays.
      for (const d of days.filter((x) => x.kind !== "holiday")) expect([0, 6]).not.toContain(getWeekday(d.date));
    },
  );

  it("a notice that reaches into the year before: 31/12/2018 was swapped for Saturday 05/01/2019", () => {
    const y = getDaysOffYear(2018);
    expect(y.daysOff.find((d) => d.date === "2018-12-31")?.kind).toBe("swapped");
    expect(y.basis).toBe("statute");
    expect(y.sources.map((s) => s.document)).toContain(
      "Thông báo của Bộ Lao động - Thương binh và Xã hội về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2019",
    );
  });
});

describe("Bộ luật Lao động 2019 Điều 112 and khoản 3 Điều 111: the fallback for years without a notice", () => {
  it("2027: 5 Tết days from the last day of the lunar year, Giỗ Tổ on 10/3 lunar, Quốc khánh and an adjacent day, compensatory days", () => {
    const y = getDaysOffYear(2027);
    expect(y.basis).toBe("statute");
    expect(y.sources[0]?.document).toBe("Bộ luật Lao động 2019 (45/2019/QH14)");
    expect(names(2027)).toMatchInlineSnapshot(`
      [
        "2027-01-01 holiday Tết Dương lịch",
        "2027-02-05 holiday Tết Nguyên đán",
        "2027-02-06 holiday Tết Nguyên đán",
        "2027-02-07 holiday Tết Nguyên đán",
        "2027-02-08 holiday Tết Nguyên đán",
        "2027-02-09 holiday Tết Nguyên đán",
        "2027-02-10 compensatory Nghỉ bù Tết Nguyên đán",
        "2027-02-11 compensatory Nghỉ bù Tết Nguyên đán",
        "2027-04-16 holiday Giỗ Tổ Hùng Vương",
        "2027-04-30 holiday Ngày Chiến thắng",
        "2027-05-01 holiday Ngày Quốc tế lao động",
        "2027-05-03 compensatory Nghỉ bù Ngày Quốc tế lao động",
        "2027-09-02 holiday Quốc khánh",
        "2027-09-03 holiday Quốc khánh",
      ]
    `);
    expect(y.note).toContain("Chưa có thông báo nghỉ lễ, Tết năm 2027");
  });

  it.each([
    { year: 2030, weekday: "Monday", adjacent: "2030-09-03" },
    { year: 2031, weekday: "Tuesday", adjacent: "2031-09-01" },
    { year: 2027, weekday: "Thursday", adjacent: "2027-09-03" },
    { year: 2033, weekday: "Friday", adjacent: "2033-09-01" },
  ])("Quốc khánh $year falls on a $weekday: the adjacent day is $adjacent", ({ year, adjacent }) => {
    const days = listHolidays(year).filter((d) => d.name === "Quốc khánh" && d.kind === "holiday");
    expect(days.map((d) => d.date)).toContain(adjacent);
  });

  it("before 2021 (Bộ luật Lao động 2012), Quốc khánh is one day", () => {
    expect(listHolidays(2015).filter((d) => d.name === "Quốc khánh")).toEqual([
      { date: "2015-09-02", name: "Quốc khánh", kind: "holiday" },
    ]);
    expect(getDaysOffYear(2015).sources[0]?.document).toBe("Bộ luật Lao động 2012 (10/2012/QH13)");
  });

  it("statuteOnly ignores the notices; tables of your own come first; a six-day week moves compensatory days", () => {
    expect(getDaysOffYear(2026, { statuteOnly: true }).basis).toBe("statute");
    const own = {
      year: 2026,
      sources: [],
      daysOff: [{ date: "2026-03-08", name: "Ngày nghỉ riêng", kind: "holiday" as const }],
      workedRestDays: [],
    };
    expect(listHolidays(2026, { tables: [own] })).toEqual(own.daysOff);
    // 2027-05-01 is a Saturday: with Sunday as the only rest day it is an ordinary holiday, no compensatory day.
    expect(listHolidays(2027, { weeklyRestDays: [0] }).some((d) => d.name === "Nghỉ bù Ngày Quốc tế lao động")).toBe(
      false,
    );
  });

  it("a Sunday-only week gets the notice's holidays, no swaps, and its own compensatory days (review s21 C9)", () => {
    const year = getDaysOffYear(2026, { weeklyRestDays: [0] });
    expect(year.basis).toBe("notice");
    expect(year.workedRestDays).toEqual([]);
    expect(year.daysOff.filter((d) => d.kind === "swapped")).toEqual([]);
    expect(year.daysOff.filter((d) => d.kind === "compensatory").map((d) => d.date)).toEqual(["2026-04-27"]);
    expect(year.sources.map((s) => s.document)).toContain("Bộ luật Lao động 2019 (45/2019/QH14)");
    // A caller's own table is taken as written.
    const own = {
      year: 2026,
      sources: [],
      daysOff: [{ date: "2026-01-02", name: "Nghỉ hoán đổi", kind: "swapped" as const }],
      workedRestDays: [{ date: "2026-01-10", name: "Làm bù" }],
    };
    expect(getDaysOffYear(2026, { weeklyRestDays: [0], tables: [own] }).workedRestDays).toEqual(own.workedRestDays);
  });

  it("throws a RangeError outside 1900–2199", () => {
    expect(() => listHolidays(2200)).toThrow(RangeError);
  });
});

describe("review s21 C5: the bundled days-off tables cannot be changed through what the calendar hands out", () => {
  it("DAYS_OFF_NOTICES and its days are frozen: editing a listed holiday throws, every calendar keeps Tết Dương lịch", () => {
    expect(Object.isFrozen(DAYS_OFF_NOTICES)).toBe(true);
    const [first] = listHolidays(2026);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { date: string }).date = "2026-03-09";
    }).toThrow(TypeError);
    expect(getDaysOffYear(2026).sources.every((s) => Object.isFrozen(s))).toBe(true);
    expect(createWorkingDayCalendar().isWorkingDay("2026-01-01")).toBe(false);
  });
});
