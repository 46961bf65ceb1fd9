import { describe, expect, it } from "vitest";
import { formatIssue } from "../src/load/read-runbooks.ts";
import { matchText } from "../src/matcher/rank.ts";
import { content, examples, index, recordedFailures } from "./support/content.ts";
import { SEED_SLUGS } from "../scripts/lib/seeds.ts";

const SEEDS: readonly string[] = SEED_SLUGS;

describe("committed content", () => {
  it("passes the schema and the cross-runbook checks", () => {
    expect(content.issues.map(formatIssue)).toEqual([]);
  });

  it.each(SEEDS)("has the seed runbook %s", (slug) => {
    expect(content.runbooks.map((r) => r.slug)).toContain(slug);
  });

  it("gives every runbook at least two real examples", () => {
    for (const rb of content.runbooks) expect(rb.data.examples.length, rb.slug).toBeGreaterThanOrEqual(2);
  });
});

// Like rustc's error index: an example that does not point back at its own runbook is a broken example or signature.
describe.each(examples.map((e) => [`${e.slug}/${e.file}`, e] as const))("example %s", (_, example) => {
  it("ranks its own runbook first, and no other runbook above the threshold", () => {
    const result = matchText(example.text, index);
    expect(result.matches.map((m) => m.slug)).toEqual([example.slug]);
  });

  it("leads with the fix the example names", () => {
    expect(matchText(example.text, index).matches[0]?.fix.id).toBe(example.fix);
  });
});

describe.each(recordedFailures.map((r) => [`${r.slug}/records/${r.id}.json`, r] as const))("recorded failure %s", (_, record) => {
  it("ranks its own runbook first, and no other runbook above the threshold", () => {
    expect(matchText(record.text, index).matches.map((m) => m.slug)).toEqual([record.slug]);
  });
});
