import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openBuiltSite } from "../support/built-site.ts";
import { content, examples } from "../support/content.ts";
import { sharedContexts } from "../support/pages.ts";

// The strings users paste into the search box, and the runbook each must find first: queries only one runbook fits.
const QUERIES: [string, string][] = [
  ["f must be a string filename", "torch-load-mmap-string-filename"],
  ["f must be a string filename in order to use mmap argument", "torch-load-mmap-string-filename"],
  ["f must be a file path in order to use the mmap argument", "torch-load-mmap-string-filename"],
  ["cuda:6 and cuda:7", "multi-gpu-tensors-different-devices"],
  [
    "Expected all tensors to be on the same device, but found at least two devices, cuda:6 and cuda:7",
    "multi-gpu-tensors-different-devices",
  ],
  ["Expected all tensors to be on the same device, but found at least two devices, cpu and cuda:0!", "model-on-cpu-inputs-on-cuda"],
  ["When passing device_map as a string, the value needs to be a device name", "device-map-empty-string"],
  ["Cannot copy out of meta tensor", "meta-tensor-cannot-copy"],
  ["Cannot copy out of meta tensor; no data!", "meta-tensor-cannot-copy"],
  // Only this runbook's examples name the weight.
  ["visual.patch_embed.proj.weight", "qwen2-5-vl-zero3-shape-mismatch"],
];

/** A runbook's signature messages, example tracebacks and title: where a query's words can rightly lead to it. */
function mentions(slug: string, words: string): boolean {
  const rb = content.runbooks.find((r) => r.slug === slug)!;
  const texts = [
    rb.data.title,
    ...rb.data.signatures.flatMap((s) => [...s.message, ...s.exception]),
    ...examples.filter((e) => e.slug === slug).map((e) => e.text),
  ];
  return texts.some((t) => t.includes(words));
}

// Queries several runbooks fit: the ones that fit must lead, in whatever order.
const SHARED: [query: string, lead: (slug: string) => boolean, count: number][] = [
  // The bare message: a model split over GPUs, and a model on the CPU with inputs on CUDA, print it alike.
  [
    "Expected all tensors to be on the same device",
    (s) => ["multi-gpu-tensors-different-devices", "model-on-cpu-inputs-on-cuda"].includes(s),
    2,
  ],
  ["NotImplementedError", (s) => mentions(s, "NotImplementedError"), 2],
  ["device_map", (s) => mentions(s, "device_map"), 3],
  ["torch.Size([0])", (s) => s.includes("zero3"), 3],
];

const site = openBuiltSite();
// One context per look for the file: Pagefind's files come from its cache after the first load, as a returning
// reader's would. A new tab or context costs Chromium more than a load, so the tests load pages in one tab.
const { contextFor, visit } = sharedContexts(site);

async function results(page: Page): Promise<string[]> {
  await page.locator("#search-results a.result-link").first().waitFor({ timeout: 15_000 });
  return page.$$eval("#search-results a.result-link", (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The search page loaded anew, then searched for the query from its fragment, as the header's box does. */
async function freshSearch(query: string): Promise<Page> {
  const page = await visit("/search/");
  await page.evaluate((q) => (location.hash = `q=${encodeURIComponent(q)}`), query);
  await results(page);
  return page;
}

/**
 * One /search/ tab for the queries: each changes the fragment, as the header's search box on that page does, so
 * Pagefind loads once (a fresh load per query is most of a search's cost; the tests below still load fresh).
 */
let tab: Page | undefined;
async function searchInPlace(query: string): Promise<string[]> {
  if (!tab) {
    tab = await (await contextFor({})).newPage();
    await tab.goto(`${site.origin}/search/`);
  }
  const before = await tab.evaluate(() => document.body.dataset.searched ?? "");
  await tab.evaluate((q) => (location.hash = `q=${encodeURIComponent(q)}`), query);
  await tab.waitForFunction((b) => (document.body.dataset.searched ?? "") !== b, before);
  return tab.$$eval("#search-results a.result-link", (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const slugOf = (path: string) => path.split("/")[2]!;

describe("search finds a runbook by what users paste", () => {
  it.each(QUERIES)("%s", async (query, slug) => {
    expect((await searchInPlace(query))[0]).toBe(`/runbooks/${slug}/`);
  });

  it.each(SHARED.map(([q, lead, n]) => [q, n, lead] as const))("%s: the %i runbooks it fits lead", async (query, count, lead) => {
    const paths = await searchInPlace(query);
    expect(paths.length).toBeGreaterThanOrEqual(count);
    for (const path of paths.slice(0, count)) expect(lead(slugOf(path)), `${query} → ${path}`).toBe(true);
  });

  it("modeling_utils.py finds a runbook whose signature passes through it", async () => {
    const [first] = await searchInPlace("modeling_utils.py");
    const frames = content.runbooks.find((r) => r.slug === slugOf(first!))!.data.signatures.flatMap((s) => s.frames);
    expect(frames.some((f) => f.includes("modeling_utils.py"))).toBe(true);
  });

  it("the old ?q= address still works, and moves the words into the fragment", async () => {
    const page = await visit(`/search/?q=${encodeURIComponent("Cannot copy out of meta tensor")}`);
    expect((await results(page))[0]).toBe("/runbooks/meta-tensor-cannot-copy/");
    expect(new URL(page.url()).search).toBe("");
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe("#q=Cannot copy out of meta tensor");
  });
});

describe("a whole traceback in the search box", () => {
  const tracebacks = ["meta-tensor-cannot-copy", "torch-load-mmap-string-filename", "device-map-empty-string", "cuda-out-of-memory"].map(
    (slug) => examples.find((e) => e.slug === slug && e.text.includes("Traceback (most recent call last)"))!,
  );

  it.each(tracebacks.map((e) => [`${e.slug}/${e.file}`, e] as const))(
    "pasted with the keyboard (Chromium flattens it), %s finds its runbook first",
    async (_, example) => {
      const page = await visit("/search/", { clipboard: true });
      expect(await page.inputValue("#search-q"), "a fresh page").toBe("");
      await page.evaluate((text) => navigator.clipboard.writeText(text), example.text);
      await page.focus("#search-q");
      await page.keyboard.press("ControlOrMeta+V");
      expect((await results(page))[0]).toBe(`/runbooks/${example.slug}/`);
    },
  );

  it.each([
    ["with its line breaks turned into spaces (a paste into the header's box)", " "],
    ["with its line breaks dropped", ""],
  ])("arriving flattened, %s, each finds its runbook first", async (_, join) => {
    for (const example of tracebacks) {
      const paths = await searchInPlace(example.text.replace(/\r?\n/g, join));
      expect(paths[0], example.file).toBe(`/runbooks/${example.slug}/`);
    }
  });

  it("a 750 kB paste is read in a worker, not on the page's thread, and finds the runbook", async () => {
    // Its own tab: the counting script below stays on a tab for every later load.
    const page = await (await contextFor({})).newPage();
    // Count what the page hands to workers: the paste must go there whole, to be parsed off the main thread.
    await page.addInitScript(() => {
      const sent: number[] = ((window as unknown as { sent: number[] }).sent = []);
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, data: unknown, ...rest: unknown[]) {
        const text = (data as { text?: unknown } | null)?.text;
        if (typeof text === "string") sent.push(text.length);
        return (post as (...a: unknown[]) => void).call(this, data, ...rest);
      } as Worker["postMessage"];
    });
    await page.goto(`${site.origin}/search/`);
    await page.waitForLoadState("networkidle");
    const example = tracebacks[0]!;
    const line = "[rank0]: {'loss': 1.2345, 'grad_norm': 0.5, 'learning_rate': 2e-05, 'epoch': 0.1}\n";
    const big = line.repeat(Math.floor((750 * 1024) / line.length)) + example.text;
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      document.querySelector("#search-q")!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, cancelable: true }));
    }, big);
    expect((await results(page))[0]).toBe(`/runbooks/${example.slug}/`);
    expect(await page.evaluate(() => (window as unknown as { sent: number[] }).sent)).toContain(big.trim().length);
    await page.close();
  });
});

