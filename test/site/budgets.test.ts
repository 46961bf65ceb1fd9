import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUDGETS } from "../../scripts/lib/budgets.ts";
import { weighRunbookPage } from "../../scripts/lib/runbook-page-weight.ts";
import { content } from "../support/content.ts";
import { SITE_DIR } from "../support/site-dir.ts";

const read = (path: string) => readFileSync(join(SITE_DIR, path));
const weigh = (slug: string) => weighRunbookPage(SITE_DIR, slug);
const BUDGET = BUDGETS.runbookPage;

describe("runbook page budgets", () => {
  it.each(content.runbooks.map((r) => r.slug))("%s stays within 25 kB HTML, 10 kB CSS and 5 kB JS (gzipped)", (slug) => {
    const w = weigh(slug);
    expect(w.html).toBeLessThanOrEqual(BUDGET.html);
    expect(w.css).toBeLessThanOrEqual(BUDGET.css);
    expect(w.js).toBeLessThanOrEqual(BUDGET.js);
  });

  it("loads no script module on a runbook page (only the inline copy and shortcut handlers)", () => {
    for (const { slug } of content.runbooks) expect(weigh(slug).external).toEqual([]);
  });

  it("references no other host from any page", () => {
    for (const page of [
      "index.html",
      "match/index.html",
      "search/index.html",
      "404.html",
      ...content.runbooks.map((r) => `runbooks/${r.slug}/index.html`),
    ]) {
      const html = read(page).toString();
      const assets = [
        ...html.matchAll(/<(?:script|img|iframe)[^>]+src="([^"]+)"/g),
        ...html.matchAll(/<link rel="(?:stylesheet|preload|modulepreload|icon)"[^>]+href="([^"]+)"/g),
      ].map((m) => m[1]!);
      for (const asset of assets) expect(asset, `${page} loads ${asset}`).toMatch(/^\/(?!\/)|^data:|^#/);
    }
  });
});
