import { AnchorScanner, MIN_ANCHOR_CHARS } from "./anchors.ts";
import type { CompiledIndex, CompiledRunbook, CompiledSignature } from "./compile.ts";
import { normalizedLines } from "./normalized-lines.ts";
import { perLog } from "./per-log.ts";
import type { ParsedException, ParsedLog } from "./parse.ts";
import { matchAt, MAX_MATCH_CHARS, normalizeSpace, type CompiledTemplate } from "./template.ts";

/**
 * A signature's message found where no exception line starts it: after a logger's prefix
 * ("05-10 21:54:46 [llava.py:407] ERROR Error Expected all tensors ..."), inside another
 * exception's message ("... combination failed: Error(s) in loading state_dict for Linear:"),
 * or a non-Python failure line anywhere in a line (CUDA assertions, NCCL's watchdog).
 *
 * Every template is looked for by its first literal part (its anchor) in one linear scan of
 * the text; only where the anchor occurs is the whole template tried, and only a full match
 * counts. Without an exception type beside it, a message is trusted only when it is long
 * enough to say what failed by itself.
 */

/** A message this specific (literal characters) is evidence without an exception type beside it. */
export const SELF_EVIDENT_CHARS = 16;
/** Where one template is tried at most this often per line: every rank logs the same line. */
const TRIES_PER_LINE = 3;
/** Lines that carry a log-line signature, at most, per signature. */
const LINES_PER_LOG_SIGNATURE = 3;
/** How far a message found in a line may run on over the following lines. */
const CONTINUATION_LINES = 50;

export type Basis = "exception" | "embedded" | "log-line";

export interface EmbeddedHit {
  runbook: CompiledRunbook;
  signature: CompiledSignature;
  template: CompiledTemplate;
  /** The parsed exception whose message holds the hit, or a stand-in for the line. */
  carrier: ParsedException;
  /** 0-based index of the line in the paste. */
  line: number;
  basis: Exclude<Basis, "exception">;
}

interface Entry {
  runbook: CompiledRunbook;
  signature: CompiledSignature;
  template: CompiledTemplate;
  /** The template from its anchor on: a leading placeholder has nothing to anchor to. */
  lead: CompiledTemplate;
}

/** The literal part a template is looked for by, or undefined when it has none long enough. */
export function anchorOf(template: CompiledTemplate): string | undefined {
  const at = anchorAt(template);
  const token = template.tokens[at];
  return token?.kind === "literal" ? token.text.trimStart() : undefined;
}

/**
 * Where the anchor stands: the first literal long enough to look up. What comes before it (a
 * placeholder, or a quote and a placeholder as in `'{text}LMHeadModel' object has ...`) has
 * nothing to anchor to and is left out of the search, which then reads like a leading placeholder.
 */
function anchorAt(template: CompiledTemplate): number {
  return template.tokens.findIndex((t) => t.kind === "literal" && t.text.trimStart().length >= MIN_ANCHOR_CHARS);
}

/**
 * Every template under its anchor, in one scanner: exceptions' templates are tried in messages,
 * log-line templates in whole lines (exception lines included), and a line that is both is scanned once.
 */
const scanners = new WeakMap<CompiledIndex, AnchorScanner<Entry>>();

function scannerFor(index: CompiledIndex): AnchorScanner<Entry> {
  let scanner = scanners.get(index);
  if (!scanner) {
    const entries: [string, Entry][] = [];
    for (const runbook of index.runbooks) {
      for (const signature of runbook.signatures) {
        for (const template of signature.message) {
          const anchor = anchorOf(template);
          if (!anchor) continue;
          const start = anchorAt(template);
          const tokens = template.tokens.slice(start).map((t, i) => (i === 0 && t.kind === "literal" ? { ...t, text: anchor } : t));
          entries.push([anchor, { runbook, signature, template, lead: { ...template, tokens } }]);
        }
      }
    }
    scanner = new AnchorScanner(entries);
    scanners.set(index, scanner);
  }
  return scanner;
}

