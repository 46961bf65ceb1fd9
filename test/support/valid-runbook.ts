import type { CollectionInput } from "../../src/schema/collection.ts";
import { runbookSchema } from "../../src/schema/runbook.ts";

/**
 * A complete, valid runbook frontmatter. Tests change one thing in a copy
 * and assert the exact complaint, so each test shows one rule.
 */
export function validFrontmatter(): Record<string, unknown> {
  return {
    title: "ValueError: f must be a string filename in order to use mmap argument",
    summary: "torch.load gets a BytesIO with mmap=True; upgrade OpenCompass.",
    cause: "OpenCompass <= 0.2.1 wraps torch.load and passes a BytesIO while transformers asks for mmap.",
    category: "checkpoint-files",
    frameworks: ["opencompass", "transformers"],
    packages: ["torch", "transformers", "opencompass"],
    verified: "2026-11-23",
    signatures: [
      {
        id: "mmap-needs-path",
        exception: ["ValueError", "TypeError"],
        message: ["f must be a string filename in order to use mmap argument"],
        chain: "first",
      },
    ],
    examples: [
      {
        id: "a",
        file: "examples/a.txt",
        origin: "reported",
        source: "https://github.com/open-compass/opencompass/issues/832",
        fix: "upgrade",
      },
      { id: "b", file: "examples/b.txt", origin: "reproduced", command: "python repro.py", date: "2026-11-23", fix: "upgrade" },
    ],
    hardware: { gpu: "none" },
    fixes: [{ id: "upgrade", title: "Upgrade OpenCompass", safety: "safe", cost: "None.", steps: "`pip install -U opencompass`" }],
    pins: [
      {
        id: "fixed",
        versions: { opencompass: ">=0.2.2" },
        outcome: "works",
        evidence: "upstream",
        source: "https://github.com/open-compass/opencompass/pull/876",
      },
    ],
    sources: [{ url: "https://github.com/open-compass/opencompass/issues/832", title: "opencompass#832" }],
  };
}

/** A parsed entry as checkCollection sees it, with the files that exist beside it. */
export function entry(slug: string, frontmatter = validFrontmatter(), files = ["examples/a.txt", "examples/b.txt"]): CollectionInput {
  return {
    slug,
    file: `content/runbooks/${slug}/index.mdx`,
    data: runbookSchema.parse(frontmatter),
    body: "The cause.",
    files: new Set(files),
    records: new Map(),
  };
}
