import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { examples } from "../support/content.ts";
import { SITE_DIR } from "../support/site-dir.ts";
import { serveStatic } from "../support/static-server.ts";

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;
let requests: string[] = [];

beforeAll(async () => {
  site = await serveStatic(SITE_DIR);
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${site.origin}/match/`);
  await page.waitForLoadState("networkidle");
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Paste text and wait for the page to show its answer; returns the result slugs in order. */
async function paste(text: string): Promise<string[]> {
  const before = await page.evaluate(() => document.body.dataset.matched ?? "0");
  await page.fill("#paste", text);
  await page.waitForFunction((b) => (document.body.dataset.matched ?? "0") !== b, before);
  return page.$$eval("#match-results article.result h2 a", (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split("/")[2]!),
  );
}

describe("the matcher page", () => {
  it.each(examples.map((e) => [`${e.slug}/${e.file}`, e] as const))("ranks %s first for its own runbook", async (_, example) => {
    expect((await paste(example.text))[0]).toBe(example.slug);
  });

  it("makes no network request while matching", async () => {
    requests = [];
    for (const example of examples.slice(0, 5)) await paste(example.text);
    expect(requests).toEqual([]);
  });

  it("says plainly when no runbook is known", async () => {
    expect(
      await paste('Traceback (most recent call last):\n  File "x.py", line 1, in <module>\nZeroDivisionError: division by zero'),
    ).toEqual([]);
    await expect(page.textContent("#match-results .no-match h2")).resolves.toBe("No known runbook");
  });
});
