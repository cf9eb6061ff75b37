import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { DialogueSchema, type ReceptionSessionInput, ReceptionSessionSchema } from "./session.js";

const issuesOf = (schema: z.ZodType, input: unknown): Array<{ path: string; code: string; message: string }> => {
  const r = schema.safeParse(input);
  if (r.success) throw new Error("expected the parse to fail");
  return r.error.issues.map((i) => ({ path: i.path.join("."), code: i.code, message: i.message }));
};

const good: ReceptionSessionInput = {
  id: "B-03",
  date: "2026-03-16",
  host: "Bí thư Tỉnh ủy",
  kind: "scheduled",
  place: "Trụ sở Tiếp công dân tỉnh",
  unit: "tu",
  people: 12,
  dialogue: true,
};

describe("ReceptionSessionSchema: a row of the sessions register", () => {
  it("accepts a complete row", () => {
    expect(ReceptionSessionSchema.parse(good)).toEqual(good);
  });

  it.each([
    ["a minimal scheduled session", { id: "B-1", date: "2026-03-16", kind: "scheduled" }],
    ["an ad hoc session", { id: "B-2", date: "2026-03-17", kind: "adHoc" }],
    ["nobody came", { id: "B-3", date: "2026-03-18", kind: "scheduled", people: 0 }],
  ])("accepts %s", (_, input) => {
    expect(ReceptionSessionSchema.parse(input)).toEqual(input);
  });

  it("normalises NFD text to NFC and trims it", () => {
    const parsed = ReceptionSessionSchema.parse({
      ...good,
      host: " Nguyễn Văn Đức ".normalize("NFD"),
      place: "Xã Hòa Bình  ".normalize("NFD"),
    });
    expect([parsed.host, parsed.place]).toEqual(["Nguyễn Văn Đức", "Xã Hòa Bình"]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["an impossible date", { date: "2026-02-30" }, "date"],
    ["a day-first date", { date: "16/03/2026" }, "date"],
    ["an unknown kind", { kind: "Định kỳ" }, "kind"],
    ["an empty id", { id: " " }, "id"],
    ["an empty host", { host: "" }, "host"],
    ["negative people", { people: -1 }, "people"],
    ["fractional people", { people: 1.5 }, "people"],
    ["a yes/no column as text", { dialogue: "Có" }, "dialogue"],
  ])("rejects %s", (_, patch, path) => {
    expect(issuesOf(ReceptionSessionSchema, { ...good, ...patch }).map((i) => i.path)).toContain(path);
  });

  it("rejects unknown keys and impossible dates with readable issues", () => {
    expect(issuesOf(ReceptionSessionSchema, { ...good, date: "2026-02-30", room: "P.1" })).toMatchInlineSnapshot(`
      [
        {
          "code": "custom",
          "message": "Ngày không có thật trên lịch",
          "path": "date",
        },
        {
          "code": "unrecognized_keys",
          "message": "Trường không có trong mẫu: room",
          "path": "",
        },
      ]
    `);
  });
});

describe("DialogueSchema: a direct dialogue (đối thoại trực tiếp với dân)", () => {
  const dialogue = {
    id: "DT-01",
    date: "2026-04-02",
    topic: "Bồi thường giải phóng mặt bằng",
    participants: 40,
    caseIds: ["D-001", "D-002"],
  };

  it("accepts a dialogue and normalises its text", () => {
    expect(DialogueSchema.parse({ ...dialogue, topic: ` ${dialogue.topic.normalize("NFD")} ` })).toEqual(dialogue);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["no topic", { topic: "  " }, "topic"],
    ["an impossible date", { date: "2026-04-31" }, "date"],
    ["an unknown key", { minutes: "…" }, ""],
    ["an empty case id", { caseIds: [""] }, "caseIds.0"],
  ])("rejects %s", (_, patch, path) => {
    expect(issuesOf(DialogueSchema, { ...dialogue, ...patch }).map((i) => i.path)).toContain(path);
  });
});
