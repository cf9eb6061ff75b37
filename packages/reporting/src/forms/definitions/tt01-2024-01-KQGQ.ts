import type { FormDefinition } from "../types.js";
import { complaintSettlementHeader } from "./_settlement.js";

/**
 * Biểu 01/KQGQ of Thông tư 01/2024/TT-TTCP (in force 05/3/2024 until replaced by TT 06/2025 on 30/09/2025): the
 * settlement of complaints within the unit's competence, as a deployed KNTC system prints it (title included).
 */
export const TT01_2024_01_KQGQ: FormDefinition = {
  id: "tt01-2024/01-KQGQ",
  code: "01/KQGQ",
  title: "TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THUỘC THẨM QUYỀN",
  sheetName: "01-KQGQ",
  circular: { citation: "Thông tư 01/2024/TT-TTCP", validFrom: "2024-03-05", validTo: "2025-09-29" },
  verified: false,
  rowHeader: "Đơn vị",
  header: complaintSettlementHeader(),
};
