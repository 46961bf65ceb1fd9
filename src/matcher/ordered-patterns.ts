/**
 * A list of patterns anchored at the start of a text, tried in order, as one regular expression:
 * `first(text, from)` finds the first pattern at or after `from` that matches, the answer a loop
 * over the list would reach, in one run instead of one per pattern. A JavaScript alternation takes
 * its first alternative that matches, and nothing follows it here, so each alternative matches
 * exactly what its pattern alone matches.
 *
 * The patterns must start with `^`, carry no flags and no backreferences (their groups are
 * renumbered inside the alternation).
 */
export class OrderedPatterns {
  /** alternations[k]: patterns k.. as one alternation, each inside one added group. */
  private readonly alternations: RegExp[];
  /** groups[k][i]: the added group of pattern k + i in alternations[k], and how many groups the pattern has. */
  private readonly groups: { at: number; count: number }[][];

  constructor(patterns: readonly RegExp[]) {
    for (const re of patterns) {
      if (!re.source.startsWith("^") || re.flags !== "" || /\\[1-9]|\\k</.test(re.source))
        throw new Error(`${re} must start with ^ and have no flags or backreferences`);
    }
    const counts = patterns.map((re) => new RegExp(`${re.source}|`).exec("")!.length - 1);
    this.alternations = patterns.map(
      (_, k) =>
        new RegExp(
          `^(?:${patterns
            .slice(k)
            .map((re) => `(${re.source.slice(1)})`)
            .join("|")})`,
        ),
    );
    this.groups = patterns.map((_, k) => {
      let at = 1;
      return counts.slice(k).map((count) => {
        const group = { at, count };
        at += 1 + count;
        return group;
      });
    });
  }

  /**
   * The first pattern at or after `from` that matches the start of `text`: its place in the list,
   * and its match as the pattern alone gives it (`match[0]` the whole, `match[1]` its first group ...).
   */
  first(text: string, from: number): { index: number; match: (string | undefined)[] } | undefined {
    if (from >= this.alternations.length) return undefined;
    const m = this.alternations[from]!.exec(text);
    if (!m) return undefined;
    const groups = this.groups[from]!;
    for (let i = 0; i < groups.length; i++) {
      const { at, count } = groups[i]!;
      if (m[at] !== undefined) return { index: from + i, match: m.slice(at, at + 1 + count) };
    }
    return undefined;
  }
}
