/**
 * A list of patterns anchored at the start of a text, tried in order: `first(text, from)` finds the
 * first pattern at or after `from` that matches, the answer a loop over the list would reach. One
 * alternation of the patterns says whether any matches, so a text that none matches (most lines of
 * a log) costs one run; only then are the patterns run one by one, each giving its own match.
 * A JavaScript alternation matches where any of its alternatives does.
 *
 * The patterns must start with `^`, carry no flags, no backreferences (their groups are
 * renumbered inside the alternation) and no `|` outside a group: `^a|b` finds `b` anywhere, but
 * inside the alternation its `b` would be anchored too.
 */
export class OrderedPatterns {
  private readonly patterns: readonly RegExp[];
  /** anyFrom[k]: whether any of patterns k.. matches, as one alternation without a result to build. */
  private readonly anyFrom: RegExp[];

  constructor(patterns: readonly RegExp[]) {
    for (const re of patterns) {
      if (!re.source.startsWith("^") || re.flags !== "" || /\\[1-9]|\\k</.test(re.source) || alternatesAtTop(re.source))
        throw new Error(`${re} must start with ^ and have no flags, backreferences or | outside a group`);
    }
    this.patterns = patterns;
    this.anyFrom = patterns.map(
      (_, k) =>
        new RegExp(
          `^(?:${patterns
            .slice(k)
            .map((re) => re.source.slice(1))
            .join("|")})`,
        ),
    );
  }

  /** The first pattern at or after `from` that matches the start of `text`: its place in the list, and its match. */
  first(text: string, from: number): { index: number; match: RegExpExecArray } | undefined {
    if (from >= this.patterns.length || !this.anyFrom[from]!.test(text)) return undefined;
    for (let k = from; k < this.patterns.length; k++) {
      const match = this.patterns[k]!.exec(text);
      if (match) return { index: k, match };
    }
    return undefined;
  }
}

/** Whether a pattern's source has a `|` outside every group (escapes and character classes skipped). */
function alternatesAtTop(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}
