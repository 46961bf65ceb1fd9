import { contentDir } from "./content-dir.ts";
import { readContentFile } from "./content-files.ts";

/**
 * A file beside a runbook (an example, its repro.py, a record), verbatim. Refuses a symbolic
 * link anywhere on the path and anything but a regular file: the site serves what this returns.
 */
export function readRunbookFile(slug: string, file: string, dir = contentDir()): string {
  return readContentFile(dir, `${slug}/${file}`);
}
