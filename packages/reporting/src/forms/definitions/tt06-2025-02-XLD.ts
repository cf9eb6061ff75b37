import type { FormDefinition } from "../types.js";
import { processingHeaderTt06 } from "./_tt06.js";

/**
 * Biểu 02/XLD of Thông tư 06/2025/TT-TTCP (29/09/2025, in force 30/09/2025): the processing of letters (xử lý đơn). Layout read in the
 * circular's appendix (docs/legal-sources.md, "TT 06/2025: the forms read").
 */
export const TT06_2025_02_XLD: FormDefinition = {
  id: "tt06-2025/02-XLD",
  code: "02/XLD",
  title: "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN",
  sheetName: "02-XLD",
  circular: { citation: "Thông tư 06/2025/TT-TTCP", validFrom: "2025-09-30" },
  verified: true,
  rowHeader: "Đơn vị",
  header: processingHeaderTt06(),
};
