import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ShardedMatcher } from "../../src/matcher/sharded-matcher.ts";
import { HOSTILE_SHAPES } from "./hostile-logs.ts";
import { measureCommand } from "./measure-process.ts";

/**
 * The matcher on logs built to be slow. Growth: CPU time at 1 MB and 4 MB of each shape, whose
 * ratio is about 4 when the work is linear (CPU time, so other processes on the machine matter
 * less than to wall time). The CLI: a 10 MB log of each shape, answered by `tracebook match` as a
 * user runs it, wall time and peak memory of the process.
 */
export const GROWTH_LIMIT = 6;
export const CLI_SECONDS = 5;
export const CLI_BYTES = 500 * 1024 * 1024;

async function cpuMs(run: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export async function growth(matcher: ShardedMatcher): Promise<{ shape: string; small: number; large: number; ratio: number }[]> {
  const rows = [];
  for (const [shape, make] of Object.entries(HOSTILE_SHAPES)) {
    const small = make(1024 * 1024);
    const large = make(4 * 1024 * 1024);
    await matcher.match(small); // warm up: load the shards and compile
    // The least of five runs each: a shape that takes a few milliseconds at 1 MB would otherwise show
    // a collector's pause or the machine's noise as growth. With three, "many one-line exceptions" read
    // from ×4.0 to ×6.2 on the same code; the least of seven gave ×4.8 (.tmp/d1.ts).
    const least = async (text: string) => {
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) runs.push(await cpuMs(() => matcher.match(text)));
      return Math.min(...runs);
    };
    const a = await least(small);
    const b = await least(large);
    rows.push({ shape, small: a, large: b, ratio: b / Math.max(a, 1) });
  }
  return rows;
}

export async function cliOnTenMegabytes(node: string, cli: string): Promise<{ shape: string; seconds: number; peakBytes: number }[]> {
  const dir = mkdtempSync(join(tmpdir(), "tracebook-hostile-"));
  try {
    const rows = [];
    for (const [shape, make] of Object.entries(HOSTILE_SHAPES)) {
      const file = join(dir, "log.txt");
      // Cut in bytes, not characters: a rich box's "│" is three bytes, and the CLI's limit counts bytes.
      writeFileSync(file, Buffer.from(make(10 * 1024 * 1024)).subarray(0, 10 * 1024 * 1024 - 64 * 1024));
      // Exit 1 (no runbook) is an answer too: only a crash or a refusal counts as failure here.
      const measured = await measureCommand(node, [cli, "match", "--json", file], process.env, [0, 1]);
      rows.push({ shape, ...measured });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
