#!/usr/bin/env node
// npm run build:action: rebuild dist-action/ (the GitHub Action's bundle and the licenses of what it
// bundles) from the sources. Commit the result: GitHub runs it as committed.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { bundleAction } from "./lib/bundle-action.ts";

const { files } = await bundleAction();
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.error(`build-action: ${path} ${(Buffer.byteLength(text) / 1024).toFixed(0)} kB`);
}
