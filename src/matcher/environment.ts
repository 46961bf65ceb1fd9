import type { LogLine } from "./clean.ts";

/**
 * Read package versions from the environment reports people paste with a
 * traceback: pip list, pip freeze, torch's collect_env, `transformers env`,
 * `accelerate env` and DeepSpeed's ds_report.
 */

export interface FoundVersion {
  version: string;
  /** 1-based line number where it was read. */
  line: number;
}

export interface Environment {
  /** Normalised package name (PEP 503: lowercase, "-" for runs of "-_.") → version. */
  packages: Record<string, FoundVersion>;
  python?: string;
  /** CUDA version torch was built with or runs on. */
  cuda?: string;
  gpus: string[];
  /** Which report formats were recognised. */
  formats: string[];
}

export function normalizePackage(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

// "2.1.2", "4.37.0.dev0", "2.1.2+cu121", "0.15.4"
const VERSION = String.raw`\d+(?:\.\d+)*(?:(?:a|b|rc|\.?post|\.?dev)\d*)*(?:\+[\w.]+)?`;

/** Lines of `key: value` or `- key: value` reports, keyed by a lower-case label. */
const LABELLED: { label: RegExp; package?: string; field?: "python" | "cuda" | "gpu"; format: string }[] = [
  // torch.utils.collect_env
  { label: /^PyTorch version:\s*(\S+)/, package: "torch", format: "collect_env" },
  { label: /^CUDA used to build PyTorch:\s*(\S+)/, field: "cuda", format: "collect_env" },
  { label: /^Python version:\s*(\d+\.\d+(?:\.\d+)?)/, field: "python", format: "collect_env" },
  { label: /^GPU \d+:\s*(.+)$/, field: "gpu", format: "collect_env" },
  // transformers env / accelerate env ("- `transformers` version: 4.37.0")
  { label: /^- `?(transformers|accelerate)`? version:\s*(\S+)/i, format: "transformers env" },
  {
    label: /^- (Huggingface_hub|Safetensors|Accelerate|DeepSpeed|PEFT|Numpy|bitsandbytes|Tokenizers) version:\s*(\S+)/i,
    format: "transformers env",
  },
  { label: /^- PyTorch version(?: \([^)]*\))?:\s*(\S+)/, package: "torch", format: "transformers env" },
  { label: /^- Python version:\s*(\d+\.\d+(?:\.\d+)?)/, field: "python", format: "transformers env" },
  { label: /^- GPU type:\s*(.+)$/, field: "gpu", format: "transformers env" },
  // ds_report ("torch version .................... 2.1.2+cu121")
  { label: /^torch version \.+ (\S+)/, package: "torch", format: "ds_report" },
  { label: /^deepspeed info \.+ ([^,\s]+)/, package: "deepspeed", format: "ds_report" },
  { label: /^torch cuda version \.+ (\S+)/, field: "cuda", format: "ds_report" },
];

export function readEnvironment(lines: readonly LogLine[]): Environment {
  const env: Environment = { packages: {}, gpus: [], formats: [] };
  const formats = new Set<string>();
  const setPackage = (name: string, version: string, index: number) => {
    const key = normalizePackage(name);
    if (!env.packages[key]) env.packages[key] = { version, line: index + 1 };
  };
  let inPipList = false;
  for (const { text: raw, index } of lines) {
    const text = raw.trim();
    if (/^Package\s+Version(?:\s+(?:Editable project location|Location))?$/.test(text)) {
      inPipList = true;
      formats.add("pip list");
      continue;
    }
    if (inPipList) {
      if (/^-+\s+-+/.test(text)) continue;
      const m = new RegExp(`^([A-Za-z0-9][A-Za-z0-9._-]*)\\s+(${VERSION})(?:\\s+\\S.*)?$`).exec(text);
      if (m) {
        setPackage(m[1]!, m[2]!, index);
        continue;
      }
      inPipList = false;
    }
    // pip freeze, and collect_env's "[pip3] torch==2.1.2"
    const freeze = new RegExp(`^(?:\\[(?:pip3?|conda)\\]\\s+)?([A-Za-z0-9][A-Za-z0-9._-]*)==(${VERSION})$`).exec(text);
    if (freeze) {
      setPackage(freeze[1]!, freeze[2]!, index);
      formats.add(text.startsWith("[") ? "collect_env" : "pip freeze");
      continue;
    }
    for (const rule of LABELLED) {
      const m = rule.label.exec(text);
      if (!m) continue;
      formats.add(rule.format);
      const value = m[m.length - 1]!.trim();
      if (rule.field === "python") env.python ??= value;
      else if (rule.field === "cuda") env.cuda ??= value;
      else if (rule.field === "gpu") env.gpus.push(value);
      else if (new RegExp(`^${VERSION}$`).test(value)) setPackage(rule.package ?? m[1]!, value, index);
      break;
    }
  }
  env.formats = [...formats];
  return env;
}
