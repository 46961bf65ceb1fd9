import type { CompiledRunbook } from "./compile.ts";

/**
 * The Markdown a maintainer pastes into an issue thread: what failed, why in
 * one line, the safest fix, and the link. Shared by the CLI and the page.
 */
export function issueReply(runbook: Pick<CompiledRunbook, "title" | "cause" | "url" | "topFix">, origin: string): string {
  const url = new URL(runbook.url, origin).href;
  const fixUrl = new URL(runbook.topFix.url, origin).href;
  return [
    `This looks like **${runbook.title}**.`,
    "",
    `Cause: ${runbook.cause}`,
    "",
    `Safest fix: [${runbook.topFix.title}](${fixUrl})`,
    "",
    `Details, other fixes and the versions affected: ${url}`,
    "",
  ].join("\n");
}
