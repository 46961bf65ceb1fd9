import type { Phase } from "../matcher/sharded-matcher.ts";
import type { MatchResult } from "../matcher/rank.ts";

/** Messages between the matcher page and its worker. */
export type WorkerRequest = { kind: "match"; id: number; text: string };
export type WorkerReply =
  | { kind: "progress"; id: number; phase: Phase }
  | { kind: "result"; id: number; result: MatchResult }
  | { kind: "error"; id: number; message: string };
