import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WEEKENDS_ONLY_CALENDAR } from "../calendar/workingDays.js";
import { addCalendarDays } from "../date/plainDate.js";
import { resolvePeriod } from "../periods/resolvePeriod.js";
import { type Case, type CaseInput, CaseSchema } from "../schemas/case.js";
import type { ReceptionSession } from "../schemas/session.js";
import { addCase } from "./addCase.js";
import { addSession } from "./addSession.js";
import { createStats } from "./createStats.js";
import { mergeStats } from "./mergeStats.js";
import { summarizeStats } from "./summarizeStats.js";
import type { Stats } from "./types.js";

const province = { id: "tu-minh-son", name: "Tỉnh ủy Minh Sơn", level: "province" };
const q1 = resolvePeriod("2026-Q1");
const make = (extra: Partial<CaseInput>): Case =>
  CaseSchema.parse({ id: "X", receivedOn: "2026-02-10", channel: "letter", kinds: ["petition"], ...extra });

describe("DESIGN.md “Report semantics”: cases", () => {
  it.each([
    { name: "in the period", c: { receivedOn: "2026-01-01" }, total: 1, carriedOver: 0, afterPeriod: 0 },
    { name: "on the last day", c: { receivedOn: "2026-03-31" }, total: 1, carriedOver: 0, afterPeriod: 0 },
    { name: "before, still open", c: { receivedOn: "2025-12-31" }, total: 0, carriedOver: 1, afterPeriod: 0 },
    {
      name: "before, result on the first day",
      c: { receivedOn: "2025-12-01", resultOn: "2026-01-01" },
      total: 0,
      carriedOver: 1,
      afterPeriod: 0,
    },
    {
      name: "before, result before",
      c: { receivedOn: "2025-12-01", resultOn: "2025-12-31" },
      total: 0,
      carriedOver: 0,
      afterPeriod: 0,
    },
    { name: "after the period", c: { receivedOn: "2026-04-01" }, total: 0, carriedOver: 0, afterPeriod: 1 },
  ])("a case received $name: total $total, carriedOver $carriedOver", ({ c, total, carriedOver, afterPeriod }) => {
    const s = addCase(createStats({ period: q1 }), make(c));
    expect([s.cases.total, s.cases.carriedOver, s.cases.afterPeriod]).toEqual([total, carriedOver, afterPeriod]);
  });

  it("counts a case with several kinds once in total and once under each kind", () => {
    const s = addCase(createStats({ period: q1 }), make({ kinds: ["complaint", "denunciation", "complaint"] }));
    expect(s.cases.total).toBe(1);
    expect(s.cases.byKind).toEqual({ reflection: 0, petition: 0, complaint: 1, denunciation: 1 });
  });

  it.each([
    { people: 4, group: 0, sum: 4 },
    { people: 5, group: 1, sum: 5 },
    { people: undefined, group: 0, sum: 1 },
  ])("Luật Tiếp công dân 2013 Điều 29: $people people → group $group, people $sum", ({ people, group, sum }) => {
    const s = addCase(createStats({ period: q1 }), make(people === undefined ? {} : { people }));
    expect(s.cases.group).toBe(group);
    expect(s.cases.people).toBe(sum);
  });

  it.each([
    { resultOn: "2026-03-31", asOf: undefined, resolved: 1 },
    { resultOn: "2026-04-05", asOf: undefined, resolved: 0 },
    { resultOn: "2026-04-05", asOf: "2026-04-10", resolved: 1 },
    { resultOn: undefined, asOf: undefined, resolved: 0 },
  ])("resolved: result $resultOn, as of $asOf → $resolved", ({ resultOn, asOf, resolved }) => {
    const s = addCase(createStats({ period: q1, ...(asOf ? { asOf } : {}) }), make(resultOn ? { resultOn } : {}));
    expect(s.cases.resolved).toBe(resolved);
  });

  it("counts the recorded route, the field, the unit and the channel; never reads a name", () => {
    const s = createStats({ period: q1 });
    addCase(
      s,
      make({
        route: "guide",
        field: "Đất đai",
        unit: "Xã An Bình",
        senderName: "Nguyễn Văn A",
        kinds: ["denunciation"],
      }),
    );
    addCase(s, make({ field: "Đất đai", channel: "inPerson" }));
    expect(s.cases.byRoute).toEqual({ handle: 0, direct: 0, guide: 1, archive: 0 });
    expect(s.cases.routeUnrecorded).toBe(1);
    expect(s.cases.byField).toEqual({ "Đất đai": 2 });
    expect(s.cases.byUnit).toEqual({ "Xã An Bình": 1, "": 1 });
    expect(s.cases.byChannel).toEqual({ letter: 1, inPerson: 1 });
    expect(JSON.stringify(s)).not.toContain("Nguyễn Văn A");
  });
});

