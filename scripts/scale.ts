#!/usr/bin/env node
// npm run scale -- N [N ...] [--keep] [--no-browser]
//
// Builds the site from N runbooks (the committed ones plus generated ones, in a temporary
// folder outside the repository) and reports what growth costs: build time and memory, the
// size of dist/, the Pagefind index and the signature data, the matcher's speed on a 1 MB
// log, and, in Chromium, what a first match and a first search transfer. Checks the same
// budgets npm test holds the real site to; exits 1 when one is broken.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { loadIndex } from "../src/cli/load-index.ts";
import { readRunbookFile } from "../src/load/read-runbook-file.ts";
import { readRunbooks } from "../src/load/read-runbooks.ts";
import { compileRunbooks } from "../src/matcher/compile.ts";
import { launchBrowser } from "../test/support/browser.ts";
import { serveStatic } from "../test/support/static-server.ts";
import { bigLog, longestExample, timeMatch } from "./lib/bench-matcher.ts";
import { BUDGETS, kB } from "./lib/budgets.ts";
import { measureCommand } from "./lib/measure-process.ts";
import { fitsFirst, SEED_SLUGS, SEARCH_QUERIES } from "./lib/seeds.ts";
import { countRunbooks, writeScaleContent } from "./lib/scale-content.ts";
import { firstMatchTransfer, searchTransfers } from "./lib/transfer.ts";
import { weighPage, weighRunbookPage } from "./lib/runbook-page-weight.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { keep: { type: "boolean" }, "no-browser": { type: "boolean" } },
});
const sizes = positionals.map(Number);
if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error("usage: npm run scale -- N [N ...] [--keep] [--no-browser]   (N runbooks, e.g. 100 300 1000)");
  process.exit(2);
}

const REAL = "content/runbooks";
const realCount = countRunbooks(REAL);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(e.parentPath, e.name)) : [join(e.parentPath, e.name)],
  );
}

function folderSize(dir: string): { bytes: number; files: number } {
  const files = walk(dir);
  return { bytes: files.reduce((n, f) => n + statSync(f).size, 0), files: files.length };
}

interface Row {
  n: number;
  buildSeconds: number;
  peakMB: number;
  steps: string;
  dist: string;
  pagefind: string;
  signatures: string;
  largestShard: string;
  matchMs: string;
  firstMatch?: number;
  firstSearch?: number;
  laterSearch?: number;
  searchRuntime?: number;
  runbookPage?: string;
  homePage?: string;
  failures: string[];
}

