// Review s23 D23-6: a record's date written otherwise than YYYY-MM-DD is named with the function called, the record and
// its field — not with the internal function that stumbled on it first ("getRuleSetAt: …", "parseIsoDate: …").
import { describe, expect, it } from "vitest";
import { evaluateCaseDeadlines, isCaseOverdue, missedCaseDeadlines } from "../deadlines/evaluateCaseDeadlines.js";
import { resolvePeriod } from "../periods/resolvePeriod.js";
import { routeCase } from "../routing/routeCase.js";
import { checkSessionCompliance } from "../schedule/checkSessionCompliance.js";
import type { Case } from "../schemas/case.js";
import type { ReceptionSession } from "../schemas/session.js";
import { addSession } from "../stats/addSession.js";
import { createStats } from "../stats/createStats.js";

const kase = (extra: Partial<Case>): Case =>
  ({ id: "K-7", receivedOn: "2026-03-02", channel: "letter", kinds: ["complaint"], ...extra }) as Case;
const session = (date: string): ReceptionSession => ({ id: "B-3", date, kind: "scheduled" });
const unit = { id: "tu", name: "Tỉnh ủy Minh Sơn", level: "province" };

describe("a record's bad date is named with the function called, the record and its field", () => {
  it.each([
    [
      "routeCase",
      () => routeCase(kase({ receivedOn: "2026-02-30" })),
      'routeCase: case "K-7" has receivedOn "2026-02-30"',
    ],
    [
      "evaluateCaseDeadlines",
      () => evaluateCaseDeadlines(kase({ receivedOn: "30/01/2026" }), "2026-04-30"),
      'evaluateCaseDeadlines: case "K-7" has receivedOn "30/01/2026"',
    ],
    [
      "missedCaseDeadlines",
      () => missedCaseDeadlines(kase({ acceptedOn: "2026-3-10" }), "2026-04-30"),
      'missedCaseDeadlines: case "K-7" has acceptedOn "2026-3-10"',
    ],
    [
      "isCaseOverdue",
      () => isCaseOverdue(kase({ receivedOn: undefined as unknown as string }), "2026-04-30"),
      'isCaseOverdue: case "K-7" has receivedOn undefined',
    ],
    [
      "addSession",
      () => addSession(createStats({ period: resolvePeriod("2026-Q1") }), session("bad")),
      'addSession: session "B-3" has date "bad"',
    ],
    [
      "checkSessionCompliance",
      () => checkSessionCompliance({ unit, sessions: [session("2026-13-01")], from: "2026-01-01", to: "2026-03-31" }),
      'checkSessionCompliance: session "B-3" has date "2026-13-01"',
    ],
  ])("%s", (_fn, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(`${message}, not YYYY-MM-DD`);
  });
});
