import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileRunbooks } from "../../src/matcher/compile.ts";
import { issueReply } from "../../src/matcher/reply.ts";
import { SITE_ORIGIN } from "../../src/site/origin.ts";
import { openBuiltSite } from "../support/built-site.ts";
import { content } from "../support/content.ts";
import { SEED, sharedContexts } from "../support/pages.ts";
import { SITE_DIR } from "../support/site-dir.ts";

const site = openBuiltSite();
const { visit } = sharedContexts(site);

describe("navigation", () => {
  it("a skip link is the first stop of the keyboard and moves focus to the content", async () => {
    const page = await visit(`/runbooks/${SEED}/`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
  });

  it.each([
    ["/", "/"],
    [`/runbooks/${SEED}/`, "/"],
    ["/categories/memory/", "/"],
    ["/match/", "/match/"],
    ["/search/", "/search/"],
    ["/contribute/", "/contribute/"],
  ])("%s marks %s as the current page", async (path, current) => {
    const page = await visit(path);
    const marked = await page.$$eval(".site-header nav a[aria-current='page']", (l) => l.map((a) => a.getAttribute("href")));
    expect(marked).toEqual([current]);
  });
});

describe("a runbook page opens with the answer", () => {
  it("the triage leads each case to its fix: a click lands on the fix", async () => {
    const page = await visit("/runbooks/cuda-out-of-memory/");
    const rb = content.runbooks.find((r) => r.slug === "cuda-out-of-memory")!;
    const withCase = rb.data.fixes.filter((f) => f.when?.case);
    const rows = await page.$$eval(".triage li", (l) =>
      l.map((li) => ({ text: li.querySelector(".case")!.textContent!.trim(), href: li.querySelector("a")!.hash })),
    );
    for (const fix of withCase) expect(rows).toContainEqual({ text: fix.when!.case!, href: `#fix-${fix.id}` });
    expect(rows.at(-1)).toEqual({ text: "Any other case.", href: `#fix-${rb.data.fixes.find((f) => !f.when)!.id}` });
    await page.click(`.triage a[href="#fix-${withCase[0]!.id}"]`);
    expect(new URL(page.url()).hash).toBe(`#fix-${withCase[0]!.id}`);
    expect(await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, `fix-${withCase[0]!.id}`)).toBeLessThan(
      100,
    );
  });

  it("'On this page' is a sidebar on a desktop, and folded on a phone until opened; a jump folds it again", async () => {
    const desktop = await visit(`/runbooks/${SEED}/`, { width: 1280 });
    expect(await desktop.evaluate(() => document.querySelector<HTMLDetailsElement>(".toc details")!.open)).toBe(true);
    const [toc, article] = await desktop.evaluate(() => [
      document.querySelector(".toc")!.getBoundingClientRect().left,
      document.querySelector(".runbook-body")!.getBoundingClientRect().right,
    ]);
    expect(toc).toBeGreaterThan(article!);

    const phone = await visit(`/runbooks/${SEED}/`, { width: 390, height: 844 });
    expect(await phone.evaluate(() => document.querySelector<HTMLDetailsElement>(".toc details")!.open)).toBe(false);
    await phone.click(".toc summary");
    const labels = await phone.$$eval(".toc a", (l) => l.map((a) => (a as HTMLAnchorElement).hash));
    expect(labels).toEqual(expect.arrayContaining(["#triage", "#fixes", "#signatures", "#cause", "#pins", "#examples", "#sources"]));
    await phone.click(".toc a[href='#pins']");
    expect(new URL(phone.url()).hash).toBe("#pins");
    expect(await phone.evaluate(() => document.querySelector<HTMLDetailsElement>(".toc details")!.open)).toBe(false);
  });
});

