import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { siteMatcher } from "../../src/cli/load-index.ts";
import { SHARD_FORMAT, type ShardManifest } from "../../src/matcher/shards.ts";
import { examples, index, recordedFailures } from "../support/content.ts";
import { SITE_DIR } from "../support/site-dir.ts";

// The shard files the build wrote, read as the matcher page fetches them.
const folder = join(SITE_DIR, "signatures");
const manifest = JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8")) as ShardManifest;

describe("built signature shards", () => {
  it("carry the version of the content they were compiled from", () => {
    expect(manifest.format).toBe(SHARD_FORMAT);
    expect(manifest.version).toBe(index.version);
    expect(manifest.runbooks).toBe(index.runbooks.length);
  });

  it("are exactly the files the manifest names, nothing stale beside them", () => {
    const named = [
      ...Object.values(manifest.exceptions).flatMap((k) => [...Object.values(k.start), ...Object.values(k.within)]),
      ...Object.keys(manifest.anywhere),
      ...Object.keys(manifest.frames),
    ];
    expect(
      readdirSync(folder)
        .filter((f) => f !== "manifest.json")
        .sort(),
    ).toEqual([...new Set(named)].sort());
  });

  it("rank every example's and recorded failure's own runbook first", async () => {
    const matcher = await siteMatcher(SITE_DIR);
    for (const example of [...examples, ...recordedFailures.map((r) => ({ ...r, file: `records/${r.id}.json` }))]) {
      const { result } = await matcher.match(example.text);
      expect(result.matches[0]?.slug, `${example.slug}/${example.file}`).toBe(example.slug);
    }
  });

  it("answer the CLI's match --site as they answer the page", () => {
    const seed = examples.find((e) => e.slug === "torch-load-mmap-string-filename")!;
    const run = spawnSync(process.execPath, ["scripts/tracebook.ts", "match", "--site", SITE_DIR, "--json", "-"], {
      input: seed.text,
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { matches: { slug: string }[] }).matches[0]?.slug).toBe(seed.slug);
  });

  it("are compiled at build time: the page's scripts carry no template compiler, so nothing compiles per paste", () => {
    const scripts = readdirSync(join(SITE_DIR, "_astro")).filter((f) => f.endsWith(".js"));
    expect(scripts.some((f) => f.startsWith("match-worker"))).toBe(true);
    // compileTemplate's own refusal message: present wherever the compiler is bundled
    for (const f of scripts) expect(readFileSync(join(SITE_DIR, "_astro", f), "utf8"), f).not.toContain("looks like a regular expression");
  });

  it("refuse --site on a folder that is not a built site, with a clear error", () => {
    const run = spawnSync(process.execPath, ["scripts/tracebook.ts", "match", "--site", "content", "-"], { input: "x", encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/manifest\.json not found; build the site first/);
  });
});
