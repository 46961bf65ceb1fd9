import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { contentDir } from "./load/content-dir.ts";
import { safeRunbookIndexes } from "./load/runbook-folders.ts";
import { runbookSchema } from "./schema/runbook.ts";

// One folder per runbook; the folder name is the slug and the permanent URL. The glob loader
// follows symbolic links, so it gets the literal paths of real folders with a real index.mdx
// (src/load/runbook-folders.ts), never a wildcard.
const runbooks = defineCollection({
  loader: glob({
    pattern: safeRunbookIndexes(contentDir()).map((slug) => `${slug}/index.mdx`),
    base: contentDir(),
    generateId: ({ entry }) => entry.split("/")[0]!,
  }),
  schema: runbookSchema,
});

export const collections = { runbooks };