describe("the search page", () => {
  it("shows a few results, each with its title, exception types and summary, and loads the rest only when asked", async () => {
    const page = await freshSearch("device");
    const first = page.locator("#search-results li").first();
    const slug = slugOf((await first.locator("a.result-link").getAttribute("href"))!.replace(/^https?:\/\/[^/]+/, ""));
    const rb = content.runbooks.find((r) => r.slug === slug)!;
    await expect(first.locator("a.result-link").textContent()).resolves.toBe(rb.data.title);
    await expect(first.locator(".result-meta code").textContent()).resolves.toMatch(/^\w+(, \w+)*$/);
    const shown = await page.locator("#search-results li").count();
    const more = page.locator("#search-more");
    await expect(more.isVisible()).resolves.toBe(true);
    const fragments: string[] = [];
    const count = (r: { url(): string }) => r.url().includes("/pagefind/fragment/") && fragments.push(r.url());
    page.on("request", count);
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll("#search-results li").length > n, shown);
    page.off("request", count);
    const after = await page.locator("#search-results li").count();
    expect(shown).toBe(4);
    expect(after - shown).toBe(fragments.length);
  });

  it("filters by framework, offered by name", async () => {
    const page = await freshSearch("device_map");
    const labels = await page.$$eval("#search-filters select[name=framework] option", (o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(labels).toContain("huggingface_hub");
    expect(labels).not.toContain("huggingface-hub");
    const before = await page.evaluate(() => document.body.dataset.searched);
    await page.selectOption("#search-filters select[name=framework]", "accelerate");
    await page.waitForFunction((b) => document.body.dataset.searched !== b, before);
    const paths = await page.$$eval("#search-results a.result-link", (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split("/")[2]!),
    );
    expect(paths.length).toBeGreaterThan(0);
    for (const slug of paths) expect(content.runbooks.find((r) => r.slug === slug)!.data.frameworks).toContain("accelerate");
  });

  it("moves through results with the arrow keys, and a result's link carries no searched word", async () => {
    const page = await freshSearch("Cannot copy out of meta tensor");
    await page.focus("#search-q");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).className)).toBe("result-link");
    await Promise.all([page.waitForURL(/\/runbooks\/meta-tensor-cannot-copy\/$/), page.keyboard.press("Enter")]);
    expect(new URL(page.url()).search).toBe("");
  });

  it("the / key jumps to the search box from any page, and the box searches by fragment", async () => {
    const page = await visit("/runbooks/meta-tensor-cannot-copy/");
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("site-search-q");
    await page.keyboard.type("meta tensor");
    await Promise.all([page.waitForURL(/\/search\/#q=meta%20tensor$/), page.keyboard.press("Enter")]);
    expect((await results(page))[0]).toBe("/runbooks/meta-tensor-cannot-copy/");
  });
});
