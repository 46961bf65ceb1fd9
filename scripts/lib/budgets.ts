/**
 * What a reader pays, in compressed bytes. `npm test` holds the real site to these and
 * `npm run scale` the generated one, so the figures cannot drift apart unnoticed.
 */
export const BUDGETS = {
  /** A runbook page before search is opened: HTML, its CSS and its scripts, each gzipped. */
  runbookPage: { html: 25 * 1024, css: 10 * 1024, js: 5 * 1024 },
  /** The home page, all of it (HTML, CSS and scripts, gzipped): it lists a few runbooks per category, so it holds at 1,000. */
  homePage: 30 * 1024,
  /** Signature data (manifest and shards) fetched before the first result of a paste. */
  firstMatch: 100 * 1024,
  /** Pagefind's index data (metadata, filters, chunks, excerpts) fetched before the first query's results show. */
  firstSearch: 150 * 1024,
  /** What each later query fetches. */
  laterSearch: 100 * 1024,
  /** Pagefind's program (JS and wasm), which the search page loads whatever the content. */
  searchRuntime: 80 * 1024,
} as const;

export function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
