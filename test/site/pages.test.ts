import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SECTIONS } from "../../src/site/runbook-view.ts";
import { content } from "../support/content.ts";
import { SITE_DIR } from "../support/site-dir.ts";

const read = (path: string) => readFileSync(join(SITE_DIR, path), "utf8");

describe("built site", () => {
  it.each(content.runbooks.map((r) => r.slug))("serves /runbooks/%s/ with every fixed section anchor", (slug) => {
    const html = read(`runbooks/${slug}/index.html`);
    const rb = content.runbooks.find((r) => r.slug === slug)!.data;
    const expected = ["signatures", "cause", "fixes", "hardware", "pins", "examples", "sources"];
    if (rb.wrong.length) expected.push("wrong");
    if (rb.related.length) expected.push("related");
    for (const id of expected) expect(html, `#${id} on ${slug}`).toContain(`id="${id}"`);
    for (const fix of rb.fixes) expect(html).toContain(`id="fix-${fix.id}"`);
    for (const ex of rb.examples) expect(html).toContain(`id="example-${ex.id}"`);
    for (const pin of rb.pins) expect(html).toContain(`id="pin-${pin.id}"`);
    expect(html).toContain("data-pagefind-body");
  });

  it("keeps section ids that are part of the URL contract", () => {
    expect(Object.keys(SECTIONS)).toEqual(["signatures", "cause", "fixes", "wrong", "hardware", "pins", "examples", "related", "sources"]);
  });

  it("resolves every internal link and fragment on the runbook pages", () => {
    const ids = new Map<string, Set<string>>();
    const pageIds = (slug: string) => {
      if (!ids.has(slug)) ids.set(slug, new Set([...read(`runbooks/${slug}/index.html`).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!)));
      return ids.get(slug)!;
    };
    for (const { slug } of content.runbooks) {
      const html = read(`runbooks/${slug}/index.html`);
      for (const [, href] of html.matchAll(/href="(\/[^"]*|#[^"]*)"/g)) {
        const [path, fragment] = href!.startsWith("#") ? [`/runbooks/${slug}/`, href!.slice(1)] : href!.split("#");
        const target = path!.match(/^\/runbooks\/([^/]+)\/$/);
        if (target) {
          expect(existsSync(join(SITE_DIR, path!, "index.html")), `${slug} links ${href}`).toBe(true);
          if (fragment) expect(pageIds(target[1]!), `${slug} links ${href}`).toContain(fragment);
        } else if (!path!.startsWith("/pagefind/")) {
          const file = path!.endsWith("/") ? join(path!, "index.html") : path!;
          expect(existsSync(join(SITE_DIR, file)), `${slug} links ${href}`).toBe(true);
        }
      }
    }
  });

  it("indexes the runbook pages with Pagefind, not the site chrome", () => {
    expect(existsSync(join(SITE_DIR, "pagefind/pagefind.js"))).toBe(true);
    const home = read("index.html");
    expect(home).not.toContain("data-pagefind-body");
  });

  it("lists every runbook on the home page", () => {
    const home = read("index.html");
    for (const { slug } of content.runbooks) expect(home).toContain(`href="/runbooks/${slug}/"`);
  });
});
