import type { CompiledIndex, CompiledRunbook, CompiledSignature } from "./compile.ts";
import { findEmbedded, type Basis, type SearchedText } from "./embedded.ts";
import { work } from "./work.ts";
import { frameMatches, framesOnly, type Possibility } from "./frames-only.ts";
import { readEnvironment, type Environment } from "./environment.ts";
import { fittingFix, type FittingFix } from "./fit.ts";
import { parseLog, typeKey, type Frame, type ParsedException, type ParsedLog } from "./parse.ts";
import { normalizedLines, type NormalizedLines } from "./normalized-lines.ts";
import { judgeVersions, type PackageVerdict } from "./pins.ts";
import { matchAt, MAX_MATCH_CHARS, normalizeSpace, type CompiledTemplate, type MatchOutcome } from "./template.ts";

/**
 * Score every runbook against a parsed log and answer honestly: a ranked
 * list above a threshold, near misses apart, and nothing when nothing fits.
 */

/** The answer is bounded whatever the paste: a log of 100,000 errors lists the last few. */
const MAX_NEAR_MISSES = 20;
const MAX_EXCEPTIONS = 20;
const MAX_SHOWN_CHARS = 300;

/** Below this confidence the answer is "no known runbook", never a guess. */
export const THRESHOLD = 0.5;

// How much each kind of evidence weighs; a full message match alone clears the threshold.
const W_MESSAGE = 0.7;
const W_FRAMES = 0.15;
const W_WITH = 0.15;
// A paste cut in the middle of a message earns this share of the matched part.
const PARTIAL_CREDIT = 0.7;
// Another runbook's template explains the same exception more specifically.
const DOMINATED = 0.45;
// A message read out of another line, or a non-Python line, is good evidence but less than a clean exception line.
const BASIS_WEIGHT: Record<Basis, number> = { exception: 1, embedded: 0.9, "log-line": 0.9 };
/** The outcome of a template found in full inside a line (see embedded.ts). */
const FOUND_IN_LINE: Extract<MatchOutcome, { status: "full" }> = { status: "full", end: 0, captures: [] };

export type EvidenceKind = "message" | "partial" | "frame" | "with";

export interface Evidence {
  signature: string;
  kind: EvidenceKind;
  /** 1-based line number in the pasted text. */
  line: number;
  /** The line as the matcher read it (colours and prefixes removed). */
  text: string;
  /** The template or frame that matched. */
  pattern: string;
}

export interface Match {
  slug: string;
  title: string;
  url: string;
  confidence: number;
  cause: string;
  /** The fix that fits this log: the first whose conditions the paste shows (see fit.ts). */
  fix: FittingFix;
  /** What the answer rests on: a clean exception line, the message found inside another line, or a non-Python failure line. */
  basis: Basis;
  evidence: Evidence[];
  /** One verdict per package the paste shows and this runbook's pins name. */
  versions: PackageVerdict[];
}

export interface NearMiss {
  slug: string;
  title: string;
  url: string;
  signature: string;
  line: number;
  text: string;
  /** Why it is not a match, e.g. `expected "{device:cuda}", found "cpu and cuda:0"`. */
  reason: string;
}

export interface MatchResult {
  matches: Match[];
  nearMisses: NearMiss[];
  /**
   * When nothing matches and the paste ends without a message: runbooks whose characteristic
   * frames it shows. Possibilities only, never matches: the message is needed to tell.
   */
  possibilities: Possibility[];
  /** Near misses left out of `nearMisses` (the answer stays small whatever the paste). */
  moreNearMisses: number;
  /** The last exceptions found in the paste (first line of each message): what was read when nothing matched. */
  exceptions: { type: string; message: string; line: number }[];
  /** Exceptions found but left out of `exceptions`. */
  moreExceptions: number;
  /** Package versions read from pip list, collect_env ... in the paste. */
  environment: Environment;
}

