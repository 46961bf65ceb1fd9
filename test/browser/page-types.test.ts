import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { beforeAll, describe, expect, it } from "vitest";
import { openBuiltSite } from "../support/built-site.ts";
import { PAGE_TYPES, sharedContexts } from "../support/pages.ts";

const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
const THEMES = ["light", "dark"] as const;
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
  Object.entries(WIDTHS).flatMap(([device, size]) =>
    THEMES.map((theme) => [`${name}, ${device}, ${theme}`, name, type, device, size, theme] as const),
  ),
);

describe("every page type, at 390 and 1280 px, light and dark", () => {
  it.each(combos)(
    "%s: no serious or critical axe violation, nothing from another host, nothing wider than the screen",
    async (_, name, type, device, size, theme) => {
      const page = await (await contextFor({ ...size, theme })).newPage();
      const hosts = new Set<string>();
      page.on("request", (r) => hosts.add(new URL(r.url()).origin));
      // The load event: every page's own script and style has arrived; what a page fetches later (Pagefind,
      // the matcher's shards) its ready step waits for.
      await page.goto(site.origin + type.path);
      await type.ready?.(page);
      // The dark theme changes colours and nothing else (test/dark-theme.test.ts holds it to that), so in dark
      // the rules that read colour are the ones whose answer can change.
      const axe = new AxeBuilder({ page });
      const { violations } = await (theme === "dark" ? axe.withRules(COLOUR_RULES) : axe).analyze();
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      expect([...hosts]).toEqual([site.origin]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
      await page.screenshot({ path: `${SHOTS}/${name}-${device}-${theme}.png` });
      await page.close();
    },
  );
});
