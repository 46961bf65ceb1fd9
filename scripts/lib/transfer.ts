import type { Browser, BrowserContext, Page } from "playwright-core";

/**
 * Transfer measured from the browser's own network events: each finished request's
 * response headers and body as they came over the wire (compressed where the server
 * compressed them), including the requests the matcher's worker makes.
 */

interface Received {
  path: string;
  bytes: number;
}

class NetworkLog {
  readonly received: Received[] = [];
  private pending: Promise<void>[] = [];
  private inFlight = 0;
  private lastActivity = performance.now();

  constructor(context: BrowserContext) {
    const done = () => {
      this.inFlight = Math.max(0, this.inFlight - 1);
      this.lastActivity = performance.now();
    };
    context.on("request", () => {
      this.inFlight++;
      this.lastActivity = performance.now();
    });
    context.on("requestfailed", done);
    context.on("requestfinished", (request) => {
      done();
      this.pending.push(
        request.sizes().then((sizes) => {
          this.received.push({ path: new URL(request.url()).pathname, bytes: sizes.responseHeadersSize + sizes.responseBodySize });
        }),
      );
    });
  }

  /**
   * Wait until nothing has been requested or answered for half a second with no request in flight, then
   * for the sizes of what came. The context's own requests are counted, the worker's included: Playwright's
   * "networkidle" is a page's load-time event, not a state it re-checks after a search or a paste. A request
   * for the script of a worker that a newer query ended before it loaded (/search/'s search-worker.js, seen
   * under load) never finishes nor fails, so after 3 s of quiet the ones still open are let go.
   */
  async settle(page: Page): Promise<void> {
    for (;;) {
      const quiet = performance.now() - this.lastActivity;
      if (quiet >= 500 && (this.inFlight === 0 || quiet >= 3000)) break;
      await page.waitForTimeout(100);
    }
    this.inFlight = 0;
    await Promise.all(this.pending);
  }

  mark(): number {
    return this.received.length;
  }

  since(mark: number, under: string, except: (path: string) => boolean = () => false): { bytes: number; files: string[] } {
    const list = this.received.slice(mark).filter((r) => r.path.startsWith(under) && !except(r.path));
    return { bytes: list.reduce((n, r) => n + r.bytes, 0), files: list.map((r) => r.path) };
  }
}

export interface MatchTransfer {
  /** The top match, to show the measurement is of a real answer. */
  top: string | undefined;
  /** Signature data (manifest and shards) fetched for this first paste. */
  bytes: number;
  files: string[];
  /** Signature data fetched when the same text is pasted again: the shards are cached. */
  againBytes: number;
}

/** Open /match/ in a fresh browser context, paste `text`, and weigh what the paste fetched. */
export async function firstMatchTransfer(browser: Browser, origin: string, text: string): Promise<MatchTransfer> {
  const context = await browser.newContext();
  const log = new NetworkLog(context);
  const page = await context.newPage();
  await page.goto(`${origin}/match/`);
  await log.settle(page);
  const paste = async () => {
    const before = await page.evaluate(() => document.body.dataset.matched ?? "0");
    await page.evaluate((t) => {
      (document.querySelector("#paste") as HTMLTextAreaElement).value = t;
      (document.querySelector("#match-form") as HTMLFormElement).requestSubmit();
    }, text);
    await page.waitForFunction((b) => (document.body.dataset.matched ?? "0") !== b, before);
    await log.settle(page);
  };
  const mark = log.mark();
  await paste();
  const top = await page.evaluate(() => document.querySelector<HTMLAnchorElement>("#match-results .result h2 a")?.pathname);
  const first = log.since(mark, "/signatures/");
  const again = log.mark();
  await paste();
  await context.close();
  return { top, ...first, againBytes: log.since(again, "/signatures/").bytes };
}

export interface SearchTransfer {
  query: string;
  results: number;
  /** The first result's path. */
  top: string | undefined;
  /** Index data: Pagefind's metadata, filters, index chunks and result excerpts. */
  bytes: number;
  /** Pagefind's program (its JS and wasm): the same size for any content, loaded once with the page. */
  runtimeBytes: number;
  /** What was fetched, by kind: index chunks, fragments (one per result excerpt), metadata, filters. */
  files: string[];
}

/** Pagefind's code rather than its index: fixed by the Pagefind version, not by how many runbooks there are. */
export function isPagefindRuntime(path: string): boolean {
  return /^\/pagefind\/(pagefind(-worker|-highlight)?\.js|wasm\.[\w-]+\.pagefind)$/.test(path);
}

/**
 * Open /search/ in a fresh browser context and run the queries one after another. The first
 * query counts all index data Pagefind fetched since the page opened (its metadata and
 * filters load with the page), each later query what it added. Pagefind's program is counted
 * apart: it loads with the page and does not grow with the content.
 */
export async function searchTransfers(browser: Browser, origin: string, queries: readonly string[]): Promise<SearchTransfer[]> {
  const context = await browser.newContext();
  const log = new NetworkLog(context);
  const page = await context.newPage();
  let mark = log.mark();
  await page.goto(`${origin}/search/`);
  const out: SearchTransfer[] = [];
  for (const query of queries) {
    const before = await page.evaluate(() => document.body.dataset.searched ?? "0");
    await page.fill("#search-q", query);
    await page.press("#search-q", "Enter");
    await page.waitForFunction((b) => (document.body.dataset.searched ?? "0") !== b, before);
    await log.settle(page);
    const results = await page.locator("#search-results li").count();
    const top = await page.evaluate(() => document.querySelector<HTMLAnchorElement>("#search-results a.result-link")?.pathname);
    const data = log.since(mark, "/pagefind/", isPagefindRuntime);
    out.push({
      query,
      results,
      top,
      bytes: data.bytes,
      files: data.files,
      runtimeBytes: log.since(mark, "/pagefind/").bytes - log.since(mark, "/pagefind/", isPagefindRuntime).bytes,
    });
    mark = log.mark();
  }
  await context.close();
  return out;
}
