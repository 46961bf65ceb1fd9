import type { Match } from "../matcher/rank.ts";
import { matchReply } from "../matcher/reply.ts";
import type { Subject } from "./event.ts";

/**
 * The comment the Action posts: the matcher's reply (the runbook, the fix that fits, the evidence
 * lines in a code block, the version verdicts) under a hidden marker that names what it answers, so
 * that a later run finds and edits it instead of adding another.
 *
 * The issue's text is untrusted. Only the evidence lines are quoted, and only inside the reply's
 * code block, whose fence no pasted backticks can close; they are cut and stripped of control
 * characters first. Outside the code block the text is the runbook's own, and even there an @ is
 * kept from mentioning anyone.
 */

/** What an answer's hidden first line says: the text it answers, and the runbook it named (none once withdrawn). */
export interface Marker {
  /** "issue", or "comment-<id>". */
  answers: string;
  runbook?: string;
}

const MARKER = /^<!-- tracebook:answer for=(issue|comment-\d+)(?: runbook=([a-z0-9-]+))? -->\n/;

export function answers(subject: Pick<Subject, "comment">): string {
  return subject.comment ? `comment-${subject.comment}` : "issue";
}

function markerLine(subject: Pick<Subject, "comment">, runbook?: string): string {
  return `<!-- tracebook:answer for=${answers(subject)}${runbook ? ` runbook=${runbook}` : ""} -->`;
}

/** The marker at the start of a comment body, if it is one of the Action's answers. */
export function markerOf(body: string | undefined): Marker | undefined {
  const m = MARKER.exec(body ?? "");
  return m ? { answers: m[1]!, ...(m[2] ? { runbook: m[2] } : {}) } : undefined;
}

export function answerComment(match: Match, site: string, subject: Subject): string {
  const quoted = { ...match, evidence: match.evidence.map((e) => ({ ...e, text: plainLine(e.text) })) };
  const where = subject.comment ? "this comment" : "this issue";
  return [
    markerLine(subject, match.slug),
    neutralizeOutsideCode(matchReply(quoted, site)).trimEnd(),
    "",
    `<sub>Answered by [tracebook](${new URL("/", site).href}) from the log in ${where}; it updates this answer when ${where} is edited. Not the right runbook? Say so in this thread, so a maintainer can correct it.</sub>`,
    "",
  ].join("\n");
}

/** What is left of an earlier answer when the edited text no longer shows a failure tracebook knows. */
export function withdrawnComment(subject: Subject): string {
  const where = subject.comment ? "comment" : "issue";
  return `${markerLine(subject)}\n<sub>tracebook answered an earlier version of this ${where}; the ${where} as it is now shows no failure it knows.</sub>\n`;
}

// Control characters, line and paragraph separators and bidi marks: nothing in a quoted line may start a line of its own or reorder it.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function plainLine(text: string): string {
  return text.replace(UNPRINTABLE, "\ufffd");
}

/** `@name` outside code blocks becomes `@&#8203;name`: it reads the same and notifies no one. */
export function neutralizeOutsideCode(markdown: string): string {
  let fence: string | undefined;
  return markdown
    .split("\n")
    .map((line) => {
      const run = /^(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (run && run[0] === fence[0] && run.length >= fence.length && line.trim() === run) fence = undefined;
        return line;
      }
      if (run) {
        fence = run;
        return line;
      }
      return line.replace(/(^|[^\w`])@(?=[A-Za-z0-9])/g, "$1@&#8203;");
    })
    .join("\n");
}
