import { stringify } from "yaml";
import { runbookSchema, type Runbook } from "../../src/schema/runbook.ts";

/**
 * Synthetic but schema-valid runbooks, for benchmarks and the scale fixture.
 * Deterministic: runbook i is always the same, so figures compare across runs.
 *
 * Shaped like the real content so that sizes and timings mean something: exception types
 * as skewed as ours (RuntimeError and ValueError carry two thirds of the signatures),
 * messages that open with the phrases real errors open with, a few templates that start
 * with a placeholder, 1–3 signatures, 2–4 examples, fixes, wrong advice, pins and sources,
 * and a 3–4 kB body whose vocabulary grows with the set, as real identifiers do.
 */

// [type, weight]: counted from the committed signatures, rounded.
const TYPES: [string, number][] = [
  ["RuntimeError", 40],
  ["ValueError", 22],
  ["OSError", 7],
  ["ImportError", 4],
  ["KeyError", 3],
  ["TypeError", 3],
  ["AttributeError", 3],
  ["NotImplementedError", 2],
  ["AssertionError", 2],
  ["IndexError", 2],
  ["torch.OutOfMemoryError", 2],
  ["safetensors_rust.SafetensorError", 2],
  ["torch.AcceleratorError", 2],
  ["_pickle.UnpicklingError", 2],
  ["huggingface_hub.errors.LocalEntryNotFoundError", 2],
  ["torch.distributed.DistBackendError", 1],
  ["MemoryError", 1],
];
// How messages open; "{text}" stands for the templates that begin with a placeholder.
const LEADS: [string, number][] = [
  ["CUDA error:", 8],
  ["size mismatch for", 6],
  ["Expected", 6],
  ["Error(s) in loading state_dict for", 4],
  ["The", 6],
  ["You", 4],
  ["Cannot", 4],
  ["Failed to", 5],
  ["Could not", 4],
  ["unable to", 3],
  ["Unable to", 3],
  ["Error while", 3],
  ["Attempted to", 2],
  ["Trying to", 2],
  ["Input", 2],
  ["Loading", 2],
  ["Some weights of", 2],
  ["Using", 2],
  ["Invalid", 2],
  ["No module named", 2],
  ["We couldn't", 1],
  ["mat1 and mat2", 1],
  ["Tensor on device", 1],
  ["NCCL error in:", 1],
  ["{text}", 6],
];
const PLACEHOLDERS: [string, string[]][] = [
  ["{number}", ["3", "128", "4096"]],
  ["{device}", ["cuda:0", "cuda:7", "cpu"]],
  ["{path}", ["/data/ckpt/model-00001-of-00004.safetensors", "/root/.cache/x/config.json"]],
  ["{shape}", ["torch.Size([4096, 4096])", "[0]", "(1280,)"]],
  ["{name}", ["'model.layers.0.mlp'", '"qwen2_5_vl"']],
];
const FRAMEWORKS = ["pytorch", "transformers", "accelerate", "deepspeed", "opencompass", "lmms-eval", "peft", "vllm"];
const CATEGORIES = ["checkpoint-files", "device-placement", "distributed", "environment", "tokenizers", "generation"];
const PACKAGES = ["torch", "transformers", "accelerate", "deepspeed", "safetensors", "peft", "huggingface-hub"];
const SYLLABLES =
  "ka lo mi ten sor shard grad rank dev ker nel str eam mod ule lay er cfg tok voc emb opt sch buf par tit bat col bar han sto off dty pre qua".split(
    " ",
  );

/** mulberry32: a small seeded generator, so runbook i never changes. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function weighted(rand: () => number, list: readonly [string, number][]): string {
  const total = list.reduce((n, [, w]) => n + w, 0);
  let at = rand() * total;
  for (const [value, w] of list) if ((at -= w) < 0) return value;
  return list[list.length - 1]![0];
}

/** A pseudo-word; the vocabulary grows with i, as identifiers do in real content. */
function wordOf(rand: () => number, i: number): string {
  const n = 2 + Math.floor(rand() * 2);
  const stem = Array.from({ length: n }, () => pick(rand, SYLLABLES)).join("");
  return rand() < 0.15 ? `${stem}_${Math.floor(rand() * (50 + i))}` : stem;
}

