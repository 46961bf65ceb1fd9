import type { MatchResult } from "../matcher/rank.ts";

/** The human-readable answer: ranked runbooks with the lines that matched, or a plain "no known runbook". */
export function formatResult(result: MatchResult, origin: string): string {
  const out: string[] = [];
  if (result.matches.length === 0) {
    out.push("No known runbook matches this log.");
    const shown = result.exceptions.slice(-3);
    if (shown.length > 0) {
      out.push("", "Exceptions found:");
      for (const e of shown) out.push(`  line ${e.line}: ${e.type}: ${e.message}`);
    } else {
      out.push("", "No Python exception was found in the input.");
    }
  }
  for (const [i, match] of result.matches.entries()) {
    out.push(`${i + 1}. ${match.title}  (confidence ${match.confidence.toFixed(2)})`);
    out.push(`   ${new URL(match.url, origin).href}`);
    for (const e of match.evidence) out.push(`   line ${e.line} [${e.kind}] ${e.text.trim().slice(0, 160)}`);
    out.push(`   fix: ${match.fix.title}`);
    for (const v of match.pins.filter((p) => p.status !== "unknown")) out.push(`   versions: ${v.message} [${v.outcome}, ${v.evidence}]`);
    out.push("");
  }
  const env = result.environment;
  if (env.formats.length > 0) {
    out.push(
      `Environment read from ${env.formats.join(", ")}: ${Object.keys(env.packages).length} packages${env.cuda ? `, CUDA ${env.cuda}` : ""}${env.gpus.length ? `, ${env.gpus[0]}` : ""}`,
    );
  }
  if (result.nearMisses.length > 0) {
    out.push("Near misses (not matches):");
    for (const n of result.nearMisses) out.push(`  ${n.slug} (line ${n.line}): ${n.reason}`);
  }
  return out.join("\n").trimEnd() + "\n";
}
