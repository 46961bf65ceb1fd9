import type { MatchResult } from "../matcher/rank.ts";
import { BASIS_WORDS, strengthOf } from "../matcher/strength.ts";

/** The human-readable answer: ranked runbooks with the lines that matched, or a plain "no known runbook". */
export function formatResult(result: MatchResult, origin: string): string {
  const out: string[] = [];
  const link = (url: string) => new URL(url, origin).href;
  if (result.matches.length === 0) {
    out.push("No known runbook matches this log.");
    if (result.possibilities.length > 0) {
      out.push("", "The log ends before the error message. From the traceback's frames alone, possibly (not a match):");
      for (const p of result.possibilities) out.push(`  ${p.title}`, `    ${link(p.url)}`);
      out.push("Paste the last lines of the log, where the exception type and message are.");
    }
    const shown = result.exceptions.slice(-3);
    if (shown.length > 0) {
      out.push("", "Exceptions found:");
      for (const e of shown) out.push(`  line ${e.line}: ${e.type}: ${e.message}`);
    } else if (result.possibilities.length === 0) {
      out.push("", "No Python exception was found in the input.");
    }
  }
  for (const [i, match] of result.matches.entries()) {
    out.push(`${i + 1}. ${match.title}  (${strengthOf(match)}, confidence ${match.confidence.toFixed(2)})`);
    out.push(`   ${link(match.url)}`);
    out.push(`   rests on ${BASIS_WORDS[match.basis]}`);
    for (const e of match.evidence) out.push(`   line ${e.line} [${e.kind}] ${e.text.trim().slice(0, 160)}`);
    out.push(`   fix: ${match.fix.title}${match.fix.because.length ? ` (because ${match.fix.because.join(" and ")})` : ""}`);
    out.push(`        ${link(match.fix.url)}`);
    for (const v of match.versions) out.push(`   versions: ${v.message}`);
    out.push("");
  }
  const env = result.environment;
  if (env.formats.length > 0) {
    out.push(
      `Environment read from ${env.formats.join(", ")}: ${Object.keys(env.packages).length} packages${env.cuda ? `, CUDA ${env.cuda}` : ""}${env.gpus.length ? `, ${env.gpus[0]}` : ""}`,
    );
  } else if (result.matches.length > 0) {
    out.push("No package versions found in the log (add `pip list` or `python -m torch.utils.collect_env` output to check them).");
  }
  for (const s of env.skipped) out.push(`Skipped "${s.name} ${s.version}" (line ${s.line}): not a valid version.`);
  if (result.nearMisses.length > 0) {
    out.push("Near misses (not matches):");
    for (const n of result.nearMisses) out.push(`  ${n.slug} (line ${n.line}): ${n.reason}`);
  }
  return out.join("\n").trimEnd() + "\n";
}
