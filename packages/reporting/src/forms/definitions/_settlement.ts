// The header trees of the settlement forms — Biểu 01/KQGQ "giải quyết (khiếu nại) thuộc thẩm quyền" and Biểu
// 03/KQGQ "giải quyết tố cáo thuộc thẩm quyền" — as a deployed KNTC system builds them for TT 01/2024/TT-TTCP
// (source and doubts: docs/legal-sources.md, "Official forms"). The registers carry who settles (`Hướng xử lý`),
// when (`Ngày thụ lý`, `Ngày có kết quả`), withdrawals (`Trạng thái` Rút đơn) and repeat filings (`Lần`); not the
// findings (đúng / sai), the money, land and people of the conclusions, nor the suspensions.

import type { FormMeasure } from "../measures.js";
import type { FormFill, FormHeaderNode } from "../types.js";

const m = (measure: FormMeasure): FormFill => ({ measure });
const blank = (reason: string): FormFill => ({ blank: reason });

/** A register row is one letter: the forms' count of matters beside the count of letters would only repeat it. */
export const MATTERS = "sổ theo dõi ghi mỗi dòng một đơn, không gộp các đơn cùng nội dung thành một vụ việc";
export const RECOVERED = "sổ theo dõi không ghi số tiền, đất kiến nghị thu hồi cho Nhà nước";
export const RETURNED = "sổ theo dõi không ghi số tiền, đất, quyền lợi trả lại cho tổ chức, cá nhân";
export const DISCIPLINE = "sổ theo dõi không ghi kiến nghị xử lý hành chính";
export const PROSECUTION = "sổ theo dõi không ghi vụ việc chuyển cơ quan điều tra";

/** Money and land: "Tiền (Trđ)", "Đất (m2)". */
export const moneyAndLand = (first: number, reason: string): FormHeaderNode[] => [
  { label: "Tiền (Trđ)", number: first, fill: blank(reason) },
  { label: "Đất (m2)", number: first + 1, fill: blank(reason) },
];

/**
 * "Chuyển cơ quan điều tra": the cases, the people ("Tổng số người" in the complaint forms, "Số đối tượng" in the
 * denunciation forms) and the officials among them.
 */
export const prosecution = (first: number, people: "Tổng số người" | "Số đối tượng"): FormHeaderNode => ({
  label: "Chuyển cơ quan điều tra",
  children: [
    { label: "Số vụ", number: first, fill: blank(PROSECUTION) },
    { label: people, number: first + 1, fill: blank(PROSECUTION) },
    { label: "Trong đó số cán bộ, công chức, viên chức", number: first + 2, fill: blank(PROSECUTION) },
  ],
});

/** Columns 1–26 of 01/KQGQ (TT 01/2024): complaints within the unit's competence. */
export function complaintSettlementHeader(): FormHeaderNode[] {
  const findings = "sổ theo dõi không ghi kết luận khiếu nại đúng, sai hay đúng một phần";
  const secondLevel = "sổ theo dõi không ghi quyết định giải quyết lần hai công nhận hay hủy, sửa quyết định lần đầu";
  return [
    {
      label: "Đơn khiếu nại thuộc thẩm quyền",
      children: [
        { label: "Tổng số", number: 1, formula: "2+3", fill: { sum: [2, 3] } },
        { label: "Đơn kỳ trước chuyển sang", number: 2, fill: m("settlement.complaint.carriedOver") },
        { label: "Đơn tiếp nhận trong kỳ", number: 3, fill: m("settlement.complaint.received") },
      ],
    },
    { label: "Tổng số vụ việc khiếu nại thuộc thẩm quyền", number: 4, fill: blank(MATTERS) },
    {
      label: "Kết quả giải quyết",
      children: [
        {
          label: "Đã giải quyết",
          children: [
            {
              label: "Số vụ việc giải quyết bằng QĐ hành chính",
              number: 5,
              formula: "20+..+24",
              fill: m("settlement.complaint.decided"),
            },
            {
              label: "Số vụ việc rút đơn thông qua giải thích, thuyết phục",
              number: 6,
              fill: m("settlement.complaint.withdrawn"),
            },
          ],
        },
        { label: "Kiến nghị thu hồi cho NN", children: moneyAndLand(7, RECOVERED) },
        {
          label: "Trả lại cho tổ chức, cá nhân",
          children: [
            { label: "Tổ chức", children: moneyAndLand(9, RETURNED) },
            { label: "Cá nhân", children: moneyAndLand(11, RETURNED) },
            { label: "Số tổ chức được trả lại quyền lợi", number: 13, fill: blank(RETURNED) },
            { label: "Số cá nhân được trả lại quyền lợi", number: 14, fill: blank(RETURNED) },
          ],
        },
        {
          label: "Kiến nghị xử lý hành chính",
          children: [
            { label: "Tổng số người bị kiến nghị xử lý", number: 15, fill: blank(DISCIPLINE) },
            { label: "Trong đó số cán bộ, công chức, viên chức", number: 16, fill: blank(DISCIPLINE) },
          ],
        },
        prosecution(17, "Tổng số người"),
      ],
    },
    {
      label: "Phân tích kết quả giải quyết (vụ việc)",
      children: [
        {
          label: "Giải quyết lần đầu",
          children: [
            { label: "Khiếu nại đúng", number: 20, fill: blank(findings) },
            { label: "Khiếu nại sai", number: 21, fill: blank(findings) },
            { label: "Khiếu nại đúng một phần", number: 22, fill: blank(findings) },
          ],
        },
        {
          label: "Giải quyết lần 2",
          children: [
            { label: "Công nhận QĐ g/q lần đầu", number: 23, fill: blank(secondLevel) },
            { label: "Hủy, sửa QĐ g/q lần đầu", number: 24, fill: blank(secondLevel) },
          ],
        },
        {
          label: "Chấp hành thời hạn giải quyết",
          children: [
            { label: "Đúng quy định", number: 25, fill: m("settlement.complaint.onTime") },
            { label: "Không đúng quy định", number: 26, fill: m("settlement.complaint.late") },
          ],
        },
      ],
    },
  ];
}

