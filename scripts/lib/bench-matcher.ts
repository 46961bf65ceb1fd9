import { performance } from "node:perf_hooks";
import { readRunbookFile } from "../../src/load/read-runbook-file.ts";
import { readRunbooks } from "../../src/load/read-runbooks.ts";
import type { CompiledIndex } from "../../src/matcher/compile.ts";
import { matchText } from "../../src/matcher/rank.ts";
import { shardedMatcher } from "../../src/matcher/sharded-matcher.ts";
import { shardIndex } from "../../src/matcher/shards.ts";

/** The longest real traceback among a content folder's examples that matches its runbook. */
export function longestExample(dir: string, index: CompiledIndex): string {
  let best = "";
  for (const rb of readRunbooks(dir).runbooks) {
    for (const example of rb.data.examples) {
      const text = readRunbookFile(rb.slug, example.file, dir);
      if (text.includes("Traceback (most recent call last)") && text.length > best.length && matchText(text, index).matches.length > 0)
        best = text;
    }
  }
  return best;
}

/** 1 MB of training-log noise with the traceback in the middle and at the end. */
export function bigLog(traceback: string): string {
  const noise = (i: number) => `[rank${i % 8}]: {'loss': 1.${i % 97}, 'grad_norm': 0.${i % 89}, 'learning_rate': 2e-05, 'epoch': 0.${i}}`;
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < 1024 * 1024; i++) {
    const line = i === 6000 ? traceback : noise(i);
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join("\n")}\n${traceback}`;
}

export interface Timing {
  median: number;
  p95: number;
  peakRss: number;
}

/**
 * Time a paste the way the matcher page answers it once its shards are cached: parse, pick
 * the shards, merge them, rank. The data is compiled and split once, before timing, as the
 * build does; nothing is compiled per paste.
 */
export async function timeMatch(text: string, index: CompiledIndex, runs: number): Promise<Timing> {
  const { manifest, shards } = shardIndex(index);
  const matcher = shardedMatcher(manifest, (name) => Promise.resolve(shards.get(name)!));
  await matcher.match(text); // loads the shards and warms up the JIT
  const times: number[] = [];
  let peak = process.memoryUsage().rss;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const { result } = await matcher.match(text);
    times.push(performance.now() - t0);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (result.matches.length === 0) throw new Error("the benchmark input stopped matching");
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p95: at(0.95), peakRss: peak };
}

export function formatTiming(name: string, t: Timing): string {
  return `${name.padEnd(48)} median ${t.median.toFixed(2).padStart(8)} ms   p95 ${t.p95.toFixed(2).padStart(8)} ms   peak RSS ${(t.peakRss / 1024 / 1024).toFixed(0)} MB`;
}
