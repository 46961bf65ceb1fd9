import { performance } from "node:perf_hooks";
import { contentMatcher } from "../src/cli/load-index.ts";
import { HOSTILE_SHAPES } from "./lib/hostile-logs.ts";
const m = contentMatcher();
const size = Number(process.argv[2] ?? 200_000);
for (const [name, make] of Object.entries(HOSTILE_SHAPES)) {
  const t1 = make(size),
    t2 = make(size * 2);
  let a = performance.now();
  await m.match(t1);
  const d1 = performance.now() - a;
  a = performance.now();
  const r = await m.match(t2);
  const d2 = performance.now() - a;
  console.log(name.padEnd(45), d1.toFixed(0).padStart(7), d2.toFixed(0).padStart(7), (d2 / d1).toFixed(2), JSON.stringify(r.result).length);
}
