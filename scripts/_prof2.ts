import { Session } from "node:inspector/promises";
import { contentMatcher } from "../src/cli/load-index.ts";
import { HOSTILE_SHAPES } from "./lib/hostile-logs.ts";
const m = contentMatcher();
const t = HOSTILE_SHAPES[process.argv[2]!]!(Number(process.argv[3] ?? 1_000_000));
await m.match(t.slice(0, 5000));
const s = new Session();
s.connect();
await s.post("Profiler.enable");
await s.post("Profiler.start");
const c = process.cpuUsage();
await m.match(t);
const u = process.cpuUsage(c);
const { profile: p } = await s.post("Profiler.stop");
console.log("cpu", ((u.user + u.system) / 1000).toFixed(0));
const self = new Map<string, number>();
const byId = new Map(p.nodes.map((n: any) => [n.id, n]));
for (let i = 0; i < p.samples!.length; i++) {
  const n: any = byId.get(p.samples![i]);
  const k = n.callFrame.functionName + " " + n.callFrame.url.split("/").pop() + ":" + n.callFrame.lineNumber;
  self.set(k, (self.get(k) || 0) + p.timeDeltas![i]!);
}
console.log(
  [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 18)
    .map(([k, v]) => (v / 1000).toFixed(0) + "ms " + k)
    .join("\n"),
);
