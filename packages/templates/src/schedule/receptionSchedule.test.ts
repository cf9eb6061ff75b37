import { describe, expect, it } from "vitest";
import {
  formatWeekdayDate,
  RECEPTION_SCHEDULE_BODY,
  renderReceptionSchedule,
  type ScheduleDay,
  type ScheduleModel,
  type ScheduleUnit,
} from "./receptionSchedule.js";

const day = (date: string, movedFrom: string | null = null): ScheduleDay => ({
  date,
  month: date.slice(0, 7),
  moved: movedFrom !== null,
  movedFrom,
});

const unit = (id: string, name: string, days: ScheduleDay[], patch: Partial<ScheduleUnit> = {}): ScheduleUnit => ({
  id,
  name,
  timeText: "thứ Năm của tuần thứ hai và thứ Năm của tuần thứ tư hằng tháng",
  place: "Hội trường Đảng ủy",
  days,
  ...patch,
});

/** A province head (one day, February moved off Tết) and a commune head (two days in January). */
function makeModel(patch: Partial<ScheduleModel> = {}): ScheduleModel {
  return {
    format: "tiepdan-schedule@1",
    year: 2026,
    subject: "của người đứng đầu Tỉnh ủy Minh Sơn và các cấp ủy trực thuộc",
    reception: "tiếp dân",
    heads: "người đứng đầu",
    announcer: "Ban Thường vụ Tỉnh ủy Minh Sơn",
    basis: ["khoản 1 Điều 4 Quy định 11-QĐi/TW, sửa đổi theo Kết luận 215-KL/TW"],
    requirements: [
      {
        headLabel: "Người đứng đầu cấp ủy cấp tỉnh",
        minDays: 1,
        per: "month",
        citation: "khoản 1 Điều 4 Quy định 11-QĐi/TW, sửa đổi theo Kết luận 215-KL/TW",
        span: null,
      },
      {
        headLabel: "Người đứng đầu cấp ủy cấp xã",
        minDays: 2,
        per: "month",
        citation: "khoản 1 Điều 4 Quy định 11-QĐi/TW, sửa đổi theo Kết luận 215-KL/TW",
        span: "từ tháng 12/2025",
      },
    ],
    calendar: {
      label: "Trừ ngày nghỉ hằng tuần (chủ nhật, thứ bảy) và ngày nghỉ lễ, Tết của cán bộ, công chức",
      sources: ["Thông báo 9441/TB-BNV", "Công văn 12729/VPCP-KGVX"],
    },
    commonPlace: "Trụ sở Tiếp công dân tỉnh, số 1 đường Lê Lợi",
    units: [
      unit("tu", "Tỉnh ủy Minh Sơn", [day("2026-01-15"), day("2026-02-23", "2026-02-19")], {
        timeText: "thứ Năm của tuần thứ ba hằng tháng",
      }),
      unit("xa", "Đảng ủy xã An Bình", [day("2026-01-08"), day("2026-01-22")]),
    ],
    notes: ["Tỉnh ủy Minh Sơn: Thứ Năm, 19/02/2026 là ngày nghỉ Tết Nguyên đán."],
    attachedTo: "Thông báo số 15-TB/TU ngày 25/12/2025 của Tỉnh ủy Minh Sơn",
    draftNotes: [],
    ...patch,
  };
}

/** The rows of the first table of the appendix, each a list of cell contents. */
function tableRows(markup: string): string[][] {
  const table = /<table[^>]*>([\s\S]*?)<\/table>/.exec(markup)?.[1] ?? "";
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...(r[1] ?? "").matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1] ?? ""),
  );
}

describe("formatWeekdayDate", () => {
  it.each([
    ["2026-01-08", "Thứ Năm, 08/01/2026"],
    ["2026-02-23", "Thứ Hai, 23/02/2026"],
    ["2026-03-15", "Chủ nhật, 15/03/2026"],
    ["2026-08-22", "Thứ Bảy, 22/08/2026"],
  ])("%s → %s", (date, text) => {
    expect(formatWeekdayDate(date)).toBe(text);
  });

  it("refuses what is not a date", () => {
    expect(() => formatWeekdayDate("2026-02-30")).toThrow(RangeError);
  });
});

