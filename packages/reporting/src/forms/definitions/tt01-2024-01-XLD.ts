import type { FormDefinition } from "../types.js";
import { processingHeader } from "./_processing.js";

/** Biểu 01/XLD of Thông tư 01/2024/TT-TTCP (in force 05/3/2024 until replaced by TT 06/2025 on 30/09/2025). */
export const TT01_2024_01_XLD: FormDefinition = {
  id: "tt01-2024/01-XLD",
  code: "01/XLD",
  title: "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN",
  sheetName: "01-XLD",
  circular: { citation: "Thông tư 01/2024/TT-TTCP", validFrom: "2024-03-05", validTo: "2025-09-29" },
  verified: false,
  rowHeader: "Đơn vị",
  header: processingHeader(),
};
