import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { CompiledIndex } from "../../src/matcher/compile.ts";
import { matchText } from "../../src/matcher/rank.ts";
import { slugSchema } from "../../src/schema/fields.ts";

/**
 * The wild corpus: real pastes from public threads, in the shapes people really post, that no
 * runbook uses as an example. Recognition is judged here, on text the signatures were not written
 * from (test/corpus/wild/README.md says how the pastes were drawn).
 */
export const CORPUS_DIR = "test/corpus/wild";

export const SHAPES = [
  "clean",
  "log-line",
  "pdb",
  "jupyter",
  "markdown",
  "flattened",
  "next-line",
  "non-python",
  "cut",
  "final-line",
  "other-language",
] as const;

export const wildPasteSchema = z.strictObject({
  id: slugSchema,
  file: z.string().regex(/^[\w.-]+\.txt$/, "must be a .txt file beside index.json"),
  source: z.url({ protocol: /^https$/ }),
  /** The runbook whose root cause explains the paste, or null when none does. */
  expected: slugSchema.nullable(),
  shapes: z.array(z.enum(SHAPES)).min(1),
  note: z.string().min(1),
  /**
   * Which drawing the paste came from; 1 when absent. A later batch was drawn after the matcher had
   * been tuned against the earlier ones, so its figures are the honest measure of unseen text.
   */
  batch: z.number().int().positive().optional(),
});

export type WildPaste = z.infer<typeof wildPasteSchema> & { text: string };

export const batchOf = (paste: WildPaste): number => paste.batch ?? 1;

export function readWildCorpus(dir = CORPUS_DIR): WildPaste[] {
  const entries = z.array(wildPasteSchema).parse(JSON.parse(readFileSync(join(dir, "index.json"), "utf8")));
  return entries.map((e) => ({ ...e, text: readFileSync(join(dir, e.file), "utf8") }));
}

export interface PasteOutcome {
  paste: WildPaste;
  /** Matched slugs as ranked, best first. */
  ranked: string[];
  /** When nothing matched: the runbooks offered from frames alone (a paste cut before its message). */
  possible: string[];
  /**
   * 1-based rank of the expected runbook among the matches or, when nothing matched, among the
   * possibilities; 0 when it is in neither.
   */
  rank: number;
}

export interface Evaluation {
  outcomes: PasteOutcome[];
  positives: number;
  top1: number;
  mrr: number;
  /** Pastes with a runbook whose first answer is another runbook. */
  wrong: PasteOutcome[];
  negatives: number;
  /** Pastes with no runbook that got one anyway. */
  falsePositives: PasteOutcome[];
  /** Of the top-1 answers, those given as possibilities from frames alone. */
  top1FromFrames: number;
  /** Pastes with no runbook that were offered possibilities (never matches). */
  negativesWithPossibilities: number;
}

export function evaluate(corpus: readonly WildPaste[], index: CompiledIndex): Evaluation {
  const outcomes = corpus.map((paste): PasteOutcome => {
    const result = matchText(paste.text, index);
    const ranked = result.matches.map((m) => m.slug);
    const possible = result.possibilities.map((p) => p.slug);
    const answer = ranked.length > 0 ? ranked : possible;
    return { paste, ranked, possible, rank: paste.expected ? answer.indexOf(paste.expected) + 1 : 0 };
  });
  const positives = outcomes.filter((o) => o.paste.expected);
  const negatives = outcomes.filter((o) => !o.paste.expected);
  return {
    outcomes,
    positives: positives.length,
    top1: positives.filter((o) => o.rank === 1).length,
    mrr: positives.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / Math.max(1, positives.length),
    wrong: positives.filter((o) => o.ranked.length > 0 && o.rank !== 1),
    negatives: negatives.length,
    falsePositives: negatives.filter((o) => o.ranked.length > 0),
    top1FromFrames: positives.filter((o) => o.rank === 1 && o.ranked.length === 0).length,
    negativesWithPossibilities: negatives.filter((o) => o.possible.length > 0).length,
  };
}
