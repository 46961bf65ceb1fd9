import { readFileSync } from "node:fs";
import { join } from "node:path";
import { contentDir } from "./content-dir.ts";

/** A file beside a runbook (an example, its repro.py, a record), verbatim. */
export function readRunbookFile(slug: string, file: string, dir = contentDir()): string {
  return readFileSync(join(dir, slug, file), "utf8");
}
