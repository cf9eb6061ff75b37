import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { type CaseInput, CaseSchema, isDenunciation } from "./case.js";
import type { CaseKind } from "./common.js";

/** The issues of a failed parse, reduced to what a clerk is shown. */
const issuesOf = (input: unknown): Array<{ path: string; code: string; message: string }> => {
  const r = CaseSchema.safeParse(input);
  if (r.success) throw new Error("expected the parse to fail");
  return r.error.issues.map((i: z.core.$ZodIssue) => ({ path: i.path.join("."), code: i.code, message: i.message }));
};

const minimal: CaseInput = { id: "D-001", receivedOn: "2026-03-05", channel: "inPerson", kinds: ["complaint"] };

const full: CaseInput = {
  id: "D-002",
  receivedOn: "2026-03-05",
  channel: "letter",
  kinds: ["complaint", "denunciation"],
  field: "Đất đai",
  senderName: "Nguyễn Văn An",
  senderAddress: "Thôn 1, xã Hòa Bình",
  people: 6,
  content: "Khiếu nại việc thu hồi đất",
  authority: "subordinate",
  route: "direct",
  handlingBody: "UBND xã Hòa Bình",
  relatedBodies: ["Sở Tài nguyên và Môi trường", "Công an tỉnh"],
  notifiedOn: "2026-03-12",
  resultOn: "2026-04-20",
  status: "resolved",
  unit: "tu",
  sessionId: "B-03",
  acceptedOn: "2026-03-10",
  filingCount: 2,
  remoteArea: true,
  complexity: "complex",
  extensions: 1,
  subjectIsPartyMember: true,
  anonymous: false,
  prominent: false,
  securityRisk: false,
  opinionsDiffer: true,
};

describe("CaseSchema: a register row (DESIGN.md “Registers”)", () => {
  it("accepts a row with only the required columns", () => {
    expect(CaseSchema.parse(minimal)).toEqual(minimal);
  });

  it("accepts a row with every column", () => {
    expect(CaseSchema.parse(full)).toEqual(full);
  });

  it.each<[string, Partial<CaseInput>]>([
    ["every kind", { kinds: ["reflection", "petition", "complaint", "denunciation"] }],
    ["one person", { people: 1 }],
    ["no extension", { extensions: 0 }],
    ["29 February of a leap year", { receivedOn: "2024-02-29" }],
    ...(["inPerson", "letter", "online", "phone", "transferred"] as const).map(
      (channel): [string, Partial<CaseInput>] => [`channel ${channel}`, { channel }],
    ),
    ...(["handle", "direct", "guide", "archive"] as const).map((route): [string, Partial<CaseInput>] => [
      `route ${route}`,
      { route },
    ]),
    ...(["own", "subordinate", "none"] as const).map((authority): [string, Partial<CaseInput>] => [
      `authority ${authority}`,
      { authority },
    ]),
  ])("accepts %s", (_, patch) => {
    expect(CaseSchema.safeParse({ ...minimal, ...patch }).success).toBe(true);
  });

  it("normalises NFD text to NFC and trims it", () => {
    const parsed = CaseSchema.parse({
      ...minimal,
      id: "  D-003 ",
      field: " Đất đai ".normalize("NFD"),
      senderName: "\tNguyễn Thị Ánh ".normalize("NFD"),
      relatedBodies: [" Ủy ban nhân dân xã ".normalize("NFD")],
    });
    expect(parsed).toMatchObject({
      id: "D-003",
      field: "Đất đai",
      senderName: "Nguyễn Thị Ánh",
      relatedBodies: ["Ủy ban nhân dân xã"],
    });
    expect(parsed.senderName).toBe(parsed.senderName?.normalize("NFC"));
    expect(parsed.senderName).not.toBe("Nguyễn Thị Ánh".normalize("NFD"));
  });
});

