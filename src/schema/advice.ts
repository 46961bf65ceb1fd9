import { z } from "zod";
import { SAFETY_LEVELS, type Safety } from "./vocabulary.ts";
import { anchorIdSchema, nonEmptyText, urlSchema } from "./fields.ts";
import { fixWhenSchema } from "./fit.ts";
import { packageNameSchema, specifierSchema } from "./pin.ts";

const safetyKeys = Object.keys(SAFETY_LEVELS) as [Safety, ...Safety[]];

/** One way out, with what it costs. Fixes are listed safest first. */
export const fixSchema = z.strictObject({
  /** Stable id: the fix's anchor (#fix-<id>) and what `tracebook reply` links. */
  id: anchorIdSchema,
  title: nonEmptyText,
  safety: z.enum(safetyKeys),
  /** What the fix costs or risks (memory, a pin that holds back upgrades ...). */
  cost: nonEmptyText,
  /** The steps, in Markdown; code in fenced blocks. */
  steps: nonEmptyText,
  /** Where the fix is confirmed (a merged PR, a maintainer's comment). */
  source: urlSchema.optional(),
  /** The cases this fix answers; without it the fix applies to every case. */
  when: fixWhenSchema.optional(),
  /**
   * Package → range this fix installs (an upgrade or a downgrade). A reproduced pin that
   * credits the fix must have run with these versions installed.
   */
  installs: z
    .record(packageNameSchema, specifierSchema)
    .refine((v) => Object.keys(v).length > 0, "must name at least one package and its range")
    .optional(),
});

/** Advice that circulates but is wrong, and why. */
export const wrongAdviceSchema = z.strictObject({
  id: anchorIdSchema,
  /** The advice as it is given. */
  claim: nonEmptyText,
  /** Why it is wrong, in Markdown, with the evidence. */
  why: nonEmptyText,
  /** Where it circulates, if public. */
  seenIn: urlSchema.optional(),
});

export const sourceSchema = z.strictObject({
  url: urlSchema,
  title: nonEmptyText,
});

export type Fix = z.infer<typeof fixSchema>;
export type WrongAdvice = z.infer<typeof wrongAdviceSchema>;

export function safetyRank(safety: Safety): number {
  return safetyKeys.indexOf(safety);
}