describe("DESIGN.md “Report semantics”: cases.overdue through the statutory deadlines", () => {
  it("counts cases in the period with a deadline missed as of the as-of date", () => {
    const s = createStats({ period: q1, asOf: "2026-03-31" });
    addCase(s, make({ receivedOn: "2026-02-02", notifiedOn: "2026-02-05" }));
    addCase(s, make({ receivedOn: "2026-02-02" })); // no notice sent within 10 working days
    addCase(s, make({ receivedOn: "2026-03-30" })); // not yet due
    addCase(s, make({ receivedOn: "2025-11-03" })); // before the period: not counted
    expect(s.cases.overdue).toBe(1);
    expect(summarizeStats(s).cases.overdue).toBe(1);
  });

  it("leaves overdue out when asked, and refuses a calendar other than the one named at creation", () => {
    const off = createStats({ period: q1, overdue: false });
    addCase(off, make({}));
    expect(off.cases).not.toHaveProperty("overdue");
    expect(summarizeStats(off).cases).not.toHaveProperty("overdue");
    expect(() => addCase(createStats({ period: q1 }), make({}), { calendar: WEEKENDS_ONLY_CALENDAR })).toThrow(
      /calendar "vn-civil-service"/,
    );
  });

  it("takes the caller's overdue answer when given, instead of evaluating the deadlines again", () => {
    const s = createStats({ period: q1, asOf: "2026-03-31" });
    addCase(s, make({ receivedOn: "2026-02-02" }), { overdue: false }); // missed, but the caller says not
    addCase(s, make({ receivedOn: "2026-03-30" }), { overdue: true }); // not yet due, but the caller says overdue
    addCase(s, make({ receivedOn: "2026-02-02" })); // evaluated: missed
    expect(s.cases.overdue).toBe(2);
  });

  it("takes the registers' columns into account: without Ngày thông báo the notice cannot be judged", () => {
    const s = createStats({ period: q1, overdue: { recordedFields: ["receivedOn", "kinds", "channel"] } });
    addCase(s, make({ receivedOn: "2026-02-02" }));
    expect(s.cases.overdue).toBe(0);
  });
});

describe("DESIGN.md “Report semantics”: sessions and compliance (QĐ 11-QĐi/TW khoản 1 Điều 4)", () => {
  const session = (
    date: string,
    kind: ReceptionSession["kind"],
    extra: Partial<ReceptionSession> = {},
  ): ReceptionSession => ({ id: date + kind, date, kind, ...extra });

  it("counts sessions dated in the period and judges the unit's nominal months", () => {
    const s = createStats({ period: q1, unit: province });
    for (const x of [
      session("2026-01-15", "scheduled", { people: 14, dialogue: true }),
      session("2026-01-20", "adHoc", { people: 30 }),
      session("2026-03-12", "scheduled", { people: 9, unit: "Tỉnh ủy Minh Sơn" }),
      session("2026-02-11", "scheduled", { people: 7, unit: "Xã An Bình" }),
      session("2025-12-20", "scheduled", { people: 3 }),
    ])
      addSession(s, x);
    const summary = summarizeStats(s);
    expect(summary.sessions).toEqual({
      held: 4,
      scheduled: 3,
      adHoc: 1,
      people: 60,
      required: 3,
      monthsShort: ["2026-02"],
    });
    expect(s.sessions.dialogues).toBe(1);
    expect(summary.compliance.map((m) => m.month)).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(summary.cases.overdue).toBe(0);
  });

  it("judges what is known at the as-of date: no session after it, no month not yet ended called short (review s17s F4)", () => {
    const period = resolvePeriod("2026-Q1", { cutoff: "mid-month" }); // 15/12/2025–14/03/2026, as of 14/03
    const s = createStats({ period, unit: province });
    addSession(s, session("2026-01-21", "scheduled"));
    addSession(s, session("2026-03-18", "scheduled"));
    const summary = summarizeStats(s);
    expect(summary.sessions).toMatchObject({ required: 3, monthsShort: ["2026-02"] });
    const march = summary.compliance.find((m) => m.month === "2026-03");
    expect(march).toMatchObject({ scheduledDays: 0, complete: false });
    expect(march?.reason).toContain("Tháng chưa kết thúc đến ngày 14/03/2026 (ngày tính số liệu): chưa đánh giá.");
  });

  it.each(["Commune", "xã", "ward"])(
    "a level no rule set names (%s) gives no statement (null), not a minimum of 0",
    (level) => {
      const s = createStats({ period: q1, unit: { ...province, level } });
      addSession(s, session("2026-01-15", "scheduled"));
      expect(summarizeStats(s).sessions).toMatchObject({ required: null, monthsShort: null });
    },
  );

  it("with a mid-month cutoff, judges the calendar months of the nominal span", () => {
    const period = resolvePeriod("2026-Q1", { cutoff: "mid-month" });
    const s = createStats({ period, unit: { ...province, level: "commune" } });
    for (const d of ["2025-12-20", "2026-01-05", "2026-01-19", "2026-02-09", "2026-02-23", "2026-03-09", "2026-03-23"])
      addSession(s, session(d, "scheduled"));
    const summary = summarizeStats(s);
    expect(summary.sessions.held).toBe(6); // 20/12 … 09/03 lie in 15/12/2025–14/03/2026
    expect(summary.sessions.required).toBe(6);
    expect(summary.sessions.monthsShort).toEqual([]); // 23/03 counts for March
  });

  it("has no required number without a reporting unit", () => {
    const summary = summarizeStats(createStats({ period: q1 }));
    expect(summary.sessions.required).toBeNull();
    expect(summary.sessions.monthsShort).toBeNull();
  });

  it("refuses to merge accumulators of different periods", () => {
    expect(() => mergeStats(createStats({ period: q1 }), createStats({ period: resolvePeriod("2026-Q2") }))).toThrow(
      RangeError,
    );
  });

  it("throws a RangeError for a reversed period", () => {
    expect(() => createStats({ period: { from: "2026-02-01", to: "2026-01-01" } })).toThrow(RangeError);
  });
});

