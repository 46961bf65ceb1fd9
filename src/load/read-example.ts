import { readFileSync } from "node:fs";
import { join } from "node:path";
import { contentDir } from "./content-dir.ts";

/** The example traceback's text, verbatim, as stored beside its runbook. */
export function readExample(slug: string, file: string, dir = contentDir()): string {
  return readFileSync(join(dir, slug, file), "utf8");
}
