import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * What the precompiled CLI was built from, so that a checkout can tell when its bin is out of date:
 * a hash of each file that went into it, the runbooks' index.mdx files (the data) and the TypeScript
 * modules bundled (the engine). Paths are relative to the repository root, with forward slashes.
 */
export type SourceStamp = Record<string, string>;

/** The index.mdx of every runbook folder: compiled data depends on nothing else in content/. */
export function runbookFiles(root: string): string[] {
  const dir = join(root, "content/runbooks");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "index.mdx")))
    .map((d) => `content/runbooks/${d.name}/index.mdx`)
    .sort();
}

export function stampFiles(root: string, files: readonly string[]): SourceStamp {
  const stamp: SourceStamp = {};
  for (const file of [...files].sort()) stamp[file] = digest(join(root, file));
  return stamp;
}

/** The first file that differs from the stamp (changed, added or removed), or undefined when none does. */
export function changedSince(root: string, stamp: SourceStamp): string | undefined {
  for (const file of runbookFiles(root)) if (!(file in stamp)) return file;
  for (const [file, hash] of Object.entries(stamp)) if (digest(join(root, file)) !== hash) return file;
  return undefined;
}

function digest(path: string): string {
  try {
    return createHash("sha256").update(readFileSync(path)).digest("hex").slice(0, 16);
  } catch {
    return "missing";
  }
}

/** The precompiled CLI's folder in a checkout (scripts/build-cli.ts writes it; npm install and npm pack run that). */
export const CLI_DIR = "dist-cli";
export const STAMP_FILE = "sources.json";

/**
 * Whether the checkout's precompiled data and bin still match its sources: "missing" when they were
 * never built, the first changed file when they are stale, undefined when they are current.
 */
export function precompiledState(root: string): "missing" | { changed: string } | undefined {
  let stamp: SourceStamp;
  try {
    stamp = JSON.parse(readFileSync(join(root, CLI_DIR, STAMP_FILE), "utf8")) as SourceStamp;
  } catch {
    return "missing";
  }
  const changed = changedSince(root, stamp);
  return changed ? { changed } : undefined;
}

export function staleNote(changed: string): string {
  return `the precompiled runbook data is stale (${changed} changed since npm run build:cli)`;
}
