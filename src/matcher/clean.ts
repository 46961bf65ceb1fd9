import { demangle, MARKED_ANYWHERE, markedAtStart, mayBeMarked } from "./demangle.ts";
import { OrderedPatterns } from "./ordered-patterns.ts";
import { work } from "./work.ts";

/**
 * Turn a pasted log into clean lines: colours, carriage-return progress
 * bars, rank and timestamp prefixes removed, each line remembering where it
 * came from so that evidence can point at the user's own text.
 */

export interface LogLine {
  /** 0-based index of the line in the original input. */
  index: number;
  /** The line without colours and prefixes. */
  text: string;
  /** The process the line came from (`rank3`, `default0`, a Ray worker), "" when unknown. */
  stream: string;
  /** True when a timestamp or logger header was removed: the line starts a new log record. */
  record: boolean;
  /**
   * True when the line was rewritten to be read (HTML entities, Markdown, pdb's marker, a flattened
   * traceback split apart): a message found here is evidence of the second rung, not a clean exception line.
   */
  mangled?: boolean;
  /** Set by the parser: a source line between a traceback's frames, which quotes code, not what was raised. */
  source?: boolean;
  /** The line as pasted, kept only when a rewrite changed more than its prefixes (a notebook's link, an entity). */
  raw?: string;
}

/** Pastes above this are refused rather than parsed: the CLI and the page say so. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
/** Longer lines are cut: no traceback line is this long (a flattened traceback is kept whole), but minified junk is. */
const MAX_LINE_CHARS = 16000;

// CSI and OSC escape sequences, as terminals and rich/colorama emit them.
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;

/** Prefixes that name the process a line came from. */
const STREAM_PREFIXES: RegExp[] = [
  /^\[(rank\d+)\]:\s?/, // torchrun with --tee / TORCH_DISTRIBUTED "[rank3]: "
  /^\[(default\d+)\]:\s?/, // torchrun --log-dir "[default0]:"
  /^\d*\((\w+ (?:rank=\d+ )?pid=\d+(?:, ip=[\d.]+)?)\)\s/, // Ray "(RayWorkerWrapper pid=123, ip=10.0.0.1) ", vLLM "(VllmWorker rank=0 pid=42) ", "(EngineCore_DP0 pid=7) "
  /^\d*\((pid=\d+(?:, ip=[\d.]+)?)\)\s/, // Ray "(pid=123) "
  /^(\S+?):\s(?=\[?(?:rank\d+|default\d+)\]?:)/, // pdsh/deepspeed host prefix before a rank prefix "worker-1: [rank3]: "
  // docker compose "vllm-1  | ", "qanything-container-local  | "; no dots, so a table row ("lm_head.weight | MISMATCH") stays
  /^([A-Za-z][\w-]*)\s+\|\s/,
];

/** Prefixes that start a new log record without naming a process. */
const RECORD_PREFIXES: RegExp[] = [
  // 2024-01-23 10:00:00,123 and a collector's 2024-05-01T10:00:16.123456Z: one separator goes, the line's own indentation stays
  /^\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?(?: ?[-|:] ?| )?/,
  /^[EWIF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+\s+\S+:\d+\]\s?/, // glog "E0123 10:00:00.123456 12345 file.cc:42] "
  /^\[[EWIF]\d{0,4}(?: [\d:.]+)?(?:\s+\d+)?\s+[\w.]+\.(?:cpp|cc|h|hpp):\d+\]\s?/, // torch's C++ log "[E ProcessGroupNCCL.cpp:475] ", "[E626 10:00:00.123 ProcessGroupNCCL.cpp:607] "
  /^(?:\[(?:DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL)\]|(?:DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL)\s*(?:[:|-]\s*|\s+))(?:\d{2}-\d{2} \d{2}:\d{2}:\d{2}\s*)?/, // "[ERROR] ", "INFO 01-23 10:00:00 "
  /^\[[^\]\n]{1,80}\.py:\d+(?::[\w<>]+)?\]\s?/, // "[train.py:42:main] " and "[logging.py:96:log_dist] "
  /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}\s*-\s*/, // transformers' logging "01/23/2024 10:00:00 - "
  /^[\w.]+\s*-\s*(?=(?:DEBUG|INFO|WARNING|ERROR|CRITICAL)\b)/, // "root - ERROR - "
  /^[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \S+ [\w@./-]+(?:\[\d+\])?:\s?/, // syslog/journald "Oct 04 12:34:56 host prog[394]: "
  /^(?:stderr|stdout)\s*\|\s*/, // FastChat/LLaVA workers: "2024-06-10 17:54:07 | ERROR | stderr | "
  // vLLM and friends: "ERROR 10-15 12:01:02 registry.py:264] ", "INFO 01-23 10:00:00 [llm_engine.py:223] "
  /^(?:DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL)\s+\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?\s+(?:\[[^\]\n]{1,120}\]\s?|[\w./-]{1,120}:\d+\]\s?)/,
  // lmms-eval's loguru format: "05-10 21:54:46 [lmms_eval/models/llava.py:407] ERROR "
  /^\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?\s+\[[^\]\n]{1,120}\]\s+(?:DEBUG|INFO|WARNING|ERROR|CRITICAL)\s+/,
  // loguru's default after its timestamp: "| ERROR    | module:function:42 - "
  /^\|?\s*(?:TRACE|DEBUG|INFO|SUCCESS|WARNING|ERROR|CRITICAL)\s*\|\s*[\w.<>-]{1,120}:[\w<>.-]{1,120}:\d+\s+-\s+/,
  // text-generation-webui and rich's logging: "14:29:11-486448 ERROR    "
  /^\d{2}:\d{2}:\d{2}(?:[-.,]\d+)?\s+(?:DEBUG|INFO|WARNING|ERROR|CRITICAL)\s+/,
];

