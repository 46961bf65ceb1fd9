import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where the runbooks are read from: the checkout's content/runbooks, or
 * TRACEBOOK_CONTENT (a generated set for the scale fixture, a scratch copy).
 * The site build, the CLI, the check and the tests all read it from here.
 */
export const CONTENT_DIR = process.env.TRACEBOOK_CONTENT
  ? resolve(process.env.TRACEBOOK_CONTENT)
  : fileURLToPath(new URL("../../content/runbooks", import.meta.url));
