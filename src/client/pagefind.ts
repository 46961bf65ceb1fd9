// Pagefind's browser API, loaded from the site's own /pagefind/ bundle on first use, and the
// error-message-aware search both the search page and the matcher page use. Result links are
// the pages' own URLs: no highlight parameter, so no searched word goes into a request.
import { pagefindTerms, searchQueries } from "../search/queries.ts";

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
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loaded: Promise<Pagefind> | undefined;

export function pagefind(): Promise<Pagefind> {
  // The path is built at run time so the bundler leaves the site's own file alone.
  const url = ["", "pagefind", "pagefind.js"].join("/");
  loaded ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 24 });
    return pf;
  });
  return loaded;
}

export interface ErrorSearch {
  /** The query that found something, as shown to the user. */
  query: string;
  /** The words Pagefind was asked for (see pagefindTerms). */
  terms: string;
  total: number;
  hits: PagefindHit[];
  /** Loads the next results' excerpts: each is a fragment fetch, so only what is shown is loaded. */
  more(count: number): Promise<PagefindHit[]>;
}

/**
 * Try the queries in turn (the user's words, then the error's message, key terms and type) until
 * one finds runbooks. `text` is a short message; a paste goes through the search page's worker,
 * which passes its queries here.
 */
export async function searchErrors(
  text: string,
  filters: Record<string, string> = {},
  limit = 4,
  queries: readonly string[] = searchQueries(text),
): Promise<ErrorSearch | undefined> {
  const pf = await pagefind();
  const asked = new Set<string>();
  for (const query of queries) {
    const terms = pagefindTerms(query);
    if (asked.has(terms)) continue;
    asked.add(terms);
    const { results } = await pf.search(terms, { filters });
    if (results.length === 0) continue;
    let shown = 0;
    const more = async (count: number) => {
      const next = results.slice(shown, shown + count);
      shown += next.length;
      return Promise.all(next.map((r) => r.data()));
    };
    const hits = await more(limit);
    // A one-line message is compared whole (Pagefind was asked for two of its words).
    return { query, terms, total: results.length, hits: byTitle(hits, !text.includes("\n") && text.length <= 400 ? text : query), more };
  }
  return undefined;
}

const words = (text: string) => new Set(text.toLowerCase().match(/[\w.:]+/g) ?? []);

/**
 * Runbook titles are error messages. Among the results shown first, those whose title shares
 * more of the message's words lead ("… cpu and cuda:0!" before "… cuda:6 and cuda:7!", which
 * Pagefind, asked for "Expected device", ranks alike); ties keep Pagefind's order.
 */
export function byTitle(hits: PagefindHit[], message: string): PagefindHit[] {
  const wanted = words(message);
  const shared = (hit: PagefindHit) => [...words(hit.meta.title ?? "")].filter((w) => wanted.has(w)).length;
  return hits
    .map((hit, i) => ({ hit, i, n: shared(hit) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map(({ hit }) => hit);
}
