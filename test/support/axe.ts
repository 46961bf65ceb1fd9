import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { BrowserContext, Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const installed = new WeakSet<BrowserContext>();

/**
 * Give every page the context opens axe-core as it loads. An init script costs about half of handing axe to
 * each page after it loaded (300 ms less a page here): the browser is sent the source once, not per page.
 */
export async function installAxe(context: BrowserContext): Promise<BrowserContext> {
  if (!installed.has(context)) {
    installed.add(context);
    await context.addInitScript({ content: AXE_SOURCE });
  }
  return context;
}

/**
 * axe-core's violations on a page, run in the page itself. @axe-core/playwright does the same work in
 * three to five times the time: it runs each frame's part apart and joins them in a blank page it opens for
 * that. Our pages have no frames, and this refuses one that has, rather than leave it unchecked.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<AxeResults["violations"]> {
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames, which axeViolations does not check`);
  // A page whose context has no installAxe gets axe now, once: checked in light and then in dark, it keeps it.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (only) =>
      (window as unknown as { axe: typeof import("axe-core") }).axe
        .run(document, { resultTypes: ["violations"], ...(only ? { runOnly: { type: "rule", values: only } } : {}) })
        .then((r) => r.violations),
    rules,
  );
}
