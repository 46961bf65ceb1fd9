import { Marked } from "marked";
import { highlight } from "./highlight.ts";
import { sanitizeHtmlFragment } from "./sanitize.ts";

// Frontmatter fields such as fix steps are Markdown; render them like the MDX body. They come
// from contributors, so the HTML goes through the sanitizer (src/site/sanitize.ts) every time:
// nothing rendered here reaches a page unsanitized.
const marked = new Marked({
  async: false,
  gfm: true,
  renderer: {
    code({ text, lang }) {
      return highlight(text, lang ?? "text");
    },
  },
});

export function renderMarkdown(source: string): string {
  return sanitizeHtmlFragment(marked.parse(source) as string);
}

export function renderInline(source: string): string {
  return sanitizeHtmlFragment(marked.parseInline(source) as string);
}
