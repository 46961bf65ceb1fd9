import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUDGETS } from "../../scripts/lib/budgets.ts";
import { fitsFirst, SEARCH_QUERIES, SEED_SLUGS } from "../../scripts/lib/seeds.ts";
import { firstMatchTransfer, searchTransfers } from "../../scripts/lib/transfer.ts";
import { openBuiltSite } from "../support/built-site.ts";
import { examples } from "../support/content.ts";
import { SITE_DIR } from "../support/site-dir.ts";

// Transfer budgets on the real site, measured from Chromium's network events with gzip on the
// wire; npm run scale checks the same budgets on a generated site of any size.
const site = openBuiltSite();

describe("transfer budgets", () => {
  it.each(SEED_SLUGS)("a first paste of the %s example fetches only its shards, within budget", async (slug) => {
    const example = examples.find((e) => e.slug === slug)!;
    const transfer = await firstMatchTransfer(site.browser, site.origin, example.text);
    expect(transfer.top).toBe(`/runbooks/${slug}/`);
    expect(transfer.files).toContain("/signatures/manifest.json");
    // not every signature: a few of the shards the build wrote
    expect(transfer.files.length - 1).toBeLessThan(readdirSync(join(SITE_DIR, "signatures")).length / 3);
    expect(transfer.bytes).toBeGreaterThan(0);
    expect(transfer.bytes).toBeLessThanOrEqual(BUDGETS.firstMatch);
    expect(transfer.againBytes, "a second paste fetches nothing: the shards are cached").toBe(0);
  });

  // Six searches, each waited on until the network settles: seconds each on a loaded 2-core machine.
  it("a first search and the ones after it stay within budget, and each finds its runbook first", { timeout: 90_000 }, async () => {
    const searches = await searchTransfers(
      site.browser,
      site.origin,
      SEARCH_QUERIES.map(([q]) => q),
    );
    searches.forEach((s, i) =>
      expect(
        fitsFirst(i).map((slug) => `/runbooks/${slug}/`),
        s.query,
      ).toContain(s.top),
    );
    expect(searches[0]!.bytes).toBeGreaterThan(0);
    expect(searches[0]!.bytes).toBeLessThanOrEqual(BUDGETS.firstSearch);
    for (const s of searches.slice(1)) expect(s.bytes, s.query).toBeLessThanOrEqual(BUDGETS.laterSearch);
    expect(searches[0]!.runtimeBytes).toBeGreaterThan(0);
    expect(searches[0]!.runtimeBytes).toBeLessThanOrEqual(BUDGETS.searchRuntime);
  });
});
