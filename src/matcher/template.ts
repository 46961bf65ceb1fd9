/**
 * Message templates: literal text with typed placeholders, e.g.
 *   "found at least two devices, {device:cuda} and {device:cuda}"
 *
 * A template compiles to a list of tokens that is matched left to right
 * without backtracking into earlier tokens, so matching costs at most
 * (template length × text length) and, with the template bounded, is linear
 * in the text. Raw regular expressions are deliberately not part of the
 * language: a contributor cannot write a catastrophic pattern.
 */

import { work } from "./work.ts";

export const PLACEHOLDER_KINDS = ["number", "device", "path", "shape", "name", "text"] as const;
export type PlaceholderKind = (typeof PLACEHOLDER_KINDS)[number];

export type Token = { kind: "literal"; text: string } | { kind: "placeholder"; type: PlaceholderKind; qualifier?: string };

export interface CompiledTemplate {
  source: string;
  tokens: Token[];
  /** Count of literal, non-space characters: how specific the template is. */
  literalChars: number;
}

export class TemplateError extends Error {}

/** A template needs this much literal text, so it can never match the empty string or any line at all. */
export const MIN_LITERAL_CHARS = 6;
/** Texts longer than this are cut before matching, which bounds the cost per message. */
export const MAX_MATCH_CHARS = 4000;

const DEVICE_TYPES = ["cpu", "cuda", "meta", "mps", "xpu", "npu", "hpu", "xla", "disk"];

/**
 * Collapse whitespace runs so that wrapped or tab-indented messages match their template, and
 * straighten typographic quotes, which a message copied from a rendered page or a word processor
 * carries instead of Python's ' and ".
 */
export function normalizeSpace(text: string): string {
  // Most lines hold single spaces and straight quotes only: then trimming is all there is to do.
  if (!NEEDS_NORMALIZING.test(text)) return text.trim();
  const spaced = text.replace(/\s+/g, " ");
  // Aligned columns (a progress bar, a table) need the spaces collapsed, rarely the quotes straightened.
  const straight = TYPOGRAPHIC_QUOTE.test(spaced) ? spaced.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"') : spaced;
  return straight.trim();
}
const NEEDS_NORMALIZING = /\s\s|[^\S ]|[\u2018-\u201f]/;
const TYPOGRAPHIC_QUOTE = /[\u2018-\u201f]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f]/g;

