#!/usr/bin/env node
// npm run build:cli, and npm pack and npm install through "prepare": build the published bin,
// dist-cli/tracebook.js, and the runbook data it reads. Links point at TRACEBOOK_SITE.
import { buildCli, CLI_DIR } from "./lib/bundle-cli.ts";

const packing = process.env.npm_command === "pack" || process.env.npm_command === "publish";
if (packing && !process.env.TRACEBOOK_SITE) {
  console.error("build-cli: TRACEBOOK_SITE is not set; the packed CLI's links will point at http://localhost:4321");
}
const built = await buildCli(CLI_DIR, { strict: packing });
const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
console.error(
  `build-cli: ${CLI_DIR}/tracebook.js ${kB(built.bin)}, ${CLI_DIR}/runbooks.json ${kB(built.data)} (${built.runbooks} runbooks)`,
);