describe("CaseSchema: rejected rows", () => {
  it.each<[string, Record<string, unknown>, string]>([
    ["an impossible reception date", { receivedOn: "2026-02-31" }, "receivedOn"],
    ["29 February of a common year", { receivedOn: "2026-02-29" }, "receivedOn"],
    ["a day-first date (dates are normalised before validation)", { receivedOn: "05/03/2026" }, "receivedOn"],
    ["an impossible result date", { resultOn: "2026-04-31" }, "resultOn"],
    ["an impossible notice date", { notifiedOn: "2026-13-01" }, "notifiedOn"],
    ["an impossible acceptance date", { acceptedOn: "2025-02-29" }, "acceptedOn"],
    ["an id of spaces", { id: "   " }, "id"],
    ["an empty content", { content: " \n\t " }, "content"],
    ["an empty related body", { relatedBodies: ["Sở Xây dựng", " "] }, "relatedBodies.1"],
    ["no kind", { kinds: [] }, "kinds"],
    ["five kinds", { kinds: ["reflection", "petition", "complaint", "denunciation", "complaint"] }, "kinds"],
    ["an unknown kind", { kinds: ["Khiếu nại"] }, "kinds.0"],
    ["an unknown channel", { channel: "email" }, "channel"],
    ["an unknown route", { route: "Chuyển" }, "route"],
    ["zero people", { people: 0 }, "people"],
    ["a fractional number of people", { people: 2.5 }, "people"],
    ["a filing count of 0", { filingCount: 0 }, "filingCount"],
    ["negative extensions", { extensions: -1 }, "extensions"],
    ["a yes/no column as text", { anonymous: "Có" }, "anonymous"],
    ["an unknown complexity", { complexity: "hard" }, "complexity"],
  ])("rejects %s", (_, patch, path) => {
    expect(issuesOf({ ...minimal, ...patch }).map((i) => i.path)).toContain(path);
  });

  it("rejects unknown keys (strict), naming them", () => {
    expect(issuesOf({ ...minimal, Ngày_tiếp_nhận: "2026-03-05", extra: 1 })).toMatchInlineSnapshot(`
      [
        {
          "code": "unrecognized_keys",
          "message": "Trường không có trong mẫu: Ngày_tiếp_nhận, extra",
          "path": "",
        },
      ]
    `);
  });

  it("reports an impossible date with a Vietnamese message", () => {
    expect(issuesOf({ ...minimal, receivedOn: "2026-02-31" })).toMatchInlineSnapshot(`
      [
        {
          "code": "custom",
          "message": "Ngày không có thật trên lịch",
          "path": "receivedOn",
        },
      ]
    `);
  });

  it("reports a badly written date and empty text with Vietnamese messages", () => {
    expect(issuesOf({ ...minimal, id: "  ", receivedOn: "5/3/2026" })).toMatchInlineSnapshot(`
      [
        {
          "code": "too_small",
          "message": "Không được để trống",
          "path": "id",
        },
        {
          "code": "invalid_format",
          "message": "Ngày phải viết dạng YYYY-MM-DD",
          "path": "receivedOn",
        },
      ]
    `);
  });

  it("rejects a missing required column", () => {
    const { receivedOn: _, ...rest } = minimal;
    expect(issuesOf(rest).map((i) => [i.path, i.code])).toEqual([["receivedOn", "invalid_type"]]);
  });
});

describe("CaseSchema: its messages are Vietnamese, as an app shows them to clerks (review s23 D23-8)", () => {
  const base = { id: "A", receivedOn: "2026-03-02", channel: "letter", kinds: ["petition"] };
  it.each([
    [{ kinds: [] }, "kinds", "Phải có ít nhất một loại"],
    [{ channel: "fax" }, "channel", "Phải là một trong: inPerson, letter, online, phone, transferred"],
    [{ channel: undefined }, "channel", "Thiếu giá trị bắt buộc"],
    [{ people: -1 }, "people", "Phải từ 1 trở lên"],
    [{ people: 1.5 }, "people", "Phải là số nguyên"],
    [{ people: "2" }, "people", "Phải là số"],
    [{ extensions: -1 }, "extensions", "Không được là số âm"],
    [{ anonymous: "Có" }, "anonymous", "Phải là true (Có) hoặc false (Không)"],
    [{ id: 12 }, "id", "Phải là chữ"],
    [{ receivedOn: 20260302 }, "receivedOn", "Ngày phải viết dạng YYYY-MM-DD"],
  ])("%j: %s — “%s”", (change, path, message) => {
    const r = CaseSchema.safeParse({ ...base, ...change });
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([[path, message]]);
  });
});

describe("Luật Tố cáo 2018 Điều 8 k3, Điều 47: a case that carries a denunciation is confidential", () => {
  it.each<[CaseKind[], boolean]>([
    [["denunciation"], true],
    [["complaint", "denunciation"], true],
    [["reflection", "petition", "complaint", "denunciation"], true],
    [["complaint"], false],
    [["reflection", "petition"], false],
    [[], false],
  ])("kinds %j → %s", (kinds, expected) => {
    expect(isDenunciation({ kinds })).toBe(expected);
  });

  it("reads a parsed case", () => {
    expect(isDenunciation(CaseSchema.parse(full))).toBe(true);
    expect(isDenunciation(CaseSchema.parse(minimal))).toBe(false);
  });
});
