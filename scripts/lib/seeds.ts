/** The five failures tracebook started from: the examples budgets and benchmarks are measured on. */
export const SEED_SLUGS = [
  "torch-load-mmap-string-filename",
  "meta-tensor-cannot-copy",
  "qwen2-5-vl-zero3-shape-mismatch",
  "multi-gpu-tensors-different-devices",
  "device-map-empty-string",
] as const;

/** What users type into search: the seeds' error messages, first the one a first visit measures. */
export const SEARCH_QUERIES = [
  "Cannot copy out of meta tensor",
  "f must be a string filename in order to use mmap argument",
  "Expected all tensors to be on the same device",
  "size mismatch for visual.merger.mlp.2.weight",
  "device_map",
] as const;
