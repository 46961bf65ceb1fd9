import type { Basis } from "./embedded.ts";

/**
 * Confidence in words, so a weak answer never looks as sure as a strong one: what the answer
 * rests on decides it as much as the number does.
 */
export type Strength = "strong" | "partial evidence" | "frames only";

/** At or above this a clean exception-line match is "strong". */
const STRONG = 0.85;

export function strengthOf(match: { confidence: number; basis: Basis }): Strength {
  return match.basis === "exception" && match.confidence >= STRONG ? "strong" : "partial evidence";
}

export const BASIS_WORDS: Record<Basis, string> = {
  exception: "the exception line",
  embedded: "the message found inside another line",
  "log-line": "a failure line that is not a Python exception",
};
