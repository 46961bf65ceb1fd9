import { resolve } from "node:path";

/**
 * Where the runbooks are read from: content/runbooks under the working
 * directory, or TRACEBOOK_CONTENT (a generated set for the scale fixture, a
 * scratch copy). The site build, the CLI, the check and the tests all ask here.
 */
export function contentDir(): string {
  return resolve(process.env.TRACEBOOK_CONTENT ?? "content/runbooks");
}
