import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { type Cutoff, defaultCutoff, type PeriodKind, resolvePeriod } from "./resolvePeriod.js";

/** Runs `fn` and returns the InputError it throws, for snapshotting its code and message. */
function inputErrorOf(fn: () => unknown): Pick<InputError, "name" | "code" | "input" | "message"> {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return { name: e.name, code: e.code, input: e.input, message: e.message };
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("QĐ 11-QĐi/TW Điều 3 k8; Kế hoạch 97-KH/TU mục I.2(5): grammar of a reporting period", () => {
  it.each<[string, string, PeriodKind, string]>([
    ["2026-03", "2026-03", "month", "tháng 3 năm 2026"],
    ["2026-3", "2026-03", "month", "tháng 3 năm 2026"],
    ["2026-01", "2026-01", "month", "tháng 1 năm 2026"],
    ["2026-1", "2026-01", "month", "tháng 1 năm 2026"],
    ["2026-12", "2026-12", "month", "tháng 12 năm 2026"],
    ["2026-Q1", "2026-Q1", "quarter", "quý I năm 2026"],
    ["2026-Q2", "2026-Q2", "quarter", "quý II năm 2026"],
    ["2026-Q3", "2026-Q3", "quarter", "quý III năm 2026"],
    ["2026-Q4", "2026-Q4", "quarter", "quý IV năm 2026"],
    ["2026-H1", "2026-H1", "h1", "6 tháng đầu năm 2026"],
    ["2026-9M", "2026-9M", "m9", "9 tháng năm 2026"],
    ["2026", "2026", "year", "năm 2026"],
    ["2026-03-01..2026-03-20", "2026-03-01..2026-03-20", "adHoc", "từ ngày 01/03/2026 đến ngày 20/03/2026"],
  ])("%j → spec %j, kind %s, label %j", (input, spec, kind, label) => {
    const p = resolvePeriod(input);
    expect(p.spec).toBe(spec);
    expect(p.kind).toBe(kind);
    expect(p.label).toBe(label);
    expect(p.label).toBe(p.label.normalize("NFC"));
    expect(p.cutoff).toBe("calendar");
  });

  it.each([
    ["2026-q1", "2026-Q1"],
    ["2026-q4", "2026-Q4"],
    ["2026-h1", "2026-H1"],
    ["2026-9m", "2026-9M"],
    ["  2026-Q2\t", "2026-Q2"],
    [" 2026 ", "2026"],
    ["\n2026-3\n", "2026-03"],
    ["2026-03-01 .. 2026-03-20", "2026-03-01..2026-03-20"],
    ["2026-03-01  ..2026-03-20", "2026-03-01..2026-03-20"],
  ])("case-insensitive, trimmed: %j → canonical %j", (input, spec) => {
    expect(resolvePeriod(input).spec).toBe(spec);
  });

  it("is idempotent on its canonical spec", () => {
    for (const input of ["2026-3", "2026-q2", "2026-h1", "2026-9m", "2026", "2026-03-01 .. 2026-03-20"]) {
      const p = resolvePeriod(input);
      expect(resolvePeriod(p.spec)).toEqual(p);
    }
  });
});

describe("calendar periods (party profile): 1st of the first nominal month → last day of the last", () => {
  it.each([
    ["2026-01", "2026-01-01", "2026-01-31"],
    ["2026-02", "2026-02-01", "2026-02-28"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2026-03", "2026-03-01", "2026-03-31"],
    ["2026-04", "2026-04-01", "2026-04-30"],
    ["2026-12", "2026-12-01", "2026-12-31"],
    ["2026-Q1", "2026-01-01", "2026-03-31"],
    ["2026-Q2", "2026-04-01", "2026-06-30"],
    ["2026-Q3", "2026-07-01", "2026-09-30"],
    ["2026-Q4", "2026-10-01", "2026-12-31"],
    ["2026-H1", "2026-01-01", "2026-06-30"],
    ["2026-9M", "2026-01-01", "2026-09-30"],
    ["2026", "2026-01-01", "2026-12-31"],
  ])("%s runs %s → %s", (spec, from, to) => {
    expect(resolvePeriod(spec)).toMatchObject({ from, to, cutoff: "calendar" });
    expect(resolvePeriod(spec, { cutoff: "calendar" })).toMatchObject({ from, to, cutoff: "calendar" });
  });
});

describe("NĐ 09/2019/NĐ-CP Điều 12: a month runs from the 15th of the previous month to the 14th", () => {
  it.each([
    ["2026-01", "2025-12-15", "2026-01-14", 2026],
    ["2026-02", "2026-01-15", "2026-02-14", 2026],
    ["2026-03", "2026-02-15", "2026-03-14", 2026],
    ["2024-03", "2024-02-15", "2024-03-14", 2024],
    ["2026-07", "2026-06-15", "2026-07-14", 2026],
    ["2026-12", "2026-11-15", "2026-12-14", 2026],
    ["1900-01", "1899-12-15", "1900-01-14", 1900],
  ])("%s runs %s → %s, year %i", (spec, from, to, year) => {
    expect(resolvePeriod(spec, { cutoff: "mid-month" })).toMatchObject({ from, to, year, cutoff: "mid-month" });
  });
});

describe("TT 01/2024/TT-TTCP: quarters from the 15th of the month before to the 14th of the last month", () => {
  it.each([
    ["2026-Q1", "2025-12-15", "2026-03-14"],
    ["2026-Q2", "2026-03-15", "2026-06-14"],
    ["2026-Q3", "2026-06-15", "2026-09-14"],
    ["2026-Q4", "2026-09-15", "2026-12-14"],
  ])("%s runs %s → %s", (spec, from, to) => {
    expect(resolvePeriod(spec, { cutoff: "mid-month" })).toMatchObject({ from, to, year: 2026 });
  });
});

describe("TT 01/2024/TT-TTCP: 6 months, 9 months and the year are cumulative from 15/12 of the year before", () => {
  it.each([
    ["2026-H1", "2025-12-15", "2026-06-14"],
    ["2026-9M", "2025-12-15", "2026-09-14"],
    ["2026", "2025-12-15", "2026-12-14"],
    ["2020", "2019-12-15", "2020-12-14"],
  ])("%s runs %s → %s", (spec, from, to) => {
    expect(resolvePeriod(spec, { cutoff: "mid-month" })).toMatchObject({ from, to });
  });
});

describe("ad hoc periods (đột xuất) keep their typed range whatever the cutoff", () => {
  it.each<[Cutoff]>([["calendar"], ["mid-month"]])("with the %s cutoff", (cutoff) => {
    expect(resolvePeriod("2026-03-01..2026-03-20", { cutoff })).toMatchObject({
      kind: "adHoc",
      from: "2026-03-01",
      to: "2026-03-20",
      cutoff,
    });
  });

  it("accepts a one-day range and a range across the year end", () => {
    expect(resolvePeriod("2026-05-19..2026-05-19")).toMatchObject({ from: "2026-05-19", to: "2026-05-19" });
    expect(resolvePeriod("2025-12-20..2026-01-10")).toMatchInlineSnapshot(`
      {
        "cutoff": "calendar",
        "from": "2025-12-20",
        "kind": "adHoc",
        "label": "từ ngày 20/12/2025 đến ngày 10/01/2026",
        "nominalMonths": [
          "2025-12",
          "2026-01",
        ],
        "spec": "2025-12-20..2026-01-10",
        "to": "2026-01-10",
        "year": 2026,
      }
    `);
  });
});

describe("the whole resolved period", () => {
  it("2026-q1, mid-month (the documented example)", () => {
    expect(resolvePeriod("2026-q1", { cutoff: "mid-month" })).toMatchInlineSnapshot(`
      {
        "cutoff": "mid-month",
        "from": "2025-12-15",
        "kind": "quarter",
        "label": "quý I năm 2026",
        "nominalMonths": [
          "2026-01",
          "2026-02",
          "2026-03",
        ],
        "quarter": 1,
        "spec": "2026-Q1",
        "to": "2026-03-14",
        "year": 2026,
      }
    `);
  });

  it("2026-3, calendar", () => {
    expect(resolvePeriod("2026-3")).toMatchInlineSnapshot(`
      {
        "cutoff": "calendar",
        "from": "2026-03-01",
        "kind": "month",
        "label": "tháng 3 năm 2026",
        "nominalMonths": [
          "2026-03",
        ],
        "spec": "2026-03",
        "to": "2026-03-31",
        "year": 2026,
      }
    `);
  });

  it("2026-H1, mid-month", () => {
    expect(resolvePeriod("2026-H1", { cutoff: "mid-month" })).toMatchInlineSnapshot(`
      {
        "cutoff": "mid-month",
        "from": "2025-12-15",
        "kind": "h1",
        "label": "6 tháng đầu năm 2026",
        "nominalMonths": [
          "2026-01",
          "2026-02",
          "2026-03",
          "2026-04",
          "2026-05",
          "2026-06",
        ],
        "spec": "2026-H1",
        "to": "2026-06-14",
        "year": 2026,
      }
    `);
  });

  it("2026, mid-month", () => {
    expect(resolvePeriod("2026", { cutoff: "mid-month" })).toMatchInlineSnapshot(`
      {
        "cutoff": "mid-month",
        "from": "2025-12-15",
        "kind": "year",
        "label": "năm 2026",
        "nominalMonths": [
          "2026-01",
          "2026-02",
          "2026-03",
          "2026-04",
          "2026-05",
          "2026-06",
          "2026-07",
          "2026-08",
          "2026-09",
          "2026-10",
          "2026-11",
          "2026-12",
        ],
        "spec": "2026",
        "to": "2026-12-14",
        "year": 2026,
      }
    `);
  });
});

describe("nominal months are the calendar months of the nominal span, whatever the cutoff (DESIGN.md “Report semantics”)", () => {
  it.each<[string, string[]]>([
    ["2026-03", ["2026-03"]],
    ["2026-01", ["2026-01"]],
    ["2026-Q1", ["2026-01", "2026-02", "2026-03"]],
    ["2026-Q2", ["2026-04", "2026-05", "2026-06"]],
    ["2026-Q4", ["2026-10", "2026-11", "2026-12"]],
    ["2026-H1", ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]],
    ["2026-9M", ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09"]],
    [
      "2026",
      [
        "2026-01",
        "2026-02",
        "2026-03",
        "2026-04",
        "2026-05",
        "2026-06",
        "2026-07",
        "2026-08",
        "2026-09",
        "2026-10",
        "2026-11",
        "2026-12",
      ],
    ],
    ["2026-03-01..2026-03-20", ["2026-03"]],
    ["2026-02-15..2026-04-14", ["2026-02", "2026-03", "2026-04"]],
    ["2025-12-31..2026-01-01", ["2025-12", "2026-01"]],
  ])("%s → %j", (spec, months) => {
    expect(resolvePeriod(spec).nominalMonths).toEqual(months);
    expect(resolvePeriod(spec, { cutoff: "mid-month" }).nominalMonths).toEqual(months);
  });
});

describe("year and quarter of a period", () => {
  it.each([
    ["2026-03", 2026, undefined],
    ["2026-Q1", 2026, 1],
    ["2026-Q3", 2026, 3],
    ["2026-H1", 2026, undefined],
    ["2026", 2026, undefined],
    ["2025-12-20..2026-01-10", 2026, undefined],
  ])("%s: year %i, quarter %s", (spec, year, quarter) => {
    const p = resolvePeriod(spec, { cutoff: "mid-month" });
    expect(p.year).toBe(year);
    expect(p.quarter).toBe(quarter);
    expect("quarter" in p).toBe(quarter !== undefined);
  });
});

describe("the supported years are 1900–2199", () => {
  it.each(["1900", "2199", "1900-Q1", "2199-12", "1900-01-01..2199-12-31"])("%s is accepted", (spec) => {
    expect(() => resolvePeriod(spec)).not.toThrow();
  });
});

describe("errors in a typed period: InputError with a stable code and a Vietnamese message", () => {
  it.each([
    ["", "PERIOD_SYNTAX"],
    ["   ", "PERIOD_SYNTAX"],
    ["tháng 3", "PERIOD_SYNTAX"],
    ["03/2026/1", "PERIOD_SYNTAX"],
    ["2026-003", "PERIOD_SYNTAX"],
    ["26-03", "PERIOD_SYNTAX"],
    ["2026-Q", "PERIOD_SYNTAX"],
    ["2026-Q12", "PERIOD_SYNTAX"],
    // Review s23 D23-7: a quarter out of range has its own code, as a month does, however it is written.
    ["2026-Q0", "PERIOD_QUARTER_RANGE"],
    ["2026-Q5", "PERIOD_QUARTER_RANGE"],
    ["Q5/2026", "PERIOD_QUARTER_RANGE"],
    ["quý V/2026", "PERIOD_QUARTER_RANGE"],
    ["Quý 5 năm 2026", "PERIOD_QUARTER_RANGE"],
    ["2026-H2", "PERIOD_SYNTAX"],
    ["2026-6M", "PERIOD_SYNTAX"],
    ["2026-3-1..2026-3-20", "PERIOD_SYNTAX"],
    ["2026-03-01...2026-03-20", "PERIOD_SYNTAX"],
    ["2026-03-01..", "PERIOD_SYNTAX"],
    ["2026-03-01", "PERIOD_SYNTAX"],
    ["2026-00", "PERIOD_MONTH_RANGE"],
    ["2026-13", "PERIOD_MONTH_RANGE"],
    ["2026-99", "PERIOD_MONTH_RANGE"],
    ["1899", "PERIOD_YEAR_RANGE"],
    ["2200", "PERIOD_YEAR_RANGE"],
    ["1899-12", "PERIOD_YEAR_RANGE"],
    ["2200-Q1", "PERIOD_YEAR_RANGE"],
    ["0000-H1", "PERIOD_YEAR_RANGE"],
    ["9999-9M", "PERIOD_YEAR_RANGE"],
    ["1899-12-31..1900-01-01", "PERIOD_YEAR_RANGE"],
    ["2199-12-31..2200-01-01", "PERIOD_YEAR_RANGE"],
    ["2026-02-31..2026-03-20", "PERIOD_DATE_INVALID"],
    ["2026-03-01..2026-02-29", "PERIOD_DATE_INVALID"],
    ["2026-13-01..2026-13-02", "PERIOD_DATE_INVALID"],
    ["2026-03-20..2026-03-01", "PERIOD_RANGE_REVERSED"],
    ["2026-03-01..2025-03-01", "PERIOD_RANGE_REVERSED"],
  ])("%j → %s", (spec, code) => {
    const error = inputErrorOf(() => resolvePeriod(spec));
    expect(error.code).toBe(code);
    expect(error.name).toBe("InputError");
    expect(error.input).toBe(spec.trim());
    expect(error.message).toBe(error.message.normalize("NFC"));
  });

  it("PERIOD_SYNTAX: names what was typed and lists every accepted form", () => {
    expect(inputErrorOf(() => resolvePeriod(" kỳ 5/2026 "))).toMatchInlineSnapshot(`
      {
        "code": "PERIOD_SYNTAX",
        "input": "kỳ 5/2026",
        "message": "Không hiểu kỳ báo cáo "kỳ 5/2026". Cách viết hợp lệ: "2026-03" (tháng), "2026-Q1" … "2026-Q4" (quý), "2026-H1" (6 tháng), "2026-9M" (9 tháng), "2026" (năm), "2026-03-01..2026-03-20" (đột xuất, từ ngày đến ngày); cũng hiểu "3/2026", "Q1/2026", "quý I/2026", "6 tháng 2026", "9 tháng 2026", "01/03/2026..20/03/2026".",
        "name": "InputError",
      }
    `);
  });

  it("PERIOD_QUARTER_RANGE: a quarter beyond Q4 (review s23 D23-7: it was PERIOD_SYNTAX)", () => {
    expect(inputErrorOf(() => resolvePeriod("2026-Q5"))).toMatchInlineSnapshot(`
      {
        "code": "PERIOD_QUARTER_RANGE",
        "input": "2026-Q5",
        "message": "Quý 5 không có thật trong kỳ báo cáo "2026-Q5": quý phải từ Q1 đến Q4.",
        "name": "InputError",
      }
    `);
  });

  it("PERIOD_MONTH_RANGE: a month beyond 12", () => {
    expect(inputErrorOf(() => resolvePeriod("2026-13"))).toMatchInlineSnapshot(`
      {
        "code": "PERIOD_MONTH_RANGE",
        "input": "2026-13",
        "message": "Tháng 13 không có thật trong kỳ báo cáo "2026-13": tháng phải từ 1 đến 12.",
        "name": "InputError",
      }
    `);
  });

  it("PERIOD_YEAR_RANGE: a year outside 1900–2199", () => {
    expect(inputErrorOf(() => resolvePeriod("2200-Q1"))).toMatchInlineSnapshot(`
      {
        "code": "PERIOD_YEAR_RANGE",
        "input": "2200-Q1",
        "message": "Năm 2200 nằm ngoài khoảng hỗ trợ (1900–2199) trong kỳ báo cáo "2200-Q1".",
        "name": "InputError",
      }
    `);
  });

  it("PERIOD_DATE_INVALID: a date that is not on the calendar (31/02)", () => {
    expect(inputErrorOf(() => resolvePeriod("2026-02-31..2026-03-20"))).toMatchInlineSnapshot(`
      {
        "code": "PERIOD_DATE_INVALID",
        "input": "2026-02-31..2026-03-20",
        "message": "Ngày 2026-02-31 trong kỳ báo cáo "2026-02-31..2026-03-20" không có thật trên lịch.",
        "name": "InputError",
      }
    `);
  });

  it("PERIOD_RANGE_REVERSED: the end before the start", () => {
    expect(inputErrorOf(() => resolvePeriod("2026-03-20..2026-03-01"))).toMatchInlineSnapshot(`
      {
        "code": "PERIOD_RANGE_REVERSED",
        "input": "2026-03-20..2026-03-01",
        "message": "Kỳ báo cáo "2026-03-20..2026-03-01" có ngày kết thúc (01/03/2026) trước ngày bắt đầu (20/03/2026).",
        "name": "InputError",
      }
    `);
  });

  it("PERIOD_CUTOFF_UNKNOWN: a cutoff other than calendar or mid-month", () => {
    expect(
      inputErrorOf(() => resolvePeriod("2026-Q1", { cutoff: "quarterly" as unknown as Cutoff })),
    ).toMatchInlineSnapshot(`
      {
        "code": "PERIOD_CUTOFF_UNKNOWN",
        "input": "quarterly",
        "message": "Cách chốt số liệu "quarterly" không hợp lệ; chọn "calendar" (theo tháng dương lịch) hoặc "mid-month" (từ ngày 15 tháng trước đến ngày 14).",
        "name": "InputError",
      }
    `);
  });

  it("is an Error and an InputError", () => {
    expect(() => resolvePeriod("2026-13")).toThrow(InputError);
    expect(() => resolvePeriod("2026-13")).toThrow(Error);
  });

  it("throws a TypeError when the spec is not a string (a programming error)", () => {
    expect(() => resolvePeriod(202603 as unknown as string)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: resolvePeriod: spec must be a string]`,
    );
  });
});

describe("defaultCutoff: party reports use calendar periods, state reports the TT 01/2024/TT-TTCP cutoff", () => {
  it.each([
    ["party", "calendar"],
    ["state", "mid-month"],
  ] as const)("%s → %s", (profile, cutoff) => {
    expect(defaultCutoff(profile)).toBe(cutoff);
    expect(resolvePeriod("2026-Q1", { cutoff: defaultCutoff(profile) }).cutoff).toBe(cutoff);
  });

  it("throws a RangeError for an unknown profile", () => {
    expect(() => defaultCutoff("province" as unknown as "party")).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: defaultCutoff: unknown profile "province"]`,
    );
  });
});
