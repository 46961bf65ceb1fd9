import { describe, expect, it } from "vitest";
import { evaluate, readWildCorpus } from "../scripts/lib/wild-corpus.ts";
import { content, examples, index } from "./support/content.ts";

// Real pastes from public threads that no runbook uses as an example (test/corpus/wild/README.md).
const corpus = readWildCorpus();
const result = evaluate(corpus, index);
const normalize = (text: string) => text.replace(/\s+/g, " ").trim();

describe("the wild corpus", () => {
  it("holds at least 150 real pastes, at least 50 of them failures no runbook explains, traces of other languages among them", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((p) => p.expected === null).length).toBeGreaterThanOrEqual(50);
    expect(corpus.filter((p) => p.shapes.includes("other-language")).length).toBeGreaterThanOrEqual(15);
  });

  it("takes each paste from its own public thread, and names only runbooks that exist", () => {
    expect(new Set(corpus.map((p) => p.source)).size).toBe(corpus.length);
    const slugs = new Set(content.runbooks.map((r) => r.slug));
    expect(corpus.filter((p) => p.expected && !slugs.has(p.expected)).map((p) => `${p.id}: ${p.expected}`)).toEqual([]);
  });

  it("shares no source and no text with the runbooks' examples", () => {
    const sources = new Set(content.runbooks.flatMap((r) => r.data.examples.flatMap((e) => (e.origin === "reported" ? [e.source] : []))));
    expect(corpus.filter((p) => sources.has(p.source)).map((p) => p.id)).toEqual([]);
    // Two reports can end in the same one-line message; a paste of several lines that equals an example is the example.
    const lines = (text: string) => text.trim().split("\n").length;
    const texts = new Set(examples.filter((e) => lines(e.text) >= 3).map((e) => normalize(e.text)));
    expect(corpus.filter((p) => lines(p.text) >= 3 && texts.has(normalize(p.text))).map((p) => p.id)).toEqual([]);
  });
});

describe("recognition on pastes the project has never seen", () => {
  it("names no runbook for a failure that no runbook explains", () => {
    expect(result.falsePositives.map((o) => `${o.paste.id}: ${o.ranked.join(", ")}`)).toEqual([]);
  });

  it("never puts a wrong runbook first", () => {
    expect(result.wrong.map((o) => `${o.paste.id}: expected ${o.paste.expected}, got ${o.ranked.join(", ")}`)).toEqual([]);
  });

  it("puts the right runbook first for at least 90 % of the failures that have one", () => {
    expect(result.top1 / result.positives).toBeGreaterThanOrEqual(0.9);
  });
});
