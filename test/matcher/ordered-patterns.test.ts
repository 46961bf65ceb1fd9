import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OrderedPatterns } from "../../src/matcher/ordered-patterns.ts";

/** What OrderedPatterns stands for: the patterns tried one after another. */
function naiveFirst(patterns: RegExp[], text: string, from: number) {
  for (let k = from; k < patterns.length; k++) {
    const match = patterns[k]!.exec(text);
    if (match) return { index: k, groups: [...match] };
  }
  return undefined;
}

// Anchored patterns over a small alphabet, with groups, classes, repeats and alternations inside groups:
// enough overlap between patterns that the order decides which one answers.
const atom = fc.constantFrom("a", "b", "\\d", "[ab]", "(a|b)", "(\\d+)", "a?", "b*", "(?:ab|ba)", "\\[", ":", " ");
const pattern = fc.array(atom, { minLength: 1, maxLength: 4 }).map((atoms) => new RegExp(`^${atoms.join("")}`));
const text = fc.string({ unit: fc.constantFrom("a", "b", "1", "2", "[", ":", " ", "x"), maxLength: 8 });

describe("OrderedPatterns", () => {
  it("answers as trying the patterns in order would: the same pattern, the same match and groups", () => {
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 6 }),
        fc.array(text, { maxLength: 10 }),
        fc.nat(7),
        (patterns, texts, from) => {
          const ordered = new OrderedPatterns(patterns);
          for (const t of texts) {
            const got = ordered.first(t, from);
            expect(got && { index: got.index, groups: [...got.match] }).toEqual(naiveFirst(patterns, t, from));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses a pattern it would change: one not anchored, with flags, a backreference or a | outside a group", () => {
    expect(() => new OrderedPatterns([/a/])).toThrow(/must start with \^/);
    expect(() => new OrderedPatterns([/^a/i])).toThrow();
    expect(() => new OrderedPatterns([/^(a)\1/])).toThrow();
    // A top-level | would be anchored on both sides inside the alternation; inside a group, a class or escaped, it is not.
    expect(() => new OrderedPatterns([/^a|b/])).toThrow(/outside a group/);
    expect(() => new OrderedPatterns([/^(a)|b/])).toThrow(/outside a group/);
    expect(() => new OrderedPatterns([/^(?:a|b)c/, /^[|]x/, /^\|y/, /^(a(b|c))d/, /^[\]|]z/])).not.toThrow();
  });
});
