import { deepFreeze } from "../_lib/deepFreeze.js";
import type { Citation } from "../schemas/ruleSet.js";
import type { DayOff, DaysOffTable, WorkedRestDay } from "./holidays.js";

// The days off of civil servants, year by year, as the yearly notices set them (Tết and Quốc khánh days
// chosen by the Prime Minister under Bộ luật Lao động 2019 khoản 3 Điều 112; swaps — nghỉ hoán đổi / làm bù —
// for units with a Saturday–Sunday week). Where we could not read a notice itself, its citation says
// `verified: false` and names what was read; docs/legal-sources.md records where.

function notice(document: string, issuedOn: string, effectiveFrom: string, note: string, quote?: string): Citation {
  return { document, clause: "toàn văn", issuedOn, effectiveFrom, verified: false, note, ...(quote ? { quote } : {}) };
}

const holiday = (date: string, name: string): DayOff => ({ date, name, kind: "holiday" });
const compensatory = (date: string, name: string): DayOff => ({ date, name: `Nghỉ bù ${name}`, kind: "compensatory" });
const swapped = (date: string, worked: string): DayOff => ({
  date,
  name: `Nghỉ hoán đổi (làm bù ngày ${worked})`,
  kind: "swapped",
});
const worked = (date: string, off: string): WorkedRestDay => ({ date, name: `Làm bù cho ngày nghỉ hoán đổi ${off}` });
const range = (from: number, to: number, f: (d: number) => DayOff): DayOff[] =>
  Array.from({ length: to - from + 1 }, (_, i) => f(from + i));
const dd = (n: number) => String(n).padStart(2, "0");

const TET = "Tết Nguyên đán";
const NEWS_ONLY = "Ngày nghỉ theo các bản tin đăng lại thông báo; chưa đọc được văn bản gốc.";

