#!/usr/bin/env node
// Validates every runbook without building the site: the fast loop for authors.
import { resolve } from "node:path";
import { CONTENT_DIR } from "../src/load/content-dir.ts";
import { formatIssue, readRunbooks } from "../src/load/read-runbooks.ts";

const contentDir = process.argv[2] ? resolve(process.argv[2]) : CONTENT_DIR;
const { runbooks, issues } = readRunbooks(contentDir);
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\n${issues.length} problem${issues.length === 1 ? "" : "s"} in ${contentDir}`);
  process.exit(1);
}
console.log(`${runbooks.length} runbooks valid`);
