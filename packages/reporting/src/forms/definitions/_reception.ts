// The header tree of Biểu 01/TCD "Tổng hợp kết quả tiếp công dân thường xuyên, định kỳ và đột xuất", as a deployed
// KNTC system builds it for TT 01/2024/TT-TTCP (source and doubts: docs/legal-sources.md, "Official forms").

import type { FormMeasure } from "../measures.js";
import type { FormFill, FormHeaderNode } from "../types.js";

export const NOT_DELEGATED =
  "sổ buổi tiếp dân không ghi buổi nào do người đứng đầu ủy quyền tiếp: mọi buổi được tính là người đứng đầu tiếp";

const m = (measure: FormMeasure): FormFill => ({ measure });
const blank = (reason: string): FormFill => ({ blank: reason });

/** Columns 1–29 of 01/TCD. */
export function receptionHeader(): FormHeaderNode[] {
  const caseColumns = (first: number, who: "regular" | "head" | "delegated") => {
    const fill = (k: "first" | "repeat" | "groups" | "groupPeople" | "groupFirst" | "groupRepeat"): FormFill =>
      who === "delegated" ? blank(NOT_DELEGATED) : m(`reception.${who}.${k}`);
    return [
      {
        label: "Số vụ việc",
        children: [
          { label: "Tiếp lần đầu", number: first, fill: fill("first") },
          { label: "Tiếp nhiều lần", number: first + 1, fill: fill("repeat") },
        ],
      },
      {
        label: "Trong đó đoàn đông người",
        children: [
          { label: "Số đoàn được tiếp", number: first + 2, fill: fill("groups") },
          { label: "Số người được tiếp", number: first + 3, fill: fill("groupPeople") },
          { label: "Số vụ việc tiếp lần đầu", number: first + 4, fill: fill("groupFirst") },
          { label: "Số vụ việc tiếp nhiều lần", number: first + 5, fill: fill("groupRepeat") },
        ],
      },
    ];
  };
  return [
    { label: "Tổng số lượt tiếp", number: 1, formula: "4+13+22", fill: { sum: [4, 13, 22] } },
    { label: "Tổng số người được tiếp", number: 2, formula: "5+14+23", fill: { sum: [5, 14, 23] } },
    {
      label: "Tổng số vụ việc tiếp",
      number: 3,
      formula: "6+7+15+16+24+25",
      fill: { sum: [6, 7, 15, 16, 24, 25] },
    },
    {
      label: "Tiếp thường xuyên",
      children: [
        { label: "Số lượt tiếp", number: 4, fill: m("reception.regular.visits") },
        { label: "Số người được tiếp", number: 5, fill: m("reception.regular.people") },
        ...caseColumns(6, "regular"),
      ],
    },
    {
      label: "Tiếp định kỳ và đột xuất của Thủ trưởng",
      children: [
        {
          label: "Thủ trưởng tiếp",
          children: [
            { label: "Số kỳ tiếp", number: 12, fill: m("reception.head.sessions") },
            { label: "Số lượt tiếp", number: 13, fill: m("reception.head.visits") },
            { label: "Số người được tiếp", number: 14, fill: m("reception.head.people") },
            ...caseColumns(15, "head"),
          ],
        },
        {
          label: "Ủy quyền tiếp",
          children: [
            { label: "Số kỳ tiếp", number: 21, fill: blank(NOT_DELEGATED) },
            { label: "Số lượt tiếp", number: 22, fill: blank(NOT_DELEGATED) },
            { label: "Số người được tiếp", number: 23, fill: blank(NOT_DELEGATED) },
            ...caseColumns(24, "delegated"),
          ],
        },
      ],
    },
  ];
}
