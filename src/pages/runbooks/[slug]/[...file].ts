import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { UnsafeContentPath } from "../../../load/content-files.ts";
import { readRunbookFile } from "../../../load/read-runbook-file.ts";
import { recordPath } from "../../../schema/repro.ts";

// A runbook's reproduction script and its records, served as they are in the repository, so a
// reader can run the script on their own machine and see exactly what was recorded here.
export async function getStaticPaths() {
  const entries = await getCollection("runbooks");
  return entries.flatMap(({ id, data }) =>
    data.repro
      ? [data.repro.script, ...data.repro.runs.map((r) => recordPath(r.id))].map((file) => ({
          params: { slug: id, file },
          props: { slug: id, file },
        }))
      : [],
  );
}

export const GET: APIRoute = ({ props }) => {
  const { slug, file } = props as { slug: string; file: string };
  let body: string;
  try {
    body = readRunbookFile(slug, file);
  } catch (error) {
    // A symbolic link or a special file fails the build; it is never served (readRunbookFile refuses it).
    if (!(error instanceof UnsafeContentPath && error.code === "ENOENT")) throw error;
    // A run that has not been recorded yet: say so rather than break the build.
    body = JSON.stringify({ missing: `${file} has not been recorded yet; run npm run repro -- ${slug}` });
  }
  return new Response(body, { headers: { "content-type": file.endsWith(".json") ? "application/json" : "text/plain; charset=utf-8" } });
};
