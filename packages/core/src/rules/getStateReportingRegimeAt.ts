import { deepFreeze } from "../_lib/deepFreeze.js";
import { type IsoDate, isIsoDate } from "../date/plainDate.js";
import type { Citation } from "../schemas/ruleSet.js";

/**
 * A reporting regime of the State side (chế độ báo cáo): the Government Inspectorate's circular that sets the
 * periods, the data cut-off days and the forms of the reports on citizen reception, petition handling and
 * complaint and denunciation settlement, with its validity window.
 */
export interface StateReportingRegime {
  /** Stable id: `tt-01-2024`, `tt-06-2025`. */
  id: string;
  /** Short name, e.g. "Thông tư 06/2025/TT-TTCP". */
  circular: string;
  /** How a State document names it, e.g. "Thông tư số 06/2025/TT-TTCP ngày 29/9/2025 của Thanh tra Chính phủ". */
  citedAs: string;
  /** Its title (trích yếu) as issued, after the citation: "quy định chế độ thông tin, báo cáo …". */
  title: string;
  /** First day in force. */
  effectiveFrom: IsoDate;
  /** Last day in force, when replaced. */
  effectiveTo?: IsoDate;
  /** The periodic reports it requires. */
  periods: readonly ("quarter" | "h1" | "m9" | "year")[];
  /**
   * The data cut-off of periodic reports: from the 15th of the month before the period's first month to the 14th
   * of its last month; 6 months, 9 months and the year cumulative from 15 December.
   */
  cutoff: "mid-month";
  /** Where the periods and the cut-off come from, and how sure we are. */
  source: Citation;
  /** The report forms (biểu mẫu) it names, when known. */
  forms: readonly string[];
}

const TT_01_2024: StateReportingRegime = {
  id: "tt-01-2024",
  circular: "Thông tư 01/2024/TT-TTCP",
  citedAs: "Thông tư số 01/2024/TT-TTCP ngày 20/01/2024 của Thanh tra Chính phủ",
  // docs/legal-sources.md: [NEWS] (SNN Bắc Giang, Thanh tra Hà Nội).
  title:
    "quy định chế độ báo cáo công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng",
  effectiveFrom: "2024-03-05",
  effectiveTo: "2025-09-29",
  periods: ["quarter", "h1", "m9", "year"],
  cutoff: "mid-month",
  source: {
    document: "Thông tư 01/2024/TT-TTCP",
    clause: "quy định về thời gian chốt số liệu báo cáo định kỳ",
    issuedOn: "2024-01-20",
    effectiveFrom: "2024-03-05",
    quote:
      "Báo cáo Quý I từ ngày 15 của tháng 12 năm trước đến ngày 14 tháng 3 của năm báo cáo; Báo cáo Quý II, Quý III, Quý IV từ ngày 15 của tháng cuối quý trước đến ngày 14 của tháng cuối quý báo cáo; … Báo cáo hằng năm từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 12 của năm báo cáo.",
    verified: false,
    note: "Kỳ và thời gian chốt số liệu theo bản tin trích thông tư (th389.vn); số điều chưa đối chiếu. Báo cáo định kỳ hằng quý, 6 tháng, 9 tháng, hằng năm; không có báo cáo tháng.",
  },
  forms: [],
};

