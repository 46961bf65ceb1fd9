import { describe, expect, it } from "vitest";
import { openBuiltSite } from "../support/built-site.ts";
import { content } from "../support/content.ts";
import { sharedContexts } from "../support/pages.ts";

const site = openBuiltSite();
const { visit } = sharedContexts(site);

describe("every runbook page opens with the answer", () => {
  it.each(content.runbooks.map((r) => r.slug))(
    "%s: on a desktop, every fix is one click from the first screen, and the fixes start on it",
    async (slug) => {
      const page = await visit(`/runbooks/${slug}/`, { width: 1280, height: 900 });
      const rb = content.runbooks.find((r) => r.slug === slug)!;
      const inView = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>(".triage a, .toc a")]
          .filter((a) => {
            const r = a.getBoundingClientRect();
            return r.bottom > 0 && r.top < innerHeight && r.width > 0;
          })
          .map((a) => a.hash),
      );
      for (const fix of rb.data.fixes) expect(inView, `#fix-${fix.id}`).toContain(`#fix-${fix.id}`);
      expect(await page.evaluate(() => document.getElementById("fixes")!.getBoundingClientRect().top)).toBeLessThan(900);
    },
  );
});
