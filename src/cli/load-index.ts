import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { contentDir } from "../load/content-dir.ts";
import { formatIssue, readRunbooks } from "../load/read-runbooks.ts";
import { compileRunbooks, type CompiledIndex } from "../matcher/compile.ts";
import { shardedMatcher, type ShardedMatcher } from "../matcher/sharded-matcher.ts";
import { shardIndex, type Shard, type ShardManifest } from "../matcher/shards.ts";
import { BadInput } from "./read-input.ts";

export { contentDir };

/** Compile the runbooks' signatures exactly as the build does before splitting them into shards. */
export function loadIndex(dir = contentDir()): CompiledIndex {
  const { runbooks, issues } = readRunbooks(dir);
  // A half-written runbook in a checkout should not stop matching against the others.
  if (issues.length > 0) {
    console.error(`tracebook: skipping invalid content (npm run check shows all):\n  ${issues.slice(0, 5).map(formatIssue).join("\n  ")}`);
  }
  return compileRunbooks(runbooks);
}

/** The shards the build would write, made in memory from the content folder. */
export function contentMatcher(dir = contentDir()): ShardedMatcher {
  const { manifest, shards } = shardIndex(loadIndex(dir));
  return shardedMatcher(manifest, (name) => Promise.resolve(shards.get(name)!));
}

/** The shard files of a built site (its signatures/ folder), read as the browser fetches them. */
export async function siteMatcher(site: string): Promise<ShardedMatcher> {
  const folder = join(site, "signatures");
  const read = async <T>(name: string): Promise<T> => JSON.parse(await readFile(join(folder, name), "utf8")) as T;
  const manifest = await read<ShardManifest>("manifest.json").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") throw new BadInput(`${folder}/manifest.json not found; build the site first (npm run build)`);
    throw error;
  });
  return shardedMatcher(manifest, (name) => read<Shard>(name));
}
