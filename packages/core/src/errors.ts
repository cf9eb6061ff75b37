/**
 * Stable codes of the errors in what a person typed (a period, an option), as opposed to data problems
 * in a register (see {@link Problem}) and programming errors (built-in `TypeError` / `RangeError`).
 */
export type InputErrorCode =
  | "PERIOD_SYNTAX"
  | "PERIOD_MONTH_RANGE"
  | "PERIOD_QUARTER_RANGE"
  | "PERIOD_YEAR_RANGE"
  | "PERIOD_DATE_INVALID"
  | "PERIOD_RANGE_REVERSED"
  | "PERIOD_CUTOFF_UNKNOWN";

/**
 * An error in something a person typed, with a Vietnamese message a clerk can act on and a stable code
 * a program can test.
 *
 * @example
 * try { resolvePeriod("2026-13") } catch (e) { if (e instanceof InputError) e.code } //=> "PERIOD_MONTH_RANGE"
 */
export class InputError extends Error {
  /** The stable code. */
  readonly code: InputErrorCode;
  /** What was typed. */
  readonly input: string;

  /**
   * @param code - the stable code
   * @param message - the Vietnamese message
   * @param input - what was typed
   */
  constructor(code: InputErrorCode, message: string, input: string) {
    super(message);
    this.name = "InputError";
    this.code = code;
    this.input = input;
  }
}