/** Columns 1–31 of 03/KQGQ (TT 01/2024): denunciations within the unit's competence. */
export function denunciationSettlementHeader(): FormHeaderNode[] {
  const findings = "sổ theo dõi không ghi kết luận tố cáo đúng, sai hay có đúng, có sai";
  return [
    {
      label: "Đơn tố cáo thuộc thẩm quyền",
      children: [
        { label: "Tổng số", number: 1, formula: "2+3", fill: { sum: [2, 3] } },
        { label: "Kỳ trước chuyển sang", number: 2, fill: m("settlement.denunciation.carriedOver") },
        { label: "Tiếp nhận trong kỳ", number: 3, fill: m("settlement.denunciation.received") },
      ],
    },
    { label: "Tổng số vụ việc tố cáo thuộc thẩm quyền", number: 4, fill: blank(MATTERS) },
    { label: "Trong đó số vụ việc tố cáo tiếp", number: 5, fill: m("settlement.denunciation.repeat") },
    {
      label: "Kết quả giải quyết",
      children: [
        {
          label: "Đã giải quyết",
          children: [
            {
              label: "Tổng số",
              number: 6,
              formula: "7+..+10=24+26+28=30+31",
              fill: m("settlement.denunciation.settled"),
            },
            { label: "Số vụ việc lần đầu", number: 7, fill: m("settlement.denunciation.decidedFirst") },
            {
              label: "Số vụ việc tố cáo tiếp",
              number: 8,
              formula: "25+27+29",
              fill: m("settlement.denunciation.decidedRepeat"),
            },
            {
              label: "Số vụ việc rút toàn bộ nội dung tố cáo",
              number: 9,
              fill: m("settlement.denunciation.withdrawn"),
            },
            {
              label: "Số vụ việc đình chỉ không do rút tố cáo",
              number: 10,
              fill: blank("sổ theo dõi không ghi việc đình chỉ giải quyết tố cáo"),
            },
          ],
        },
        { label: "Kiến nghị thu hồi cho NN", children: moneyAndLand(11, RECOVERED) },
        {
          label: "Trả lại cho tổ chức, cá nhân",
          children: [
            { label: "Tổ chức", children: moneyAndLand(13, RETURNED) },
            { label: "Cá nhân", children: moneyAndLand(15, RETURNED) },
          ],
        },
        { label: "Số tổ chức được trả lại quyền lợi", number: 17, fill: blank(RETURNED) },
        { label: "Số cá nhân được trả lại quyền lợi", number: 18, fill: blank(RETURNED) },
        {
          label: "Kiến nghị xử lý hành chính",
          children: [
            { label: "Số người bị kiến nghị xử lý", number: 19, fill: blank(DISCIPLINE) },
            { label: "Trong đó số cán bộ, công chức, viên chức", number: 20, fill: blank(DISCIPLINE) },
          ],
        },
        prosecution(21, "Số đối tượng"),
      ],
    },
    {
      label: "Phân tích kết quả giải quyết (vụ việc)",
      children: [
        { label: "Tố cáo đúng", number: 24, fill: blank(findings) },
        { label: "Trong đó tố cáo tiếp đúng", number: 25, fill: blank(findings) },
        { label: "Tố cáo sai", number: 26, fill: blank(findings) },
        { label: "Trong đó tố cáo tiếp sai", number: 27, fill: blank(findings) },
        { label: "Tố cáo có đúng, có sai", number: 28, fill: blank(findings) },
        { label: "Trong đó tố cáo tiếp có đúng, có sai", number: 29, fill: blank(findings) },
      ],
    },
    {
      label: "Chấp hành thời hạn giải quyết",
      children: [
        { label: "Đúng quy định", number: 30, fill: m("settlement.denunciation.onTime") },
        { label: "Không đúng quy định", number: 31, fill: m("settlement.denunciation.late") },
      ],
    },
  ];
}