interface Candidate {
  basis: Basis;
  runbook: CompiledRunbook;
  signature: CompiledSignature;
  exception: ParsedException;
  score: number;
  strength: number;
  full: boolean;
  evidence: Evidence[];
  withLines: number[];
}

export function matchText(input: string, index: CompiledIndex): MatchResult {
  return rankLog(parseLog(input), index);
}

/**
 * `searched`: the texts a message may stand in anywhere in a line, when shard selection has
 * narrowed them to those holding an anchor of the selected shards (see `selectShards`).
 */
export function rankLog(log: ParsedLog, index: CompiledIndex, searched?: readonly SearchedText[]): MatchResult {
  const lineText = (i: number) => lineAt(log, i)?.text ?? "";
  const normalized = normalizedLines(log);
  const nearMisses: NearMiss[] = [];
  const best = new Map<string, Candidate>();

  const environment = readEnvironment(log.lines);
  const chains = new Chains(log.exceptions);
  const byType = distinctFailuresByType(log.exceptions, chains, false);
  // Re-raises such as transformers' "Unable to load weights ..." are left out of the failures above; only a
  // runbook written for the re-raise itself (a wrapper signature) reads them.
  const wrappersByType = distinctFailuresByType(log.exceptions, chains, true);
  const admit = (
    runbook: CompiledRunbook,
    signature: CompiledSignature,
    exception: ParsedException,
    result: Extract<MatchOutcome, { status: "full" | "truncated" }>,
    template: CompiledTemplate,
    line: number,
    basis: Basis,
  ) => {
    const position = chains.problem(signature, exception);
    if (position) {
      if (result.status === "full")
        nearMisses.push({ ...ref(runbook), signature: signature.id, line: line + 1, text: lineText(line), reason: position });
      return;
    }
    const candidate = scoreCandidate(runbook, signature, exception, result, template, line, log, normalized, lineText, basis, chains);
    if (signature.requireWith && candidate.withLines.length < signature.with.length) {
      nearMisses.push({
        ...ref(runbook),
        signature: signature.id,
        line: line + 1,
        text: lineText(line),
        reason: "the message matches, but the log lacks the line that tells this cause apart from others with the same message",
      });
      return;
    }
    const previous = best.get(runbook.slug);
    if (!previous || candidate.score > previous.score) best.set(runbook.slug, candidate);
  };

  for (const runbook of index.runbooks) {
    for (const signature of runbook.signatures) {
      if (signature.logLine) continue;
      const carriers = new Set(signature.exception.flatMap((type) => byType.get(typeKey(type)) ?? []));
      if (signature.wrapper)
        for (const type of signature.exception) for (const e of wrappersByType.get(typeKey(type)) ?? []) carriers.add(e);
      for (const exception of carriers) {
        if (!typeMatches(exception.type, signature.exception)) continue;
        const outcome = bestMessageOutcome(signature.message, exception);
        if (!outcome) continue;
        const { result, template, offset } = outcome;
        const line = exception.lines[offset] ?? exception.lines[0]!;
        if (result.status === "contradicted" || (result.status === "truncated" && !exception.atEnd)) {
          if (offset === 0) {
            nearMisses.push({
              ...ref(runbook),
              signature: signature.id,
              line: line + 1,
              text: lineText(line),
              reason:
                result.status === "contradicted"
                  ? `expected "${result.expected}" where the message has "${result.found}"`
                  : "the message ends before the signature does",
            });
          }
          continue;
        }
        if (result.status !== "full" && result.status !== "truncated") continue;
        admit(runbook, signature, exception, result, template, line, exception.mangled ? "embedded" : "exception");
      }
    }
  }
  // The same messages wherever else they stand in a line, and non-Python failure lines.
  for (const hit of findEmbedded(log, index, typeMatches, searched)) {
    // A clean exception line already read for this runbook is better evidence than the same text found again.
    const previous = best.get(hit.runbook.slug);
    if (previous?.basis === "exception" && (previous.exception === hit.carrier || previous.exception.lines.includes(hit.line))) continue;
    admit(hit.runbook, hit.signature, hit.carrier, FOUND_IN_LINE, hit.template, hit.line, hit.basis);
  }

  discountShared([...best.values()]);
  // A wrapper's line says "something failed, see above": it answers only when no runbook explains the failure.
  const explained = [...best.values()].some((c) => c.score >= THRESHOLD && !c.signature.wrapper);
  const matches = [...best.values()]
    .filter((c) => c.score >= THRESHOLD && !(explained && c.signature.wrapper))
    .sort((a, b) => b.score - a.score || b.strength - a.strength || a.runbook.slug.localeCompare(b.runbook.slug))
    .map((c): Match => ({
      ...ref(c.runbook),
      confidence: round(c.score),
      cause: c.runbook.cause,
      fix: fittingFix(c.runbook, {
        signature: c.signature.id,
        message: c.exception.message,
        findInLog: (t) => normalized.find(t),
        environment,
      }),
      basis: c.basis,
      evidence: c.evidence,
      versions: judgeVersions(c.runbook.pins, environment),
    }));
  const matched = new Set(matches.map((m) => m.slug));
  const weak = [...best.values()]
    .filter((c) => c.score < THRESHOLD)
    .map((c) => ({
      ...ref(c.runbook),
      signature: c.signature.id,
      line: c.evidence[0]?.line ?? 1,
      text: c.evidence[0]?.text ?? "",
      reason: `only weak evidence (confidence ${round(c.score)}, below ${THRESHOLD})`,
    }));
  const seen = new Set<string>();
  const misses = [...nearMisses, ...weak].filter((n) => {
    const key = `${n.slug}/${n.signature}/${n.line}`;
    if (matched.has(n.slug) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    matches,
    possibilities: matches.length === 0 ? framesOnly(log, index, lineText) : [],
    nearMisses: misses.slice(0, MAX_NEAR_MISSES),
    moreNearMisses: Math.max(0, misses.length - MAX_NEAR_MISSES),
    // The last exceptions: a log ends with the failure that stopped it.
    exceptions: log.exceptions.slice(-MAX_EXCEPTIONS).map((e) => ({
      type: e.type,
      message: e.message.slice(0, MAX_SHOWN_CHARS).split("\n")[0]!,
      line: e.lines[0]! + 1,
    })),
    moreExceptions: Math.max(0, log.exceptions.length - MAX_EXCEPTIONS),
    environment,
  };
}

function ref(runbook: CompiledRunbook) {
  return { slug: runbook.slug, title: runbook.title, url: runbook.url };
}

/**
 * The failures a signature can explain, by the last part of their type: a signature is tried only on
 * exceptions of its types. A message repeated by every rank or every step is tried once, at its first
 * occurrence, so a log of 100,000 identical errors costs what one does.
 */
function distinctFailuresByType(exceptions: readonly ParsedException[], chains: Chains, wrappers: boolean): Map<string, ParsedException[]> {
  const byType = new Map<string, ParsedException[]>();
  const seen = new Set<string>();
  for (const e of rankedExceptions(exceptions)) {
    if (e.wrapper !== wrappers) continue;
    // Place in the chain matters to "first"/"last" signatures: the same text in another place is another case.
    const key = `${e.type}\u0000${e.position}\u0000${chains.isLast(e)}\u0000${chains.framesOf(e).length}\u0000${e.message.slice(0, MAX_MATCH_CHARS)}`;
    work.steps += key.length + 1;
    if (seen.has(key)) continue;
    seen.add(key);
    let list = byType.get(typeKey(e.type));
    if (!list) byType.set(typeKey(e.type), (list = []));
    list.push(e);
  }
  return byType;
}

/** The first cleaned line of the paste's line `index` (lines are in index order): no map of every line is built. */
function lineAt(log: ParsedLog, index: number) {
  const { lines } = log;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.index < index) lo = mid + 1;
    else hi = mid;
  }
  return lines[lo]?.index === index ? lines[lo] : undefined;
}

