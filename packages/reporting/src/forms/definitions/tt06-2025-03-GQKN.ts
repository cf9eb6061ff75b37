import type { FormDefinition } from "../types.js";
import { complaintSettlementHeader } from "./_settlement.js";

/**
 * Biểu 03/GQKN of Thông tư 06/2025/TT-TTCP (29/09/2025, in force 30/09/2025): the settlement of complaints. Its
 * columns were not read in the circular's appendix: the layout is that of 01/KQGQ of TT 01/2024
 * (docs/legal-sources.md, "Official forms").
 */
export const TT06_2025_03_GQKN: FormDefinition = {
  id: "tt06-2025/03-GQKN",
  code: "03/GQKN",
  title: "TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI",
  sheetName: "03-GQKN",
  circular: { citation: "Thông tư 06/2025/TT-TTCP", validFrom: "2025-09-30" },
  verified: false,
  rowHeader: "Đơn vị",
  header: complaintSettlementHeader(),
};
