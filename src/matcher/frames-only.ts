import type { CompiledIndex } from "./compile.ts";
import type { Frame, ParsedLog } from "./parse.ts";

/**
 * A paste cut before its message still shows where it failed. When nothing matches, the runbooks
 * whose signatures name frames that all appear in a traceback left without its exception line,
 * the last of its frames among them, are offered as possibilities: never as a match, and always
 * with the request for the last lines of the log, which hold the message.
 */

/** At most this many possibilities: a guess from frames alone should stay short. */
const MAX_POSSIBILITIES = 3;

export interface Possibility {
  slug: string;
  title: string;
  url: string;
  signature: string;
  /** The frames of the paste that the signature names. */
  frames: { line: number; text: string; pattern: string }[];
}

/** The last part of a frame's file path: what a frame is filed under in the shards. */
export function frameName(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1);
}

/** A frame of the paste is the one a signature names: same file (as a path suffix) and, if named, function. */
export function frameMatches(frame: Frame, want: { file: string; func?: string }): boolean {
  return (frame.file === want.file || frame.file.endsWith(`/${want.file}`)) && (!want.func || frame.func === want.func);
}

export function framesOnly(log: ParsedLog, index: CompiledIndex, lineText: (i: number) => string): Possibility[] {
  if (log.cut.length === 0) return [];
  const found: (Possibility & { strength: number })[] = [];
  for (const runbook of index.runbooks) {
    let bestForRunbook: (Possibility & { strength: number }) | undefined;
    for (const signature of runbook.signatures) {
      // A file alone (a module every load passes through) says too little: one named function at least.
      if (signature.frames.length === 0 || !signature.frames.some((f) => f.func)) continue;
      for (const cut of log.cut) {
        const seen = signature.frames.map((want) => cut.frames.find((f) => frameMatches(f, want)));
        if (seen.some((f) => !f)) continue;
        // The frame a traceback ends with is the one that raised: a named function must be that frame, or a
        // paste cut anywhere below a caller that many loads pass through would be offered this runbook.
        const last = cut.frames.at(-1)!;
        if (!signature.frames.some((want) => want.func && frameMatches(last, want))) continue;
        const strength = signature.frames.length;
        if (bestForRunbook && bestForRunbook.strength >= strength) continue;
        bestForRunbook = {
          slug: runbook.slug,
          title: runbook.title,
          url: runbook.url,
          signature: signature.id,
          strength,
          frames: seen.map((f, i) => {
            const want = signature.frames[i]!;
            return { line: f!.index + 1, text: lineText(f!.index), pattern: want.func ? `${want.file}:${want.func}` : want.file };
          }),
        };
      }
    }
    if (bestForRunbook) found.push(bestForRunbook);
  }
  return found
    .sort((a, b) => b.strength - a.strength || a.slug.localeCompare(b.slug))
    .slice(0, MAX_POSSIBILITIES)
    .map(({ strength: _strength, ...p }) => p);
}
