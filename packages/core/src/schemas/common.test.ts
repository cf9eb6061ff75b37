import { describe, expect, it } from "vitest";
import {
  AuthoritySchema,
  CaseKindSchema,
  CaseStatusSchema,
  ComplexitySchema,
  IsoDateSchema,
  LABELS,
  ReceptionChannelSchema,
  RouteSchema,
  SessionKindSchema,
  SideSchema,
  TextSchema,
} from "./common.js";

describe("IsoDateSchema: a calendar date YYYY-MM-DD that exists", () => {
  it.each(["2026-03-05", "2024-02-29", "2000-02-29", "1900-02-28"])("accepts %s", (date) => {
    expect(IsoDateSchema.parse(date)).toBe(date);
  });

  it.each(["2026-02-31", "2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31"])(
    "refuses the impossible %s",
    (date) => {
      expect(IsoDateSchema.safeParse(date).error?.issues.map((i) => i.message)).toEqual([
        "Ngày không có thật trên lịch",
      ]);
    },
  );

  it.each(["5/3/2026", "2026-3-5", "20260305", "2026-03-05T00:00:00Z", " 2026-03-05"])(
    "refuses the badly written %j",
    (date) => {
      expect(IsoDateSchema.safeParse(date).error?.issues.map((i) => i.message)).toEqual([
        "Ngày phải viết dạng YYYY-MM-DD",
      ]);
    },
  );

  it("refuses a Date object", () => {
    expect(IsoDateSchema.safeParse(new Date(Date.UTC(2026, 2, 5))).success).toBe(false);
  });
});

describe("TextSchema: trimmed, NFC, not empty", () => {
  it.each([
    ["Đất đai", "Đất đai"],
    ["  Đất đai \n", "Đất đai"],
    ["Nguyễn Văn Ánh".normalize("NFD"), "Nguyễn Văn Ánh"],
    [" Thừa Thiên Huế ".normalize("NFD"), "Thừa Thiên Huế"],
  ])("%j → %j", (input, output) => {
    const parsed = TextSchema.parse(input);
    expect(parsed).toBe(output);
    expect(parsed).toBe(parsed.normalize("NFC"));
  });

  it.each(["", " ", "\t\n", "\u3000"])("refuses %j, empty after trimming", (input) => {
    expect(TextSchema.safeParse(input).error?.issues.map((i) => i.message)).toEqual(["Không được để trống"]);
  });

  it("refuses a number", () => {
    expect(TextSchema.safeParse(12).success).toBe(false);
  });
});

describe("LABELS: a Vietnamese label, in NFC, for every enumerated value", () => {
  it.each([
    ["caseKind", CaseKindSchema.options],
    ["channel", ReceptionChannelSchema.options],
    ["authority", AuthoritySchema.options],
    ["route", RouteSchema.options],
    ["routeLong", RouteSchema.options],
    ["status", CaseStatusSchema.options],
    ["complexity", ComplexitySchema.options],
    ["sessionKind", SessionKindSchema.options],
  ] as const)("%s", (group, values) => {
    const labels: Record<string, string> = LABELS[group];
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const label of Object.values(labels)) expect(label).toBe(label.normalize("NFC"));
  });

  it("uses the register's words (DESIGN.md “Registers”)", () => {
    expect(LABELS.caseKind).toEqual({
      reflection: "Phản ánh",
      petition: "Kiến nghị",
      complaint: "Khiếu nại",
      denunciation: "Tố cáo",
    });
    expect(LABELS.authority).toEqual({ own: "Có", subordinate: "Cấp dưới", none: "Không" });
    expect(LABELS.route).toEqual({ handle: "Giải quyết", direct: "Chuyển", guide: "Hướng dẫn", archive: "Lưu đơn" });
    expect(LABELS.sessionKind).toEqual({ scheduled: "Định kỳ", adHoc: "Đột xuất" });
  });

  it("names the two sides", () => {
    expect(SideSchema.options).toEqual(["party", "state"]);
  });
});
