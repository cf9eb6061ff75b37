// The sentence a result carries when the days off of some years are computed from the Labour Code (no notice bundled).

/**
 * The Labour Code the calendar computes a year's days off from, without a notice: the 2019 Code from 2021 (in force
 * 01/01/2021), the 2012 Code before (review s21 C13: the note cited the 2019 Code for 2018).
 */
function labourCodesOf(years: readonly number[]): string {
  const codes = [
    ...(years.some((y) => y < 2021) ? ["Bộ luật Lao động 2012 (Điều 115)"] : []),
    ...(years.some((y) => y >= 2021) ? ["Bộ luật Lao động 2019 (Điều 111, Điều 112)"] : []),
  ];
  return codes.join(" và ");
}

/**
 * What a result says when the days off of some years are computed from the Labour Code, the tool having no notice of
 * them (docs/legal-sources.md: "Labour Code fallback, said in results").
 *
 * @param years - the years without a notice
 * @param consequence - what may change, e.g. "hạn có thể thay đổi khi có thông báo"
 * @returns the Vietnamese sentence
 */
export function statuteDaysOffNote(years: readonly number[], consequence: string): string {
  return (
    `Năm ${years.join(", ")} chưa có thông báo lịch nghỉ lễ, Tết của cán bộ, công chức trong lịch của công cụ: ` +
    `ngày nghỉ được tính theo ${labourCodesOf(years)}, ${consequence}.`
  );
}
