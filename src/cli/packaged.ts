#!/usr/bin/env node
// The published tracebook bin, bundled by scripts/build-cli.ts into dist-cli/tracebook.js: plain
// JavaScript for Node 20 and later, with the runbooks compiled at pack time beside it.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runCli } from "./commands.ts";
import { precompiledState, staleNote } from "./freshness.ts";
import { indexMatcher, readPackagedData } from "./packaged-data.ts";

// Set by the build (esbuild's define).
declare const TRACEBOOK_VERSION: string;
declare const TRACEBOOK_ORIGIN: string;

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

/**
 * In a checkout (the sources beside the bin), `npx tracebook` must answer with the content as it is
 * now: when a runbook or an engine module changed since this bin was built, run the sources instead
 * (they say what is stale). Scaffolding and another content folder are the sources' work anyway.
 */
async function ranSources(): Promise<boolean> {
  const sources = join(root, "scripts/tracebook.ts");
  if (!existsSync(sources)) return false;
  const state = process.env.TRACEBOOK_CONTENT || process.argv[2] === "new" ? "sources' work" : precompiledState(root);
  if (state === undefined) return false;
  try {
    await import(pathToFileURL(sources).href);
  } catch (error) {
    if ((error as { code?: string }).code !== "ERR_UNKNOWN_FILE_EXTENSION") throw error;
    const why = typeof state === "object" ? `${staleNote(state.changed)}, and ` : "";
    process.stderr.write(
      `tracebook: ${why}Node ${process.version} cannot run the TypeScript sources; run npm run build:cli, or npx tracebook (the repository's Node)\n`,
    );
    process.exitCode = 2;
  }
  return true;
}

if (!(await ranSources())) {
  process.exitCode = await runCli(process.argv.slice(2), {
    version: TRACEBOOK_VERSION,
    origin: process.env.TRACEBOOK_SITE ?? TRACEBOOK_ORIGIN,
    runbooks: "the runbooks bundled with this version",
    matcher: () => indexMatcher(readPackagedData(here)),
  });
}
