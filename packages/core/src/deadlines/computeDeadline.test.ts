import { describe, expect, it } from "vitest";
import { createWorkingDayCalendar, WEEKENDS_ONLY_CALENDAR } from "../calendar/workingDays.js";
import { QD11_KL215_RULES } from "../rules/ruleSets.js";
import { computeDeadline, type DeadlineKind } from "./computeDeadline.js";

describe("QĐ 11-QĐi/TW: written notice within 10 working days of receipt", () => {
  it.each([
    { from: "2026-03-06", due: "2026-03-20", note: "two weekends" },
    { from: "2026-02-12", due: "2026-03-05", note: "spanning the Tết break (14–22/02)" },
    { from: "2026-01-05", due: "2026-01-16", note: "Saturday 10/01 worked in exchange counts as a working day" },
    { from: "2026-08-24", due: "2026-09-10", note: "31/08 swapped, 01–02/09 Quốc khánh" },
  ])("received $from → $due ($note)", ({ from, due }) => {
    const d = computeDeadline({ kind: "partyNotice", from });
    expect(d.due).toBe(due);
    expect(d.counting).toBe("workingDays");
  });

  it("explains the days skipped over Tết", () => {
    expect(computeDeadline({ kind: "partyNotice", from: "2026-02-12" }).explanation).toMatchInlineSnapshot(
      `"Thông báo bằng văn bản cho người gửi: 10 ngày làm việc (Điều 5 Quy định 11-QĐi/TW), quy định ghi “ngày làm việc”. Ngày 12/02/2026 không tính (khoản 2 Điều 147 Bộ luật Dân sự 2015), thời hạn bắt đầu từ ngày 13/02/2026. Không tính 11 ngày nghỉ: 14/02/2026 (Thứ Bảy), 15/02/2026 (Chủ nhật), 16/02/2026 (Tết Nguyên đán), 17/02/2026 (Tết Nguyên đán), 18/02/2026 (Tết Nguyên đán), 19/02/2026 (Tết Nguyên đán), 20/02/2026 (Tết Nguyên đán), 21/02/2026 (Thứ Bảy), 22/02/2026 (Chủ nhật), 28/02/2026 (Thứ Bảy), 01/03/2026 (Chủ nhật). Hạn cuối: hết ngày 05/03/2026."`,
    );
  });

  it("throws before Quy định 11-QĐi/TW was issued", () => {
    expect(() => computeDeadline({ kind: "partyNotice", from: "2019-01-10" })).toThrow(RangeError);
  });

  it("a province's own rule set (options.ruleSets) sets the notice period and its citation", () => {
    const own = {
      ...QD11_KL215_RULES,
      id: "kh-tinh-2026",
      notice: {
        workingDays: 7,
        source: {
          document: "Kế hoạch 01-KH/TU",
          clause: "mục II.3",
          issuedOn: "2026-01-05",
          effectiveFrom: "2026-01-05",
          verified: true,
        },
      },
    };
    const d = computeDeadline({ kind: "partyNotice", from: "2026-03-06", options: { ruleSets: [own] } });
    expect([d.due, d.days, d.source.document]).toEqual(["2026-03-17", 7, "Kế hoạch 01-KH/TU"]);
    // Without a rule set in force on the date, as with the bundled ones before 2019.
    expect(() =>
      computeDeadline({
        kind: "partyNotice",
        from: "2025-03-06",
        options: { ruleSets: [{ ...own, effectiveFrom: "2026-01-01" }] },
      }),
    ).toThrow(/no Party notice rule/);
  });
});

