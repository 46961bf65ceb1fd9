import { renderInline } from "./markdown.ts";

/** A Markdown field as plain text, for the places HTML cannot go: <title>, meta descriptions, search metadata. */
export function plainText(markdown: string): string {
  return renderInline(markdown)
    .replace(/<[^>]*>/g, "")
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e]!);
}
