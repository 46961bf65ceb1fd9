import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { shardedMatcher, type ShardedMatcher } from "../matcher/sharded-matcher.ts";
import { SHARD_FORMAT, type Shard, type ShardManifest } from "../matcher/shards.ts";
import { BadInput } from "./read-input.ts";

/**
 * A built site's compiled signatures (its signatures/ folder: a manifest and content-hashed shards),
 * read as the matcher page reads them: the CLI's --site from disk, the GitHub Action from the
 * configured site over HTTP. Data that is missing, damaged or from another build is bad input: one
 * line that names the file, never a stack trace.
 */
export async function signatureMatcher(read: (name: string) => Promise<string>, where: (name: string) => string): Promise<ShardedMatcher> {
  const parse = async (name: string): Promise<unknown> => {
    const text = await read(name);
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new BadInput(`${where(name)} is damaged: ${(error as Error).message}`);
    }
  };
  const manifest = (await parse("manifest.json")) as ShardManifest;
  if (!isManifest(manifest))
    throw new BadInput(`${where("manifest.json")} is not a signature manifest of this tracebook (format ${SHARD_FORMAT})`);
  return shardedMatcher(manifest, async (name) => {
    // The manifest names the shards; a name that leaves the folder is damage, not a file to read.
    if (!/^[\w-]+\.json$/.test(name)) throw new BadInput(`${where("manifest.json")} names a shard outside its folder: ${name}`);
    const shard = (await parse(name)) as Shard;
    if (shard?.format !== SHARD_FORMAT || shard.version !== manifest.version || !Array.isArray(shard.runbooks)) {
      throw new BadInput(`${where(name)} does not belong to ${where("manifest.json")} (another build, or damaged)`);
    }
    return shard;
  });
}

/** The signature files of a site built into `site` (npm run build's dist/). */
export function siteMatcher(site: string): Promise<ShardedMatcher> {
  const folder = join(site, "signatures");
  return signatureMatcher(
    async (name) => {
      try {
        return await readFile(join(folder, name), "utf8");
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (name === "manifest.json" && (code === "ENOENT" || code === "ENOTDIR")) {
          throw new BadInput(`${join(folder, name)} not found; build the site first (npm run build)`);
        }
        throw new BadInput(`cannot read ${join(folder, name)}: ${code ?? (error as Error).message}`);
      }
    },
    (name) => join(folder, name),
  );
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
