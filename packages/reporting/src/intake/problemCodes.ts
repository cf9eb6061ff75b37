/**
 * Every problem code intake can report, with its severity and what it means in Vietnamese (the catalogue
 * printed in the package README). Codes are stable: a program may test them; messages may improve.
 */
export const PROBLEM_CODES = {
  FILE_EMPTY: { severity: "error", description: "Tệp rỗng: không có dòng dữ liệu nào." },
  FILE_NO_ROWS: {
    severity: "warning",
    description: "Tệp chỉ có dòng tiêu đề cột, không có dòng dữ liệu nào (đúng nếu kỳ này không có vụ việc nào).",
  },
  FILE_BINARY: {
    severity: "error",
    description:
      "Tệp không phải bảng văn bản (CSV, JSON) cũng không phải Excel: có thể là tệp hỏng hoặc chọn nhầm tệp.",
  },
  FILE_FORMAT_UNSUPPORTED: {
    severity: "error",
    description:
      "Định dạng tệp chưa được hỗ trợ (ví dụ Excel 97-2003 .xls, PDF, Word): hãy lưu thành .xlsx hoặc CSV UTF-8.",
  },
  FILE_FORMAT_MISMATCH: {
    severity: "warning",
    description:
      "Đuôi tên tệp không khớp với nội dung (ví dụ tệp .csv thực chất là Excel); tệp được đọc theo nội dung.",
  },
  FILE_NOT_REGISTER: {
    severity: "error",
    description:
      "Tệp là số liệu của một báo cáo (biểu tổng hợp, tệp số liệu so-lieu.json, tóm tắt --summary-json), không phải sổ: không đọc dòng nào. Đưa sổ ghi từng vụ việc (buổi tiếp); số liệu của đơn vị cấp dưới tổng hợp bằng tiepdan rollup.",
  },
  ENCODING_CONVERTED: {
    severity: "warning",
    description:
      "Tệp dùng bảng mã cũ (Windows-1258, TCVN3 (ABC) hoặc VNI) và đã được tự chuyển sang Unicode; nên kiểm tra lại chữ có dấu và lưu lại tệp bằng UTF-8.",
  },
  ENCODING_UNKNOWN: {
    severity: "error",
    description: "Không nhận ra bảng mã của tệp; hãy lưu lại tệp bằng UTF-8 (Excel: Lưu thành… → CSV UTF-8).",
  },
  CSV_QUOTE_NOT_CLOSED: {
    severity: "error",
    description: "Dấu ngoặc kép mở một ô nhưng không được đóng: các dòng phía sau bị gộp vào ô đó.",
  },
  CSV_QUOTE_STRAY: {
    severity: "warning",
    description: "Dấu ngoặc kép đặt sai chỗ trong một ô; ô được đọc nguyên văn.",
  },
  JSON_SYNTAX: { severity: "error", description: "Văn bản JSON sai cú pháp." },
  JSON_NOT_TABLE: {
    severity: "error",
    description: "Tệp JSON phải là một mảng các đối tượng, hoặc mỗi dòng một đối tượng (NDJSON).",
  },
  JSON_TOO_DEEP: {
    severity: "error",
    description: "Một dòng (hoặc một ô) của tệp JSON lồng nhau quá sâu (quá 64 tầng mảng, đối tượng): dòng bị loại.",
  },
  JSON_ROW_NOT_OBJECT: { severity: "error", description: "Một phần tử của tệp JSON không phải là đối tượng." },
  JSON_ROWS_ARE_POSITIONS: {
    severity: "warning",
    description:
      "Một số phần tử của mảng JSON bắt đầu trên cùng một dòng của tệp: “Dòng” của mọi thông báo về tệp là số thứ tự của phần tử trong mảng, không phải dòng của tệp; viết mỗi phần tử trên một dòng riêng để số dòng là dòng của tệp.",
  },
  XLSX_INVALID: { severity: "error", description: "Không mở được tệp Excel: tệp hỏng hoặc không phải .xlsx." },
  XLSX_TOO_LARGE: {
    severity: "error",
    description: "Tệp Excel khi giải nén lớn bất thường (có thể là tệp độc hại kiểu “bom zip”): tệp không được mở.",
  },
  XLSX_SHEET_NOT_FOUND: { severity: "error", description: "Tệp Excel không có trang tính mang tên đã chỉ định." },
  XLSX_SHEETS_SKIPPED: {
    severity: "warning",
    description:
      "Trang tính của tệp Excel không đọc như sổ: không có dòng tiêu đề có cột mã và cột ngày của sổ (hướng dẫn, danh mục, tổng hợp), là sổ loại kia, hoặc là danh sách trích từ sổ (mọi mã đều có ở trang sổ nhiều cột hơn).",
  },
  XLSX_SHEETS_NOT_READ: {
    severity: "warning",
    description:
      "Tệp Excel có nhiều trang tính là sổ mà chỉ đọc một sổ (readCases, readSessions): chỉ đọc trang đầu; lệnh tiepdan, trang web và readRegisterFiles đọc mọi trang, mỗi trang một sổ.",
  },
  HEADER_NOT_FOUND: {
    severity: "error",
    description: "Không tìm thấy dòng tiêu đề cột (Mã số, Ngày tiếp nhận, …) trong 20 dòng đầu.",
  },
  HEADER_BELOW_TITLE: {
    severity: "warning",
    description: "Dòng tiêu đề cột không phải dòng đầu: các dòng phía trên được coi là tiêu đề của sổ và bỏ qua.",
  },
  HEADER_TWO_ROWS: {
    severity: "warning",
    description:
      "Tiêu đề cột viết trên hai dòng (một tiêu đề gộp ô phía trên, tên từng cột phía dưới): hai dòng được đọc chung làm dòng tiêu đề.",
  },
  REGISTER_KIND_MISMATCH: {
    severity: "warning",
    description: "Các cột giống loại sổ khác (sổ theo dõi đơn hay sổ buổi tiếp dân) hơn loại đang đọc.",
  },
  COLUMN_MISSING: {
    severity: "error",
    description: "Thiếu cột bắt buộc: mọi dòng đều bị loại cho đến khi bổ sung cột.",
  },
  COLUMN_UNKNOWN: {
    severity: "warning",
    description: "Cột không thuộc mẫu sổ: được giữ nguyên trong bản sửa nhưng không dùng để lập báo cáo.",
  },
  COLUMN_GUESSED: {
    severity: "warning",
    description:
      "Cột có tiêu đề khác mẫu nhưng gọi tên người gửi hoặc địa chỉ của người gửi (“Họ tên, địa chỉ người gửi”, “Tên người tố cáo”): được đọc là cột “Người gửi” hoặc “Địa chỉ”, người tố cáo được giữ bí mật; nên đổi tiêu đề theo mẫu.",
  },
  COLUMN_DUPLICATE: {
    severity: "warning",
    description: "Hai cột cùng một nghĩa: chỉ dùng cột đầu tiên, cột sau bị bỏ qua.",
  },
  COLUMN_UNNAMED: {
    severity: "warning",
    description: "Có dữ liệu ở cột không có tiêu đề: dữ liệu đó không được dùng.",
  },
  ROW_NOT_DATA: {
    severity: "warning",
    description:
      "Dòng không phải một vụ việc (buổi tiếp): dòng tiêu đề cột lặp lại, dòng đánh số cột, dòng tổng cộng, dòng chữ ký; không đọc, không tính.",
  },
  ROW_CELL_COUNT: {
    severity: "error",
    description:
      "Dòng có nhiều hơn hoặc ít hơn số cột của dòng tiêu đề: các ô bị lệch cột nên cả dòng bị loại (thường do dấu phân cách nằm trong một giá trị không có ngoặc kép).",
  },
  VALUE_CONTROL_CHAR: {
    severity: "warning",
    description:
      "Ô có ký tự điều khiển không in được (văn bản Word, PDF không chứa được, hoặc ký tự đổi chiều viết làm văn bản Word in ngược chữ): ký tự đó đã được bỏ đi.",
  },
  VALUE_REQUIRED: { severity: "error", description: "Ô bắt buộc bị bỏ trống." },
  VALUE_UNKNOWN: {
    severity: "error",
    description: "Giá trị không có trong danh sách cho phép của cột (thông báo liệt kê các giá trị cho phép).",
  },
  VALUE_REPEATED: {
    severity: "warning",
    description: "Một giá trị được ghi hai lần trong cùng một ô; chỉ tính một lần.",
  },
  VALUE_TYPE: {
    severity: "error",
    description: "Kiểu giá trị không dùng được cho cột (ví dụ đối tượng JSON thay cho chữ hoặc số).",
  },
  VALUE_ENCODING: {
    severity: "error",
    description: "Ô chứa ký tự lỗi mã hóa (�): một phần tệp không phải UTF-8.",
  },
  VALUE_TOO_LONG: {
    severity: "error",
    description:
      "Ô của cột tên ngắn (Lĩnh vực, Đơn vị) dài quá 200 ký tự: thường là nội dung đơn dán nhầm cột; nội dung ghi ở cột “Nội dung”.",
  },
  DATE_FORMAT: {
    severity: "error",
    description:
      "Không đọc được ngày: viết ngày/tháng/năm (05/03/2026, 5/3/2026, 05-03-2026) hoặc năm-tháng-ngày (2026-03-05).",
  },
  DATE_INVALID: { severity: "error", description: "Ngày không có thật trên lịch (ví dụ 31/02/2026)." },
  DATE_OUT_OF_RANGE: {
    severity: "error",
    description:
      "Ngày ngoài khoảng năm 2000–2099 của sổ: năm gõ nhầm, hoặc một số trong cột ngày của Excel (5 thành 05/01/1900).",
  },
  NUMBER_INVALID: {
    severity: "error",
    description: "Không phải số nguyên (dấu chấm ngăn cách hàng nghìn: 1.234).",
  },
  NUMBER_RANGE: { severity: "error", description: "Số nằm ngoài khoảng cho phép của cột." },
  BOOLEAN_INVALID: {
    severity: "error",
    description: "Cột Có/Không nhận: Có, Không, x (có), 1, 0; để trống nếu chưa rõ.",
  },
  SCHEMA_INVALID: { severity: "error", description: "Dòng không qua được kiểm tra lược đồ dữ liệu." },
  ID_DUPLICATE: {
    severity: "error",
    description:
      "Mã số (hoặc Mã buổi) đã dùng ở một dòng trước — kể cả khi chỉ khác ở chữ hoa/thường, dấu cách, ký tự vô hình hoặc chữ Kirin, Hy Lạp trông giống chữ Latinh: dòng đầu được nhận, dòng sau bị loại.",
  },
  SESSION_UNKNOWN: {
    severity: "warning",
    description: "Buổi tiếp ghi ở vụ việc không có trong sổ buổi tiếp dân đã cho.",
  },
  DATE_BEFORE_RECEIVED: {
    severity: "error",
    description: "Ngày có kết quả (hoặc ngày thông báo, ngày thụ lý) trước ngày tiếp nhận.",
  },
  DATE_BEFORE_ACCEPTED: {
    severity: "warning",
    description:
      "Ngày có kết quả trước ngày thụ lý: thời hạn giải quyết (tính từ ngày thụ lý) không tính được, báo cáo ghi “không đủ dữ liệu”.",
  },
  RECEIVED_YEAR_MISMATCH: {
    severity: "warning",
    description:
      "Năm của ngày tiếp nhận lệch một năm so với năm ghi trong Mã số (XAB-2026-0063 nhận ngày 10/02/2027): thường là năm gõ nhầm; vụ việc được tính theo ngày tiếp nhận, có thể vào kỳ khác. Hai mươi dòng đầu được nêu từng dòng, các dòng sau gộp vào một dòng.",
  },
  IDENTITY_MERGED: {
    severity: "warning",
    description:
      "Ô “Người gửi” hoặc “Địa chỉ” gộp với ô của một dòng tố cáo phía trên: họ tên, địa chỉ người tố cáo không được lấy cho dòng này; bỏ gộp ô và ghi người gửi riêng.",
  },
  DATE_MONTH_FIRST: {
    severity: "warning",
    description:
      "Ô ngày của Excel định dạng tháng trước ngày (kiểu Mỹ, m/d/yyyy) với ngày từ 12 trở xuống: nếu đã gõ theo ngày/tháng (5/3/2026), Excel đã hiểu nhầm (3 tháng 5). Hai mươi ô đầu được nêu từng ô, các ô sau gộp vào một dòng. Cũng nêu một lần cho cả cột khi cột ngày có ô chữ ghi ngày sau 12 mà Excel không hiểu, hoặc khi các ngày của cột đều từ 12 trở xuống và chỉ đúng thứ tự thời gian (của từng đơn vị) sau khi đổi chỗ ngày và tháng, hoặc (sổ theo dõi đơn) đều rơi vào cùng một ngày của nhiều tháng.",
  },
  DENUNCIATION_UNDECLARED: {
    severity: "warning",
    description:
      "Nội dung nói đến tố cáo nhưng cột Loại không ghi Tố cáo: nếu là đơn tố cáo, thêm Tố cáo vào cột Loại; trong khi chờ sửa, người gửi của dòng được giữ bí mật trong văn bản.",
  },
  DENUNCIATION_NO_SENDER: {
    severity: "warning",
    description:
      "Vụ việc tố cáo không ghi người gửi và không ghi là nặc danh: ghi họ tên người tố cáo (để được giữ bí mật ở mọi văn bản), hoặc ghi Có ở cột Nặc danh.",
  },
  DENUNCIATION_NO_CONTENT: { severity: "warning", description: "Vụ việc tố cáo không ghi nội dung." },
  SENDER_ANONYMOUS: {
    severity: "warning",
    description:
      "Cột Người gửi ghi Nặc danh, Khuyết danh, Ẩn danh, Không rõ họ tên, Không ký tên, “-”…: vụ việc được coi là đơn nặc danh (không có văn bản gửi người gửi, không tính thời hạn thông báo).",
  },
  EDIT_NOT_APPLIED: {
    severity: "warning",
    description:
      "Một ô sửa trên trang không áp dụng được: sổ không có dòng dữ liệu hoặc cột đã ghi; giá trị sửa bị bỏ qua.",
  },
} as const satisfies Record<string, { severity: "error" | "warning"; description: string }>;

/** A stable problem code of intake (the keys of {@link PROBLEM_CODES}). */
export type ProblemCode = keyof typeof PROBLEM_CODES;
