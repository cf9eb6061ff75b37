// @ts-check
// `pnpm demo`: runs the rules of @tiepdan/core over the fictional province of Minh Sơn and prints every
// decision with its reasons and sources. Denouncers' identities are never printed.
import { readFileSync } from "node:fs";
import {
  addCase,
  addSession,
  CaseSchema,
  checkSessionCompliance,
  computeDeadline,
  createStats,
  describeRoute,
  evaluateAdHocTriggers,
  evaluateCaseDeadlines,
  formatCitation,
  formatVietnameseDate,
  fromLunar,
  getDaysOffYear,
  getYearCanChi,
  listPeriodObligations,
  nextSessionDue,
  proposeSchedule,
  ReceptionSessionSchema,
  resolvePeriod,
  routeCase,
  summarizeStats,
} from "@tiepdan/core";

const data = JSON.parse(readFileSync(new URL("./minh-son/rules-example.json", import.meta.url), "utf8"));
const asOf = data.asOf;
const [province, commune] = data.units;
const sessions = data.sessions.map((/** @type {unknown} */ s) => ReceptionSessionSchema.parse(s));
const cases = data.cases.map((/** @type {unknown} */ c) => CaseSchema.parse(c));
const d = (/** @type {string} */ x) => formatVietnameseDate(x, { style: "numeric" });
const out = (/** @type {string} */ s = "") => process.stdout.write(`${s}\n`);
const title = (/** @type {string} */ s) => out(`\n━━ ${s} ━━`);
const STATUS = { met: "đúng hạn", missed: "QUÁ HẠN", pending: "chưa đến hạn", insufficientData: "thiếu dữ liệu" };

out("tiếp dân — quy tắc của Quy định 11-QĐi/TW áp dụng cho tỉnh Minh Sơn (dữ liệu hư cấu)");
out(`Ngày đánh giá: ${d(asOf)}`);

title("1. Kỳ báo cáo");
for (const [spec, cutoff] of /** @type {const} */ ([
  ["2026-03", "calendar"],
  ["2026-Q1", "calendar"],
  ["2026-Q1", "mid-month"],
  ["2026-H1", "mid-month"],
  ["2026-02-01..2026-02-20", "calendar"],
])) {
  const p = resolvePeriod(spec, { cutoff });
  const duties = listPeriodObligations(p).map(
    (o) => `${o.label.replace(/ \(.*\)$/, "")} (${formatCitation(o.source)})`,
  );
  out(
    `${spec} (${cutoff === "calendar" ? "theo tháng dương lịch" : "chốt số liệu ngày 14"}) → ${p.label}: ${d(p.from)} – ${d(p.to)}`,
  );
  for (const duty of duties.length ? duties : ["không có nghĩa vụ báo cáo riêng cho kỳ này"]) out(`  • ${duty}`);
}

title("2. Số ngày tiếp dân định kỳ, quý I năm 2026");
const q1 = resolvePeriod("2026-Q1");
for (const unit of [province, commune]) {
  const r = checkSessionCompliance({ unit, sessions, from: q1.from, to: q1.to });
  out(
    `${unit.name}: yêu cầu ${r.requiredDays} ngày, đã tiếp ${r.scheduledDays} ngày định kỳ, ${r.adHocSessions} buổi đột xuất; tháng chưa đạt: ${r.monthsShort.join(", ") || "không"}`,
  );
  for (const m of r.months) out(`  • ${m.reason}`);
  const next = nextSessionDue({ unit, sessions, asOf });
  if (next) out(`  → ${next.reason}`);
}

title("3. Lịch tiếp dân dự kiến năm 2026 (Đảng ủy xã An Bình, thứ Năm)");
const plan = proposeSchedule({ unit: commune, year: 2026, weekday: 4 });
out(
  `${plan.sessions
    .slice(0, 6)
    .map((s) => d(s.date))
    .join(", ")}, …`,
);
for (const n of plan.notes) out(`  ! ${n}`);

title("4. Lịch làm việc năm 2026");
const tet = fromLunar({ day: 1, month: 1, year: 2026, leap: false });
out(`Tết ${getYearCanChi(2026)}: ${d(tet)} (mùng 1 tháng Giêng, âm lịch tính theo múi giờ UTC+7)`);
const daysOff = getDaysOffYear(2026);
out(`Ngày nghỉ của cán bộ, công chức (${daysOff.sources.map((s) => s.document).join("; ")}):`);
for (const x of daysOff.daysOff) out(`  • ${d(x.date)} ${x.name}`);
for (const x of daysOff.workedRestDays) out(`  • ${d(x.date)} ${x.name}`);
const example = computeDeadline({ kind: "partyNotice", from: "2026-02-12" });
out(`Ví dụ: ${example.explanation}`);

title("5. Tiếp dân đột xuất, hướng xử lý và thời hạn từng vụ việc");
for (const c of cases) {
  const t = evaluateAdHocTriggers(c, { asOf });
  const r = routeCase(c);
  const route = r.route ? describeRoute(r.route) : "chưa xác định";
  const recorded = r.recorded
    ? `; sổ ghi: ${describeRoute(r.recorded)}${r.agreesWithRecord === false ? " (KHÁC đề xuất)" : ""}`
    : "";
  out(`${c.id} (${d(c.receivedOn)}) → đề xuất: ${route}${recorded}`);
  for (const reason of r.reasons) out(`  • ${reason.text} [${formatCitation(reason.source)}]`);
  if (r.advisers.length) out(`  • Tham mưu: ${r.advisers.map((a) => `${a.lead} chủ trì`).join("; ")}`);
  const fired = t.criteria.filter((x) => x.fired === true);
  out(
    `  • Tiếp dân đột xuất: ${t.triggered ? `CÓ — ${fired.map((x) => x.reason).join(" ")}` : "không"} (${t.undetermined.length} tiêu chí không đủ dữ liệu)`,
  );
  for (const s of evaluateCaseDeadlines(c, asOf)) out(`  • [${STATUS[s.status]}] ${s.reason}`);
}

title("6. Số liệu quý I năm 2026 (Tỉnh ủy Minh Sơn)");
const stats = createStats({ period: q1, unit: province, asOf });
for (const c of cases) addCase(stats, c);
for (const s of sessions) addSession(stats, s);
const { compliance, ...summary } = summarizeStats(stats);
out(JSON.stringify(summary, null, 2));