/** The bundled yearly tables (2019–2026). */
// Frozen, like the rule sets: the days a calendar hands out are these objects, and an app that edits one (to annotate
// the holidays it shows) would otherwise change every calendar made after it (review s21 C5).
export const DAYS_OFF_NOTICES: readonly DaysOffTable[] = deepFreeze([
  {
    year: 2019,
    sources: [
      notice(
        "Thông báo của Bộ Lao động - Thương binh và Xã hội về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2019",
        "2018-11-01",
        "2018-12-29",
        `Chưa tìm được số thông báo. ${NEWS_ONLY}`,
      ),
    ],
    daysOff: [
      swapped("2018-12-31", "05/01/2019"),
      holiday("2019-01-01", "Tết Dương lịch"),
      ...range(4, 8, (d) => holiday(`2019-02-${dd(d)}`, TET)),
      holiday("2019-04-14", "Giỗ Tổ Hùng Vương"),
      compensatory("2019-04-15", "Giỗ Tổ Hùng Vương"),
      swapped("2019-04-29", "04/05/2019"),
      holiday("2019-04-30", "Ngày Chiến thắng"),
      holiday("2019-05-01", "Ngày Quốc tế lao động"),
      holiday("2019-09-02", "Quốc khánh"),
    ],
    workedRestDays: [worked("2019-01-05", "31/12/2018"), worked("2019-05-04", "29/04/2019")],
  },
  {
    year: 2020,
    sources: [
      notice(
        "Lịch nghỉ Tết Âm lịch Canh Tý và các ngày lễ năm 2020 của cán bộ, công chức, viên chức",
        "2019-11-01",
        "2020-01-01",
        `Chưa tìm được số thông báo. ${NEWS_ONLY} Quốc khánh 01 ngày theo Bộ luật Lao động 2012.`,
      ),
    ],
    daysOff: [
      holiday("2020-01-01", "Tết Dương lịch"),
      ...range(23, 27, (d) => holiday(`2020-01-${dd(d)}`, TET)),
      compensatory("2020-01-28", TET),
      compensatory("2020-01-29", TET),
      holiday("2020-04-02", "Giỗ Tổ Hùng Vương"),
      holiday("2020-04-30", "Ngày Chiến thắng"),
      holiday("2020-05-01", "Ngày Quốc tế lao động"),
      holiday("2020-09-02", "Quốc khánh"),
    ],
    workedRestDays: [],
  },
  {
    year: 2021,
    sources: [
      notice(
        "Lịch nghỉ Tết Âm lịch Tân Sửu và Quốc khánh năm 2021 của cán bộ, công chức, viên chức",
        "2020-11-01",
        "2021-01-01",
        `Chưa tìm được số thông báo. ${NEWS_ONLY}`,
      ),
    ],
    daysOff: [
      holiday("2021-01-01", "Tết Dương lịch"),
      ...range(10, 14, (d) => holiday(`2021-02-${dd(d)}`, TET)),
      compensatory("2021-02-15", TET),
      compensatory("2021-02-16", TET),
      holiday("2021-04-21", "Giỗ Tổ Hùng Vương"),
      holiday("2021-04-30", "Ngày Chiến thắng"),
      holiday("2021-05-01", "Ngày Quốc tế lao động"),
      compensatory("2021-05-03", "Ngày Quốc tế lao động"),
      holiday("2021-09-02", "Quốc khánh"),
      holiday("2021-09-03", "Quốc khánh"),
    ],
    workedRestDays: [],
  },
  {
    year: 2022,
    sources: [
      notice(
        "Công văn 245/VPCP-KGVX của Văn phòng Chính phủ về nghỉ Tết Âm lịch Nhâm Dần 2022",
        "2022-01-11",
        "2022-01-11",
        `${NEWS_ONLY} Các ngày nghỉ bù theo khoản 3 Điều 111 Bộ luật Lao động 2019.`,
      ),
    ],
    daysOff: [
      holiday("2022-01-01", "Tết Dương lịch"),
      compensatory("2022-01-03", "Tết Dương lịch"),
      holiday("2022-01-31", TET),
      ...range(1, 4, (d) => holiday(`2022-02-${dd(d)}`, TET)),
      holiday("2022-04-10", "Giỗ Tổ Hùng Vương"),
      compensatory("2022-04-11", "Giỗ Tổ Hùng Vương"),
      holiday("2022-04-30", "Ngày Chiến thắng"),
      holiday("2022-05-01", "Ngày Quốc tế lao động"),
      compensatory("2022-05-02", "Ngày Chiến thắng"),
      compensatory("2022-05-03", "Ngày Quốc tế lao động"),
      holiday("2022-09-01", "Quốc khánh"),
      holiday("2022-09-02", "Quốc khánh"),
    ],
    workedRestDays: [],
  },
  {
    year: 2023,
    sources: [
      notice(
        "Công văn 8056/VPCP-KGVX của Văn phòng Chính phủ về nghỉ Tết Âm lịch và Quốc khánh năm 2023",
        "2022-12-01",
        "2022-12-01",
        `${NEWS_ONLY} Các ngày nghỉ bù theo khoản 3 Điều 111 Bộ luật Lao động 2019.`,
        "Nghỉ Tết Âm lịch từ ngày 20 tháng 01 năm 2023 đến hết ngày 26 tháng 01 năm 2023 và nghỉ lễ Quốc khánh từ ngày 01 tháng 9 năm 2023 đến hết ngày 04 tháng 9 năm 2023.",
      ),
    ],
    daysOff: [
      holiday("2023-01-01", "Tết Dương lịch"),
      compensatory("2023-01-02", "Tết Dương lịch"),
      ...range(20, 24, (d) => holiday(`2023-01-${dd(d)}`, TET)),
      compensatory("2023-01-25", TET),
      compensatory("2023-01-26", TET),
      holiday("2023-04-29", "Giỗ Tổ Hùng Vương"),
      holiday("2023-04-30", "Ngày Chiến thắng"),
      holiday("2023-05-01", "Ngày Quốc tế lao động"),
      compensatory("2023-05-02", "Giỗ Tổ Hùng Vương"),
      compensatory("2023-05-03", "Ngày Chiến thắng"),
      holiday("2023-09-01", "Quốc khánh"),
      holiday("2023-09-02", "Quốc khánh"),
      compensatory("2023-09-04", "Quốc khánh"),
    ],
    workedRestDays: [],
  },
  {
    year: 2024,
    sources: [
      notice(
        "Công văn 8662/VPCP-KGVX của Văn phòng Chính phủ về nghỉ Tết Âm lịch và Quốc khánh năm 2024",
        "2023-11-03",
        "2023-11-03",
        `${NEWS_ONLY} Các ngày nghỉ bù theo khoản 3 Điều 111 Bộ luật Lao động 2019.`,
        "Nghỉ Tết Âm lịch từ ngày 08/02/2024 đến hết ngày 14/02/2024 và nghỉ lễ Quốc khánh từ ngày 31/8/2024 đến hết ngày 03/9/2024.",
      ),
      notice(
        "Công văn 2450/VPCP-KGVX của Văn phòng Chính phủ về hoán đổi ngày làm việc dịp 30/4 và 1/5/2024",
        "2024-04-12",
        "2024-04-12",
        NEWS_ONLY,
      ),
    ],
    daysOff: [
      holiday("2024-01-01", "Tết Dương lịch"),
      ...range(8, 12, (d) => holiday(`2024-02-${dd(d)}`, TET)),
      compensatory("2024-02-13", TET),
      compensatory("2024-02-14", TET),
      holiday("2024-04-18", "Giỗ Tổ Hùng Vương"),
      swapped("2024-04-29", "04/05/2024"),
      holiday("2024-04-30", "Ngày Chiến thắng"),
      holiday("2024-05-01", "Ngày Quốc tế lao động"),
      holiday("2024-09-02", "Quốc khánh"),
      holiday("2024-09-03", "Quốc khánh"),
    ],
    workedRestDays: [worked("2024-05-04", "29/04/2024")],
  },
  {
    year: 2025,
    sources: [
      notice(
        "Công văn 8726/VPCP-KGVX của Văn phòng Chính phủ về nghỉ Tết Âm lịch và các dịp lễ năm 2025",
        "2024-11-26",
        "2024-11-26",
        NEWS_ONLY,
      ),
      notice(
        "Thông báo 6150/TB-LĐTBXH của Bộ Lao động - Thương binh và Xã hội về lịch nghỉ Tết Âm lịch, Ngày Chiến thắng, Quốc tế lao động và Quốc khánh năm 2025",
        "2024-12-03",
        "2024-12-03",
        NEWS_ONLY,
        "Công chức, viên chức được nghỉ 05 ngày liên tục từ thứ Tư ngày 30/4/2025 đến hết Chủ nhật ngày 04/5/2025 (làm bù vào thứ Bảy ngày 26/4/2025).",
      ),
    ],
    daysOff: [
      holiday("2025-01-01", "Tết Dương lịch"),
      ...range(27, 31, (d) => holiday(`2025-01-${dd(d)}`, TET)),
      holiday("2025-04-07", "Giỗ Tổ Hùng Vương"),
      holiday("2025-04-30", "Ngày Chiến thắng"),
      holiday("2025-05-01", "Ngày Quốc tế lao động"),
      swapped("2025-05-02", "26/04/2025"),
      holiday("2025-09-01", "Quốc khánh"),
      holiday("2025-09-02", "Quốc khánh"),
    ],
    workedRestDays: [worked("2025-04-26", "02/05/2025")],
  },
  {
    year: 2026,
    sources: [
      notice(
        "Thông báo 9441/TB-BNV của Bộ Nội vụ về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2026",
        "2025-10-16",
        "2025-10-16",
        `${NEWS_ONLY} Thực hiện Công văn 9859/VPCP-KGVX ngày 13/10/2025 của Văn phòng Chính phủ.`,
        "Nghỉ Tết Âm lịch năm 2026 trong 5 ngày, gồm 1 ngày trước Tết và 4 ngày sau Tết, từ thứ Hai 16/02/2026 đến hết thứ Sáu 20/02/2026; nghỉ ngày 02/9/2026 và 1 ngày liền kề trước là ngày 01/9/2026; hoán đổi ngày làm việc thứ Hai 31/8/2026 sang thứ Bảy 22/8/2026.",
      ),
      notice(
        "Công văn 12729/VPCP-KGVX của Văn phòng Chính phủ về hoán đổi ngày làm việc dịp Tết Dương lịch 2026",
        "2025-12-25",
        "2025-12-25",
        NEWS_ONLY,
        "Hoán đổi từ ngày làm việc thứ Sáu (ngày 02/01/2026) sang ngày nghỉ hằng tuần thứ Bảy (ngày 10/01/2026).",
      ),
    ],
    daysOff: [
      holiday("2026-01-01", "Tết Dương lịch"),
      swapped("2026-01-02", "10/01/2026"),
      ...range(16, 20, (d) => holiday(`2026-02-${dd(d)}`, TET)),
      holiday("2026-04-26", "Giỗ Tổ Hùng Vương"),
      compensatory("2026-04-27", "Giỗ Tổ Hùng Vương"),
      holiday("2026-04-30", "Ngày Chiến thắng"),
      holiday("2026-05-01", "Ngày Quốc tế lao động"),
      swapped("2026-08-31", "22/08/2026"),
      holiday("2026-09-01", "Quốc khánh"),
      holiday("2026-09-02", "Quốc khánh"),
    ],
    workedRestDays: [worked("2026-01-10", "02/01/2026"), worked("2026-08-22", "31/08/2026")],
  },
]);
