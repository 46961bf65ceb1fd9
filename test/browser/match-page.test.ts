import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { matchText } from "../../src/matcher/rank.ts";
import { matchReply, possibilitiesReply } from "../../src/matcher/reply.ts";
import { SITE_ORIGIN } from "../../src/site/origin.ts";
import { openBuiltSite } from "../support/built-site.ts";
import { examples, index, recordedFailures } from "../support/content.ts";
import { sharedContexts } from "../support/pages.ts";
import { SEED_SLUGS } from "../../scripts/lib/seeds.ts";

const wild = (file: string) => readFileSync(`test/corpus/wild/${file}`, "utf8");

const site = openBuiltSite();
// The tests that need a fresh page load it in one tab per look (a new tab or context costs more than a load).
const { visit } = sharedContexts(site);
let page: Page;
let requests: string[] = [];

beforeAll(async () => {
  page = await site.browser.newPage();
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${site.origin}/match/`);
  await page.waitForLoadState("networkidle");
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

/**
 * The page's own path (worker, shards over HTTP, rendering) for a sample of examples: the seed
 * runbooks', one answered on each basis, and a recorded failure. Every example and recorded
 * failure is ranked through the same shards by test/site/signature-shards.test.ts (the built files)
 * and test/matcher/shards.test.ts, and through the whole index by test/content.test.ts.
 */
const SEEDS: readonly string[] = SEED_SLUGS;
const basisOf = (text: string) => matchText(text, index).matches[0]?.basis;
const sample = [
  ...SEEDS.map((slug) => examples.find((e) => e.slug === slug)!),
  ...(["embedded", "log-line"] as const).flatMap(
    (basis) => examples.find((e) => !SEEDS.includes(e.slug) && basisOf(e.text) === basis) ?? [],
  ),
  ...recordedFailures.slice(0, 1).map((r) => ({ slug: r.slug, file: `records/${r.id}.json`, text: r.text })),
];

describe("the matcher page", () => {
  it.each(sample.map((e) => [`${e.slug}/${e.file}`, e] as const))("ranks %s first for its own runbook", async (_, example) => {
    expect((await paste(example.text))[0]).toBe(example.slug);
  });

  it("makes no network request while matching", async () => {
    // The sample above loaded the shards these pastes need; matching itself sends nothing.
    requests = [];
    for (const example of sample.slice(0, 5)) await paste(example.text);
    expect(requests).toEqual([]);
  });

  // Its own waits allow 60 s for the answer: on a loaded machine 10 MB takes more than the default 30 s.
  it(
    "answers a 10 MB paste off the main thread, showing progress; shows its head, matches all of it; refuses more than 10 MB",
    { timeout: 150_000 },
    async () => {
      const example = examples.find((e) => e.slug === "meta-tensor-cannot-copy")!;
      const line = "[rank0]: {'loss': 1.2345, 'grad_norm': 0.5, 'learning_rate': 2e-05, 'epoch': 0.1}\n";
      const times = Math.floor((10 * 1024 * 1024 - example.text.length - 1) / line.length);
      // Record, in the page, the status texts and whether a timer set while matching runs before the answer:
      // with the matcher on the main thread it could not.
      await page.evaluate(() => {
        const w = window as unknown as { events: string[] };
        w.events = [];
        const status = document.querySelector("#match-status")!;
        new MutationObserver(() => {
          w.events.push(`status:${status.textContent}`);
          if (status.textContent === "Finding exceptions…") setTimeout(() => w.events.push("timer"), 0);
        }).observe(status, { childList: true, characterData: true, subtree: true });
        new MutationObserver(() => w.events.push("answer")).observe(document.body, { attributes: true, attributeFilter: ["data-matched"] });
      });
      // A paste as the browser delivers it, built in the page: sending 10 MB through the browser's protocol would
      // cost more than the matcher, and test neither.
      const pasteInPage = (extra: number) =>
        page.evaluate(
          ([l, n, tail, more]) => {
            const data = new DataTransfer();
            data.setData("text/plain", l.repeat(n) + tail + "x".repeat(more));
            document.querySelector("#paste")!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, cancelable: true }));
          },
          [line, times, example.text, extra] as const,
        );
      const answered = async (action: () => Promise<unknown>) => {
        const before = await page.evaluate(() => document.body.dataset.matched ?? "0");
        await action();
        await page.waitForFunction((b) => (document.body.dataset.matched ?? "0") !== b, before, { timeout: 60_000 });
        return page.$$eval("#match-results article.result h2 a", (l) => l.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      };
      expect(await answered(() => pasteInPage(0))).toContain("/runbooks/meta-tensor-cannot-copy/");
      const events = await page.evaluate(() => (window as unknown as { events: string[] }).events);
      expect(events).toContain("status:Finding exceptions…");
      expect(events.indexOf("timer")).toBeGreaterThan(-1);
      expect(events.indexOf("timer")).toBeLessThan(events.indexOf("answer"));
      // The box shows the head of the log, without the traceback at its end; Match still matches all of it.
      const shown = await page.inputValue("#paste");
      expect(shown.length).toBeLessThan(300_000);
      expect(shown).toMatch(/your paste: 10\.0 MB, shown in part, matched whole\)$/);
      expect(shown).not.toContain(example.text.trim().split("\n").at(-1));
      expect(await answered(() => page.click("#match-form button[type=submit]"))).toContain("/runbooks/meta-tensor-cannot-copy/");

      await pasteInPage(2 * 1024);
      await page.waitForFunction(() => /the limit is 10 MB/.test(document.querySelector("#match-status")!.textContent ?? ""));
    },
  );

  it("matches a log file picked from disk", async () => {
    const example = examples.find((e) => e.slug === "hf-hub-connection-error")!;
    const before = await page.evaluate(() => document.body.dataset.matched ?? "0");
    await page.setInputFiles("#log-file", { name: "train.log", mimeType: "text/plain", buffer: Buffer.from(example.text) });
    await page.waitForFunction((b) => (document.body.dataset.matched ?? "0") !== b, before);
    const first = await page.$eval("#match-results article.result h2 a", (a) => new URL((a as HTMLAnchorElement).href).pathname);
    expect(first).toBe("/runbooks/hf-hub-connection-error/");
  });

  it("works with the keyboard alone", async () => {
    const fresh = await visit("/match/");
    await fresh.waitForLoadState("networkidle");
    for (let i = 0; i < 30 && (await fresh.evaluate(() => document.activeElement?.id)) !== "paste"; i++) await fresh.keyboard.press("Tab");
    expect(await fresh.evaluate(() => document.activeElement?.id)).toBe("paste");
    await fresh.keyboard.insertText(examples.find((e) => e.slug === "device-map-empty-string")!.text);
    await fresh.keyboard.press("Tab"); // the file picker
    await fresh.keyboard.press("Tab"); // the Match button
    await fresh.keyboard.press("Enter");
    await fresh.waitForSelector("#match-results article.result h2 a");
    for (let i = 0; i < 10 && !(await fresh.evaluate(() => document.activeElement?.closest("#match-results") !== null)); i++)
      await fresh.keyboard.press("Tab");
    expect(await fresh.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname)).toBe("/runbooks/device-map-empty-string/");
    // Match answered once: the run that typing schedules (250 ms after the last key) was cancelled, so no second
    // answer redraws the results and drops the focus of a reader who tabbed into them.
    const answered = await fresh.evaluate(() => document.body.dataset.matched);
    await fresh.waitForTimeout(500);
    expect(await fresh.evaluate(() => document.body.dataset.matched)).toBe(answered);
    expect(await fresh.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname)).toBe("/runbooks/device-map-empty-string/");
  });

  it("offers a search for the extracted message when nothing matches, and shows the near miss", async () => {
    // device_map="gpu": a non-empty bad string, a different failure from the empty-string runbook's.
    expect(await paste(readFileSync("test/fixtures/logs/negative-device-map-gpu-string.txt", "utf8"))).toEqual([]);
    const nearMisses = await page.$$eval("#match-results .near-misses a", (l) =>
      l.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(nearMisses).toContain("/runbooks/device-map-empty-string/");
    await page.click("#match-results .no-match button");
    await page.waitForSelector("#match-results .search-hits li a");
    const hits = await page.$$eval("#match-results .search-hits li a", (l) =>
      l.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(hits).toContain("/runbooks/device-map-empty-string/");
  });

  it("says plainly when no runbook is known, what it read, and where to go: search, contributing, the issue tracker", async () => {
    expect(
      await paste('Traceback (most recent call last):\n  File "x.py", line 1, in <module>\nZeroDivisionError: division by zero'),
    ).toEqual([]);
    const noMatch = page.locator("#match-results .no-match");
    await expect(noMatch.locator("h2").textContent()).resolves.toBe("No known runbook");
    await expect(noMatch.locator(".read").textContent()).resolves.toMatch(
      /3 lines.*1 exception: ZeroDivisionError on line 3.*no package versions/,
    );
    await expect(noMatch.locator("code").first().textContent()).resolves.toBe("ZeroDivisionError: division by zero");
    expect(await noMatch.locator("a").evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).href))).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/contribute\/$/), expect.stringMatching(/^https:\/\/github\.com\/.+\/issues$/)]),
    );
  });

  it("never shows template syntax in a near miss", async () => {
    await paste(readFileSync("test/fixtures/logs/negative-device-map-gpu-string.txt", "utf8"));
    const text = await page.textContent("#match-results .near-misses");
    expect(text).toBeTruthy();
    expect(text).not.toMatch(/\{(number|device|path|shape|name|text)(:\w+)?\}/);
  });
});

describe("a result on the matcher page", () => {
  it("says how sure it is in words and numbers", async () => {
    await paste(examples.find((e) => e.slug === "torch-load-mmap-string-filename")!.text);
    await expect(page.textContent("#match-results .result .strength")).resolves.toMatch(/^(Strong|Partial evidence) · \d+%$/);
  });

  it("'Copy as issue reply' copies the engine's reply: the fix that fits, the evidence lines and the version verdicts", async () => {
    const own = await visit("/match/", { clipboard: true });
    // A traceback with the pip list of its environment: the reply judges the versions too.
    const text = `${examples.find((e) => e.slug === "torch-load-mmap-string-filename")!.text}\n${readFileSync("test/fixtures/env/pip-list.txt", "utf8")}`;
    await own.fill("#paste", text);
    await own.locator("#match-results .result button[data-copy-text]").first().click();
    await own.waitForFunction(() => document.querySelector("#copy-status")?.textContent === "Copied as Markdown.");
    const copied = await own.evaluate(() => navigator.clipboard.readText());
    const expected = matchReply(matchText(text, index).matches[0]!, SITE_ORIGIN);
    expect(copied).toBe(expected);
    expect(copied).toMatch(/Fix (that fits this log|to try first): \[.+\]\(http/);
    expect(copied).toMatch(/```text\n\s+\d+ \| /);
    expect(copied).toContain("Versions in the log:");
  });

  it("'Try an example' pastes a real traceback and answers it in one click", async () => {
    const fresh = await visit("/match/");
    await fresh.click("#try-example");
    await fresh.waitForSelector("#match-results article.result h2 a");
    expect(await fresh.inputValue("#paste")).toBe(examples.find((e) => e.slug === "meta-tensor-cannot-copy" && e.id === "yi-302")!.text);
    expect(await fresh.$eval("#match-results article.result h2 a", (a) => (a as HTMLAnchorElement).pathname)).toBe(
      "/runbooks/meta-tensor-cannot-copy/",
    );
  });

  it("offers a traceback cut before its message as frames-only possibilities, and asks for the last lines", async () => {
    const cut = readFileSync("test/fixtures/logs/ipython-frames.txt", "utf8").split("\nValueError:")[0]!;
    expect(await paste(cut)).toEqual([]);
    const box = page.locator("#match-results .possibilities");
    await expect(box.locator(".strength").textContent()).resolves.toBe("Frames only");
    await expect(box.textContent()).resolves.toContain("Paste the last lines of the log");
    const links = await box.locator("li a").evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links).toContain("/runbooks/torch-load-mmap-string-filename/");
    expect(await box.locator("button[data-copy-text]").getAttribute("data-copy-text")).toBe(
      possibilitiesReply(matchText(cut, index).possibilities, SITE_ORIGIN),
    );
  });
});

