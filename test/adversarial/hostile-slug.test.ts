import { mkdirSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { BadInput } from "../../src/cli/read-input.ts";
import { scaffoldRunbook } from "../../src/cli/scaffold.ts";
import { count, adversarialSuite, scratch } from "./hostile-content.ts";

// `tracebook new --slug S` makes content/runbooks/S/: a slug that is not a slug must not become a
// path anywhere else, and nothing at all is written for it.
adversarialSuite("hostile --slug");

const TRACEBACK =
  'Traceback (most recent call last):\n  File "x.py", line 1, in <module>\nValueError: f must be a string filename in order to use mmap argument\n';

const SLUGS = [
  "../../x",
  "../escaped",
  "/tmp/absolute",
  "a/../../b",
  "..",
  ".",
  "a/b",
  "a\\b",
  "x y",
  "UPPER",
  "",
  "slug\n",
  "-x",
  "x-",
  "a--b",
  "%2e%2e",
  "runbook\u0000",
];

/** Every path under `root`, to see that a refused slug wrote nothing anywhere. */
function tree(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .map((d) => relative(root, join(d.parentPath, d.name)))
    .sort();
}

describe("tracebook new --slug", () => {
  it.each(SLUGS)("refuses %j and writes nothing, inside or outside the content folder", (slug) => {
    count("hostile --slug values");
    const sandbox = scratch("slug");
    const content = join(sandbox, "a", "b", "content", "runbooks");
    mkdirSync(content, { recursive: true });
    const before = tree(sandbox);
    expect(() => scaffoldRunbook(TRACEBACK, content, "2026-11-30", slug)).toThrow(BadInput);
    expect(() => scaffoldRunbook(TRACEBACK, content, "2026-11-30", slug)).toThrow(/is not a slug/);
    expect(tree(sandbox)).toEqual(before);
  });

  it("still makes a runbook for a slug", () => {
    const content = scratch("slug");
    expect(scaffoldRunbook(TRACEBACK, content, "2026-11-30", "mmap-needs-a-path").slug).toBe("mmap-needs-a-path");
    expect(tree(content)).toEqual([
      "mmap-needs-a-path",
      "mmap-needs-a-path/examples",
      "mmap-needs-a-path/examples/first.txt",
      "mmap-needs-a-path/index.mdx",
    ]);
  });
});
