import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORIES, FRAMEWORKS } from "../../src/schema/vocabulary.ts";
import { SECTIONS } from "../../src/site/runbook-view.ts";
import { content } from "../support/content.ts";
import { SITE_DIR } from "../support/site-dir.ts";

const read = (path: string) => readFileSync(join(SITE_DIR, path), "utf8");
const runbookPage = (slug: string) => read(`runbooks/${slug}/index.html`);

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#96;": "`", "&amp;": "&" };

/**
 * The text a reader sees of the Markdown fields: no markup, attribute values or code, and no
 * error message quoted verbatim (runbook titles and the index-only example messages), where a
 * backtick is the error's own.
 */
function proseText(html: string): string {
  let text = html
    .replace(/<div class="visually-hidden"[\s\S]*?<\/div>/g, " ")
    .replace(/<(script|style|template|pre|code|kbd|title)\b[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(lt|gt|quot|#39|#96|amp);/g, (e) => ENTITIES[e]!);
  for (const { data } of content.runbooks) text = text.split(data.title).join(" ");
  return text;
}

describe("built site", () => {
  it.each(content.runbooks.map((r) => r.slug))("serves /runbooks/%s/ with every fixed section anchor", (slug) => {
    const html = runbookPage(slug);
    const rb = content.runbooks.find((r) => r.slug === slug)!.data;
    const expected = ["triage", "signatures", "cause", "fixes", "hardware", "pins", "examples", "sources"];
    if (rb.wrong.length) expected.push("wrong");
    if (rb.related.length) expected.push("related");
    for (const id of expected) expect(html, `#${id} on ${slug}`).toContain(`id="${id}"`);
    for (const fix of rb.fixes) expect(html).toContain(`id="fix-${fix.id}"`);
    for (const ex of rb.examples) expect(html).toContain(`id="example-${ex.id}"`);
    for (const pin of rb.pins) expect(html).toContain(`id="pin-${pin.id}"`);
    expect(html).toContain("data-pagefind-body");
  });

  it("keeps section ids that are part of the URL contract, the answer first", () => {
    expect(Object.keys(SECTIONS)).toEqual([
      "triage",
      "fixes",
      "wrong",
      "signatures",
      "cause",
      "hardware",
      "pins",
      "examples",
      "related",
      "sources",
    ]);
  });

  it("resolves every internal link and fragment on every runbook, category and framework page", () => {
    const ids = new Map<string, Set<string>>();
    const pageIds = (slug: string) => {
      if (!ids.has(slug)) ids.set(slug, new Set([...runbookPage(slug).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!)));
      return ids.get(slug)!;
    };
    const pages = [
      ...content.runbooks.map((r) => `/runbooks/${r.slug}/`),
      "/",
      ...Object.keys(CATEGORIES).map((c) => `/categories/${c}/`),
      ...Object.keys(FRAMEWORKS).map((f) => `/frameworks/${f}/`),
    ].filter((p) => existsSync(join(SITE_DIR, p, "index.html")));
    for (const page of pages) {
      const html = read(join(page, "index.html"));
      for (const [, href] of html.matchAll(/href="(\/[^"]*|#[^"]*)"/g)) {
        const [path, fragment] = href!.startsWith("#") ? [page, href!.slice(1)] : href!.split("#");
        const target = path!.match(/^\/runbooks\/([^/]+)\/$/);
        if (target) {
          expect(existsSync(join(SITE_DIR, path!, "index.html")), `${page} links ${href}`).toBe(true);
          if (fragment) expect(pageIds(target[1]!), `${page} links ${href}`).toContain(fragment);
        } else if (!path!.startsWith("/pagefind/")) {
          const file = path!.endsWith("/") ? join(path!, "index.html") : path!;
          expect(existsSync(join(SITE_DIR, file)), `${page} links ${href}`).toBe(true);
        }
      }
    }
  });

  it("indexes the runbook pages with Pagefind, not the site chrome", () => {
    expect(existsSync(join(SITE_DIR, "pagefind/pagefind.js"))).toBe(true);
    expect(read("index.html")).not.toContain("data-pagefind-body");
  });

  it("lists every runbook on its category page and its framework pages, which the home page links", () => {
    const home = read("index.html");
    for (const { slug, data } of content.runbooks) {
      expect(home).toContain(`href="/categories/${data.category}/"`);
      expect(read(`categories/${data.category}/index.html`)).toContain(`href="/runbooks/${slug}/"`);
      for (const f of data.frameworks) {
        expect(home).toContain(`href="/frameworks/${f}/"`);
        expect(read(`frameworks/${f}/index.html`)).toContain(`href="/runbooks/${slug}/"`);
      }
    }
  });

  it("renders every Markdown field: no stray backtick in the text of any runbook, category or framework page", () => {
    const pages = [
      ...content.runbooks.map((r) => `runbooks/${r.slug}/index.html`),
      "index.html",
      ...[...new Set(content.runbooks.map((r) => r.data.category))].map((c) => `categories/${c}/index.html`),
      ...[...new Set(content.runbooks.flatMap((r) => r.data.frameworks))].map((f) => `frameworks/${f}/index.html`),
    ];
    for (const page of pages) {
      const stray = proseText(read(page)).match(/.{0,60}`.{0,60}/);
      expect(stray?.[0], page).toBeUndefined();
    }
  });

  it("shows no folder of the machine that recorded a reproduction", () => {
    for (const { slug } of content.runbooks) {
      const html = runbookPage(slug);
      // Our folders only: a reported traceback shows its reporter's, /root/ among them, verbatim.
      expect(html, slug).not.toMatch(/\.cache\/tracebook\/venvs|\/work\/(main|wt)\/|\/home\/[a-z]+\/tracebook|tracebook-repro\//);
    }
    // The files themselves stay verbatim, beside the page.
    const withRecords = content.runbooks.find((r) => r.data.repro)!;
    const record = read(`runbooks/${withRecords.slug}/records/${withRecords.data.repro!.runs[0]!.id}.json`);
    expect(record).toMatch(/\/root\/\.cache\/tracebook\/venvs|\/work\//);
  });
});
