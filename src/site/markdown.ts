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
    // HTML written in a field is text: authors write placeholders such as <model-name> or
    // "<a token with access>" and mean them literally. Only Markdown makes markup.
    html({ text }) {
      return escapeHtml(text);
    },
    // A page loads nothing from other hosts; an image in a field becomes a link to it.
    image({ href, text }) {
      return `<a href="${escapeHtml(href)}">${escapeHtml(text || href)}</a>`;
    },
  },
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function renderMarkdown(source: string): string {
  return sanitizeHtmlFragment(marked.parse(source) as string);
}

export function renderInline(source: string): string {
  return sanitizeHtmlFragment(marked.parseInline(source) as string);
}
