import { z } from "zod";
import { anchorIdSchema, isoDateSchema } from "./fields.ts";
import { templateSchema } from "./signature.ts";

/** A pip requirement pinned to one version, e.g. "transformers==5.17.0": a run must be repeatable. */
const pinnedRequirement = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*==[A-Za-z0-9.+!_-]+$/, "must pin one exact version, e.g. transformers==5.17.0");

/** One run of the reproduction script in one environment. Its record is records/<id>.json. */
export const reproRunSchema = z.strictObject({
  id: anchorIdSchema,
  /** The packages installed for this run (each pinned); runs with the same list share one environment. */
  env: z.array(pinnedRequirement).min(1, "must list the packages the run needs"),
  /** Arguments to the script: [] triggers the failure, ["--fixed"] applies the fix. */
  args: z.array(z.string()).default([]),
  /** What the run must show: `fails` (non-zero exit, a traceback this runbook matches) or `works` (exit 0). */
  expect: z.enum(["fails", "works"]),
  /**
   * Lines (templates) the run's output must show: the fix's code path taken or its setting
   * applied. A works pin that credits a fix without `installs` needs them, so a clean exit
   * alone never passes for "the fix worked".
   */
  shows: z.array(templateSchema).default([]),
});

/** A reproduction that runs on a CPU, without downloads: `npm run repro` runs it and writes its records. */
export const reproSchema = z.strictObject({
  /** The script beside index.mdx. */
  script: z.string().regex(/^[\w.-]+\.py$/, "must be a Python file beside index.mdx, e.g. repro.py"),
  runs: z.array(reproRunSchema).min(1, "must list at least one run"),
});

/** What `npm run repro` wrote for one run: enough for anyone to see and repeat it. */
export const recordSchema = z.strictObject({
  runbook: z.string(),
  run: z.string(),
  /** As typed in the runbook's folder. */
  command: z.string(),
  date: isoDateSchema,
  python: z.string(),
  platform: z.string(),
  /** `pip freeze` of the environment the run used. */
  freeze: z.array(z.string()),
  /** Every wheel installed in that environment, dependencies included, with its SHA-256 (records since the hardening). */
  wheels: z.array(z.strictObject({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })).optional(),
  /** The run's network: "none (unshare -n)", or why it was not isolated. */
  network: z.string().optional(),
  exitCode: z.number().int(),
  /** stdout and stderr as they arrived, verbatim. */
  output: z.string(),
});

export type ReproRun = z.infer<typeof reproRunSchema>;
export type Repro = z.infer<typeof reproSchema>;
export type ReproRecord = z.infer<typeof recordSchema>;

export function recordPath(runId: string): string {
  return `records/${runId}.json`;
}