// The exception type printed right before a message: "RuntimeError: ", "torch.OutOfMemoryError: ".
const TYPE_BEFORE = /((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Error|Exception|Warning|Exit|Interrupt|Failure|Timeout))(?:\([\w.]*\))?:\s*$/;
// The same when the template opens with a placeholder: its value ('BertLMHeadModel') stands between type and anchor.
const TYPE_BEFORE_VALUE =
  /((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Error|Exception|Warning|Exit|Interrupt|Failure|Timeout))(?:\([\w.]*\))?:\s+[^:\s][^:]{0,120}$/;

/**
 * A message in quotes with no type before it is a string literal in code (a test runner's or a
 * notebook's source listing: `raise ValueError("f must be ...")`), not a failure that happened.
 */
function quoted(text: string, position: number, template: CompiledTemplate): boolean {
  if (anchorAt(template) > 0) return false;
  const before = text[position - 1];
  return before === '"' || before === "'";
}

function typeBefore(text: string, position: number, template: CompiledTemplate): string | undefined {
  const before = text.slice(Math.max(0, position - 160), position);
  return (anchorAt(template) > 0 ? TYPE_BEFORE_VALUE : TYPE_BEFORE).exec(before)?.[1];
}

/** `searched`: the texts to search, in their order; all of the log's unless shard selection narrowed them. */
export function findEmbedded(
  log: ParsedLog,
  index: CompiledIndex,
  typeMatches: (type: string, accepted: readonly string[]) => boolean,
  searched: readonly SearchedText[] = searchedTexts(log),
) {
  const scanner = scannerFor(index);
  const hits: EmbeddedHit[] = [];
  const logLineCount = new Map<CompiledSignature, number>();

  const last = log.lines.length > 0 ? log.lines[log.lines.length - 1]!.index : -1;
  const stands = new Map<number, ParsedException>();
  const carrierOf = (t: SearchedText) => {
    if (t.exception) return t.exception;
    let stand = stands.get(t.at);
    if (!stand) stands.set(t.at, (stand = standIn(log.lines, t.at, last)));
    return stand;
  };
  const consider = (t: SearchedText, logLines: boolean, messages: boolean) => {
    const { text } = t;
    let tries: Map<CompiledTemplate, number> | undefined;
    scanner.scan(text, (position, entry) => {
      const { signature, template, lead } = entry;
      if (signature.logLine ? !logLines : !messages) return;
      tries ??= new Map();
      const tried = tries.get(template) ?? 0;
      if (tried >= TRIES_PER_LINE) return;
      tries.set(template, tried + 1);
      if (signature.logLine) {
        if ((logLineCount.get(signature) ?? 0) >= LINES_PER_LOG_SIGNATURE) return;
      } else {
        const type = typeBefore(text, position, template);
        if (type ? !typeMatches(type, signature.exception) : template.literalChars < SELF_EVIDENT_CHARS || quoted(text, position, template))
          return;
      }
      if (matchAt(lead, text.slice(position, position + MAX_MATCH_CHARS)).status !== "full") return;
      if (signature.logLine) logLineCount.set(signature, (logLineCount.get(signature) ?? 0) + 1);
      hits.push({ ...entry, carrier: carrierOf(t), line: t.line, basis: signature.logLine ? "log-line" : "embedded" });
    });
  };

  // A line seen before is searched again only when it continues an exception (its chain differs):
  // every rank and every step repeats its first hits.
  const seenLines = new Set<string>();
  for (const t of searched) {
    if (t.kind === "line") {
      if (!t.exception && seenLines.has(t.text)) continue;
      seenLines.add(t.text);
    }
    consider(t, t.kind === "line", !t.claimed || t.kind === "message");
  }
  return hits;
}

