import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { matchText } from "../src/matcher/rank.ts";
import { examples, index } from "./support/content.ts";

// Noise lines taken from real logs: the fixtures and examples they come from name their sources.
const realLines = [
  ...readFileSync("test/fixtures/logs/logger-timestamps.txt", "utf8").split("\n").slice(0, 3),
  ...examples
    .flatMap((e) => e.text.split("\n"))
    .filter((l) => /\d%\|.*(?:it\/s|s\/it)\]|^\S+\.py:\d+: \w*Warning: /.test(l))
    // A progress bar that a kernel's assertion line was printed into is a failure line, not noise.
    .filter((l) => !/Assertion `.*` failed/.test(l)),
].slice(0, 12);

const NOISE: Record<string, (text: string) => string> = {
  "[rank3]: prefixes": (t) =>
    t
      .split("\n")
      .map((l) => `[rank3]: ${l}`)
      .join("\n"),
  "[default0]: prefixes": (t) =>
    t
      .split("\n")
      .map((l) => `[default0]:${l}`)
      .join("\n"),
  "collector timestamps": (t) =>
    t
      .split("\n")
      .map((l, i) => `2024-05-01T10:00:${String(i % 60).padStart(2, "0")}.123456Z ${l}`)
      .join("\n"),
  "ANSI colours": (t) =>
    t
      .split("\n")
      .map((l) => (/^\s*File "/.test(l) ? `\x1b[2m${l}\x1b[0m` : /^[\w.]+(Error|Exception)/.test(l) ? `\x1b[1;31m${l}\x1b[0m` : l))
      .join("\n"),
  "warnings and progress bars around and between frames": (t) =>
    [...realLines, ...t.split("\n").flatMap((l) => (/^\s*File "/.test(l) ? [realLines[0]!, l] : [l])), ...realLines].join("\n"),
};

// The answer to each example as it is, worked out once for all the kinds of noise.
const plainAnswers = new Map<string, string[]>();
const plainAnswer = (text: string) => {
  let slugs = plainAnswers.get(text);
  if (!slugs) plainAnswers.set(text, (slugs = matchText(text, index).matches.map((m) => m.slug)));
  return slugs;
};

describe.each(Object.keys(NOISE))("with %s added", (noise) => {
  it.each(examples.map((e) => [`${e.slug}/${e.file}`, e] as const))("%s gives the same answer", (_, example) => {
    const plain = plainAnswer(example.text);
    const noisy = matchText(NOISE[noise]!(example.text), index).matches.map((m) => m.slug);
    expect(noisy).toEqual(plain);
  });
});
