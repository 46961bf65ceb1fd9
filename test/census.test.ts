import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { censusSchema, coverage, type CensusEntry } from "../src/census/sample.ts";
import { content } from "./support/content.ts";

const sample = censusSchema.parse(JSON.parse(readFileSync("census/sample.json", "utf8")));

describe("the census", () => {
  it("samples at least 150 real issues from 2023 to 2026, from at least 15 repositories, at most 10 from each", () => {
    expect(sample.length).toBeGreaterThanOrEqual(150);
    for (const e of sample) expect(e.date >= "2023-01-01" && e.date <= "2026-12-31", e.url).toBe(true);
    const perRepo = new Map<string, number>();
    for (const e of sample) perRepo.set(e.repo, (perRepo.get(e.repo) ?? 0) + 1);
    expect(perRepo.size).toBeGreaterThanOrEqual(15);
    expect(Math.max(...perRepo.values())).toBeLessThanOrEqual(10);
  });

  it("names only runbooks that exist", () => {
    const slugs = new Set(content.runbooks.map((r) => r.slug));
    expect(sample.filter((e) => e.runbook && !slugs.has(e.runbook)).map((e) => `${e.url}: ${e.runbook}`)).toEqual([]);
  });

  it("refuses an entry whose repository is not the URL's", () => {
    const bad = [{ ...sample[0]!, repo: "someone/else" }];
    expect(censusSchema.safeParse(bad).success).toBe(false);
  });
});

describe("census coverage", () => {
  const entry = (klass: string, runbook: string | null): CensusEntry => ({
    url: `https://github.com/a/b/issues/${klass.length}${runbook ?? ""}`,
    repo: "a/b",
    date: "2024-01-01",
    exception: "E",
    class: klass,
    runbook,
  });

  it("counts the share with a runbook and ranks the uncovered classes by count", () => {
    const c = coverage([entry("x", "r"), entry("y", null), entry("z", null), entry("z", null)]);
    expect(c).toMatchObject({ issues: 4, covered: 1, repositories: 1 });
    expect(c.uncovered.map((u) => [u.class, u.count])).toEqual([
      ["z", 2],
      ["y", 1],
    ]);
  });
});
