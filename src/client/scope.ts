import { FRAMEWORKS } from "../schema/vocabulary.ts";

/**
 * Is a failure tracebook's to answer? The no-match answer reads the packages a traceback's
 * frames pass through: through an ML library, it is a failure tracebook has no runbook for yet;
 * through a general-purpose library only (a Django view, requests decoding JSON), it is outside
 * what tracebook covers, and that library's tracker is the place to ask.
 */

// Import names of the frameworks (FRAMEWORKS keys are pip names) and of other ML libraries.
const ML = new Set([
  ...Object.keys(FRAMEWORKS).map((k) => k.replace(/-/g, "_")),
  ...["torch", "flash_attn", "llama_cpp", "lm_eval", "auto_gptq", "awq", "gptqmodel", "pytorch_lightning", "torchaudio", "jax", "keras"],
  ...["tensorflow", "onnxruntime", "optimum", "sentencepiece", "tiktoken", "datasets", "evaluate", "swift", "llamafactory", "langchain"],
  ...["langchain_community", "llama_index", "ctransformers", "auto_round", "mlx", "mlx_lm", "xtuner", "mmcv", "mmengine", "detectron2"],
]);

// Libraries with no ML in them: a traceback through these alone is not a model failure.
const GENERAL = new Set(
  (
    "django flask fastapi starlette uvicorn gunicorn werkzeug jinja2 requests urllib3 httpx aiohttp pydantic sqlalchemy " +
    "psycopg2 pymysql celery redis boto3 botocore click typer yaml pytest pdb web_pdb IPython ipykernel tornado json"
  ).split(" "),
);

const LIBRARY_FRAME = /File "[^"]*[/\\](?:site|dist)-packages[/\\]([A-Za-z_][\w]*)/;
const TRACEBACK_START = /Traceback \(most recent call last\):/;

/** The packages the traceback ending at `line` (1-based) passes through, deepest first. */
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

export type Scope = { kind: "ml" } | { kind: "general"; package: string } | { kind: "unknown"; package?: string };

export function scopeOf(lines: readonly string[], line: number): Scope {
  const packages = framePackages(lines, line);
  if (packages.some((p) => ML.has(p))) return { kind: "ml" };
  const general = packages.find((p) => GENERAL.has(p));
  if (general && packages.every((p) => GENERAL.has(p))) return { kind: "general", package: packages[0]! };
  return packages.length > 0 ? { kind: "unknown", package: packages[0]! } : { kind: "unknown" };
}