// ---- Property: the fold is mergeable in any order and grouping ----

const dateArb = fc.integer({ min: 0, max: 300 }).map((n) => addCalendarDays("2025-10-01", n));
const caseArb: fc.Arbitrary<Case> = fc
  .record({
    receivedOn: dateArb,
    kinds: fc.subarray(["reflection", "petition", "complaint", "denunciation"] as const, { minLength: 1 }),
    people: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
    route: fc.option(fc.constantFrom("handle", "direct", "guide", "archive" as const), { nil: undefined }),
    resultAfter: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    field: fc.option(fc.constantFrom("Đất đai", "Môi trường", "Chính sách xã hội"), { nil: undefined }),
    unit: fc.option(fc.constantFrom("Xã An Bình", "Phường Hòa Lạc"), { nil: undefined }),
    channel: fc.constantFrom("inPerson", "letter", "online" as const),
    n: fc.nat(),
  })
  .map((r) =>
    make({
      id: `C${r.n}`,
      receivedOn: r.receivedOn,
      kinds: [...r.kinds],
      channel: r.channel,
      ...(r.people !== undefined ? { people: r.people } : {}),
      ...(r.route !== undefined ? { route: r.route } : {}),
      ...(r.resultAfter !== undefined ? { resultOn: addCalendarDays(r.receivedOn, r.resultAfter) } : {}),
      ...(r.field !== undefined ? { field: r.field } : {}),
      ...(r.unit !== undefined ? { unit: r.unit } : {}),
    }),
  );
const sessionArb: fc.Arbitrary<ReceptionSession> = fc
  .record({
    date: dateArb,
    kind: fc.constantFrom("scheduled", "adHoc" as const),
    people: fc.integer({ min: 0, max: 50 }),
    unit: fc.option(fc.constantFrom("Tỉnh ủy Minh Sơn", "Xã An Bình"), { nil: undefined }),
  })
  .map((r) => ({ id: r.date, date: r.date, kind: r.kind, people: r.people, ...(r.unit ? { unit: r.unit } : {}) }));

const shardArb = fc.record({
  cases: fc.array(caseArb, { maxLength: 15 }),
  sessions: fc.array(sessionArb, { maxLength: 8 }),
});

function fold(shard: { cases: Case[]; sessions: ReceptionSession[] }): Stats {
  const s = createStats({ period: q1, unit: province, asOf: "2026-04-15" });
  for (const c of shard.cases) addCase(s, c);
  for (const x of shard.sessions) addSession(s, x);
  return s;
}

