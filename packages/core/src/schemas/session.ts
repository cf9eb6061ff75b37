import { z } from "zod";
import { IsoDateSchema, SessionKindSchema, TextSchema } from "./common.js";

/** One reception session (buổi tiếp dân), a row of the sessions register (DESIGN.md "Registers"). */
export const ReceptionSessionSchema = z
  .object({
    /** `Mã buổi`. */
    id: TextSchema,
    /** `Ngày tiếp`. */
    date: IsoDateSchema,
    /** `Người chủ trì`. */
    host: TextSchema.optional(),
    /** `Loại buổi` — only scheduled sessions count toward the minimum. */
    kind: SessionKindSchema,
    /** `Địa điểm`. */
    place: TextSchema.optional(),
    /** `Đơn vị` — the unit (id or name) whose head held the session. */
    unit: TextSchema.optional(),
    /** `Số lượt người` received. */
    people: z.number().int().min(0).optional(),
    /** `Đối thoại` — a direct dialogue took place. */
    dialogue: z.boolean().optional(),
  })
  .strict()
  .meta({ title: "ReceptionSession", description: "Một buổi tiếp dân (DESIGN.md “Registers”)." });

/** A validated reception session. */
export type ReceptionSession = z.infer<typeof ReceptionSessionSchema>;
/** A reception session as given. */
export type ReceptionSessionInput = z.input<typeof ReceptionSessionSchema>;

/** A direct dialogue with citizens (đối thoại trực tiếp với dân). */
export const DialogueSchema = z
  .object({
    /** Identifier. */
    id: TextSchema,
    /** Date of the dialogue. */
    date: IsoDateSchema,
    /** Unit whose head held it. */
    unit: TextSchema.optional(),
    /** Who presided. */
    host: TextSchema.optional(),
    /** Where. */
    place: TextSchema.optional(),
    /** What it was about. */
    topic: TextSchema,
    /** Number of citizens taking part. */
    participants: z.number().int().min(0).optional(),
    /** Cases discussed (`Mã số`). */
    caseIds: z.array(TextSchema).optional(),
    /** The reception session it took place in, if any. */
    sessionId: TextSchema.optional(),
    /** Conclusion announced. */
    outcome: TextSchema.optional(),
  })
  .strict()
  .meta({ title: "Dialogue", description: "Một cuộc đối thoại trực tiếp với dân." });

/** A validated dialogue. */
export type Dialogue = z.infer<typeof DialogueSchema>;
