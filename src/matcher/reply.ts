import type { CompiledRunbook } from "./compile.ts";
import type { Possibility } from "./frames-only.ts";
import type { Match } from "./rank.ts";
import { BASIS_WORDS, strengthOf } from "./strength.ts";

/**
 * The Markdown a maintainer pastes into an issue thread. For a runbook alone (its page): what
 * failed, why in one line, the safest fix and the link. For a matched log (the matcher page, the
 * CLI, the GitHub Action): the same, leading with the fix that fits this log, the lines of the
 * log it rests on and the version verdicts. Pasted text appears only inside a code block.
 */

/** Evidence lines quoted at most, each cut to this many characters. */
const MAX_QUOTED_LINES = 8;
const MAX_QUOTED_CHARS = 200;

export function issueReply(runbook: Pick<CompiledRunbook, "title" | "cause" | "url" | "fixes">, origin: string): string {
  const fix = runbook.fixes[0]!;
  return [
    `This looks like **${runbook.title}**.`,
    "",
    `Cause: ${runbook.cause}`,
    "",
    `Safest fix: [${fix.title}](${new URL(fix.url, origin).href})`,
    "",
    `Details, other fixes and the versions affected: ${new URL(runbook.url, origin).href}`,
    "",
  ].join("\n");
}

export function matchReply(match: Match, origin: string): string {
  const lines = [
    `This looks like **${match.title}** (${strengthOf(match)}: ${BASIS_WORDS[match.basis]} matched).`,
    "",
    `Cause: ${match.cause}`,
    "",
    match.fix.because.length > 0
      ? `Fix that fits this log: [${match.fix.title}](${new URL(match.fix.url, origin).href}), because ${match.fix.because.join(" and ")}.`
      : `Fix to try first: [${match.fix.title}](${new URL(match.fix.url, origin).href})`,
    "",
    "The lines of the log it rests on:",
    "",
    ...codeBlock(uniqueLines(match.evidence)),
  ];
  if (match.versions.length > 0) {
    lines.push(
      "",
      "Versions in the log:",
      "",
      ...match.versions.map((v) => `- ${v.message} (${v.pins.map((p) => p.evidence).join(", ") || "no pin"})`),
    );
  }
  lines.push("", `Details, other fixes and the versions affected: ${new URL(match.url, origin).href}`, "");
  return lines.join("\n");
}

/** For a paste cut before its message: what the frames suggest, and what to paste next. */
export function possibilitiesReply(possibilities: readonly Possibility[], origin: string): string {
  return [
    "The log ends before the error message, so this is only a guess from the traceback's frames. Possibly:",
    "",
    ...possibilities.map((p) => `- [${p.title}](${new URL(p.url, origin).href})`),
    "",
    "Please paste the last lines of the log, where the exception type and message are.",
    "",
  ].join("\n");
}

function uniqueLines(evidence: Match["evidence"]): string[] {
  const seen = new Map<number, string>();
  for (const e of evidence) if (!seen.has(e.line)) seen.set(e.line, e.text);
  return [...seen]
    .sort((a, b) => a[0] - b[0])
    .slice(0, MAX_QUOTED_LINES)
    .map(([line, text]) => `${String(line).padStart(5)} | ${text.trim().slice(0, MAX_QUOTED_CHARS)}`);
}

/** A fence longer than any run of backticks inside, so pasted text can never close it early. */
export function codeBlock(lines: readonly string[]): string[] {
  const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
  const fence = "`".repeat(longest + 1);
  return [`${fence}text`, ...lines, fence];
}
