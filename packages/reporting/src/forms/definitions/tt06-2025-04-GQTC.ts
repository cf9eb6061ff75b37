import type { FormDefinition } from "../types.js";
import { denunciationSettlementHeader } from "./_settlement.js";

/**
 * Biểu 04/GQTC of Thông tư 06/2025/TT-TTCP (29/09/2025, in force 30/09/2025): the settlement of denunciations.
 * Its columns were not read in the circular's appendix: the layout is that of 03/KQGQ of TT 01/2024
 * (docs/legal-sources.md, "Official forms").
 */
export const TT06_2025_04_GQTC: FormDefinition = {
  id: "tt06-2025/04-GQTC",
  code: "04/GQTC",
  title: "TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TỐ CÁO",
  sheetName: "04-GQTC",
  circular: { citation: "Thông tư 06/2025/TT-TTCP", validFrom: "2025-09-30" },
  verified: false,
  rowHeader: "Đơn vị",
  header: denunciationSettlementHeader(),
};
