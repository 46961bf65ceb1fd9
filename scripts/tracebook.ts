#!/usr/bin/env node
// tracebook from the TypeScript sources: match a traceback against the runbooks of this checkout as
// they are now, draft an issue reply, or scaffold a runbook. The published bin (dist-cli/tracebook.js,
// built by scripts/build-cli.ts) runs the same commands; in a checkout it hands over to this file
// whenever the sources changed since it was built.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../src/cli/commands.ts";
import { CLI_DIR, precompiledState, staleNote } from "../src/cli/freshness.ts";
import { contentDir, contentMatcher } from "../src/cli/load-index.ts";
import { indexMatcher, readPackagedData } from "../src/cli/packaged-data.ts";
import { scaffoldRunbook } from "../src/cli/scaffold.ts";
import { SITE_ORIGIN } from "../src/site/origin.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const otherContent = process.env.TRACEBOOK_CONTENT;
// Read the checkout's runbooks wherever the command is run from.
process.env.TRACEBOOK_CONTENT ??= join(root, "content/runbooks");

const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };

/** The precompiled data while it matches the content (compiling takes a second or two), else the content as it is. */
function checkoutMatcher() {
  if (otherContent) return contentMatcher();
  const state = precompiledState(root);
  if (state === undefined) return indexMatcher(readPackagedData(join(root, CLI_DIR)));
  if (state !== "missing") process.stderr.write(`tracebook: ${staleNote(state.changed)}; reading content/runbooks as it is now\n`);
  return contentMatcher();
}

process.exitCode = await runCli(process.argv.slice(2), {
  version: `${version} (from the sources)`,
  origin: SITE_ORIGIN,
  runbooks: `the runbooks in ${process.env.TRACEBOOK_CONTENT}`,
  matcher: checkoutMatcher,
  scaffold: (log, slug) => resolve(scaffoldRunbook(log, contentDir(), new Date().toISOString().slice(0, 10), slug).dir),
});
