/**
 * Undo what forums, debuggers and notebooks do to a traceback before it reaches us, so that the
 * parser reads the lines a person reads at a glance:
 *
 * - HTML: `&lt;`, `&#39;`, `&nbsp;` entities and `<br>` line breaks (issue bodies saved as HTML);
 * - Markdown: quoted `> ` lines, `**RuntimeError:**` emphasis, a line wrapped in backticks;
 * - pdb: `*** RuntimeError: ...` and the `(Pdb) ` prompt; pytest's `E   ` failure lines;
 * - HTML tags around text (`<a href=...>1114</a>`, `<code>`), Markdown links around a path;
 * - IPython and Jupyter: `File /x/y.py:713, in load(...)`, `Cell In[3], line 5`,
 *   `<ipython-input-1-...> in f(...)`, `c:\users\...\module.py in to(self, ...)` frames and
 *   `---> 64 model = ...` source lines;
 * - newlines lost in a copy: a whole traceback flattened onto one line;
 * - what a rich-text editor or chat does to it on the way: a file name that looks like a domain
 *   (`server.py`: .py is Paraguay's top-level domain) made a link to itself, `[server.py](http://server.py/)`,
 *   and a frame's quotes made typographic, `File “/x/y.py”, line 3`.
 *
 * Each rewrite marks the line `mangled`: the answer then says it rests on a message found
 * inside another line, not on a clean exception line. Every pattern is anchored or bounded,
 * so the cost stays linear in the line.
 */

export interface Piece {
  text: string;
  mangled: boolean;
}

const ENTITIES: Record<string, string> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
  nbsp: " ",
  "#39": "'",
  "#x27": "'",
  "#34": '"',
  "#x22": '"',
  "#96": "`",
  "#x60": "`",
  "#32": " ",
  "#160": " ",
  "#42": "*",
  "#95": "_",
};
const ENTITY = /&(#x?[0-9a-fA-F]{1,6}|[a-z]{2,6});/g;
const BREAK = /<br\s*\/?>/i;
/** A Markdown link; `autolinked` keeps it only when its target is its own text as a web address. */
const MARKDOWN_LINK = /\[([^\][\s()]{1,200})\]\((https?:\/\/[^()\s]{1,210})\)/g;
/** A frame header whose quotes a rich-text editor made typographic. */
const CURLY_FRAME = /File “([^“”\n]{1,1000})”, line /g;

/** `[server.py](http://server.py/)` back to `server.py`; a link to anywhere else stays as it is. */
function unlinkSelfLinks(text: string): string {
  return text.replace(MARKDOWN_LINK, (whole, label: string, url: string) => {
    const target = url.slice(url.indexOf("//") + 2);
    return target === label || target === `${label}/` ? label : whole;
  });
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    const known = ENTITIES[name];
    if (known !== undefined) return known;
    if (name.startsWith("#")) {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // Only printable characters: a decoded control character must never reach a terminal.
      if (code >= 0x20 && code < 0xd800 && code !== 0x7f && !(code >= 0x80 && code < 0xa0)) return String.fromCharCode(code);
    }
    return whole;
  });
}

/** Markup in front of the text: quote marks, pdb's prompt and marker, emphasis around the first word. */
const QUOTE = /^(?:\s{0,3}>(?: |$))+/;
const PDB = /^(?:\(Pdb\) |\*\*\* |E {3,}\t?)/;
const EMPHASIS = /^(?:\*\*([^*\n]{1,200}?)\*\*|__([^_\n]{1,200}?)__)(?=\s|:|$)/;
const BACKTICKED = /^`([^`]+)`$/;
/** A Markdown link whose text is a path (Colab writes frames so): `[/x/y.py](https://localhost:8080/#) in f(...)`. */
const LINKED = /^\[([^\]\s]{1,500})\]\([^)\s]{0,500}\)/;
/** Tags of HTML elements only: `<module>`, `<lambda>` and `<ipython-input-1>` are Python's names, not markup. */
const TAG =
  /<\/?(?:a|span|code|pre|b|i|em|strong|details|summary|p|div|font|sup|sub|img|tt|kbd|blockquote|ul|ol|li|table|tr|td|th|h[1-6])(?:\s[^<>]{0,1000})?\/?>/gi;

