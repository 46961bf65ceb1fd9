import { readFileSync } from "node:fs";
import { parseLog } from "../src/matcher/parse.ts";
const log = parseLog(readFileSync(process.argv[2]!, "utf8"));
for (const l of log.lines.slice(0, 20)) console.log(l.index, JSON.stringify(l.text).slice(0, 90), l.source ? "S" : "");
console.log(log.exceptions.length, log.cut.length);
