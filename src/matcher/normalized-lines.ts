import type { ParsedLog } from "./parse.ts";
import { perLog } from "./per-log.ts";
import { findTemplate, normalizeSpace, type CompiledTemplate } from "./template.ts";
import { work } from "./work.ts";

/**
 * A paste's lines whitespace-normalised once (see `normalizeSpace`): the search for messages in
 * lines (embedded.ts), the lines a signature's `with` needs, and a fix's `log` condition all read
 * them, so each line is normalised once per paste rather than once per reader.
 */
export class NormalizedLines {
  /** `normalizeSpace` of each line's text, in the order of `log.lines`. */
  readonly texts: string[];
  private readonly log: ParsedLog;
  /** The texts joined by "\n", which no normalised text or template holds, made when first needed. */
  private search: { joined: string; starts: number[]; raws: Map<number, string> } | undefined;

  constructor(log: ParsedLog) {
    this.log = log;
    this.texts = log.lines.map((l) => normalizeSpace(l.text));
  }

  /**
   * Index in the paste of the first line that contains the template, as read or as pasted, or
   * undefined. Only lines that hold the template's first literal can: one search of the joined
   * texts finds them, and the template is tried on those alone.
   */
  find(template: CompiledTemplate): number | undefined {
    const first = template.tokens.find((t) => t.kind === "literal");
    if (first?.kind !== "literal") return undefined;
    const { joined, starts, raws } = this.built;
    // Lines kept as pasted are few: each is tried in its turn, whether or not its text holds the literal.
    const rawAt = raws.keys();
    let nextRaw = rawAt.next().value ?? Infinity;
    let at = this.indexIn(joined, first.text, 0);
    for (;;) {
      const byText = at < 0 ? Infinity : lineOfOffset(starts, at);
      const k = Math.min(byText, nextRaw);
      if (k === Infinity) return undefined;
      const raw = raws.get(k);
      if (findTemplate(template, this.texts[k]!) >= 0 || (raw !== undefined && findTemplate(template, raw) >= 0)) {
        return this.log.lines[k]!.index;
      }
      if (k === nextRaw) nextRaw = rawAt.next().value ?? Infinity;
      if (k === byText) at = this.indexIn(joined, first.text, starts[k + 1] ?? joined.length);
    }
  }

  /**
   * The texts joined by "\n" (no normalised text, template or anchor holds one): one flat string,
   * which V8 reads character by character about twice as fast as thousands of slices of the paste.
   */
  get joined(): string {
    return this.built.joined;
  }

  /** Where each line's text starts in `joined`, in the order of `log.lines`. */
  get starts(): readonly number[] {
    return this.built.starts;
  }

  private get built() {
    return (this.search ??= this.makeSearch());
  }

  private indexIn(joined: string, literal: string, from: number): number {
    const at = joined.indexOf(literal, from);
    work.steps += (at < 0 ? joined.length : at) - from + 1;
    return at;
  }

  private makeSearch() {
    const starts: number[] = [];
    let offset = 0;
    for (const text of this.texts) {
      starts.push(offset);
      offset += text.length + 1;
    }
    const raws = new Map<number, string>();
    this.log.lines.forEach((l, k) => {
      if (l.raw !== undefined) raws.set(k, normalizeSpace(l.raw));
    });
    return { joined: this.texts.join("\n"), starts, raws };
  }
}

/** The line whose text holds `offset` of the joined texts. */
function lineOfOffset(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const NORMALIZED = Symbol("normalized lines");

/** Made once per parsed paste: shard selection, the search and the ranking all read them. */
export function normalizedLines(log: ParsedLog): NormalizedLines {
  return perLog(log, NORMALIZED, () => new NormalizedLines(log));
}
