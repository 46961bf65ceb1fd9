import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { content } from "../support/content.ts";
import { SITE_DIR } from "../support/site-dir.ts";

// Page-weight budgets for a runbook page, gzipped: what a reader on a slow link pays before reading.
const BUDGET = { html: 25 * 1024, css: 10 * 1024, js: 5 * 1024 };

const read = (path: string) => readFileSync(join(SITE_DIR, path));
const gz = (data: Buffer | string) => gzipSync(data).length;

/** What a runbook page loads before search is opened: its HTML, linked CSS, and scripts (inline and external). */
function weigh(slug: string) {
  const html = read(`runbooks/${slug}/index.html`).toString();
  const css = [...html.matchAll(/<link rel="stylesheet" href="(\/[^"]+)"/g)].map((m) => read(m[1]!).toString());
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const external = [...html.matchAll(/<script[^>]*\ssrc="(\/[^"]+)"/g)].map((m) => read(m[1]!).toString());
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return { html: gz(html), css: gz([...css, ...inlineCss].join("\n")), js: gz([...external, ...inline].join("\n")), external };
}

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
