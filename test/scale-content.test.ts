import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { countRunbooks, writeScaleContent } from "../scripts/lib/scale-content.ts";
import { contentMatcher } from "../src/cli/load-index.ts";
import { readRunbookFile } from "../src/load/read-runbook-file.ts";
import { formatIssue, readRunbooks } from "../src/load/read-runbooks.ts";

// The scale fixture must be content the real checks accept, or its figures mean nothing.
const root = mkdtempSync(join(tmpdir(), "tracebook-scale-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the scale fixture's content", () => {
  const real = countRunbooks("content/runbooks");
  const dir = writeScaleContent(real + 60, join(root, "runbooks"), "content/runbooks");
  const { runbooks, issues } = readRunbooks(dir);

  it("passes npm run check's validation: schema, files, links and records", () => {
    expect(issues.map(formatIssue)).toEqual([]);
    expect(runbooks).toHaveLength(real + 60);
  });

  it("varies exception types, placeholders, signatures, examples and pins", () => {
    const generated = runbooks.filter((r) => r.slug.startsWith("synthetic-")).map((r) => r.data);
    expect(new Set(generated.flatMap((d) => d.signatures.flatMap((s) => s.exception))).size).toBeGreaterThanOrEqual(8);
    expect(generated.some((d) => d.signatures.some((s) => s.message.some((m) => m.startsWith("{text}"))))).toBe(true);
    expect(new Set(generated.map((d) => d.signatures.length)).size).toBeGreaterThan(1);
    expect(new Set(generated.map((d) => d.examples.length)).size).toBeGreaterThan(1);
    expect(new Set(generated.flatMap((d) => d.pins.map((p) => p.evidence)))).toEqual(new Set(["reported", "upstream"]));
  });

  it("has examples that each find their own runbook first", async () => {
    const matcher = contentMatcher(dir);
    for (const rb of runbooks.filter((r) => r.slug.startsWith("synthetic-"))) {
      for (const example of rb.data.examples) {
        const { result } = await matcher.match(readRunbookFile(rb.slug, example.file, dir));
        expect(result.matches[0]?.slug, `${rb.slug}/${example.file}`).toBe(rb.slug);
      }
    }
  });

  it("is generated the same way every time", () => {
    const again = writeScaleContent(5, join(root, "again"), "content/runbooks");
    const first = readRunbooks(again).runbooks.map((r) => JSON.stringify(r.data));
    const other = writeScaleContent(5, join(root, "again-2"), "content/runbooks");
    expect(readRunbooks(other).runbooks.map((r) => JSON.stringify(r.data))).toEqual(first);
  });
});
