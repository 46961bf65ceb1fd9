import type { APIRoute } from "astro";
import { signatureShards } from "../../site/signature-shards.ts";

// The matcher page's entry point: which shard file holds which exception types' signatures.
export const GET: APIRoute = async () => {
  const { manifest } = await signatureShards();
  return new Response(JSON.stringify(manifest), { headers: { "content-type": "application/json" } });
};
