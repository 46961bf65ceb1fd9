import type { CollectionEntry } from "astro:content";
import { readRunbookFile } from "../load/read-runbook-file.ts";

/**
 * The log /match/ offers to try in one click: a real report (01-ai/Yi#302) whose answer shows
 * what the matcher does, the evidence lines (a warning above the traceback, the frame, the
 * message) and the fix that fits. If that runbook goes, any runbook's first example stands in.
 */
const PREFERRED = { slug: "meta-tensor-cannot-copy", example: "yi-302" };

export function matchExample(entries: readonly CollectionEntry<"runbooks">[]) {
  const entry = entries.find((e) => e.id === PREFERRED.slug) ?? entries[0]!;
  const example = entry.data.examples.find((e) => e.id === PREFERRED.example) ?? entry.data.examples[0]!;
  return {
    slug: entry.id,
    text: readRunbookFile(entry.id, example.file),
    source: example.origin === "reported" ? example.source : undefined,
  };
}
