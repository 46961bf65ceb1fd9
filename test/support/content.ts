import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import { changedSince, stampFiles, type SourceStamp } from "../../src/cli/freshness.ts";
import { contentDir } from "../../src/load/content-dir.ts";
import { readRunbookFile } from "../../src/load/read-runbook-file.ts";
import { readRunbooks, type LoadResult } from "../../src/load/read-runbooks.ts";
import { compileRunbooks } from "../../src/matcher/compile.ts";

/**
 * The committed content, loaded the way the CLI loads it. Reading it parses a megabyte of YAML
 * frontmatter, a second or two, and nearly every test file needs it: the first file to load it
 * keeps the result in .tmp/ with a stamp of every file it was read from (the content, the loader,
 * the schema, the lockfile), and later files take it from there while the stamp holds.
 */
export const content = cachedContent();
export const index = compileRunbooks(content.runbooks);

function cachedContent(): LoadResult {
  const dir = contentDir();
  if (dir !== resolve("content/runbooks")) return readRunbooks(dir);
  const cache = ".tmp/test-content.v8";
  try {
    const cached = deserialize(readFileSync(cache)) as { stamp: SourceStamp; content: LoadResult };
    if (Object.keys(cached.stamp).length > 0 && !changedSince(".", cached.stamp)) return cached.content;
  } catch {
    // no cache yet, or one from another Node: read the content
  }
  const sources = ["content/runbooks", "src/load", "src/schema"].flatMap(filesUnder);
  const stamp = stampFiles(".", [...sources, "package-lock.json"]);
  const loaded = readRunbooks(dir);
  mkdirSync(".tmp", { recursive: true });
  // Test files run in parallel: write whole, then rename, so no reader sees half a file.
  const partial = `${cache}.${process.pid}`;
  writeFileSync(partial, serialize({ stamp, content: loaded }));
  renameSync(partial, cache);
  return loaded;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(".", join(d.parentPath, d.name)).split("\\").join("/"));
}

export const examples = content.runbooks.flatMap((rb) =>
  rb.data.examples.map((example) => ({
    slug: rb.slug,
    id: example.id,
    file: example.file,
    fix: example.fix,
    text: readRunbookFile(rb.slug, example.file),
  })),
);

/** Tracebacks recorded by npm run repro for runs that must fail: examples too. */
export const recordedFailures = content.runbooks.flatMap((rb) =>
  (rb.data.repro?.runs ?? [])
    .filter((run) => run.expect === "fails")
    .flatMap((run) => {
      const record = rb.records.get(`records/${run.id}.json`);
      return record ? [{ slug: rb.slug, id: run.id, text: record.output }] : [];
    }),
);
