import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { BUDGETS } from "../../scripts/lib/budgets.ts";
import { weighPage, weighRunbookPage } from "../../scripts/lib/runbook-page-weight.ts";
import { content } from "../support/content.ts";
import { SITE_DIR } from "../support/site-dir.ts";

const read = (path: string) => readFileSync(join(SITE_DIR, path));
const weigh = (slug: string) => weighRunbookPage(SITE_DIR, slug);
const BUDGET = BUDGETS.runbookPage;

/** Every HTML page of the build. */
function htmlPages(dir = SITE_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlPages(join(dir, e.name)) : e.name.endsWith(".html") ? [relative(SITE_DIR, join(dir, e.name))] : [],
  );
}

describe("page budgets", () => {
  it.each(content.runbooks.map((r) => r.slug))("%s stays within 25 kB HTML, 10 kB CSS and 5 kB JS (gzipped)", (slug) => {
    const w = weigh(slug);
    expect(w.html).toBeLessThanOrEqual(BUDGET.html);
    expect(w.css).toBeLessThanOrEqual(BUDGET.css);
    expect(w.js).toBeLessThanOrEqual(BUDGET.js);
  });

  it("loads one script on a runbook page, the site's own (copy controls, contents, search box), and no inline script", () => {
    const scripts = new Set(content.runbooks.flatMap(({ slug }) => weigh(slug).external));
    expect(scripts.size).toBe(1);
    for (const { slug } of content.runbooks) expect(weigh(slug).inline).toBe(0);
  });

  it("the home page stays within 30 kB, all of it, gzipped (npm run scale holds it there at 1,000 runbooks)", () => {
    const home = weighPage(SITE_DIR, "index.html");
    expect(home.total).toBeGreaterThan(0);
    expect(home.total).toBeLessThanOrEqual(BUDGETS.homePage);
  });

  it("references no other host from any page", () => {
    for (const page of htmlPages()) {
      const html = read(page).toString();
      const assets = [
        ...html.matchAll(/<(?:script|img|iframe)[^>]+src="([^"]+)"/g),
        ...html.matchAll(/<link rel="(?:stylesheet|preload|modulepreload|icon)"[^>]+href="([^"]+)"/g),
      ].map((m) => m[1]!);
      for (const asset of assets) expect(asset, `${page} loads ${asset}`).toMatch(/^\/(?!\/)|^data:|^#/);
    }
  });
});

describe("the Content-Security-Policy", () => {
  it("every page carries it, and no page has an inline script or event handler it would have to allow", () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(content.runbooks.length);
    for (const page of pages) {
      const html = read(page).toString();
      expect(html, page).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval';/);
      expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g), `${page} has an inline script`).toBeNull();
      expect(html.match(/\son[a-z]+="/g), `${page} has an inline event handler`).toBeNull();
      expect(html, `${page} links javascript:`).not.toMatch(/href="javascript:/i);
    }
  });
});
