export { PROBLEM_CODES, type ProblemCode } from "./problemCodes.js";
export { readCases, readCasesAll } from "./readCases.js";
export { readSessions, readSessionsAll } from "./readSessions.js";
export type {
  IntakeCollected,
  IntakeReading,
  IntakeResult,
  ReadCasesOptions,
  ReadRegisterOptions,
  ReadSessionsOptions,
  RegisterFormat,
  RegisterInput,
  XlsxReader,
  XlsxSheetResult,
} from "./types.js";
