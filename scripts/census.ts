#!/usr/bin/env node
// npm run census: how much of what real users hit has a runbook, and which failures to write next.
import { readFileSync } from "node:fs";
import { censusSchema, coverage } from "../src/census/sample.ts";
import { formatPath } from "../src/load/zod-issues.ts";

const file = process.argv[2] ?? "census/sample.json";
const parsed = censusSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${file}: [${formatPath(issue.path)}] ${issue.message}`);
  process.exit(1);
}
const c = coverage(parsed.data);
const pct = (n: number) => `${((100 * n) / c.issues).toFixed(1)} %`;
console.log(`${c.issues} issues from ${c.repositories} repositories (${file})\n`);
console.log("Uncovered root causes, most frequent first:");
for (const row of c.uncovered) {
  console.log(`  ${String(row.count).padStart(3)}  ${row.class}${row.planned.length ? `  (planned: ${row.planned.join(", ")})` : ""}`);
}
console.log("\nIssues per runbook:");
for (const row of c.byRunbook) console.log(`  ${String(row.count).padStart(3)}  ${row.runbook}`);
console.log(
  `\ncoverage: ${c.covered} of ${c.issues} issues have a runbook (${pct(c.covered)}); ${c.issues - c.covered} uncovered in ${c.uncovered.length} classes`,
);
