import { mkdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.ts";
import { openBuiltSite } from "../support/built-site.ts";
import { PAGE_TYPES, sharedContexts } from "../support/pages.ts";

const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
/** axe's rules whose outcome depends on colours. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];
/** Screenshots of each page type, width and theme: test artifacts (docs/screenshots holds a committed set, see the README). */
const SHOTS = process.env.TRACEBOOK_SCREENSHOTS ?? "test-results/screenshots";

const site = openBuiltSite();
const { contextFor } = sharedContexts(site);

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

const combos = Object.entries(PAGE_TYPES).flatMap(([name, type]) =>
  Object.entries(WIDTHS).map(([device, size]) => [`${name}, ${device}`, name, type, device, size] as const),
);

const serious = (violations: Awaited<ReturnType<typeof axeViolations>>) =>
  violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);

describe("every page type, at 390 and 1280 px, light and dark", () => {
  it("the axe check finds what it looks for", async () => {
    const page = await (await contextFor({})).newPage();
    await page.setContent('<html lang="en"><title>t</title><main><img src="data:,"><p style="color:#eee">faint</p></main></html>');
    expect(serious(await axeViolations(page)).map((v) => v.split(":")[0])).toEqual(expect.arrayContaining(["image-alt", "color-contrast"]));
    await page.close();
  });

  it.each(combos)(
    "%s: in light and dark, no serious or critical axe violation; nothing from another host, nothing wider than the screen, nothing against the CSP",
    async (_, name, type, device, size) => {
      const page = await (await contextFor(size)).newPage();
      const hosts = new Set<string>();
      page.on("request", (r) => hosts.add(new URL(r.url()).origin));
      await page.addInitScript(() => {
        const w = window as unknown as { violations: string[] };
        w.violations = [];
        document.addEventListener("securitypolicyviolation", (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      // The load event: every page's own script and style has arrived; what a page fetches later (Pagefind,
      // the matcher's shards) its ready step waits for.
      await page.goto(site.origin + type.path);
      await type.ready?.(page);
      expect(serious(await axeViolations(page)), "light").toEqual([]);
      await page.screenshot({ path: `${SHOTS}/${name}-${device}-light.png` });
      // The same page, switched to dark. The dark theme changes colours and nothing else
      // (test/dark-theme.test.ts holds it to that), so the rules that read colour are the ones whose answer can change.
      await page.emulateMedia({ colorScheme: "dark" });
      expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(true);
      expect(serious(await axeViolations(page, COLOUR_RULES)), "dark").toEqual([]);
      await page.screenshot({ path: `${SHOTS}/${name}-${device}-dark.png` });
      expect([...hosts]).toEqual([site.origin]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
      // The Content-Security-Policy: the page broke none of it, and the browser enforces it. An inline script
      // (what a hostile runbook would try) does not run.
      await page.evaluate(() => {
        const s = document.createElement("script");
        s.textContent = "window.injected = true";
        document.body.append(s);
      });
      await page.waitForFunction(() => (window as unknown as { violations: string[] }).violations.length > 0);
      expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual(["script-src-elem inline"]);
      await page.close();
    },
  );
});
