import { z } from "zod";

// A missing field is the most common authoring mistake; say so plainly
// instead of "expected string, received undefined".
z.config({ customError: (issue) => (issue.input === undefined ? "is required" : undefined) });

/** A slug is the runbook's folder name and its permanent URL segment. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by single hyphens, e.g. cuda-out-of-memory");

/** An id used in a URL fragment (#fix-upgrade-opencompass); same shape as a slug. */
export const anchorIdSchema = slugSchema;

/** What `tracebook new` writes where a person must research and fill in. */
export const TODO_MARK = "TODO:";

export const nonEmptyText = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .refine((s) => !s.startsWith(TODO_MARK), "is still a TODO from tracebook new: fill it in");

/**
 * A source or a link a reader follows. https only: a plain http link can be rewritten on the
 * way, and any other scheme (javascript:, data:, file:) has no business on a page.
 */
export const urlSchema = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: (issue) => (issue.input === undefined ? "is required" : "must be an https:// URL"),
});

/** Is `day` (YYYY-MM-DD) a day of the calendar? `2026-13-45` is not; `2024-02-29` is. Other shapes are left to the pattern. */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return true; // the pattern's own message says what is wrong
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** A YAML date or an ISO date string, kept as the ISO day; it must be a real day of the calendar. */
export const isoDateSchema = z.preprocess(
  (d) => (d instanceof Date && !Number.isNaN(d.getTime()) ? d.toISOString().slice(0, 10) : d),
  z
    .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a date written YYYY-MM-DD") })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
    .refine(isCalendarDay, { error: (issue) => `${String(issue.input)} is not a real date (month 01-12, a day that month has)` }),
);
