import type { CompiledRunbook } from "./compile.ts";

/**
 * The Markdown a maintainer pastes into an issue thread: what failed, why in
 * one line, the fix, and the link. Shared by the CLI and the page. Without a
 * log the fix is the runbook's safest; a matched log passes the fix that fits it.
 */
export function issueReply(
  runbook: Pick<CompiledRunbook, "title" | "cause" | "url" | "fixes">,
  origin: string,
  fitting?: { title: string; url: string },
): string {
  const fix = fitting ?? runbook.fixes[0]!;
  const url = new URL(runbook.url, origin).href;
  const fixUrl = new URL(fix.url, origin).href;
  const label = fitting ? "Fix that fits this log" : "Safest fix";
  return [
    `This looks like **${runbook.title}**.`,
    "",
    `Cause: ${runbook.cause}`,
    "",
    `${label}: [${fix.title}](${fixUrl})`,
    "",
    `Details, other fixes and the versions affected: ${url}`,
    "",
  ].join("\n");
}
