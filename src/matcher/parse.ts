import { cleanLines, splitStreams, type LogLine } from "./clean.ts";
import { unboxRich } from "./rich.ts";
import { work } from "./work.ts";

/**
 * Find every Python exception in a log: with its frames, its place in a
 * chain ("During handling of the above exception ..."), and whether it is a
 * wrapper that only carries another failure.
 */

export interface Frame {
  file: string;
  line: number;
  func: string;
  /** Original line index of the `File "..."` line. */
  index: number;
}

export interface ParsedException {
  /** The exception type as printed, inner type for `RayTaskError(ValueError)`. */
  type: string;
  /** The message; continuation lines joined with "\n". */
  message: string;
  /** Original indexes of the lines that carry the type and message. */
  lines: number[];
  frames: Frame[];
  /** Chain id: exceptions linked by "During handling ..." / "The above exception ..." share it. */
  chain: number;
  /** Position among the chain's non-wrapper exceptions, 0 = the first (root) one. */
  position: number;
  /** The exception only re-raises or reports another failure (ChildFailedError ...). */
  wrapper: boolean;
  /** Its message may be cut: nothing of the paste follows it. */
  atEnd: boolean;
  /** Its line had to be rewritten to be read (Markdown, HTML, pdb, a flattened traceback): see demangle.ts. */
  mangled?: boolean;
}

/** A traceback whose exception line never came: the paste was cut, or the message is elsewhere. */
export interface CutTraceback {
  frames: Frame[];
  /** Nothing of the paste follows its last frame. */
  atEnd: boolean;
}

export interface ParsedLog {
  lines: LogLine[];
  exceptions: ParsedException[];
  cut: CutTraceback[];
}

// Python's header, an exception group's, and IPython's "ValueError      Traceback (most recent call last)".
const TRACEBACK =
  /^\s*(?:\+\s*)?(?:Exception Group )?Traceback \(most recent call last\):\s*$|^[\w.]+\s+Traceback \(most recent call last\)\s*$/;
// Indented as Python prints it, or not, as pastes often lose the first line's indentation.
const FRAME = /^\s*File "([^"]+)", line (\d+)(?:, in (.+))?$/;
const CHAINED =
  /^(?:During handling of the above exception, another exception occurred|The above exception was the direct cause of the following exception):\s*$/;