describe("Luật Tiếp công dân 2013 Điều 15 (weekly minimum of a commune chair, review s21 C2): weeks of the month of their Monday", () => {
  const unit = { id: "ubnd-xa", name: "UBND xã An Bình", level: "commune", side: "state" } as const;
  // Every Wednesday of Q1 2025; the week of Monday 31/03 is March's, its Wednesday 02/04.
  const wednesdays: ReceptionSession[] = [];
  for (let d = "2025-01-01"; d <= "2025-04-06"; d = addCalendarDays(d, 1))
    if (new Date(`${d}T00:00:00Z`).getUTCDay() === 3 && d !== "2025-01-29")
      wednesdays.push({ id: d, date: d, kind: "scheduled" });
  const summary = (asOf: string) => {
    const s = createStats({ period: resolvePeriod("2025-Q1"), unit, asOf, overdue: false });
    for (const x of wednesdays) addSession(s, x);
    return summarizeStats(s);
  };

  it("as of 10/04, after March's last week: the session of 02/04 counts for March, as checkSessionCompliance says", () => {
    const sum = summary("2025-04-10");
    expect(sum.sessions.monthsShort).toEqual([]);
    expect(sum.compliance.find((m) => m.month === "2025-03")?.complete).toBe(true);
    expect(sum.sessions.held).toBe(12); // the period's sessions only: 02/04 is a day of March's week, not of Q1
    // March's days are its weeks' (review s21b T5): 02/04 is one of them.
    expect(sum.compliance.find((m) => m.month === "2025-03")?.scheduledDates).toContain("2025-04-02");
  });

  it("as of 31/03, March's last week has not ended: March is not judged yet, and says why", () => {
    const march = summary("2025-03-31").compliance.find((m) => m.month === "2025-03");
    expect(march?.complete).toBe(false);
    expect(march?.reason).toContain(
      "Tuần cuối của tháng (đến ngày 06/04/2025) chưa kết thúc đến ngày 31/03/2025 (ngày tính số liệu): chưa đánh giá.",
    );
  });
});

describe("DESIGN.md “Report semantics” (review s21 C16): what is received after the as-of date is not known on it", () => {
  it("a case received after the as-of date is not counted, as a session held that day is not", () => {
    const s = createStats({ period: resolvePeriod("2026-Q1"), asOf: "2026-03-20" });
    addCase(
      s,
      CaseSchema.parse({
        id: "K1",
        receivedOn: "2026-03-25",
        channel: "inPerson",
        kinds: ["petition"],
        sessionId: "B9",
      }),
    );
    addSession(s, { id: "B9", date: "2026-03-25", kind: "adHoc" });
    expect([s.cases.total, s.cases.afterPeriod, s.sessions.held]).toEqual([0, 1, 0]);
  });
});

describe("addCase: a date not as the schema gives it (review s21 C20)", () => {
  it("is a RangeError naming the case and the field, not a case silently carried over", () => {
    const s = createStats({ period: resolvePeriod("2026-Q1") });
    const bad = { id: "K1", receivedOn: "15/03/2026", channel: "letter", kinds: ["petition"] } as unknown as Case;
    expect(() => addCase(s, bad)).toThrow('addCase: case "K1" has receivedOn "15/03/2026", not YYYY-MM-DD');
    expect(s.cases.carriedOver).toBe(0);
  });
});

describe("mergeStats: statistics stored and read back", () => {
  it("merges a part whose configuration's keys come back in another order (a store that sorts keys)", () => {
    const period = resolvePeriod("2026-Q1");
    const a = createStats({ period, unit: province });
    const b = createStats({ period, unit: province });
    const sorted = (v: unknown): unknown =>
      v !== null && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>)
              .sort(([x], [y]) => (x < y ? 1 : -1))
              .map(([k, x]) => [k, sorted(x)]),
          )
        : v;
    const stored = { ...b, config: sorted(b.config) as Stats["config"] };
    expect(() => mergeStats(a, stored)).not.toThrow();
  });

  it("names the field that differs", () => {
    const a = createStats({ period: resolvePeriod("2026-Q1"), unit: province });
    const b = createStats({ period: resolvePeriod("2026-Q1"), unit: province, asOf: "2026-04-10" });
    expect(() => mergeStats(a, b)).toThrow(/config\.asOf: "2026-03-31" and "2026-04-10"/);
  });
});

describe("mergeStats: associative and commutative (property)", () => {
  it("merge(a, b) equals merge(b, a)", () => {
    fc.assert(
      fc.property(shardArb, shardArb, (a, b) => {
        expect(mergeStats(fold(a), fold(b))).toEqual(mergeStats(fold(b), fold(a)));
      }),
    );
  });

  it("merge(merge(a, b), c) equals merge(a, merge(b, c))", () => {
    fc.assert(
      fc.property(shardArb, shardArb, shardArb, (a, b, c) => {
        expect(mergeStats(mergeStats(fold(a), fold(b)), fold(c))).toEqual(
          mergeStats(fold(a), mergeStats(fold(b), fold(c))),
        );
      }),
    );
  });

  it("folding the shards and merging equals folding everything at once", () => {
    fc.assert(
      fc.property(fc.array(shardArb, { minLength: 1, maxLength: 5 }), (shards) => {
        const whole = fold({ cases: shards.flatMap((x) => x.cases), sessions: shards.flatMap((x) => x.sessions) });
        const merged = shards.map(fold).reduce(mergeStats);
        expect(summarizeStats(merged)).toEqual(summarizeStats(whole));
        expect(merged.cases).toEqual(whole.cases);
        expect(merged.sessions).toEqual(whole.sessions);
      }),
    );
  });
});
