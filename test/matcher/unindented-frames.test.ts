import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseLog } from "../../src/matcher/parse.ts";

// Real tracebacks (test/fixtures/logs/index.json gives each source) with their indentation taken away, as a
// paste flush left or a Markdown paragraph without a code fence loses it.
const flushLeft = (file: string) =>
  readFileSync(`test/fixtures/logs/${file}`, "utf8")
    .split("\n")
    .map((l) => l.trimStart())
    .join("\n");
const funcs = (frames: { func: string }[]) => frames.map((f) => f.func);

describe("frames whose indentation was lost", () => {
  it("reads each frame's source line as source, so the frames stay one traceback", () => {
    const [e] = parseLog(flushLeft("qualified-safetensors.txt")).exceptions;
    expect(e).toMatchObject({ type: "safetensors_rust.SafetensorError", message: "Error while deserializing header: HeaderTooLarge" });
    expect(funcs(e!.frames)).toEqual(["<module>", "__init__"]);
  });

  it("keeps a traceback cut before its message as one cut traceback, through Python 3.11 carets", () => {
    const cut = flushLeft("python311-carets.txt").split("\n").slice(0, 14).join("\n");
    const log = parseLog(cut);
    expect(log.exceptions).toEqual([]);
    expect(log.cut.map((c) => funcs(c.frames))).toEqual([
      ["cached_file", "_inner_fn", "hf_hub_download", "_hf_hub_download_to_cache_dir", "_raise_on_head_call_error"],
    ]);
  });

  it("marks the source line, which quotes code and not what was raised", () => {
    const log = parseLog(flushLeft("qualified-safetensors.txt"));
    expect(log.lines.filter((l) => l.source).map((l) => l.index)).toEqual([2, 4]);
  });

  it("reads the exception line right after a frame that printed no source", () => {
    const frozen = ["Traceback (most recent call last):", 'File "<frozen importlib._bootstrap>", line 1204, in _gcd_import'];
    expect(parseLog([...frozen, "ModuleNotFoundError: No module named 'flash_attn'"].join("\n")).exceptions).toMatchObject([
      { type: "ModuleNotFoundError", message: "No module named 'flash_attn'", frames: [{ func: "_gcd_import" }] },
    ]);
    expect(parseLog([...frozen, "AssertionError"].join("\n")).exceptions).toMatchObject([{ type: "AssertionError", message: "" }]);
  });

  it("takes one source line after a frame, no more: prose after it ends the traceback", () => {
    const text = ['File "train.py", line 3, in main', "model.load()", "I also tried with a smaller batch", "ValueError: bad batch"].join(
      "\n",
    );
    const log = parseLog(text);
    expect(log.cut.map((c) => funcs(c.frames))).toEqual([["main"]]);
    expect(log.exceptions).toMatchObject([{ type: "ValueError", frames: [] }]);
  });
});
