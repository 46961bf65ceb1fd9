/**
 * A traceback pasted into a one-line search box arrives flattened: Chromium turns each line
 * break into a space, other browsers drop it, and a link or the header's search box passes the
 * same one line on. The parser needs lines, so put the breaks back where a traceback has them:
 * around the chain markers, before each `File "…", line N` frame and its source line, around a
 * run of Python 3.11 carets, and before the exception line (the first exception name after a
 * part's last frame; without frames, the last one). Text with line breaks comes back as it was.
 */
const MARKERS =
  /\s*(Traceback \(most recent call last\):?|During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)\s*/g;
const FRAME = /File "[^"\n]+", line \d+(?:, in (?:<\w+>|\S+))?/g;
// An exception name at a word start ("ValueError", "torch.OutOfMemoryError") followed by ":".
const EXCEPTION = /(?<![\w.])(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Warning|Exit|Interrupt|Failure|Timeout):(?=\s|$)/g;
// The same inside a word, for a break that was dropped between a frame and the exception ("in mainImportError:").
const GLUED = /[A-Z][a-z]\w*(?:Error|Exception):(?=\s|$)/g;
const CARETS = /\s([~^]{3,})(?=\s|$)/g;

export function unflatten(text: string): string {
  if (text.includes("\n")) return text;
  return text
    .replace(MARKERS, "\n$1\n")
    .split("\n")
    .map((part) => (MARKERS.test(`${part} `) ? part.trim() : rebuildPart(part)))
    .filter(Boolean)
    .join("\n");
}

function rebuildPart(part: string): string {
  let lastFrame: RegExpExecArray | undefined;
  for (const m of part.matchAll(FRAME)) lastFrame = m;
  let start = -1;
  if (lastFrame) {
    // After the last frame's path and line number: its function name or source line may be glued to the exception.
    const from = lastFrame.index + lastFrame[0].indexOf('", line ') + 2;
    const tail = part.slice(from);
    const found = first(EXCEPTION, tail) ?? first(GLUED, tail);
    if (found !== undefined) start = from + found;
  } else {
    for (const m of part.matchAll(EXCEPTION)) start = m.index;
  }
  const head = start >= 0 ? part.slice(0, start) : part;
  const exception = start >= 0 ? part.slice(start).trim() : "";
  const lines = head
    .replace(FRAME, (frame) => `\n${frame}\n`)
    .replace(CARETS, "\n$1\n")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => (!lastFrame ? l : l.startsWith("File ") ? `  ${l}` : `    ${l}`));
  return [...lines, ...(exception ? [exception] : [])].join("\n");
}

function first(pattern: RegExp, text: string): number | undefined {
  pattern.lastIndex = 0;
  return pattern.exec(text)?.index;
}
