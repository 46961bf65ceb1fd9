import { parseLog, type ParsedException } from "./parse.ts";

/**
 * A first signature drawn from a real traceback, for `tracebook new`: the
 * failure's exception and its message with the machine-specific parts
 * (numbers, devices, paths, shapes, quoted names) turned into placeholders.
 */
export interface DraftSignature {
  exception: string;
  message: string;
  chain: "first" | "any";
  frames: string[];
  /** Lower-case words for a slug suggestion. */
  slug: string;
}

const MAX_MESSAGE = 200;

export function draftSignature(log: string): DraftSignature | undefined {
  const { exceptions } = parseLog(log);
  const failures = exceptions.filter((e) => !e.wrapper);
  // The first exception of the last chain: later chains are usually the outcome of earlier ones failing.
  const last = failures[failures.length - 1];
  if (!last) return undefined;
  const root = failures.find((e) => e.chain === last.chain && e.position === 0) ?? last;
  const chained = failures.some((e) => e.chain === root.chain && e !== root);
  return {
    exception: root.type.slice(root.type.lastIndexOf(".") + 1),
    message: templatize(firstLine(root)),
    chain: chained ? "first" : "any",
    frames: frameSuffixes(root),
    slug: slugFrom(root),
  };
}

function firstLine(e: ParsedException): string {
  const line = e.message.split("\n").find((l) => l.trim() !== "") ?? "";
  return line.trim().slice(0, MAX_MESSAGE);
}

/** Replace what differs between machines with typed placeholders; escape literal braces. */
export function templatize(message: string): string {
  const placeholders: string[] = [];
  // One private-use character per placeholder: later patterns (numbers!) cannot see inside it.
  const hold = (p: string) => String.fromCharCode(0xe000 + placeholders.push(p) - 1);
  let text = message.replace(/[{}]/g, (b) => b + b);
  text = text.replace(/torch\.Size\(\[[\d, ]*\]\)|\[[\d, ]+\]|\(\d+(?:, \d+)*,?\)/g, () => hold("{shape}"));
  text = text.replace(/(?<![\w/])(?:\/|~\/|[A-Za-z]:\\)[^\s'",;]+/g, () => hold("{path}"));
  text = text.replace(/(['"`])[^'"`\n]{1,120}\1/g, () => hold("{name}"));
  text = text.replace(/\b(?:cuda|cpu|meta|mps|xpu|npu)(?::\d+)?\b/g, () => hold("{device}"));
  text = text.replace(/(?<![\w.])-?\d+(?:\.\d+)?(?![\w.]*[A-Za-z_])/g, () => hold("{number}"));
  // Two placeholders in a row are ambiguous to match; keep the first.
  text = text.replace(/([\ue000-\uefff])\s*[\ue000-\uefff]/g, "$1");
  return text.replace(/[\ue000-\uefff]/g, (c) => placeholders[c.charCodeAt(0) - 0xe000]!);
}

function frameSuffixes(e: ParsedException): string[] {
  return e.frames
    .slice(-2)
    .map((f) => {
      const parts = f.file.split("/");
      const file = parts.slice(-2).join("/");
      return /^[\w./-]+\.py$/.test(file) && /^[A-Za-z_]\w*$/.test(f.func) ? `${file}:${f.func}` : "";
    })
    .filter(Boolean);
}

function slugFrom(e: ParsedException): string {
  const words = firstLine(e)
    .toLowerCase()
    .replace(/['"`][^'"`]*['"`]|\/\S+|\d+/g, " ")
    .split(/[^a-z]+/)
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w))
    .slice(0, 6);
  return words.length > 0 ? words.join("-") : e.type.toLowerCase().replace(/[^a-z]+/g, "-");
}

const STOP_WORDS = new Set([
  "the",
  "and",
  "for",
  "with",
  "that",
  "this",
  "you",
  "are",
  "was",
  "but",
  "not",
  "from",
  "your",
  "please",
  "order",
  "use",
]);
