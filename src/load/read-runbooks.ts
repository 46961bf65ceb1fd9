import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { checkCollection, type CollectionInput, type ContentIssue } from "../schema/collection.ts";
import { runbookSchema } from "../schema/runbook.ts";
import { readRecords } from "./read-records.ts";
import { zodIssues } from "./zod-issues.ts";

export interface LoadResult {
  runbooks: CollectionInput[];
  issues: ContentIssue[];
}

/** Read and validate every content/runbooks/<slug>/index.mdx under `contentDir`. */
export function readRunbooks(contentDir: string, root = process.cwd()): LoadResult {
  const runbooks: CollectionInput[] = [];
  const issues: ContentIssue[] = [];
  const dirs = readdirSync(contentDir, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const dir of dirs.sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = join(contentDir, dir.name);
    const file = relative(root, join(folder, "index.mdx"));
    let source: string;
    try {
      source = readFileSync(join(folder, "index.mdx"), "utf8");
    } catch {
      issues.push({ file, field: "", message: "missing: every runbook folder needs an index.mdx" });
      continue;
    }
    const parsed = splitFrontmatter(source);
    if ("error" in parsed) {
      issues.push({ file, field: "", message: parsed.error });
      continue;
    }
    const result = runbookSchema.safeParse(parsed.data);
    if (!result.success) {
      issues.push(...zodIssues(file, result.error));
      continue;
    }
    const files = listFiles(folder);
    runbooks.push({ slug: dir.name, file, data: result.data, body: parsed.body, files, records: readRecords(folder, root, issues) });
  }
  issues.push(...checkCollection(runbooks));
  return { runbooks, issues };
}

export function splitFrontmatter(source: string): { data: unknown; body: string } | { error: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { error: "has no frontmatter: the file must start with a --- block" };
  try {
    return { data: parseYaml(match[1]!), body: source.slice(match[0].length) };
  } catch (error) {
    return { error: `frontmatter is not valid YAML: ${(error as Error).message.split("\n")[0]}` };
  }
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}${issue.field ? `: ${issue.field}` : ""}: ${issue.message}`;
}

function listFiles(folder: string): Set<string> {
  const files = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.add(relative(folder, path).split("\\").join("/"));
    }
  };
  walk(folder);
  return files;
}