describe("rendered text", () => {
  const PAGES_WITH_TABLES = ["no-weights-file-found", "vllm-engine-core-init-failed", SEED, "cuda-out-of-memory"];

  it.each(PAGES_WITH_TABLES)("%s: on a phone, tables scroll and never break a word", async (slug) => {
    const page = await visit(`/runbooks/${slug}/`, { width: 390, height: 844 });
    const broken = await page.evaluate(() => {
      const out: string[] = [];
      for (const cell of document.querySelectorAll("main td, main th")) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // Words as a line may break between: spaces, and after the hyphens and slashes a browser may break at.
          for (const m of node.textContent!.matchAll(/[^\s\-/]+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (tops.size > 1) out.push(m[0]);
          }
        }
      }
      return out;
    });
    expect(broken).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1)).toBe(true);
  });

  it.each([
    ["phone", { width: 390, height: 844 }],
    ["desktop", { width: 1280 }],
  ] as const)("on a %s, no copy button covers code", async (_, look) => {
    for (const slug of [SEED, "cuda-out-of-memory", "meta-tensor-cannot-copy"]) {
      const page = await visit(`/runbooks/${slug}/`, look);
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      const overlaps = await page.evaluate(() =>
        [...document.querySelectorAll(".code-block")].flatMap((block) => {
          const button = block.querySelector("button.copy-code")!.getBoundingClientRect();
          const code = block.querySelector("pre")!.getBoundingClientRect();
          const overlap = button.bottom > code.top && button.top < code.bottom && button.right > code.left && button.left < code.right;
          return overlap ? [block.querySelector("pre")!.textContent!.slice(0, 40)] : [];
        }),
      );
      expect(await page.locator(".code-block").count(), slug).toBeGreaterThan(0);
      expect(overlaps, slug).toEqual([]);
    }
  });
});

describe("links for issue replies", () => {
  it("'Copy as issue reply' copies the title, the cause, the safest fix and the link as Markdown", async () => {
    const page = await visit(`/runbooks/${SEED}/`, { clipboard: true });
    await page.click("button[data-copy-text]");
    await page.waitForFunction(() => document.querySelector("#copy-status")?.textContent === "Copied as Markdown.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const rb = content.runbooks.find((r) => r.slug === SEED)!;
    expect(copied).toBe(issueReply(compileRunbooks([rb]).runbooks[0]!, SITE_ORIGIN));
    expect(copied).toContain(`${SITE_ORIGIN}/runbooks/${SEED}/#fix-${rb.data.fixes[0]!.id}`);
    await page.click(".section-heading:has(#fixes) button");
    await page.waitForFunction(() => document.querySelector("#copy-status")?.textContent?.startsWith("Link copied"));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/runbooks/${SEED}/#fixes`);
  });

  it("code blocks have a copy button that copies the code alone", async () => {
    const page = await visit(`/runbooks/${SEED}/`, { clipboard: true });
    const first = page.locator(".code-block:visible").first();
    const code = await first.locator("pre code").innerText();
    await first.locator("button.copy-code").click();
    await page.waitForFunction(() => document.querySelector("#copy-status")?.textContent === "Code copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  });

  it("an unknown URL gets the 404 page, which offers search and the matcher", async () => {
    const page = await visit("/runbooks/no-such-runbook/");
    const status = await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseStatus);
    expect(status).toBe(404);
    expect(await page.$eval("main a[href='/match/']", (a) => a.textContent)).toContain("Match a traceback");
    await page.fill("#q404", "meta tensor");
    await Promise.all([page.waitForURL(/\/search\/#q=meta%20tensor$/), page.press("#q404", "Enter")]);
    await page.locator("#search-results a.result-link").first().waitFor();
  });

  it("every page has a canonical URL and Open Graph and Twitter descriptions, in plain text", () => {
    const html = readFileSync(`${SITE_DIR}/runbooks/${SEED}/index.html`, "utf8");
    expect(html).toContain(`<link rel="canonical" href="${SITE_ORIGIN}/runbooks/${SEED}/">`);
    for (const meta of ['property="og:title"', 'property="og:description"', 'name="twitter:card"', 'name="description"'])
      expect(html).toContain(meta);
    expect(/<meta name="description" content="([^"]*)"/.exec(html)![1]).not.toContain("`");
  });
});
