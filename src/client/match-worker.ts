/// <reference lib="webworker" />
// Runs the matcher off the main thread, so a 10 MB paste never freezes the page. The paste
// stays in this worker: what goes over the network is the manifest and the shard files
// (named by content hash) that the paste's exception types need, each fetched once.
import { shardedMatcher, type ShardedMatcher } from "../matcher/sharded-matcher.ts";
import type { Shard, ShardManifest } from "../matcher/shards.ts";
import { foreignTrace } from "./foreign-trace.ts";
import type { WorkerReply, WorkerRequest } from "./match-protocol.ts";

const BASE = "/signatures/";

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let matcher: Promise<ShardedMatcher> | undefined;

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, text } = event.data;
  const post = (reply: WorkerReply) => self.postMessage(reply);
  try {
    matcher ??= getJson<ShardManifest>(`${BASE}manifest.json`).then((manifest) =>
      shardedMatcher(manifest, (name) => getJson<Shard>(BASE + name)),
    );
    // A manifest that failed to load is fetched again on the next paste.
    matcher.catch(() => (matcher = undefined));
    const { result } = await (await matcher).match(text, (phase) => post({ kind: "progress", id, phase }));
    const foreign = result.matches.length === 0 && result.possibilities.length === 0 ? foreignTrace(text) : undefined;
    post({ kind: "result", id, result, ...(foreign ? { foreign } : {}) });
  } catch (error) {
    post({ kind: "error", id, message: (error as Error).message });
  }
};
