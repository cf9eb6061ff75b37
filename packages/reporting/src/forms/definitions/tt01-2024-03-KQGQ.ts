import type { FormDefinition } from "../types.js";
import { denunciationSettlementHeader } from "./_settlement.js";

/**
 * Biểu 03/KQGQ of Thông tư 01/2024/TT-TTCP (in force 05/3/2024 until replaced by TT 06/2025 on 30/09/2025): the
 * settlement of denunciations within the unit's competence. Its columns were read in a deployed KNTC system's
 * data-entry screen and an older copy of the form, not in TT 01/2024's appendix (docs/legal-sources.md).
 */
export const TT01_2024_03_KQGQ: FormDefinition = {
  id: "tt01-2024/03-KQGQ",
  code: "03/KQGQ",
  title: "TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TỐ CÁO THUỘC THẨM QUYỀN",
  sheetName: "03-KQGQ",
  circular: { citation: "Thông tư 01/2024/TT-TTCP", validFrom: "2024-03-05", validTo: "2025-09-29" },
  verified: false,
  rowHeader: "Đơn vị",
  header: denunciationSettlementHeader(),
};
