import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CONTENT_DIR } from "./content-dir.ts";

/** The example traceback's text, verbatim, as stored beside its runbook. */
export function readExample(slug: string, file: string, contentDir = CONTENT_DIR): string {
  return readFileSync(join(contentDir, slug, file), "utf8");
}
