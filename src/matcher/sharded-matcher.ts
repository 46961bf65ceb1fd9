import type { CompiledIndex } from "./compile.ts";
import { parseLog } from "./parse.ts";
import { rankLog, type MatchResult } from "./rank.ts";
import { mergeShards, selectShards, type Shard, type ShardManifest } from "./shards.ts";

/**
 * Match against sharded signature data, loading each shard the first time a paste needs it.
 * The browser's worker loads over HTTP and the CLI from disk or memory; the steps are these.
 */

export type Phase = "parsing" | "loading" | "ranking";

export interface ShardedMatch {
  result: MatchResult;
  /** The merged signatures the answer was ranked against (a reply needs the best runbook's fix). */
  index: CompiledIndex;
  /** Shard files this paste needed. */
  shards: string[];
}

export function shardedMatcher(manifest: ShardManifest, load: (name: string) => Promise<Shard>) {
  const cache = new Map<string, Promise<Shard>>();
  const get = (name: string) => {
    let shard = cache.get(name);
    if (!shard) {
      shard = load(name);
      // A failed load is retried by the next paste rather than remembered.
      shard.catch(() => cache.delete(name));
      cache.set(name, shard);
    }
    return shard;
  };
  return {
    manifest,
    async match(text: string, onPhase: (phase: Phase) => void = () => {}): Promise<ShardedMatch> {
      onPhase("parsing");
      const log = parseLog(text);
      const { names, anchored } = selectShards(log, manifest);
      if (names.some((n) => !cache.has(n))) onPhase("loading");
      const index = mergeShards(manifest, await Promise.all(names.map(get)));
      onPhase("ranking");
      return { result: rankLog(log, index, anchored), index, shards: names };
    },
  };
}

export type ShardedMatcher = ReturnType<typeof shardedMatcher>;