describe("renderReceptionSchedule: the body", () => {
  it("opens with the basis and the announcer, then each minimum, with its span when not the whole year", () => {
    const { body } = renderReceptionSchedule(makeModel());
    expect(body).toContain(
      "<p>Thực hiện khoản 1 Điều 4 Quy định 11-QĐi/TW, sửa đổi theo Kết luận 215-KL/TW, Ban Thường vụ Tỉnh ủy Minh Sơn thông báo lịch tiếp dân năm 2026 của người đứng đầu Tỉnh ủy Minh Sơn và các cấp ủy trực thuộc như sau:</p>",
    );
    expect(body).toContain("<p>- Người đứng đầu cấp ủy cấp tỉnh tiếp dân ít nhất 1 ngày trong 1 tháng.</p>");
    expect(body).toContain(
      "<p>- Người đứng đầu cấp ủy cấp xã tiếp dân ít nhất 2 ngày trong 1 tháng (từ tháng 12/2025).</p>",
    );
  });

  it("writes a weekly minimum per week", () => {
    const model = makeModel();
    const { body } = renderReceptionSchedule({
      ...model,
      requirements: [{ ...(model.requirements[0] as ScheduleModel["requirements"][number]), per: "week" }],
    });
    expect(body).toContain("ít nhất 1 ngày trong 1 tuần.");
  });

  it("lists units that share a fixed time once, in the order given", () => {
    const model = makeModel();
    const { body } = renderReceptionSchedule({
      ...model,
      units: [...model.units, unit("xa2", "Đảng ủy phường Đông Thành", [day("2026-01-08")])],
    });
    expect(body).toContain("<p>- Tỉnh ủy Minh Sơn: thứ Năm của tuần thứ ba hằng tháng.</p>");
    expect(body).toContain(
      "<p>- Đảng ủy xã An Bình, Đảng ủy phường Đông Thành: thứ Năm của tuần thứ hai và thứ Năm của tuần thứ tư hằng tháng.</p>",
    );
  });

  it("names the calendar and its sources, the first letter of the label lowered only", () => {
    const { body } = renderReceptionSchedule(makeModel());
    expect(body).toContain(
      "Các ngày tiếp dân đều là ngày làm việc, đã trừ ngày nghỉ hằng tuần (chủ nhật, thứ bảy) và ngày nghỉ lễ, Tết của cán bộ, công chức năm 2026 theo Thông báo 9441/TB-BNV và Công văn 12729/VPCP-KGVX.",
    );
  });

  it("prints the shared place once, or each unit's place when they differ", () => {
    expect(renderReceptionSchedule(makeModel()).body).toContain(
      "<h2>2. Địa điểm tiếp dân</h2>\n<p>Trụ sở Tiếp công dân tỉnh, số 1 đường Lê Lợi.</p>",
    );
    const { body } = renderReceptionSchedule(makeModel({ commonPlace: null }));
    expect(body).toContain("<p>- Tỉnh ủy Minh Sơn: Hội trường Đảng ủy.</p>");
    expect(body).toContain("<p>- Đảng ủy xã An Bình: Hội trường Đảng ủy.</p>");
  });

  it("has a notes part only when there are notes, and numbers the closing part after it", () => {
    const withNotes = renderReceptionSchedule(makeModel()).body;
    expect(withNotes).toContain("<h2>3. Ghi chú</h2>\n<p>- Tỉnh ủy Minh Sơn: Thứ Năm, 19/02/2026");
    expect(withNotes).toContain("<h2>4. Công khai lịch tiếp dân</h2>");
    const without = renderReceptionSchedule(makeModel({ notes: [] })).body;
    expect(without).not.toContain("Ghi chú");
    expect(without).toContain("<h2>3. Công khai lịch tiếp dân</h2>");
    expect(without).toContain(
      "Trường hợp thay đổi thời gian hoặc địa điểm tiếp dân, Ban Thường vụ Tỉnh ủy Minh Sơn sẽ thông báo công khai trước ngày tiếp dân",
    );
  });

  it("marks a draft at the top", () => {
    const { body } = renderReceptionSchedule(makeModel({ draftNotes: ["Chưa ghi địa điểm."] }));
    expect(body.indexOf("[DỰ THẢO] Chưa ghi địa điểm.")).toBeLessThan(body.indexOf("Thực hiện"));
    expect(renderReceptionSchedule(makeModel()).body).not.toContain("DỰ THẢO");
  });

  it("escapes what the org file or the clerk typed", () => {
    const model = makeModel();
    const { body, appendix } = renderReceptionSchedule({
      ...model,
      commonPlace: "Nhà văn hóa <khu 3> & chợ",
      units: [unit("x", "Đảng ủy xã A & B", [day("2026-01-08")])],
    });
    for (const markup of [body, appendix]) {
      expect(markup).toContain("Đảng ủy xã A &amp; B");
      expect(markup).not.toContain("A & B");
      expect(markup).toContain("Nhà văn hóa &lt;khu 3&gt; &amp; chợ");
    }
  });

  it("fails on a missing value instead of printing a blank (strict mode)", () => {
    const { announcer: _, ...rest } = makeModel();
    expect(() => renderReceptionSchedule(rest as ScheduleModel)).toThrow(/announcer/);
  });

  it("takes a replacement template with the same helpers", () => {
    const { body } = renderReceptionSchedule(makeModel(), {
      bodyTemplate: "<body><p>{{weekdayDate (lookup (lookup units.0.days 0) 'date')}}</p></body>",
    });
    expect(body).toBe("<body><p>Thứ Năm, 15/01/2026</p></body>");
    expect(RECEPTION_SCHEDULE_BODY.startsWith("<body>")).toBe(true);
  });
});

