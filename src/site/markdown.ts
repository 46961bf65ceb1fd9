import { Marked } from "marked";
import { highlight } from "./highlight.ts";

// Frontmatter fields such as fix steps are Markdown; render them like the MDX body.
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
  return marked.parse(source) as string;
}

export function renderInline(source: string): string {
  return marked.parseInline(source) as string;
}
