import { describe, expect, it } from "vitest";
import { keyTerms, pagefindTerms, searchQueries } from "../src/search/queries.ts";

describe("search queries for error messages", () => {
  it("keeps a short query as typed first", () => {
    expect(searchQueries("cuda:6 and cuda:7")[0]).toBe("cuda:6 and cuda:7");
  });

  it("turns a pasted traceback into its first exception's message, then key terms, then the type", () => {
    const traceback = [
      "Traceback (most recent call last):",
      '  File "/x/torch/serialization.py", line 1002, in load',
      "ValueError: f must be a string filename in order to use mmap argument",
      "",
      "During handling of the above exception, another exception occurred:",
      "",
      "Traceback (most recent call last):",
      '  File "/x/modeling_utils.py", line 539, in load_state_dict',
      "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x80 in position 128: invalid start byte",
    ].join("\n");
    expect(searchQueries(traceback)).toEqual([
      "f must be a string filename in order to use mmap argument",
      "ValueError filename argument string mmap",
      "ValueError",
    ]);
  });

  it("drops paths, quoted values and shapes from key terms", () => {
    expect(keyTerms("Unable to load weights from pytorch checkpoint file for '/m/a.bin' at '/m/a.bin'. torch.Size([0])", 3)).toEqual([
      "checkpoint",
      "weights",
      "pytorch",
    ]);
  });

  it("asks Pagefind for the first two telling words of a long message, since each word costs an index chunk", () => {
    expect(pagefindTerms("Cannot copy out of meta tensor; no data! Please use torch.nn.Module.to_empty() instead")).toBe("copy meta");
    expect(pagefindTerms("f must be a string filename in order to use mmap argument")).toBe("string filename");
    // one telling word ("device"); the second is the first of the words every error has
    expect(pagefindTerms("Expected all tensors to be on the same device")).toBe("Expected device");
    // a name from code in the message is rarer than any word; one in the advice after it is not
    expect(pagefindTerms("size mismatch for visual.merger.mlp.2.weight: copying a param with shape")).toBe(
      "size visual.merger.mlp.2.weight",
    );
    expect(pagefindTerms("Expected all tensors to be on the same device, but found at least two devices, cuda:6 and cuda:7")).toBe(
      "cuda:6 cuda:7",
    );
  });

  it("passes short queries and exact phrases through as typed", () => {
    expect(pagefindTerms("cuda:6 and cuda:7")).toBe("cuda:6 cuda:7");
    expect(pagefindTerms("device_map")).toBe("device_map");
    expect(pagefindTerms('"meta tensor" copy out of it')).toBe('"meta tensor" copy out of it');
    expect(pagefindTerms("the")).toBe("the");
  });
});
