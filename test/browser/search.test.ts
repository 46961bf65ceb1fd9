import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { SITE_DIR } from "../support/site-dir.ts";
import { serveStatic } from "../support/static-server.ts";

// The strings users paste into the search box, and the runbook each must find first.
const QUERIES: [string, string][] = [
  ["f must be a string filename in order to use mmap argument", "torch-load-mmap-string-filename"],
  ["the shape in current model is torch.Size([0])", "qwen2-5-vl-zero3-shape-mismatch"],
  ["Expected all tensors to be on the same device, but found at least two devices", "multi-gpu-tensors-different-devices"],
  ["When passing device_map as a string, the value needs to be a device name", "device-map-empty-string"],
  ["Cannot copy out of meta tensor; no data!", "meta-tensor-cannot-copy"],
];

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  site = await serveStatic(SITE_DIR);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("search finds a runbook by its error message", () => {
  it.each(QUERIES)("%s", async (query, slug) => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
    const first = page.locator(".pagefind-ui__result-link").first();
    await first.waitFor({ timeout: 10_000 });
    expect(new URL((await first.getAttribute("href"))!, site.origin).pathname).toBe(`/runbooks/${slug}/`);
    await page.close();
  });
});
