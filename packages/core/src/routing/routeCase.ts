import { checkCaseDates } from "../_lib/recordDates.js";
import {
  addWorkingDays,
  describeCalendar,
  VIETNAM_CALENDAR,
  type WorkingDayCalendar,
} from "../calendar/workingDays.js";
import type { IsoDate } from "../date/plainDate.js";
import { DEADLINE_SOURCES } from "../deadlines/sources.js";
import { formatVietnameseDate } from "../format/formatVietnameseDate.js";
import { ruleSetInForce } from "../rules/_ruleSetInForce.js";
import { type Case, isDenunciation } from "../schemas/case.js";
import { LABELS, type Route, type Side } from "../schemas/common.js";
import type { AdviserRule, Citation, RuleSet } from "../schemas/ruleSet.js";

/** Context of {@link routeCase}. */
export interface RouteCaseContext {
  /** Force a rule set (otherwise the one in force on the case's `receivedOn`). */
  ruleSet?: RuleSet;
  /** Side of the rule set chosen by date; `party` by default. */
  side?: Side;
  /** Working-day calendar for the notice deadline (the Vietnamese civil-service calendar by default). */
  calendar?: WorkingDayCalendar;
  /**
   * The adviser's judgement that the content is well-founded, clear and specific (có căn cứ, rõ ràng, cụ thể):
   * it makes a case within the head's authority one to settle at once, and an anonymous denunciation one to
   * inspect. Registers do not record it; without it `immediate` is `null`.
   */
  contentClear?: boolean;
  /** Who advises on what, instead of the rule set's table. */
  advisers?: readonly AdviserRule[];
}

/** One reason of a routing decision. */
export interface RoutingReason {
  /** Vietnamese text. */
  text: string;
  /** The clause. */
  source: Citation;
}

/** The deadline of the written notice to the citizen. */
export interface NoticeDeadline {
  /** Last day to send it. */
  date: IsoDate;
  /** Working days from receipt. */
  workingDays: number;
  /** The calendar used; `includesHolidays: false` means holidays were not excluded. */
  calendar: { id: string; label: string; includesHolidays: boolean };
  /** The clause. */
  source: Citation;
  /** Vietnamese explanation. */
  reason: string;
}

/** Result of {@link routeCase}. */
export interface RoutingDecision {
  /** What the rule recommends; `null` when the register lacks the facts (`Thuộc thẩm quyền`). */
  route: Route | null;
  /** Whether to settle at once: `true` only within the head's authority with well-founded, clear content; `null` when unknown. */
  immediate: boolean | null;
  /** Why, in order, each with its clause. */
  reasons: RoutingReason[];
  /** The main clause of the decision. */
  source: Citation;
  /** The written notice to the citizen, or `null` when none is due (anonymous sender, or no such rule). */
  notifyBy: NoticeDeadline | null;
  /** Who advises the head on it. */
  advisers: AdviserRule[];
  /** The competent body reports the result back to the head (route `direct`). */
  reportsBack: boolean;
  /** The complaint or denunciation concerns a Party member: Party bodies are competent. */
  partyBody: boolean;
  /** The sender's identity and the content are confidential (a denunciation). */
  confidential: boolean;
  /** The route recorded in the register (`Hướng xử lý`), if any. */
  recorded: Route | undefined;
  /** Whether the recorded route is the recommended one; `null` when either is unknown. */
  agreesWithRecord: boolean | null;
  /** Id of the rule set applied. */
  ruleSetId: string;
}

/**
 * Recommends how a case should be handled (Kế hoạch 97-KH/TU mục I.5, implementing QĐ 11-QĐi/TW):
 * within the head's authority → handle it, at once when the content is well-founded, clear and specific;
 * a subordinate or a body under the committee's leadership is competent → direct it, the body reports back
 * and notifies the citizen; outside the scope → guide the citizen to the competent body. Complaints and
 * denunciations about Party members go to Party bodies (TT 05/2021/TT-TTCP Điều 15); anonymous
 * denunciations are not handled as denunciations unless their content is clear and verifiable
 * (Luật Tố cáo 2018 Điều 25). The citizen is notified in writing within 10 working days of receipt (QĐ 11).
 *
 * @param c - the case
 * @param context - rule set, calendar, the adviser's judgement of the content, adviser table
 * @returns the route, whether immediate, the reasons with their sources, the notice deadline and the advisers
 * @throws {RangeError} when no bundled rule set of the side was in force on the date of receipt (Party: before
 *   18/02/2019) and `context.ruleSet` is not given
 * @example
 * const d = routeCase({ id: "D7", receivedOn: "2026-03-06", channel: "letter", kinds: ["petition"], authority: "subordinate" });
 * d.route //=> "direct"
 * d.notifyBy?.date //=> "2026-03-20" (10 working days)
 */
