import { FRAMEWORKS } from "../schema/vocabulary.ts";

/**
 * Is a failure tracebook's to answer? A traceback whose frames pass through no ML package (a
 * Django view, a Flask app) is outside what tracebook covers, and the no-match answer says so
 * and names whose tracker to ask, instead of inviting a runbook.
 */

// Import names of the frameworks (FRAMEWORKS keys are pip names) and the packages they ship as.
const ML_PACKAGES = new Set([
  ...Object.keys(FRAMEWORKS).map((k) => k.replace(/-/g, "_")),
  ...["torch", "flash_attn", "llama_cpp", "lm_eval", "auto_gptq", "awq", "gptqmodel", "pytorch_lightning", "torchaudio", "jax", "keras"],
  ...["tensorflow", "onnxruntime", "xformers", "optimum", "sentencepiece", "tiktoken", "datasets", "evaluate", "swift", "llamafactory"],
]);

const LIBRARY_FRAME = /File "[^"]*[/\\](?:site|dist)-packages[/\\]([A-Za-z_][\w]*)/;
const TRACEBACK_START = /Traceback \(most recent call last\):/;

/** The packages whose frames the traceback ending at `line` (1-based) passes through, deepest first. */
export function framePackages(lines: readonly string[], line: number): string[] {
  const found: string[] = [];
  for (let i = Math.min(line, lines.length) - 1; i >= 0 && i >= line - 400; i--) {
    const text = lines[i]!;
    if (TRACEBACK_START.test(text)) break;
    const pkg = LIBRARY_FRAME.exec(text)?.[1];
    if (pkg && !found.includes(pkg)) found.push(pkg);
  }
  return found;
}

/** The deepest library the traceback passes through, when none of its libraries is an ML one. */
export function outsideScope(lines: readonly string[], line: number): string | undefined {
  const packages = framePackages(lines, line);
  return packages.length > 0 && !packages.some((p) => ML_PACKAGES.has(p.toLowerCase())) ? packages[0] : undefined;
}
