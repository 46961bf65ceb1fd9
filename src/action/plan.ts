import type { MatchResult } from "../matcher/rank.ts";
import { answerComment, answers, markerOf, withdrawnComment } from "./comment.ts";
import { isBot, type Subject } from "./event.ts";
import type { Comment } from "./github.ts";
import type { ActionInputs } from "./inputs.ts";

/**
 * What the Action does about one event, decided without touching GitHub: post an answer, edit its
 * earlier answer (found by the hidden marker, in a comment by a bot, never by guessing), withdraw
 * it when an edit took the failure away, label the issue, or nothing at all.
 */
export type Step =
  | { kind: "create"; body: string }
  | { kind: "update"; id: number; body: string }
  | { kind: "add-label"; label: string }
  | { kind: "remove-label"; label: string };

export interface Plan {
  /** The runbook answered with, if any. */
  runbook?: string;
  /** One line for the log: why these steps (or none). */
  why: string;
  steps: Step[];
}

/** GitHub refuses label names longer than this. */
const MAX_LABEL = 50;

export function confidentMatch(result: MatchResult, inputs: Pick<ActionInputs, "minConfidence">) {
  const [best] = result.matches;
  return best && best.confidence >= inputs.minConfidence ? best : undefined;
}

export function planAnswer(subject: Subject, result: MatchResult, inputs: ActionInputs, comments: readonly Comment[]): Plan {
  const ours = comments.filter((c) => isBot(c.user ?? undefined) && markerOf(c.body));
  const earlier = ours.find((c) => markerOf(c.body)!.answers === answers(subject));
  const match = confidentMatch(result, inputs);
  const labelled = new Set((subject.issue.labels ?? []).map((l) => (typeof l === "string" ? l : l.name)));
  const ownLabels = inputs.labelPrefix ? [...labelled].filter((l) => l.startsWith(inputs.labelPrefix)) : [];

  if (!match) {
    const best = result.matches[0];
    const why = best
      ? `the best match, ${best.slug}, has confidence ${best.confidence}, below min-confidence ${inputs.minConfidence}`
      : "no known runbook matches";
    if (!earlier) return { why: `${why}; staying silent`, steps: [] };
    const body = withdrawnComment(subject);
    const steps: Step[] = earlier.body === body ? [] : [{ kind: "update", id: earlier.id, body }];
    if (!subject.comment) steps.push(...ownLabels.map((label): Step => ({ kind: "remove-label", label })));
    return { why: `${why}; withdrawing the earlier answer`, steps };
  }

  // A thread where many say "same here" needs the runbook once: a comment is answered only with a runbook not named yet.
  if (subject.comment && !earlier && ours.some((c) => markerOf(c.body)!.runbook === match.slug)) {
    return { runbook: match.slug, why: `${match.slug} is already the answer in this thread`, steps: [] };
  }
  const body = answerComment(match, inputs.site, subject);
  const steps: Step[] = [];
  if (!earlier) steps.push({ kind: "create", body });
  else if (earlier.body !== body) steps.push({ kind: "update", id: earlier.id, body });
  if (inputs.labelPrefix) {
    const label = `${inputs.labelPrefix}${match.slug}`.slice(0, MAX_LABEL);
    if (!labelled.has(label)) steps.push({ kind: "add-label", label });
    if (!subject.comment) steps.push(...ownLabels.filter((l) => l !== label).map((l): Step => ({ kind: "remove-label", label: l })));
  }
  const why = `${match.slug} matches with confidence ${match.confidence} (min-confidence ${inputs.minConfidence})`;
  return { runbook: match.slug, why: steps.length > 0 ? why : `${why}; already answered as it is`, steps };
}
