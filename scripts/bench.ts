#!/usr/bin/env node
// npm run bench: how fast the matcher answers. Prints figures; asserts nothing (timings never live in tests).
import { performance } from "node:perf_hooks";
import { contentDir, loadIndex } from "../src/cli/load-index.ts";
import { readRunbookFile } from "../src/load/read-runbook-file.ts";
import { readRunbooks } from "../src/load/read-runbooks.ts";
import { compileRunbooks, type CompiledIndex } from "../src/matcher/compile.ts";
import { matchText } from "../src/matcher/rank.ts";
import { syntheticRunbooks } from "./lib/synthetic-runbooks.ts";

const real = loadIndex();
const synthetic = compileRunbooks(syntheticRunbooks(1000).map((r) => ({ slug: r.slug, data: r.data })));
const thousand: CompiledIndex = { ...synthetic, runbooks: [...real.runbooks, ...synthetic.runbooks].slice(0, 1000) };

// (a) a typical traceback: the longest real example in the content, cut to about 60 lines.
const typical = longestExample().split("\n").slice(-60).join("\n");
// (b) 1 MB of training-log noise with that traceback in the middle and at the end.
const noise = (i: number) => `[rank${i % 8}]: {'loss': 1.${i % 97}, 'grad_norm': 0.${i % 89}, 'learning_rate': 2e-05, 'epoch': 0.${i}}`;
const lines: string[] = [];
let size = 0;
for (let i = 0; size < 1024 * 1024; i++) {
  const line = i === 6000 ? typical : noise(i);
  lines.push(line);
  size += line.length + 1;
}
const bigLog = `${lines.join("\n")}\n${typical}`;

function measure(name: string, text: string, index: CompiledIndex, runs: number) {
  matchText(text, index); // warm up the JIT
  const times: number[] = [];
  let peak = process.memoryUsage().rss;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = matchText(text, index);
    times.push(performance.now() - t0);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (result.matches.length === 0) throw new Error(`${name}: the benchmark input stopped matching`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  console.log(
    `${name.padEnd(48)} median ${at(0.5).toFixed(2).padStart(8)} ms   p95 ${at(0.95).toFixed(2).padStart(8)} ms   peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`,
  );
}

console.log(`node ${process.version}, ${real.runbooks.length} real runbooks, log ${(bigLog.length / 1024 / 1024).toFixed(2)} MB\n`);
measure(`(a) ${typical.split("\n").length}-line traceback, real runbooks`, typical, real, 500);
measure("(b) 1 MB log, real runbooks", bigLog, real, 40);
measure(`(c) 1 MB log, ${thousand.runbooks.length} runbooks`, bigLog, thousand, 40);
console.log("\ntargets on a 2-core machine: (a) < 2 ms, (b) < 50 ms, (c) < 150 ms");

/** The longest real traceback among the committed examples that matches its runbook. */
function longestExample(): string {
  let best = "";
  for (const rb of readRunbooks(contentDir()).runbooks) {
    for (const example of rb.data.examples) {
      const text = readRunbookFile(rb.slug, example.file, contentDir());
      if (text.includes("Traceback (most recent call last)") && text.length > best.length && matchText(text, real).matches.length > 0)
        best = text;
    }
  }
  return best;
}
