import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.ts";
import { openBuiltSite } from "../support/built-site.ts";
import { PAGE_TYPES, sharedContexts } from "../support/pages.ts";

/** Desktop first, then a phone: the order a window is narrowed or a phone turned upright. */
const WIDTHS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
/** axe's rules whose outcome depends on colours. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];
/** Screenshots of each page type, width and theme: test artifacts (docs/screenshots holds a committed set, see the README). */
const SHOTS = process.env.TRACEBOOK_SCREENSHOTS ?? "test-results/screenshots";

const site = openBuiltSite();
const { contextFor } = sharedContexts(site);

/**
 * One tab for the file, each page type loaded in it once, as a reader follows links: a new tab costs Chromium
 * half a second of CPU, and each load another axe to compile. The request and CSP listeners stay on the tab.
 */
let tab: Page;
const hosts = new Set<string>();
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  tab = await (await contextFor(WIDTHS.desktop)).newPage();
  tab.on("request", (r) => hosts.add(new URL(r.url()).origin));
  await tab.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

const serious = (violations: Awaited<ReturnType<typeof axeViolations>>) =>
  violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);

describe("every page type, at 1280 and 390 px, light and dark", () => {
  it("the axe check finds what it looks for", async () => {
    const page = await (await contextFor({})).newPage();
    await page.setContent('<html lang="en"><title>t</title><main><img src="data:,"><p style="color:#eee">faint</p></main></html>');
    expect(serious(await axeViolations(page)).map((v) => v.split(":")[0])).toEqual(expect.arrayContaining(["image-alt", "color-contrast"]));
    await page.close();
  });

  it.each(Object.entries(PAGE_TYPES))(
    "%s: loaded at 1280 px and narrowed to 390, in light and dark: no serious or critical axe violation; nothing from another host, nothing wider than the screen, nothing against the CSP",
    async (name, type) => {
      hosts.clear();
      await tab.setViewportSize(WIDTHS.desktop);
      await tab.emulateMedia({ colorScheme: "light" });
      // The load event: every page's own script and style has arrived; what a page fetches later (Pagefind,
      // the matcher's shards) its ready step waits for.
      await tab.goto(site.origin + type.path);
      await type.ready?.(tab);
      // Narrowed, not loaded anew: what a page sets up at load (a wide table taking focus, the contents list
      // folding) has to follow the width, and axe at 390 px finds it when it does not.
      for (const [device, size] of Object.entries(WIDTHS)) {
        await tab.setViewportSize(size);
        await tab.emulateMedia({ colorScheme: "light" });
        expect(serious(await axeViolations(tab)), `${device}, light`).toEqual([]);
        await tab.screenshot({ path: `${SHOTS}/${name}-${device}-light.png` });
        // The dark theme changes colours and nothing else (test/dark-theme.test.ts holds it to that),
        // so the rules that read colour are the ones whose answer can change.
        await tab.emulateMedia({ colorScheme: "dark" });
        expect(await tab.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(true);
        expect(serious(await axeViolations(tab, COLOUR_RULES)), `${device}, dark`).toEqual([]);
        await tab.screenshot({ path: `${SHOTS}/${name}-${device}-dark.png` });
        expect(
          await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
          `${device}: wider than the screen`,
        ).toBe(true);
      }
      expect([...hosts]).toEqual([site.origin]);
      // The Content-Security-Policy: the page broke none of it, and the browser enforces it. An inline script
      // (what a hostile runbook would try) does not run.
      await tab.evaluate(() => {
        const s = document.createElement("script");
        s.textContent = "window.injected = true";
        document.body.append(s);
      });
      await tab.waitForFunction(() => (window as unknown as { violations: string[] }).violations.length > 0);
      expect(await tab.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
      expect(await tab.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual(["script-src-elem inline"]);
    },
  );
});
