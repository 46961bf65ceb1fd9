import type { APIRoute, GetStaticPaths } from "astro";
import { signatureShards } from "../../site/signature-shards.ts";

// One file per shard, named by its content hash (e.g. 1a2b3c4d.json).
export const getStaticPaths = (async () => {
  const { shards } = await signatureShards();
  return [...shards].map(([shard, data]) => ({ params: { shard }, props: { data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.data), { headers: { "content-type": "application/json" } });
