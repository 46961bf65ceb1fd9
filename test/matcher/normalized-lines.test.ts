import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LogLine } from "../../src/matcher/clean.ts";
import { NormalizedLines, normalizedLines } from "../../src/matcher/normalized-lines.ts";
import type { ParsedLog } from "../../src/matcher/parse.ts";
import { perLog } from "../../src/matcher/per-log.ts";
import { compileTemplate, findTemplate, normalizeSpace, type CompiledTemplate } from "../../src/matcher/template.ts";

/** What `find` stands for: each line tried in turn, as read and then as pasted. */
function naiveFind(template: CompiledTemplate, log: ParsedLog): number | undefined {
  const line = log.lines.find(
    (l) =>
      findTemplate(template, normalizeSpace(l.text)) >= 0 || (l.raw !== undefined && findTemplate(template, normalizeSpace(l.raw)) >= 0),
  );
  return line?.index;
}

const logOf = (lines: LogLine[]): ParsedLog => ({ lines, exceptions: [], cut: [] });

// Lines that hold a template whole, only its first literal, or pieces of it, with the whitespace and quotes
// pastes bring (tabs, runs of spaces, typographic quotes): a line holding the literal is often not a match.
const TEMPLATES = ["device_map {text} not found", "size mismatch for {name}: copying", "expected '{text}' got {number}"];
const whole = fc.constantFrom(
  "device_map gpu not found",
  "device_map\t\tx  not found",
  "size mismatch for w.x: copying",
  "expected \u2018a\u2019 got 7",
);
const partial = fc.constantFrom("device_map", "size mismatch for", "expected 'a'", "x device_map y", "expected got");
const piece = fc.constantFrom(
  "device_map",
  " ",
  "  ",
  "\t",
  "not found",
  "size mismatch",
  " for ",
  "w.x",
  ": copying",
  "expected",
  "'",
  "\u2018",
  "a",
  "7",
  "got",
);
const lineText = fc.oneof(
  whole,
  partial,
  fc.array(piece, { maxLength: 6 }).map((p) => p.join("")),
);
const line = fc.record({ text: lineText, raw: fc.option(lineText, { nil: undefined, freq: 4 }) });

describe("NormalizedLines", () => {
  it("finds the first line that holds a template, as read or as pasted, as trying every line in turn would", () => {
    const templates = TEMPLATES.map(compileTemplate);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.nat(5), (specs, gap) => {
        // Indices in the paste skip some lines, as a parsed log's do where it dropped blank or noise lines.
        const log = logOf(specs.map((s, k) => ({ index: k * (gap + 1), text: s.text, raw: s.raw, stream: "", record: false })));
        const lines = new NormalizedLines(log);
        for (const template of templates) expect(lines.find(template)).toBe(naiveFind(template, log));
      }),
      { numRuns: 400 },
    );
  });

  it("joins the normalised texts so that each line's text starts where `starts` says", () => {
    const lines = new NormalizedLines(
      logOf([
        { index: 0, text: "  a\t\tb ", stream: "", record: false },
        { index: 3, text: "\u2018c\u2019", stream: "", record: false },
      ]),
    );
    expect(lines.texts).toEqual(["a b", "'c'"]);
    expect(lines.joined).toBe("a b\n'c'");
    expect(lines.starts).toEqual([0, 4]);
  });
});

describe("perLog", () => {
  const key = Symbol("test value");

  it("makes a value once per parsed paste, and keeps it out of the paste's data", () => {
    const log = logOf([{ index: 0, text: "x", stream: "", record: false }]);
    const before = JSON.stringify(log);
    let made = 0;
    const first = perLog(log, key, () => ({ n: ++made }));
    expect(perLog(log, key, () => ({ n: ++made }))).toBe(first);
    expect(made).toBe(1);
    expect(JSON.stringify(log)).toBe(before);
    expect(Object.keys(log)).toEqual(["lines", "exceptions", "cut"]);
    expect(normalizedLines(log)).toBe(normalizedLines(log));
  });

  it("answers for a frozen paste too, making the value anew each time instead of keeping it", () => {
    const log = Object.freeze(logOf([]));
    let made = 0;
    expect(perLog(log, key, () => ++made)).toBe(1);
    expect(perLog(log, key, () => ++made)).toBe(2);
  });
});
