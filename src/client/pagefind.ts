// Pagefind's browser API, loaded from the site's own /pagefind/ bundle on first use, and the
// error-message-aware search both the search page and the matcher page use.
import { searchQueries } from "../search/queries.ts";

export interface PagefindHit {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  data(): Promise<PagefindHit>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loaded: Promise<Pagefind> | undefined;

export function pagefind(): Promise<Pagefind> {
  // The path is built at run time so the bundler leaves the site's own file alone.
  const url = ["", "pagefind", "pagefind.js"].join("/");
  loaded ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options({ highlightParam: "highlight" });
    return pf;
  });
  return loaded;
}

/** Try the user's words, then the error's message, key terms and type, until one finds runbooks. */
export async function searchErrors(
  text: string,
  filters: Record<string, string> = {},
  limit = 10,
): Promise<{ query: string; total: number; hits: PagefindHit[] } | undefined> {
  const pf = await pagefind();
  for (const query of searchQueries(text)) {
    const { results } = await pf.search(query, { filters });
    if (results.length > 0) return { query, total: results.length, hits: await Promise.all(results.slice(0, limit).map((r) => r.data())) };
  }
  return undefined;
}
