import type { LogLine } from "./clean.ts";

import { valid } from "@renovatebot/pep440";

/**
 * Read package versions from the environment reports people paste with a
 * traceback: pip list (with or without its header, or a `pip list | grep`
 * fragment), pip freeze, conda list, pip show, torch's collect_env,
 * `transformers env`, `accelerate env` and DeepSpeed's ds_report.
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
  /** Versions that were read but are not valid PEP 440 versions: skipped, with where they stood. */
  skipped: { name: string; version: string; line: number }[];
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

// A two-column row of pip list, or a conda list row (name, version, build, channel), as `| grep` leaves them.
// Under its header a list pads the longest name with one space; without one, demand two, as padding leaves.
const LISTED = new RegExp(`^([A-Za-z0-9][A-Za-z0-9._-]*)\\s+(${VERSION})(?:\\s+\\S+){0,2}$`);
const PADDED = /^\S+\s{2,}\S/;
const CONDA_HEADER = /^#\s*Name\s+Version\s+Build(?:\s+Channel)?$/;
/**
 * A headerless row is read when its name is a package these failures involve, or when it stands
 * in a run of such rows: "loss  0.123" in a training log is not a pip list.
 */
const KNOWN_PACKAGES = new Set(
  "torch torchvision torchaudio transformers accelerate peft deepspeed vllm sglang bitsandbytes safetensors tokenizers huggingface-hub flash-attn xformers triton opencompass lmms-eval lm-eval trl diffusers sentence-transformers llama-cpp-python auto-gptq autoawq gptqmodel optimum numpy timm unsloth ms-swift llamafactory".split(
    " ",
  ),
);
const DIGIT = /\d/;
const LABEL_HINT = /[Vv]ersion|^GPU \d|^deepspeed info/;
const REPORT_START = /^[A-Za-z0-9#[-]/;
const HEADER_START = /^\s*(?:Package\s|#\s*Name\s|Name:)/;
const PIP_SHOW_NAME = /^Name:\s*([A-Za-z0-9][A-Za-z0-9._-]*)$/;
const PIP_SHOW_VERSION = /^Version:\s*(\S+)$/;
const FREEZE = new RegExp(`^(?:\\[(?:pip3?|conda)\\]\\s+)?([A-Za-z0-9][A-Za-z0-9._-]*)==(${VERSION})$`);
const WHOLE_VERSION = new RegExp(`^${VERSION}$`);

export function readEnvironment(lines: readonly LogLine[]): Environment {
  const env: Environment = { packages: {}, gpus: [], formats: [], skipped: [] };
  const formats = new Set<string>();
  const setPackage = (name: string, version: string, index: number) => {
    // A version pip would refuse (`1a1a`) is noted and skipped: judging it would be a guess.
    if (!valid(version)) {
      env.skipped.push({ name, version, line: index + 1 });
      return;
    }
    const key = normalizePackage(name);
    if (!env.packages[key]) env.packages[key] = { version, line: index + 1 };
  };
  let inPipList = false;
  let shownPackage: string | undefined;
  const headerless: { name: string; version: string; index: number }[] = [];
  for (const { text: raw, index } of lines) {
    // Every report line names a version (a digit) or is a header; a line without either only ends a list.
    if (!DIGIT.test(raw) && !HEADER_START.test(raw)) {
      if (raw.trim() && !/^\s*-+\s+-+/.test(raw)) inPipList = false;
      continue;
    }
    const text = raw.trim();
    // Every pattern below starts with a letter, a digit, "#", "-" or "[": another line only ends a list.
    if (!REPORT_START.test(text)) {
      inPipList = false;
      continue;
    }
    if (/^Package\s+Version(?:\s+(?:Editable project location|Location))?$/.test(text) || CONDA_HEADER.test(text)) {
      inPipList = true;
      formats.add(text.startsWith("#") ? "conda list" : "pip list");
      continue;
    }
    if (/^-+\s+-+/.test(text)) continue;
    // collect_env's "[conda] torch 2.1.2 py3.10_cuda12.1_0 pytorch"
    const listed = LISTED.exec(text.replace(/^\[conda\]\s+/, ""));
    if (listed && (inPipList || text.startsWith("[conda]"))) {
      setPackage(listed[1]!, listed[2]!, index);
      formats.add(inPipList ? [...formats].find((f) => f.endsWith(" list"))! : "collect_env");
      continue;
    }
    inPipList = false;
    if (listed && PADDED.test(text)) {
      headerless.push({ name: listed[1]!, version: listed[2]!, index });
      continue;
    }
    // pip freeze, and collect_env's "[pip3] torch==2.1.2"
    const freeze = FREEZE.exec(text);
    if (freeze) {
      setPackage(freeze[1]!, freeze[2]!, index);
      formats.add(text.startsWith("[") ? "collect_env" : "pip freeze");
      continue;
    }
    // pip show: "Name: torch" then "Version: 2.1.2"
    const shown = PIP_SHOW_NAME.exec(text);
    if (shown) {
      shownPackage = shown[1];
      continue;
    }
    const shownVersion = shownPackage ? PIP_SHOW_VERSION.exec(text) : null;
    if (shownVersion) {
      setPackage(shownPackage!, shownVersion[1]!, index);
      formats.add("pip show");
      shownPackage = undefined;
      continue;
    }
    // The labelled reports all name a version (or a GPU, or DeepSpeed's info line): other lines skip them.
    if (!LABEL_HINT.test(text)) continue;
    for (const rule of LABELLED) {
      const m = rule.label.exec(text);
      if (!m) continue;
      formats.add(rule.format);
      const value = m[m.length - 1]!.trim();
      if (rule.field === "python") env.python ??= value;
      else if (rule.field === "cuda") env.cuda ??= value;
      else if (rule.field === "gpu") env.gpus.push(value);
      else if (WHOLE_VERSION.test(value)) setPackage(rule.package ?? m[1]!, value, index);
      break;
    }
  }
  headerless.forEach((row, i) => {
    const inRun = headerless[i - 1]?.index === row.index - 1 || headerless[i + 1]?.index === row.index + 1;
    if (!inRun && !KNOWN_PACKAGES.has(normalizePackage(row.name))) return;
    setPackage(row.name, row.version, row.index);
    formats.add("pip list without its header");
  });
  env.formats = [...formats];
  return env;
}
