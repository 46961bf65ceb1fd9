import { contentDir } from "../../src/load/content-dir.ts";
import { readExample } from "../../src/load/read-example.ts";
import { readRunbooks } from "../../src/load/read-runbooks.ts";
import { compileRunbooks } from "../../src/matcher/compile.ts";

/** The committed content, loaded the way the CLI loads it, once per test file. */
export const content = readRunbooks(contentDir());
export const index = compileRunbooks(content.runbooks);

export const examples = content.runbooks.flatMap((rb) =>
  rb.data.examples.map((example) => ({ slug: rb.slug, id: example.id, file: example.file, text: readExample(rb.slug, example.file) })),
);
