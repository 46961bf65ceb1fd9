import { lstatSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { slugSchema } from "../schema/fields.ts";
import { entryProblem, isRealFolder } from "./content-files.ts";

export interface RunbookFolders {
  /** Folder names that are slugs and real folders, sorted. */
  slugs: string[];
  /** Entries of the content folder that cannot be runbooks, with why. */
  problems: { path: string; message: string }[];
}

/**
 * The runbook folders under `contentDir`, listed without following links. A folder's name is
 * its slug and the page's URL segment, so a name that is not a slug (spaces, capitals, `..`,
 * characters a URL would escape) is refused rather than published.
 */
export function runbookFolders(contentDir: string, cwd = process.cwd()): RunbookFolders {
  const result: RunbookFolders = { slugs: [], problems: [] };
  if (!isRealFolder(contentDir)) {
    result.problems.push({ path: relative(cwd, contentDir) || contentDir, message: "is not a real folder (missing, or a symbolic link)" });
    return result;
  }
  const entries = readdirSync(contentDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = relative(cwd, join(contentDir, entry.name));
    const problem = entryProblem(entry);
    if (problem) result.problems.push({ path, message: problem });
    else if (!entry.isDirectory())
      continue; // a stray file beside the folders is not a runbook
    else if (!slugSchema.safeParse(entry.name).success)
      result.problems.push({ path, message: `folder name "${entry.name}" is not a slug: ${SLUG_RULE}` });
    else result.slugs.push(entry.name);
  }
  return result;
}

const SLUG_RULE = "use lowercase words joined by single hyphens, e.g. cuda-out-of-memory";

/**
 * The slugs whose index.mdx is a regular file, for the site's content collection: Astro's glob
 * loader follows links, so it is given these literal paths instead of a wildcard.
 */
export function safeRunbookIndexes(contentDir: string): string[] {
  return runbookFolders(contentDir).slugs.filter((slug) => {
    try {
      const stat = lstatSync(join(contentDir, slug, "index.mdx"));
      return stat.isFile();
    } catch {
      return false;
    }
  });
}
