#!/usr/bin/env node
// npm test: the lint, the type check, the test build of the site and every test. Run one after another they
// leave a 2-core machine half idle while each waits on one process, so what does not depend on another runs
// beside it:
//   1. prettier, eslint, the content check, and the site build followed by tsc (the build writes the .astro/ types tsc reads,
//      and nothing else may write them while tsc reads: it runs after the build, never beside it);
//   2. vitest, on that build.
// Arguments go to vitest (npm test -- test/cli.test.ts). `npm run lint` and `npx vitest run` still work alone.
import { spawn } from "node:child_process";
import { CHECK_STEP, SITE_STEPS } from "../test/support/build-site.ts";
import { SITE_DIR } from "../test/support/site-dir.ts";

interface Step {
  name: string;
  args: string[];
}

const node = (name: string, args: string[]): Step => ({ name, args });
/** Chains that run side by side before the tests; each chain runs its steps in turn. */
const BEFORE_TESTS: Step[][] = [
  [node("prettier --check .", ["node_modules/prettier/bin/prettier.cjs", "--check", ".", "--log-level", "warn"])],
  [node("eslint .", ["node_modules/eslint/bin/eslint.js", "."])],
  // The content check only reads; Astro's build validates with the same schema, but the check names file and field.
  [node("npm run check", CHECK_STEP)],
  [
    ...SITE_STEPS.map((args) => node(`test build: ${args.join(" ").replace(SITE_DIR, ".tmp/test-site")}`, args)),
    node("tsc --noEmit", ["node_modules/typescript-7/bin/tsc", "--noEmit", "-p", "."]),
  ],
];

/** Run one step with its output held, so that steps side by side do not interleave; print it when it ends. */
function run(step: Step): Promise<boolean> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, step.args, { stdio: ["ignore", "pipe", "pipe"] });
    const output: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => output.push(b));
    child.stderr.on("data", (b: Buffer) => output.push(b));
    child.on("error", (error) => output.push(Buffer.from(String(error))));
    child.on("close", (code) => {
      const ok = code === 0;
      const text = Buffer.concat(output).toString().trimEnd();
      console.log(`${ok ? "ok  " : "FAIL"} ${step.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      if (!ok && text) console.log(text.replace(/^/gm, "     "));
      resolve(ok);
    });
  });
}

async function chain(steps: Step[]): Promise<boolean> {
  for (const step of steps) if (!(await run(step))) return false;
  return true;
}

const passed = (await Promise.all(BEFORE_TESTS.map(chain))).every(Boolean);
if (!passed) {
  console.log("\nLint, types or the build failed; the tests did not run.");
  process.exit(1);
}
const vitest = spawn(process.execPath, ["node_modules/vitest/vitest.mjs", "run", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TRACEBOOK_REUSE_BUILD: "1" },
});
vitest.on("close", (code) => process.exit(code ?? 1));
