import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { runbookUrl } from "../matcher/compile.ts";
import { exceptionTypes } from "../site/runbook-view.ts";

// A machine-readable list for bots and scripts that link runbooks in issue replies.
export const GET: APIRoute = async ({ site }) => {
  const entries = await getCollection("runbooks");
  const runbooks = entries.map(({ id, data }) => ({
    slug: id,
    url: new URL(runbookUrl(id), site).href,
    title: data.title,
    summary: data.summary,
    category: data.category,
    frameworks: data.frameworks,
    exceptions: exceptionTypes(data),
    verified: data.verified,
  }));
  return new Response(JSON.stringify({ runbooks }, null, 2), { headers: { "content-type": "application/json" } });
};