async function scale(n: number): Promise<Row> {
  const root = mkdtempSync(join(tmpdir(), `tracebook-scale-${n}-`));
  const failures: string[] = [];
  try {
    console.log(`\n== ${n} runbooks in ${root}`);
    const content = writeScaleContent(n, join(root, "runbooks"), REAL);
    const out = join(root, "dist");
    const env = {
      ...process.env,
      TRACEBOOK_CONTENT: content,
      TRACEBOOK_CACHE_DIR: join(root, "astro-cache"),
      ASTRO_TELEMETRY_DISABLED: "1",
    };
    const steps = [
      ["check", ["scripts/check.ts"]],
      ["astro build", ["node_modules/astro/bin/astro.mjs", "build", "--force", "--outDir", out, "--silent"]],
      ["pagefind", ["node_modules/pagefind/lib/runner/bin.cjs", "--site", out, "--quiet"]],
    ] as const;
    let seconds = 0;
    let peak = 0;
    const stepText: string[] = [];
    for (const [name, args] of steps) {
      const m = await measureCommand(process.execPath, args, env);
      seconds += m.seconds;
      peak = Math.max(peak, m.peakBytes);
      stepText.push(`${name} ${m.seconds.toFixed(1)} s / ${(m.peakBytes / 1024 / 1024).toFixed(0)} MB`);
      console.log(`  ${stepText.at(-1)}`);
    }
    const dist = folderSize(out);
    const pagefind = folderSize(join(out, "pagefind"));
    const shardFiles = walk(join(out, "signatures"));
    const gz = (f: string) => gzipSync(readFileSync(f)).length;
    const shardSizes = shardFiles.filter((f) => !f.endsWith("manifest.json")).map((f) => ({ raw: statSync(f).size, gz: gz(f) }));
    const largest = shardSizes.reduce((a, b) => (b.gz > a.gz ? b : a));
    const manifest = join(out, "signatures", "manifest.json");

    // Read once: the index, the page list and the seed examples all come from it.
    const { runbooks } = readRunbooks(content);
    const index = compileRunbooks(runbooks);
    const whole = JSON.stringify(index);
    const timing = await timeMatch(bigLog(longestExample(REAL, loadIndex(REAL)).split("\n").slice(-60).join("\n")), index, 20);

    const row: Row = {
      n,
      buildSeconds: seconds,
      peakMB: peak / 1024 / 1024,
      steps: stepText.join("; "),
      dist: `${(dist.bytes / 1024 / 1024).toFixed(1)} MB, ${dist.files} files`,
      pagefind: `${(pagefind.bytes / 1024 / 1024).toFixed(1)} MB, ${pagefind.files} files`,
      signatures:
        `as one file ${kB(whole.length)} (${kB(gzipSync(whole).length)} gz); as shipped ${kB(shardSizes.reduce((a, s) => a + s.raw, 0))} ` +
        `in ${shardSizes.length} shards (${kB(shardSizes.reduce((a, s) => a + s.gz, 0))} gz), manifest ${kB(gz(manifest))} gz`,
      largestShard: `${kB(largest.raw)} (${kB(largest.gz)} gz)`,
      matchMs: `${timing.median.toFixed(1)} ms median, ${timing.p95.toFixed(1)} ms p95`,
      failures,
    };
    if (seconds > 120) failures.push(`build took ${seconds.toFixed(0)} s (limit 120 s)`);
    if (peak > 4 * 1024 ** 3) failures.push(`build peaked at ${row.peakMB.toFixed(0)} MB (limit 4 GB)`);
    if (timing.median > 150) failures.push(`matching a 1 MB log took ${timing.median.toFixed(0)} ms (limit 150 ms)`);

    const pages = runbooks.map((r) => r.slug);
    const weights = pages.map((slug) => ({ slug, ...weighRunbookPage(out, slug) }));
    const heaviest = weights.reduce((a, b) => (b.html > a.html ? b : a));
    row.runbookPage = `${heaviest.slug}: ${kB(heaviest.html)} HTML, ${kB(heaviest.css)} CSS, ${kB(heaviest.js)} JS`;
    const home = weighPage(out, "index.html");
    row.homePage = `${kB(home.total)} (${kB(home.html)} HTML, ${kB(home.css)} CSS, ${kB(home.js)} JS)`;
    if (home.total > BUDGETS.homePage) failures.push(`the home page weighs ${kB(home.total)} (limit ${kB(BUDGETS.homePage)})`);
    for (const w of weights) {
      for (const part of ["html", "css", "js"] as const) {
        if (w[part] > BUDGETS.runbookPage[part]) failures.push(`${w.slug}: ${part} ${kB(w[part])} over ${kB(BUDGETS.runbookPage[part])}`);
      }
    }

    if (!values["no-browser"]) {
      const site = await serveStatic(out);
      const browser = await launchBrowser();
      try {
        let worst = 0;
        for (const slug of SEED_SLUGS) {
          const runbook = runbooks.find((r) => r.slug === slug)!;
          const text = readRunbookFile(slug, runbook.data.examples[0]!.file, content);
          const t = await firstMatchTransfer(browser, site.origin, text);
          if (t.top !== `/runbooks/${slug}/`) failures.push(`first match for ${slug} showed ${t.top ?? "nothing"}`);
          worst = Math.max(worst, t.bytes);
        }
        row.firstMatch = worst;
        if (worst > BUDGETS.firstMatch) failures.push(`a first match fetched ${kB(worst)} of signatures (limit ${kB(BUDGETS.firstMatch)})`);
        const searches = await searchTransfers(
          browser,
          site.origin,
          SEARCH_QUERIES.map(([q]) => q),
        );
        for (const s of searches) {
          const count = (kind: string) => s.files.filter((f) => f.includes(`/${kind}/`)).length;
          console.log(
            `  search "${s.query}": ${s.results} shown, first ${s.top}, ${kB(s.bytes)} (${count("index")} index chunks, ${count("fragment")} excerpts)`,
          );
        }
        row.firstSearch = searches[0]!.bytes;
        row.searchRuntime = searches[0]!.runtimeBytes;
        row.laterSearch = Math.max(...searches.slice(1).map((s) => s.bytes));
        if (row.firstSearch > BUDGETS.firstSearch)
          failures.push(`the first search fetched ${kB(row.firstSearch)} (limit ${kB(BUDGETS.firstSearch)})`);
        if (row.laterSearch > BUDGETS.laterSearch)
          failures.push(`a later search fetched ${kB(row.laterSearch)} (limit ${kB(BUDGETS.laterSearch)})`);
        if (row.searchRuntime > BUDGETS.searchRuntime)
          failures.push(`Pagefind's program weighed ${kB(row.searchRuntime)} (limit ${kB(BUDGETS.searchRuntime)})`);
        searches.forEach((s, i) => {
          const want = fitsFirst(i).map((slug) => `/runbooks/${slug}/`);
          if (!want.includes(s.top ?? ""))
            failures.push(`search "${s.query}" showed ${s.top ?? "nothing"} first, not ${want.join(" or ")}`);
        });
      } finally {
        await browser.close();
        await site.close();
      }
    }
    return row;
  } finally {
    if (values.keep) console.log(`  kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

const rows: Row[] = [];
for (const n of sizes) rows.push(await scale(n));

const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
console.log(
  `\nnode ${process.version}; ${realCount} committed runbooks in every set, the rest generated (scripts/lib/synthetic-runbooks.ts)\n`,
);
const table: [string, (r: Row) => string][] = [
  ["build (check + astro + pagefind)", (r) => `${r.buildSeconds.toFixed(1)} s`],
  ["peak memory (largest step, process tree)", (r) => `${r.peakMB.toFixed(0)} MB`],
  ["steps", (r) => r.steps],
  ["dist/", (r) => r.dist],
  ["Pagefind index", (r) => r.pagefind],
  ["signature data", (r) => r.signatures],
  ["largest shard", (r) => r.largestShard],
  ["first match, signature data fetched (worst seed)", (r) => (r.firstMatch === undefined ? "not run" : kB(r.firstMatch))],
  ["first search, Pagefind index data fetched", (r) => (r.firstSearch === undefined ? "not run" : kB(r.firstSearch))],
  ["later search, Pagefind index data fetched (worst)", (r) => (r.laterSearch === undefined ? "not run" : kB(r.laterSearch))],
  ["Pagefind program (JS + wasm, loaded with /search/)", (r) => (r.searchRuntime === undefined ? "not run" : kB(r.searchRuntime))],
  ["heaviest runbook page (gzip)", (r) => r.runbookPage ?? ""],
  ["home page (gzip)", (r) => r.homePage ?? ""],
  ["matcher, 1 MB log", (r) => r.matchMs],
];
console.log(line(["", ...rows.map((r) => `${r.n} runbooks`)]));
console.log(line(["---", ...rows.map(() => "---")]));
for (const [label, cell] of table) console.log(line([label, ...rows.map(cell)]));

const failed = rows.flatMap((r) => r.failures.map((f) => `${r.n}: ${f}`));
console.log(failed.length ? `\nBUDGETS BROKEN:\n  ${failed.join("\n  ")}` : "\nall budgets hold");
process.exitCode = failed.length ? 1 : 0;
