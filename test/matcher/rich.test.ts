import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseLog, type Frame } from "../../src/matcher/parse.ts";

// rich's own output, reproduced (test/fixtures/logs/index.json gives each command); a paste cut out of
// it is made here by slicing its lines, as a reader's copy cuts it.
const fixtureLines = (file: string) => readFileSync(`test/fixtures/logs/${file}`, "utf8").trimEnd().split("\n");
const where = (frames: Frame[]) => frames.map((f) => [f.file.split("/").slice(-2).join("/"), f.line, f.func]);

describe("rich's boxed tracebacks", () => {
  const box = fixtureLines("rich-traceback.txt");
  const frames = [
    ["tr/rich_fail.py", 9, "<module>"],
    ["torch/serialization.py", 1586, "load"],
  ];

  it("reads a box whose top was not copied, its wrapped path included", () => {
    const [e] = parseLog(box.slice(1).join("\n")).exceptions;
    expect(e).toMatchObject({ type: "ValueError", message: "f must be a file path in order to use the mmap argument" });
    expect(where(e!.frames)).toEqual(frames);
  });

  it("keeps the frames of a box cut at both ends as one traceback cut before its message", () => {
    // From the first frame to the last frame's code: no top, no bottom, no exception line.
    const log = parseLog(box.slice(1, -2).join("\n"));
    expect(log.exceptions).toEqual([]);
    expect(log.cut.map((c) => where(c.frames))).toEqual([frames]);
  });

  it("reads the square box rich draws on a legacy Windows console", () => {
    const [e] = parseLog(fixtureLines("rich-traceback-legacy-windows.txt").join("\n")).exceptions;
    expect(e).toMatchObject({
      type: "FileNotFoundError",
      message: "[Errno 2] No such file or directory: '/nonexistent/model.safetensors'",
    });
    expect(where(e!.frames)).toEqual([
      ["tr/run.py", 10, "<module>"],
      ["mylib/loader.py", 10, "load_file"],
      ["mylib/loader.py", 3, "open_weights"],
    ]);
  });

  it("leaves boxed lines without a frame line alone: a table is not a traceback", () => {
    const table = ["│ Name      │ Value           │", "│ lr        │ 0.001           │", "ValueError: bad lr"].join("\n");
    const log = parseLog(table);
    expect(log.cut).toEqual([]);
    expect(log.exceptions.map((e) => [e.type, e.message, e.frames.length])).toEqual([["ValueError", "bad lr", 0]]);
  });

  it("ends a box entered without its top at the first line that is not boxed", () => {
    const text = [...box.slice(1, -2), "some later output: main.py:3 in run", "RuntimeError: unrelated"].join("\n");
    const log = parseLog(text);
    expect(log.cut.map((c) => where(c.frames))).toEqual([frames]);
    expect(log.exceptions.map((e) => [e.type, e.frames.length])).toEqual([["RuntimeError", 0]]);
  });
});