/** IPython 8's frame header and cell header, and the classic ones. */
const IPY_FILE = /^File (\S.*?):(\d+)(?:, in ([\w<>.]+)|\s*$)/;
const IPY_CELL = /^(?:Cell In ?\[\d*\], line (\d+)|Input In \[\d*\], in ([\w<>]+))/;
const IPY_OLD_INPUT = /^(<ipython-input-[\w-]+>) in ([\w<>]+)/;
const IPY_OLD_FILE = /^(\S*?\.py) in ([\w<>]+)\(/;
/** IPython's source lines: "---> 64 model = ...", "--> 713 return ...". */
const IPY_SOURCE = /^-+> ?\d+ /;

/** A frame header inside a flattened line (Python's own). */
const FLAT_FRAME = /File "[^"\n]{1,1000}", line \d+(?:, in [^\s"]*)?/g;
const FLAT_HEADERS =
  /(Traceback \(most recent call last\):|During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)/g;
/** An exception class's name, dotted or not, as the flattened line's last frame is followed by it. */
const EXCEPTION_NAME = String.raw`(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Exit|Interrupt|Failure|Timeout)`;
/** The exception after the last frame's source code. */
const FLAT_EXCEPTION = new RegExp(String.raw`(?:^|\s)(${EXCEPTION_NAME}):(?=\s|$)`);
/** The same name alone, as Python prints an exception whose message is empty (`assert x` fails as `AssertionError`). */
const BARE_EXCEPTION = new RegExp(`^${EXCEPTION_NAME}$`);
/** Source code that names an exception class last: the name is code, not the exception line. */
const NAMES_A_CLASS = /(?:^|\s)(?:raise|except)$/;

/** Where the last frame's source ends and a bare exception name at the very end of the line starts, or -1. */
function bareExceptionAt(rest: string): number {
  const tail = rest.trimEnd();
  const space = tail.lastIndexOf(" ");
  if (space < 0 || !BARE_EXCEPTION.test(tail.slice(space + 1))) return -1;
  const code = tail.slice(0, space).trim();
  return code !== "" && !NAMES_A_CLASS.test(code) ? space : -1;
}

/**
 * What some rewrite below needs to see in a line: an entity or a tag anywhere; the markup `unmark`
 * strips, which stands at the start (a quote, pdb's prompt and marker, pytest's `E`, emphasis, a
 * backticked or linked first word); IPython's frame and source headers; a frame of a flattened
 * traceback. Most log lines have none of it and pass through with this one test. It must stay a
 * superset of the patterns below: a line it rejects is never rewritten. `_`, `*`, `[` and `>`
 * inside a line are ordinary text (`grad_norm`, `2 * x`, `[1, 2]`, `a -> b`), so they are no hint.
 */