const REGEX_LOOKALIKE = /(\.\*|\.\+|\\[dswb]|\(\?[:=!<]|\[\^|\[a-z|\[0-9)/;

export function compileTemplate(source: string): CompiledTemplate {
  if (REGEX_LOOKALIKE.test(source)) {
    throw new TemplateError(
      `"${source}" looks like a regular expression; write the literal message and use placeholders such as {number} or {text}`,
    );
  }
  const tokens: Token[] = [];
  let literal = "";
  const pushLiteral = () => {
    const text = normalizeSpaceKeepEdges(literal);
    if (text) tokens.push({ kind: "literal", text });
    literal = "";
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "{" && source[i + 1] === "{") {
      literal += "{";
      i++;
    } else if (ch === "}" && source[i + 1] === "}") {
      literal += "}";
      i++;
    } else if (ch === "{") {
      const end = source.indexOf("}", i);
      if (end < 0) throw new TemplateError(`unclosed "{" at character ${i + 1} of "${source}"`);
      const [type, qualifier, ...rest] = source.slice(i + 1, end).split(":");
      if (!PLACEHOLDER_KINDS.includes(type as PlaceholderKind) || rest.length > 0) {
        throw new TemplateError(
          `unknown placeholder {${source.slice(i + 1, end)}}; use one of ${PLACEHOLDER_KINDS.map((k) => `{${k}}`).join(", ")} (write {{ for a literal brace)`,
        );
      }
      if (qualifier !== undefined && !(type === "device" && DEVICE_TYPES.includes(qualifier))) {
        throw new TemplateError(
          `placeholder {${type}:${qualifier}} has an unknown qualifier; only {device:TYPE} takes one (TYPE one of ${DEVICE_TYPES.join(", ")})`,
        );
      }
      pushLiteral();
      const previous = tokens[tokens.length - 1];
      if (previous?.kind === "placeholder") {
        throw new TemplateError(`placeholders {${previous.type}} and {${type}} are adjacent in "${source}"; put literal text between them`);
      }
      tokens.push(
        qualifier
          ? { kind: "placeholder", type: type as PlaceholderKind, qualifier }
          : { kind: "placeholder", type: type as PlaceholderKind },
      );
      i = end;
    } else if (ch === "}") {
      throw new TemplateError(`unmatched "}" at character ${i + 1} of "${source}" (write }} for a literal brace)`);
    } else {
      literal += ch;
    }
  }
  pushLiteral();
  trimEdges(tokens);
  const literalChars = tokens.reduce((n, t) => n + (t.kind === "literal" ? t.text.replace(/\s/g, "").length : 0), 0);
  if (literalChars < MIN_LITERAL_CHARS) {
    throw new TemplateError(
      `"${source}" has ${literalChars} literal characters; at least ${MIN_LITERAL_CHARS} are needed so it cannot match (nearly) any text`,
    );
  }
  return { source, tokens, literalChars };
}

function normalizeSpaceKeepEdges(text: string): string {
  return text.replace(/\s+/g, " ");
}

function trimEdges(tokens: Token[]): void {
  const first = tokens[0];
  if (first?.kind === "literal") first.text = first.text.trimStart();
  const last = tokens[tokens.length - 1];
  if (last?.kind === "literal") last.text = last.text.trimEnd();
  if (first?.kind === "literal" && !first.text) tokens.shift();
  if (last?.kind === "literal" && !last.text) tokens.pop();
}

export type MatchOutcome =
  /** Every token matched. */
  | { status: "full"; end: number; captures: string[] }
  /** The text ran out while tokens were still matching: a paste cut in the middle. */
  | { status: "truncated"; matchedChars: number; captures: string[] }
  /**
   * Text is present but disagrees after at least half of the template matched:
   * `cpu and cuda:0` where the template needs two cuda devices.
   */
  | { status: "contradicted"; matchedChars: number; at: number; expected: string; found: string }
  | { status: "none" };

/**
 * Match a template at the start of `text` (already whitespace-normalised).
 * The template may end before the text does: messages often carry suffixes
 * (an error code, advice) that vary by version.
 */
export function matchAt(template: CompiledTemplate, text: string): MatchOutcome {
  const input = text.length > MAX_MATCH_CHARS ? text.slice(0, MAX_MATCH_CHARS) : text;
  const captures: string[] = [];
  let pos = 0;
  let matchedChars = 0;
  const { tokens } = template;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.kind === "literal") {
      const common = commonPrefixLength(input, pos, token.text);
      if (common === token.text.length) {
        pos += common;
        matchedChars += token.text.replace(/\s/g, "").length;
        continue;
      }
      if (pos + common >= input.length) {
        return { status: "truncated", matchedChars: matchedChars + token.text.slice(0, common).replace(/\s/g, "").length, captures };
      }
      return failure(
        template,
        matchedChars + token.text.slice(0, common).replace(/\s/g, "").length,
        pos + common,
        token.text.slice(common),
        input,
      );
    }
    const next = tokens[t + 1];
    const stop = next?.kind === "literal" ? next.text : undefined;
    const consumed = consumePlaceholder(token, input, pos, stop);
    if (consumed < 0) {
      if (pos >= input.length) return { status: "truncated", matchedChars, captures };
      return failure(template, matchedChars, pos, `{${token.type}${token.qualifier ? ":" + token.qualifier : ""}}`, input);
    }
    work.steps += consumed + 1;
    captures.push(input.slice(pos, pos + consumed));
    pos += consumed;
  }
  return { status: "full", end: pos, captures };
}

function failure(template: CompiledTemplate, matchedChars: number, at: number, expected: string, input: string): MatchOutcome {
  // Less than half of the template agrees: the text is simply something else, not a near miss.
  if (matchedChars * 2 < template.literalChars) return { status: "none" };
  return { status: "contradicted", matchedChars, at, expected, found: input.slice(at, at + 40) };
}

function commonPrefixLength(text: string, pos: number, literal: string): number {
  let i = 0;
  while (i < literal.length && pos + i < text.length && text[pos + i] === literal[i]) i++;
  work.steps += i + 1;
  return i;
}

/** Returns the number of characters consumed, or -1 when the placeholder cannot start here. */
function consumePlaceholder(token: Extract<Token, { kind: "placeholder" }>, text: string, pos: number, stop: string | undefined): number {
  switch (token.type) {
    case "text":
      return consumeText(text, pos, stop);
    case "number":
      return consumeSticky(NUMBER, text, pos);
    case "device":
      return consumeDevice(text, pos, token.qualifier);
    case "shape":
      return consumeShape(text, pos);
    case "name":
      return consumeName(text, pos);
    case "path":
      return consumePath(text, pos, stop);
  }
}

/** Any text, up to the first occurrence of the next literal (or to the end). */
function consumeText(text: string, pos: number, stop: string | undefined): number {
  if (stop === undefined) return text.length - pos;
  const at = text.indexOf(stop, pos);
  work.steps += (at < 0 ? text.length : at) - pos + 1;
  return at < 0 ? -1 : at - pos;
}

// Sticky and made of bounded character classes: it cannot backtrack far.
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function consumeSticky(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? m[0].length : -1;
}

function consumeDevice(text: string, pos: number, qualifier: string | undefined): number {
  const types = qualifier ? [qualifier] : DEVICE_TYPES;
  for (const type of types) {
    if (text.startsWith(type, pos)) {
      let end = pos + type.length;
      if (text[end] === ":" && /\d/.test(text[end + 1] ?? "")) {
        end++;
        while (/\d/.test(text[end] ?? "")) end++;
      }
      // "cudaX" or "cpuinfo" are other words, not devices.
      if (/[A-Za-z0-9_]/.test(text[end] ?? "")) continue;
      return end - pos;
    }
  }
  return -1;
}

/** torch.Size([1, 2]), [1, 2], (1, 2) or torch.Size([]). */
function consumeShape(text: string, pos: number): number {
  let i = pos;
  if (text.startsWith("torch.Size(", i)) i += "torch.Size(".length;
  const open = text[i];
  const close = open === "[" ? "]" : open === "(" ? ")" : undefined;
  if (!close) return -1;
  i++;
  while (i < text.length && /[\d, ]/.test(text[i]!)) i++;
  if (text[i] !== close) return -1;
  i++;
  if (text.startsWith("torch.Size(", pos)) {
    if (text[i] !== ")") return -1;
    i++;
  }
  return i - pos;
}

/** A quoted name: 'qwen2_5_vl', "model.embed_tokens.weight" or `x`. */
function consumeName(text: string, pos: number): number {
  const quote = text[pos];
  if (quote !== "'" && quote !== '"' && quote !== "`") return -1;
  const end = text.indexOf(quote, pos + 1);
  if (end < 0 || end - pos > 300 || text.slice(pos + 1, end).includes("\n")) return -1;
  return end - pos + 1;
}

/** A file path: a run of non-space characters, leaving the next literal's punctuation alone. */
function consumePath(text: string, pos: number, stop: string | undefined): number {
  let end = pos;
  while (end < text.length && !/[\s'"`,;]/.test(text[end]!)) end++;
  if (end === pos) return -1;
  // "{path}." or "{path}:" – the run swallowed the literal's leading punctuation; give a few characters back.
  if (stop) {
    for (let back = 0; back <= Math.min(4, end - pos - 1); back++) {
      if (text.startsWith(stop, end - back)) return end - back - pos;
    }
  }
  return end - pos;
}

/** How many occurrences of a template's first literal are tried per text: bounds the work per line. */
const FIND_TRIES = 3;

/**
 * Where the template occurs anywhere in `text` (whitespace-normalised), or -1. A leading
 * placeholder is dropped: "anywhere" has no start for it to anchor to.
 */
export function findTemplate(template: CompiledTemplate, text: string): number {
  const start = template.tokens.findIndex((t) => t.kind === "literal");
  const first = template.tokens[start];
  if (!first || first.kind !== "literal") return -1;
  const lead = start === 0 ? template : { ...template, tokens: template.tokens.slice(start) };
  let at = text.indexOf(first.text);
  work.steps += (at < 0 ? text.length : at) + 1;
  for (let tries = 0; at >= 0 && tries < FIND_TRIES; tries++) {
    if (matchAt(lead, text.slice(at)).status === "full") return at;
    at = text.indexOf(first.text, at + 1);
  }
  return -1;
}
