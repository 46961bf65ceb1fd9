/**
 * The log in an issue's Markdown, line for line, so that "line 12" in an answer is line 12 of the
 * text the reporter wrote. Tracebacks come in fenced code (``` or ~~~), inside <details> blocks, or
 * pasted as plain text: their lines stay as written. The scaffolding around them becomes blank lines:
 * fence lines (a message glued to "```" would read as a longer message), the <details>, <summary>
 * and <pre> tags, and HTML comments, where issue templates keep their instructions (and their
 * made-up example errors, which must not be answered).
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TAG_ONLY = /^\s*(?:<\/?(?:details|summary|pre|code)(?:\s[^>]*)?>\s*)+$/i;
const INLINE_TAGS = /<\/?(?:details|summary|pre)(?:\s[^>]*)?>/gi;

export function logFromMarkdown(markdown: string): string {
  const text = markdown.replace(/\r\n?/g, "\n").replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ""));
  let fence: string | undefined;
  return text
    .split("\n")
    .map((line) => {
      const opening = FENCE.exec(line)?.[1];
      if (fence) {
        // A fence closes on a run of its own character at least as long, and nothing after it.
        if (opening && opening[0] === fence[0] && opening.length >= fence.length && line.trim() === opening) {
          fence = undefined;
          return "";
        }
        return line;
      }
      if (opening) {
        fence = opening;
        return "";
      }
      if (TAG_ONLY.test(line)) return "";
      return line.replace(INLINE_TAGS, "");
    })
    .join("\n");
}
