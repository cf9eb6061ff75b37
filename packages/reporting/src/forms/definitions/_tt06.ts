// The header trees of the forms of Thông tư 06/2025/TT-TTCP (29/09/2025, in force 30/09/2025), read in the
// circular's appendix (a reprint of its text; source and what is still to compare: docs/legal-sources.md,
// "TT 06/2025: the forms read"). Columns the registers cannot fill stay blank, each with its reason.

import type { FormMeasure } from "../measures.js";
import type { FormFill, FormHeaderNode } from "../types.js";
import { NOT_DELEGATED } from "./_reception.js";
import { DISCIPLINE, MATTERS, moneyAndLand, prosecution, RECOVERED, RETURNED } from "./_settlement.js";

const m = (measure: FormMeasure): FormFill => ({ measure });
const blank = (reason: string): FormFill => ({ blank: reason });

const NOT_ACCEPTED = "sổ theo dõi không ghi việc không thụ lý giải quyết";

/** "Số đoàn được tiếp", "Số người được tiếp" of a kind of reception. */
const groups = (first: number, fill: (k: "groups" | "groupPeople") => FormFill): FormHeaderNode => ({
  label: "Trong đó đoàn đông người",
  children: [
    { label: "Số đoàn được tiếp", number: first, fill: fill("groups") },
    { label: "Số người được tiếp", number: first + 1, fill: fill("groupPeople") },
  ],
});

/** Columns 1–21 of 01/TCD (TT 06/2025). */
export function receptionHeaderTt06(): FormHeaderNode[] {
  const head = (k: "groups" | "groupPeople") => m(`reception.head.${k}`);
  const delegated = () => blank(NOT_DELEGATED);
  const byHead = (first: number, who: "head" | "delegated"): FormHeaderNode[] => [
    { label: "Số ngày tiếp", number: first, fill: who === "head" ? m("reception.head.days") : delegated() },
    { label: "Số lượt tiếp", number: first + 1, fill: who === "head" ? m("reception.head.visits") : delegated() },
    {
      label: "Số người được tiếp",
      number: first + 2,
      fill: who === "head" ? m("reception.head.people") : delegated(),
    },
    { label: "Số vụ việc", number: first + 3, fill: blank(MATTERS) },
    groups(first + 4, who === "head" ? head : delegated),
  ];
  return [
    { label: "Tổng số lượt tiếp", number: 1, formula: "5+11+17", fill: { sum: [5, 11, 17] } },
    { label: "Tổng số người được tiếp", number: 2, formula: "6+12+18", fill: { sum: [6, 12, 18] } },
    { label: "Tổng số vụ việc tiếp", number: 3, formula: "7+13+19", fill: { sum: [7, 13, 19] } },
    { label: "Tổng số đoàn đông người", number: 4, formula: "8+14+20", fill: { sum: [8, 14, 20] } },
    {
      label: "Tiếp thường xuyên",
      children: [
        { label: "Số lượt tiếp", number: 5, fill: m("reception.regular.visits") },
        { label: "Số người được tiếp", number: 6, fill: m("reception.regular.people") },
        { label: "Số vụ việc", number: 7, fill: blank(MATTERS) },
        groups(8, (k) => m(`reception.regular.${k}`)),
      ],
    },
    {
      label: "Tiếp định kỳ và đột xuất của Thủ trưởng",
      children: [
        { label: "Thủ trưởng tiếp", children: byHead(10, "head") },
        { label: "Ủy quyền tiếp", children: byHead(16, "delegated") },
      ],
    },
  ];
}

