import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileRunbooks } from "../../src/matcher/compile.ts";
import { parseLog } from "../../src/matcher/parse.ts";
import { matchText } from "../../src/matcher/rank.ts";
import { resetWork, work } from "../../src/matcher/work.ts";
import { HOSTILE_SHAPES } from "../../scripts/lib/hostile-logs.ts";
import { content, index } from "../support/content.ts";

/** Work (elementary steps) to match a text against the committed runbooks. */
function stepsFor(text: string): number {
  resetWork();
  matchText(text, index);
  return work.steps;
}

describe("the parser", () => {
  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 2000 }), (text) => {
        parseLog(text);
        matchText(text, index);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on text built from traceback pieces", () => {
    const piece = fc.constantFrom(
      "Traceback (most recent call last):",
      '  File "/x/y.py", line 3, in f',
      "    x = y",
      "    ^^^^^",
      "ValueError: f must be a string filename in order to use mmap argument",
      "During handling of the above exception, another exception occurred:",
      "The above exception was the direct cause of the following exception:",
      "  | ValueError: 1",
      "  +-+---------------- 1 ----------------",
      "[rank3]: RuntimeError: x",
      "\x1b[31mERROR\x1b[0m",
      "",
      "torch.distributed.elastic.multiprocessing.errors.ChildFailedError: ",
      "ray.exceptions.RayTaskError(ValueError): ray::f()",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (pieces) => {
        const log = parseLog(pieces.join("\n"));
        for (const e of log.exceptions) expect(e.lines.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("handles 100k lines", () => {
    const text =
      Array.from({ length: 100_000 }, (_, i) => `[rank${i % 8}]: step ${i} loss 0.${i}`).join("\n") +
      "\nValueError: f must be a string filename in order to use mmap argument";
    const log = parseLog(text);
    expect(log.exceptions.map((e) => e.type)).toEqual(["ValueError"]);
  });
});

describe("matching work grows linearly with the input", () => {
  // The shapes npm run bench times at two sizes: here their work is counted, on the same code path.
  it.each(Object.keys(HOSTILE_SHAPES))("%s", (name) => {
    const make = HOSTILE_SHAPES[name]!;
    const small = stepsFor(make(50_000));
    const large = stepsFor(make(200_000));
    // Four times the input may cost at most about four times the work (plus slack for fixed costs).
    expect(large).toBeLessThanOrEqual(4.5 * small + 10_000);
  });

  it("holds for random lookalike text too", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (unit) => {
        const small = stepsFor(unit.repeat(500));
        const large = stepsFor(unit.repeat(2000));
        return large <= 4.5 * small + 10_000;
      }),
      { numRuns: 40 },
    );
  });

  it("counts the work it does, so the checks above can fail", () => {
    const text = "ValueError: x\n".repeat(1000);
    expect(stepsFor(text)).toBeGreaterThanOrEqual(text.length);
    // rich's wrapped paths once grew a pending string without end: the count includes that string.
    const box = HOSTILE_SHAPES["rich box with wrapped paths"]!(20_000);
    expect(stepsFor(box)).toBeGreaterThanOrEqual(box.length);
  });
});

describe("compiled signatures", () => {
  it("carry a version stamp that is stable for the same content and changes with any signature", () => {
    const again = compileRunbooks(content.runbooks);
    expect(again.version).toBe(index.version);
    const [first, ...rest] = content.runbooks;
    const edited = {
      ...first!,
      data: { ...first!.data, signatures: first!.data.signatures.map((s) => ({ ...s, message: [...s.message, "one more wording here"] })) },
    };
    expect(compileRunbooks([edited, ...rest]).version).not.toBe(index.version);
  });
});