export function routeCase(c: Case, context: RouteCaseContext = {}): RoutingDecision {
  checkCaseDates("routeCase", c);
  const ruleSet = context.ruleSet ?? ruleSetInForce("routeCase", c.receivedOn, context.side);
  const calendar = context.calendar ?? VIETNAM_CALENDAR;
  const adviserTable = context.advisers ?? ruleSet.advisers;
  const r = ruleSet.routing;
  const reasons: RoutingReason[] = [];
  const confidential = isDenunciation(c);
  const partyBody = c.subjectIsPartyMember === true && (c.kinds.includes("complaint") || confidential);
  let route: Route | null;
  let immediate: boolean | null = false;
  let source: Citation;
  let reportsBack = false;
  const clear = context.contentClear;

  if (confidential && c.anonymous === true) {
    source = r.anonymous;
    if (clear === true) {
      route = c.authority === "own" ? "handle" : "direct";
      reasons.push({
        text:
          "Tố cáo nặc danh không được xử lý theo Luật Tố cáo; nội dung rõ ràng, có tài liệu, chứng cứ cụ thể và có cơ sở thẩm tra, xác minh nên " +
          (route === "handle"
            ? "tiến hành thanh tra, kiểm tra theo thẩm quyền."
            : "chuyển cơ quan có thẩm quyền thanh tra, kiểm tra."),
        source,
      });
    } else {
      route = "archive";
      reasons.push({
        text:
          clear === false
            ? "Tố cáo nặc danh, nội dung không rõ ràng hoặc không có cơ sở xác minh: không xử lý theo Luật Tố cáo, lưu đơn."
            : "Tố cáo nặc danh: không xử lý theo Luật Tố cáo; chỉ xem xét khi nội dung rõ ràng, có chứng cứ và có cơ sở xác minh (chưa có đánh giá nội dung), tạm lưu đơn.",
        source,
      });
    }
  } else if (c.authority === undefined) {
    route = null;
    immediate = null;
    source = r.handle;
    reasons.push({
      text: 'Không đủ dữ liệu: sổ không ghi "Thuộc thẩm quyền", chưa xác định được hướng xử lý.',
      source,
    });
  } else if (c.authority === "own") {
    route = "handle";
    source = r.handle;
    reasons.push({
      text: "Thuộc thẩm quyền của người đứng đầu: xem xét, xử lý, giải quyết theo thẩm quyền và thông báo kết quả cho người gửi.",
      source,
    });
    immediate = clear ?? null;
    reasons.push({
      text:
        clear === true
          ? "Nội dung có căn cứ, rõ ràng, cụ thể: xử lý, giải quyết ngay."
          : clear === false
            ? "Nội dung chưa rõ ràng, cụ thể: xem xét, xác minh trước khi giải quyết."
            : "Không đủ dữ liệu để xác định có giải quyết ngay hay không (cần đánh giá nội dung có căn cứ, rõ ràng, cụ thể).",
      source,
    });
  } else if (c.authority === "subordinate" || partyBody) {
    route = "direct";
    reportsBack = true;
    source = r.direct;
    reasons.push({
      text: "Thuộc thẩm quyền của cấp dưới hoặc cơ quan thuộc phạm vi lãnh đạo: chỉ đạo, yêu cầu cơ quan có thẩm quyền giải quyết, báo cáo kết quả với người đứng đầu và thông báo kết quả cho người gửi.",
      source,
    });
  } else if (confidential && c.channel !== "inPerson") {
    // A written denunciation outside the competence is transferred, the denouncer notified (Luật Tố cáo 2018 Điều 24);
    // only one made in person is answered by guiding the denouncer (review s18h F11: the review called a transfer a
    // deviation).
    route = "direct";
    source = DEADLINE_SOURCES.denunciationTransfer;
    reasons.push({
      text: "Tố cáo bằng đơn không thuộc thẩm quyền: trong 05 ngày làm việc chuyển đơn tố cáo đến cơ quan, tổ chức, cá nhân có thẩm quyền giải quyết và thông báo cho người tố cáo; người tố cáo đến tố cáo trực tiếp thì được hướng dẫn đến cơ quan có thẩm quyền.",
      source,
    });
  } else if (confidential) {
    // In person: the denouncer is guided to the competent body, under the same article (review s18b F12).
    route = "guide";
    source = DEADLINE_SOURCES.denunciationTransfer;
    reasons.push({
      text: "Tố cáo trực tiếp không thuộc thẩm quyền: hướng dẫn người tố cáo đến tố cáo với cơ quan, tổ chức, cá nhân có thẩm quyền giải quyết.",
      source,
    });
  } else {
    route = "guide";
    source = r.guide;
    reasons.push({
      text: "Không thuộc phạm vi trách nhiệm, thẩm quyền: hướng dẫn người gửi đến đúng cơ quan, tổ chức, người có thẩm quyền (văn bản hướng dẫn gửi người dân).",
      source,
    });
  }

  if (partyBody && route !== "archive") {
    reasons.push({
      // Handled here, the matter is settled here; what concerns the member's Party responsibility goes to the Party
      // body, which does not contradict the route (review s21 C11: "handle" beside "chuyển đến tổ chức đảng").
      text:
        route === "handle"
          ? "Vụ việc liên quan đảng viên: giải quyết theo thẩm quyền; nội dung thuộc trách nhiệm của đảng viên thì chuyển tổ chức đảng có thẩm quyền (ủy ban kiểm tra cấp ủy) xem xét theo quy định của Đảng."
          : "Khiếu nại, tố cáo đối với đảng viên: chuyển đến tổ chức đảng có thẩm quyền (ủy ban kiểm tra cấp ủy) xem xét theo quy định của Đảng.",
      source: r.partyMember,
    });
    if (c.authority === "none") {
      reasons.push({
        text: "Tuy ghi “không thuộc thẩm quyền”, vụ việc liên quan đảng viên thuộc phạm vi của tổ chức đảng nên chỉ đạo chuyển, không chỉ hướng dẫn.",
        source: r.partyMember,
      });
    }
  }
  if (confidential) {
    reasons.push({
      text: "Tố cáo: giữ bí mật họ tên, địa chỉ, bút tích của người tố cáo; khi chuyển đơn phải lược bỏ các thông tin này.",
      source: {
        document: "Luật Tố cáo 2018 (25/2018/QH14)",
        clause: "điểm b khoản 1 Điều 9, khoản 2 Điều 47, Điều 56",
        issuedOn: "2018-06-12",
        effectiveFrom: "2019-01-01",
        verified: true,
      },
    });
  }

  let notifyBy: NoticeDeadline | null = null;
  if (c.anonymous === true) {
    reasons.push({ text: "Không xác định được người gửi nên không có thông báo bằng văn bản.", source });
  } else if (ruleSet.notice) {
    const date = addWorkingDays(c.receivedOn, ruleSet.notice.workingDays, calendar);
    const calendarInfo = describeCalendar(calendar);
    notifyBy = {
      date,
      workingDays: ruleSet.notice.workingDays,
      calendar: calendarInfo,
      source: ruleSet.notice.source,
      reason:
        `Thông báo bằng văn bản cho người gửi trong ${ruleSet.notice.workingDays} ngày làm việc kể từ ngày tiếp nhận ` +
        `(${formatVietnameseDate(c.receivedOn, { style: "numeric" })}), chậm nhất ${formatVietnameseDate(date, { style: "numeric" })}` +
        (calendar.includesHolidays ? "." : ` — ${calendar.label.charAt(0).toLowerCase()}${calendar.label.slice(1)}.`),
    };
  }

  const advisers = adviserTable.filter(
    (a) =>
      a.matter === "general" ||
      (a.matter === "security" && c.securityRisk === true) ||
      (a.matter === "partyMember" && partyBody),
  );
  const recorded = c.route;
  return {
    route,
    immediate: route === "handle" ? immediate : route === null ? null : false,
    reasons,
    source,
    notifyBy,
    advisers,
    reportsBack,
    partyBody,
    confidential,
    recorded,
    agreesWithRecord: route === null || recorded === undefined ? null : route === recorded,
    ruleSetId: ruleSet.id,
  };
}

/**
 * The Vietnamese name of a route ("Giải quyết theo thẩm quyền", …).
 *
 * @param route - the route
 * @returns its label
 * @example
 * describeRoute("guide") //=> "Hướng dẫn người dân"
 */
export function describeRoute(route: Route): string {
  return LABELS.routeLong[route];
}
