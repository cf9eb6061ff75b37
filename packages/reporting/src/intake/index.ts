export { hasStrayControls, oneLineText, stripStrayControls } from "./_lib/hostileText.js";
export type { DetailedProblem } from "./_lib/types.js";
export { type WorkbookRegister, workbookRegisters } from "./_lib/workbookSheets.js";
export { neutraliseFormula } from "./neutraliseFormula.js";
export { PROBLEM_CODES, type ProblemCode } from "./problemCodes.js";
export { readCases, readCasesAll } from "./readCases.js";
export { readSessions, readSessionsAll } from "./readSessions.js";
export { correctRegister, readRegisterFiles, registerColumns } from "./registers.js";
export type {
  CellEdit,
  CorrectedRegister,
  CorrectionCounts,
  CorrectRegisterOptions,
  IntakeCollected,
  IntakeReading,
  IntakeResult,
  ReadCasesOptions,
  ReadRegisterFilesOptions,
  ReadRegisterOptions,
  ReadSessionsOptions,
  RegisterColumnInfo,
  RegisterFileInput,
  RegisterFileProblem,
  RegisterFileSummary,
  RegisterFiles,
  RegisterFormat,
  RegisterInput,
  RegisterLayout,
  RegisterLayoutColumn,
  XlsxReader,
  XlsxSheetResult,
  XlsxWorkbookResult,
} from "./types.js";
