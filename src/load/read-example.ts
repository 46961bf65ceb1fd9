import { readFileSync } from "node:fs";
import { join } from "node:path";

export const CONTENT_DIR = "content/runbooks";

/** The example traceback's text, verbatim, as stored beside its runbook. */
export function readExample(slug: string, file: string, contentDir = CONTENT_DIR): string {
  return readFileSync(join(contentDir, slug, file), "utf8");
}
