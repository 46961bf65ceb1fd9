import { parseLog } from "../src/matcher/parse.ts";
import { forEachSearchedText } from "../src/matcher/embedded.ts";
import { contentMatcher } from "../src/cli/load-index.ts";
import { HOSTILE_SHAPES } from "./lib/hostile-logs.ts";
const t = HOSTILE_SHAPES[process.argv[2]!]!(Number(process.argv[3] ?? 2_000_000));
const cpu = (f: () => void) => {
  const c = process.cpuUsage();
  f();
  const u = process.cpuUsage(c);
  return ((u.user + u.system) / 1000).toFixed(0);
};
let log: any;
console.log(
  "parse",
  cpu(() => {
    log = parseLog(t);
  }),
  "exceptions",
  log.exceptions.length,
  "lines",
  log.lines.length,
);
console.log(
  "texts",
  cpu(() => {
    let n = 0;
    forEachSearchedText(log, () => n++);
    console.log(" visited", n);
  }),
);
const m = contentMatcher();
console.log(
  "match",
  cpu(() => {
    void m.match(t);
  }),
);
