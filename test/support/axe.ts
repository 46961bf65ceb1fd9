import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe-core's violations on a page, run in the page itself. @axe-core/playwright does the same work in
 * three to five times the time: it runs each frame's part apart and joins them in a blank page it opens for
 * that. Our pages have no frames, and this refuses one that has, rather than leave it unchecked.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<AxeResults["violations"]> {
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames, which axeViolations does not check`);
  // Once per document: a page checked in light and then in dark keeps the axe it was given.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (only) =>
      (window as unknown as { axe: typeof import("axe-core") }).axe
        .run(document, { resultTypes: ["violations"], ...(only ? { runOnly: { type: "rule", values: only } } : {}) })
        .then((r) => r.violations),
    rules,
  );
}
