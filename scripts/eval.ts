#!/usr/bin/env node
// npm run eval: how well the matcher recognises real pastes it has never seen (test/corpus/wild).
import { contentDir } from "../src/load/content-dir.ts";
import { readRunbooks } from "../src/load/read-runbooks.ts";
import { compileRunbooks } from "../src/matcher/compile.ts";
import { batchOf, evaluate, readWildCorpus, SHAPES, type WildPaste } from "./lib/wild-corpus.ts";

const verbose = process.argv.includes("--verbose");
const corpus = readWildCorpus();
const index = compileRunbooks(readRunbooks(contentDir()).runbooks);
const ratio = (n: number, d: number) => (d ? (n / d).toFixed(2) : "n/a");

/** Prints the figures for one set of pastes; `details` adds the pastes that went wrong, one a line. */
function report(title: string, pastes: readonly WildPaste[], details: boolean): void {
  const e = evaluate(pastes, index);
  console.log(`${title}: ${e.positives} with a runbook, ${e.negatives} without\n`);
  console.log("shape            pastes  top-1  false positives");
  for (const shape of SHAPES) {
    const rows = e.outcomes.filter((o) => o.paste.shapes.includes(shape));
    if (rows.length === 0) continue;
    const pos = rows.filter((o) => o.paste.expected);
    const neg = rows.filter((o) => !o.paste.expected);
    const top1 = pos.filter((o) => o.rank === 1).length;
    const fp = neg.filter((o) => o.ranked.length > 0).length;
    console.log(
      `${shape.padEnd(16)} ${String(rows.length).padStart(6)}  ${`${top1}/${pos.length}`.padStart(5)}  ${`${fp}/${neg.length}`.padStart(6)}`,
    );
  }
  const misses = e.outcomes.filter((o) => o.paste.expected && o.rank !== 1);
  if (details && verbose && misses.length > 0) {
    console.log("\nNot first:");
    for (const o of misses) {
      const got = o.ranked.join(", ") || (o.possible.length ? `possibly ${o.possible.join(", ")}` : "nothing");
      console.log(`  ${o.paste.id} [${o.paste.shapes.join(", ")}]: expected ${o.paste.expected}, got ${got}`);
    }
  }
  if (details) {
    for (const o of [...e.wrong, ...e.falsePositives]) {
      console.log(`WRONG ${o.paste.id}: expected ${o.paste.expected ?? "nothing"}, got ${o.ranked.join(", ")}`);
    }
  }
  console.log(
    `\n${e.top1FromFrames} of the top-1 answers are possibilities from frames alone (a paste cut before its message); ` +
      `${e.negativesWithPossibilities} unrelated pastes were offered possibilities (never a match).`,
  );
  console.log(
    `\ntop-1 ${ratio(e.top1, e.positives)} (${e.top1}/${e.positives}), MRR ${ratio(e.mrr * e.positives, e.positives)}, ` +
      `false positives ${e.falsePositives.length}/${e.negatives} (${ratio(e.falsePositives.length, e.negatives)}), wrong answers ${e.wrong.length}`,
  );
}

// Each batch was drawn after the matcher had been tuned against the ones before it, so each is reported
// on its own (with the pastes that went wrong), then all together: the last line is the whole corpus's.
const batches = [...new Set(corpus.map(batchOf))].sort((a, b) => a - b);
if (batches.length > 1) {
  for (const batch of batches) {
    const pastes = corpus.filter((p) => batchOf(p) === batch);
    report(`Batch ${batch}, ${pastes.length} pastes`, pastes, true);
    console.log(`\n${"=".repeat(60)}\n`);
  }
}
report(`All ${corpus.length} pastes`, corpus, batches.length === 1);
