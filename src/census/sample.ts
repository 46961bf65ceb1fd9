import { z } from "zod";
import { isoDateSchema, slugSchema } from "../schema/fields.ts";

/**
 * The census: a sample of real public issues in which someone pasted an error while loading
 * or running a model, drawn without regard to what tracebook covers (census/queries.md says
 * how). It measures coverage and ranks the failures that have no runbook yet.
 */
export const censusEntrySchema = z.strictObject({
  url: z.url({ protocol: /^https$/, hostname: /^github\.com$/ }),
  /** owner/name, as in the URL. */
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "must be owner/name"),
  /** The day the issue was opened. */
  date: isoDateSchema,
  /** The final error line of the paste, verbatim. */
  exception: z.string().min(1),
  /** The root cause in a few words, from the thread and the maintainers' answers; one label per cause. */
  class: z.string().trim().min(1),
  /** The runbook that explains this root cause, or null. */
  runbook: slugSchema.nullable(),
  /** The planned runbook that would explain it, while it is not written yet. */
  planned: slugSchema.optional(),
});

export const censusSchema = z.array(censusEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.url)) ctx.addIssue({ code: "custom", path: [i, "url"], message: `${e.url} is sampled twice` });
    seen.add(e.url);
    if (!e.url.startsWith(`https://github.com/${e.repo}/`))
      ctx.addIssue({ code: "custom", path: [i, "repo"], message: `${e.repo} is not the repository of ${e.url}` });
  });
});

export type CensusEntry = z.infer<typeof censusEntrySchema>;

export interface Coverage {
  issues: number;
  covered: number;
  repositories: number;
  /** Root-cause classes with no runbook, most frequent first (ties by name). */
  uncovered: { class: string; count: number; planned: string[] }[];
  /** Issues per runbook, most cited first. */
  byRunbook: { runbook: string; count: number }[];
}

export function coverage(entries: readonly CensusEntry[]): Coverage {
  const uncovered = new Map<string, { count: number; planned: Set<string> }>();
  const byRunbook = new Map<string, number>();
  for (const e of entries) {
    if (e.runbook) {
      byRunbook.set(e.runbook, (byRunbook.get(e.runbook) ?? 0) + 1);
      continue;
    }
    let row = uncovered.get(e.class);
    if (!row) uncovered.set(e.class, (row = { count: 0, planned: new Set() }));
    row.count++;
    if (e.planned) row.planned.add(e.planned);
  }
  const byCount = <T extends { count: number }>(a: T & { key: string }, b: T & { key: string }) =>
    b.count - a.count || a.key.localeCompare(b.key);
  return {
    issues: entries.length,
    covered: entries.filter((e) => e.runbook).length,
    repositories: new Set(entries.map((e) => e.repo)).size,
    uncovered: [...uncovered]
      .map(([key, r]) => ({ key, count: r.count, planned: [...r.planned].sort() }))
      .sort(byCount)
      .map(({ key, count, planned }) => ({ class: key, count, planned })),
    byRunbook: [...byRunbook]
      .map(([key, count]) => ({ key, count }))
      .sort(byCount)
      .map(({ key, count }) => ({ runbook: key, count })),
  };
}
