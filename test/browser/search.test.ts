import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openBuiltSite } from "../support/built-site.ts";
import { content, examples } from "../support/content.ts";

// The strings users paste into the search box, and the runbook each must find first.
const QUERIES: [string, string][] = [
  ["f must be a string filename", "torch-load-mmap-string-filename"],
  ["f must be a string filename in order to use mmap argument", "torch-load-mmap-string-filename"],
  ["f must be a file path in order to use the mmap argument", "torch-load-mmap-string-filename"],
  ["cuda:6 and cuda:7", "multi-gpu-tensors-different-devices"],
  [
    "Expected all tensors to be on the same device, but found at least two devices, cuda:6 and cuda:7",
    "multi-gpu-tensors-different-devices",
  ],
  ["When passing device_map as a string, the value needs to be a device name", "device-map-empty-string"],
  ["device_map", "device-map-empty-string"],
  ["Cannot copy out of meta tensor", "meta-tensor-cannot-copy"],
  ["Cannot copy out of meta tensor; no data!", "meta-tensor-cannot-copy"],
  ["NotImplementedError", "meta-tensor-cannot-copy"],
  ["visual.patch_embed.proj.weight", "qwen2-5-vl-zero3-shape-mismatch"],
];

const site = openBuiltSite();

async function firstResults(page: Page, query: string): Promise<string[]> {
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
  await page.locator("#search-results a.result-link").first().waitFor({ timeout: 10_000 });
  return page.$$eval("#search-results a.result-link", (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe("search finds a runbook by what users paste", () => {
  it.each(QUERIES)("%s", async (query, slug) => {
    const page = await site.browser.newPage();
    expect((await firstResults(page, query))[0]).toBe(`/runbooks/${slug}/`);
    await page.close();
  });

  it("torch.Size([0]) finds the ZeRO-3 runbooks first", async () => {
    const page = await site.browser.newPage();
    const [first, second, third] = await firstResults(page, "torch.Size([0])");
    expect([first, second, third].every((p) => p!.includes("zero3"))).toBe(true);
    await page.close();
  });

  it("modeling_utils.py finds a runbook whose signature passes through it", async () => {
    const page = await site.browser.newPage();
    const [first] = await firstResults(page, "modeling_utils.py");
    const slug = first!.split("/")[2];
    const frames = content.runbooks.find((r) => r.slug === slug)!.data.signatures.flatMap((s) => s.frames);
    expect(frames.some((f) => f.includes("modeling_utils.py"))).toBe(true);
    await page.close();
  });

  it("a whole pasted traceback, which Pagefind alone would not find, falls back to the error's key terms", async () => {
    const page = await site.browser.newPage();
    const example = examples.find((e) => e.slug === "meta-tensor-cannot-copy" && e.text.includes("Traceback"))!;
    const results = await firstResults(page, example.text);
    expect(results[0]).toBe("/runbooks/meta-tensor-cannot-copy/");
    await expect(page.textContent("#search-status")).resolves.toMatch(/^No runbook has every word you searched; showing/);
    await page.close();
  });

  it("a traceback pasted into the one-line search box keeps its line breaks for the parser", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    const example = examples.find((e) => e.slug === "meta-tensor-cannot-copy" && e.text.includes("Traceback"))!;
    await page.evaluate((text) => {
      const input = document.querySelector<HTMLInputElement>("#search-q")!;
      const data = new DataTransfer();
      data.setData("text/plain", text);
      input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data }));
      input.value = text; // what the browser inserts: the text without its line breaks
    }, example.text);
    await page.press("#search-q", "Enter");
    await page.locator("#search-results a.result-link").first().waitFor();
    const first = await page.$eval("#search-results a.result-link", (a) => new URL((a as HTMLAnchorElement).href).pathname);
    expect(first).toBe("/runbooks/meta-tensor-cannot-copy/");
    await page.close();
  });

  it("shows a few results with excerpts and loads the rest only when asked", async () => {
    const page = await site.browser.newPage();
    await firstResults(page, "device");
    const shown = await page.locator("#search-results li").count();
    const more = page.locator("#search-more");
    await expect(more.isVisible()).resolves.toBe(true);
    const fragments: string[] = [];
    page.on("request", (r) => r.url().includes("/pagefind/fragment/") && fragments.push(r.url()));
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll("#search-results li").length > n, shown);
    const after = await page.locator("#search-results li").count();
    expect(shown).toBe(4);
    expect(after - shown).toBe(fragments.length);
    await page.close();
  });

  it("filters by framework", async () => {
    const page = await site.browser.newPage();
    await firstResults(page, "device_map");
    const before = await page.evaluate(() => document.body.dataset.searched);
    await page.selectOption("#search-filters select[name=framework]", "accelerate");
    await page.waitForFunction((b) => document.body.dataset.searched !== b, before);
    const paths = await page.$$eval("#search-results a.result-link", (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split("/")[2]!),
    );
    expect(paths.length).toBeGreaterThan(0);
    for (const slug of paths) expect(content.runbooks.find((r) => r.slug === slug)!.data.frameworks).toContain("accelerate");
    await page.close();
  });

  it("moves through results with the arrow keys and highlights the searched words on the runbook page", async () => {
    const page = await site.browser.newPage();
    await firstResults(page, "Cannot copy out of meta tensor");
    await page.focus("#search-q");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).className)).toBe("result-link");
    await Promise.all([page.waitForURL(/\/runbooks\/meta-tensor-cannot-copy\/\?highlight=/), page.keyboard.press("Enter")]);
    await page.locator("mark.pagefind-highlight").first().waitFor({ timeout: 10_000 });
    await page.close();
  });

  it("the / key jumps to the search box from any page", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/runbooks/meta-tensor-cannot-copy/`);
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("site-search-q");
    await page.close();
  });
});
