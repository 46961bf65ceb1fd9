import { TODO_MARK } from "./fields.ts";
import type { RunbookEntry } from "./runbook.ts";

/** A problem found in the content, named so that an author can go straight to it. */
export interface ContentIssue {
  file: string;
  /** Dotted field path such as `signatures[0].message[1]`, or "" for the file as a whole. */
  field: string;
  message: string;
}

export interface CollectionInput extends RunbookEntry {
  /** Paths that exist in the runbook's folder, relative to it (examples/x.txt, records/y.json). */
  files: ReadonlySet<string>;
}

/**
 * Checks that span runbooks or touch files beside them, which a per-entry
 * zod schema cannot see. Astro only logs a broken reference() and builds
 * anyway, so these run before the build and fail it.
 */
export function checkCollection(entries: readonly CollectionInput[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const owners = new Map<string, string>();
  for (const entry of entries) {
    for (const [name, field] of [[entry.slug, ""], ...entry.data.redirectFrom.map((s, i) => [s, `redirectFrom[${i}]`])] as [
      string,
      string,
    ][]) {
      const owner = owners.get(name);
      if (owner !== undefined) {
        issues.push({
          file: entry.file,
          field,
          message: `slug "${name}" is already used by ${owner}; slugs and former slugs must be unique`,
        });
      } else {
        owners.set(name, entry.file);
      }
    }
  }
  const slugs = new Set(entries.map((e) => e.slug));
  for (const entry of entries) {
    const { data, file } = entry;
    data.related.forEach((rel, i) => {
      if (!slugs.has(rel.slug)) {
        issues.push({ file, field: `related[${i}].slug`, message: `runbook "${rel.slug}" does not exist` });
      }
      if (rel.slug === entry.slug) issues.push({ file, field: `related[${i}].slug`, message: "a runbook cannot be related to itself" });
    });
    data.examples.forEach((example, i) => {
      if (!entry.files.has(example.file)) {
        issues.push({ file, field: `examples[${i}].file`, message: `file "${example.file}" does not exist beside the runbook` });
      }
    });
    data.pins.forEach((pin, i) => {
      if (pin.evidence === "reproduced" && !entry.files.has(pin.record)) {
        issues.push({ file, field: `pins[${i}].record`, message: `record "${pin.record}" does not exist beside the runbook` });
      }
    });
    for (const [, target] of entry.body.matchAll(/\]\(\/runbooks\/([^/)#]+)\/?(?:#[^)]*)?\)|href="\/runbooks\/([^/"#]+)/g)) {
      if (target && !slugs.has(target)) issues.push({ file, field: "body", message: `links /runbooks/${target}/, which does not exist` });
    }
    if (entry.body.includes(TODO_MARK)) {
      issues.push({ file, field: "body", message: "still has a TODO from tracebook new: explain the cause" });
    }
    const heading = /^#{1,6}\s/m.exec(stripFences(entry.body));
    if (heading) {
      issues.push({
        file,
        field: "body",
        message: `Markdown heading "${heading.input.slice(heading.index).split("\n")[0]}" has no stable id; write <h3 id="...">...</h3> so links to it never break`,
      });
    }
  }
  return issues;
}

function stripFences(body: string): string {
  return body.replace(/^(```|~~~)[\s\S]*?^\1/gm, "");
}
