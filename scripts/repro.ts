#!/usr/bin/env node
// npm run repro [-- slug ...]: run every runbook's CPU reproduction in its pinned environment and write its records.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { listContentFolder, writeContentFile } from "../src/load/content-files.ts";
import { contentDir } from "../src/load/content-dir.ts";
import { formatIssue, readRunbooks } from "../src/load/read-runbooks.ts";
import { compileRunbooks } from "../src/matcher/compile.ts";
import { matchText } from "../src/matcher/rank.ts";
import { checkPython, collect, prepareEnvironment, type ReadyEnvironment } from "../src/repro/environment.ts";
import { planEnvironments } from "../src/repro/plan.ts";
import { networkIsolation, scrubbedEnvironment } from "../src/repro/sandbox.ts";
import { recordPath, type ReproRecord } from "../src/schema/repro.ts";

// Reproductions never download: a failure that needs the Hub is a failure of the reproduction.
const OFFLINE = { HF_HUB_OFFLINE: "1", TRANSFORMERS_OFFLINE: "1", HF_DATASETS_OFFLINE: "1", PYTHONUNBUFFERED: "1", PYTHONHASHSEED: "0" };
const RUN_TIMEOUT_MS = 10 * 60 * 1000;

const started = Date.now();
const wanted = new Set(process.argv.slice(2));
const dir = contentDir();
const { runbooks, issues } = readRunbooks(dir);
for (const issue of issues) console.error(`warning: ${formatIssue(issue)}`);
const unknown = [...wanted].filter((s) => !runbooks.some((r) => r.slug === s));
if (unknown.length > 0) {
  console.error(`no runbook named ${unknown.join(", ")}`);
  process.exit(2);
}
const selected = runbooks.filter((r) => (wanted.size === 0 || wanted.has(r.slug)) && r.data.repro);
if (selected.length === 0) {
  console.log(wanted.size ? "those runbooks have no reproduction" : "no runbook has a reproduction");
  process.exit(0);
}
const missingPython = checkPython();
if (missingPython) {
  console.error(missingPython);
  process.exit(1);
}

const index = compileRunbooks(runbooks);
const isolation = networkIsolation();
console.log(`network during installs and runs: ${isolation.description}`);
const plans = planEnvironments(selected.map((r) => ({ slug: r.slug, repro: r.data.repro })));
const today = new Date().toISOString().slice(0, 10);
const rows: string[][] = [];
let failures = 0;

for (const [n, plan] of plans.entries()) {
  console.log(`[${n + 1}/${plans.length}] ${plan.requirements.join(" ")} (${plan.runs.length} run${plan.runs.length > 1 ? "s" : ""})`);
  let env: ReadyEnvironment;
  try {
    env = await prepareEnvironment(plan, (line) => console.log(line));
  } catch (error) {
    console.error(`  ${(error as Error).message}; skipping its runs`);
    for (const { slug, run } of plan.runs) rows.push([slug, run.id, run.expect, "not run", (error as Error).message.slice(0, 60)]);
    failures += plan.runs.length;
    continue;
  }
  for (const { slug, script, run } of plan.runs) {
    const folder = join(dir, slug);
    const t0 = Date.now();
    const { code, output } = await runIsolated(env, slug, [script, ...run.args]);
    const record: ReproRecord = {
      runbook: slug,
      run: run.id,
      command: ["python", script, ...run.args].join(" "),
      date: today,
      python: env.pythonVersion,
      platform: env.platform,
      freeze: env.freeze,
      wheels: env.wheels,
      network: isolation.description,
      exitCode: code,
      output,
    };
    writeContentFile(folder, recordPath(run.id), JSON.stringify(record, null, 2) + "\n");
    const top = code === 0 ? undefined : matchText(output, index).matches[0]?.slug;
    const got = code === 0 ? "works" : "fails";
    const agrees = got === run.expect && (got === "works" || top === slug);
    if (!agrees) failures++;
    rows.push([
      slug,
      run.id,
      run.expect,
      `${got} (exit ${code})`,
      got === "fails" ? `matches ${top ?? "nothing"}` : "",
      agrees ? "ok" : "DISAGREES",
      `${((Date.now() - t0) / 1000).toFixed(1)} s`,
    ]);
    console.log(`  ${slug}/${run.id}: ${got} (exit ${code})${agrees ? "" : "  <- expected " + run.expect}`);
  }
}

console.log("\nrunbook / run / expected / got / signature / verdict / time");
console.log(`(network: ${isolation.description}; environment: ${Object.keys(runEnvironment("/tmp", "/tmp")).sort().join(", ")})`);
for (const row of rows) console.log(row.join(" | "));
console.log(
  `\n${rows.length - failures} of ${rows.length} runs agree with their runbooks; ${((Date.now() - started) / 1000).toFixed(0)} s in all`,
);
process.exit(failures > 0 ? 1 : 0);

/**
 * Run a reproduction as untrusted code: in a fresh copy of its runbook folder (it cannot change
 * the content, or leave a link in it), with the scrubbed environment and a home of its own, and
 * without network where the machine allows it. The copy's path is the same on every run, so
 * tracebacks in records do not change from one run to the next.
 */
async function runIsolated(env: ReadyEnvironment, slug: string, args: string[]): Promise<{ code: number; output: string }> {
  const root = join(tmpdir(), "tracebook-repro", slug);
  rmSync(root, { recursive: true, force: true });
  const work = join(root, "work");
  const home = join(root, "home");
  mkdirSync(home, { recursive: true });
  for (const file of listContentFolder(join(dir, slug)).files) {
    mkdirSync(dirname(join(work, file)), { recursive: true });
    copyFileSync(join(dir, slug, file), join(work, file));
  }
  const [command, ...rest] = [...isolation.prefix, env.python, ...args];
  try {
    return await collect(command!, rest, work, runEnvironment(home, dirname(env.python)), RUN_TIMEOUT_MS, { inherit: false });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function runEnvironment(home: string, binDir: string): Record<string, string> {
  return scrubbedEnvironment(process.env, { home, binDir, extra: OFFLINE });
}