const TT_06_2025: StateReportingRegime = {
  id: "tt-06-2025",
  circular: "Thông tư 06/2025/TT-TTCP",
  citedAs: "Thông tư số 06/2025/TT-TTCP ngày 29/9/2025 của Thanh tra Chính phủ",
  // docs/legal-sources.md "Validity windows": [NEWS] (a public legal-library app's record of the circular).
  title:
    "quy định chế độ thông tin, báo cáo công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng, tiêu cực",
  effectiveFrom: "2025-09-30",
  periods: ["quarter", "h1", "m9", "year"],
  cutoff: "mid-month",
  source: {
    document: "Thông tư 06/2025/TT-TTCP",
    clause: "điểm a khoản 1 Điều 7 (thời gian chốt số liệu); Điều 4 (kỳ báo cáo định kỳ); Điều 11 (hiệu lực)",
    issuedOn: "2025-09-29",
    effectiveFrom: "2025-09-30",
    quote:
      "Báo cáo Quý I từ ngày 15 của tháng 12 năm trước đến ngày 14 tháng 3 của năm báo cáo; Báo cáo Quý II, Quý III, Quý IV từ ngày 15 của tháng cuối quý trước đến ngày 14 của tháng cuối quý báo cáo. Báo cáo 6 tháng từ ngày 15 của tháng 12 năm trước đến ngày 14 tháng 6 của năm báo cáo. Báo cáo 9 tháng từ ngày 15 của tháng 12 năm trước đến ngày 14 tháng 9 của năm báo cáo. Báo cáo hằng năm từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 12 của năm báo cáo.",
    verified: true,
    note: "Đọc trong toàn văn thông tư (bản chép lại dạng DOCX; chưa đối chiếu với bản có chữ ký). Thời hạn gửi (khoản 2 Điều 7): Ủy ban nhân dân cấp xã gửi Ủy ban nhân dân cấp tỉnh chậm nhất ngày 17, Ủy ban nhân dân cấp tỉnh gửi Thanh tra Chính phủ chậm nhất ngày 20 của tháng cuối kỳ báo cáo. Báo cáo Quý I, 6 tháng, 9 tháng, hằng năm gồm đề cương Mẫu số 02 và các biểu; báo cáo Quý II, III, IV chỉ gồm các biểu số liệu (Điều 4).",
  },
  forms: ["01/TCD", "02/XLD", "03/GQKN", "04/GQTC", "05/KQTH", "06/QLKNTC"],
};

/** The bundled State reporting regimes, oldest first. */
export const STATE_REPORTING_REGIMES: readonly StateReportingRegime[] = deepFreeze([TT_01_2024, TT_06_2025]);

/**
 * The State reporting regime in force on a date, or `undefined` before 05/03/2024 (the tool bundles no older
 * circular). Choose it by the last day of the reporting period's data range — the report is made under the
 * circular in force then — never by today's date: a 2025-Q1 report follows Thông tư 01/2024/TT-TTCP, a 2026-Q1
 * report Thông tư 06/2025/TT-TTCP (in force from 30/09/2025).
 *
 * @param date - a date, `YYYY-MM-DD` (usually `period.to`)
 * @returns the regime, or `undefined` when none of the bundled ones was in force
 * @throws {RangeError} when `date` is not a date
 * @example
 * findStateReportingRegimeAt("2025-03-14")?.circular //=> "Thông tư 01/2024/TT-TTCP"
 * findStateReportingRegimeAt("2026-03-14")?.circular //=> "Thông tư 06/2025/TT-TTCP"
 * findStateReportingRegimeAt("2023-12-31") //=> undefined
 */
export function findStateReportingRegimeAt(date: IsoDate): StateReportingRegime | undefined {
  if (!isIsoDate(date)) {
    throw new RangeError(`getStateReportingRegimeAt: expected a YYYY-MM-DD date, got ${JSON.stringify(date)}`);
  }
  return STATE_REPORTING_REGIMES.find(
    (r) => r.effectiveFrom <= date && (r.effectiveTo === undefined || date <= r.effectiveTo),
  );
}

/**
 * The State reporting regime in force on a date: Thông tư 01/2024/TT-TTCP from 05/03/2024 to 29/09/2025, then
 * Thông tư 06/2025/TT-TTCP (signed 29/09/2025, in force 30/09/2025). See {@link findStateReportingRegimeAt}.
 *
 * @param date - a date, `YYYY-MM-DD` (usually the last day of the period's data range)
 * @returns the regime
 * @throws {RangeError} when `date` is not a date or falls before 05/03/2024
 * @example
 * getStateReportingRegimeAt("2025-09-29").id //=> "tt-01-2024"
 * getStateReportingRegimeAt("2025-09-30").id //=> "tt-06-2025"
 */
export function getStateReportingRegimeAt(date: IsoDate): StateReportingRegime {
  const found = findStateReportingRegimeAt(date);
  if (!found) throw new RangeError(`getStateReportingRegimeAt: no bundled State reporting regime on ${date}`);
  return found;
}