const MARKED_AT_START = /^(?:\s{0,3}>|\(Pdb\) |\*\*|E {3}|__|`|\[|File |Cell |Input |-+>)/;
// Apart from the anchored one: in one alternation the anchored branches were tried at every position.
// clean.ts folds it into its own test of a whole line.
export const MARKED_ANYWHERE = /[&<]|\.py in |File ["“]|\]\(https?:\/\//;

export function mayBeMarked(line: string): boolean {
  return MARKED_AT_START.test(line) || MARKED_ANYWHERE.test(line);
}

/** `mayBeMarked` for a line already known to hold nothing MARKED_ANYWHERE finds. */
export function markedAtStart(line: string): boolean {
  return MARKED_AT_START.test(line);
}

/** One raw line (colours and progress redraws already removed) as the lines it stands for. */
export function demangle(line: string): Piece[] {
  if (!mayBeMarked(line)) return [{ text: line, mangled: false }];
  let text = line;
  let mangled = false;
  if (text.includes("&")) {
    const decoded = decodeEntities(text);
    mangled ||= decoded !== text;
    text = decoded;
  }
  if (text.includes("](http")) {
    const unlinked = unlinkSelfLinks(text);
    mangled ||= unlinked !== text;
    text = unlinked;
  }
  if (text.includes("File “")) {
    const straight = text.replace(CURLY_FRAME, 'File "$1", line ');
    mangled ||= straight !== text;
    text = straight;
  }
  let parts = [text];
  if (text.includes("<")) {
    if (BREAK.test(text)) parts = text.split(BREAK);
    const untagged = parts.map((p) => p.replace(TAG, ""));
    mangled ||= parts.length > 1 || untagged.some((p, i) => p !== parts[i]);
    parts = untagged;
  }
  const out: Piece[] = [];
  for (const part of parts) out.push(...unmark(part, mangled));
  return out;
}

function unmark(line: string, alreadyMangled: boolean): Piece[] {
  let text = line;
  let mangled = alreadyMangled;
  // Source lines are indented; markup is not, so an indented `**kwargs` is left alone.
  for (let pass = 0; pass < 4; pass++) {
    const before = text;
    const quote = QUOTE.exec(text);
    if (quote) text = text.slice(quote[0].length);
    else if (PDB.test(text)) text = text.replace(PDB, "");
    else {
      const emphasis = EMPHASIS.exec(text);
      const ticked = BACKTICKED.exec(text);
      const linked = LINKED.exec(text);
      if (emphasis) text = (emphasis[1] ?? emphasis[2]!) + text.slice(emphasis[0].length).replace(/(?:\*\*|__)\s*$/, "");
      else if (ticked && /^[\w.]+(?:Error|Exception)\b/.test(ticked[1]!)) text = ticked[1]!;
      else if (linked) text = linked[1]! + text.slice(linked[0].length);
    }
    if (text === before) break;
    mangled = true;
  }
  return ipython(text) ?? unflatten(text, mangled);
}

/** An IPython frame or source line rewritten into Python's own layout, or undefined. */
/** What an IPython frame or source line starts with or holds: other lines skip the patterns below. */
const IPY_HINT = /^(?:File |Cell |Input |<ipython|-+>)|\.py in /;

function ipython(text: string): Piece[] | undefined {
  if (!IPY_HINT.test(text)) return undefined;
  let m = IPY_FILE.exec(text);
  if (m) return [{ text: `  File "${m[1]}", line ${m[2]}, in ${m[3] ?? "<module>"}`, mangled: false }];
  m = IPY_CELL.exec(text);
  if (m) return [{ text: `  File "<cell>", line ${m[1] ?? 0}, in ${m[2] ?? "<module>"}`, mangled: false }];
  m = IPY_OLD_INPUT.exec(text) ?? IPY_OLD_FILE.exec(text);
  if (m) return [{ text: `  File "${m[1]}", line 0, in ${m[2]}`, mangled: false }];
  if (IPY_SOURCE.test(text)) return [{ text: `    ${text}`, mangled: false }];
  return undefined;
}

/**
 * A traceback whose newlines were lost, split back into lines: before each header and each
 * `File "..."` frame, and between the last frame's source code and the exception.
 */
function unflatten(text: string, mangled: boolean): Piece[] {
  if (!text.includes('File "')) return [{ text, mangled }];
  const frames = [...text.matchAll(FLAT_FRAME)];
  const headed = text.includes("Traceback (most recent call last):") && text.trim() !== "Traceback (most recent call last):";
  if (frames.length < 2 && !(headed && frames.length === 1)) return [{ text, mangled }];
  const cuts = new Set<number>();
  for (const h of text.matchAll(FLAT_HEADERS)) cuts.add(h.index);
  for (const f of frames) cuts.add(f.index);
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  const head = text.slice(0, sorted[0]).trim();
  if (head) pieces.push({ text: head, mangled: true });
  sorted.forEach((start, i) => {
    const segment = text.slice(start, sorted[i + 1] ?? text.length).trim();
    const frame = /^File "([^"]+)", line (\d+)(?:, in ([^\s"]*))?/.exec(segment);
    if (!frame) {
      pieces.push({ text: segment, mangled: true });
      return;
    }
    pieces.push({ text: `  File "${frame[1]}", line ${frame[2]}, in ${frame[3] || "?"}`, mangled: true });
    const rest = segment.slice(frame[0].length);
    const last = i === sorted.length - 1;
    const exception = last ? FLAT_EXCEPTION.exec(rest) : null;
    const at = exception ? exception.index : last ? bareExceptionAt(rest) : -1;
    const code = at >= 0 ? rest.slice(0, at) : rest;
    if (code.trim()) pieces.push({ text: `    ${code.trim()}`, mangled: true });
    if (at >= 0) pieces.push({ text: rest.slice(at).trim(), mangled: true });
  });
  return pieces;
}
