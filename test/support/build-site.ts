import { execFileSync } from "node:child_process";
import { SITE_DIR } from "./site-dir.ts";

/**
 * The test build: the content check, Astro, Pagefind. --force: Astro's content cache keeps entries parsed by
 * an older schema when only src/schema changed. Each step is a script Node runs; scripts/test.ts runs them too.
 */
export const CHECK_STEP: string[] = ["scripts/check.ts"];
export const SITE_STEPS: string[][] = [
  ["node_modules/astro/bin/astro.mjs", "build", "--force", "--outDir", SITE_DIR, "--silent"],
  ["node_modules/pagefind/lib/runner/bin.cjs", "--site", SITE_DIR, "--quiet"],
];

/**
 * Build the real site once for the tests that read its pages and drive it in a browser. A build failure
 * fails the run. TRACEBOOK_REUSE_BUILD=1 keeps the last test build: npm test sets it once it has built the
 * site itself, and it makes a quick loop on the site tests.
 */
export default function setup(): void {
  if (process.env.TRACEBOOK_REUSE_BUILD === "1") return;
  for (const args of [CHECK_STEP, ...SITE_STEPS]) execFileSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
}