describe("Luật Khiếu nại 2011 Điều 27: accept a complaint within 10 days (calendar days: the law says “ngày”)", () => {
  it.each([
    { from: "2026-03-02", counting: undefined, due: "2026-03-12" },
    { from: "2026-03-04", counting: undefined, due: "2026-03-16", nominal: "2026-03-14" },
    { from: "2026-03-02", counting: "workingDays" as const, due: "2026-03-16" },
  ])("received $from, counting $counting → $due", ({ from, counting, due, nominal }) => {
    const d = computeDeadline({
      kind: "complaintAcceptance",
      from,
      ...(counting ? { options: { complaintAcceptanceCounting: counting } } : {}),
    });
    expect(d.due).toBe(due);
    expect(d.nominalDue).toBe(nominal);
  });

  it("Bộ luật Dân sự 2015 khoản 5 Điều 148: a period ending on a Saturday ends on the next working day", () => {
    const d = computeDeadline({ kind: "complaintAcceptance", from: "2026-03-04" });
    expect(d.skipped).toEqual([
      { date: "2026-03-14", reason: "Thứ Bảy" },
      { date: "2026-03-15", reason: "Chủ nhật" },
    ]);
    expect(d.countingSources.map((s) => s.clause)).toEqual(["khoản 2 Điều 147", "khoản 5 Điều 148"]);
    expect(d.explanation).toContain(
      "luật ghi “ngày”, không ghi “ngày làm việc”, nên tính theo ngày dương lịch (suy luận)",
    );
    expect(d.explanation).toContain("Ngày cuối cùng 14/03/2026 là ngày nghỉ");
  });
});

describe("Luật Khiếu nại 2011 Điều 28 and Điều 37: settlement periods from acceptance", () => {
  it.each([
    { step: "first", complexity: "normal", remote: false, days: 30 },
    { step: "first", complexity: "complex", remote: false, days: 45 },
    { step: "first", complexity: "normal", remote: true, days: 45 },
    { step: "first", complexity: "complex", remote: true, days: 60 },
    { step: "first", complexity: "veryComplex", remote: false, days: 45 },
    { step: "second", complexity: "normal", remote: false, days: 45 },
    { step: "second", complexity: "complex", remote: false, days: 60 },
    { step: "second", complexity: "normal", remote: true, days: 60 },
    { step: "second", complexity: "complex", remote: true, days: 70 },
  ] as const)("lần $step, $complexity, remote $remote: $days days", ({ step, complexity, remote, days }) => {
    const d = computeDeadline({
      kind: "complaintSettlement",
      step,
      from: "2026-06-01",
      options: { complexity, remoteArea: remote },
    });
    expect(d.days).toBe(days);
    expect(d.source.clause).toBe(step === "first" ? "Điều 28" : "Điều 37");
  });

  it("a remote-area complex complaint accepted 02/03/2026: 60 days end on 01/05 (holiday), then a weekend → 04/05", () => {
    const d = computeDeadline({
      kind: "complaintSettlement",
      step: "first",
      from: "2026-03-02",
      options: { complexity: "complex", remoteArea: true },
    });
    expect(d.due).toBe("2026-05-04");
    expect(d.nominalDue).toBe("2026-05-01");
    expect(d.label).toBe("Giải quyết khiếu nại lần đầu (vụ việc phức tạp) ở vùng sâu, vùng xa");
    expect(d.skipped.map((s) => s.reason)).toEqual(["Ngày Quốc tế lao động", "Thứ Bảy", "Chủ nhật"]);
  });
});

