import { satisfies, valid } from "@renovatebot/pep440";
import type { CompiledFix, CompiledRunbook } from "./compile.ts";
import { normalizePackage, type Environment } from "./environment.ts";
import { findTemplate, normalizeSpace, type CompiledTemplate } from "./template.ts";

/**
 * The fix that fits this log. A runbook lists its fixes safest first; each may say when it
 * applies (src/schema/fit.ts). The answer leads with the first fix whose conditions all hold
 * and at least one of them was seen in the paste; failing that, the first fix that makes no
 * claim the paste contradicts. The page keeps the safest-first order; only the lead changes.
 */

export interface FitContext {
  /** The signature that matched. */
  signature: string;
  /** The matched exception's message (or log line). */
  message: string;
  /** Line index (0-based) of the first log line containing the template, or undefined. */
  findInLog: (template: CompiledTemplate) => number | undefined;
  environment: Environment;
}

export interface FittingFix {
  id: string;
  title: string;
  url: string;
  /** Why this fix leads, in words; empty when it is the runbook's general advice. */
  because: string[];
}

type Verdict = { holds: true | false | undefined; because?: string };

export function fittingFix(runbook: Pick<CompiledRunbook, "fixes">, ctx: FitContext): FittingFix {
  let fallback: FittingFix | undefined;
  for (const fix of runbook.fixes) {
    const verdicts = conditions(fix, ctx);
    if (verdicts.some((v) => v.holds === false)) continue;
    const seen = verdicts.filter((v) => v.holds === true);
    if (seen.length > 0)
      return present(
        fix,
        seen.map((v) => v.because!),
      );
    fallback ??= present(fix, []);
  }
  return fallback ?? present(runbook.fixes[0]!, []);
}

function present(fix: CompiledFix, because: string[]): FittingFix {
  return { id: fix.id, title: fix.title, url: fix.url, because };
}

function conditions(fix: CompiledFix, ctx: FitContext): Verdict[] {
  const when = fix.when;
  if (!when) return [];
  const out: Verdict[] = [];
  if (when.signatures) {
    const holds = when.signatures.includes(ctx.signature);
    out.push({ holds, because: `the log matches its signature “${ctx.signature}”` });
  }
  if (when.message) {
    const text = normalizeSpace(ctx.message);
    const hit = when.message.find((t) => findTemplate(t, text) >= 0);
    out.push({ holds: hit !== undefined, because: hit && `the message has “${hit.source}”` });
  }
  if (when.log) {
    let line: number | undefined;
    const hit = when.log.find((t) => (line = ctx.findInLog(t)) !== undefined);
    out.push({ holds: hit !== undefined, because: hit && `line ${line! + 1} shows “${hit.source}”` });
  }
  if (when.versions) {
    for (const [name, spec] of Object.entries(when.versions)) {
      const found = ctx.environment.packages[normalizePackage(name)];
      // A version pip would not accept says nothing either way.
      if (!found || !valid(found.version)) out.push({ holds: undefined });
      else out.push({ holds: satisfies(found.version, spec), because: `your ${name} ${found.version} is in ${spec}` });
    }
  }
  return out;
}
