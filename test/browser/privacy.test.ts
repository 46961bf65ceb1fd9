import { readFileSync } from "node:fs";
import type { Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openBuiltSite } from "../support/built-site.ts";

const site = openBuiltSite();

// A paste no runbook answers (device_map="gpu", a near miss of device-map-empty-string), with a
// token and private folders in it, as real logs have.
const SECRETS = ["hf_PRIVATEtoken0123456789", "alice-private", "secret_project"];
const PASTE = [
  `export HF_TOKEN=${SECRETS[0]}`,
  `cd /home/${SECRETS[1]}/${SECRETS[2]}`,
  readFileSync("test/fixtures/logs/negative-device-map-gpu-string.txt", "utf8"),
].join("\n");
// Words of the pasted message, which the search for it uses.
const MESSAGE_WORDS = ["When passing device_map", "found gpu", "device_map as a string", "device name"];

describe("private pastes stay private", () => {
  // Six page loads, each waited on until the network settles: about 10 s on a quiet 2-core machine, three
  // times that on a loaded one, where it ran past the default 30 s.
  it(
    "no request of the whole flow carries pasted text: paste, no match, search, click, the search page, click",
    { timeout: 90_000 },
    async () => {
      // A fresh context: nothing cached, so every file the flow needs is requested and seen here.
      const context = await site.browser.newContext();
      const seen: { url: string; referer: string; body: string }[] = [];
      context.on("request", (r: Request) => {
        seen.push({ url: r.url(), referer: r.headers()["referer"] ?? "", body: r.postData() ?? "" });
      });
      const page = await context.newPage();
      await page.goto(`${site.origin}/match/`);
      await page.waitForLoadState("networkidle");

      await page.fill("#paste", PASTE);
      await page.waitForSelector("#match-results .no-match");
      await page.click("#match-results .no-match button");
      await page.waitForSelector("#match-results .search-hits li a");
      await Promise.all([page.waitForURL(/\/runbooks\/[^/]+\/$/), page.click("#match-results .search-hits li a")]);
      await page.waitForLoadState("networkidle");

      await page.goBack();
      await page.fill("#paste", PASTE);
      await page.waitForSelector("#match-results .no-match");
      await Promise.all([page.waitForURL(/\/search\/#q=/), page.click("#match-results .no-match a[href^='/search/']")]);
      await page.locator("#search-results a.result-link").first().waitFor();
      await Promise.all([page.waitForURL(/\/runbooks\/[^/]+\/$/), page.click("#search-results a.result-link")]);
      await page.waitForLoadState("networkidle");

      expect(seen.length).toBeGreaterThan(10);
      expect(seen.some((r) => r.url.includes("/signatures/"))).toBe(true);
      expect(seen.some((r) => r.url.includes("/pagefind/"))).toBe(true);
      for (const r of seen) {
        const said = [decodeURIComponent(r.url), decodeURIComponent(r.referer), r.body].join(" ");
        for (const secret of [...SECRETS, ...MESSAGE_WORDS]) expect(said, r.url).not.toContain(secret);
        // No query string at all, but Pagefind's cache-busting timestamp on its entry file.
        expect(new URL(r.url).search, r.url).toMatch(/^(\?ts=\d+)?$/);
      }
      await context.close();
    },
  );
});