describe("Luật Tố cáo 2018 Điều 24 and Điều 30", () => {
  it.each([
    { severalPlaces: false, from: "2026-03-02", due: "2026-03-11" },
    { severalPlaces: true, from: "2026-03-02", due: "2026-03-16" },
    { severalPlaces: false, from: "2026-02-13", due: "2026-03-03" },
  ])("Điều 24: processing, several places $severalPlaces, received $from → $due", ({ severalPlaces, from, due }) => {
    const d = computeDeadline({ kind: "denunciationProcessing", from, options: { severalPlaces } });
    expect(d.due).toBe(due);
    expect(d.source.verified).toBe(false);
  });

  it.each([
    { complexity: "normal", extensions: 0, days: 30 },
    { complexity: "complex", extensions: 1, days: 60 },
    { complexity: "complex", extensions: 2, days: 60 },
    { complexity: "veryComplex", extensions: 2, days: 90 },
    { complexity: "normal", extensions: 1, days: 30 },
  ] as const)("Điều 30: $complexity with $extensions extension(s) → $days days", ({ complexity, extensions, days }) => {
    const d = computeDeadline({
      kind: "denunciationSettlement",
      from: "2026-01-05",
      options: { complexity, extensions },
    });
    expect(d.days).toBe(days);
  });

  it("Điều 30: says when the register records more extensions than the complexity allows", () => {
    const d = computeDeadline({
      kind: "denunciationSettlement",
      from: "2026-01-05",
      options: { complexity: "complex", extensions: 2 },
    });
    expect(d.explanation).toContain("sổ ghi gia hạn 2 lần nhưng vụ việc phức tạp chỉ được gia hạn tối đa 1 lần");
  });

  it.each([
    { extensions: 0, days: 30 },
    { extensions: 1, days: 60 },
    { extensions: 2, days: 90 },
    { extensions: 3, days: 90 },
  ] as const)(
    "Điều 30 k2–k3 (review s21 C7): Mức độ not recorded, $extensions extension(s) recorded → $days days",
    ({ extensions, days }) => {
      const d = computeDeadline({ kind: "denunciationSettlement", from: "2026-01-05", options: { extensions } });
      expect(d.days).toBe(days);
      if (extensions === 1 || extensions === 2)
        expect(d.explanation).toContain(
          `sổ không ghi Mức độ nhưng ghi gia hạn ${extensions} lần: chỉ vụ việc phức tạp mới được gia hạn`,
        );
      if (extensions === 3)
        expect(d.explanation).toContain("sổ ghi gia hạn 3 lần nhưng vụ việc tố cáo chỉ được gia hạn tối đa 2 lần");
    },
  );

  it("Điều 30: 30 days from 16/01/2026 end on Sunday 15/02, and the Tết break follows → 23/02", () => {
    const d = computeDeadline({ kind: "denunciationSettlement", from: "2026-01-16" });
    expect(d.due).toBe("2026-02-23");
    expect(d.skipped).toHaveLength(8);
  });
});

describe("Luật 136/2025/QH15 (from 01/07/2026): amendment not verified, the earlier rule applies and says so", () => {
  it.each([
    { kind: "complaintAcceptance", from: "2026-07-01", amended: true },
    { kind: "denunciationSettlement", from: "2026-06-30", amended: false },
    { kind: "partyNotice", from: "2026-07-15", amended: false },
  ] as const)("$kind from $from: amendment note $amended", ({ kind, from, amended }) => {
    const d = computeDeadline({ kind, from });
    expect(d.amendment !== undefined).toBe(amended);
    if (amended) expect(d.explanation).toContain("chưa đối chiếu được nội dung sửa đổi về thời hạn");
  });
});

describe("computeDeadline: calendars and misuse", () => {
  it("says when the calendar knows no holidays", () => {
    const d = computeDeadline({
      kind: "partyNotice",
      from: "2026-02-12",
      options: { calendar: WEEKENDS_ONLY_CALENDAR },
    });
    expect(d.due).toBe("2026-02-26");
    expect(d.explanation).toContain("Lịch: Chỉ trừ thứ Bảy, Chủ nhật; chưa trừ ngày nghỉ lễ, Tết.");
  });

  it.each([
    () => computeDeadline({ kind: "partyNotice", from: "12/02/2026" }),
    () => computeDeadline({ kind: "denunciationSettlement", from: "2026-01-05", options: { extensions: -1 } }),
  ])("misuse %# throws a RangeError", (fn) => {
    expect(fn).toThrow(RangeError);
  });

  it.each([
    [{ kind: "denunciationSettlement", options: { complexity: "hard", extensions: 1 } }, /unknown complexity "hard"/],
    [{ kind: "complaintSettlement", options: { complexity: "phuc tap" } }, /unknown complexity "phuc tap"/],
    [{ kind: "complaintSettlement", options: { complexity: "constructor" } }, /unknown complexity "constructor"/],
    [{ kind: "complaintSettlement", step: "third" }, /unknown step "third" \(first, second\)/],
  ])("names a complexity or a step outside its values (review s21 C12): %j", (input, message) => {
    expect(() => computeDeadline({ from: "2026-01-05", ...input } as never)).toThrow(message);
  });
});