/**
 * A log with more exceptions than this is ranked on its first and last ones: the failure that
 * started it and the one that stopped it are there, and the work per paste stays bounded.
 */
export const MAX_RANKED_EXCEPTIONS = 2000;

function rankedExceptions(exceptions: readonly ParsedException[]): readonly ParsedException[] {
  if (exceptions.length <= MAX_RANKED_EXCEPTIONS) return exceptions;
  const half = MAX_RANKED_EXCEPTIONS / 2;
  return [...exceptions.slice(0, half), ...exceptions.slice(-half)];
}

/** `OutOfMemoryError` matches `torch.OutOfMemoryError`; a qualified signature type needs the same tail. */
export function typeMatches(type: string, accepted: readonly string[]): boolean {
  return accepted.some((want) => type === want || type.endsWith(`.${want}`) || want.endsWith(`.${type}`));
}

/** Try each wording at the message start and at each inner line start; keep the strongest outcome. */
function bestMessageOutcome(
  templates: readonly CompiledTemplate[],
  exception: ParsedException,
): { result: MatchOutcome; template: CompiledTemplate; offset: number } | undefined {
  let best: { result: MatchOutcome; template: CompiledTemplate; offset: number } | undefined;
  const rankOf = (r: MatchOutcome) => (r.status === "full" ? 3 : r.status === "truncated" ? 2 : r.status === "contradicted" ? 1 : 0);
  for (const { offset, text } of messageStarts(exception)) {
    for (const template of templates) {
      const result = matchAt(template, text);
      // Inside a message only a full match counts: a line that merely starts alike is no contradiction.
      if (offset > 0 && result.status !== "full") continue;
      if (
        !best ||
        rankOf(result) > rankOf(best.result) ||
        (rankOf(result) === rankOf(best.result) && matchedChars(result) > matchedChars(best.result))
      ) {
        best = { result, template, offset };
      }
    }
    if (best?.result.status === "full") break;
  }
  return best && best.result.status !== "none" ? best : undefined;
}

