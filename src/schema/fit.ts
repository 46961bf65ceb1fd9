import { z } from "zod";
import { anchorIdSchema } from "./fields.ts";
import { packageNameSchema, specifierSchema } from "./pin.ts";
import { templateSchema } from "./signature.ts";

/**
 * When a fix is the one that fits a log. The matcher leads with the first fix, in the runbook's
 * (safest first) order, whose conditions all hold; the page shows the same conditions as the
 * "which case is yours" triage. A fix without `when` applies to every case.
 */
export const fixWhenSchema = z
  .strictObject({
    /** The signatures (ids in this runbook) whose match this fix answers. */
    signatures: z.array(anchorIdSchema).min(1, "must list at least one signature id").optional(),
    /** Templates found anywhere in the matched message: a placeholder's value such as a model type. */
    message: z.array(templateSchema).min(1, "must list at least one template").optional(),
    /** Templates found in any line of the log, e.g. "Process {number} has {text} memory in use". */
    log: z.array(templateSchema).min(1, "must list at least one template").optional(),
    /** Package → PEP 440 range: the versions read from the paste must fall in it. */
    versions: z
      .record(packageNameSchema, specifierSchema)
      .refine((v) => Object.keys(v).length > 0, "must name at least one package and its range")
      .optional(),
    /** In words, for the page's triage: "your log names another process", "transformers 4.50 or later". */
    case: z.string().trim().min(1, "must not be empty").optional(),
  })
  .refine(
    (w) => w.signatures || w.message || w.log || w.versions,
    "must give at least one condition (signatures, message, log or versions)",
  );

export type FixWhen = z.infer<typeof fixWhenSchema>;
