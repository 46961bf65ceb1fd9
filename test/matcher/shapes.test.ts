import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseLog } from "../../src/matcher/parse.ts";
import { matchText } from "../../src/matcher/rank.ts";
import { index } from "../support/content.ts";

// Reproduced output of debuggers, notebooks, test runners and loggers (test/fixtures/logs/index.json has each command).
const fixture = (file: string) => readFileSync(`test/fixtures/logs/${file}`, "utf8");
const MMAP = "f must be a file path in order to use the mmap argument";

describe("pastes in the shapes debuggers, notebooks and loggers print", () => {
  it("reads IPython's frames ('File /x/serialization.py:1586, in load(...)') and its '---->' source lines", () => {
    const [e] = parseLog(fixture("ipython-frames.txt")).exceptions;
    expect(e).toMatchObject({ type: "ValueError", message: MMAP });
    expect(e!.mangled).toBeUndefined();
    expect(e!.frames.map((f) => [f.file.split("/").pop(), f.line, f.func])).toEqual([
      ["mk.py", 5, "<module>"],
      ["serialization.py", 1586, "load"],
    ]);
  });

  it("reads pdb's '*** RuntimeError: ...' as an exception read out of another line", () => {
    const [e] = parseLog(fixture("pdb-star-prefix.txt")).exceptions;
    expect(e).toMatchObject({ type: "RuntimeError", mangled: true });
    expect(e!.message).toMatch(/^mmap can only be used with files saved with/);
  });

  it("reads pytest's 'E   ValueError: ...' lines, and answers on the second rung", () => {
    expect(parseLog(fixture("pytest-e-lines.txt")).exceptions.map((e) => [e.type, e.message, e.mangled])).toEqual([
      ["ValueError", MMAP, true],
    ]);
    expect(matchText(fixture("pytest-e-lines.txt"), index).matches.map((m) => [m.slug, m.basis])).toEqual([
      ["torch-load-mmap-string-filename", "embedded"],
    ]);
  });

  it("finds a message inside a logger's line with no exception type, and says the answer rests on it", () => {
    const text = fixture("loguru-message-in-line.txt");
    expect(parseLog(text).exceptions).toEqual([]);
    const [match] = matchText(text, index).matches;
    expect(match).toMatchObject({ slug: "torch-load-mmap-string-filename", basis: "embedded" });
    expect(match!.evidence.find((e) => e.kind === "message")?.text).toMatch(/^Error f must be a file path/);
  });
});

describe("markup around a traceback", () => {
  const lines = ["Traceback (most recent call last):", '  File "/x/serialization.py", line 1586, in load', `ValueError: ${MMAP}`];
  const read = (text: string) => parseLog(text).exceptions.map((e) => [e.type, e.message, e.frames.length, e.mangled ?? false]);
  const clean = [["ValueError", MMAP, 1, false]];
  const mangled = [["ValueError", MMAP, 1, true]];

  it("reads the plain traceback as a clean exception", () => {
    expect(read(lines.join("\n"))).toEqual(clean);
  });

  it.each([
    ["quoted as a Markdown reply", lines.map((l) => `> ${l}`).join("\n")],
    ["HTML-escaped, with <br> for newlines", lines.join("<br>").replace(/"/g, "&quot;")],
    ["with the exception type in bold", [...lines.slice(0, 2), `**ValueError:** ${MMAP}`].join("\n")],
    ["flattened onto one line", lines.join(" ")],
    ["with the message on the line after its type", [...lines.slice(0, 2), "ValueError:", `    ${MMAP}`].join("\n")],
  ])("reads it %s, as an exception read out of another line", (_, text) => {
    expect(read(text)).toEqual(mangled);
  });

  it("leaves Python's own <module> and <lambda> alone when it removes HTML tags", () => {
    const frames = parseLog('Traceback (most recent call last):\n  File "a.py", line 1, in <module>\n<code>ValueError: x</code>')
      .exceptions[0]!;
    expect(frames.frames.map((f) => f.func)).toEqual(["<module>"]);
    expect(frames.message).toBe("x");
  });

  it("decodes no control character from a numeric entity", () => {
    const [line] = parseLog("ValueError: a&#27;]0;title&#7;b&#155;2J&#x9b;c &lt;d&gt;").lines;
    expect(line!.text).toBe("ValueError: a&#27;]0;title&#7;b&#155;2J&#x9b;c <d>");
  });
});

describe("a traceback cut before its message", () => {
  it("keeps the frames, and offers runbooks whose characteristic frames they are as possibilities, never as matches", () => {
    const cut = fixture("ipython-frames.txt").split("\nValueError:")[0]!;
    const result = matchText(cut, index);
    expect(result.matches).toEqual([]);
    expect(parseLog(cut).cut.map((c) => c.frames.length)).toEqual([2]);
    expect(result.possibilities.map((p) => p.slug)).toContain("torch-load-mmap-string-filename");
  });

  it("offers a runbook only when the traceback ends in the function it names: deeper frames raised something else", () => {
    const cut = fixture("ipython-frames.txt").split("\nValueError:")[0]!;
    // The same paste, going on into a function that load() calls: whatever failed there, load() did not raise it.
    const deeper = `${cut}\n\nFile /tmp/fx/lib/python3.11/site-packages/torch/serialization.py:1700, in _open_file_like(name_or_buffer, mode)\n   1699 def _open_file_like(name_or_buffer, mode):\n-> 1700     if _is_path(name_or_buffer):\n`;
    expect(parseLog(deeper).cut.map((c) => c.frames.length)).toEqual([3]);
    expect(matchText(deeper, index).possibilities.map((p) => p.slug)).not.toContain("torch-load-mmap-string-filename");
  });
});
