import { z } from "zod";
import { SideSchema, TextSchema } from "./common.js";

/**
 * A Party committee or a People's Committee whose head receives citizens. Levels are data, not a fixed
 * list: since 1/7/2025 local government has two tiers (`province`, `commune`), older data has `district`;
 * a rule set names the levels it sets a minimum for.
 */
export const OrgUnitSchema = z
  .object({
    /** Identifier, as registers write it in `Đơn vị`. */
    id: TextSchema.describe("Identifier, as registers write it in Đơn vị."),
    /** Full name, e.g. "Tỉnh ủy Minh Sơn". */
    name: TextSchema.describe('Full name, e.g. "Tỉnh ủy Minh Sơn".'),
    /** Level id, e.g. `province`, `district`, `commune`. */
    level: TextSchema.describe("Level id, e.g. province, district, commune."),
    /** `party` for a Party committee (QĐ 11-QĐi/TW), `state` for a People's Committee (Luật Tiếp công dân). */
    side: SideSchema.default("party").describe(
      "party for a Party committee (QĐ 11-QĐi/TW), state for a People's Committee (Luật Tiếp công dân).",
    ),
    /** The unit above it. */
    parentId: TextSchema.optional().describe("The unit above it."),
    /** Title of its head, e.g. "Bí thư Tỉnh ủy". */
    headTitle: TextSchema.optional().describe('Title of its head, e.g. "Bí thư Tỉnh ủy".'),
    /** Other names registers may use for it in `Đơn vị`. */
    aliases: z.array(TextSchema).optional().describe("Other names registers may use for it in Đơn vị."),
  })
  .strict()
  .meta({ title: "OrgUnit", description: "Cấp ủy / đơn vị có người đứng đầu tiếp dân." });

/** A validated unit. */
export type OrgUnit = z.infer<typeof OrgUnitSchema>;
/** A unit as given (`side` may be omitted). */
export type OrgUnitInput = z.input<typeof OrgUnitSchema>;
