import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { stringify } from "yaml";
import { formatIssue, readRunbooks } from "../../src/load/read-runbooks.ts";
import { validFrontmatter } from "../support/valid-runbook.ts";

/**
 * Hostile runbooks, built in a temporary folder: a valid runbook ("target") beside a valid
 * neighbour ("neighbour"), with one hostile change each. The base is valid on its own (a test
 * says so), so every complaint comes from the change.
 */
export const TARGET = "target-runbook";

const scratchDirs: string[] = [];

/** A temporary folder, removed when the test file is done (see adversarialSuite). */
export function scratch(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tracebook-${name}-`));
  scratchDirs.push(dir);
  return dir;
}
export const NEIGHBOUR = "neighbour-runbook";

export const BASE_BODY = `The cause, with a stable heading.

<h3 id="why-it-happens">Why it happens</h3>

More prose.
`;

export interface HostileFolder {
  /** The content folder (runbooks are its subfolders). */
  root: string;
  /** The target runbook's folder. */
  dir: string;
}

type Frontmatter = Record<string, any>;

/** Write `frontmatter` and `body` as <root>/<slug>/index.mdx, with the two example files it names. */
export function writeRunbook(root: string, slug: string, frontmatter: Frontmatter = validFrontmatter(), body = BASE_BODY): string {
  const dir = join(root, slug);
  mkdirSync(join(dir, "examples"), { recursive: true });
  writeFileSync(join(dir, "index.mdx"), `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n${body}`);
  writeFileSync(join(dir, "examples/a.txt"), "ValueError: f must be a string filename in order to use mmap argument\n");
  writeFileSync(join(dir, "examples/b.txt"), "ValueError: f must be a string filename in order to use mmap argument\n");
  return dir;
}

/** A content folder with the target and its neighbour, after `change` (to the files, the frontmatter or the body). */
export function hostileFolder(
  change: { files?: (f: HostileFolder) => void; frontmatter?: (fm: Frontmatter) => void; body?: string } = {},
): HostileFolder {
  const root = scratch("hostile");
  const frontmatter = validFrontmatter() as Frontmatter;
  frontmatter.related = [{ slug: NEIGHBOUR, tell: "The neighbour." }];
  change.frontmatter?.(frontmatter);
  const dir = writeRunbook(root, TARGET, frontmatter, change.body ?? BASE_BODY);
  writeRunbook(root, NEIGHBOUR);
  change.files?.({ root, dir });
  return { root, dir };
}

/** What `npm run check` prints for a folder, one "file: field: message" line per problem, paths relative to it. */
export function checkLines(folder: HostileFolder): string[] {
  return readRunbooks(folder.root, folder.root).issues.map(formatIssue);
}

/**
 * Bad inputs tried, by kind, for the closing summary (the issue asks for the count of each kind,
 * and that all of them hold). A case is counted when its test registers it.
 */
const tried = new Map<string, number>();
export function count(kind: string, n = 1): void {
  tried.set(kind, (tried.get(kind) ?? 0) + n);
}

/**
 * Hooks for one adversarial test file: its bad inputs counted from zero and printed by kind after it,
 * and its scratch folders removed. Test files share a worker's modules (isolate: false), so hooks at
 * this module's top level would belong to whichever file imported it first.
 */
export function adversarialSuite(suite: string): void {
  beforeAll(() => tried.clear());
  afterAll(() => {
    for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    const rows = [...tried].map(([kind, n]) => `  ${String(n).padStart(3)}  ${kind}`);
    console.log(
      `${suite}: bad inputs tried, by kind\n${rows.join("\n")}\n  ${String([...tried.values()].reduce((a, b) => a + b, 0)).padStart(3)}  in all`,
    );
    tried.clear();
  });
}
