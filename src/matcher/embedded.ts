import { AnchorScanner, MIN_ANCHOR_CHARS } from "./anchors.ts";
import type { CompiledIndex, CompiledRunbook, CompiledSignature } from "./compile.ts";
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
export const SELF_EVIDENT_CHARS = 20;
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
  const first = template.tokens.find((t) => t.kind === "literal");
  if (!first || first.kind !== "literal") return undefined;
  const anchor = first.text.trimStart();
  return anchor.length >= MIN_ANCHOR_CHARS ? anchor : undefined;
}

/** Exceptions' templates are looked for in messages; log-line templates in whole lines, exception lines included. */
interface Scanners {
  messages: AnchorScanner<Entry>;
  lines: AnchorScanner<Entry>;
}

const scanners = new WeakMap<CompiledIndex, Scanners>();

function scannersFor(index: CompiledIndex): Scanners {
  let scanner = scanners.get(index);
  if (!scanner) {
    const entries: [string, Entry][] = [];
    for (const runbook of index.runbooks) {
      for (const signature of runbook.signatures) {
        for (const template of signature.message) {
          const anchor = anchorOf(template);
          if (!anchor) continue;
          const start = template.tokens.findIndex((t) => t.kind === "literal");
          const tokens = template.tokens.slice(start).map((t, i) => (i === 0 && t.kind === "literal" ? { ...t, text: anchor } : t));
          entries.push([anchor, { runbook, signature, template, lead: { ...template, tokens } }]);
        }
      }
    }
    scanner = {
      messages: new AnchorScanner(entries.filter(([, e]) => !e.signature.logLine)),
      lines: new AnchorScanner(entries.filter(([, e]) => e.signature.logLine)),
    };
    scanners.set(index, scanner);
  }
  return scanner;
}

// The exception type printed right before a message: "RuntimeError: ", "torch.OutOfMemoryError: ".
const TYPE_BEFORE = /((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Error|Exception|Warning|Exit|Interrupt|Failure|Timeout))(?:\([\w.]*\))?:\s*$/;

/**
 * A message in quotes with no type before it is a string literal in code (a test runner's or a
 * notebook's source listing: `raise ValueError("f must be ...")`), not a failure that happened.
 */
function quoted(text: string, position: number): boolean {
  const before = text[position - 1];
  return before === '"' || before === "'";
}

function typeBefore(text: string, position: number): string | undefined {
  return TYPE_BEFORE.exec(text.slice(Math.max(0, position - 160), position))?.[1];
}

export function findEmbedded(log: ParsedLog, index: CompiledIndex, typeMatches: (type: string, accepted: readonly string[]) => boolean) {
  const { messages, lines } = scannersFor(index);
  const hits: EmbeddedHit[] = [];
  const logLineCount = new Map<CompiledSignature, number>();

  const consider = (scanner: AnchorScanner<Entry>, text: string, carrier: () => ParsedException, line: number) => {
    const tries = new Map<CompiledTemplate, number>();
    scanner.scan(text, (position, entry) => {
      const { signature, template, lead } = entry;
      const tried = tries.get(template) ?? 0;
      if (tried >= TRIES_PER_LINE) return;
      tries.set(template, tried + 1);
      if (signature.logLine) {
        if ((logLineCount.get(signature) ?? 0) >= LINES_PER_LOG_SIGNATURE) return;
      } else {
        const type = typeBefore(text, position);
        if (type ? !typeMatches(type, signature.exception) : template.literalChars < SELF_EVIDENT_CHARS || quoted(text, position)) return;
      }
      if (matchAt(lead, text.slice(position, position + MAX_MATCH_CHARS)).status !== "full") return;
      if (signature.logLine) logLineCount.set(signature, (logLineCount.get(signature) ?? 0) + 1);
      hits.push({ ...entry, carrier: carrier(), line, basis: signature.logLine ? "log-line" : "embedded" });
    });
  };

  for (const { text, carrier, line, whole } of searchedTexts(log)) {
    if (whole) consider(lines, text, carrier, line);
    if (!whole || !whole.claimed) consider(messages, text, carrier, line);
  }
  return hits;
}

/**
 * The texts a message is looked for in: each parsed exception's message (its carrier is the
 * exception, so the most specific runbook still wins it), then every line but source code, with
 * the lines that continue it (`whole`; a line an exception already claimed is searched only for
 * log-line signatures). Shard selection reads the same texts, so it loads what this search can use.
 */
export function* searchedTexts(
  log: ParsedLog,
): Generator<{ text: string; carrier: () => ParsedException; line: number; whole?: { claimed: boolean } }> {
  const claimed = new Set<number>();
  for (const exception of log.exceptions) {
    for (const l of exception.lines) claimed.add(l);
    if (exception.wrapper) continue;
    yield { text: normalizeSpace(exception.message.slice(0, MAX_MATCH_CHARS * 2)), carrier: () => exception, line: exception.lines[0]! };
  }
  const lines = log.lines;
  const last = lines.length > 0 ? lines[lines.length - 1]!.index : -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.source || !line.text.trim()) continue;
    let stand: ParsedException | undefined;
    yield {
      text: normalizeSpace(line.text),
      carrier: () => (stand ??= standIn(lines, i, last)),
      line: line.index,
      whole: { claimed: claimed.has(line.index) },
    };
  }
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
