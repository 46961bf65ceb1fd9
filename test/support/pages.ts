import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll } from "vitest";

/** The runbook the page tests open when any runbook will do. */
export const SEED = "torch-load-mmap-string-filename";

/** Every kind of page, and how to bring it to the state a reader sees. */
export const PAGE_TYPES: Record<string, { path: string; ready?: (page: Page) => Promise<unknown> }> = {
  home: { path: "/" },
  runbook: { path: `/runbooks/${SEED}/` },
  category: { path: "/categories/checkpoint-files/" },
  framework: { path: "/frameworks/transformers/" },
  matcher: { path: "/match/" },
  "matcher-answer": {
    path: "/match/",
    ready: async (page) => {
      await page.click("#try-example");
      await page.waitForSelector("#match-results .result");
    },
  },
  "matcher-no-match": {
    path: "/match/",
    ready: async (page) => {
      await page.fill("#paste", readFileSync("test/fixtures/logs/negative-device-map-gpu-string.txt", "utf8"));
      await page.waitForSelector("#match-results .no-match");
    },
  },
  search: { path: "/search/#q=meta%20tensor", ready: (page) => page.waitForSelector("#search-results a.result-link") },
  contribute: { path: "/contribute/" },
  "not-found": { path: "/no-such-page/" },
};

export type Look = { width?: number; height?: number; theme?: "light" | "dark"; clipboard?: boolean };

/**
 * Browser contexts for one test file, one per viewport, theme and permission set, shared by the tests
 * that need it (a context costs a second, a page in it little), and closed after the file.
 */
export function sharedContexts(site: { readonly browser: Browser; readonly origin: string }) {
  const contexts = new Map<string, Promise<BrowserContext>>();
  afterAll(async () => {
    for (const context of contexts.values()) await (await context).close().catch(() => undefined);
  });
  function contextFor(look: Look): Promise<BrowserContext> {
    const key = JSON.stringify([look.width ?? 1280, look.height ?? 800, look.theme ?? "light", look.clipboard ?? false]);
    let context = contexts.get(key);
    if (!context) {
      context = site.browser.newContext({
        viewport: { width: look.width ?? 1280, height: look.height ?? 800 },
        colorScheme: look.theme ?? "light",
        ...(look.clipboard ? { permissions: ["clipboard-read", "clipboard-write"] } : {}),
      });
      contexts.set(key, context);
    }
    return context;
  }
  const tabs = new Map<BrowserContext, Promise<Page>>();
  /**
   * A runbook or static page, loaded (its scripts are module scripts, which have run by the load event) in the
   * look's one tab: each visit replaces the last page, as following a link does, and costs less than a new tab.
   * A test that adds listeners to a page or needs a fresh one opens its own.
   */
  async function visit(path: string, look: Look = {}): Promise<Page> {
    const context = await contextFor(look);
    let tab = tabs.get(context);
    if (!tab) tabs.set(context, (tab = context.newPage()));
    const page = await tab;
    await page.goto(site.origin + path);
    return page;
  }
  return { contextFor, visit };
}
