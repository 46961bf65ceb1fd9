import type { z } from "zod";
import type { ContentIssue } from "../schema/collection.ts";

/** zod's issues as "file: field: problem", the shape every content check reports in. */
export function zodIssues(file: string, error: z.ZodError): ContentIssue[] {
  // One rule can fail twice for one value (an URL's scheme and its host): say it once.
  const unique = new Map<string, ContentIssue>();
  for (const issue of error.issues) {
    const field = formatPath(issue.path);
    unique.set(`${field}\0${issue.message}`, { file, field, message: issue.message });
  }
  return [...unique.values()];
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), "");
}
