import { z } from "zod";
import { countSchema, FlagSchema, UNKNOWN_KEYS, viError } from "./_messages.js";
import { IsoDateSchema, SessionKindSchema, TextSchema } from "./common.js";

/** One reception session (buổi tiếp dân), a row of the sessions register (DESIGN.md "Registers"). */
export const ReceptionSessionSchema = z
  .object(
    {
      /** `Mã buổi`. */
      id: TextSchema.describe("Mã buổi."),
      /** `Ngày tiếp`. */
      date: IsoDateSchema.describe("Ngày tiếp."),
      /** `Người chủ trì`. */
      host: TextSchema.optional().describe("Người chủ trì."),
      /** `Loại buổi` — only scheduled sessions count toward the minimum. */
      kind: SessionKindSchema.describe("Loại buổi — only scheduled sessions count toward the minimum."),
      /** `Địa điểm`. */
      place: TextSchema.optional().describe("Địa điểm."),
      /** `Đơn vị` — the unit (id or name) whose head held the session. */
      unit: TextSchema.optional().describe("Đơn vị — the unit (id or name) whose head held the session."),
      /** `Số lượt người` received. */
      people: countSchema(0).optional().describe("Số lượt người received."),
      /** `Đối thoại` — a direct dialogue took place. */
      dialogue: FlagSchema.optional().describe("Đối thoại — a direct dialogue took place."),
      /**
       * `Vụ việc` — the cases (`Mã số`) received or dealt with at the session. An ad hoc session that lists its cases
       * answers the ad hoc triggers of those cases only; one that lists none is taken to answer every earlier case of
       * its unit.
       */
      caseIds: z
        .array(TextSchema, viError("Phải là danh sách"))
        .optional()
        .describe("Vụ việc — the cases (Mã số) received or dealt with at the session."),
    },
    UNKNOWN_KEYS,
  )
  .strict()
  .meta({ title: "ReceptionSession", description: "Một buổi tiếp dân (DESIGN.md “Registers”)." });

/** A validated reception session. */
export type ReceptionSession = z.infer<typeof ReceptionSessionSchema>;
/** A reception session as given. */
export type ReceptionSessionInput = z.input<typeof ReceptionSessionSchema>;

/** A direct dialogue with citizens (đối thoại trực tiếp với dân). */
export const DialogueSchema = z
  .object(
    {
      /** Identifier. */
      id: TextSchema.describe("Identifier."),
      /** Date of the dialogue. */
      date: IsoDateSchema.describe("Date of the dialogue."),
      /** Unit whose head held it. */
      unit: TextSchema.optional().describe("Unit whose head held it."),
      /** Who presided. */
      host: TextSchema.optional().describe("Who presided."),
      /** Where. */
      place: TextSchema.optional().describe("Where."),
      /** What it was about. */
      topic: TextSchema.describe("What it was about."),
      /** Number of citizens taking part. */
      participants: countSchema(0).optional().describe("Number of citizens taking part."),
      /** Cases discussed (`Mã số`). */
      caseIds: z.array(TextSchema, viError("Phải là danh sách")).optional().describe("Cases discussed (Mã số)."),
      /** The reception session it took place in, if any. */
      sessionId: TextSchema.optional().describe("The reception session it took place in, if any."),
      /** Conclusion announced. */
      outcome: TextSchema.optional().describe("Conclusion announced."),
    },
    UNKNOWN_KEYS,
  )
  .strict()
  .meta({ title: "Dialogue", description: "Một cuộc đối thoại trực tiếp với dân." });

/** A validated dialogue. */
export type Dialogue = z.infer<typeof DialogueSchema>;
