// The working-day index (prefix counts per calendar and year) against the plain day-by-day definition, and the
// integer day numbers against JavaScript's own UTC calendar, on random dates over two decades and several calendars.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, fromDayNumber, getWeekday, type IsoDate, isIsoDate, toDayNumber } from "../date/plainDate.js";
import { computeDeadline, type DeadlineKind } from "../deadlines/computeDeadline.js";
import {
  addWorkingDays,
  countWorkingDays,
  createWorkingDayCalendar,
  VIETNAM_CALENDAR,
  WEEKENDS_ONLY_CALENDAR,
  type WorkingDayCalendar,
} from "./workingDays.js";

// The definitions, day by day, through the calendar's own isWorkingDay and Date arithmetic only.
const nextDay = (d: IsoDate) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
function addSimple(date: IsoDate, n: number, cal: WorkingDayCalendar): IsoDate {
  let d = date;
  if (n === 0) {
    while (!cal.isWorkingDay(d)) d = nextDay(d);
    return d;
  }
  for (let left = n; left > 0; ) {
    d = nextDay(d);
    if (cal.isWorkingDay(d)) left -= 1;
  }
  return d;
}
function countSimple(from: IsoDate, to: IsoDate, cal: WorkingDayCalendar): number {
  let n = 0;
  for (let d = from; d <= to; d = nextDay(d)) if (cal.isWorkingDay(d)) n += 1;
  return n;
}

// A calendar the library does not know: random days off in a plain function, each asked fresh.
const oddDays = new Set(["2026-03-09", "2026-12-31", "2027-01-01", "2024-02-29"]);
const ODD: WorkingDayCalendar = {
  id: "odd",
  label: "odd",
  includesHolidays: false,
  isWorkingDay: (d) => getWeekday(d) !== 0 && !oddDays.has(d),
};
const calendars: [string, WorkingDayCalendar][] = [
  ["Vietnamese civil service", VIETNAM_CALENDAR],
  ["weekends only", WEEKENDS_ONLY_CALENDAR],
  ["Sundays only", createWorkingDayCalendar({ weeklyRestDays: [0] })],
  ["statute only", createWorkingDayCalendar({ statuteOnly: true })],
  ["a calendar given by the caller", ODD],
];

const day = fc.integer({ min: 0, max: 365 * 20 }).map((n) => fromDayNumber(toDayNumber("2015-01-01") + n));

describe("working-day index = the day-by-day definition (Bộ luật Dân sự 2015 Điều 147: the start day not counted)", () => {
  it.each(calendars)("addWorkingDays on the %s calendar", (_, cal) => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (d, n) => {
        expect(addWorkingDays(d, n, cal)).toBe(addSimple(d, n, cal));
      }),
      { numRuns: 300 },
    );
  });

  it.each(calendars)("countWorkingDays on the %s calendar", (_, cal) => {
    fc.assert(
      fc.property(day, fc.integer({ min: -5, max: 800 }), (d, span) => {
        const to = addCalendarDays(d, span);
        expect(countWorkingDays(d, to, cal)).toBe(countSimple(d, to, cal));
      }),
      { numRuns: 300 },
    );
  });

  const kinds: [DeadlineKind, "first" | "second" | undefined][] = [
    ["partyNotice", undefined],
    ["complaintAcceptance", undefined],
    ["complaintSettlement", "first"],
    ["complaintSettlement", "second"],
    ["denunciationProcessing", undefined],
    ["denunciationSettlement", undefined],
  ];
  it.each(calendars)("computeDeadline's due date and skipped days on the %s calendar (Điều 148 k5)", (_, cal) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 7 }).map((n) => fromDayNumber(toDayNumber("2019-03-01") + n)),
        fc.constantFrom(...kinds),
        fc.boolean(),
        (from, [kind, step], several) => {
          const r = computeDeadline({
            kind,
            from,
            ...(step ? { step } : {}),
            options: { calendar: cal, severalPlaces: several },
          });
          if (r.counting === "workingDays") {
            expect(r.due).toBe(addSimple(from, r.days, cal));
            const off: IsoDate[] = [];
            for (let d = nextDay(from); d < r.due; d = nextDay(d)) if (!cal.isWorkingDay(d)) off.push(d);
            expect(r.skipped.map((s) => s.date)).toEqual(off);
          } else {
            let nominal = from;
            for (let i = 0; i < r.days; i++) nominal = nextDay(nominal);
            expect(r.due).toBe(addSimple(nominal, 0, cal));
            expect(r.nominalDue).toBe(r.due === nominal ? undefined : nominal);
            const off: IsoDate[] = [];
            for (let d = nominal; d < r.due; d = nextDay(d)) off.push(d);
            expect(r.skipped.map((s) => s.date)).toEqual(off);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("integer day numbers = JavaScript's UTC calendar (proleptic Gregorian, years 0–9999)", () => {
  const anyDay = fc.integer({ min: -719528, max: 2932896 }); // 0000-01-01 … 9999-12-31
  it("fromDayNumber and toDayNumber agree with Date", () => {
    fc.assert(
      fc.property(anyDay, (n) => {
        const d = new Date(0);
        d.setUTCDate(1 + n);
        const y = d.getUTCFullYear();
        const iso = `${String(y).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
        expect(fromDayNumber(n)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
        expect(getWeekday(iso)).toBe(d.getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });

  it("isIsoDate accepts exactly the real dates written YYYY-MM-DD", () => {
    const shaped = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string({ maxLength: 12 })), (s) => {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
        let real = false;
        if (m) {
          const d = new Date(0);
          d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
          real =
            d.getUTCFullYear() === Number(m[1]) &&
            d.getUTCMonth() + 1 === Number(m[2]) &&
            d.getUTCDate() === Number(m[3]);
        }
        expect(isIsoDate(s)).toBe(real);
      }),
      { numRuns: 3000 },
    );
  });
});
