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
 *
 * The box is rich's Panel with box.ROUNDED, which rich swaps for box.SQUARE (┌ ┐ └ ┘, the same │
 * sides) on a legacy Windows console (rich/box.py LEGACY_WINDOWS_SUBSTITUTIONS). A paste often
 * starts inside the box (the top scrolled away or was not copied) or stops before its bottom: such
 * a box is read from its first line that is boxed (`│ ... │`) when the paste holds a boxed frame
 * line, and ends at the first line that is not boxed.
 */
const TOP = /^[╭┌]─+ Traceback \(most recent call last\) ─+[╮┐]$/;
const BOTTOM = /^[╰└]─+[╯┘]$/;
const INSIDE = /^│ ?(.*?)\s*│$/;
/** rich's frame line, `path:lineno in name` (rich/traceback.py _render_stack, for a file that exists). */
const FRAME = /^(\S+):(\d+) in (\S+)$/;
/** A frame line as it stands inside the box: what marks a box whose top is missing (its path is tested apart). */
const BOXED_FRAME = /^│ ?(\S+):\d+ in \S+\s*│$/;
/** The path of a frame line with no top above it must look like one: a table's `a:1 in b` cell is no frame. */
const PATH_LIKE = /[/\\]|\.py$/;
const PATH_PIECE = /^[^\s│]+$/;
/** A wrapped path longer than this is not a path: the pieces are dropped rather than grown without end. */
const MAX_PATH_CHARS = 1000;

function hasTop(text: string): boolean {
  return text.includes("Traceback (most recent call last) ─") && TOP.test(text.trim());
}

function isBoxedFrame(text: string): boolean {
  const path = text.includes(" in ") ? BOXED_FRAME.exec(text.trim())?.[1] : undefined;
  return path !== undefined && PATH_LIKE.test(path);
}

export function unboxRich(lines: LogLine[]): LogLine[] {
  // Most pastes hold no box side at all: then the lines pass through with this one scan.
  if (!lines.some((l) => l.text.includes("│") && (hasTop(l.text) || isBoxedFrame(l.text)))) return lines;
  const out: LogLine[] = [];
  let inBox = false;
  // A box entered without its top ends at the first line that is not one of its sides.
  let headless = false;
  let pending = "";
  for (const line of lines) {
    const text = line.text.trim();
    work.steps += text.length + pending.length + 1;
    if (hasTop(text)) {
      inBox = true;
      headless = false;
      out.push({ ...line, text: "Traceback (most recent call last):" });
      continue;
    }
    if (inBox && BOTTOM.test(text)) {
      inBox = false;
      pending = "";
      continue;
    }
    if (inBox && headless && !text.startsWith("│")) {
      inBox = false;
      pending = "";
    }
    if (!inBox && text.startsWith("│")) {
      inBox = headless = true;
      pending = "";
    }
    if (!inBox) {
      out.push(line);
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
