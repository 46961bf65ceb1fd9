/**
 * A list of patterns anchored at the start of a text, tried in order, as one regular expression:
 * `first(text, from)` names the first pattern at or after `from` that matches, the answer a loop
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
  /** groups[k][i]: the added group of pattern k + i in alternations[k]. */
  private readonly groups: number[][];

  constructor(patterns: readonly RegExp[]) {
    for (const re of patterns) {
      if (!re.source.startsWith("^") || re.flags !== "" || /\\[1-9]|\\k</.test(re.source))
        throw new Error(`${re} must start with ^ and have no flags or backreferences`);
    }
    const innerGroups = patterns.map((re) => new RegExp(`${re.source}|`).exec("")!.length - 1);
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
      let group = 1;
      return innerGroups.slice(k).map((inner) => {
        const at = group;
        group += 1 + inner;
        return at;
      });
    });
  }

  /** Whether any of the patterns matches at the start of `text`. */
  test(text: string): boolean {
    return this.alternations.length > 0 && this.alternations[0]!.test(text);
  }

  /** The place in the list of the first pattern at or after `from` that matches `text`, or -1. */
  first(text: string, from: number): number {
    if (from >= this.alternations.length) return -1;
    const m = this.alternations[from]!.exec(text);
    if (!m) return -1;
    const groups = this.groups[from]!;
    for (let i = 0; i < groups.length; i++) if (m[groups[i]!] !== undefined) return from + i;
    return -1;
  }
}
