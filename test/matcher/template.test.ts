import { describe, expect, it } from "vitest";
import { compileTemplate, matchAt, normalizeSpace, TemplateError } from "../../src/matcher/template.ts";

const match = (template: string, text: string) => matchAt(compileTemplate(template), normalizeSpace(text));

describe("signature templates", () => {
  it("match literal text with typed placeholders", () => {
    const result = match(
      "size mismatch for {text}: copying a param with shape {shape} from checkpoint, the shape in current model is torch.Size([0]).",
      "size mismatch for visual.patch_embed.proj.weight: copying a param with shape torch.Size([1280, 3, 2, 14, 14]) from checkpoint, the shape in current model is torch.Size([0]).",
    );
    expect(result).toEqual({
      status: "full",
      end: expect.any(Number),
      captures: ["visual.patch_embed.proj.weight", "torch.Size([1280, 3, 2, 14, 14])"],
    });
  });

  it("report a contradiction where present text disagrees with a placeholder", () => {
    const result = match(
      "Expected all tensors to be on the same device, but found at least two devices, {device:cuda} and {device:cuda}!",
      "Expected all tensors to be on the same device, but found at least two devices, cpu and cuda:0! (when checking argument for argument index in method wrapper_CUDA__index_select)",
    );
    expect(result).toMatchObject({ status: "contradicted", expected: "{device:cuda}", found: expect.stringMatching(/^cpu and cuda:0!/) });
  });

  it("report a contradiction where the empty device_map is not empty", () => {
    const result = match(
      "the value needs to be a device name (e.g. cpu, cuda:0) or {text} but found .",
      "the value needs to be a device name (e.g. cpu, cuda:0) or 'auto', 'balanced', 'balanced_low_0', 'sequential' but found cuda0.",
    );
    expect(result).toMatchObject({ status: "contradicted" });
  });

  it("say a message that runs out mid-template is truncated, with how much matched", () => {
    const result = match("f must be a string filename in order to use mmap argument", "f must be a string filen");
    expect(result).toEqual({ status: "truncated", matchedChars: "fmustbeastringfilen".length, captures: [] });
  });

  it("give no match when the text starts differently", () => {
    expect(match("f must be a string filename in order to use mmap argument", "Weights only load failed")).toEqual({ status: "none" });
  });

  it("match paths without swallowing the literal punctuation after them", () => {
    const result = match(
      "Unable to load weights from pytorch checkpoint file for '{path}' at '{path}'.",
      "Unable to load weights from pytorch checkpoint file for '/m/pytorch_model.bin' at '/m/pytorch_model.bin'. If you tried",
    );
    expect(result).toMatchObject({ status: "full", captures: ["/m/pytorch_model.bin", "/m/pytorch_model.bin"] });
  });

  it("match quoted names and numbers", () => {
    expect(
      match(
        "codec can't decode byte 0x80 in position {number}: invalid start byte",
        "codec can't decode byte 0x80 in position 128: invalid start byte",
      ),
    ).toMatchObject({ status: "full", captures: ["128"] });
    expect(
      match(
        "has model type {name} but Transformers does not recognize",
        "has model type `qwen2_5_vl` but Transformers does not recognize this architecture",
      ),
    ).toMatchObject({ status: "full", captures: ["`qwen2_5_vl`"] });
  });

  it("treat doubled braces as literal braces", () => {
    expect(match("got {{'factor': {number}", "got {'factor': 8.0, 'low_freq_factor': 1.0}")).toMatchObject({
      status: "full",
      captures: ["8.0"],
    });
  });

  it.each([
    ["{text}", /has 0 literal characters/],
    ["found {gpu}", /unknown placeholder \{gpu\}/],
    ["found {device:tpu} here", /unknown qualifier/],
    ["found {number}{text} here", /are adjacent/],
    ["found {number here", /unclosed "\{"/],
    ["found number} here", /unmatched "\}"/],
    ["f must be .* here", /looks like a regular expression/],
    ["size \\d+ mismatch", /looks like a regular expression/],
  ])("refuse %s", (source, message) => {
    expect(() => compileTemplate(source)).toThrow(TemplateError);
    expect(() => compileTemplate(source)).toThrow(message);
  });
});