/**
 * Where a message template may start: the message, then each of its inner lines (a wrapper
 * often prefixes the original message). Whitespace-normalised, empty starts skipped. Only the
 * first start may match partially; the others count only when a template matches in full.
 */
export function* messageStarts(exception: ParsedException): Generator<{ offset: number; text: string }> {
  // Each line is normalised once and the starts are slices of the joined text, so a message of many
  // lines costs its length, not its length times its lines.
  const lines = exception.message.split("\n", MAX_START_LINES).map(normalizeSpace);
  const joined = lines.join(" ");
  work.steps += joined.length + 1;
  let at = 0;
  for (let offset = 0; offset < lines.length; offset++) {
    // Bounded: a template never needs more than MAX_MATCH_CHARS, however long the message.
    if (lines[offset]) yield { offset, text: joined.slice(at, at + MAX_MATCH_CHARS).trimEnd() };
    at += lines[offset]!.length + 1;
  }
}

/** Lines of a message where a template may start: a wrapper's message rarely holds the original further down. */
const MAX_START_LINES = 200;

function matchedChars(r: MatchOutcome): number {
  return r.status === "truncated" || r.status === "contradicted" ? r.matchedChars : r.status === "full" ? Infinity : 0;
}

const NO_FRAMES: readonly Frame[] = [];

