import { mkdirSync, readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { beforeAll, describe, expect, it } from "vitest";
import { compileRunbooks } from "../../src/matcher/compile.ts";
import { issueReply } from "../../src/matcher/reply.ts";
import { SITE_ORIGIN } from "../../src/site/origin.ts";
import { openBuiltSite } from "../support/built-site.ts";
import { content } from "../support/content.ts";
import { SITE_DIR } from "../support/site-dir.ts";

const SEED = "torch-load-mmap-string-filename";
const PAGES = { home: "/", runbook: `/runbooks/${SEED}/`, matcher: "/match/", search: "/search/?q=meta%20tensor" };
const SHOTS = "test-results/screenshots";

const site = openBuiltSite();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
});

describe.each(Object.entries(PAGES))("the %s page", (name, path) => {
  it("has no serious or critical accessibility violation (axe-core)", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.origin + path);
    await page.waitForLoadState("networkidle");
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await context.close();
  });

  it("requests nothing from another host, and is screenshotted at phone and desktop width", async () => {
    for (const [device, width] of [
      ["phone", 390],
      ["desktop", 1280],
    ] as const) {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      const hosts = new Set<string>();
      page.on("request", (r) => hosts.add(new URL(r.url()).origin));
      await page.goto(site.origin + path);
      await page.waitForLoadState("networkidle");
      expect([...hosts]).toEqual([site.origin]);
      // Nothing wider than the screen: readable on a phone without sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
      await page.screenshot({ path: `${SHOTS}/${name}-${device}.png`, fullPage: true });
      await page.close();
    }
  });
});

describe("the home page", () => {
  it("groups runbooks by framework: a framework link shows only that framework's runbooks", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/`);
    await Promise.all([page.waitForURL(/\?framework=deepspeed/), page.click('.by-framework a[data-framework="deepspeed"]')]);
    const shown = await page.$$eval("[data-frameworks]:not([hidden])", (cards) => cards.map((c) => (c as HTMLElement).dataset.frameworks!));
    const expected = content.runbooks.filter((r) => r.data.frameworks.includes("deepspeed")).length;
    expect(shown).toHaveLength(expected);
    for (const frameworks of shown) expect(frameworks.split(" ")).toContain("deepspeed");
    await page.close();
  });
});

describe("links for issue replies", () => {
  it("'Copy as issue reply' copies the title, the cause, the safest fix and the link as Markdown", async () => {
    const context = await site.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto(site.origin + PAGES.runbook);
    await page.click("button[data-copy-text]");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const rb = content.runbooks.find((r) => r.slug === SEED)!;
    expect(copied).toBe(issueReply(compileRunbooks([rb]).runbooks[0]!, SITE_ORIGIN));
    expect(copied).toContain(`${SITE_ORIGIN}/runbooks/${SEED}/#fix-${rb.data.fixes[0]!.id}`);
    await page.click("#fixes ~ button[data-copy-link], .section-heading:has(#fixes) button");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/runbooks/${SEED}/#fixes`);
    await context.close();
  });

  it("code blocks have a copy button that copies the code alone", async () => {
    const context = await site.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto(site.origin + PAGES.runbook);
    const first = page.locator("article pre:visible").first();
    const code = await first.locator("code").innerText();
    await first.locator("button.copy-code").click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await context.close();
  });

  it("an unknown URL gets the 404 page, which offers search", async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.origin}/runbooks/no-such-runbook/`);
    expect(response!.status()).toBe(404);
    await page.fill("#q404", "meta tensor");
    await Promise.all([page.waitForURL(/\/search\/\?q=meta\+tensor/), page.press("#q404", "Enter")]);
    await page.close();
  });

  it("every page has a canonical URL and Open Graph and Twitter descriptions", () => {
    const html = readFileSync(`${SITE_DIR}/runbooks/${SEED}/index.html`, "utf8");
    expect(html).toContain(`<link rel="canonical" href="${SITE_ORIGIN}/runbooks/${SEED}/">`);
    for (const meta of ['property="og:title"', 'property="og:description"', 'name="twitter:card"', 'name="description"'])
      expect(html).toContain(meta);
  });
});
