import type { Phase } from "../matcher/sharded-matcher.ts";
import type { MatchResult } from "../matcher/rank.ts";
import type { ForeignTrace } from "./foreign-trace.ts";

/** Messages between the matcher page and its worker. */
export type WorkerRequest = { kind: "match"; id: number; text: string };
export type WorkerReply =
  | { kind: "progress"; id: number; phase: Phase }
  /** `foreign`: when nothing matched, the other language's stack trace the paste shows, if any. */
  | { kind: "result"; id: number; result: MatchResult; foreign?: ForeignTrace }
  | { kind: "error"; id: number; message: string };
