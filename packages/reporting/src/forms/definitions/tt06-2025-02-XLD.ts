import type { FormDefinition } from "../types.js";
import { processingHeader } from "./_processing.js";

/**
 * Biểu 02/XLD of Thông tư 06/2025/TT-TTCP (29/09/2025, in force 30/09/2025). Its columns were not read in the
 * circular's appendix: the layout is that of 01/XLD of TT 01/2024 (docs/legal-sources.md, "Official forms").
 */
export const TT06_2025_02_XLD: FormDefinition = {
  id: "tt06-2025/02-XLD",
  code: "02/XLD",
  title: "TỔNG HỢP KẾT QUẢ TIẾP NHẬN, XỬ LÝ ĐƠN",
  sheetName: "02-XLD",
  circular: { citation: "Thông tư 06/2025/TT-TTCP", validFrom: "2025-09-30" },
  verified: false,
  rowHeader: "Đơn vị",
  header: processingHeader(),
};
