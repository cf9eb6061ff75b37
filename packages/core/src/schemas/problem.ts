import { z } from "zod";

/**
 * A problem found in a register: data errors are values, collected and reported together, never thrown
 * (DESIGN.md "Problems").
 */
export const ProblemSchema = z
  .object({
    /** Stable, documented code, e.g. `DATE_INVALID`. */
    code: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/)
      .describe("Stable, documented code, e.g. DATE_INVALID."),
    /** An `error` rejects the row; a row with only warnings is accepted. */
    severity: z.enum(["error", "warning"]).describe("An error rejects the row; a row with only warnings is accepted."),
    /** Row number as a person sees it in the spreadsheet (header usually 1); 0 for the whole file. */
    row: z
      .number()
      .int()
      .min(0)
      .describe("Row number as a person sees it in the spreadsheet (header usually 1); 0 for the whole file."),
    /** Header text as written in the file; empty for a whole-file problem. */
    column: z.string().describe("Header text as written in the file; empty for a whole-file problem."),
    /** Schema field, e.g. `receivedOn`; empty when none applies. */
    field: z.string().describe("Schema field, e.g. receivedOn; empty when none applies."),
    /** The offending value; omitted for identity columns of a denunciation row. */
    value: z.string().optional().describe("The offending value; omitted for identity columns of a denunciation row."),
    /** What is wrong and what is allowed, in Vietnamese. */
    message: z.string().min(1).describe("What is wrong and what is allowed, in Vietnamese."),
  })
  .strict()
  .meta({ title: "Problem", description: "Một lỗi dữ liệu: mã, mức độ, dòng, cột, trường, giá trị, thông báo." });

/** A data problem. */
export type Problem = z.infer<typeof ProblemSchema>;
