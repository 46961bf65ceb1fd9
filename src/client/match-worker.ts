/// <reference lib="webworker" />
// Runs the matcher off the main thread, so a 10 MB paste never freezes the page.
// The paste stays in this worker: nothing here touches the network after /signatures.json.
import type { CompiledIndex } from "../matcher/compile.ts";
import { parseLog } from "../matcher/parse.ts";
import { rankLog } from "../matcher/rank.ts";
import type { WorkerReply, WorkerRequest } from "./match-protocol.ts";

let index: CompiledIndex | undefined;

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === "index") {
    index = request.index;
    return;
  }
  if (!index) return;
  const post = (reply: WorkerReply) => self.postMessage(reply);
  post({ kind: "progress", id: request.id, phase: "parsing" });
  const log = parseLog(request.text);
  post({ kind: "progress", id: request.id, phase: "ranking" });
  post({ kind: "result", id: request.id, result: rankLog(log, index) });
};
