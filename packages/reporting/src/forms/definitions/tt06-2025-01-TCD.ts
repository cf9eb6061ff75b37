import type { FormDefinition } from "../types.js";
import { receptionHeader } from "./_reception.js";

/**
 * Biểu 01/TCD of Thông tư 06/2025/TT-TTCP (29/09/2025, in force 30/09/2025). Its columns were not read in the
 * circular's appendix: the layout is TT 01/2024's (docs/legal-sources.md, "Official forms").
 */
export const TT06_2025_01_TCD: FormDefinition = {
  id: "tt06-2025/01-TCD",
  code: "01/TCD",
  title: "TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN",
  sheetName: "01-TCD",
  circular: { citation: "Thông tư 06/2025/TT-TTCP", validFrom: "2025-09-30" },
  verified: false,
  rowHeader: "Đơn vị",
  header: receptionHeader(),
};
