import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { SITE_DIR } from "./site-dir.ts";
import { serveStatic } from "./static-server.ts";

/**
 * The test build served on loopback, and a connection to the run's shared Chromium (test/support/shared-browser.ts),
 * for one test file; both closed after it, with every context the file opened.
 */
export function openBuiltSite(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    site = await serveStatic(SITE_DIR);
    browser = await chromium.connect(inject("chromiumEndpoint"));
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get origin() {
      return site!.origin;
    },
  };
}
