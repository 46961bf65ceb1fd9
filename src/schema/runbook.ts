import { z } from "zod";
import { fixSchema, safetyRank, sourceSchema, wrongAdviceSchema } from "./advice.ts";
import { exampleSchema } from "./example.ts";
import { isoDateSchema, nonEmptyText, slugSchema } from "./fields.ts";
import { pinSchema } from "./pin.ts";
import { reproSchema } from "./repro.ts";
import { signatureSchema } from "./signature.ts";
import { CATEGORIES, FRAMEWORKS, GPU_NEEDS, type Category, type Framework } from "./vocabulary.ts";

const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

const hardwareSchema = z.strictObject({
  /** What it takes to hit the failure; `none` means a CPU reproduction is possible. */
  gpu: z.enum(keysOf(GPU_NEEDS)),
  /** Distributed setup where it matters, e.g. "DeepSpeed ZeRO-3". */
  distributed: z.string().optional(),
  /** GPU count, memory, architecture notes. */
  notes: z.array(nonEmptyText).default([]),
});

/** A neighbouring failure that shares lines with this one, and how to tell the two apart. */
const relatedSchema = z.strictObject({
  slug: slugSchema,
  tell: nonEmptyText,
});

/** Ids must be unique within a list: they are URL fragments and names in the matcher's output. */
function uniqueIds(list: { id: string }[], ctx: z.RefinementCtx, field: string): void {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: "custom", path: [field, i, "id"], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}

/** The frontmatter of content/runbooks/<slug>/index.mdx: the one definition of a runbook. */
export const runbookSchema = z
  .strictObject({
    /** The failure as users know it, usually its error line. */
    title: nonEmptyText,
    /** One sentence: what breaks and the fix. Used as the page description. */
    summary: nonEmptyText.max(320, "must be one sentence (at most 320 characters)"),
    /** The root cause in one line, for issue replies. */
    cause: nonEmptyText.max(240, "must be one line (at most 240 characters)"),
    category: z.enum(keysOf(CATEGORIES) as [Category, ...Category[]]),
    frameworks: z.array(z.enum(keysOf(FRAMEWORKS) as [Framework, ...Framework[]])).min(1, "must name at least one framework"),
    /** pip packages whose versions matter (the pins use the same names). */
    packages: z.array(z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "must be a lowercase pip package name")).min(1),
    /** The day the content was last checked against upstream. */
    verified: isoDateSchema,
    /** Former slugs of this runbook; each keeps redirecting here. */
    redirectFrom: z.array(slugSchema).default([]),
    related: z.array(relatedSchema).default([]),
    signatures: z.array(signatureSchema).min(1, "needs at least one signature, or the matcher cannot find this runbook"),
    examples: z.array(exampleSchema).min(2, "needs at least two real example tracebacks"),
    hardware: hardwareSchema,
    fixes: z.array(fixSchema).min(1, "needs at least one fix"),
    wrong: z.array(wrongAdviceSchema).default([]),
    pins: z.array(pinSchema).min(1, "needs at least one version pin with its evidence"),
    sources: z.array(sourceSchema).min(1, "needs at least one upstream source"),
    /** A CPU reproduction and the runs `npm run repro` records. */
    repro: reproSchema.optional(),
  })
  .superRefine((rb, ctx) => {
    uniqueIds(rb.signatures, ctx, "signatures");
    rb.signatures.forEach((s, i) => {
      if (s.requireWith && s.with.length === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["signatures", i, "requireWith"],
          message: "requires `with` lines, but the signature lists none",
        });
      }
    });
    uniqueIds(rb.examples, ctx, "examples");
    uniqueIds(rb.fixes, ctx, "fixes");
    uniqueIds(rb.wrong, ctx, "wrong");
    uniqueIds(rb.pins, ctx, "pins");
    if (rb.repro) uniqueIds(rb.repro.runs, ctx, "repro.runs");
    rb.pins.forEach((pin, i) => {
      if (pin.afterFix && !rb.fixes.some((f) => f.id === pin.afterFix)) {
        ctx.addIssue({ code: "custom", path: ["pins", i, "afterFix"], message: `names fix "${pin.afterFix}", which is not under fixes` });
      }
    });
    const signatureIds = new Set(rb.signatures.map((s) => s.id));
    const fixIds = new Set(rb.fixes.map((f) => f.id));
    rb.fixes.forEach((fix, i) => {
      fix.when?.signatures?.forEach((id, j) => {
        if (!signatureIds.has(id))
          ctx.addIssue({
            code: "custom",
            path: ["fixes", i, "when", "signatures", j],
            message: `names signature "${id}", which is not under signatures`,
          });
      });
    });
    rb.examples.forEach((example, i) => {
      if (example.fix && !fixIds.has(example.fix))
        ctx.addIssue({ code: "custom", path: ["examples", i, "fix"], message: `names fix "${example.fix}", which is not under fixes` });
    });
    rb.fixes.forEach((fix, i) => {
      const previous = rb.fixes[i - 1];
      if (previous && safetyRank(fix.safety) < safetyRank(previous.safety)) {
        ctx.addIssue({
          code: "custom",
          path: ["fixes", i, "safety"],
          message: `fixes must be listed safest first: "${fix.id}" (${fix.safety}) comes after "${previous.id}" (${previous.safety})`,
        });
      }
    });
  });

export type Runbook = z.infer<typeof runbookSchema>;
/** A runbook with where it came from, as the site, CLI and tests see it. */
export interface RunbookEntry {
  slug: string;
  /** Path of index.mdx relative to the repository root, for messages. */
  file: string;
  data: Runbook;
  /** The MDX body. */
  body: string;
}