/** Columns 1–25 of 02/XLD (TT 06/2025). */
export function processingHeaderTt06(): FormHeaderNode[] {
  const split = (label: string, children: FormHeaderNode[]): FormHeaderNode => ({ label, children });
  const BY_COMPETENCE = "Phân loại theo thẩm quyền giải quyết";
  const BY_FIELD = "Phân loại theo lĩnh vực";
  return [
    {
      label: "Tổng số đơn",
      number: 1,
      fill: { measures: ["processing.carriedOver", "processing.received"] },
    },
    { label: "Số đơn đã xử lý", number: 2, fill: m("processing.processed") },
    { label: "Số đơn đủ điều kiện xử lý", number: 3, formula: "4+23", fill: { sum: [4, 23] } },
    { label: "Số đơn thuộc thẩm quyền", number: 4, formula: "6+12+19", fill: { sum: [6, 12, 19] } },
    { label: "Số vụ việc thuộc thẩm quyền", number: 5, fill: blank(MATTERS) },
    {
      label: "Số đơn thuộc thẩm quyền",
      children: [
        split("Khiếu nại", [
          { label: "Tổng số đơn", number: 6, formula: "7+8=9+10+11", fill: m("processing.competent.complaint") },
          split(BY_COMPETENCE, [
            { label: "Khiếu nại lần đầu", number: 7, fill: m("processing.competent.complaint.first") },
            { label: "Khiếu nại lần 2", number: 8, fill: m("processing.competent.complaint.second") },
          ]),
          split(BY_FIELD, [
            { label: "Đất đai", number: 9, fill: m("processing.competent.complaint.land") },
            { label: "Chế độ, chính sách", number: 10, fill: m("processing.competent.complaint.policy") },
            { label: "Khác", number: 11, fill: m("processing.competent.complaint.other") },
          ]),
        ]),
        split("Tố cáo", [
          {
            label: "Tổng số đơn",
            number: 12,
            formula: "13+14=15+16+17+18",
            fill: m("processing.competent.denunciation"),
          },
          split(BY_COMPETENCE, [
            { label: "Tố cáo lần đầu", number: 13, fill: m("processing.competent.denunciation.first") },
            { label: "Tố cáo tiếp", number: 14, fill: m("processing.competent.denunciation.repeat") },
          ]),
          split(BY_FIELD, [
            { label: "Hành chính", number: 15, fill: m("processing.competent.denunciation.administrative") },
            { label: "Tham nhũng", number: 16, fill: m("processing.competent.denunciation.corruption") },
            { label: "Tư pháp", number: 17, fill: m("processing.competent.denunciation.judicial") },
            { label: "Khác", number: 18, fill: m("processing.competent.denunciation.other") },
          ]),
        ]),
        split("Kiến nghị, phản ánh", [
          { label: "Tổng số đơn", number: 19, formula: "20+21+22", fill: m("processing.competent.petition") },
          split(BY_FIELD, [
            { label: "Chế độ, chính sách", number: 20, fill: m("processing.competent.petition.policy") },
            { label: "Đất đai", number: 21, fill: m("processing.competent.petition.land") },
            { label: "Khác", number: 22, fill: m("processing.competent.petition.other") },
          ]),
        ]),
      ],
    },
    split("Số đơn không thuộc thẩm quyền", [
      { label: "Tổng số đơn", number: 23, formula: "24+25", fill: { sum: [24, 25] } },
      split("Phân loại theo kết quả xử lý", [
        { label: "Hướng dẫn", number: 24, fill: m("processing.guided") },
        { label: "Chuyển đơn", number: 25, fill: m("processing.transferred") },
      ]),
    ]),
  ];
}

/** Columns 1–6 of 03/GQKN and 04/GQTC: the letters within competence and what became of them. */
function settlementAnalysis(kind: "complaint" | "denunciation"): FormHeaderNode[] {
  const what = kind === "complaint" ? "khiếu nại" : "tố cáo";
  return [
    { label: `Tổng số đơn ${what} thuộc thẩm quyền`, number: 1, fill: m(`processing.competent.${kind}`) },
    { label: "Tổng số vụ việc", number: 2, formula: "3+4+5+6", fill: { sum: [3, 4, 5, 6] } },
    {
      label: "Phân tích kết quả",
      children: [
        { label: "Đang xem xét điều kiện thụ lý", number: 3, fill: m(`processing.competent.${kind}.pending`) },
        { label: "Đã thụ lý giải quyết", number: 4, fill: m(`processing.competent.${kind}.accepted`) },
        { label: "Không thụ lý", number: 5, fill: blank(NOT_ACCEPTED) },
        { label: "Rút đơn, đình chỉ giải quyết", number: 6, fill: m(`processing.competent.${kind}.withdrawn`) },
      ],
    },
  ];
}

