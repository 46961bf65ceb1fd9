import { contentDir } from "../load/content-dir.ts";
import { formatIssue, readRunbooks } from "../load/read-runbooks.ts";
import { compileRunbooks, type CompiledIndex } from "../matcher/compile.ts";

export { contentDir };

/** Compile the runbooks' signatures exactly as the build does for /signatures.json. */
export function loadIndex(dir = contentDir()): CompiledIndex {
  const { runbooks, issues } = readRunbooks(dir);
  // A half-written runbook in a checkout should not stop matching against the others.
  if (issues.length > 0) {
    console.error(`tracebook: skipping invalid content (npm run check shows all):\n  ${issues.slice(0, 5).map(formatIssue).join("\n  ")}`);
  }
  return compileRunbooks(runbooks);
}
