import { execFileSync } from "node:child_process";
import { SITE_DIR } from "./site-dir.ts";

/**
 * Build the real site once (content check, Astro, Pagefind) for the tests
 * that read its pages and drive it in a browser. A build failure fails the run.
 */
export default function setup(): void {
  // --force: Astro's content cache keeps entries parsed by an older schema when only src/schema changed.
  // For a quick loop on the site tests: TRACEBOOK_REUSE_BUILD=1 keeps the last test build.
  if (process.env.TRACEBOOK_REUSE_BUILD === "1") return;
  const run = (args: string[]) => execFileSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
  run(["scripts/check.ts"]);
  run(["node_modules/astro/bin/astro.mjs", "build", "--force", "--outDir", SITE_DIR, "--silent"]);
  run(["node_modules/pagefind/lib/runner/bin.cjs", "--site", SITE_DIR, "--quiet"]);
}
