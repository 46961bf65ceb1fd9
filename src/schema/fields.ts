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

export const urlSchema = z.url({
  protocol: /^https?$/,
  error: (issue) => (issue.input === undefined ? "is required" : "must be an http(s) URL"),
});

/** A YAML date or an ISO date string, kept as the ISO day. */
export const isoDateSchema = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")])
  .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d));
