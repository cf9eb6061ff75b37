import type { FormDefinition } from "../types.js";
import { receptionHeaderTt06 } from "./_tt06.js";

/**
 * Biểu 01/TCD of Thông tư 06/2025/TT-TTCP (29/09/2025, in force 30/09/2025): citizen reception (tiếp công dân). Layout read in the
 * circular's appendix (docs/legal-sources.md, "TT 06/2025: the forms read").
 */
export const TT06_2025_01_TCD: FormDefinition = {
  id: "tt06-2025/01-TCD",
  code: "01/TCD",
  title: "TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN THƯỜNG XUYÊN, ĐỊNH KỲ VÀ ĐỘT XUẤT",
  sheetName: "01-TCD",
  circular: { citation: "Thông tư 06/2025/TT-TTCP", validFrom: "2025-09-30" },
  verified: true,
  rowHeader: "Đơn vị",
  header: receptionHeaderTt06(),
};
