import type { FormDefinition } from "../types.js";
import { denunciationSettlementHeaderTt06 } from "./_tt06.js";

/**
 * Biểu 04/GQTC of Thông tư 06/2025/TT-TTCP (29/09/2025, in force 30/09/2025): the settlement of denunciations. Layout read in the
 * circular's appendix (docs/legal-sources.md, "TT 06/2025: the forms read").
 */
export const TT06_2025_04_GQTC: FormDefinition = {
  id: "tt06-2025/04-GQTC",
  code: "04/GQTC",
  title: "TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TỐ CÁO",
  sheetName: "04-GQTC",
  circular: { citation: "Thông tư 06/2025/TT-TTCP", validFrom: "2025-09-30" },
  verified: true,
  rowHeader: "Đơn vị",
  header: denunciationSettlementHeaderTt06(),
};
