import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { ContentIssue } from "../schema/collection.ts";
import { recordSchema, type ReproRecord } from "../schema/repro.ts";
import { contentDir } from "./content-dir.ts";
import { zodIssues } from "./zod-issues.ts";

/** The records/*.json beside a runbook, by path relative to its folder; bad ones become issues. */
export function readRecords(folder: string, root = process.cwd(), issues: ContentIssue[] = []): Map<string, ReproRecord> {
  const records = new Map<string, ReproRecord>();
  const dir = join(folder, "records");
  if (!existsSync(dir)) return records;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    const file = relative(root, join(dir, name));
    try {
      const result = recordSchema.safeParse(JSON.parse(readFileSync(join(dir, name), "utf8")));
      if (result.success) records.set(`records/${name}`, result.data);
      else issues.push(...zodIssues(file, result.error));
    } catch (error) {
      issues.push({ file, field: "", message: `is not valid JSON: ${(error as Error).message}` });
    }
  }
  return records;
}

export function readRunbookRecords(slug: string): Map<string, ReproRecord> {
  return readRecords(join(contentDir(), slug));
}
