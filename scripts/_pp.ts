import { parseLog } from "../src/matcher/parse.ts";
import { HOSTILE_SHAPES } from "./lib/hostile-logs.ts";
const t = HOSTILE_SHAPES[process.argv[2]!]!(Number(process.argv[3] ?? 2_000_000));
parseLog(t.slice(0, 10000));
for (let i = 0; i < 3; i++) parseLog(t);
