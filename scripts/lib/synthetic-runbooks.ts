import { runbookSchema, type Runbook } from "../../src/schema/runbook.ts";

/**
 * Synthetic but schema-valid runbooks, for benchmarks and the scale fixture.
 * Deterministic: runbook i is always the same, so figures compare across runs.
 */

const TYPES = [
  "ValueError",
  "RuntimeError",
  "TypeError",
  "KeyError",
  "OSError",
  "AssertionError",
  "ImportError",
  "NotImplementedError",
  "AttributeError",
  "torch.OutOfMemoryError",
  "safetensors_rust.SafetensorError",
  "IndexError",
];
const WORDS = (
  "tensor shard checkpoint weight buffer rank device kernel stream graph module layer adapter config tokenizer vocab embedding " +
  "optimizer scheduler gradient partition bucket collective barrier handle storage offset stride dtype precision quantizer loader"
).split(" ");
const PLACEHOLDERS = ["{number}", "{device}", "{path}", "{shape}", "{name}"];
const FILLERS: Record<string, string[]> = {
  "{number}": ["3", "128", "4096"],
  "{device}": ["cuda:0", "cuda:7", "cpu"],
  "{path}": ["/data/ckpt/model-00001-of-00004.safetensors", "/root/.cache/x/config.json"],
  "{shape}": ["torch.Size([4096, 4096])", "[0]", "(1280,)"],
  "{name}": ["'model.layers.0.mlp'", '"qwen2_5_vl"'],
};

function word(i: number, k: number): string {
  return WORDS[(i * 7 + k * 13) % WORDS.length]!;
}

export interface SyntheticRunbook {
  slug: string;
  frontmatter: Record<string, unknown>;
  data: Runbook;
  /** A traceback that this runbook's signature matches, for examples and benchmarks. */
  example: string;
}

export function syntheticRunbook(i: number): SyntheticRunbook {
  const type = TYPES[i % TYPES.length]!;
  const placeholder = PLACEHOLDERS[i % PLACEHOLDERS.length]!;
  const words = [0, 1, 2, 3].map((k) => word(i, k));
  const message = `synthetic ${i} ${words[0]} ${words[1]} failed for ${placeholder} while ${words[2]} ${words[3]} was loading`;
  const filled = message.replace(placeholder, FILLERS[placeholder]![i % FILLERS[placeholder]!.length]!);
  const slug = `synthetic-${i}-${words[0]}-${words[1]}`;
  const frontmatter = {
    title: `${type}: synthetic ${i} ${words[0]} ${words[1]} failed`,
    summary: `Synthetic runbook ${i} for benchmarks: the ${words[0]} ${words[1]} fails while ${words[2]} loads.`,
    cause: `Synthetic cause ${i}.`,
    category: ["checkpoint-files", "device-placement", "distributed", "environment", "tokenizers", "generation"][i % 6],
    frameworks: [["pytorch", "transformers", "accelerate", "deepspeed"][i % 4]],
    packages: ["torch"],
    verified: "2026-11-23",
    signatures: [
      {
        id: "main",
        exception: [type],
        message: [message],
        frames: [`synthetic/${words[2]}.py:load_${words[3]}`],
        with: [`${words[1]} ${words[2]} warning {number}`],
      },
    ],
    examples: [
      { id: "one", file: "examples/one.txt", origin: "reproduced", command: "npm run scale", date: "2026-11-23" },
      { id: "two", file: "examples/two.txt", origin: "reproduced", command: "npm run scale", date: "2026-11-23" },
    ],
    hardware: { gpu: "none" },
    fixes: [{ id: "fix", title: `Fix ${i}`, safety: "safe", cost: "None.", steps: `Synthetic step ${i}.` }],
    pins: [
      {
        id: "pin",
        versions: { torch: `>=2.${i % 10}` },
        outcome: "fails",
        evidence: "upstream",
        source: "https://github.com/pytorch/pytorch",
      },
    ],
    sources: [{ url: "https://github.com/pytorch/pytorch", title: "PyTorch" }],
  };
  const example = [
    "Traceback (most recent call last):",
    `  File "/srv/train.py", line ${10 + (i % 90)}, in main`,
    "    model = load()",
    `  File "/usr/lib/python3.11/site-packages/synthetic/${words[2]}.py", line 42, in load_${words[3]}`,
    "    raise_it()",
    `${type}: ${filled}`,
  ].join("\n");
  return { slug, frontmatter, data: runbookSchema.parse(frontmatter), example };
}

export function syntheticRunbooks(n: number): SyntheticRunbook[] {
  return Array.from({ length: n }, (_, i) => syntheticRunbook(i));
}
