// The header tree of Biểu 01/XLD "Tổng hợp kết quả xử lý đơn", as a deployed KNTC system builds it for
// TT 01/2024/TT-TTCP (source and doubts: docs/legal-sources.md, "Official forms").

import type { FormMeasure } from "../measures.js";
import type { FormFill, FormHeaderNode } from "../types.js";

const m = (measure: FormMeasure): FormFill => ({ measure });
const blank = (reason: string): FormFill => ({ blank: reason });

/** Columns 1–22 of 01/XLD (TT 01/2024). */
export function processingHeader(): FormHeaderNode[] {
  return [
    {
      label: "Tổng số đơn phải xử lý",
      children: [
        { label: "Tổng số", number: 1, formula: "2+3=4+5", fill: { sum: [2, 3] } },
        { label: "Kỳ trước chuyển sang", number: 2, fill: m("processing.carriedOver") },
        { label: "Tiếp nhận trong kỳ", number: 3, fill: m("processing.received") },
      ],
    },
    { label: "Số đơn đã xử lý", number: 4, fill: m("processing.processed") },
    { label: "Số đơn chưa xử lý (chuyển kỳ sau xử lý)", number: 5, fill: m("processing.unprocessed") },
    {
      label: "Đủ điều kiện xử lý",
      children: [
        { label: "Số đơn", number: 6, formula: "8+9+10=11+12+13=14+18", fill: { sum: [8, 9, 10] } },
        {
          label: "Số vụ việc",
          number: 7,
          fill: blank("sổ theo dõi ghi mỗi dòng một đơn, không gộp các đơn cùng nội dung thành một vụ việc"),
        },
      ],
    },
    {
      label: "Phân loại đơn theo nội dung",
      children: [
        { label: "Khiếu nại", number: 8, fill: m("processing.eligible.complaint") },
        { label: "Tố cáo", number: 9, fill: m("processing.eligible.denunciation") },
        { label: "Kiến nghị, phản ánh", number: 10, fill: m("processing.eligible.petition") },
      ],
    },
    {
      label: "Phân loại đơn theo tình trạng giải quyết",
      children: [
        {
          label: "Đã giải quyết",
          children: [
            {
              label: "Lần đầu",
              number: 11,
              fill: blank("sổ theo dõi không ghi tình trạng giải quyết của vụ việc trước khi nhận đơn"),
            },
            {
              label: "Nhiều lần",
              number: 12,
              fill: blank("sổ theo dõi không ghi tình trạng giải quyết của vụ việc trước khi nhận đơn"),
            },
          ],
        },
        {
          label: "Chưa giải quyết xong",
          number: 13,
          fill: blank("sổ theo dõi không ghi tình trạng giải quyết của vụ việc trước khi nhận đơn"),
        },
      ],
    },
    {
      label: "Kết quả xử lý đơn",
      children: [
        {
          label: "Đơn thuộc thẩm quyền",
          children: [
            { label: "Tổng số", number: 14, formula: "15+16+17", fill: { sum: [15, 16, 17] } },
            { label: "Khiếu nại", number: 15, fill: m("processing.competent.complaint") },
            { label: "Tố cáo", number: 16, fill: m("processing.competent.denunciation") },
            { label: "Kiến nghị, phản ánh", number: 17, fill: m("processing.competent.petition") },
          ],
        },
        {
          label: "Đơn không thuộc thẩm quyền",
          children: [
            { label: "Tổng số", number: 18, formula: "19+20+21", fill: { sum: [19, 20, 21] } },
            { label: "Hướng dẫn", number: 19, fill: m("processing.guided") },
            { label: "Chuyển đơn", number: 20, fill: m("processing.transferred") },
            {
              label: "Đôn đốc giải quyết",
              number: 21,
              fill: blank("sổ theo dõi không ghi văn bản đôn đốc giải quyết"),
            },
          ],
        },
      ],
    },
    {
      label: "Số văn bản phúc đáp nhận được do chuyển đơn",
      number: 22,
      fill: blank("sổ theo dõi không ghi văn bản phúc đáp của cơ quan nhận đơn chuyển"),
    },
  ];
}