// Colour codes whose ESC byte was lost on the way (GitHub strips it): "[2m[36m(pid=1)[0m". A bare "[m" counts
// only before another code, a space or the end: "[multiproc_executor.py:492]" is a log header, not a colour.
const ORPHAN_SGR = /\[(?:\d{1,3}(?:;\d{1,3})*m|m(?=\[|\s|$))/g;
// The same codes written in caret notation by a terminal that echoes control characters: "^[[0;36m", and "^M".
const CARET_SGR = /\^\[\[[0-9;]*[A-Za-z]|\^M$/g;

const TRACEBACK_HEADER = "Traceback (most recent call last):";
// A colour code that lost its ESC byte, as the test in front of ORPHAN_SGR looks for it.
const ORPHAN_HINT = /\[\d{0,3}(?:;\d{1,3})*m/;

export function stripAnsi(text: string): string {
  let stripped = text.includes("\x1b") ? text.replace(ANSI, "") : text;
  if (stripped.includes("^")) stripped = stripped.replace(CARET_SGR, "");
  return stripped.includes("m") && ORPHAN_HINT.test(stripped) ? stripped.replace(ORPHAN_SGR, "") : stripped;
}

/**
 * Whatever a cleaning step looks for inside a line rather than at its start: an escape, caret
 * notation or an orphaned colour code (stripAnsi), a carriage return, markup (demangle.ts) and a
 * traceback header run into other output (pushLine). A line without any, most of a log, is read
 * with this one test instead of one search per step. Each step that finds something in the line
 * must be listed here.
 */
const ACTED_ON_INSIDE = new RegExp(
  [/[\x1b^\r]/, ORPHAN_HINT, MARKED_ANYWHERE, new RegExp(TRACEBACK_HEADER.replace(/[()]/g, "\\$&"))].map((re) => re.source).join("|"),
);

/**
 * A paste with more lines than this is read at its start and its end: the command that ran and the
 * failure that stopped it are there, and memory stays bounded (10 MB of two-byte lines is five million).
 */
export const MAX_LINES = 300_000;
const HEAD_LINES = MAX_LINES / 5;

const TAIL_LINES = MAX_LINES - HEAD_LINES;

/**
 * Visit the paste's lines with their index, the middle of a very long paste left out: the head
 * is visited as it is read, the tail from a ring of line starts once the end is known.
 */
function forEachRawLine(input: string, visit: (index: number, line: string) => void): void {
  const lineFrom = (start: number, end: number) =>
    input.charCodeAt(end - 1) === 13 ? input.slice(start, end - 1) : input.slice(start, end);
  const tail: number[] = [];
  let total = 0;
  let start = 0;
  for (;;) {
    const found = input.indexOf("\n", start);
    const end = found === -1 ? input.length : found;
    if (total < HEAD_LINES) visit(total, lineFrom(start, end));
    else tail[(total - HEAD_LINES) % TAIL_LINES] = start;
    total++;
    if (found === -1) break;
    start = found + 1;
  }
  const inTail = total - HEAD_LINES;
  if (inTail <= 0) return;
  const kept = Math.min(inTail, TAIL_LINES);
  const first = inTail > TAIL_LINES ? inTail % TAIL_LINES : 0;
  for (let k = 0; k < kept; k++) {
    const from = tail[(first + k) % TAIL_LINES]!;
    const found = input.indexOf("\n", from);
    visit(total - kept + k, lineFrom(from, found === -1 ? input.length : found));
  }
}

/** Split a paste into clean lines. Never throws; unknown text passes through. */
export function cleanLines(input: string): LogLine[] {
  const out: LogLine[] = [];
  forEachRawLine(input, (index, rawLine) => {
    work.steps += rawLine.length + 1;
    const plain = !ACTED_ON_INSIDE.test(rawLine);
    let text = plain ? rawLine : stripAnsi(rawLine);
    // A tqdm bar redraws with \r; what the terminal showed last is after the last \r.
    const cr = plain ? -1 : text.lastIndexOf("\r");
    if (cr >= 0) text = text.slice(cr + 1);
    if (text.length > MAX_LINE_CHARS) text = text.slice(0, MAX_LINE_CHARS);
    // Copied out at once: stripPrefixes may hand back the same object next time.
    const { text: outerText, stream, record } = stripPrefixes(text, "");
    // Most lines carry no markup: one line object, nothing else made for them.
    if (!(plain ? markedAtStart(outerText) : mayBeMarked(outerText))) {
      if (plain) out.push({ index, text: outerText, stream, record });
      else pushLine(out, { index, text: outerText, stream, record });
      return;
    }
    // Markup can hide a prefix ("> [rank0]: ...") and a prefix can hide markup, so strip both sides.
    const pieces = demangle(outerText);
    for (const piece of pieces) {
      const inner = piece.mangled ? stripPrefixes(piece.text, stream) : { text: piece.text, stream, record: false };
      const line: LogLine = { index, text: inner.text, stream: inner.stream, record: record || inner.record };
      if (piece.mangled) line.mangled = true;
      if (pieces.length === 1 && piece.text !== outerText) line.raw = outerText;
      pushLine(out, line);
    }
  });
  return out;
}

function pushLine(out: LogLine[], line: LogLine): void {
  // A progress bar printed without a newline can run into the traceback header.
  const tb = line.text.indexOf(TRACEBACK_HEADER);
  // Indentation before the header is the paste's own (a Markdown code block), not another writer's output.
  if (tb > 0 && line.text.slice(0, tb).trim() !== "") {
    out.push({ ...line, text: line.text.slice(0, tb) });
    line.text = line.text.slice(tb);
  }
  out.push(line);
}

// One reusable answer for the common case of a line without a prefix (its fields are read at once, never kept).
const NONE = { text: "", stream: "", record: false };
function unprefixed(line: string): typeof NONE {
  NONE.text = line;
  return NONE;
}

/** Every prefix, in the order a pass strips them: the process's, then the record's. */
const PREFIXES = new OrderedPatterns([...STREAM_PREFIXES, ...RECORD_PREFIXES]);

/** Remove rank, host, timestamp and logger prefixes, remembering the process a line came from. */
function stripPrefixes(line: string, defaultStream: string): { text: string; stream: string; record: boolean } {
  // Most lines have no prefix at all: one run of the patterns says so.
  let found: ReturnType<typeof PREFIXES.first> = PREFIXES.first(line, 0);
  if (!found) return defaultStream ? { text: line, stream: defaultStream, record: false } : unprefixed(line);
  let text = line;
  let stream = defaultStream;
  let record = false;
  // A pass tries each pattern once, in order, each prefix stripped before the next is looked for;
  // passes repeat while one strips anything, six at most.
  let pass = 0;
  let passStart = text;
  while (found) {
    const { index, match } = found;
    const length = match[0]!.length;
    if (index < STREAM_PREFIXES.length) {
      // A host prefix is stripped but does not name the process; the rank prefix after it does.
      if (/^(rank|default)\d|pid=/.test(match[1]!)) stream = match[1]!;
      text = text.slice(length);
    } else if (length > 0) {
      text = text.slice(length);
      record = true;
    }
    // The first of all the patterns that matches what is left: when it comes after this one, this
    // pass goes on with it; when there is none, no pass can strip more (one run, the usual answer).
    const next = PREFIXES.first(text, 0);
    if (!next) break;
    if (next.index > index) {
      found = next;
      continue;
    }
    found = PREFIXES.first(text, index + 1);
    if (found) continue;
    // This pass is over; the next starts with `next`, if this one stripped anything.
    if (text === passStart || ++pass === 6) break;
    passStart = text;
    found = next;
  }
  return { text, stream, record };
}

/** Group lines by process so that two ranks' interleaved tracebacks parse apart. */
export function splitStreams(lines: LogLine[]): LogLine[][] {
  // Most logs come from one process: then the lines are the one stream, not copied.
  if (lines.every((l) => l.stream === "")) return [lines];
  const streams = new Map<string, LogLine[]>();
  for (const line of lines) {
    let list = streams.get(line.stream);
    if (!list) streams.set(line.stream, (list = []));
    list.push(line);
  }
  return [...streams.values()];
}
