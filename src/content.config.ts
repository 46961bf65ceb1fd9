import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { contentDir } from "./load/content-dir.ts";
import { runbookSchema } from "./schema/runbook.ts";

// One folder per runbook; the folder name is the slug and the permanent URL.
const runbooks = defineCollection({
  loader: glob({
    pattern: "*/index.mdx",
    base: contentDir(),
    generateId: ({ entry }) => entry.split("/")[0]!,
  }),
  schema: runbookSchema,
});

export const collections = { runbooks };
