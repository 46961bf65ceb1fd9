import { contentDir } from "../load/content-dir.ts";
import { formatIssue, readRunbooks } from "../load/read-runbooks.ts";
import { compileRunbooks, type CompiledIndex } from "../matcher/compile.ts";
import { shardedMatcher, type ShardedMatcher } from "../matcher/sharded-matcher.ts";
import { shardIndex } from "../matcher/shards.ts";

export { contentDir };
export { siteMatcher } from "./site-matcher.ts";

/** Compile the runbooks' signatures exactly as the build does before splitting them into shards. */
export function loadIndex(dir = contentDir()): CompiledIndex {
  const { runbooks, issues } = readRunbooks(dir);
  // A half-written runbook in a checkout should not stop matching against the others.
  if (issues.length > 0) {
    console.error(`tracebook: skipping invalid content (npm run check shows all):\n  ${issues.slice(0, 5).map(formatIssue).join("\n  ")}`);
  }
  return compileRunbooks(runbooks);
}

/** The shards the build would write, made in memory from the content folder. */
export function contentMatcher(dir = contentDir()): ShardedMatcher {
  const { manifest, shards } = shardIndex(loadIndex(dir));
  return shardedMatcher(manifest, (name) => Promise.resolve(shards.get(name)!));
}
