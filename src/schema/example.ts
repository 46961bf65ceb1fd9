import { z } from "zod";
import { anchorIdSchema, isoDateSchema, urlSchema } from "./fields.ts";

const common = {
  /** Stable id: the example's anchor on the page. */
  id: anchorIdSchema,
  /** The traceback, verbatim, in a text file beside the runbook (examples/<name>.txt). */
  file: z.string().regex(/^examples\/[\w.-]+\.(txt|log)$/, "must be a file under examples/, e.g. examples/opencompass-832.txt"),
  /** Versions the reporter or our run had, where known: package → version. */
  versions: z.record(z.string(), z.string()).default({}),
  /** What the example shows that the others do not (wording, wrapper, rank prefixes). */
  note: z.string().optional(),
  /** The id of the fix that applies to this example: the matcher must lead with it. */
  fix: anchorIdSchema,
};

/**
 * A real traceback. Quoted from a public report (with its link) or
 * reproduced by us (with the command); never written by hand.
 */
export const exampleSchema = z.discriminatedUnion(
  "origin",
  [
    z.strictObject({ ...common, origin: z.literal("reported"), source: urlSchema }),
    z.strictObject({
      ...common,
      origin: z.literal("reproduced"),
      /** The command that produced it, runnable from the runbook's folder. */
      command: z.string().min(1),
      date: isoDateSchema,
    }),
  ],
  {
    error: (issue) =>
      issue.code === "invalid_union" && issue.note === "No matching discriminator"
        ? `origin must be "reported" (with source) or "reproduced" (with command and date)`
        : undefined,
  },
);

export type Example = z.infer<typeof exampleSchema>;
