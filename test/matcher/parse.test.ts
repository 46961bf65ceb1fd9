import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseLog, type ParsedException } from "../../src/matcher/parse.ts";

// Real text from public reports; test/fixtures/logs/index.json gives each file's source.
const fixture = (file: string) => readFileSync(`test/fixtures/logs/${file}`, "utf8");
const summary = (e: ParsedException) => ({ type: e.type, chain: e.chain, position: e.position, wrapper: e.wrapper });
const parse = (file: string) => parseLog(fixture(file)).exceptions;

describe("parsing real tracebacks", () => {
  it("follows a 'During handling of the above exception' chain from its first exception", () => {
    expect(parse("chained-during-handling.txt").map(summary)).toEqual([
      { type: "RuntimeError", chain: 0, position: 0, wrapper: false },
      { type: "UnicodeDecodeError", chain: 0, position: 1, wrapper: false },
    ]);
    expect(parse("chained-during-handling.txt")[0]!.message).toMatch(
      /^PytorchStreamReader failed reading zip archive: failed finding central directory/,
    );
  });

  it("follows a 'direct cause' chain, and an IPython traceback header after it", () => {
    const [first] = parse("chained-direct-cause.txt");
    expect(first).toMatchObject({ type: "requests.exceptions.HTTPError", position: 0 });
    expect(parse("cut-off-traceback.txt").map((e) => e.type)).toEqual(["HTTPError"]);
  });

  it("reads frames through Python 3.11 caret lines", () => {
    const [e] = parse("python311-carets.txt");
    expect(e!.type).toBe("huggingface_hub.errors.LocalEntryNotFoundError");
    expect(e!.frames.length).toBe(5);
    expect(e!.frames.every((f) => f.file.endsWith(".py") && f.line > 0)).toBe(true);
  });

  it("reads an exception group through its | gutter and marks the group a wrapper", () => {
    const [group] = parse("exception-group.txt");
    expect(group).toMatchObject({ type: "ExceptionGroup", wrapper: true, message: "unhandled errors in a TaskGroup (1 sub-exception)" });
    expect(group!.frames.map((f) => f.func)).toEqual(["connect", "__aexit__", "streamable_http_client", "__aexit__"]);
  });

  it("keeps every line of a multi-line message", () => {
    const [e] = parse("multiline-message.txt");
    expect(e!.message.split("\n")).toHaveLength(5);
    expect(e!.message.split("\n")[1]).toMatch(/^\s+size mismatch for name_encoder/);
  });

  it("reads qualified exception names", () => {
    expect(parse("qualified-oom.txt").map((e) => e.type)).toEqual(["torch.cuda.OutOfMemoryError"]);
    expect(parse("qualified-safetensors.txt").map((e) => e.type)).toEqual(["safetensors_rust.SafetensorError"]);
  });

  it("sees through [rankN]: prefixes", () => {
    const [e] = parse("rank-prefixed.txt");
    expect(e).toMatchObject({ type: "FileNotFoundError" });
    expect(e!.frames).toHaveLength(5);
  });

  it("sees through timestamps and logger headers, and keeps two processes' identical tracebacks apart", () => {
    expect(parse("logger-timestamps.txt").map((e) => [e.type, e.chain])).toEqual([
      ["NameError", 0],
      ["NameError", 1],
    ]);
  });

  it("sees through tqdm bars and warnings", () => {
    expect(parse("tqdm-interleaved.txt").map((e) => e.message)).toEqual(["Error while deserializing header: HeaderTooLarge"]);
  });

  it("finds the child's error under torch.multiprocessing's ProcessRaisedException", () => {
    expect(parse("mp-spawn-child.txt").map(summary)).toEqual([
      { type: "torch.multiprocessing.spawn.ProcessRaisedException", chain: 0, position: 0, wrapper: true },
      { type: "UnboundLocalError", chain: 1, position: 0, wrapper: false },
    ]);
  });

  it("reads the remote traceback inside multiprocessing's RemoteTraceback as the first exception", () => {
    const [inner, outer] = parse("remote-traceback.txt");
    expect(inner).toMatchObject({ type: "KeyError", position: 0 });
    expect(inner!.frames.map((f) => f.func)).toContain("perform_prediction_one_cascade");
    expect(outer).toMatchObject({ type: "KeyError", position: 1, chain: inner!.chain });
  });

  it("reads RayTaskError(ValueError) as a wrapper carrying a ValueError", () => {
    expect(parse("raytaskerror.txt").map(summary)).toEqual([{ type: "ValueError", chain: 0, position: 0, wrapper: true }]);
  });

  it("reads a paste that holds only the final error line", () => {
    expect(parse("final-line-only.txt").map((e) => [e.type, e.frames.length, e.atEnd])).toEqual([
      ["huggingface_hub.utils._errors.LocalEntryNotFoundError", 0, true],
    ]);
  });

  it("strips colour codes, even when the ESC byte was lost, and Ray worker prefixes", () => {
    const [e] = parse("ansi-colours.txt");
    expect(e).toMatchObject({ type: "AttributeError", message: expect.stringMatching(/^'dict' object has no attribute 'function_name'/) });
    expect(e!.frames).toHaveLength(3);
  });

  it("sees through torchrun's [defaultN]: prefixes and marks ChildFailedError a wrapper", () => {
    expect(parse("childfailederror-default-prefixed.txt").map(summary)).toEqual([
      { type: "ValueError", chain: expect.any(Number), position: 0, wrapper: false },
      { type: "ValueError", chain: expect.any(Number), position: 0, wrapper: false },
      { type: "torch.distributed.elastic.multiprocessing.errors.ChildFailedError", chain: expect.any(Number), position: 0, wrapper: true },
    ]);
  });

  it("marks subprocess.CalledProcessError a wrapper and keeps the child's error before it", () => {
    expect(parse("calledprocesserror.txt").map(summary)).toEqual([
      { type: "ValueError", chain: 0, position: 0, wrapper: false },
      { type: "subprocess.CalledProcessError", chain: 1, position: 0, wrapper: true },
    ]);
  });

  it("reads rich's boxed tracebacks, wrapped paths included", () => {
    const [e] = parse("rich-traceback.txt");
    expect(e).toMatchObject({ type: "ValueError", message: "f must be a file path in order to use the mmap argument" });
    expect(e!.frames.map((f) => [f.file.split("/").slice(-2).join("/"), f.line, f.func])).toEqual([
      ["tr/rich_fail.py", 9, "<module>"],
      ["torch/serialization.py", 1586, "load"],
    ]);
  });

  it("reads interleaved, unprefixed tracebacks without inventing an exception", () => {
    expect(parse("two-ranks-interleaved.txt")).toEqual([]);
  });

  it("keeps two ranks' interleaved, prefixed tracebacks apart", () => {
    // Built from two real tracebacks (rank-prefixed.txt, and mp-spawn-child.txt given rank prefixes), interleaved line by line.
    const a = fixture("rank-prefixed.txt").trimEnd().split("\n");
    const b = fixture("mp-spawn-child.txt")
      .trimEnd()
      .split("\n")
      .map((l) => `[rank1]: ${l}`);
    const mixed = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [a[i], b[i]])
      .flat()
      .filter((l) => l !== undefined);
    const found = parseLog(mixed.join("\n")).exceptions.filter((e) => !e.wrapper);
    expect(found.map((e) => [e.type, e.frames.length])).toEqual([
      ["FileNotFoundError", 5],
      ["UnboundLocalError", 2],
    ]);
  });
});

