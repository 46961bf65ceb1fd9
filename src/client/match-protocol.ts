import type { CompiledIndex } from "../matcher/compile.ts";
import type { MatchResult } from "../matcher/rank.ts";

/** Messages between the matcher page and its worker. */
export type WorkerRequest = { kind: "index"; index: CompiledIndex } | { kind: "match"; id: number; text: string };
export type WorkerReply =
  { kind: "progress"; id: number; phase: "parsing" | "ranking" } | { kind: "result"; id: number; result: MatchResult };
