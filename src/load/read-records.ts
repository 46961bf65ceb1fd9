import { join, relative } from "node:path";
import type { ContentIssue } from "../schema/collection.ts";
import { recordSchema, type ReproRecord } from "../schema/repro.ts";
import { contentDir } from "./content-dir.ts";
import { isRealFolder, listContentFolder, readContentFile } from "./content-files.ts";
import { zodIssues } from "./zod-issues.ts";

/**
 * The records/*.json beside a runbook, by path relative to its folder; bad ones become issues.
 * `files` is the folder's listing when the caller already walked it (links and special files
 * are left out of it, and named by that walk).
 */
export function readRecords(
  folder: string,
  root = process.cwd(),
  issues: ContentIssue[] = [],
  files: ReadonlySet<string> = listContentFolder(folder, root).files,
): Map<string, ReproRecord> {
  const records = new Map<string, ReproRecord>();
  if (!isRealFolder(join(folder, "records"))) return records;
  const names = [...files].filter((f) => /^records\/[^/]+\.json$/.test(f)).sort();
  for (const path of names) {
    const file = relative(root, join(folder, path));
    let json: unknown;
    try {
      json = JSON.parse(readContentFile(folder, path, root));
    } catch (error) {
      issues.push({
        file,
        field: "",
        message: error instanceof SyntaxError ? `is not valid JSON: ${error.message}` : (error as Error).message,
      });
      continue;
    }
    const result = recordSchema.safeParse(json);
    if (result.success) records.set(path, result.data);
    else issues.push(...zodIssues(file, result.error));
  }
  return records;
}

export function readRunbookRecords(slug: string): Map<string, ReproRecord> {
  return readRecords(join(contentDir(), slug));
}
