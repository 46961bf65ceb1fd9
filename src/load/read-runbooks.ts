import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { checkCollection, type CollectionInput, type ContentIssue } from "../schema/collection.ts";
import { runbookSchema } from "../schema/runbook.ts";
import { listContentFolder, readContentFile } from "./content-files.ts";
import { readRecords } from "./read-records.ts";
import { runbookFolders } from "./runbook-folders.ts";
import { zodIssues } from "./zod-issues.ts";

export interface LoadResult {
  runbooks: CollectionInput[];
  issues: ContentIssue[];
}

/**
 * Read and validate every content/runbooks/<slug>/index.mdx under `contentDir`. Content is
 * untrusted (it arrives by pull request): nothing here follows a symbolic link, and each link
 * or special file is an issue that names it.
 */
export function readRunbooks(contentDir: string, root = process.cwd()): LoadResult {
  const runbooks: CollectionInput[] = [];
  const folders = runbookFolders(contentDir, root);
  const issues: ContentIssue[] = folders.problems.map(({ path, message }) => ({ file: path, field: "", message }));
  for (const slug of folders.slugs) {
    const folder = join(contentDir, slug);
    const file = relative(root, join(folder, "index.mdx"));
    const listing = listContentFolder(folder, root);
    issues.push(...listing.problems.map(({ path, message }) => ({ file: path, field: "", message })));
    if (!listing.files.has("index.mdx")) {
      // A link or special file in its place is already named by the listing.
      if (!listing.problems.some((p) => p.path === file))
        issues.push({ file, field: "", message: "missing: every runbook folder needs an index.mdx" });
      continue;
    }
    let source: string;
    try {
      source = readContentFile(contentDir, `${slug}/index.mdx`, root);
    } catch (error) {
      issues.push({ file, field: "", message: (error as Error).message });
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
    runbooks.push({
      slug,
      file,
      data: result.data,
      body: parsed.body,
      bodyLine: parsed.bodyLine,
      files: listing.files,
      records: readRecords(folder, root, issues, listing.files),
    });
  }
  issues.push(...checkCollection(runbooks));
  return { runbooks, issues };
}

/** The frontmatter's data and the body after it; `bodyLine` is the body's first line in the file (1-based). */
export function splitFrontmatter(source: string): { data: unknown; body: string; bodyLine: number } | { error: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { error: "has no frontmatter: the file must start with a --- block" };
  try {
    return { data: parseYaml(match[1]!), body: source.slice(match[0].length), bodyLine: match[0].split("\n").length };
  } catch (error) {
    return { error: `frontmatter is not valid YAML: ${(error as Error).message.split("\n")[0]}` };
  }
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}${issue.field ? `: ${issue.field}` : ""}: ${issue.message}`;
}