describe("a paste outside what tracebook covers", () => {
  it.each([
    ["ck-10-java-npe.txt", "Java"],
    ["lmstudio-914-js-find.txt", "JavaScript"],
    ["gollama-4-go-nil-pointer.txt", "Go"],
    ["uwd2-12-rust-panic.txt", "Rust"],
    ["vinayaka-182-cpp-terminate.txt", "C++"],
  ])("%s is named a %s program's, with where to ask, and no invitation to write a runbook", async (file, language) => {
    expect(await paste(wild(file))).toEqual([]);
    const box = page.locator("#match-results .out-of-scope");
    await expect(box.locator("h2").textContent()).resolves.toBe(`This comes from a ${language} program`);
    await expect(box.textContent()).resolves.toMatch(/tracebook covers failures of Python ML code .* (Ask|run it again)/);
    await expect(page.locator("#match-results a[href='/contribute/']").count()).resolves.toBe(0);
  });

  it("a Python traceback through general-purpose libraries only names the library to ask", async () => {
    // chaoxing-299: requests' Response.json() on a body that is not JSON.
    expect(await paste(wild("chaoxing-299-loguru-then-jsondecode.txt"))).toEqual([]);
    const box = page.locator("#match-results .out-of-scope");
    await expect(box.locator("h2").textContent()).resolves.toBe("Outside what tracebook covers");
    await expect(box.textContent()).resolves.toContain("The issue tracker or documentation of requests is the place to ask");
  });
});
