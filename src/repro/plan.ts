import type { ReproRun } from "../schema/repro.ts";

/** The runs that share one environment (the same pinned packages), so it is installed once. */
export interface EnvironmentPlan {
  /** Stable key for the environment's cache folder. */
  key: string;
  requirements: string[];
  runs: { slug: string; script: string; run: ReproRun }[];
}

export function planEnvironments(runbooks: readonly { slug: string; repro?: { script: string; runs: ReproRun[] } }[]): EnvironmentPlan[] {
  const plans = new Map<string, EnvironmentPlan>();
  for (const { slug, repro } of runbooks) {
    for (const run of repro?.runs ?? []) {
      const requirements = [...run.env].sort((a, b) => a.localeCompare(b));
      const key = environmentKey(requirements);
      let plan = plans.get(key);
      if (!plan) plans.set(key, (plan = { key, requirements, runs: [] }));
      plan.runs.push({ slug, script: repro!.script, run });
    }
  }
  return [...plans.values()];
}

/** A short, readable folder name that changes whenever the requirements do. */
export function environmentKey(requirements: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of requirements.join("\n")) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  const names = requirements.map((r) => r.replace("==", "-")).join("_");
  return `${names.slice(0, 80)}-${(h >>> 0).toString(16)}`;
}