// An exception line inside or right after a traceback: any dotted name, optionally "Wrapper(Inner)".
const EXCEPTION_LINE = /^((?:[A-Za-z_][\w]*\.)*[A-Za-z_]\w*)(?:\(((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*)\))?(?::(?: (.*)|$)|$)/;
// A lone error line in a log: the name must look like an exception class.
const LONE_TYPE = /^(?:[A-Za-z_]\w*\.)*(?:[A-Z]\w*)?(?:Error|Exception|Exit|Interrupt|Failure|Timeout)$/;
const CARET = /^\s*[~^]+\s*$/;
// A C++ exception that escaped into std::terminate, as NCCL's watchdog and other torch internals report:
//   terminate called after throwing an instance of 'c10::DistBackendError'
//     what():  [PG ID 0 PG GUID 0(default_pg) Rank 2] Watchdog caught collective operation timeout: ...
const CPP_TERMINATE = /^terminate called after throwing an instance of '([\w:<>, ]+)'\s*$/;
const CPP_WHAT = /^\s*what\(\):\s+(.*)$/;
const CPP_TRAILER = /^(?:Exception raised from |frame #\d+:)/;
const GROUP_GUTTER = /^(\s*)\|(?: |$)/;
const GROUP_SEPARATOR = /^\s*\+[-+]+(?:\s*\d+\s*-+)?\s*$|^\s*\+-+\s*\.\.\.|^\s*\+-+$/;

// Cheap substring guards in front of the patterns: a log's lines are mostly neither.
function isTraceback(text: string): boolean {
  return text.includes("Traceback (most recent call last)") && TRACEBACK.test(text);
}

function isChained(text: string): boolean {
  return text.includes(" exception") && CHAINED.test(text.trim());
}

/**
 * A failed `assert` with no message prints a bare AssertionError; the assert statement, the source line of the
 * frame that raised it, is then the only text the failure has. It is read as a line of the log, not as quoted
 * source, so that a log-line signature can name the statement (llama-cpp-python's `assert self.model is not None`).
 */
function failedAssert(parsed: ParsedException, source: LogLine | undefined): void {
  if (parsed.message !== "" || typeKey(parsed.type) !== "AssertionError" || !source?.source) return;
  if (parsed.frames.length > 0 && /^\s*assert\s/.test(source.text)) source.source = false;
}

/** Types that report another failure rather than being one. */
const WRAPPER_TYPES = new Set([
  "ChildFailedError",
  "ProcessRaisedException",
  "ProcessExitedException",
  "RemoteTraceback",
  "CalledProcessError",
  "RayTaskError",
  "ExceptionGroup",
  "BaseExceptionGroup",
]);
/** Messages that mark a re-raise of an earlier exception in the same chain. */
const WRAPPER_MESSAGES = [
  "Unable to load weights from pytorch checkpoint file", // transformers' load_state_dict fallback
];

/** The last part of an exception's name: `torch.OutOfMemoryError` and `OutOfMemoryError` share it. */
export function typeKey(type: string): string {
  return type.slice(type.lastIndexOf(".") + 1);
}

function isWrapper(type: string, outer: string | undefined, message: string): boolean {
  if (outer && WRAPPER_TYPES.has(typeKey(outer))) return true;
  if (WRAPPER_TYPES.has(typeKey(type))) return true;
  return WRAPPER_MESSAGES.some((m) => message.startsWith(m));
}

/** Parse a paste of any size and shape. Never throws. */
export function parseLog(input: string): ParsedLog {
  const lines = cleanLines(input);
  const exceptions: ParsedException[] = [];
  const cut: Frame[][] = [];
  let chainSeq = 0;
  for (const stream of splitStreams(lines)) {
    chainSeq = parseStream(unboxRich(ungutter(stream)), exceptions, cut, chainSeq);
  }
  exceptions.sort((a, b) => a.lines[0]! - b.lines[0]!);
  markPositions(exceptions);
  // Whatever ends at or after the last line with text ends the paste: nothing of it follows.
  let lastText = -1;
  for (let k = lines.length - 1; k >= 0; k--) {
    if (lines[k]!.text.trim() !== "") {
      lastText = lines[k]!.index;
      break;
    }
  }
  for (const e of exceptions) e.atEnd = e.lines[e.lines.length - 1]! >= lastText;
  return { lines, exceptions, cut: cut.map((frames) => ({ frames, atEnd: frames[frames.length - 1]!.index >= lastText })) };
}

/** Exception groups print sub-tracebacks behind a "| " gutter; remove it so they parse like any other. */
function ungutter(stream: LogLine[]): LogLine[] {
  return stream.map((line) => {
    // A gutter or separator holds "|" or "+": most lines hold neither and pass through untouched.
    if (!line.text.includes("|") && !line.text.includes("+")) return line;
    if (GROUP_SEPARATOR.test(line.text)) return { ...line, text: "" };
    let text = line.text;
    for (let depth = 0; depth < 10; depth++) {
      const m = GROUP_GUTTER.exec(text);
      if (!m) break;
      text = text.slice(m[0].length);
    }
    return text === line.text ? line : { ...line, text };
  });
}

function parseStream(lines: LogLine[], out: ParsedException[], cut: Frame[][], chainSeq: number): number {
  let frames: Frame[] = [];
  let inTraceback = false;
  let baseIndent = 0;
  let lookahead: { at: number; text: string; m: RegExpExecArray } | undefined;
  // Frames that no exception line claimed: kept for "frames only" answers.
  const dangling = () => {
    if (frames.length > 0) cut.push(frames);
    frames = [];
  };
  let chain = -1;
  let chainedNext = false;
  let startsMidChain = false;
  // The line of a frame's source when the paste lost its indentation: see sourceOfUnindentedFrame.
  let sourceAt = -1;
  // The source line read after the last frame, for a bare AssertionError: see failedAssert.
  let lastSource = -1;
  for (let i = 0; i < lines.length; i++) {
    const { text } = lines[i]!;
    work.steps += text.length + 1;
    if (isTraceback(text)) {
      dangling();
      inTraceback = true;
      // A paste indented as a whole (a Markdown code block, a quote) shifts every line: the exception
      // line stands at the header's indentation, source lines deeper.
      baseIndent = indentOf(text);
      continue;
    }
    if (isChained(text)) {
      chainedNext = true;
      // A paste that starts here lost the chain's first exception.
      if (chain < 0) {
        chain = chainSeq++;
        startsMidChain = true;
      }
      continue;
    }
    const frame = text.includes('File "') ? FRAME.exec(text) : null;
    if (frame) {
      // RayTaskError and friends print frames without a "Traceback" header.
      if (!inTraceback) {
        dangling();
        baseIndent = Math.max(0, indentOf(text) - 2);
      }
      inTraceback = true;
      frames.push({ file: frame[1]!.replace(/\\/g, "/"), line: Number(frame[2]), func: frame[3] ?? "", index: lines[i]!.index });
      // Python indents a frame two spaces past the traceback's header: a frame that is not deeper lost its indentation.
      sourceAt = indentOf(text) <= baseIndent ? i + 1 : -1;
      lastSource = -1;
      continue;
    }
    const unindentedSource = i === sourceAt && sourceOfUnindentedFrame(text);
    // Source lines, caret lines and blank lines between frames; noise from other writers.
    if (inTraceback && (indentOf(text) > baseIndent || unindentedSource || CARET.test(text) || text === "" || isNoise(text))) {
      // A source line quotes the messages its raise statements print: not evidence that one was raised.
      if (/^\s/.test(text) || unindentedSource) {
        lines[i]!.source = true;
        lastSource = i;
      }
      continue;
    }
    const terminate = text.startsWith("terminate") ? CPP_TERMINATE.exec(text) : null;
    const what = terminate && lines[i + 1] ? CPP_WHAT.exec(lines[i + 1]!.text) : null;
    if (terminate && what) {
      const messageLines = [what[1]!];
      const indexes = [lines[i]!.index, lines[i + 1]!.index];
      let j = i + 2;
      while (j < lines.length && j - i <= 50 && lines[j]!.text.trim() !== "" && !CPP_TRAILER.test(lines[j]!.text.trim())) {
        work.steps += lines[j]!.text.length + 1;
        messageLines.push(lines[j]!.text);
        indexes.push(lines[j]!.index);
        j++;
      }
      // c10::DistBackendError reads as c10.DistBackendError, so a signature's bare DistBackendError matches it.
      const type = terminate[1]!.replace(/::/g, ".");
      out.push({
        type,
        message: messageLines.join("\n"),
        lines: indexes,
        frames: [],
        chain: chainSeq++,
        position: 0,
        wrapper: false,
        atEnd: false,
      });
      inTraceback = false;
      i = j - 1;
      continue;
    }
    const subject = inTraceback && baseIndent > 0 ? text.trimStart() : text;
    // The line after a message was read as an exception line already when the message ended there.
    const m = lookahead?.at === i && lookahead.text === subject ? lookahead.m : EXCEPTION_LINE.exec(subject);
    const candidate = m && (inTraceback || LONE_TYPE.test(m[1]!) || (m[2] !== undefined && LONE_TYPE.test(m[2])));
    // "RuntimeError:" with its message on the following, indented lines (bitsandbytes, pdb). Asked
    // only of an exception line: the test reads the whole line.
    const messageBelow = candidate === true && m[3] === undefined && /:\s*$/.test(text) && /^\s+\S/.test(lines[i + 1]?.text ?? "");
    if (!m || !candidate || !(inTraceback || m[3] !== undefined || messageBelow)) {
      if (inTraceback && text.trim() !== "") dangling();
      inTraceback = false;
      if (text.trim() !== "") {
        chainedNext = false;
      }
      continue;
    }
    const outer = m[2] !== undefined ? m[1]! : undefined;
    const type = m[2] ?? m[1]!;
    const messageLines = [m[3] ?? ""];
    const indexes = [lines[i]!.index];
    // Continuation lines of a multi-line message, up to the next structure or log record.
    let j = i + 1;
    while (j < lines.length && j - i <= 200) {
      const next = lines[j]!;
      // A new log record ends the message, unless every line carries a timestamp (a log collector's).
      if (next.text.trim() === "" || (next.record && !lines[i]!.record) || isTraceback(next.text) || isChained(next.text)) break;
      if (next.text.includes('File "') && FRAME.test(next.text)) break;
      const asException = EXCEPTION_LINE.exec(next.text);
      if (asException && asException[3] !== undefined && LONE_TYPE.test(asException[2] ?? asException[1]!)) {
        lookahead = { at: j, text: next.text, m: asException };
        break;
      }
      if (/^(?:-- Process \d+ terminated|"""$)/.test(next.text.trim())) break;
      work.steps += next.text.length + 1;
      messageLines.push(next.text);
      indexes.push(next.index);
      j++;
    }
    if (!chainedNext) {
      chain = chainSeq++;
      startsMidChain = false;
    }
    // The message starts on the first line that has any: "RuntimeError:\n    CUDA Setup failed ...".
    if (messageLines.length > 1 && messageLines[0]!.trim() === "") {
      while (messageLines.length > 1 && messageLines[0]!.trim() === "") {
        messageLines.shift();
        indexes.shift();
      }
      messageLines[0] = messageLines[0]!.trimStart();
    }
    const message = messageLines.join("\n").replace(/\s+$/, "");
    const parsed: ParsedException = {
      type,
      message,
      lines: indexes,
      frames,
      chain,
      position: startsMidChain ? 1 : 0,
      wrapper: isWrapper(type, outer, message),
      atEnd: false,
    };
    if (lines[i]!.mangled || messageBelow) parsed.mangled = true;
    failedAssert(parsed, lines[lastSource]);
    lastSource = -1;
    out.push(parsed);
    frames = [];
    inTraceback = false;
    chainedNext = false;
    i = j - 1;
  }
  if (inTraceback) dangling();
  return chainSeq;
}

/**
 * The line right after a frame that lost its indentation (pasted flush left, or Markdown without a code
 * fence) is that frame's source line, as Python prints one under each frame, unless it reads as the
 * exception line: a frame without source (a frozen or generated module) runs straight into it. Source
 * code does not start with an exception-like name and a colon, nor stand as a bare `...Error` name.
 */
function sourceOfUnindentedFrame(text: string): boolean {
  if (text.trim() === "") return false;
  const m = EXCEPTION_LINE.exec(text.trimStart());
  if (!m) return true;
  const type = m[2] ?? m[1]!;
  return !(LONE_TYPE.test(type) || (m[3] !== undefined && /^[A-Z]/.test(typeKey(type))));
}

function indentOf(text: string): number {
  let i = 0;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  return i;
}

/** Progress bars and warnings that other writers interleave with a traceback. */
function isNoise(text: string): boolean {
  return /\d%\|| \d+(?:\.\d+)?(?:it\/s|s\/it)\]|^\S+\.py:\d+: \w*Warning: /.test(text);
}

/** Number each chain's non-wrapper exceptions from its root. */
function markPositions(exceptions: ParsedException[]): void {
  // Chain ids count up from 0 in parse order: an array indexed by chain is enough.
  const next: number[] = [];
  for (const e of exceptions) {
    const start = next[e.chain] ?? e.position;
    e.position = start;
    if (!e.wrapper) next[e.chain] = start + 1;
  }
}