describe("renderReceptionSchedule: the appendix", () => {
  it("is a landscape section titled with the year and the subject, attached to the notice", () => {
    const { appendix } = renderReceptionSchedule(makeModel());
    expect(appendix).toContain('<section orientation="landscape">');
    expect(appendix).toContain("LỊCH TIẾP DÂN NĂM 2026 CỦA NGƯỜI ĐỨNG ĐẦU TỈNH ỦY MINH SƠN VÀ CÁC CẤP ỦY TRỰC THUỘC");
    expect(appendix).toContain("(Kèm theo Thông báo số 15-TB/TU ngày 25/12/2025 của Tỉnh ủy Minh Sơn)");
    expect(appendix).toContain("Địa điểm tiếp dân: Trụ sở Tiếp công dân tỉnh, số 1 đường Lê Lợi");
  });

  it("has a month per row and a unit per column, dates with their weekday, a moved date with the day it replaces", () => {
    const rows = tableRows(renderReceptionSchedule(makeModel()).appendix);
    expect(rows[0]).toEqual(["Tháng", "Tỉnh ủy Minh Sơn", "Đảng ủy xã An Bình"]);
    expect(rows[1]).toEqual(["Tháng 1", "Thứ Năm, 15/01/2026", "Thứ Năm, 08/01/2026<br/>Thứ Năm, 22/01/2026"]);
    expect(rows[2]).toEqual(["Tháng 2", "Thứ Hai, 23/02/2026<br/><i>(thay ngày 19/02/2026)</i>", ""]);
    expect(rows[12]?.[0]).toBe("Tháng 12");
    expect(rows[13]).toEqual(["<b>Cả năm</b>", "<b>2 ngày</b>", "<b>2 ngày</b>"]);
    expect(rows).toHaveLength(14);
  });

  it("puts each unit's place in a last row when the places differ", () => {
    const rows = tableRows(renderReceptionSchedule(makeModel({ commonPlace: null })).appendix);
    expect(rows.at(-1)).toEqual(["Địa điểm", "Hội trường Đảng ủy", "Hội trường Đảng ủy"]);
  });

  it("leaves out of the table a unit with no days (the body says why)", () => {
    const model = makeModel();
    const rendered = renderReceptionSchedule({
      ...model,
      units: [...model.units, unit("h", "Huyện ủy cũ", [], { timeText: "không lập lịch" })],
    });
    expect(tableRows(rendered.appendix)[0]).toEqual(["Tháng", "Tỉnh ủy Minh Sơn", "Đảng ủy xã An Bình"]);
    expect(rendered.body).toContain("<p>- Huyện ủy cũ: không lập lịch.</p>");
  });

  it("splits more than six units into balanced tables with smaller type for many columns", () => {
    const units = Array.from({ length: 7 }, (_, i) => unit(`u${i}`, `Đảng ủy xã Số ${i + 1}`, [day("2026-01-08")]));
    const { appendix } = renderReceptionSchedule(makeModel({ units }));
    const tables = [...appendix.matchAll(/<table widths="([^"]+)" header-rows="1" size="(\d+)">/g)];
    expect(tables.map((t) => [t[1], t[2]])).toEqual([
      ["3,6,6,6,6", "10"],
      ["3,6,6,6", "10"],
    ]);
    const six = renderReceptionSchedule(makeModel({ units: units.slice(0, 6) })).appendix;
    expect([...six.matchAll(/<table widths="([^"]+)" header-rows="1" size="(\d+)">/g)].map((t) => t[2])).toEqual(["9"]);
  });
});