describe("a failed assert without a message", () => {
  // Python prints the bare type; the assert statement, the raising frame's source line, is all the text there is.
  const traceback = (source: string, last: string) =>
    ["Traceback (most recent call last):", '  File "/env/site-packages/pkg/a.py", line 9, in load', `    ${source}`, last].join("\n");
  const searchable = (text: string) =>
    parseLog(text)
      .lines.filter((l) => !l.source)
      .map((l) => l.text.trim());

  it("reads the assert statement as a line of the log, not as quoted source", () => {
    expect(searchable(traceback("assert self.model is not None", "AssertionError"))).toContain("assert self.model is not None");
  });

  it("leaves it quoted source when the exception has a message, is another type, or the line is no assert", () => {
    expect(searchable(traceback("assert self.model is not None", "AssertionError: no model"))).not.toContain(
      "assert self.model is not None",
    );
    expect(searchable(traceback("assert self.model is not None", "ValueError"))).not.toContain("assert self.model is not None");
    expect(searchable(traceback("check(self.model)", "AssertionError"))).not.toContain("check(self.model)");
  });

  it("reads only the raising frame's line, not an assert in a frame above it", () => {
    const text = [
      "Traceback (most recent call last):",
      '  File "/app/main.py", line 3, in <module>',
      "    assert run()",
      '  File "/app/main.py", line 2, in run',
      "    return load()",
      "AssertionError",
    ].join("\n");
    expect(searchable(text)).not.toContain("assert run()");
  });
});