function sentence(rand: () => number, i: number, words: number): string {
  const text = Array.from({ length: words }, () => wordOf(rand, i)).join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export interface SyntheticRunbook {
  slug: string;
  frontmatter: Record<string, unknown>;
  data: Runbook;
  body: string;
  /** Example files (examples/<name>.txt → traceback), each matched by one of the signatures. */
  examples: Record<string, string>;
  /** The first example: a traceback that the runbook's main signature matches. */
  example: string;
}

interface Wording {
  type: string;
  template: string;
  filled: string;
}

function wording(rand: () => number, i: number, k: number): Wording {
  const type = weighted(rand, TYPES);
  const lead = weighted(rand, LEADS);
  const [placeholder, fillers] = pick(rand, PLACEHOLDERS);
  const words = [0, 1, 2].map(() => wordOf(rand, i));
  // "case i.k" keeps every wording unique, so an example matches its own runbook only.
  const rest = `${words[0]} ${words[1]} (case ${i}.${k}) failed for ${placeholder} while ${words[2]} was loading`;
  const head = lead === "{text}" ? `{text}: ${wordOf(rand, i)}` : lead;
  const template = `${head} ${rest}`;
  const fill = (t: string) => t.replace("{text}", `/srv/${wordOf(rand, i)}/run.py`).replace(placeholder, pick(rand, fillers));
  return { type, template, filled: fill(template) };
}

function traceback(rand: () => number, i: number, w: Wording, frame: string, extra: string[]): string {
  const [file, func] = frame.split(":");
  return [
    ...extra,
    "Traceback (most recent call last):",
    `  File "/srv/${wordOf(rand, i)}/train.py", line ${10 + Math.floor(rand() * 400)}, in main`,
    "    model = load(args)",
    `  File "/usr/lib/python3.11/site-packages/${file}", line ${20 + Math.floor(rand() * 900)}, in ${func}`,
    `    ${wordOf(rand, i)}(${wordOf(rand, i)})`,
    `${w.type}: ${w.filled}`,
  ].join("\n");
}

export function syntheticRunbook(i: number): SyntheticRunbook {
  const rand = random(0x9e3779b9 ^ (i * 2654435761));
  const nSignatures = 1 + Math.floor(rand() * 3);
  const wordings = Array.from({ length: nSignatures }, (_, k) => wording(rand, i, k));
  const frames = wordings.map(() => `synthetic/${wordOf(rand, i)}.py:load_${wordOf(rand, i)}`);
  const withLine = `${wordOf(rand, i)} ${wordOf(rand, i)} warning {number}`;
  const slug = syntheticSlug(i);
  const signatures = wordings.map((w, k) => ({
    id: k === 0 ? "main" : `wording-${k}`,
    exception: rand() < 0.2 ? [w.type, "RuntimeError"].filter((t, n, all) => all.indexOf(t) === n) : [w.type],
    message: [w.template],
    frames: [frames[k]],
    with: k === 0 ? [withLine] : [],
  }));
  const examples: Record<string, string> = {};
  const nExamples = 2 + Math.floor(rand() * 3);
  for (let e = 0; e < nExamples; e++) {
    const k = e % nSignatures;
    const extra = k === 0 && e === 0 ? [withLine.replace("{number}", String(e + 3))] : [];
    examples[`examples/case-${e}.txt`] = traceback(rand, i, wordings[k]!, frames[k]!, extra);
  }
  const url = (n: number) => `https://github.com/example-org/${wordOf(rand, i)}/issues/${1000 + i * 10 + n}`;
  const frontmatter = {
    title: `${wordings[0]!.type.split(".").pop()}: ${wordings[0]!.filled.slice(0, 90)}`,
    summary: `${sentence(rand, i, 14)} Fix it with ${wordOf(rand, i)}.`,
    cause: sentence(rand, i, 16),
    category: pick(rand, CATEGORIES),
    frameworks: [...new Set([pick(rand, FRAMEWORKS), pick(rand, FRAMEWORKS)])],
    packages: [...new Set([pick(rand, PACKAGES), "torch"])],
    verified: "2026-11-23",
    related: i > 0 && rand() < 0.5 ? [{ slug: syntheticSlug(i - 1), tell: sentence(rand, i, 10) }] : [],
    signatures,
    examples: Object.keys(examples).map((file, e) => ({
      id: `case-${e}`,
      file,
      origin: "reproduced",
      command: "npm run scale",
      date: "2026-11-23",
      versions: { torch: "2.13.0" },
      // Generated fixes carry no `when`: the first one leads for every example.
      fix: "fix-0",
    })),
    hardware: { gpu: "none", notes: [sentence(rand, i, 12)] },
    fixes: Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, f) => ({
      id: `fix-${f}`,
      title: sentence(rand, i, 5),
      safety: ["safe", "safe", "caution"][f] ?? "caution",
      cost: sentence(rand, i, 8),
      steps: `${sentence(rand, i, 20)}\n\n\`\`\`bash\npip install ${wordOf(rand, i)}==1.${f}.0\n\`\`\``,
    })),
    wrong: [{ id: "wrong-0", claim: sentence(rand, i, 8), why: sentence(rand, i, 24) }],
    pins: Array.from({ length: 2 + Math.floor(rand() * 3) }, (_, p) => ({
      id: `pin-${p}`,
      versions: { torch: `>=2.${p},<2.${p + 2}` },
      outcome: p % 2 ? "works" : "fails",
      evidence: p % 2 ? "upstream" : "reported",
      source: url(p),
      note: sentence(rand, i, 10),
    })),
    sources: Array.from({ length: 4 + Math.floor(rand() * 6) }, (_, s) => ({ url: url(s), title: sentence(rand, i, 6) })),
  };
  const body = [
    `<h3 id="what-to-do">What to do</h3>`,
    ...Array.from({ length: 3 }, () => sentence(rand, i, 40)),
    `<h3 id="what-happens">What happens</h3>`,
    ...Array.from({ length: 5 }, () => sentence(rand, i, 45)),
    "```python",
    `${wordOf(rand, i)} = load_${wordOf(rand, i)}(path, device_map="auto")`,
    "```",
    sentence(rand, i, 40),
  ].join("\n\n");
  return { slug, frontmatter, data: runbookSchema.parse(frontmatter), body, examples, example: Object.values(examples)[0]! };
}

/** Its own generator, so a runbook can name its neighbour without generating it. */
function syntheticSlug(i: number): string {
  return `synthetic-${i}-${wordOf(random(i + 1), i).replace(/_/g, "-")}`;
}

export function syntheticRunbooks(n: number): SyntheticRunbook[] {
  return Array.from({ length: n }, (_, i) => syntheticRunbook(i));
}

/** The runbook as content/runbooks/<slug>/index.mdx holds it. */
export function toMdx(runbook: SyntheticRunbook): string {
  return `---\n${stringify(runbook.frontmatter, { lineWidth: 0 })}---\n\n${runbook.body}\n`;
}
