/**
 * The closed vocabularies of a runbook. A new framework or category is added
 * here, in one place, and the schema, filters and tests follow.
 */

/** Where in a model's life the failure happens; the home page groups by it. */
export const CATEGORIES = {
  "checkpoint-files": "Checkpoint files",
  "device-placement": "Device placement",
  distributed: "Distributed training",
  environment: "Environment and install",
  tokenizers: "Tokenizers, processors and chat templates",
  configs: "Model configs and classes",
  hub: "Hub access and downloads",
  versions: "Library version mismatches",
  quantization: "Quantisation",
  memory: "Memory (GPU and host)",
  "inference-servers": "Inference servers (vLLM, SGLang, llama.cpp)",
  generation: "Generation",
} as const;
export type Category = keyof typeof CATEGORIES;

export const FRAMEWORKS = {
  pytorch: "PyTorch",
  transformers: "transformers",
  accelerate: "accelerate",
  deepspeed: "DeepSpeed",
  peft: "PEFT",
  safetensors: "safetensors",
  "huggingface-hub": "huggingface_hub",
  bitsandbytes: "bitsandbytes",
  "flash-attn": "flash-attn",
  vllm: "vLLM",
  trl: "TRL",
  opencompass: "OpenCompass",
  "lmms-eval": "lmms-eval",
  "lm-eval": "lm-evaluation-harness",
  vlmevalkit: "VLMEvalKit",
  "vlm-r1": "VLM-R1",
  "llama-factory": "LLaMA-Factory",
  tokenizers: "tokenizers",
  diffusers: "diffusers",
  ray: "Ray",
  llava: "LLaVA",
  "open-r1": "open-r1",
  nccl: "NCCL",
  cuda: "CUDA",
  sglang: "SGLang",
  "llama-cpp": "llama.cpp",
  "llama-cpp-python": "llama-cpp-python",
  gguf: "GGUF",
  "ms-swift": "ms-swift",
  unsloth: "Unsloth",
  axolotl: "axolotl",
  comfyui: "ComfyUI",
  optimum: "Optimum",
  "auto-gptq": "AutoGPTQ",
  autoawq: "AutoAWQ",
  gptqmodel: "GPTQModel",
  triton: "Triton",
  xformers: "xFormers",
  mps: "Apple MPS",
  lmdeploy: "LMDeploy",
  modelscope: "ModelScope",
  "sentence-transformers": "sentence-transformers",
  timm: "timm",
  torchvision: "torchvision",
  lightning: "Lightning",
  qwen: "Qwen",
  internvl: "InternVL",
  ollama: "Ollama",
  "lm-studio": "LM Studio",
  "text-generation-webui": "text-generation-webui",
  instructlab: "InstructLab",
} as const;
export type Framework = keyof typeof FRAMEWORKS;

/**
 * How a version pin was established. The page shows which, so a report is
 * never dressed up as a test.
 */
export const EVIDENCE_KINDS = {
  reproduced: "Reproduced here",
  upstream: "Confirmed upstream",
  reported: "Reported by users",
} as const;
export type EvidenceKind = keyof typeof EVIDENCE_KINDS;

/** Fix safety, safest first; a runbook lists its fixes in this order. */
export const SAFETY_LEVELS = {
  safe: "Safe",
  caution: "Use with care",
  risky: "Risky",
} as const;
export type Safety = keyof typeof SAFETY_LEVELS;

export const GPU_NEEDS = {
  none: "Happens without a GPU",
  one: "Needs a GPU",
  several: "Needs several GPUs",
} as const;
