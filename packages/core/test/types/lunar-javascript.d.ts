// The part of lunar-javascript (the Chinese calendar, a test oracle only) that the tests use.
declare module "lunar-javascript" {
  export const Lunar: { fromYmd(year: number, month: number, day: number): { getSolar(): { toYmd(): string } } };
}