/** Recovered for the State, returned to organisations and people (money, land, how many). */
function recoveredAndReturned(first: number): FormHeaderNode[] {
  return [
    { label: "Kiến nghị thu hồi cho Nhà nước", children: moneyAndLand(first, RECOVERED) },
    {
      label: "Trả lại cho tổ chức, cá nhân",
      children: [
        ...moneyAndLand(first + 2, RETURNED),
        { label: "Số tổ chức được trả lại quyền lợi", number: first + 4, fill: blank(RETURNED) },
        { label: "Số cá nhân được trả lại quyền lợi", number: first + 5, fill: blank(RETURNED) },
      ],
    },
  ];
}

/** Columns 1–23 of 03/GQKN (TT 06/2025). */
export function complaintSettlementHeaderTt06(): FormHeaderNode[] {
  const findings = "sổ theo dõi không ghi kết luận khiếu nại đúng, sai hay đúng một phần";
  const secondLevel = "sổ theo dõi không ghi quyết định giải quyết lần hai công nhận hay hủy, sửa quyết định lần đầu";
  return [
    ...settlementAnalysis("complaint"),
    {
      label: "Tổng số Quyết định ban hành trong kỳ",
      number: 7,
      formula: "8+9+10+11+12",
      fill: m("settlement.complaint.issued"),
    },
    {
      label: "Giải quyết lần đầu",
      children: [
        { label: "Khiếu nại đúng", number: 8, fill: blank(findings) },
        { label: "Khiếu nại sai", number: 9, fill: blank(findings) },
        { label: "Khiếu nại đúng 1 phần", number: 10, fill: blank(findings) },
      ],
    },
    {
      label: "Giải quyết lần 2",
      children: [
        { label: "Công nhận kết quả lần đầu", number: 11, fill: blank(secondLevel) },
        { label: "Hủy, sửa kết quả lần đầu", number: 12, fill: blank(secondLevel) },
      ],
    },
    ...recoveredAndReturned(13),
    {
      label: "Kiến nghị xử lý hành chính",
      children: [
        { label: "Tổng số người bị kiến nghị xử lý", number: 19, fill: blank(DISCIPLINE) },
        { label: "Trong đó số cán bộ, công chức, viên chức", number: 20, fill: blank(DISCIPLINE) },
      ],
    },
    prosecution(21, "Tổng số người"),
  ];
}

/** Columns 1–25 of 04/GQTC (TT 06/2025). */
export function denunciationSettlementHeaderTt06(): FormHeaderNode[] {
  const findings = "sổ theo dõi không ghi kết luận tố cáo đúng, sai hay có đúng, có sai";
  const finding = (first: number, again: boolean): FormHeaderNode[] =>
    ["đúng", "sai", "có đúng có sai"].map((f, i) => ({
      label: `Tố cáo ${again ? "tiếp " : ""}${f}`,
      number: first + i,
      fill: blank(findings),
    }));
  return [
    ...settlementAnalysis("denunciation"),
    {
      label: "Tổng số Kết luận ban hành trong kỳ",
      number: 7,
      formula: "8+9+10+11+12+13",
      fill: m("settlement.denunciation.issued"),
    },
    { label: "Tố cáo lần đầu", children: finding(8, false) },
    { label: "Tố cáo tiếp", children: finding(11, true) },
    ...recoveredAndReturned(14),
    {
      label: "Kiến nghị xử lý hành chính",
      children: [
        { label: "Tổ chức", number: 20, fill: blank(DISCIPLINE) },
        { label: "Cá nhân", number: 21, fill: blank(DISCIPLINE) },
        { label: "Trong đó, Cán bộ, công chức", number: 22, fill: blank(DISCIPLINE) },
      ],
    },
    prosecution(23, "Số đối tượng"),
  ];
}
