import { describe, expect, it } from "vitest";
import { resolvePeriod } from "../periods/resolvePeriod.js";
import { addSession } from "../stats/addSession.js";
import { createStats } from "../stats/createStats.js";
import { checkSessionCompliance } from "./checkSessionCompliance.js";
import { sessionHost } from "./sessionHost.js";

// QĐ 11-QĐi/TW khoản 1 Điều 4 and Luật Tiếp công dân 2013 Điều 12–15: the head receives citizens. A session
// presided by a deputy or another official is a session held, not a day of the head's reception (review s16 F3).
describe("QĐ 11 Điều 4 k1 / Luật Tiếp công dân 2013 Điều 12–15: who presided counts, by the “Người chủ trì” cell", () => {
  it.each([
    ["Bí thư Đảng ủy xã", "party", "head"],
    ["Bí thư Tỉnh ủy", "party", "head"],
    ["Đồng chí Bí thư kiêm Chủ tịch UBND xã", "party", "head"],
    ["BÍ THƯ ĐẢNG ỦY PHƯỜNG", "party", "head"],
    ["Nguyễn Văn An", "party", "head"],
    ["", "party", "head"],
    ["Người đứng đầu cấp ủy", "party", "head"],
    ["Phó Bí thư Đảng ủy xã", "party", "deputy"],
    ["Phó Bí thư Thường trực Tỉnh ủy", "party", "deputy"],
    ["Ủy viên Ban Thường vụ được ủy quyền", "party", "deputy"],
    ["Chủ tịch UBND xã An Bình", "party", "other"],
    ["Ủy viên Ban Thường vụ, Trưởng Ban Nội chính Tỉnh ủy", "party", "other"],
    ["Chủ tịch Ủy ban nhân dân tỉnh", "state", "head"],
    ["Thủ trưởng cơ quan", "state", "head"],
    ["Phó Chủ tịch UBND tỉnh", "state", "deputy"],
    ["Bí thư Đảng ủy xã", "state", "other"],
    ["Chánh Thanh tra tỉnh", "state", "other"],
    ["Phó Đức Phương", "party", "head"], // "Phó" is a surname too: a name alone is the head's
    ["Q. Bí thư Đảng ủy xã", "party", "head"],
    ["Phó Trưởng Ban Nội chính", "party", "deputy"],
    // Review s16r #3–#5.
    ["Phó Chủ tịch UBND xã (được Chủ tịch ủy quyền)", "state", "deputy"],
    ["Phó Bí thư (thay Bí thư)", "party", "deputy"],
    ["PCT UBND xã", "state", "deputy"],
    ["PBT Đảng ủy", "party", "deputy"],
    ["P. Bí thư", "party", "deputy"],
    ["P.Chủ tịch UBND", "state", "deputy"],
    // Review s21 C8: "Phó" or "P." before the abbreviated title.
    ["Phó CT UBND xã", "state", "deputy"],
    ["Phó BT Đảng ủy xã", "party", "deputy"],
    ["P.CT UBND xã", "state", "deputy"],
    ["P. BT", "party", "deputy"],
    ["Phó Công Thành", "state", "head"], // a surname and a given name, not "Phó CT"
    ["Ông Nguyễn Văn Phó", "party", "head"],
    ["Chủ tịch HĐND xã", "state", "other"],
    ["Chủ tịch Ủy ban MTTQ xã", "state", "other"],
    ["Chủ tịch Hội Nông dân", "state", "other"],
    ["Bí thư Chi bộ thôn 3", "party", "other"],
    ["Bí thư Đoàn xã", "party", "other"],
    ["Bí thư Đảng ủy kiêm Chủ tịch HĐND xã", "party", "head"],
    ["Thường trực HĐND xã", "state", "other"],
    ["Lãnh đạo UBND xã", "state", "other"],
  ] as const)("“%s” on the %s side presides as %s", (host, side, who) => {
    expect(sessionHost(host, side)).toBe(who);
  });

  it("without a side, either head's title is the head's", () => {
    expect(sessionHost("Chủ tịch UBND xã")).toBe("head");
    expect(sessionHost("Phó Chủ tịch UBND xã")).toBe("deputy");
  });

  it("checkSessionCompliance counts only the head's scheduled days and says how many sessions others presided", () => {
    const unit = { id: "x", name: "Đảng ủy xã A", level: "commune", side: "party" } as const;
    const r = checkSessionCompliance({
      unit,
      sessions: [
        { id: "1", date: "2026-03-05", kind: "scheduled", host: "Bí thư Đảng ủy xã" },
        { id: "2", date: "2026-03-12", kind: "scheduled", host: "Phó Bí thư Đảng ủy xã" },
        { id: "3", date: "2026-03-19", kind: "scheduled", host: "Chủ tịch UBND xã" },
      ],
      from: "2026-03-01",
      to: "2026-03-31",
    });
    expect(r.months[0]).toMatchObject({ scheduledDays: 1, byOthers: 2, requiredDays: 2, shortfall: 1 });
    expect(r.months[0]?.reason).toContain(
      "Có 2 buổi tiếp định kỳ do cấp phó hoặc người khác chủ trì (không tính vào số ngày của người đứng đầu).",
    );
  });

  it("addSession records the head's days only; every session is still held", () => {
    const stats = createStats({
      period: resolvePeriod("2026-03"),
      unit: { id: "x", name: "Đảng ủy xã A", level: "commune", side: "party" },
    });
    addSession(stats, { id: "1", date: "2026-03-05", kind: "scheduled", host: "Bí thư" });
    addSession(stats, { id: "2", date: "2026-03-12", kind: "scheduled", host: "Phó Bí thư" });
    expect(stats.sessions).toMatchObject({
      held: 2,
      scheduled: 2,
      scheduledDaysByMonth: { "2026-03": ["2026-03-05"] },
    });
  });
});
