import { Marked, type Token } from "marked";
import { normalizeLabel, undefinedReferences } from "./mdx-body.ts";
import type { Runbook } from "./runbook.ts";

/** A frontmatter field whose text is Markdown (or may be rendered as Markdown), by its path. */
export interface MarkdownField {
  field: string;
  source: string;
}

/**
 * The prose fields of a runbook: title, summary and cause, fix titles, steps, costs and
 * `when.case`, wrong advice (claim and why), notes, tells and source titles. The site renders some as Markdown (src/site/markdown.ts, sanitized) and some
 * as text; all are held to the same rules, so a field can move to Markdown without a new hole.
 */
export function markdownFields(data: Runbook): MarkdownField[] {
  const fields: MarkdownField[] = [];
  const add = (field: string, source: string | undefined) => source !== undefined && fields.push({ field, source });
  add("title", data.title);
  add("summary", data.summary);
  add("cause", data.cause);
  add("hardware.distributed", data.hardware.distributed);
  data.fixes.forEach((fix, i) => {
    add(`fixes[${i}].title`, fix.title);
    add(`fixes[${i}].steps`, fix.steps);
    add(`fixes[${i}].cost`, fix.cost);
    add(`fixes[${i}].when.case`, fix.when?.case);
  });
  data.wrong.forEach((w, i) => {
    add(`wrong[${i}].claim`, w.claim);
    add(`wrong[${i}].why`, w.why);
  });
  data.hardware.notes.forEach((note, i) => add(`hardware.notes[${i}]`, note));
  data.examples.forEach((e, i) => add(`examples[${i}].note`, e.note));
  data.pins.forEach((p, i) => add(`pins[${i}].note`, p.note));
  data.signatures.forEach((s, i) => add(`signatures[${i}].note`, s.note));
  data.related.forEach((r, i) => add(`related[${i}].tell`, r.tell));
  data.sources.forEach((s, i) => add(`sources[${i}].title`, s.title));
  return fields;
}

export interface MarkdownScan {
  /** Link and image targets as marked resolves them (inline, titled, reference-style, autolinks). */
  links: string[];
  /** References ([text][label]) with no definition: marked shows them as plain text. */
  undefinedReferences: string[];
}

// The same GFM parser the site renders with, without its highlighter.
const marked = new Marked({ async: false, gfm: true });

/** What a Markdown field links to, and the references it leaves undefined, as the site's renderer sees them. */
export function scanMarkdown(source: string): MarkdownScan {
  const scan: MarkdownScan = { links: [], undefinedReferences: [] };
  const tokens = marked.lexer(source);
  const definitions = new Set(Object.keys(tokens.links).map(normalizeLabel));
  marked.walkTokens(tokens, (token: Token) => {
    if (token.type === "link" || token.type === "image") scan.links.push(token.href);
    else if (token.type === "text" && !("tokens" in token && token.tokens?.length))
      scan.undefinedReferences.push(...undefinedReferences(token.text, definitions));
  });
  // Definitions that no link uses are still targets an author meant; check them too.
  for (const { href } of Object.values(tokens.links)) scan.links.push(href);
  return scan;
}