// Lines that start a new traceback or chain link: a message never continues across them.
const STRUCTURE = /^\s*(?:Traceback \(most recent call last\)|During handling of the above exception|The above exception was|File ")/;

export interface SearchedText {
  text: string;
  /** 0-based index of the line in the paste. */
  line: number;
  /** A whole line (searched for log-line signatures too), or an exception's message. */
  kind: "line" | "message";
  /** The line belongs to a parsed exception's message: only log-line signatures read it again. */
  claimed: boolean;
  /** The parsed exception that carries the text, if any; otherwise a stand-in is made from `at` on a hit. */
  exception?: ParsedException;
  /** Position of the line in `log.lines`. */
  at: number;
}

/**
 * The texts a message is looked for in: each parsed exception's message (its carrier is the
 * exception, so the most specific runbook still wins it), then every line but source code. A
 * paragraph right after an exception's message, one blank line on (huggingface_hub's errors print
 * "401 Client Error." then a blank line then "Repository Not Found for url"), belongs to that
 * exception and its place in the chain; other lines stand for themselves. A repeated line may be
 * listed again (the search skips the repeats, see findEmbedded: done there, it hashes only the few
 * lines shard selection leaves, not every line of a long log). Shard selection reads the
 * same texts, so it loads what this search can use.
 */
export function forEachSearchedText(log: ParsedLog, visit: (text: SearchedText) => void): void {
  for (const text of searchedTexts(log)) visit(text);
}

const SEARCHED = Symbol("searched texts");

/** Made once per parsed paste: shard selection and the search both read them. */
function searchedTexts(log: ParsedLog): SearchedText[] {
  return perLog(log, SEARCHED, () => collectSearchedTexts(log));
}

function collectSearchedTexts(log: ParsedLog): SearchedText[] {
  const out: SearchedText[] = [];
  const visit = (text: SearchedText) => void out.push(text);
  const claimed = new Set<number>();
  const endsAt = new Map<number, ParsedException>();
  const seenMessages = new Set<string>();
  for (const exception of log.exceptions) {
    for (const l of exception.lines) claimed.add(l);
    if (exception.wrapper) continue;
    endsAt.set(exception.lines[exception.lines.length - 1]!, exception);
    const text = normalizeSpace(exception.message.slice(0, MAX_MATCH_CHARS * 2));
    if (seenMessages.has(text)) continue;
    seenMessages.add(text);
    visit({ text, line: exception.lines[0]!, kind: "message", claimed: true, exception, at: -1 });
  }
  const lines = log.lines;
  const { texts } = normalizedLines(log);
  let attached: ParsedException | undefined;
  let previousText: string | undefined;
  const seenClaimed = new Set<string>();
  let blanks = 0;
  let previousRecord = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text.trim()) {
      if (++blanks > 1) attached = undefined;
      continue;
    }
    blanks = 0;
    // A new log record ends the paragraph, unless every line carries a timestamp (a log collector's).
    const newRecord = line.record && !previousRecord;
    previousRecord = line.record;
    if (line.source) continue;
    const isClaimed = claimed.has(line.index);
    if (isClaimed) attached = endsAt.get(line.index);
    else if (newRecord || STRUCTURE.test(line.text)) attached = undefined;
    const text = texts[i]!;
    const owner = isClaimed ? undefined : attached;
    // A repeat that continues no exception is skipped by the search (see findEmbedded), so it may be
    // left out here. Two kinds cost nothing to spot, a run of one line and a repeated exception
    // line, and leaving them out keeps a log of one repeated line small; finding every repeat would
    // mean hashing every line.
    const repeat = !owner && (text === previousText || (isClaimed && seenClaimed.has(text)));
    previousText = text;
    if (isClaimed) seenClaimed.add(text);
    if (repeat) continue;
    visit({ text, line: line.index, kind: "line", claimed: isClaimed, exception: owner, at: i });
  }
  return out;
}

/** A line that carries a message, shaped like an exception so it scores like one. */
function standIn(lines: ParsedLog["lines"], i: number, last: number): ParsedException {
  const line = lines[i]!;
  const messageLines = [line.text];
  const indexes = [line.index];
  for (let j = i + 1; j < lines.length && j - i <= CONTINUATION_LINES; j++) {
    const next = lines[j]!;
    if (!next.text.trim() || next.record || !/^\s/.test(next.text)) break;
    messageLines.push(next.text);
    indexes.push(next.index);
  }
  return {
    type: "",
    message: messageLines.join("\n"),
    lines: indexes,
    frames: [],
    chain: -1 - line.index,
    position: 0,
    wrapper: false,
    atEnd: indexes[indexes.length - 1] === last,
    mangled: true,
  };
}
