import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { compileRunbooks } from "../matcher/compile.ts";

// Compiled once per build from the same frontmatter the pages render: the matcher page loads this.
export const GET: APIRoute = async () => {
  const entries = await getCollection("runbooks");
  const index = compileRunbooks(entries.map((e) => ({ slug: e.id, data: e.data })));
  return new Response(JSON.stringify(index), { headers: { "content-type": "application/json" } });
};
