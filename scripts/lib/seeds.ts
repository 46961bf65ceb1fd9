/** The five failures tracebook started from: the examples budgets and benchmarks are measured on. */
export const SEED_SLUGS = [
  "torch-load-mmap-string-filename",
  "meta-tensor-cannot-copy",
  "qwen2-5-vl-zero3-shape-mismatch",
  "multi-gpu-tensors-different-devices",
  "device-map-empty-string",
] as const;

/**
 * What users type into search, and the runbook each must find first: the seeds' error messages and names.
 * A query several runbooks fit lists the others that may rightly lead in its place.
 */
export const SEARCH_QUERIES: readonly (readonly [query: string, slug: string, alsoFits?: readonly string[]])[] = [
  ["Cannot copy out of meta tensor", "meta-tensor-cannot-copy"],
  ["f must be a string filename in order to use mmap argument", "torch-load-mmap-string-filename"],
  // The bare message is printed alike by a model split over GPUs and by a model on the CPU with inputs on
  // CUDA (test/browser/search.test.ts checks that the two lead together).
  ["Expected all tensors to be on the same device", "multi-gpu-tensors-different-devices", ["model-on-cpu-inputs-on-cuda"]],
  // Qwen2.5-VL loaded with the Qwen2-VL class fails on this weight; under ZeRO-3 the shapes read [0].
  ["size mismatch for visual.merger.mlp.2.weight", "qwen2-5-vl-loaded-with-qwen2-vl-class"],
  ["visual.patch_embed.proj.weight", "qwen2-5-vl-zero3-shape-mismatch"],
  ["device_map", "device-map-empty-string"],
];

/** The runbooks the seed query at this index may rightly show first. */
export function fitsFirst(index: number): string[] {
  const [, slug, alsoFits = []] = SEARCH_QUERIES[index]!;
  return [slug, ...alsoFits];
}
