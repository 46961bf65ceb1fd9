#!/usr/bin/env node
// npm run bench: how fast the matcher answers, and how fast the installed CLI starts. Timings live here,
// never in tests: it prints them, and exits 1 when a hostile log grows worse than linearly or the CLI
// breaks its time or memory limit on 10 MB. With TRACEBOOK_CONTENT set (a folder npm run scale
// generated), case (c) uses that set instead.
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadIndex } from "../src/cli/load-index.ts";
import { readRunbooks } from "../src/load/read-runbooks.ts";
import { compileRunbooks, type CompiledIndex } from "../src/matcher/compile.ts";
import { shardedMatcher } from "../src/matcher/sharded-matcher.ts";
import { shardIndex } from "../src/matcher/shards.ts";
import { bigLog, formatTiming, longestExample, timeMatch } from "./lib/bench-matcher.ts";
import { CLI_BYTES, CLI_SECONDS, cliOnTenMegabytes, GROWTH_LIMIT, growth } from "./lib/bench-hostile.ts";
import { nodes, packAndInstall } from "./lib/bench-package.ts";
import { coldStarts } from "./lib/bench-startup.ts";
import { syntheticRunbooks } from "./lib/synthetic-runbooks.ts";

const realDir = "content/runbooks";
const real = loadIndex(realDir);
const generated = process.env.TRACEBOOK_CONTENT;
// Built only once (a) and (b) are measured: a 1,000-runbook index resident in the heap made every garbage
// collection during (b) dearer (a median of 59 ms against 37-43 ms without it), which is no cost a reader pays.
const thousandRunbooks = (): CompiledIndex =>
  generated
    ? loadIndex(generated)
    : compileRunbooks([
        ...readRunbooks(realDir).runbooks,
        ...syntheticRunbooks(1000 - real.runbooks.length).map((r) => ({ slug: r.slug, data: r.data })),
      ]);

// (a) a typical traceback: the longest real example in the content, cut to about 60 lines.
const typical = longestExample(realDir, real).split("\n").slice(-60).join("\n");
// (b) 1 MB of training-log noise with that traceback in the middle and at the end.
const log = bigLog(typical);

console.log(`node ${process.version}, ${real.runbooks.length} real runbooks, log ${(log.length / 1024 / 1024).toFixed(2)} MB\n`);
console.log(formatTiming(`(a) ${typical.split("\n").length}-line traceback, real runbooks`, await timeMatch(typical, real, 500)));
console.log(formatTiming("(b) 1 MB log, real runbooks", await timeMatch(log, real, 40)));
const thousand = thousandRunbooks();
console.log(
  formatTiming(
    `(c) 1 MB log, ${thousand.runbooks.length} runbooks${generated ? " (generated set)" : ""}`,
    await timeMatch(log, thousand, 40),
  ),
);
console.log("\ntargets on a 2-core machine: (a) < 2 ms, (b) < 50 ms, (c) < 150 ms");

// Hostile logs: linear growth on the engine's own path, and the CLI's time and memory on 10 MB.
const sharded = shardIndex(real);
const matcher = shardedMatcher(sharded.manifest, (name) => Promise.resolve(sharded.shards.get(name)!));
let failed = false;
console.log(`\n(d) growth, CPU ms at 1 MB and 4 MB (linear ≈ 4; limit ${GROWTH_LIMIT})`);
for (const row of await growth(matcher)) {
  const over = row.ratio > GROWTH_LIMIT;
  failed ||= over;
  console.log(
    `${row.shape.padEnd(44)} ${row.small.toFixed(0).padStart(7)} ${row.large.toFixed(0).padStart(7)}  ×${row.ratio.toFixed(2)}${over ? "  OVER" : ""}`,
  );
}
console.log(`\n(e) tracebook match on 10 MB of each shape (limits ${CLI_SECONDS} s, ${CLI_BYTES / 1024 / 1024} MB)`);
for (const row of await cliOnTenMegabytes(process.execPath, "scripts/tracebook.ts")) {
  const over = row.seconds > CLI_SECONDS || row.peakBytes > CLI_BYTES;
  failed ||= over;
  console.log(
    `${row.shape.padEnd(44)} ${row.seconds.toFixed(2).padStart(6)} s ${(row.peakBytes / 1024 / 1024).toFixed(0).padStart(5)} MB${over ? "  OVER" : ""}`,
  );
}

// (f) the CLI as a user has it: npm pack, installed into an empty folder, started cold on (a)'s traceback.
const pkg = packAndInstall();
const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
console.log(
  `\npackage: ${kB(pkg.packed)} packed, ${kB(pkg.unpacked)} unpacked, ${pkg.files.length} files, ${pkg.dependencies} runtime dependencies`,
);
const traceback = join(tmpdir(), "tracebook-bench-traceback.txt");
writeFileSync(traceback, typical);
for (const node of nodes()) {
  const s = coldStarts(node, [pkg.bin, "match", traceback], Number(process.env.BENCH_RUNS ?? 5));
  console.log(
    `(f) cold tracebook match, Node ${s.version.padEnd(9)} median ${s.command.toFixed(0).padStart(4)} ms vs node -e 0 ${s.bare.toFixed(0).padStart(4)} ms: ${s.ratio.toFixed(2)}x`,
  );
}
console.log("target: (f) at most 4x a bare node");
pkg.remove();
rmSync(traceback, { force: true });
if (failed) process.exitCode = 1;
