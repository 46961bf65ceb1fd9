import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanLines } from "../../src/matcher/clean.ts";
import { parseLog } from "../../src/matcher/parse.ts";

// A real traceback (test/fixtures/logs/index.json gives its source) as a rich-text editor or chat hands it on:
// newlines lost, each file name that looks like a domain made a link to itself, the frames' quotes curled.
const real = readFileSync("test/fixtures/logs/qualified-safetensors.txt", "utf8");
const throughEditor = real
  .split("\n")
  .map((l) => l.trim())
  .join(" ")
  .replace(/\\(\w+\.py)"/g, '\\[$1](http://$1/)"')
  .replace(/File "([^"]+)"/g, "File “$1”");

describe("a traceback pasted through a rich-text editor", () => {
  it("is the paste this test means: linked names and curled quotes on one line", () => {
    expect(throughEditor).toContain("File “E:\\software\\oms-Diffusion\\[inference.py](http://inference.py/)”, line 33, in <module>");
  });

  it("reads back its frames and its exception", () => {
    const [e] = parseLog(throughEditor).exceptions;
    expect(e).toMatchObject({ type: "safetensors_rust.SafetensorError", message: "Error while deserializing header: HeaderTooLarge" });
    expect(e!.frames.map((f) => [f.file, f.func])).toEqual([
      ["E:/software/oms-Diffusion/inference.py", "<module>"],
      ["E:/software/oms-Diffusion/garment_adapter/garment_diffusion.py", "__init__"],
    ]);
  });

  it("keeps a link whose target is not its own text", () => {
    const text = "output = load_func_map[loader](http://127.0.0.1:7860/model_name) see [the docs](https://huggingface.co/docs)";
    expect(cleanLines(text).map((l) => l.text)).toEqual([text]);
  });
});

describe("a flattened traceback whose exception has no message", () => {
  it("reads the bare exception name that ends the line", () => {
    const text =
      'Traceback (most recent call last): File "/x/llama_cpp/llama.py", line 314, in __init__ assert self.model is not None AssertionError';
    expect(parseLog(text).exceptions).toMatchObject([{ type: "AssertionError", message: "", frames: [{ func: "__init__" }] }]);
  });

  it("leaves a name that the source line raises: the paste may be cut after it", () => {
    const text = 'Traceback (most recent call last): File "/x/a.py", line 3, in f x = 1 File "/x/b.py", line 9, in g raise KeyError';
    const log = parseLog(text);
    expect(log.exceptions).toEqual([]);
    expect(log.cut.map((c) => c.frames.map((f) => f.func))).toEqual([["f", "g"]]);
  });
});