describe("Luật Tố cáo 2018 khoản 2 Điều 24: denunciationTransfer", () => {
  it("Luật Tố cáo 2018 khoản 2 Điều 24: transferred within 5 working days across Tết 2026", () => {
    const d = computeDeadline({ kind: "denunciationTransfer", from: "2026-02-12" });
    expect(d.due).toBe("2026-02-26");
    expect(d.days).toBe(5);
    expect(d.counting).toBe("workingDays");
    expect(d.source.clause).toBe("khoản 2 Điều 24");
    expect(d.explanation).toMatchInlineSnapshot(
      `"Chuyển đơn tố cáo không thuộc thẩm quyền và thông báo cho người tố cáo: 5 ngày làm việc (khoản 2 Điều 24 Luật Tố cáo 2018 (25/2018/QH14)), luật ghi “ngày làm việc”; thời hạn giải quyết của cơ quan nhận đơn không tính cho đơn vị chuyển. Ngày 12/02/2026 không tính (khoản 2 Điều 147 Bộ luật Dân sự 2015), thời hạn bắt đầu từ ngày 13/02/2026. Không tính 9 ngày nghỉ: 14/02/2026 (Thứ Bảy), 15/02/2026 (Chủ nhật), 16/02/2026 (Tết Nguyên đán), 17/02/2026 (Tết Nguyên đán), 18/02/2026 (Tết Nguyên đán), 19/02/2026 (Tết Nguyên đán), 20/02/2026 (Tết Nguyên đán), 21/02/2026 (Thứ Bảy), 22/02/2026 (Chủ nhật). Hạn cuối: hết ngày 26/02/2026."`,
    );
  });
});

describe("Luật Khiếu nại 2011 Điều 27: complaint acceptance in calendar days", () => {
  it("Luật Khiếu nại 2011 Điều 27: 10 days, calendar days; the circulars' working days concern petition processing", () => {
    const d = computeDeadline({ kind: "complaintAcceptance", from: "2026-03-02" });
    expect(d.counting).toBe("calendarDays");
    expect(d.due).toBe("2026-03-12");
    expect(d.explanation).toContain("thời hạn xử lý đơn, không phải thời hạn thụ lý");
    expect(d.source.note).toContain("Thông tư 05/2021/TT-TTCP");
  });
});

describe("Bộ luật Lao động 2019 Điều 112: the Labour Code fallback for a year without a days-off notice", () => {
  it("says so when the period runs into 2027 (no notice bundled)", () => {
    const d = computeDeadline({ kind: "denunciationProcessing", from: "2027-02-03" });
    expect(d.daysOffFallback?.years).toEqual([2027]);
    expect(d.explanation).toContain("Năm 2027 chưa có thông báo lịch nghỉ lễ, Tết");
  });

  it.each([
    { from: "2027-02-03", code: "Bộ luật Lao động 2019 (Điều 111, Điều 112)", not: "Bộ luật Lao động 2012" },
    { from: "2018-08-28", code: "Bộ luật Lao động 2012 (Điều 115)", not: "Bộ luật Lao động 2019" },
  ])("names the Code in force in the year it fell back for, from $from (review s21 C13)", ({ from, code, not }) => {
    const note = computeDeadline({ kind: "complaintAcceptance", from }).daysOffFallback?.note;
    expect(note).toContain(code);
    expect(note).not.toContain(not);
  });

  it("says nothing for a period inside 2026 (notice bundled)", () => {
    expect(computeDeadline({ kind: "denunciationProcessing", from: "2026-02-03" }).daysOffFallback).toBeUndefined();
  });

  it("a calendar given the 2027 notice as a table no longer falls back", () => {
    const calendar = createWorkingDayCalendar({
      tables: [
        {
          year: 2027,
          sources: [],
          daysOff: [{ date: "2027-02-05", name: "Tết Nguyên đán", kind: "holiday" }],
          workedRestDays: [],
        },
      ],
    });
    const d = computeDeadline({ kind: "denunciationProcessing", from: "2027-02-03", options: { calendar } });
    expect(d.daysOffFallback).toBeUndefined();
  });
});

describe("computeDeadline: misuse", () => {
  it("names a kind outside the union (from JSON or a form) instead of failing inside", () => {
    expect(() => computeDeadline({ kind: "complaintAcceptence" as DeadlineKind, from: "2026-03-02" })).toThrow(
      'computeDeadline: unknown kind "complaintAcceptence"',
    );
  });
});
