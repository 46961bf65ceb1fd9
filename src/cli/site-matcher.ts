import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { shardedMatcher, type ShardedMatcher } from "../matcher/sharded-matcher.ts";
import { SHARD_FORMAT, type Shard, type ShardManifest } from "../matcher/shards.ts";
import { BadInput } from "./read-input.ts";

/**
 * The shard files of a built site (its signatures/ folder), read as the browser fetches them. A
 * folder that is missing, is not a built site, or holds damaged files is bad input: one line that
 * names the file, exit status 2, never a stack trace.
 */
export async function siteMatcher(site: string): Promise<ShardedMatcher> {
  const folder = join(site, "signatures");
  const read = async (name: string): Promise<unknown> => {
    const file = join(folder, name);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (name === "manifest.json" && (code === "ENOENT" || code === "ENOTDIR")) {
        throw new BadInput(`${file} not found; build the site first (npm run build)`);
      }
      throw new BadInput(`cannot read ${file}: ${code ?? (error as Error).message}`);
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new BadInput(`${file} is damaged: ${(error as Error).message}`);
    }
  };
  const manifest = (await read("manifest.json")) as ShardManifest;
  if (!isManifest(manifest)) {
    throw new BadInput(`${join(folder, "manifest.json")} is not a signature manifest of this tracebook (format ${SHARD_FORMAT})`);
  }
  return shardedMatcher(manifest, async (name) => {
    // The manifest names the shards; a name that leaves the folder is damage, not a file to read.
    if (!/^[\w-]+\.json$/.test(name)) throw new BadInput(`${join(folder, "manifest.json")} names a shard outside its folder: ${name}`);
    const shard = (await read(name)) as Shard;
    if (shard?.format !== SHARD_FORMAT || shard.version !== manifest.version || !Array.isArray(shard.runbooks)) {
      throw new BadInput(`${join(folder, name)} does not belong to ${join(folder, "manifest.json")} (another build, or damaged)`);
    }
    return shard;
  });
}

function isManifest(value: ShardManifest | null): value is ShardManifest {
  const isObject = (x: unknown) => typeof x === "object" && x !== null && !Array.isArray(x);
  return (
    isObject(value) &&
    value!.format === SHARD_FORMAT &&
    typeof value!.version === "string" &&
    isObject(value!.exceptions) &&
    isObject(value!.anywhere) &&
    isObject(value!.frames)
  );
}
