/** The weekdays' Vietnamese names, by `getWeekday` (0 = Sunday): "Chủ nhật", "Thứ Hai" … "Thứ Bảy". */
export const WEEKDAY_NAMES = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"] as const;
