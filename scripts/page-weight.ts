#!/usr/bin/env node
// npm run page-weight: what a first visit transfers (gzip, as a static host would serve it) and how fast the
// matcher page answers a seed example. Run after npm run build; prints figures, asserts nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { readRunbookFile } from "../src/load/read-runbook-file.ts";
import { readRunbooks } from "../src/load/read-runbooks.ts";
import { launchBrowser } from "../test/support/browser.ts";
import { serveStatic } from "../test/support/static-server.ts";
import { BUDGETS, kB } from "./lib/budgets.ts";
import { weighPage } from "./lib/runbook-page-weight.ts";
import { SEARCH_QUERIES, SEED_SLUGS } from "./lib/seeds.ts";
import { firstMatchTransfer, searchTransfers } from "./lib/transfer.ts";

const SITE = process.argv[2] ?? "dist";
const site = await serveStatic(SITE);
const browser = await launchBrowser();

async function firstLoad(path: string) {
  const page = await browser.newPage();
  const files: string[] = [];
  page.on("request", (r) => files.push(new URL(r.url()).pathname));
  await page.goto(site.origin + path);
  await page.waitForLoadState("networkidle");
  await page.close();
  const size = (p: string) => {
    const file = join(SITE, p.endsWith("/") ? `${p}index.html` : p);
    try {
      return gzipSync(readFileSync(file)).length;
    } catch {
      return 0;
    }
  };
  const total = files.reduce((n, f) => n + size(f), 0);
  return { requests: files.length, kB: total / 1024 };
}

for (const path of ["/runbooks/torch-load-mmap-string-filename/", "/runbooks/meta-tensor-cannot-copy/", "/match/", "/search/", "/"]) {
  const { requests, kB } = await firstLoad(path);
  console.log(`${path.padEnd(46)} first load: ${requests} requests, ${kB.toFixed(1)} kB gzipped`);
}

// The home page as the budget counts it: HTML, CSS and scripts, gzipped.
const home = weighPage(SITE, "index.html");
console.log(`home page: ${kB(home.total)} (${kB(home.html)} HTML, ${kB(home.css)} CSS, ${kB(home.js)} JS; budget ${kB(BUDGETS.homePage)})`);

// What a first paste and each search fetch, as npm test's transfer budgets measure them.
const { runbooks } = readRunbooks("content/runbooks");
for (const slug of SEED_SLUGS) {
  const runbook = runbooks.find((r) => r.slug === slug)!;
  const t = await firstMatchTransfer(browser, site.origin, readRunbookFile(slug, runbook.data.examples[0]!.file, "content/runbooks"));
  console.log(
    `first paste of the ${slug} example: ${kB(t.bytes)} of signature data in ${t.files.length} files (budget ${kB(BUDGETS.firstMatch)})`,
  );
}
const searches = await searchTransfers(
  browser,
  site.origin,
  SEARCH_QUERIES.map(([q]) => q),
);
searches.forEach((s, i) =>
  console.log(
    `${i === 0 ? "first" : "later"} search "${s.query}": ${kB(s.bytes)} of index data${s.runtimeBytes ? ` + ${kB(s.runtimeBytes)} Pagefind program` : ""}, first ${s.top} ` +
      `(budget ${kB(i === 0 ? BUDGETS.firstSearch : BUDGETS.laterSearch)})`,
  ),
);

// Paste to first result: the seed example's traceback pasted into /match/ (the page already loaded).
const example = readFileSync("content/runbooks/device-map-empty-string/examples/lmms-eval-438.txt", "utf8");
const page = await browser.newPage();
await page.goto(`${site.origin}/match/`);
await page.waitForLoadState("networkidle");
const times: number[] = [];
for (let i = 0; i < 10; i++) {
  const before = await page.evaluate(() => document.body.dataset.matched ?? "0");
  await page.evaluate(() => ((document.querySelector("#paste") as HTMLTextAreaElement).value = ""));
  const t0 = performance.now();
  // Submit rather than wait out the 250 ms typing debounce: this is the matcher's own time.
  await page.evaluate((text) => {
    (document.querySelector("#paste") as HTMLTextAreaElement).value = text;
    (document.querySelector("#match-form") as HTMLFormElement).requestSubmit();
  }, example);
  await page.waitForFunction((b) => (document.body.dataset.matched ?? "0") !== b, before);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(
  `paste to first result (device-map-empty-string example, 10 runs): median ${times[5]!.toFixed(0)} ms, max ${times[9]!.toFixed(0)} ms`,
);
await browser.close();
await site.close();
