/** The five failures tracebook started from: the examples budgets and benchmarks are measured on. */
export const SEED_SLUGS = [
  "torch-load-mmap-string-filename",
  "meta-tensor-cannot-copy",
  "qwen2-5-vl-zero3-shape-mismatch",
  "multi-gpu-tensors-different-devices",
  "device-map-empty-string",
] as const;

/** What users type into search, and the runbook each must find first: the seeds' error messages and names. */
export const SEARCH_QUERIES: readonly (readonly [query: string, slug: string])[] = [
  ["Cannot copy out of meta tensor", "meta-tensor-cannot-copy"],
  ["f must be a string filename in order to use mmap argument", "torch-load-mmap-string-filename"],
  ["Expected all tensors to be on the same device", "multi-gpu-tensors-different-devices"],
  // Qwen2.5-VL loaded with the Qwen2-VL class fails on this weight; under ZeRO-3 the shapes read [0].
  ["size mismatch for visual.merger.mlp.2.weight", "qwen2-5-vl-loaded-with-qwen2-vl-class"],
  ["visual.patch_embed.proj.weight", "qwen2-5-vl-zero3-shape-mismatch"],
  ["device_map", "device-map-empty-string"],
];

/**
 * The runbooks a seed query may rightly show first. The bare "Expected all tensors…" message is printed
 * alike by a model split over GPUs and by a model on the CPU with inputs on CUDA, so either may lead
 * (test/browser/search.test.ts checks that the two lead together).
 */
export function fitsFirst(index: number): string[] {
  const [query, slug] = SEARCH_QUERIES[index]!;
  return query === "Expected all tensors to be on the same device" ? [slug, "model-on-cpu-inputs-on-cuda"] : [slug];
}
