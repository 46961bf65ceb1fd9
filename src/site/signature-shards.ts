import { getCollection } from "astro:content";
import { compileRunbooks } from "../matcher/compile.ts";
import { shardIndex, type ShardedIndex } from "../matcher/shards.ts";

let built: Promise<ShardedIndex> | undefined;

/** Compiled and split once per build; the manifest and every shard file come from this one result. */
export function signatureShards(): Promise<ShardedIndex> {
  built ??= getCollection("runbooks").then((entries) => shardIndex(compileRunbooks(entries.map((e) => ({ slug: e.id, data: e.data })))));
  return built;
}
