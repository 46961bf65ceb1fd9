import type { LogLine } from "./clean.ts";
import { work } from "./work.ts";

/**
 * rich's boxed tracebacks (`rich.traceback.install()`, used by many training CLIs) rewritten into
 * Python's own layout, so the one parser reads both:
 *
 *   ╭──── Traceback (most recent call last) ────╮      Traceback (most recent call last):
 *   │ /x/serialization.py:1586 in load           │  →     File "/x/serialization.py", line 1586, in load
 *   │ ❱ 1586 │ raise ValueError(                 │          ❱ 1586 │ raise ValueError(
 *   ╰───────────────────────────────────────────╯
 *   ValueError: f must be a file path ...                ValueError: f must be a file path ...
 *
 * A long path wraps inside the box; its pieces are joined back before the frame is read.
 */
const TOP = /^╭─+ Traceback \(most recent call last\) ─+╮$/;
const BOTTOM = /^╰─+╯$/;
const INSIDE = /^│ ?(.*?)\s*│$/;
const FRAME = /^(\S+):(\d+) in (\S+)$/;
const PATH_PIECE = /^[^\s│]+$/;
/** A wrapped path longer than this is not a path: the pieces are dropped rather than grown without end. */
const MAX_PATH_CHARS = 1000;

export function unboxRich(lines: LogLine[]): LogLine[] {
  if (!lines.some((l) => l.text.includes("╭") && TOP.test(l.text.trim()))) return lines;
  const out: LogLine[] = [];
  let inBox = false;
  let pending = "";
  for (const line of lines) {
    const text = line.text.trim();
    work.steps += text.length + pending.length + 1;
    if (TOP.test(text)) {
      inBox = true;
      out.push({ ...line, text: "Traceback (most recent call last):" });
      continue;
    }
    if (!inBox) {
      out.push(line);
      continue;
    }
    if (BOTTOM.test(text)) {
      inBox = false;
      pending = "";
      continue;
    }
    const inner = INSIDE.exec(text)?.[1]?.trim() ?? text;
    const frame = FRAME.exec(pending + inner);
    if (frame) {
      out.push({ ...line, text: `  File "${frame[1]}", line ${frame[2]}, in ${frame[3]}` });
      pending = "";
    } else if (PATH_PIECE.test(inner) && /[/\\]/.test(inner) && pending.length + inner.length <= MAX_PATH_CHARS) {
      pending += inner; // the first part of a wrapped path
    } else {
      pending = "";
      out.push({ ...line, text: `    ${inner}` });
    }
  }
  return out;
}
