#!/usr/bin/env node
// Validates every runbook without building the site: the fast loop for authors.
import { resolve } from "node:path";
import { contentDir } from "../src/load/content-dir.ts";
import { formatIssue, readRunbooks } from "../src/load/read-runbooks.ts";

const dir = process.argv[2] ? resolve(process.argv[2]) : contentDir();
const { runbooks, issues } = readRunbooks(dir);
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\n${issues.length} problem${issues.length === 1 ? "" : "s"} in ${dir}`);
  process.exit(1);
}
console.log(`${runbooks.length} runbooks valid`);
