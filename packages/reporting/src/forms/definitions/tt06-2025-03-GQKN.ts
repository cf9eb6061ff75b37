import type { FormDefinition } from "../types.js";
import { complaintSettlementHeaderTt06 } from "./_tt06.js";

/**
 * Biểu 03/GQKN of Thông tư 06/2025/TT-TTCP (29/09/2025, in force 30/09/2025): the settlement of complaints. Layout read in the
 * circular's appendix (docs/legal-sources.md, "TT 06/2025: the forms read").
 */
export const TT06_2025_03_GQKN: FormDefinition = {
  id: "tt06-2025/03-GQKN",
  code: "03/GQKN",
  title: "TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI",
  sheetName: "03-GQKN",
  circular: { citation: "Thông tư 06/2025/TT-TTCP", validFrom: "2025-09-30" },
  verified: true,
  rowHeader: "Đơn vị",
  header: complaintSettlementHeaderTt06(),
};
