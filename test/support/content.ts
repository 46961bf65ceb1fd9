import { contentDir } from "../../src/load/content-dir.ts";
import { readRunbookFile } from "../../src/load/read-runbook-file.ts";
import { readRunbooks } from "../../src/load/read-runbooks.ts";
import { compileRunbooks } from "../../src/matcher/compile.ts";

/** The committed content, loaded the way the CLI loads it, once per test file. */
export const content = readRunbooks(contentDir());
export const index = compileRunbooks(content.runbooks);

export const examples = content.runbooks.flatMap((rb) =>
  rb.data.examples.map((example) => ({
    slug: rb.slug,
    id: example.id,
    file: example.file,
    fix: example.fix,
    text: readRunbookFile(rb.slug, example.file),
  })),
);

/** Tracebacks recorded by npm run repro for runs that must fail: examples too. */
export const recordedFailures = content.runbooks.flatMap((rb) =>
  (rb.data.repro?.runs ?? [])
    .filter((run) => run.expect === "fails")
    .flatMap((run) => {
      const record = rb.records.get(`records/${run.id}.json`);
      return record ? [{ slug: rb.slug, id: run.id, text: record.output }] : [];
    }),
);