/** Per chain: the last non-wrapper position and every frame, computed once per paste. */
class Chains {
  private readonly last = new Map<number, number>();
  private readonly frames = new Map<number, Frame[]>();
  constructor(exceptions: readonly ParsedException[]) {
    for (const e of exceptions) {
      if (!e.wrapper && e.position > (this.last.get(e.chain) ?? -1)) this.last.set(e.chain, e.position);
      if (e.frames.length === 0) continue;
      let list = this.frames.get(e.chain);
      if (!list) this.frames.set(e.chain, (list = []));
      for (const f of e.frames) list.push(f);
    }
  }
  isLast(exception: ParsedException): boolean {
    return (this.last.get(exception.chain) ?? -1) <= exception.position;
  }
  /** Frames anywhere in the same chain: a re-raise keeps the original frames in the earlier traceback. */
  framesOf(exception: ParsedException): readonly Frame[] {
    return this.frames.get(exception.chain) ?? NO_FRAMES;
  }
  problem(signature: CompiledSignature, exception: ParsedException): string | undefined {
    if (signature.chain === "first" && exception.position !== 0) {
      return "the signature needs the first exception of the chain, and an earlier exception started this one";
    }
    if (signature.chain === "last" && (this.last.get(exception.chain) ?? -1) > exception.position) {
      return "the signature needs the last exception of the chain, and another exception followed this one";
    }
    return undefined;
  }
}

function scoreCandidate(
  runbook: CompiledRunbook,
  signature: CompiledSignature,
  exception: ParsedException,
  result: Extract<MatchOutcome, { status: "full" | "truncated" }>,
  template: CompiledTemplate,
  line: number,
  log: ParsedLog,
  normalized: NormalizedLines,
  lineText: (i: number) => string,
  basis: Basis,
  chains: Chains,
): Candidate {
  const full = result.status === "full";
  const message = full ? 1 : PARTIAL_CREDIT * Math.min(1, result.matchedChars / template.literalChars);
  const evidence: Evidence[] = [
    { signature: signature.id, kind: full ? "message" : "partial", line: line + 1, text: lineText(line), pattern: template.source },
  ];
  const chainFrames = chains.framesOf(exception);
  let framesFound = 0;
  for (const want of signature.frames) {
    const frame = chainFrames.find((f) => frameMatches(f, want));
    if (frame) {
      framesFound++;
      evidence.push({
        signature: signature.id,
        kind: "frame",
        line: frame.index + 1,
        text: lineText(frame.index),
        pattern: want.func ? `${want.file}:${want.func}` : want.file,
      });
    }
  }
  const withLines: number[] = [];
  for (const template of signature.with) {
    const found = normalized.find(template);
    if (found !== undefined) {
      withLines.push(found);
      evidence.push({ signature: signature.id, kind: "with", line: found + 1, text: lineText(found), pattern: template.source });
    }
  }
  const frameShare = signature.frames.length ? framesFound / signature.frames.length : message;
  const withShare = signature.with.length ? withLines.length / signature.with.length : message;
  return {
    basis,
    runbook,
    signature,
    exception,
    full,
    score: BASIS_WEIGHT[basis] * (W_MESSAGE * message + W_FRAMES * frameShare + W_WITH * withShare),
    strength: template.literalChars + 30 * framesFound + 30 * withLines.length,
    evidence: evidence.sort((a, b) => a.line - b.line),
    withLines,
  };
}

/**
 * Evidence several runbooks share counts for less: on one exception the most
 * specific explanation wins, and lines that several runbooks expect add less.
 */
function discountShared(candidates: Candidate[]): void {
  const byException = new Map<ParsedException, Candidate[]>();
  for (const c of candidates) {
    if (!c.full) continue;
    let list = byException.get(c.exception);
    if (!list) byException.set(c.exception, (list = []));
    list.push(c);
  }
  const withClaims = new Map<number, number>();
  for (const c of candidates) for (const l of new Set(c.withLines)) withClaims.set(l, (withClaims.get(l) ?? 0) + 1);
  for (const c of candidates) {
    if (c.signature.with.length === 0) continue;
    const shared = c.withLines.reduce((n, l) => n + (1 - 1 / (withClaims.get(l) ?? 1)), 0);
    c.score -= (W_WITH * shared) / c.signature.with.length;
  }
  for (const group of byException.values()) {
    if (group.length < 2) continue;
    const top = Math.max(...group.map((c) => c.strength));
    const tied = group.filter((c) => c.strength === top).length;
    for (const c of group) c.score *= c.strength < top ? DOMINATED : 1 / Math.sqrt(tied);
  }
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
