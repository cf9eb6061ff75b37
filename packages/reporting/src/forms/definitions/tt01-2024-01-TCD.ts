import type { FormDefinition } from "../types.js";
import { receptionHeader } from "./_reception.js";

/** Biểu 01/TCD of Thông tư 01/2024/TT-TTCP (in force 05/3/2024 until replaced by TT 06/2025 on 30/09/2025). */
export const TT01_2024_01_TCD: FormDefinition = {
  id: "tt01-2024/01-TCD",
  code: "01/TCD",
  title: "TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN THƯỜNG XUYÊN, ĐỊNH KỲ VÀ ĐỘT XUẤT",
  sheetName: "01-TCD",
  circular: { citation: "Thông tư 01/2024/TT-TTCP", validFrom: "2024-03-05", validTo: "2025-09-29" },
  verified: false,
  rowHeader: "Đơn vị",
  header: receptionHeader(),
};
