import { validRange } from "@renovatebot/pep440";
import { z } from "zod";
import { anchorIdSchema, urlSchema } from "./fields.ts";

/** A pip distribution name as pip normalises it (PEP 503): lowercase, hyphens. */
export const packageNameSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, "must be a package name as pip lists it, lowercase (torch, transformers, flash-attn)");

/** A PEP 440 version specifier such as ">=4.37,<4.50" or "==2.1.2". */
export const specifierSchema = z.string().refine((spec) => validRange(spec), {
  error: (issue) => `"${String(issue.input)}" is not a PEP 440 version specifier (write e.g. ">=4.37.0" or "==2.1.*")`,
});

const common = {
  /** Stable id, unique within the runbook: the pin's anchor and its name in the matcher's verdicts. */
  id: anchorIdSchema,
  /** Package → PEP 440 specifier; the pin holds when every package is in its range. */
  versions: z
    .record(packageNameSchema, specifierSchema)
    .refine((v) => Object.keys(v).length > 0, "must name at least one package and its version range"),
  /** What happens in that environment. */
  outcome: z.enum(["fails", "works"]),
  /** One line a reader can act on, e.g. "the wrapper was removed in OpenCompass 0.2.2". */
  note: z.string().optional(),
  /** The outcome holds once this fix (an id under `fixes`) is applied, e.g. a reproduction's --fixed run. */
  afterFix: anchorIdSchema.optional(),
};

/** A pin and the evidence that establishes it; the evidence kind decides what must be cited. */
export const pinSchema = z.discriminatedUnion(
  "evidence",
  [
    z.strictObject({
      ...common,
      evidence: z.literal("reproduced"),
      /** The recorded run beside the runbook (records/<run id>.json); its date and versions show on the page. */
      record: z.string().regex(/^records\/[\w.-]+\.json$/, "must name a record, e.g. records/fails-5-17.json"),
    }),
    z.strictObject({
      ...common,
      evidence: z.literal("upstream"),
      /** Release notes, the merged fix, the source lines or a maintainer's comment. */
      source: urlSchema,
    }),
    z.strictObject({
      ...common,
      evidence: z.literal("reported"),
      /** The thread where users report it. */
      source: urlSchema,
    }),
  ],
  {
    error: (issue) =>
      issue.code === "invalid_union" && issue.note === "No matching discriminator"
        ? `evidence must be one of reproduced, upstream, reported (got ${JSON.stringify((issue.input as { evidence?: unknown })?.evidence)})`
        : undefined,
  },
);

export type Pin = z.infer<typeof pinSchema>;
