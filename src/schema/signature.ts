import { z } from "zod";
import { compileTemplate, TemplateError } from "../matcher/template.ts";
import { anchorIdSchema } from "./fields.ts";

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item).min(1, "must list at least one")]).transform((v) => (Array.isArray(v) ? v : [v]));

/** A template must compile; the compiler's message says what to change. */
export const templateSchema = z.string().superRefine((source, ctx) => {
  try {
    compileTemplate(source);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    ctx.addIssue({ code: "custom", message: `cannot compile: ${error.message}` });
  }
});

/** `ValueError`, `torch.OutOfMemoryError`, `safetensors_rust.SafetensorError`. */
const exceptionTypeSchema = z
  .string()
  .regex(
    /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/,
    "must be a Python exception name such as ValueError or torch.OutOfMemoryError",
  );

/** `torch/serialization.py` or `modeling_utils.py:load_state_dict` (file suffix, optional function). */
const frameSchema = z
  .string()
  .regex(/^[\w./-]+\.py(?::[A-Za-z_<>][\w<>.]*)?$/, "must be a file path suffix ending in .py, optionally followed by :function");

/** How one failure shows in a log. */
export const signatureSchema = z
  .strictObject({
    /** Stable id, unique within the runbook; evidence and anchors refer to it. */
    id: anchorIdSchema,
    /** Exception types that carry the message; a bare name also matches its qualified forms. */
    exception: oneOrMany(exceptionTypeSchema).optional(),
    /**
     * The message is a log line, not a Python exception: C++ code such as NCCL's watchdog logs
     * "[Rank 1] Watchdog caught collective operation timeout ..." on every rank, often with no traceback.
     */
    logLine: z.boolean().default(false),
    /** The message as literal text with placeholders; list every wording the versions print. */
    message: oneOrMany(templateSchema),
    /**
     * `first`: the exception must start its chain. Several failures end in the
     * same re-raised error, and only the first exception tells them apart.
     */
    chain: z.enum(["first", "last", "any"]).default("any"),
    /** Frames the traceback passes through, each adds evidence when present. */
    frames: z.array(frameSchema).default([]),
    /** Other lines that appear in the same log (templates, matched anywhere in a line). */
    with: z.array(templateSchema).default([]),
    /**
     * The `with` lines are required, not just supporting evidence: for a message
     * with many causes (`CUDA error: device-side assert triggered`) only the
     * co-occurring line says which one this is.
     */
    requireWith: z.boolean().default(false),
    /**
     * The line only reports that something else failed (vLLM's "Engine core initialization failed",
     * ollama's "llama runner process has terminated"): the runbook says how to find the real error.
     * It answers only when no runbook explains the failure itself.
     */
    wrapper: z.boolean().default(false),
    /** What this signature covers, e.g. which versions print this wording. */
    note: z.string().optional(),
  })
  .superRefine((s, ctx) => {
    if (!s.logLine && !s.exception)
      ctx.addIssue({ code: "custom", path: ["exception"], message: "is required (or set logLine: true for a log line)" });
    if (s.logLine && s.exception)
      ctx.addIssue({
        code: "custom",
        path: ["exception"],
        message: "a logLine signature matches log lines, not exceptions; drop exception",
      });
  })
  .transform((s) => ({ ...s, exception: s.exception ?? [] }));

export type Signature = z.infer<typeof signatureSchema>;
